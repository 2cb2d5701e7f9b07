"""What the Qt-free code tells the user comes in every language: each message key has a French and a Russian
text with the same placeholders, every key the code says exists, and the window's or the command line's
language is the one the message is said in."""

import json
import re
from pathlib import Path

import pytest

from briefing import messages
from briefing.cli import main
from briefing.logo import LogoRefused, image_size
from briefing.notes import languages

ROOT = Path(messages.__file__).parent
ENGLISH = messages.catalogue("en")
_SAID = re.compile(r"""\bsay\(\s*"([a-z_]+\.[a-z_.]+)"(?:\s+if\s+[^)]*?\s+else\s+"([a-z_]+\.[a-z_.]+)")?""")


@pytest.mark.parametrize("language", [code for code in languages() if code != "en"])
def test_every_message_has_a_text_with_the_same_placeholders_in_each_language(language):
    texts = messages.catalogue(language)
    assert sorted(texts) == sorted(ENGLISH), f"{language}.json lacks or adds keys"
    for key, english in ENGLISH.items():
        assert texts[key], key
        assert messages.placeholders(texts[key]) == messages.placeholders(english), key


def test_every_key_the_code_says_is_in_the_english_file():
    said = {key for path in ROOT.rglob("*.py") if "gui" not in path.parts
            for match in _SAID.finditer(path.read_text(encoding="utf-8")) for key in match.groups() if key}
    assert len(said) > 40
    assert sorted(said - set(ENGLISH)) == []


def test_files_in_the_messages_folder_are_json_objects_of_texts():
    for path in messages.MESSAGES.glob("*.json"):
        texts = json.loads(path.read_text(encoding="utf-8"))
        assert all(isinstance(text, str) for text in texts.values()), path.name


def test_a_refused_logo_is_explained_in_the_window_language():
    messages.use_language("fr")
    with pytest.raises(LogoRefused, match=r"^n'est pas une image PNG ou JPEG$"):
        image_size(b"GIF89a")
    messages.use_language("ru")
    with pytest.raises(LogoRefused, match=r"^— не изображение PNG или JPEG$"):
        image_size(b"GIF89a")


def test_numbers_take_the_language_thousands_separator():
    assert messages.say_in("fr", "import.too_long", length=12000, limit=10000) == \
        "trop long : 12\u202f000 caractères, au plus 10\u202f000"
    assert messages.say_in("en", "import.too_long", length=12000, limit=10000) == \
        "too long: 12,000 characters, at most 10,000"


def test_a_language_without_messages_falls_back_to_english():
    messages.use_language("kk")
    assert messages.language() == "en"


@pytest.mark.parametrize(("argv", "expected"), [
    (["--lang", "fr"], "briefing: aucune visite n° 99 (voir « briefing list »)\n"),
    (["--lang", "ru"], "briefing: нет визита с номером 99 (см. «briefing list»)\n"),
    ([], "briefing: no visit with id 99 (see 'briefing list')\n"),
])
def test_the_command_line_says_its_messages_in_lang(tmp_path, capsys, monkeypatch, argv, expected):
    monkeypatch.setenv("LANG", "C.UTF-8")
    status = main([*argv, "--db", str(tmp_path / "b.sqlite"), "show", "99"])
    assert (status, capsys.readouterr().err) == (2, expected)


def test_the_command_line_follows_the_locale_without_lang(tmp_path, capsys, monkeypatch):
    monkeypatch.delenv("LC_ALL", raising=False)
    monkeypatch.delenv("LC_MESSAGES", raising=False)
    monkeypatch.setenv("LANG", "ru_RU.UTF-8")
    assert main(["--db", str(tmp_path / "b.sqlite"), "show", "99"]) == 2
    assert capsys.readouterr().err == "briefing: нет визита с номером 99 (см. «briefing list»)\n"


def test_export_lang_sets_the_messages_language_too(tmp_path, capsys, monkeypatch):
    monkeypatch.setenv("LANG", "C.UTF-8")
    status = main(["--db", str(tmp_path / "b.sqlite"), "export", "--lang", "fr", "--visit", "99",
                   "--out", str(tmp_path / "n.pdf")])
    assert status == 2
    assert "aucune visite n° 99" in capsys.readouterr().err
