"""The country dossier: cover, contents, bilateral timeline, then one section per visit.

The contents list page numbers, which are known only after layout: they are forms the
canvas fills in when it saves the document (see furniture.py), so one layout pass does.
"""

from collections.abc import Callable, Sequence
from functools import partial

from reportlab.lib.units import mm
from reportlab.platypus import Flowable, HRFlowable, PageBreak, Spacer

from briefing import note_content as content
from briefing.notes import NoteText, note_text
from briefing.pdf.flowables import Para, RuledHeading, cell, data_table, layout_table
from briefing.pdf.header import masthead
from briefing.pdf.layout import Anchor, Later, Metadata, Milestone, PageNumber, build_pdf, frame_width, rendering
from briefing.pdf.note import body_sections
from briefing.pdf.options import VISIT_SECTION_KEYS, NoteOptions, RenderCancelled
from briefing.pdf.styles import HAIRLINE, LINK, RULE, plain_table_style, styles
from briefing.pdf.text import clean, dates, esc, format_date

TIMELINE_KEY = "timeline"
CONTENTS_KEY = "contents"


Progress = Callable[[int, int], None]


def visit_key(index: int) -> str:
    """The bookmark name of the index-th visit in dossier order."""
    return f"visit-{index + 1}"


def outline_title(document: dict, words: NoteText | None = None) -> str:
    """A visit's entry in the PDF outline: its dates and title."""
    words = words or note_text()
    title = content.visit_title(document, words)
    when = dates(document, words)
    return f"{when} · {title}" if when else title


def _cover(country_name: str, documents: Sequence[dict], options: NoteOptions, reference: str,
           width: float) -> list[Flowable]:
    s = styles()
    words = note_text(options.language)
    count = len(documents)
    visits = words.counted("dossier.visit_count", count) if count else words["dossier.no_visits"]
    span = content.year_span(documents)
    agreements = sum(len(d.get("agreements") or []) for d in documents)
    facts = [
        (words["dossier.visits"], f"{visits}, {span}" if span else visits),
        (words["dossier.agreements"], str(agreements) if agreements else ""),
        (words["memo.date"], format_date(options.effective_date(), words)),
        (words["memo.reference"], reference),
        (words["memo.to"], clean(options.recipient)),
        (words["memo.from"], clean(options.sender)),
        (words["clearance.prepared_by"],
         ", ".join(p for p in (clean(options.drafter), clean(options.drafter_unit)) if p)),
        (words["clearance.cleared_by"], clean(options.cleared_by)),
    ]
    rows = [[cell(esc(label), s.memo_label), cell(esc(value), s.memo_value)] for label, value in facts if value]
    return [
        *masthead(options, width),
        Spacer(0, 55 * mm),
        Para(esc(words["dossier.kind"]), s.doc_kind),
        Para(esc(words.country(country_name)) or esc(words["dossier.country"]), s.cover_country),
        Para(esc(words["dossier.cover_line"]), s.cover_line),
        HRFlowable(width="100%", thickness=0.6, color=RULE, spaceBefore=14, spaceAfter=10),
        layout_table(rows, [30 * mm, width - 30 * mm], plain_table_style()),
        PageBreak(),
    ]


def _link(markup: str, key: str) -> str:
    return f'<a href="#{key}" color="{LINK.hexval()}">{markup}</a>' if markup else markup


def _contents(documents: Sequence[dict], width: float, words: NoteText) -> list[Flowable]:
    if not documents:
        return []
    s = styles()
    rows = [[cell(""), cell(_link(esc(words["dossier.timeline"]), TIMELINE_KEY), s.toc_entry),
             PageNumber(TIMELINE_KEY, s.toc_page)]]
    for index, document in enumerate(documents):
        title = esc(content.visit_title(document, words))
        rows.append([
            cell(esc(dates(document, words)), s.toc_entry),
            cell(_link(title, visit_key(index)), s.toc_entry),
            PageNumber(visit_key(index), s.toc_page),
        ])
    style = plain_table_style((
        ("LINEBELOW", (0, 0), (-1, -1), 0.35, HAIRLINE),
        ("TOPPADDING", (0, 0), (-1, -1), 4),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 4),
        ("RIGHTPADDING", (-1, 0), (-1, -1), 0),
    ))
    page_width, date_width = 14 * mm, 44 * mm
    return [
        Anchor(CONTENTS_KEY, words["dossier.contents"]),
        RuledHeading(esc(words["dossier.contents"]), s.heading),
        layout_table(rows, [date_width, width - date_width - page_width, page_width], style),
    ]


def _timeline_rows(documents: Sequence[dict], words: NoteText) -> list[list[Flowable]]:
    rows = []
    for event in content.timeline(documents, words):
        if event.is_visit:
            shown = f"<b>{esc(event.title)}</b>" + (f"<br/>{esc(event.where)}" if event.where else "")
        else:
            shown = esc(event.title)
        rows.append([cell(esc(event.when)), cell(shown), cell(esc(event.kind))])
    return rows


def _timeline(documents: Sequence[dict], width: float, words: NoteText) -> list[Flowable]:
    rows = _timeline_rows(documents, words)
    if not rows:
        return []
    headers = [words["dossier.date"], words["dossier.visit_or_agreement"], words["dossier.kind_column"]]
    return [
        Spacer(0, 6 * mm),
        Anchor(TIMELINE_KEY, words["dossier.timeline"]),
        RuledHeading(esc(words["dossier.timeline"]), styles().heading),
        data_table(headers, rows, [38 * mm, width - 38 * mm - 44 * mm, 44 * mm]),
    ]


def _visit(document: dict, index: int, options: NoteOptions, width: float,
           on_end: Callable[[int], None]) -> list[Flowable]:
    s = styles()
    words = note_text(options.language)
    facts = content.visit_facts(document, words)
    title = content.visit_title(document, words)
    return [
        PageBreak(),
        Anchor(visit_key(index), outline_title(document, words)),
        Para(esc(facts), s.visit_subtitle),
        Para(esc(title), s.visit_title),
        HRFlowable(width="100%", thickness=0.8, color=RULE, spaceBefore=4, spaceAfter=2),
        *body_sections(document, options, width, VISIT_SECTION_KEYS),
        Milestone(on_end),
    ]


def render_dossier(
    country_name: str,
    documents: Sequence[dict],
    options: NoteOptions | None = None,
    progress: Progress | None = None,
    is_cancelled: Callable[[], bool] | None = None,
) -> bytes:
    """A dossier of every visit with one country as PDF bytes, newest visit first.

    progress(done, total) is called as visits are laid out; when is_cancelled() returns
    True the rendering stops with RenderCancelled.
    """
    options = options or NoteOptions()
    visits = content.newest_first(documents)
    width = frame_width(options.paper)
    reference = content.dossier_reference(country_name, options)
    total = len(visits)
    done = 0

    def check() -> None:
        if is_cancelled is not None and is_cancelled():
            raise RenderCancelled()

    def visit_done(_page: int) -> None:
        nonlocal done
        check()
        done += 1
        if progress is not None:
            progress(done, total)

    words = note_text(options.language)
    shown_name = words.country(country_name)
    metadata = Metadata(
        title=words["dossier.title"].format(country=shown_name) if shown_name else words["dossier.untitled"],
        author=content.author_for(options),
        subject=words.counted("dossier.subject", len(visits)),
        classification=options.printed_classification(),
        reference=reference,
        language=options.language,
        reproducible=options.reproducible,
    )
    def part(index: int, document: dict) -> list[Flowable]:
        check()
        return _visit(document, index, options, width, visit_done)

    check()
    with rendering():
        story = _cover(country_name, visits, options, reference, width)
        story += _contents(visits, width, words) + _timeline(visits, width, words)
        story += [Later(partial(part, index, document)) for index, document in enumerate(visits)]
        data = build_pdf(story, options.paper, metadata)
    check()
    if progress is not None and done != total:
        progress(total, total)
    return data
