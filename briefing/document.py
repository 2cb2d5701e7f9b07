"""The visit document: one visit and everything attached to it, as plain JSON-ready data.

This is the one shape used everywhere a visit leaves or enters the store: `show --json`,
the PDF renderer, the press-release reader and JSON import/export. Reading one into domain
records needs no database, so the store, the importer and the press-release dialog share it.
"""

from __future__ import annotations

import base64
import binascii
import hashlib
from typing import Any, NamedTuple

from briefing import domain
from briefing.countries import code_for_name
from briefing.domain import shortened


def _check(errors: dict[str, str], where: str, record_errors: dict[str, str]) -> None:
    for field, message in record_errors.items():
        errors[f"{where}.{field}"] = message


class KeptFile(NamedTuple):
    """A file a visit document brings (its "attachments"), its bytes decoded."""

    name: str
    media_type: str
    added_at: str | None
    data: bytes


def _kept_files(document: dict[str, Any], errors: dict[str, str]) -> list[KeptFile]:
    """The files the document brings, each checked against its sha256 and the limits on a visit's files."""
    files, total = [], 0
    for i, item in enumerate(document.get("attachments") or []):
        name = item.get("name") or ""
        try:
            data = base64.b64decode(item.get("data") or "", validate=True)
        except (binascii.Error, ValueError):
            errors[f"attachments[{i}].data"] = domain.Problem(domain.NOT_BASE64, shortened(name))
            continue
        total += len(data)
        if item.get("sha256") and item["sha256"].lower() != hashlib.sha256(data).hexdigest():
            errors[f"attachments[{i}].sha256"] = domain.Problem(domain.NOT_ITS_SHA256, shortened(name))
        elif len(data) > domain.MAX_ATTACHMENT_BYTES or total > domain.MAX_VISIT_ATTACHMENT_BYTES:
            errors[f"attachments[{i}].data"] = domain.Problem(
                domain.ATTACHMENT_OVER_LIMITS, shortened(name), domain.megabytes(domain.MAX_ATTACHMENT_BYTES),
                domain.megabytes(domain.MAX_VISIT_ATTACHMENT_BYTES))
        files.append(KeptFile(name, item.get("media_type") or "application/octet-stream", item.get("added_at"), data))
    return files


def records_from_document(document: dict[str, Any]) -> tuple[domain.Visit, dict[str, list], dict[str, str]]:
    """The domain records a document describes, and every rule it breaks (by JSON path).

    The records attached to the visit come by table name (as `domain.VISIT_RECORD_TYPES` names them), in the document's
    order, without ids: participants as (participant, person) pairs, agreements as (agreement,
    names of the signatories); the files it brings under "attachments", as KeptFile, when it has that key.
    """
    errors: dict[str, str] = {}
    host, guest = code_for_name(document.get("host_country")), code_for_name(document.get("guest_country"))
    for key, code in (("host_country", host), ("guest_country", guest)):
        if document.get(key) and code is None:
            errors[key] = domain.Problem(domain.UNKNOWN_COUNTRY, shortened(document[key]))
    visit = domain.Visit(
        title=document.get("title") or "", host_country=host, guest_country=guest, city=document.get("city") or "",
        start_date=document.get("start_date"), end_date=document.get("end_date"),
        visit_type=document.get("visit_type"), level=document.get("level"), status=document.get("status"),
        summary=document.get("summary") or "", significance=document.get("significance") or "",
        source=document.get("source") or "", uuid=document.get("uuid"))
    for field, message in domain.validate_visit(visit).items():
        errors.setdefault(field, message)
    children: dict[str, list] = {table: [] for table in domain.VISIT_RECORD_TYPES}
    for i, item in enumerate(document.get("participants") or []):
        participant = domain.Participant(side=item.get("side") or "", title=item.get("title") or "",
                                         role=item.get("role"), person_id=0)
        person = domain.Person(name=item.get("name") or "", organization=item.get("organization") or "",
                               country=host if item.get("side") == "host" else guest, uuid=item.get("person"))
        _check(errors, f"participants[{i}]", domain.validate_participant(participant))
        _check(errors, f"participants[{i}]", domain.validate_person(person))
        children["participants"].append((participant, person))
    names: set[str] = set()
    for i, (_, person) in enumerate(children["participants"]):
        if person.name in names:
            errors[f"participants[{i}].name"] = domain.Problem(domain.LISTED_TWICE, shortened(person.name))
        names.add(person.name)
    for i, item in enumerate(document.get("cooperation_areas") or []):
        area = domain.CooperationArea(topic=item.get("topic") or "", category=item.get("category") or "",
                                      notes=item.get("notes") or "")
        _check(errors, f"cooperation_areas[{i}]", domain.validate_area(area))
        children["cooperation_areas"].append(area)
    for i, item in enumerate(document.get("agreements") or []):
        agreement = domain.Agreement(title=item.get("title") or "", kind=item.get("kind") or "",
                                     status=item.get("status") or "", signed_on=item.get("signed_on"))
        _check(errors, f"agreements[{i}]", domain.validate_agreement(agreement))
        signatories = list(item.get("signatories") or [])
        for j, name in enumerate(signatories):
            if name not in names:
                errors[f"agreements[{i}].signatories[{j}]"] = domain.Problem(domain.NOT_A_PARTICIPANT, shortened(name))
        children["agreements"].append((agreement, signatories))
    for i, item in enumerate(document.get("history") or []):
        entry = domain.HistoryEntry(date=item.get("date"), text=item.get("text") or "")
        _check(errors, f"history[{i}]", domain.validate_history_entry(entry))
        children["history_entries"].append(entry)
    for i, item in enumerate(document.get("quotes") or []):
        quote = domain.Quote(speaker=item.get("speaker") or "", text=item.get("text") or "")
        _check(errors, f"quotes[{i}]", domain.validate_quote(quote))
        children["quotes"].append(quote)
    for i, text in enumerate(document.get("talking_points") or []):
        point = domain.TalkingPoint(text=text or "")
        _check(errors, f"talking_points[{i}]", domain.validate_talking_point(point))
        children["talking_points"].append(point)
    for i, item in enumerate(document.get("follow_ups") or []):
        follow_up = domain.FollowUp(action=item.get("action") or "", owner=item.get("owner") or "",
                                    due=item.get("due"), status=item.get("status") or "open")
        _check(errors, f"follow_ups[{i}]", domain.validate_follow_up(follow_up))
        children["follow_ups"].append(follow_up)
    if "attachments" in document:
        children["attachments"] = _kept_files(document, errors)
    return visit, children, errors


# The lists of a visit document, and the keys that identify a stored record rather than say what it is.
_RECORD_LISTS = ("participants", "cooperation_areas", "agreements", "history", "quotes", "talking_points",
                 "follow_ups")
_IDENTITY_KEYS = ("uuid", "person")


def _content(item: Any) -> Any:
    """What a record says, for telling whether two accounts give the same one (an empty value is no value)."""
    if not isinstance(item, dict):
        return item
    return {k: v for k, v in item.items() if k not in _IDENTITY_KEYS and v not in (None, "", [])}


def merged_document(existing: dict[str, Any], incoming: dict[str, Any]) -> dict[str, Any]:
    """The stored visit's document with what `incoming` adds: fields it leaves empty are filled, and records
    it lacks are appended (a participant it already has, by folded name, is not added twice; signatures
    naming them follow). Nothing the stored visit says is replaced."""
    merged = {**existing}
    for key, value in incoming.items():
        if key not in _RECORD_LISTS and key != "uuid" and value and not merged.get(key):
            merged[key] = value
    names = {domain.fold_name(p.get("name") or ""): p.get("name") for p in existing.get("participants") or []}
    for key in _RECORD_LISTS:
        ours = list(existing.get(key) or [])
        contents = [_content(item) for item in ours]
        for item in incoming.get(key) or []:
            if key == "participants":
                if domain.fold_name(item.get("name") or "") in names:
                    continue
                names[domain.fold_name(item.get("name") or "")] = item.get("name")
            if key == "agreements":
                item = {**item, "signatories": [names.get(domain.fold_name(name), name)
                                                for name in item.get("signatories") or []]}
            if _content(item) not in contents:
                ours.append(item)
                contents.append(_content(item))
        merged[key] = ours
    return merged
