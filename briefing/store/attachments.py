"""Files kept with a visit (the signed memorandum, photos, the release as published), in the database itself.

The bytes are a BLOB in the visit's file, not files beside it: a backup, a restored backup and a JSON export
then hold them with no second place to copy or lose, a save is one transaction whether it adds a visit's
record or its file, and deleting a visit takes its files with it (ON DELETE CASCADE).
"""

from __future__ import annotations

import hashlib
import sqlite3
from collections.abc import Iterator
from dataclasses import dataclass
from typing import BinaryIO

from briefing.domain import MAX_ATTACHMENT_BYTES, MAX_VISIT_ATTACHMENT_BYTES, MEBIBYTE, megabytes
from briefing.store.rows import NotFound, Session

MAX_NAME_LENGTH = 255
_READ_CHUNK = MEBIBYTE


class AttachmentTooLarge(ValueError):
    """The file, or the visit's files with it, would pass a limit; the message names the limit."""


@dataclass(frozen=True)
class Attachment:
    """What is known about a kept file without reading its bytes."""

    id: int
    visit_id: int
    name: str
    media_type: str
    size: int
    sha256: str
    added_at: str


_COLUMNS = "id, visit_id, name, media_type, size, sha256, added_at"


def check_sizes(size: int, visit_total: int) -> None:
    """AttachmentTooLarge when a file of `size` bytes may not join files of `visit_total` bytes."""
    if size > MAX_ATTACHMENT_BYTES:
        raise AttachmentTooLarge(f"the file is {megabytes(size)}; a visit keeps files of up to "
                                 f"{megabytes(MAX_ATTACHMENT_BYTES)} each")
    if visit_total + size > MAX_VISIT_ATTACHMENT_BYTES:
        limit = megabytes(MAX_VISIT_ATTACHMENT_BYTES)
        raise AttachmentTooLarge(f"the visit already keeps {megabytes(visit_total)} of files and this one is "
                                 f"{megabytes(size)}; a visit keeps up to {limit} in all")


class AttachmentRepository:
    """A visit's kept files: listed without their bytes, read a piece at a time."""

    def __init__(self, session: Session):
        self.session = session

    @property
    def _conn(self) -> sqlite3.Connection:
        return self.session.conn

    def kept_in_file(self) -> bool:
        """Whether the file has the attachments table (a file from elsewhere may be of an older version)."""
        return self._conn.execute("SELECT 1 FROM main.sqlite_master WHERE type = 'table' AND name = 'attachments'"
                                  ).fetchone() is not None

    def for_visit(self, visit_id: int) -> list[Attachment]:
        """The visit's files in the order they were added."""
        rows = self._conn.execute(f"SELECT {_COLUMNS} FROM attachments WHERE visit_id = ? ORDER BY id", [visit_id])
        return [Attachment(*row) for row in rows]

    def get(self, attachment_id: int) -> Attachment:
        row = self._conn.execute(f"SELECT {_COLUMNS} FROM attachments WHERE id = ?", [attachment_id]).fetchone()
        if row is None:
            raise NotFound(f"no attachment with id {attachment_id}")
        return Attachment(*row)

    def visit_total(self, visit_id: int) -> int:
        """The bytes of all the visit's files."""
        return self._conn.execute("SELECT coalesce(sum(size), 0) FROM attachments WHERE visit_id = ?",
                                  [visit_id]).fetchone()[0]

    def add(self, visit_id: int, name: str, media_type: str, data: bytes) -> int:
        """Keep a file with the visit (one undoable save); AttachmentTooLarge past a limit, nothing written."""
        with self.session.write("Add attachment") as touched:
            attachment_id = self.insert(visit_id, name, media_type, data)
            touched.add(visit_id)
        return attachment_id

    def insert(self, visit_id: int, name: str, media_type: str, data: bytes, added_at: str | None = None) -> int:
        """Insert one file inside the caller's write, the limits checked first."""
        check_sizes(len(data), self.visit_total(visit_id))
        now = self.session.now()
        cursor = self._conn.execute(
            "INSERT INTO attachments(visit_id, name, media_type, size, sha256, added_at, data) "
            "VALUES (?, ?, ?, ?, ?, ?, ?)",
            [visit_id, name[:MAX_NAME_LENGTH], media_type, len(data), hashlib.sha256(data).hexdigest(),
             added_at or now, data])
        self.session.touch_visit(visit_id, now)
        return cursor.lastrowid

    def remove(self, attachment_id: int) -> None:
        """Remove one file from its visit (one undoable save)."""
        attachment = self.get(attachment_id)
        with self.session.write("Remove attachment") as touched:
            self._conn.execute("DELETE FROM attachments WHERE id = ?", [attachment_id])
            self.session.touch_visit(attachment.visit_id, self.session.now())
            touched.add(attachment.visit_id)

    def delete_for_visits(self, visit_ids: list[int]) -> None:
        """Remove every file of these visits (an import replacing them), inside the caller's write."""
        self._conn.executemany("DELETE FROM attachments WHERE visit_id = ?", [[i] for i in visit_ids])

    def chunks(self, attachment_id: int) -> Iterator[bytes]:
        """The file's bytes a mebibyte at a time, never all held at once."""
        self.get(attachment_id)
        with self._conn.blobopen("attachments", "data", attachment_id, readonly=True) as blob:
            while chunk := blob.read(_READ_CHUNK):
                yield chunk

    def data(self, attachment_id: int) -> bytes:
        """The file's bytes whole (a file is at most MAX_ATTACHMENT_BYTES)."""
        return b"".join(self.chunks(attachment_id))

    def copy_to(self, attachment_id: int, handle: BinaryIO) -> None:
        """Write the file's bytes to an open file."""
        for chunk in self.chunks(attachment_id):
            handle.write(chunk)
