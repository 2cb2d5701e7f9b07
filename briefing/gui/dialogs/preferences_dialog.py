"""Edit → Preferences: the organisation and logo printed in the note's header, the Word template, and how many
backups to keep."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QSettings, Qt, QTimer
from PySide6.QtGui import QPixmap, QShowEvent
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QFrame,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from briefing.docx.template import TemplateRefused, read_template
from briefing.gui import language, messages, worker
from briefing.gui.formatting import count_phrase, size_phrase
from briefing.gui.language import tr
from briefing.gui.preferences import MAX_BACKUPS, Preferences, load_preferences, save_preferences
from briefing.gui.widgets.note_label import NoteLabel
from briefing.logo import KEPT_NAME, MAX_FILE_BYTES, MAX_PIXELS, keep_logo, prepared_logo
from briefing.notes import language_name, languages, note_text
from briefing.paths import user_data_dir
from briefing.store.backups import MAX_AGE_DAYS, MAX_TOTAL_BYTES, backups_folder, backups_size

MAX_ORGANISATION = 200
LOGO_BOX = (180, 72)
LOGO_FILTER = tr("Images (*.png *.jpg *.jpeg)")
WORD_TEMPLATE_FILTER = tr("Word documents (*.docx)")


def backups_room_text(database: Path | None) -> str:
    """How much room the database's backups take: "1.4 GB in 3 copies" (read from the folder, no file opened)."""
    if database is None:
        return "—"
    copies, size = backups_size(database)
    return tr("{0} in {1}").format(size_phrase(size), count_phrase(copies, "copy")) if copies else tr("No backups yet")


class PreferencesDialog(QDialog):
    """The preferences, saved to `settings` on OK; `preferences` is what the dialog shows."""

    def __init__(self, settings: QSettings, database: Path | None = None, parent: QWidget | None = None,
                 logo_folder: Path | None = None):
        super().__init__(parent)
        self.settings = settings
        self.logo_folder = logo_folder or user_data_dir()
        start = load_preferences(settings)
        self._logo_path = start.logo_path  # the file exports read: Briefing's copy, made on OK
        self._logo_source = start.logo_source or start.logo_path
        self._logo_png: bytes | None = None
        self._logo_changed = False
        self._logo_task: worker.Task | None = None
        self.setWindowTitle(tr("Preferences"))
        self.setMinimumWidth(520)

        self.organisation = QLineEdit(start.organisation, self)
        self.organisation.setMaxLength(MAX_ORGANISATION)
        self.organisation.setPlaceholderText(tr("e.g. Ministry of Foreign Affairs"))
        self.organisation.setClearButtonEnabled(True)
        self.logo = QLabel(self)
        self.logo.setObjectName("logoPreview")
        self.logo.setFixedSize(*LOGO_BOX)
        self.logo.setFrameShape(QFrame.Shape.StyledPanel)
        self.logo.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.logo.setAccessibleName(tr("Logo preview"))
        self.logo_name = NoteLabel("", self)
        self.logo_name.setObjectName("formHint")
        self.choose_logo = QPushButton(tr("C&hoose…"), self)
        self.clear_logo = QPushButton(tr("C&lear"), self)
        self.choose_logo.clicked.connect(self._choose_logo)
        self.clear_logo.clicked.connect(self._clear_logo)
        logo_buttons = QVBoxLayout()
        logo_buttons.addWidget(self.choose_logo)
        logo_buttons.addWidget(self.clear_logo)
        logo_row = QHBoxLayout()
        logo_row.addWidget(self.logo, 0, Qt.AlignmentFlag.AlignTop)
        logo_row.addLayout(logo_buttons)
        logo_row.setAlignment(logo_buttons, Qt.AlignmentFlag.AlignTop)
        logo_row.addStretch(1)

        note_box = QGroupBox(tr("Briefing note header"), self)
        note_form = QFormLayout(note_box)
        note_form.setLabelAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        organisation_label = QLabel(tr("&Organisation:"), note_box)
        organisation_label.setBuddy(self.organisation)
        note_form.addRow(organisation_label, self.organisation)
        note_form.addRow(tr("Logo:"), logo_row)
        note_form.addRow("", self.logo_name)
        self._word_template = start.word_template
        self.word_template_name = NoteLabel("", note_box)
        self.word_template_name.setObjectName("formHint")
        self.choose_word_template = QPushButton(tr("Choo&se…"), note_box)
        self.clear_word_template = QPushButton(tr("Clea&r"), note_box)
        self.choose_word_template.clicked.connect(self._choose_word_template)
        self.clear_word_template.clicked.connect(lambda: self._show_word_template(""))
        template_row = QHBoxLayout()
        template_row.addWidget(self.choose_word_template)
        template_row.addWidget(self.clear_word_template)
        template_row.addStretch(1)
        note_form.addRow(tr("Word template:"), template_row)
        note_form.addRow("", self.word_template_name)
        self._show_word_template(self._word_template)

        self.keep_backups = QSpinBox(self)
        self.keep_backups.setRange(1, MAX_BACKUPS)
        self.keep_backups.setValue(start.keep_backups)
        self.keep_backups.setSuffix(tr(" copies"))
        self.language = QComboBox(self)
        for code in languages():
            self.language.addItem(language_name(code), code)
        self.language.setCurrentIndex(max(self.language.findData(language.saved_language(settings)), 0))
        self.language_note = NoteLabel("", self)
        self.language_note.setObjectName("formHint")
        self.language.currentIndexChanged.connect(self._show_language_note)
        language_box = QGroupBox(tr("Language"), self)
        language_form = QFormLayout(language_box)
        language_form.setLabelAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        language_label = QLabel(tr("&Window and notes:"), language_box)
        language_label.setBuddy(self.language)
        language_form.addRow(language_label, self.language)
        language_form.addRow("", self.language_note)
        self._show_language_note()

        backups_box = QGroupBox(tr("Backups"), self)
        backups_form = QFormLayout(backups_box)
        backups_form.setLabelAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        keep_label = QLabel(tr("&Keep the newest:"), backups_box)
        keep_label.setBuddy(self.keep_backups)
        backups_form.addRow(keep_label, self.keep_backups)
        where = tr(" in {0}", "where backups are kept").format(backups_folder(database)) if database is not None else ""
        backups_hint = NoteLabel(tr("A copy of the database is taken once a day and before every upgrade{0}. "
                                    "Copies older than {1} days are deleted, and the oldest first when all would "
                                    "take more than {2}; the newest is always kept.")
                                 .format(where, MAX_AGE_DAYS, size_phrase(MAX_TOTAL_BYTES)), backups_box)
        backups_hint.setObjectName("formHint")
        backups_hint.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        backups_form.addRow("", backups_hint)
        self.backups_room = QLabel(backups_room_text(database), backups_box)
        self.backups_room.setAccessibleName(tr("Room the backups take"))
        backups_form.addRow(tr("Room taken:"), self.backups_room)

        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel,
                                   self)
        self.ok_button = buttons.button(QDialogButtonBox.StandardButton.Ok)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(18, 16, 18, 14)
        layout.setSpacing(12)
        layout.addWidget(note_box)
        layout.addWidget(language_box)
        layout.addWidget(backups_box)
        layout.addWidget(buttons)
        self._show_logo(None, self._logo_source)
        if start.logo_path:
            self._check_logo(start.logo_path, chosen=False)
        self.organisation.setFocus()

    @classmethod
    def ask(cls, settings: QSettings, database: Path | None = None,
            parent: QWidget | None = None) -> Preferences | None:
        """Show the dialog modally; the saved preferences, or None on Cancel."""
        dialog = cls(settings, database, parent)
        try:
            if dialog.exec() != QDialog.DialogCode.Accepted:
                return None
            return dialog.preferences
        finally:
            dialog.deleteLater()

    @property
    def preferences(self) -> Preferences:
        """The preferences as the dialog shows them."""
        return Preferences(organisation=" ".join(self.organisation.text().split()), logo_path=self._logo_path,
                           logo_source=self._logo_source if self._logo_path else "",
                           keep_backups=self.keep_backups.value(), word_template=self._word_template)

    def showEvent(self, event: QShowEvent) -> None:
        """Once shown, fit the height to the wrapped hints, whose height is known only at their real width."""
        super().showEvent(event)
        QTimer.singleShot(0, lambda: self.resize(self.width(), self.layout().totalHeightForWidth(self.width())))

    def _choose_logo(self) -> None:
        source = self._logo_source or self._logo_path
        folder = str(Path(source).parent) if source else str(Path.home())
        path = messages.ask_open_path(self, tr("Choose the logo"), folder, LOGO_FILTER)
        if path is not None:
            self._check_logo(path, chosen=True)

    def _choose_word_template(self) -> None:
        folder = str(Path(self._word_template).parent) if self._word_template else str(Path.home())
        path = messages.ask_open_path(self, tr("Choose the Word template"), folder, WORD_TEMPLATE_FILTER)
        if path is None:
            return
        try:
            read_template(path)
        except TemplateRefused as refused:
            messages.warn(self, tr("Word template not used"),
                          tr("{0} {1}.\n\nChoose a Word document (.docx) whose styles, page set-up and header "
                             "the notes should take.").format(path, refused))
            return
        self._show_word_template(path)

    def _show_word_template(self, path: str) -> None:
        """Show the chosen Word template ("": none, the built-in look)."""
        self._word_template = path
        self.clear_word_template.setEnabled(bool(path))
        self.word_template_name.setText(path or tr("Optional: a .docx whose styles, fonts, page set-up and header "
                                                   "logo the Word export takes."))

    def _clear_logo(self) -> None:
        self._logo_changed = True
        self._show_logo(None, "")

    def _check_logo(self, path: str, chosen: bool) -> None:
        """Read, check and scale the logo on the pool thread (within its time limit); the dialog stays usable."""
        task = worker.Task(lambda _task: prepared_logo(path))
        task.signals.succeeded.connect(lambda png: self._logo_checked(task, path, chosen, png))
        task.signals.failed.connect(lambda error: self._logo_refused(task, path, chosen, error))
        _keep_until_reported(task)
        self._logo_task = task
        self.logo.setPixmap(QPixmap())
        self.logo.setText(tr("Checking…"))
        self.logo_name.setText(tr("Checking {0}…").format(path))
        for widget in (self.choose_logo, self.clear_logo, self.ok_button):
            widget.setEnabled(not chosen and widget is not self.clear_logo)
        worker.start(task)

    def _logo_checked(self, task: worker.Task, path: str, chosen: bool, png: bytes) -> None:
        if task is not self._logo_task:
            return
        self._logo_task = None
        self._logo_changed = self._logo_changed or chosen
        self._show_logo(png, path if chosen else self._logo_source or path)

    def _logo_refused(self, task: worker.Task, path: str, chosen: bool, error: Exception) -> None:
        if task is not self._logo_task:
            return
        self._logo_task = None
        if chosen:
            messages.warn(self, tr("Logo not used"),
                          tr("{0} {1}.\n\nChoose a PNG or JPEG file of at most {2} MB and {3} million pixels.")
                          .format(path, error, MAX_FILE_BYTES // 2**20, MAX_PIXELS // 10**6))
            self._show_logo(self._logo_png, self._logo_source)
            return
        self._show_logo(None, self._logo_source)
        self.logo.setText(tr("Not used"))
        self.logo_name.setText(tr("The logo is not used: {0} {1}. Choose it again or clear it.").format(path, error))
        self.clear_logo.setEnabled(True)

    def _show_logo(self, png: bytes | None, source: str) -> None:
        """Show the prepared logo (None: no logo) and the file it was made from."""
        self._logo_png, self._logo_source = png, source
        for widget in (self.choose_logo, self.ok_button):
            widget.setEnabled(True)
        self.clear_logo.setEnabled(png is not None)
        pixmap = QPixmap()
        if png is None or not pixmap.loadFromData(png):
            self.logo.setPixmap(QPixmap())
            self.logo.setText(tr("No logo"))
            self.logo_name.setText(tr("Optional: a PNG or JPEG printed left of the organisation's name."))
            return
        width, height = LOGO_BOX
        self.logo.setPixmap(pixmap.scaled(width - 8, height - 8, Qt.AspectRatioMode.KeepAspectRatio,
                                          Qt.TransformationMode.SmoothTransformation))
        self.logo_name.setText(source)

    @property
    def chosen_language(self) -> str:
        """The language code chosen in the dialog."""
        return self.language.currentData()

    def _show_language_note(self) -> None:
        if self.chosen_language == language.current():  # not so when --lang chose another for this run
            self.language_note.setText(tr("Notes are exported in this language unless you choose another."))
        else:
            # Said in the language chosen, which is the one the user reads.
            self.language_note.setText(note_text(self.chosen_language)["interface.next_start"])

    def accept(self) -> None:
        """Keep Briefing's copy of a newly chosen logo, save the preferences and close."""
        kept = self.logo_folder / KEPT_NAME
        try:
            if self._logo_png is not None and (self._logo_changed or Path(self._logo_path) != kept):
                self._logo_path = str(keep_logo(self._logo_png, self.logo_folder))
            elif self._logo_changed:
                self._logo_path = ""
                kept.unlink(missing_ok=True)
        except OSError as error:
            messages.warn(self, tr("Preferences not saved"),
                          tr("The logo could not be copied to {0}: {1}.\n\nMake that folder writable, or clear the "
                             "logo, and press OK again.").format(self.logo_folder, error.strerror or error))
            return
        save_preferences(self.settings, self.preferences)
        language.save_language(self.settings, self.chosen_language)
        super().accept()


_checks_running: set[worker.Task] = set()


def _keep_until_reported(task: worker.Task) -> None:
    """Hold a logo check until it reports, even once its dialog is closed (a task must outlive its run)."""
    _checks_running.add(task)
    task.signals.succeeded.connect(lambda _png: _checks_running.discard(task))
    task.signals.failed.connect(lambda _error: _checks_running.discard(task))
