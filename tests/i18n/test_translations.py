"""The window in French and Russian: every text in the code has a finished translation in both catalogues."""

import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
LUPDATE = Path(sys.executable).with_name("pyside6-lupdate")


def _messages(ts: Path) -> list[tuple[str, ET.Element]]:
    """Every message with its source text (an English text twice when disambiguations tell them apart)."""
    return [(message.findtext("source"), message) for message in ET.parse(ts).iter("message")]


@pytest.mark.parametrize("language", ["fr", "ru"])
def test_every_text_in_the_code_has_a_finished_translation(tmp_path, language):
    """lupdate run over the code finds no text the committed catalogue lacks, and none is unfinished."""
    sources = sorted(str(path) for path in (ROOT / "briefing" / "gui").rglob("*.py"))
    fresh = tmp_path / f"briefing_{language}.ts"
    fresh.write_bytes((ROOT / "resources" / "translations" / f"briefing_{language}.ts").read_bytes())
    subprocess.run([str(LUPDATE), "-silent", "-no-obsolete", *sources, "-ts", str(fresh)], check=True)
    untranslated = [source for source, message in _messages(fresh)
                    if message.find("translation").get("type") == "unfinished"]
    assert untranslated == []
