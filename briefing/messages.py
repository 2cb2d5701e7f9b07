"""What Briefing's Qt-free code tells the user (why a file was refused, what is wrong with a field), in the
language of the window or of the command line, as plain data: no Qt.

Each message has a key and a template per language in briefing/data/messages/<language>.json:

    use_language("fr")                                  # the GUI at start-up, the CLI for --lang
    say("logo.not_an_image")                            # "n'est pas une image PNG ou JPEG"
    say("import.too_large", path="a.json", size=12, limit=10)

The language is the process's (the window's or the command line's); it is set once, before the first
message. A placeholder written {size:,} shows its number with the language's thousands separator
(4,000 / 4 000). A language's
file has the same keys as en.json (tests/i18n/test_messages.py fails when one lacks a text).
"""

from __future__ import annotations

import json
import os
import re
from functools import cache
from pathlib import Path
from string import Formatter

MESSAGES = Path(__file__).parent / "data" / "messages"
DEFAULT_LANGUAGE = "en"
_language = DEFAULT_LANGUAGE
_GROUPED = re.compile(r":,\}")


@cache
def catalogue(language: str) -> dict[str, str]:
    """Every message template of one language, by key; empty for a language without a file."""
    path = MESSAGES / f"{language}.json"
    if not path.is_file():
        return {}
    with open(path, encoding="utf-8") as file:
        return json.load(file)


def use_language(language: str) -> None:
    """Say every message from now on in `language`; one without messages falls back to English."""
    global _language
    _language = language if catalogue(language) else DEFAULT_LANGUAGE


def locale_language() -> str:
    """The language of the system's locale (LC_ALL, LC_MESSAGES, LANG) when messages are in it, else English."""
    for variable in ("LC_ALL", "LC_MESSAGES", "LANG"):
        value = os.environ.get(variable, "")
        if value:
            code = value.split("_")[0].split(".")[0].lower()
            return code if code.isalpha() and catalogue(code) else DEFAULT_LANGUAGE
    return DEFAULT_LANGUAGE


def language() -> str:
    """The language messages are said in."""
    return _language


def say(key: str, *args: object, **named: object) -> str:
    """The message `key` in the current language, its {placeholders} filled; KeyError for an unknown key."""
    return say_in(_language, key, *args, **named)


def say_in(language: str, key: str, *args: object, **named: object) -> str:
    """The message `key` in `language` (English when that language lacks it)."""
    template = catalogue(language).get(key) or catalogue(DEFAULT_LANGUAGE)[key]
    separator = catalogue(language).get("_thousands_separator", ",")
    return _GROUPED.sub("}", template).format(
        *(_grouped(value, separator, template, str(index)) for index, value in enumerate(args)),
        **{name: _grouped(value, separator, template, name) for name, value in named.items()})


def placeholders(template: str) -> set[str]:
    """The names (or positions) of a template's placeholders."""
    return {name for _, name, _, _ in Formatter().parse(template) if name is not None}


def _grouped(value: object, separator: str, template: str, name: str) -> object:
    if isinstance(value, int) and "{" + name + ":,}" in template:
        return f"{value:,}".replace(",", separator)
    return value
