"""Visits for a user: the list, a search, one visit's document, a copy of a visit for a return visit."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from briefing.messages import say
from briefing.services.errors import Refused

if TYPE_CHECKING:
    from briefing.store import Store, VisitRow


def list_visits(store: Store, text: str = "") -> list[VisitRow]:
    """Every visit, newest first, or those with `text` typed anywhere in them (accents and case ignored)."""
    from briefing.store import VisitQuery

    return store.visits.list(VisitQuery(text=text))


def visit_document(store: Store, visit_id: int) -> dict[str, Any]:
    """The visit document of a stored visit; Refused when there is none with the id."""
    from briefing.store import NotFound

    try:
        return store.visit_document(visit_id)
    except NotFound:
        raise Refused(say("visit.not_found", id=visit_id)) from None


DUPLICATE_VISIT = "Duplicate visit"
# What happened at the first visit stays with it: a return visit signs, quotes and promises anew.
LEFT_OUT_OF_COPY = ("agreements", "quotes", "follow_ups", "attachments")


def duplicate_visit(store: Store, visit_id: int, title: str) -> int:
    """A copy of the visit for a return visit, titled `title`, in one undoable step; the copy's id.

    The copy keeps the countries, city, kind, summary, participants (the same people), cooperation areas, history
    and talking points. Its dates are cleared and it is planned: the return visit is on new dates, and a copy
    with the same dates would look like the same visit twice in the list, the dossier and the duplicate check.
    Agreements, quotes, follow-ups and attached files are what happened at the first visit and are left out.
    Refused when there is no visit with the id.
    """
    from briefing.store import NotFound

    try:
        document = store.visit_document(visit_id, with_person_uuids=True)
    except NotFound:
        raise Refused(say("visit.not_found", id=visit_id)) from None
    document.update(uuid=None, title=title, start_date=None, end_date=None, status="planned")
    for name in LEFT_OUT_OF_COPY:
        document[name] = []
    return store.save_document(document, label=DUPLICATE_VISIT)
