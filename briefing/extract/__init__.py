"""The press-release reader: text in, a visit document out (no Qt, no database, no network).

`extract(text, today)` returns an `Extraction` whose `.document` is the visit document and
whose `.evidence` maps field paths ("host_country", "participants[0].name") to offsets into
the text with a confidence. `read_source(path)` turns a .txt, .html or .pdf file into text.
"""

from briefing.extract.model import Evidence, Extraction, SourceError
from briefing.extract.reader import extract
from briefing.extract.sources import read_source

__all__ = ["Evidence", "Extraction", "SourceError", "extract", "read_source"]
