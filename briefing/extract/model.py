"""What the reader returns: the visit document and the evidence behind each field."""

from __future__ import annotations

from dataclasses import dataclass, field


@dataclass(frozen=True)
class Evidence:
    """Where in the input a field comes from, and how sure the reader is (0..1)."""

    start: int
    end: int
    confidence: float


@dataclass
class Extraction:
    """A visit document read from a press release, with evidence keyed by field path."""

    document: dict
    evidence: dict[str, Evidence] = field(default_factory=dict)


class SourceError(Exception):
    """A file that cannot be read as a press release; the message is one line for the user."""
