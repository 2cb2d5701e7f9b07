"""Reading a press release from a file: plain text, HTML or PDF."""

from __future__ import annotations

import html
import io
import re
from html.parser import HTMLParser
from pathlib import Path

from briefing.extract.model import SourceError
from briefing.messages import say

_BLOCK_TAGS = {"p", "div", "br", "li", "h1", "h2", "h3", "h4", "h5", "h6", "tr", "section", "article", "header",
               "footer", "blockquote", "title", "ul", "ol", "table", "hr"}
_BLOCK_END = re.compile(r"[.!?:;\"\u201d]\s*$")
_BLOCK_START = re.compile(r"\s*(?:[-\u2022*]|\d+[.)])\s")
_PLAIN = {"", ".txt", ".text", ".md"}
_HTML = {".html", ".htm", ".xhtml"}
_SKIPPED_TAGS = {"script", "style", "noscript", "template", "svg"}


def read_source(path: Path) -> str:
    """The text of a .txt, .html/.htm or .pdf file; SourceError with a one-line message otherwise."""
    path = Path(path)
    if not path.exists():
        raise SourceError(say("source.missing", path=path))
    if not path.is_file():
        raise SourceError(say("source.not_a_file", path=path))
    suffix = path.suffix.lower()
    if suffix not in _PLAIN | _HTML | {".pdf"}:
        raise SourceError(say("source.unsupported", path=path, suffix=suffix))
    try:
        data = path.read_bytes()
    except OSError as error:
        raise SourceError(say("source.unreadable", path=path, reason=error.strerror or error)) from None
    if suffix == ".pdf":
        return _pdf_text(path, data)
    text = _decode(path, data)
    if suffix in _HTML or re.match(r"\s*<(?:!doctype html|html)\b", text, re.IGNORECASE):
        return html_text(text)
    return text


def _decode(path: Path, data: bytes) -> str:
    if b"\x00" in data[:4096]:
        raise SourceError(say("source.not_text", path=path))
    for encoding in ("utf-8-sig", "cp1252"):
        try:
            return data.decode(encoding)
        except UnicodeDecodeError:
            continue
    raise SourceError(say("source.not_text", path=path))


def _pdf_text(path: Path, data: bytes) -> str:
    from pypdf import PdfReader
    from pypdf.errors import PdfReadError

    try:
        reader = PdfReader(io.BytesIO(data))
        if reader.is_encrypted:
            raise SourceError(say("source.encrypted", path=path))
        text = "\n".join(page.extract_text() or "" for page in reader.pages)
    except (PdfReadError, ValueError, KeyError, TypeError, OSError):
        raise SourceError(say("source.bad_pdf", path=path)) from None
    if not text.strip():
        raise SourceError(say("source.no_text_layer", path=path))
    return unwrap(text)


def unwrap(text: str) -> str:
    """Join the lines a PDF wrapped inside a paragraph; keep headings, bullets and paragraph ends."""
    lines = [line.rstrip() for line in text.splitlines()]
    result: list[str] = []
    for line in lines:
        previous = result[-1] if result else ""
        continues = (previous and line.strip() and not _BLOCK_END.search(previous)
                     and not _BLOCK_START.match(line) and (line.lstrip()[:1].islower() or len(previous) >= 60))
        if continues and previous.endswith("-") and line.lstrip()[:1].islower():
            result[-1] = previous[:-1] + line.lstrip()  # "co-\noperation" was one word
        elif continues:
            result[-1] = previous + " " + line.lstrip()
        else:
            result.append(line)
    return "\n".join(result) + "\n"


class _TextCollector(HTMLParser):
    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.parts: list[str] = []
        self.skipping = 0

    def handle_starttag(self, tag: str, attrs: list) -> None:
        if tag in _SKIPPED_TAGS:
            self.skipping += 1
        elif tag in _BLOCK_TAGS:
            self.parts.append("\n")

    def handle_endtag(self, tag: str) -> None:
        if tag in _SKIPPED_TAGS:
            self.skipping = max(0, self.skipping - 1)
        elif tag in _BLOCK_TAGS:
            self.parts.append("\n")

    def handle_data(self, data: str) -> None:
        if not self.skipping:  # line breaks inside a paragraph are only the page source's wrapping
            self.parts.append(data.replace("\r", " ").replace("\n", " "))


def html_text(markup: str) -> str:
    """The visible text of an HTML page, one block per line, entities unescaped."""
    collector = _TextCollector()
    collector.feed(markup)
    collector.close()
    text = html.unescape("".join(collector.parts))
    lines = [" ".join(line.split()) for line in text.splitlines()]
    return "\n".join(line for line in lines if line).strip() + "\n"
