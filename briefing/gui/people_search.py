"""Find people by any part of their name, ignoring case and accents in every script."""

from __future__ import annotations

import unicodedata

from briefing import domain
from briefing.store import Store

# Up to this many people, names are matched here; past it the store's LIKE search is used, which
# ignores case in ASCII only (see the note to the store: a folded name column would serve both).
FOLDED_MATCH_LIMIT = 2_000


def fold(text: str) -> str:
    """Text without case or accents: "Traoré" and "TRAORE" both give "traore", "Мұрат" gives "мұрат"."""
    decomposed = unicodedata.normalize("NFKD", text)
    return "".join(c for c in decomposed if not unicodedata.combining(c)).casefold()


def people_matching(store: Store, text: str, limit: int) -> list[domain.Person]:
    """People whose name contains `text`, by name, at most `limit`."""
    text = text.strip()
    everyone = store.people.list("", limit=FOLDED_MATCH_LIMIT + 1)
    if len(everyone) > FOLDED_MATCH_LIMIT:
        return store.people.list(text, limit=limit)
    key = fold(text)
    return [person for person in everyone if key in fold(person.name)][:limit]
