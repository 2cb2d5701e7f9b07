"""Reading visits for a user: the list, a search, one visit's document."""

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
