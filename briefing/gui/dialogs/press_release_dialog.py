"""File → New visit from press release: read a release off the GUI thread, review what was found, then save.

The first page takes pasted text or a .txt, .html or .pdf file. The second shows the visit the reader
made of it beside the text: every field it filled carries a confidence dot, selecting a field highlights
the passage it comes from, and fields it could not find are empty and say so. Nothing is written until
Save, which stores the visit and its records in one transaction, matching people already known.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtCore import QEvent, QModelIndex, QObject, QSize, Qt, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QApplication,
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QScrollArea,
    QSplitter,
    QStackedWidget,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from briefing.countries import code_for_name
from briefing.document import records_from_document
from briefing.domain import ValidationError
from briefing.extract import Extraction, SourceError, extract, read_source
from briefing.extract.narrative import summary
from briefing.gui import messages, worker
from briefing.gui.dialogs.duplicate_visit_dialog import MERGE, OPEN, SAVE_ANYWAY, DuplicateVisitDialog
from briefing.gui.formatting import count_phrase
from briefing.gui.language import country_name, tr
from briefing.gui.models.review_table_model import (
    AGREEMENT_REVIEW_COLUMNS,
    AREA_REVIEW_COLUMNS,
    PARTICIPANT_REVIEW_COLUMNS,
    ReviewTableModel,
)
from briefing.gui.review_document import reviewed_document, row_problems, table_rows
from briefing.gui.screen_fit import fitting_size
from briefing.gui.store_texts import problem_texts
from briefing.gui.widgets.confidence_dot import legend_html
from briefing.gui.widgets.note_label import NoteLabel
from briefing.gui.widgets.review_table import ReviewTable
from briefing.gui.widgets.source_view import SourceView
from briefing.gui.widgets.visit_review_form import VisitReviewForm
from briefing.store import Store, StoreError

FILE_FILTER = tr("Press releases (*.txt *.html *.htm *.pdf);;All files (*)")
SAVE_LABEL = tr("New visit from press release")
MERGE_LABEL = tr("Merge a press release into a visit")
INTRO = (tr("Paste the text of a press release, or open a .txt, .html or .pdf file. It is read on this computer; "
         "you check what was found before anything is saved."))


def read_release(text: str) -> tuple[str, Extraction]:
    """The text with its line breaks made plain, and what the reader makes of it (runs on a pool thread)."""
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    return text, extract(text)


class PressReleaseDialog(QDialog):
    """Read a press release and review the visit it describes; `visit_id` is the new visit after Save."""

    readingDone = Signal(bool)  # True when the review page shows what was read, False when reading failed

    def __init__(self, store: Store, parent: QWidget | None = None):
        super().__init__(parent)
        self.store = store
        self.visit_id: int | None = None
        self.outcome = SAVE_ANYWAY
        self.extraction: Extraction | None = None
        self._task: worker.Task | None = None
        self._read_document: dict[str, Any] | None = None
        self.setWindowTitle(tr("New visit from press release"))
        self.resize(fitting_size(self, QSize(1260, 740)))
        self.stack = QStackedWidget(self)
        self.stack.addWidget(self._input_page())
        self.stack.addWidget(self._review_page())
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel,
                                        self)
        self.save_button = self.buttons.button(QDialogButtonBox.StandardButton.Save)
        self.read_button = self.buttons.addButton(tr("&Read press release"), QDialogButtonBox.ButtonRole.ActionRole)
        self.back_button = self.buttons.addButton(tr("&Back to the text"), QDialogButtonBox.ButtonRole.ResetRole)
        self.buttons.accepted.connect(self.save)
        self.buttons.rejected.connect(self.reject)
        self.read_button.clicked.connect(self.read_pasted)
        self.back_button.clicked.connect(lambda: self._show_page(0))
        layout = QVBoxLayout(self)
        layout.setContentsMargins(16, 14, 16, 12)
        layout.addWidget(self.stack, 1)
        layout.addWidget(self.buttons)
        QApplication.instance().focusChanged.connect(self._focus_changed)
        QApplication.instance().installEventFilter(self)
        self._following_focus = True
        self._show_page(0)

    @classmethod
    def ask(cls, store: Store, parent: QWidget | None = None) -> tuple[int, str] | None:
        """Show the dialog modally; the id of the visit saved (or merged into, or opened) and which of those
        it was (duplicate_visit_dialog's choices), or None when the user cancelled."""
        dialog = cls(store, parent)
        try:
            dialog.exec()
            return (dialog.visit_id, dialog.outcome) if dialog.visit_id is not None else None
        finally:
            dialog.deleteLater()

    # The two pages.

    def _input_page(self) -> QWidget:
        page = QWidget(self)
        intro = NoteLabel(INTRO, page)
        intro.setObjectName("formHint")
        self.paste = QPlainTextEdit(page)
        self.paste.setPlaceholderText(tr("Paste the press release here…"))
        self.paste.setAccessibleName(tr("Press release to read"))
        self.open_button = QPushButton(tr("&Open file…"), page)
        self.open_button.clicked.connect(self.open_file)
        self.status = QLabel("", page)
        self.status.setObjectName("paneHint")
        self.message = NoteLabel("", page)
        self.message.setObjectName("fieldError")
        self.message.hide()
        row = QHBoxLayout()
        row.addWidget(self.open_button)
        row.addStretch(1)
        row.addWidget(self.status)
        layout = QVBoxLayout(page)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(intro)
        layout.addWidget(self.paste, 1)
        layout.addWidget(self.message)
        layout.addLayout(row)
        return page

    def _review_page(self) -> QWidget:
        self.form = VisitReviewForm(self)
        self.form.changed.connect(self._revalidate)
        self.form.summaryRequested.connect(self.rewrite_summary)
        for country in (self.form.host_country, self.form.guest_country):
            country.changed.connect(self._match_people)  # a new country may make someone known, or not
        scroll = QScrollArea(self)
        scroll.setWidget(self.form)
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QScrollArea.Shape.NoFrame)
        self.participants = ReviewTableModel(PARTICIPANT_REVIEW_COLUMNS, self)
        self.areas = ReviewTableModel(AREA_REVIEW_COLUMNS, self)
        self.agreements = ReviewTableModel(AGREEMENT_REVIEW_COLUMNS, self)
        self.tables = {
            "participants": ReviewTable(self.participants, tr("Participants"), tr("Add a participant"),
                                        tr("Remove the selected participant: the text did not mean them"),
                                        {"name": "", "title": "", "side": "guest", "role": "member"}, self),
            "cooperation_areas": ReviewTable(self.areas, tr("Cooperation areas"), tr("Add a cooperation area"),
                                             tr("Remove the selected area: the text did not mean it"),
                                             {"topic": "", "category": "other"}, self),
            "agreements": ReviewTable(self.agreements, tr("Agreements"), tr("Add an agreement"),
                                      tr("Remove the selected agreement: the text did not mean it"),
                                      {"title": "", "kind": "agreement", "status": "signed"}, self),
        }
        legend = NoteLabel(tr("How sure the reader is: {0}. Select a field to see where it comes from.")
                           .format(legend_html()),
                           self)
        legend.setObjectName("paneHint")
        self.tabs = QTabWidget(self)
        self.tabs.addTab(scroll, tr("Visit"))
        for table in self.tables.values():
            self.tabs.addTab(table, "")
            table.view.selectionModel().currentChanged.connect(
                lambda index, _previous, model=table.model: self._show_cell(model, index))
            table.model.edited.connect(lambda _row: self._revalidate())
        self.participants.edited.connect(self._match_person)
        self.tabs.currentChanged.connect(self._tab_changed)
        self.keep_extras = QCheckBox(self)
        self.problems = NoteLabel("", self)
        self.problems.setObjectName("fieldError")
        left = QWidget(self)
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(0, 0, 0, 0)
        left_layout.addWidget(legend)
        left_layout.addWidget(self.tabs, 1)
        left_layout.addWidget(self.keep_extras)
        left_layout.addWidget(self.problems)
        self.source_view = SourceView(self)
        caption = QLabel(tr("Press release: the passage behind the selected field is highlighted"), self)
        caption.setObjectName("paneHint")
        right = QWidget(self)
        right_layout = QVBoxLayout(right)
        right_layout.setContentsMargins(0, 0, 0, 0)
        right_layout.addWidget(caption)
        right_layout.addWidget(self.source_view, 1)
        splitter = QSplitter(Qt.Orientation.Horizontal, self)
        splitter.setChildrenCollapsible(False)
        splitter.addWidget(left)
        splitter.addWidget(right)
        splitter.setStretchFactor(0, 6)
        splitter.setStretchFactor(1, 5)
        splitter.setSizes([660, 480])
        return splitter

    def _show_page(self, index: int) -> None:
        self.stack.setCurrentIndex(index)
        reviewing = index == 1
        self.save_button.setVisible(reviewing)
        self.back_button.setVisible(reviewing)
        self.read_button.setVisible(not reviewing)
        (self.save_button if reviewing else self.read_button).setDefault(True)
        if reviewing:
            self.form.title.setFocus()
        else:
            self.paste.setFocus()

    # Reading, off the GUI thread.

    def read_pasted(self) -> None:
        """Read the pasted text."""
        text = self.paste.toPlainText()
        if not text.strip():
            self._say(tr("Paste the text of a press release first, or open a file."))
            return
        self._start(lambda _task: read_release(text), tr("Reading the text…"))

    def open_file(self) -> None:
        """Choose a .txt, .html or .pdf file and read it."""
        chosen = messages.ask_open_path(self, tr("Open a press release"), str(Path.home()), FILE_FILTER)
        if chosen:
            self._start(lambda _task: read_release(read_source(Path(chosen))), tr("Reading {0}…")
                                                                               .format(Path(chosen).name))

    def _start(self, work: Any, status: str) -> None:
        self._say("")
        self.status.setText(status)
        for widget in (self.read_button, self.open_button, self.paste):
            widget.setEnabled(False)
        task = worker.Task(work)
        task.signals.succeeded.connect(self._read)
        task.signals.failed.connect(self._failed)
        self._task = task
        worker.start(task)

    def _finished(self) -> bool:
        """Take back the controls once a reading reports; False when the dialog has moved on."""
        if self._task is None:
            return False
        self._task = None
        self.status.setText("")
        for widget in (self.read_button, self.open_button, self.paste):
            widget.setEnabled(True)
        return True

    def _read(self, result: tuple[str, Extraction]) -> None:
        if not self._finished():
            return
        text, self.extraction = result
        document, evidence = self.extraction.document, self.extraction.evidence
        if not self.paste.toPlainText().strip():
            self.paste.setPlainText(text)
        self.source_view.set_source(text)
        self.form.load(document, evidence)
        for key, table in self.tables.items():
            table.model.set_rows(table_rows(document, evidence, key))
        extras = [count_phrase(len(document["quotes"]), "quote"),
                  count_phrase(len(document["history"]), "history note")]
        self.keep_extras.setText(tr("Also keep the {0} found in the text").format(' and '.join(extras)))
        self.keep_extras.setChecked(True)
        self.keep_extras.setVisible(bool(document["quotes"] or document["history"]))
        self._match_people()
        self._read_document = self.document()
        self.tabs.setCurrentIndex(0)
        self._show_page(1)
        self.readingDone.emit(True)

    def _failed(self, error: Exception) -> None:
        if not self._finished():
            return
        if isinstance(error, SourceError):
            self._say(tr("The file could not be read: {0}.").format(error))
        else:
            self._say(tr("The text could not be read ({0}: {1}). Try pasting the text.")
                      .format(type(error).__name__, error))
        self.readingDone.emit(False)

    def _say(self, text: str) -> None:
        self.message.setText(text)
        self.message.setVisible(bool(text))

    # People already known.

    def _country_of(self, side: str | None) -> str | None:
        values = self.form.values()
        return code_for_name(values["host_country"] if side == "host" else values["guest_country"])

    def _match_person(self, row: int) -> None:
        """Tell whether the participant on `row` is someone the database already holds (by name, however spelt)."""
        if row >= len(self.participants.rows):
            return
        data = self.participants.rows[row]
        name, country = (data.get("name") or "").strip(), self._country_of(data.get("side"))
        person = self.store.people.find(name, country) if name else None
        if person is None and name:
            # Another spelling of the name (accents, case, word order, Latin or Cyrillic): the same person,
            # from this country if there is one.
            namesakes = self.store.people.same_name(name)
            person = next((p for p in namesakes if p.country == country), namesakes[0] if namesakes else None)
        data["person"] = person.uuid if person else None
        where = f" ({country_name(person.country)})" if person and person.country else ""
        self.participants.set_value(row, "match", tr("Existing person{0}")
                                                  .format(where) if person else tr("New person"))

    def _match_people(self) -> None:
        for row in range(len(self.participants.rows)):
            self._match_person(row)
        self._revalidate()

    # The passage behind the field being looked at.

    def _focus_changed(self, _old: QWidget | None, now: QWidget | None) -> None:
        if self.stack.currentIndex() == 1:
            key = self.form.field_of(now)
            if key is not None:
                self.source_view.show_passage(self.form.evidence(key))

    def _show_cell(self, model: ReviewTableModel, index: QModelIndex) -> None:
        if index.isValid():
            self.source_view.show_passage(model.evidence(index.row(), model.columns[index.column()].key))

    def _tab_changed(self, index: int) -> None:
        table = self.tabs.widget(index)
        if isinstance(table, ReviewTable):
            current = table.view.currentIndex()
            if not current.isValid() and table.model.rowCount():
                table.view.setCurrentIndex(table.model.index(0, 0))
            else:
                self._show_cell(table.model, current)

    # The document, its problems, and Save.

    def document(self) -> dict[str, Any]:
        """The visit document the form shows now; people already known are referred to by their UUID."""
        keep = self.keep_extras.isChecked() and self.extraction is not None
        return reviewed_document(self.form.values(), {key: table.model.rows for key, table in self.tables.items()},
                                 self.extraction.document if keep else {})

    def rewrite_summary(self) -> None:
        """Write the summary again from the fields and tables as corrected (participants, dates, countries)."""
        self.form.summary.setPlainText(summary(self.document(), (None, None)))

    @property
    def errors(self) -> dict[str, str]:
        """Everything the domain's rules find wrong with the document, by JSON path."""
        return problem_texts(records_from_document(self.document())[2])

    def _revalidate(self) -> None:
        """Messages next to the fields and in the tables; Save only when nothing is wrong."""
        errors = self.errors
        self.form.show_errors(errors)
        problems = row_problems(errors)
        for key, table in self.tables.items():
            table.model.set_problems(problems[key])
            table.show_problems([tr("Row {0}: {1}")
                                 .format(row + 1, message) for (row, _), message in sorted(problems[key].items())])
            to_fix = tr(", {0} to fix").format(len(problems[key])) if problems[key] else ""
            self.tabs.setTabText(self.tabs.indexOf(table),
                                 f"{table.view.accessibleName()} ({table.model.rowCount()}{to_fix})")
        count = len(errors)
        self.problems.setText(tr("{0} to fix before saving: see the messages in red.")
                              .format(count_phrase(count, 'problem'))
                              if count else "")
        self.problems.setVisible(bool(count))
        self.save_button.setEnabled(not errors)

    def save(self) -> None:
        """Store the visit and its records in one transaction and close; stay open when that fails.

        A visit that may repeat a stored one asks first: open that one, merge into it, or save anyway.
        """
        if self.stack.currentIndex() != 1 or self.errors:
            return
        document = self.document()
        matches = self.store.visits.duplicates_of(records_from_document(document)[0])
        self.outcome, stored_id = SAVE_ANYWAY, None
        if matches:
            answer = DuplicateVisitDialog.ask(matches, self)
            if answer is None:
                return
            self.outcome, stored_id = answer
        try:
            if self.outcome == OPEN:
                self.visit_id = stored_id
            elif self.outcome == MERGE:
                self.visit_id = self.store.merge_into(stored_id, document, label=MERGE_LABEL)
            else:
                self.visit_id = self.store.save_document(document, label=SAVE_LABEL,
                                                         release_text=self.source_view.toPlainText())
        except ValidationError as error:
            self.form.show_errors(problem_texts(error.errors))
            return
        except StoreError as error:
            messages.warn(self, tr("Not saved"), messages.store_error_text(
                error, tr("Nothing was saved; what you checked is still in the form.")))
            return
        self.accept()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        """Alt with a letter is a shortcut or nothing: never text typed into a field of this dialog.

        On X11 a line edit takes the text of an Alt+letter that no visible button claims, so Alt+R (the first
        page's Read, hidden on the review page) replaced a selected Title with "r".
        """
        if event.type() == QEvent.Type.KeyPress and isinstance(event, QKeyEvent) \
                and event.modifiers() & Qt.KeyboardModifier.AltModifier \
                and not event.modifiers() & Qt.KeyboardModifier.ControlModifier and event.text().isprintable() \
                and event.text() and isinstance(watched, (QLineEdit, QPlainTextEdit)) and self.isAncestorOf(watched):
            return True
        return super().eventFilter(watched, event)

    def reject(self) -> None:
        """Cancel or Esc: ask before throwing away what the user corrected in the review."""
        if (self.stack.currentIndex() == 1 and self.document() != self._read_document
                and not messages.confirm(self, tr("Discard changes?"),
                                         tr("What you corrected in the review is not saved."),
                                         tr("&Discard changes"), cancel_text=tr("&Keep editing"))):
            return
        super().reject()

    def done(self, result: int) -> None:
        """Stop following the focus and drop a reading still under way; Cancel writes nothing."""
        if self._following_focus:
            QApplication.instance().removeEventFilter(self)
            QApplication.instance().focusChanged.disconnect(self._focus_changed)
            self._following_focus = False
        self._task = None
        super().done(result)
