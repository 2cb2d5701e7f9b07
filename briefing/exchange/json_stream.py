"""Reading a large JSON file a piece at a time: the items of its big arrays one by one, never the whole file.

The standard library's decoder parses each item (`JSONDecoder.raw_decode` on a window of the text);
only the structure around the items (the outer object or array, its keys and commas) is read here.
Errors read as `json.loads` words them, with the line and column in the whole file.
"""

from __future__ import annotations

import codecs
import hashlib
import json
import re
from collections.abc import Iterator
from dataclasses import dataclass
from typing import Any, BinaryIO

CHUNK = 1 << 20  # bytes read at a time
_WHITESPACE = re.compile(r"[ \t\n\r]*")
# A decode error this close to the end of the text read so far may be the end of the window, not of the item.
_TAIL = 8


class JsonError(ValueError):
    """Not valid JSON: what is wrong, at which line and column of the file (1-based)."""

    def __init__(self, message: str, line: int, column: int):
        super().__init__(f"{message} at line {line}, column {column}")
        self.message, self.line, self.column = message, line, column


class NotUtf8(ValueError):
    """The file is not UTF-8 text; `offset` is the first byte that is not."""

    def __init__(self, offset: int):
        super().__init__(f"not UTF-8 text (byte {offset})")
        self.offset = offset


@dataclass(frozen=True)
class Member:
    """A member of the outer object read whole: its key and value."""

    key: str
    value: Any


@dataclass(frozen=True)
class Item:
    """One item of a streamed array: the key of the array in the outer object (None for an outer array),
    its index, its value and its text as it stands in the file."""

    key: str | None
    index: int
    value: Any
    text: str


class JsonStream:
    """One pass over a JSON file. `events(keys)` gives the outer value's parts in file order: an outer array
    as its items, an outer object as its members, with the arrays under `keys` as their items.

    `digest` is the hash of every byte read, once the pass is over.
    """

    def __init__(self, handle: BinaryIO):
        self.handle = handle
        self.decoder = json.JSONDecoder()
        self.bytes_decoder = codecs.getincrementaldecoder("utf-8-sig")()
        self.hash = hashlib.blake2b(digest_size=16)
        self.bytes_read = 0
        self.text = ""
        self.pos = 0
        self.at_end = False
        self.lines_before = 0  # newlines in the text dropped from the window
        self.column_before = 0  # characters on the window's first line that were dropped
        self.outer = ""  # the outer value's first character, once `events` has begun

    @property
    def digest(self) -> bytes:
        """The hash of the bytes read so far (all of them once `events` is exhausted)."""
        return self.hash.digest()

    def events(self, keys: frozenset[str]) -> Iterator[Member | Item | Any]:
        """Members and items as described above; for an outer value that is neither object nor array, the value."""
        first = self.outer = self._peek()
        if first == "[":
            yield from self._array(None)
        elif first == "{":
            yield from self._object(keys)
        else:
            yield self._value()[0]
        if self._peek():
            raise self._error("Extra data", self.pos)

    def _object(self, keys: frozenset[str]) -> Iterator[Member | Item]:
        self.pos += 1
        if self._peek() == "}":
            self.pos += 1
            return
        while True:
            if self._peek() != '"':
                raise self._error("Expecting property name enclosed in double quotes", self.pos)
            key = self._value()[0]
            if self._peek() != ":":
                raise self._error("Expecting ':' delimiter", self.pos)
            self.pos += 1
            if key in keys and self._peek() == "[":
                yield from self._array(key)
            else:
                yield Member(key, self._value()[0])
            following = self._peek()
            self.pos += 1
            if following == "}":
                return
            if following != ",":
                raise self._error("Expecting ',' delimiter", self.pos - 1)

    def _array(self, key: str | None) -> Iterator[Item]:
        self.pos += 1
        if self._peek() == "]":
            self.pos += 1
            return
        index = 0
        while True:
            value, text = self._value()
            yield Item(key, index, value, text)
            index += 1
            following = self._peek()
            self.pos += 1
            if following == "]":
                return
            if following != ",":
                raise self._error("Expecting ',' delimiter", self.pos - 1)

    def _value(self) -> tuple[Any, str]:
        """The value starting at the position (after whitespace), and its text."""
        self._peek()
        while True:
            try:
                value, end = self.decoder.raw_decode(self.text, self.pos)
            except json.JSONDecodeError as error:
                cut_off = error.pos >= len(self.text) - _TAIL or error.msg.startswith("Unterminated string")
                if cut_off and self._read(len(self.text) - self.pos):
                    continue
                raise self._error(error.msg, error.pos) from None
            except RecursionError:
                raise self._error("nested too deeply", self.pos) from None
            # A number or word that ends the window may go on in the next chunk.
            if end == len(self.text) and self._read(CHUNK):
                continue
            text = self.text[self.pos:end]
            self.pos = end
            return value, text

    def _peek(self) -> str:
        """Skip whitespace; the next character ('' at the end of the file)."""
        while True:
            self.pos = _WHITESPACE.match(self.text, self.pos).end()
            if self.pos < len(self.text) or not self._read(CHUNK):
                return self.text[self.pos:self.pos + 1]

    def _read(self, at_least: int) -> bool:
        """Add at least `at_least` more characters to the window (fewer at the end); False, with the window
        unchanged, when none came."""
        if self.at_end:
            return False
        pieces: list[str] = []
        added = 0
        while added < max(at_least, 1):
            raw = self.handle.read(max(CHUNK, at_least - added))
            self.hash.update(raw)
            pending = len(self.bytes_decoder.getstate()[0])
            try:
                piece = self.bytes_decoder.decode(raw, final=not raw)
            except UnicodeDecodeError as error:
                raise NotUtf8(self.bytes_read - pending + error.start) from None
            self.bytes_read += len(raw)
            pieces.append(piece)
            added += len(piece)
            if not raw:
                self.at_end = True
                break
        if not added:
            return False
        dropped = self.text[:self.pos]
        newlines = dropped.count("\n")
        self.lines_before += newlines
        self.column_before = (len(dropped) - dropped.rfind("\n") - 1) if newlines else self.column_before + len(dropped)
        self.text = self.text[self.pos:] + "".join(pieces)
        self.pos = 0
        return True

    def _error(self, message: str, position: int) -> JsonError:
        newlines = self.text.count("\n", 0, position)
        if newlines:
            column = position - self.text.rfind("\n", 0, position)
        else:
            column = self.column_before + position + 1
        return JsonError(message, self.lines_before + newlines + 1, column)
