"""The kinds of record a visit holds: where each is stored, how it is listed, which forms edit it."""

from __future__ import annotations

from collections.abc import Callable, Mapping
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from briefing.gui.formatting import first_line
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
    forms: Callable[[], tuple[type[FormDialog], type[FormDialog]]]  # imports and returns the add and edit forms
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
        return self.forms()[0]

    @property
    def edit_dialog(self) -> type[FormDialog]:
        """The form that edits a record of this kind."""
        return self.forms()[1]


# The forms are imported when first opened: importing them all made start-up 20 ms slower.

def _participant_forms() -> tuple[type[FormDialog], type[FormDialog]]:
    from briefing.gui.dialogs import participant_dialog as forms
    return forms.AddParticipantDialog, forms.EditParticipantDialog


def _area_forms() -> tuple[type[FormDialog], type[FormDialog]]:
    from briefing.gui.dialogs import area_dialog as forms
    return forms.AddAreaDialog, forms.EditAreaDialog


def _agreement_forms() -> tuple[type[FormDialog], type[FormDialog]]:
    from briefing.gui.dialogs import agreement_dialog as forms
    return forms.AddAgreementDialog, forms.EditAgreementDialog


def _history_forms() -> tuple[type[FormDialog], type[FormDialog]]:
    from briefing.gui.dialogs import history_dialog as forms
    return forms.AddHistoryDialog, forms.EditHistoryDialog


def _quote_forms() -> tuple[type[FormDialog], type[FormDialog]]:
    from briefing.gui.dialogs import quote_dialog as forms
    return forms.AddQuoteDialog, forms.EditQuoteDialog


def _talking_point_forms() -> tuple[type[FormDialog], type[FormDialog]]:
    from briefing.gui.dialogs import talking_point_dialog as forms
    return forms.AddTalkingPointDialog, forms.EditTalkingPointDialog


def _follow_up_forms() -> tuple[type[FormDialog], type[FormDialog]]:
    from briefing.gui.dialogs import follow_up_dialog as forms
    return forms.AddFollowUpDialog, forms.EditFollowUpDialog


KINDS: dict[str, RecordKind] = {kind.key: kind for kind in (
    RecordKind("participants", "Participants", "participant", "participants", "participants",
               columns.PARTICIPANT_COLUMNS, _participant_forms, lambda r: r.person_name, stretch_column=3,
               group=_participant_group, wrap=False,
               delete_note="The person stays in the People list; their signatures on this visit's "
                           "agreements go."),
    RecordKind("areas", "Cooperation areas", "cooperation area", "cooperation areas", "areas",
               columns.AREA_COLUMNS, _area_forms, lambda r: r.topic, stretch_column=2),
    RecordKind("agreements", "Agreements", "agreement", "agreements", "agreements",
               columns.AGREEMENT_COLUMNS, _agreement_forms, lambda r: first_line(r.title, 90), stretch_column=0,
               context=_participant_names),
    RecordKind("history", "History", "history entry", "history entries", "history",
               columns.HISTORY_COLUMNS, _history_forms, lambda r: first_line(r.text, 90), stretch_column=1),
    RecordKind("quotes", "Quotes", "quote", "quotes", "quotes",
               columns.QUOTE_COLUMNS, _quote_forms, lambda r: first_line(r.text, 90), stretch_column=1),
    RecordKind("talking_points", "Talking points", "talking point", "talking points", "talking_points",
               columns.TALKING_POINT_COLUMNS, _talking_point_forms, lambda r: first_line(r.text, 90),
               stretch_column=0),
    RecordKind("follow_ups", "Follow-ups", "follow-up action", "follow-up actions", "follow_ups",
               columns.FOLLOW_UP_COLUMNS, _follow_up_forms, lambda r: first_line(r.action, 90), stretch_column=0),
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
