"""Write files so that a reader never sees a half-written one, and only where a file belongs.

A write goes to a temporary file beside the target (".name.XXXXXXXX.part"), locked while it is written,
then renamed into place. It replaces only a regular file (the target of a link to one, the link kept),
and a read-only one only when the caller says the user agreed. A temporary left by a write that was
killed is deleted by the next write to the same file.
"""

from __future__ import annotations

import errno
import os
import re
import stat
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import BinaryIO

try:
    import fcntl
except ImportError:  # Windows: a file another process has open cannot be deleted, which is lock enough
    fcntl = None

_KINDS = ((stat.S_ISDIR, "a folder"), (stat.S_ISCHR, "a device"), (stat.S_ISBLK, "a device"),
          (stat.S_ISFIFO, "a named pipe"), (stat.S_ISSOCK, "a socket"))


class WriteRefused(OSError):
    """The target is not a file Briefing may replace; `strerror` says what it is, for the user."""

    def __init__(self, path: Path, reason: str):
        super().__init__(errno.EPERM, reason, str(path))


class ReadOnlyFile(WriteRefused):
    """The target is a read-only file: replace it only after the user said so."""

    def __init__(self, path: Path):
        super().__init__(path, "the file is read-only")


def write_bytes_atomically(path: Path, data: bytes, replace_read_only: bool = False) -> None:
    """Write `data` to `path` as a whole file or not at all (see open_atomically)."""
    with open_atomically(path, replace_read_only) as handle:
        handle.write(data)


@contextmanager
def open_atomically(path: Path, replace_read_only: bool = False) -> Iterator[BinaryIO]:
    """A file to write `path` through, a piece at a time: written under a temporary name beside it, renamed
    into place when the block ends, deleted when the block raises.

    Raises WriteRefused (before the block runs) when `path` is a folder, a device, a pipe or a socket, or a
    link to anything but a regular file; ReadOnlyFile when it is read-only and `replace_read_only` is False;
    OSError when the folder cannot be written. A replaced file keeps its permissions; a link keeps pointing
    at the file it names, which is the one written.
    """
    target, replaced = _writable_target(Path(path), replace_read_only)
    remove_leftovers(target)
    temporary = target.with_name(f".{target.name}.{os.urandom(4).hex()}.part")
    fd = os.open(temporary, os.O_WRONLY | os.O_CREAT | os.O_EXCL | getattr(os, "O_BINARY", 0), 0o666)
    try:
        with os.fdopen(fd, "wb") as handle:
            if fcntl is not None:
                fcntl.flock(handle.fileno(), fcntl.LOCK_EX)
            if replaced is not None:
                _keep_attributes(handle.fileno(), replaced)
            yield handle
            handle.flush()
            os.fsync(handle.fileno())
            if fcntl is not None:
                os.replace(temporary, target)  # still locked, so no other write takes it for a leftover
        if fcntl is None:
            os.replace(temporary, target)  # Windows renames only a closed file
    except BaseException:
        temporary.unlink(missing_ok=True)
        raise


def remove_leftovers(path: Path) -> None:
    """Delete the temporaries of earlier writes to `path` that no running write holds (their writer was killed)."""
    path = Path(path)
    pattern = re.compile(rf"\.{re.escape(path.name)}\.[A-Za-z0-9_]{{8}}\.part")
    try:
        names = [entry.name for entry in os.scandir(path.parent) if pattern.fullmatch(entry.name)]
    except OSError:
        return
    for name in names:
        _remove_if_abandoned(path.parent / name)


def _remove_if_abandoned(leftover: Path) -> None:
    try:
        fd = os.open(leftover, os.O_RDONLY | getattr(os, "O_NOFOLLOW", 0) | getattr(os, "O_NONBLOCK", 0))
    except OSError:
        return
    try:
        if not stat.S_ISREG(os.fstat(fd).st_mode):
            return
        if fcntl is not None:
            try:
                fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
            except OSError:
                return  # a write in progress holds it
        leftover.unlink(missing_ok=True)
    except OSError:
        return
    finally:
        os.close(fd)


def _writable_target(path: Path, replace_read_only: bool) -> tuple[Path, os.stat_result | None]:
    """The file to write (a link's target) and its status when it exists; refuses what must not be replaced."""
    try:
        status = os.lstat(path)
    except FileNotFoundError:
        return path, None
    if stat.S_ISLNK(status.st_mode):
        try:
            status = os.stat(path)
        except FileNotFoundError:
            raise WriteRefused(path, "it is a link to a file that does not exist") from None
        if not stat.S_ISREG(status.st_mode):
            raise WriteRefused(path, f"it is a link to {_kind(status)}, not to a file")
        path = _link_target(path, status)
    elif not stat.S_ISREG(status.st_mode):
        raise WriteRefused(path, f"it is {_kind(status)}, not a file")
    if not replace_read_only and (not status.st_mode & 0o222 or not os.access(path, os.W_OK)):
        raise ReadOnlyFile(path)
    return path, status


def _link_target(link: Path, status: os.stat_result) -> Path:
    """The path of the regular file a link leads to (`status`), which a link in /proc may not give."""
    real = Path(os.path.realpath(link))
    try:
        if os.path.samestat(os.stat(real), status):
            return real
    except OSError:
        pass
    raise WriteRefused(link, "it is a link that cannot be followed to a file")


def _kind(status: os.stat_result) -> str:
    return next((kind for test, kind in _KINDS if test(status.st_mode)), "a special file")


def _keep_attributes(fd: int, replaced: os.stat_result) -> None:
    """Give the new file the permissions (and, where allowed, the owner) of the one it replaces."""
    if hasattr(os, "fchown") and (replaced.st_uid, replaced.st_gid) != (os.getuid(), os.getgid()):
        try:
            os.fchown(fd, replaced.st_uid, replaced.st_gid)
        except PermissionError:
            pass  # only root may give a file away; the new file is the writer's own
    if os.chmod in os.supports_fd:
        os.chmod(fd, stat.S_IMODE(replaced.st_mode))
