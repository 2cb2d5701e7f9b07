"""The files a visit keeps: add one from disk, list them, save one elsewhere, open a copy, remove one.

A kept file may come from a database made elsewhere: its name is made safe before it becomes a file name
(no folders, no path, no device names), and whether it is opened is decided by that safe name's extension
against a list of document and picture types (briefing/data/viewable_files.json), never by the media type
stored with it.
"""

from __future__ import annotations

import json
import os
import re
import tempfile
import unicodedata
from functools import cache
from pathlib import Path
from typing import TYPE_CHECKING

from briefing.domain import MAX_ATTACHMENT_BYTES, MAX_VISIT_ATTACHMENT_BYTES, megabytes
from briefing.services.errors import Refused

if TYPE_CHECKING:
    from briefing.store import Store
    from briefing.store.attachments import Attachment

LIMITS = (f"up to {megabytes(MAX_ATTACHMENT_BYTES)} a file and {megabytes(MAX_VISIT_ATTACHMENT_BYTES)} "
          "a visit")
_UNSAFE = re.compile(r'[\x00-\x1f\x7f<>:"/\\|?*]')
# Names Windows keeps for devices, whatever the extension.
_DEVICE_NAMES = re.compile(r"^(con|prn|aux|nul|com[0-9]|lpt[0-9])(\..*)?$", re.IGNORECASE)
_SAFE_NAME_LENGTH = 120


@cache
def _viewable() -> dict[str, str]:
    with open(Path(__file__).parent.parent / "data" / "viewable_files.json", encoding="utf-8") as data:
        return json.load(data)["extensions"]


def safe_file_name(name: str) -> str:
    """The kept file's name as a name for a file in one folder: its last part only, without control
    characters, characters a file system refuses, leading dots or a device name; "attachment" when nothing
    is left."""
    name = unicodedata.normalize("NFC", name).replace("\\", "/").rsplit("/", 1)[-1]
    name = _UNSAFE.sub("_", name).strip().lstrip(".").rstrip(". ")
    if _DEVICE_NAMES.match(name):
        name = "_" + name
    stem, extension = os.path.splitext(name)
    if len(name) > _SAFE_NAME_LENGTH:
        name = stem[:_SAFE_NAME_LENGTH - len(extension[:20])] + extension[:20]
    return name or "attachment"


def media_type_for(name: str) -> str:
    """The media type a file is stored with, from its name's extension (any other file: octet-stream)."""
    return _viewable().get(os.path.splitext(name)[1].lower(), "application/octet-stream")


def can_be_opened(attachment: Attachment) -> bool:
    """Whether the file is of a kind handed to the system's viewer (by its safe name's extension)."""
    return os.path.splitext(safe_file_name(attachment.name))[1].lower() in _viewable()


def _visit(store: Store, visit_id: int) -> None:
    from briefing.store import NotFound

    try:
        store.visits.get(visit_id)
    except NotFound:
        raise Refused(f"no visit with id {visit_id} (see 'briefing list')") from None


def _attachment(store: Store, attachment_id: int) -> Attachment:
    from briefing.store import NotFound

    try:
        return store.attachments.get(attachment_id)
    except NotFound:
        raise Refused(f"no attachment with id {attachment_id} (see 'briefing attachments VISIT')") from None


def list_attachments(store: Store, visit_id: int) -> list[Attachment]:
    """The visit's files, in the order they were added; Refused for an unknown visit."""
    _visit(store, visit_id)
    return store.attachments.for_visit(visit_id)


def read_file_to_attach(store: Store, visit_id: int, path: Path) -> bytes:
    """The bytes of a file to keep with the visit, refused (before it is read whole) past the limits."""
    from briefing.store.attachments import AttachmentTooLarge, check_sizes

    _visit(store, visit_id)
    path = Path(path)
    try:
        if path.is_dir():
            raise Refused(f"{path} is a folder; choose a file")
        size = path.stat().st_size
        try:
            check_sizes(size, store.attachments.visit_total(visit_id))
        except AttachmentTooLarge as error:
            raise Refused(f"{path.name} is not kept: {error}") from None
        data = path.read_bytes()
    except FileNotFoundError:
        raise Refused(f"{path} does not exist") from None
    except PermissionError:
        raise Refused(f"{path} cannot be read (permission denied)") from None
    except OSError as error:
        raise Refused(f"{path} cannot be read ({error.strerror or error})") from None
    if len(data) > MAX_ATTACHMENT_BYTES:  # it grew while it was read
        raise Refused(f"{path.name} is not kept: it is over {megabytes(MAX_ATTACHMENT_BYTES)}")
    return data


def keep_file(store: Store, visit_id: int, name: str, data: bytes) -> int:
    """Keep bytes read with `read_file_to_attach` under `name` (one undoable save); returns the new id."""
    from briefing.store.attachments import AttachmentTooLarge

    try:
        return store.attachments.add(visit_id, name, media_type_for(name), data)
    except AttachmentTooLarge as error:  # another window added files meanwhile
        raise Refused(f"{name} is not kept: {error}") from None


def attach_file(store: Store, visit_id: int, path: Path) -> int:
    """Keep a copy of the file at `path` with the visit (one undoable save); returns the new attachment's id."""
    path = Path(path)
    return keep_file(store, visit_id, path.name, read_file_to_attach(store, visit_id, path))


def save_attachment(store: Store, attachment_id: int, path: Path, replace_read_only: bool = False) -> None:
    """Write the kept file to `path`, whole or not at all (ReadOnlyFile unless `replace_read_only`)."""
    from briefing.atomic import open_atomically

    _attachment(store, attachment_id)
    with open_atomically(Path(path), replace_read_only) as handle:
        store.attachments.copy_to(attachment_id, handle)


def private_copy(store: Store, attachment_id: int) -> Path:
    """A copy of the kept file, for the system's viewer, in a new folder only the user can read; Refused for a
    file of a kind that is not opened (save it instead)."""
    attachment = _attachment(store, attachment_id)
    name = safe_file_name(attachment.name)
    if not can_be_opened(attachment):
        raise Refused(f"{name} is not a document or picture Briefing opens; save it and check it first")
    folder = Path(tempfile.mkdtemp(prefix="briefing-attachment-"))  # mode 0700
    target = folder / name
    descriptor = os.open(target, os.O_WRONLY | os.O_CREAT | os.O_EXCL | getattr(os, "O_BINARY", 0), 0o600)
    with os.fdopen(descriptor, "wb") as handle:
        store.attachments.copy_to(attachment_id, handle)
    return target


def remove_attachment(store: Store, attachment_id: int) -> Attachment:
    """Remove the kept file from its visit (one undoable save); returns what it was."""
    attachment = _attachment(store, attachment_id)
    store.attachments.remove(attachment_id)
    return attachment
