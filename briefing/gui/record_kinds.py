"""The kinds of record a visit holds: where each is stored, how it is listed, which forms edit it."""

from __future__ import annotations

from collections.abc import Callable, Mapping
from dataclasses import dataclass
from typing import Any

from briefing.gui.dialogs.agreement_dialog import AddAgreementDialog, EditAgreementDialog
from briefing.gui.dialogs.area_dialog import AddAreaDialog, EditAreaDialog
from briefing.gui.dialogs.follow_up_dialog import AddFollowUpDialog, EditFollowUpDialog
from briefing.gui.dialogs.form_dialog import FormDialog
from briefing.gui.dialogs.history_dialog import AddHistoryDialog, EditHistoryDialog
from briefing.gui.dialogs.participant_dialog import AddParticipantDialog, EditParticipantDialog
from briefing.gui.dialogs.quote_dialog import AddQuoteDialog, EditQuoteDialog
from briefing.gui.dialogs.talking_point_dialog import AddTalkingPointDialog, EditTalkingPointDialog
from briefing.gui.formatting import first_line
from briefing.gui.models import record_table_models as columns
from briefing.store import Store


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
    add_dialog: type[FormDialog]
    edit_dialog: type[FormDialog]
    describe: Callable[[Any], str]
    stretch_column: int
    context: Callable[[Store, int], Mapping[Any, Any]] | None = None
    group: Callable[[Any], Any] | None = None
    delete_note: str = ""
    wrap: bool = True  # long texts: rows grow to show them whole

    def repo(self, store: Store) -> Any:
        """The store's repository for this kind."""
        return getattr(store, self.repository)


KINDS: dict[str, RecordKind] = {kind.key: kind for kind in (
    RecordKind("participants", "Participants", "participant", "participants", "participants",
               columns.PARTICIPANT_COLUMNS, AddParticipantDialog, EditParticipantDialog,
               lambda r: r.person_name, stretch_column=3, group=_participant_group, wrap=False,
               delete_note="The person stays in the People list; their signatures on this visit's "
                           "agreements go."),
    RecordKind("areas", "Cooperation areas", "cooperation area", "cooperation areas", "areas",
               columns.AREA_COLUMNS, AddAreaDialog, EditAreaDialog, lambda r: r.topic, stretch_column=2),
    RecordKind("agreements", "Agreements", "agreement", "agreements", "agreements",
               columns.AGREEMENT_COLUMNS, AddAgreementDialog, EditAgreementDialog,
               lambda r: first_line(r.title, 90), stretch_column=0, context=_participant_names),
    RecordKind("history", "History", "history entry", "history entries", "history",
               columns.HISTORY_COLUMNS, AddHistoryDialog, EditHistoryDialog,
               lambda r: first_line(r.text, 90), stretch_column=1),
    RecordKind("quotes", "Quotes", "quote", "quotes", "quotes", columns.QUOTE_COLUMNS, AddQuoteDialog,
               EditQuoteDialog, lambda r: first_line(r.text, 90), stretch_column=1),
    RecordKind("talking_points", "Talking points", "talking point", "talking points", "talking_points",
               columns.TALKING_POINT_COLUMNS, AddTalkingPointDialog, EditTalkingPointDialog,
               lambda r: first_line(r.text, 90), stretch_column=0),
    RecordKind("follow_ups", "Follow-ups", "follow-up action", "follow-up actions", "follow_ups",
               columns.FOLLOW_UP_COLUMNS, AddFollowUpDialog, EditFollowUpDialog,
               lambda r: first_line(r.action, 90), stretch_column=0),
)}

# What goes with a deleted visit, by the table names `store.visits.dependents` reports.
DEPENDENT_NOUNS = {
    "participants": ("participant link", "participant links"),
    "cooperation_areas": ("cooperation area", "cooperation areas"),
    "agreements": ("agreement", "agreements"),
    "history_entries": ("history entry", "history entries"),
    "quotes": ("quote", "quotes"),
    "talking_points": ("talking point", "talking points"),
    "follow_ups": ("follow-up action", "follow-up actions"),
}
