"""Between the reader's visit document and the review tables: rows out of it, a document back, problems by row.

Plain data, no widgets: each table row is a dict of document fields plus `evidence` ({field: Evidence}).
"""

from __future__ import annotations

import re
from typing import Any

TABLE_FIELDS = {
    "participants": ("name", "title", "side", "role", "organization"),
    "cooperation_areas": ("topic", "category", "notes"),
    "agreements": ("title", "kind", "status", "signed_on", "signatories"),
}
_ROW_FIELD = re.compile(r"^(participants|cooperation_areas|agreements)\[(\d+)\]\.(\w+)")


def table_rows(document: dict[str, Any], evidence: dict[str, Any], key: str) -> list[dict[str, Any]]:
    """The document's records of one kind as table rows, each with the evidence of its fields."""
    rows = []
    for index, item in enumerate(document.get(key) or []):
        prefix = f"{key}[{index}]."
        found = {path[len(prefix):]: where for path, where in evidence.items() if path.startswith(prefix)}
        rows.append({**{name: item.get(name) for name in TABLE_FIELDS[key]}, "evidence": found})
    return rows


def reviewed_document(visit: dict[str, Any], rows: dict[str, list[dict[str, Any]]],
                      extras: dict[str, Any]) -> dict[str, Any]:
    """The visit document to save: the visit's fields, the tables' rows, and `extras` (history, quotes) kept.

    A participant matched to a known person refers to them by UUID (their stored organisation stays);
    signatories no longer among the participants are dropped.
    """
    participants = [
        {"name": row.get("name") or "", "title": row.get("title") or "", "side": row.get("side"),
         "role": row.get("role"),
         **({"person": row["person"]} if row.get("person") else {"organization": row.get("organization")})}
        for row in rows["participants"]]
    names = {p["name"] for p in participants}
    return {
        **visit,
        "participants": participants,
        "cooperation_areas": [{"topic": row.get("topic") or "", "category": row.get("category"),
                               "notes": row.get("notes")} for row in rows["cooperation_areas"]],
        "agreements": [{"title": row.get("title") or "", "kind": row.get("kind"), "status": row.get("status"),
                        "signed_on": row.get("signed_on"),
                        "signatories": [n for n in row.get("signatories") or [] if n in names]}
                       for row in rows["agreements"]],
        "history": extras.get("history", []), "quotes": extras.get("quotes", []),
        "talking_points": [], "follow_ups": [],
    }


def row_problems(errors: dict[str, str]) -> dict[str, dict[tuple[int, str], str]]:
    """Problems with table rows, by table, as (row, field) -> message; the visit's own fields are left out."""
    problems: dict[str, dict[tuple[int, str], str]] = {key: {} for key in TABLE_FIELDS}
    for path, message in errors.items():
        found = _ROW_FIELD.match(path)
        if found:
            problems[found.group(1)][(int(found.group(2)), found.group(3))] = message
    return problems
