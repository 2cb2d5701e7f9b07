"""The kinds of record a visit holds: where each is stored, how it is listed, which forms edit it."""

from __future__ import annotations

from collections.abc import Callable, Mapping
from dataclasses import dataclass
from importlib import import_module
from typing import TYPE_CHECKING, Any

from briefing.gui.formatting import first_line
from briefing.gui.language import tr
from briefing.gui.models import record_table_models as columns
from briefing.store import Store

if TYPE_CHECKING:
    from briefing.gui.dialogs.form_dialog import FormDialog


def _participant_names(store: Store, visit_id: int) -> Mapping[int, str]:
    return {p.id: p.person_name for p in store.participants.for_visit(visit_id)}


def _participant_group(record: Any) -> tuple[str, bool]:
    # The store lists participants host side first and heads of delegation first within a side,
    # so a participant can only move among those of the same side and role.
    return record.side, record.role == "head of delegation"


@dataclass(frozen=True)
class RecordKind:
    """One kind of visit record as the window handles it."""

    key: str
    title: str
    noun: str
    plural: str
    repository: str
    columns: tuple[columns.Column, ...]
    # "module.Class" in briefing.gui.dialogs: the forms are imported when first opened, as importing them
    # all made start-up 20 ms slower (packaging/briefing.spec bundles every module of the package).
    add_form: str
    edit_form: str
    describe: Callable[[Any], str]
    stretch_column: int
    context: Callable[[Store, int], Mapping[Any, Any]] | None = None
    group: Callable[[Any], Any] | None = None
    delete_note: str = ""
    wrap: bool = True  # long texts: rows grow to show them whole

    def repo(self, store: Store) -> Any:
        """The store's repository for this kind."""
        return getattr(store, self.repository)

    @property
    def add_dialog(self) -> type[FormDialog]:
        """The form that adds a record of this kind."""
        return _form(self.add_form)

    @property
    def edit_dialog(self) -> type[FormDialog]:
        """The form that edits a record of this kind."""
        return _form(self.edit_form)


def _form(path: str) -> type[FormDialog]:
    module, name = path.rsplit(".", 1)
    return getattr(import_module(f"briefing.gui.dialogs.{module}"), name)


KINDS: dict[str, RecordKind] = {kind.key: kind for kind in (
    RecordKind("participants", tr("Participants"), tr("participant"), tr("participants"), "participants",
               columns.PARTICIPANT_COLUMNS, "participant_dialog.AddParticipantDialog",
               "participant_dialog.EditParticipantDialog", lambda r: r.person_name, stretch_column=3,
               group=_participant_group, wrap=False,
               delete_note=tr("The person stays in the People list; their signatures on this visit's "
                           "agreements go.")),
    RecordKind("areas", tr("Cooperation areas"), tr("cooperation area"), tr("cooperation areas"), "areas",
               columns.AREA_COLUMNS, "area_dialog.AddAreaDialog", "area_dialog.EditAreaDialog",
               lambda r: r.topic, stretch_column=2),
    RecordKind("agreements", tr("Agreements"), tr("agreement"), tr("agreements"), "agreements",
               columns.AGREEMENT_COLUMNS, "agreement_dialog.AddAgreementDialog",
               "agreement_dialog.EditAgreementDialog", lambda r: first_line(r.title, 90), stretch_column=0,
               context=_participant_names),
    RecordKind("history", tr("History"), tr("history entry"), tr("history entries"), "history",
               columns.HISTORY_COLUMNS, "history_dialog.AddHistoryDialog", "history_dialog.EditHistoryDialog",
               lambda r: first_line(r.text, 90), stretch_column=1),
    RecordKind("quotes", tr("Quotes"), tr("quote"), tr("quotes"), "quotes",
               columns.QUOTE_COLUMNS, "quote_dialog.AddQuoteDialog", "quote_dialog.EditQuoteDialog",
               lambda r: first_line(r.text, 90), stretch_column=1),
    RecordKind("talking_points", tr("Talking points"), tr("talking point"), tr("talking points"), "talking_points",
               columns.TALKING_POINT_COLUMNS, "talking_point_dialog.AddTalkingPointDialog",
               "talking_point_dialog.EditTalkingPointDialog", lambda r: first_line(r.text, 90), stretch_column=0),
    RecordKind("follow_ups", tr("Follow-ups"), tr("follow-up action"), tr("follow-up actions"), "follow_ups",
               columns.FOLLOW_UP_COLUMNS, "follow_up_dialog.AddFollowUpDialog",
               "follow_up_dialog.EditFollowUpDialog", lambda r: first_line(r.action, 90), stretch_column=0),
)}

# What goes with a deleted visit, by the table names `store.visits.dependents` reports.
DEPENDENT_NOUNS = {
    "participants": "participant link",
    "cooperation_areas": "cooperation area",
    "agreements": "agreement",
    "history_entries": "history entry",
    "quotes": "quote",
    "talking_points": "talking point",
    "follow_ups": "follow-up action",
}
