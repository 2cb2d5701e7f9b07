"""The closed lists a visit record draws from, with the labels users see in each language.

Values are stored and exchanged as the lower-case strings of briefing/data/vocabulary.json (the visit
document uses them as they are); labels are what forms, lists and the PDF show. The file gives every
value its label in every language: a new language adds one entry per value there.
"""

import json
from pathlib import Path

DEFAULT_LANGUAGE = "en"

with open(Path(__file__).parent / "data" / "vocabulary.json", encoding="utf-8") as _file:
    _LISTS: dict[str, dict[str, dict[str, str]]] = {
        kind: values for kind, values in json.load(_file).items() if not kind.startswith("_")}


def values(kind: str) -> tuple[str, ...]:
    """The stored values of one list ("visit_type", "level", …), in the order forms offer them."""
    return tuple(_LISTS[kind])


def labels(kind: str, language: str = DEFAULT_LANGUAGE) -> dict[str, str]:
    """Each value of one list with its label in `language` (English where that language has none)."""
    return {value: names.get(language) or names[DEFAULT_LANGUAGE] for value, names in _LISTS[kind].items()}


VISIT_TYPES = values("visit_type")
VISIT_TYPE_LABELS = labels("visit_type")
LEVELS = values("level")
LEVEL_LABELS = labels("level")
VISIT_STATUSES = values("visit_status")
VISIT_STATUS_LABELS = labels("visit_status")
SIDES = values("side")
SIDE_LABELS = labels("side")
ROLES = values("role")
ROLE_LABELS = labels("role")
AREA_CATEGORIES = values("area_category")
AREA_CATEGORY_LABELS = labels("area_category")
AGREEMENT_KINDS = values("agreement_kind")
AGREEMENT_KIND_LABELS = labels("agreement_kind")
AGREEMENT_STATUSES = values("agreement_status")
AGREEMENT_STATUS_LABELS = labels("agreement_status")
FOLLOW_UP_STATUSES = values("follow_up_status")
FOLLOW_UP_STATUS_LABELS = labels("follow_up_status")
CLASSIFICATIONS = values("classification")


def label(labels: dict[str, str], value: str | None) -> str:
    """The user-facing label for a stored value; empty for none, the value itself if unknown."""
    if not value:
        return ""
    return labels.get(value, value)
