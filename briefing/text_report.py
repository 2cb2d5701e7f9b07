"""A visit document as plain text for the terminal (`briefing show`)."""

from typing import Any

from briefing import vocabulary as v


def _date_span(start: str | None, end: str | None) -> str:
    if start and end and start != end:
        return f"{start} to {end}"
    return start or end or "dates not set"


def visit_as_text(document: dict[str, Any]) -> str:
    """The visit as readable lines: facts first, then each list of records."""
    lines = [document.get("title") or "(untitled visit)", ""]
    facts = [
        ("Guest", document.get("guest_country")),
        ("Host", document.get("host_country")),
        ("Place", document.get("city")),
        ("Dates", _date_span(document.get("start_date"), document.get("end_date"))),
        ("Type", v.label(v.VISIT_TYPE_LABELS, document.get("visit_type"))),
        ("Level", v.label(v.LEVEL_LABELS, document.get("level"))),
        ("Status", v.label(v.VISIT_STATUS_LABELS, document.get("status"))),
        ("Source", document.get("source")),
        ("UUID", document.get("uuid")),
    ]
    lines += [f"{name + ':':<8} {value}" for name, value in facts if value]
    for heading, text in (("Summary", document.get("summary")), ("Significance", document.get("significance"))):
        if text:
            lines += ["", heading, f"  {text}"]

    def section(heading: str, items: list[str]) -> None:
        if items:
            lines.extend(["", heading, *(f"  - {item}" for item in items)])

    section("Participants", [
        f"{p['name']}, {p.get('title') or 'no title'} ({v.label(v.SIDE_LABELS, p.get('side'))}"
        + (f", {v.label(v.ROLE_LABELS, p['role'])}" if p.get("role") else "") + ")"
        for p in document.get("participants") or []])
    section("Cooperation areas", [
        f"{a['topic']} [{v.label(v.AREA_CATEGORY_LABELS, a.get('category'))}]"
        + (f": {a['notes']}" if a.get("notes") else "")
        for a in document.get("cooperation_areas") or []])
    section("Agreements", [
        f"{a['title']} ({v.label(v.AGREEMENT_KIND_LABELS, a.get('kind'))}, "
        f"{v.label(v.AGREEMENT_STATUS_LABELS, a.get('status'))}"
        + (f", {a['signed_on']}" if a.get("signed_on") else "") + ")"
        + (f"; signed by {', '.join(a['signatories'])}" if a.get("signatories") else "")
        for a in document.get("agreements") or []])
    section("Background", [f"{h.get('date') or 'undated'}: {h['text']}" for h in document.get("history") or []])
    section("Quotes", [f"{q.get('speaker') or 'unattributed'}: “{q['text']}”" for q in document.get("quotes") or []])
    section("Talking points", list(document.get("talking_points") or []))
    section("Follow-up", [
        f"{f['action']}" + (f" — {f['owner']}" if f.get("owner") else "")
        + (f", due {f['due']}" if f.get("due") else "")
        + f" [{v.label(v.FOLLOW_UP_STATUS_LABELS, f.get('status'))}]"
        for f in document.get("follow_ups") or []])
    return "\n".join(lines)
