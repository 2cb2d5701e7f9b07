"""The organisation's logo: checked when it is chosen, kept as a small PNG of Briefing's own, read with a time limit.

A logo is a PNG or JPEG file of at most MAX_FILE_BYTES and MAX_PIXELS. Its size in pixels is read from
the file's header before any decoding, so an image of 20,000 × 20,000 pixels that packs into 76 KB is
refused without being unpacked. The chosen file is scaled to fit SCALED_BOX and kept as `logo.png` in
Briefing's data folder; exports read that copy. Every read runs on a thread of its own and gives up after
READ_TIMEOUT_S, so a file on a share that stopped answering (or a named pipe) cannot stall an export.
"""

from __future__ import annotations

import io
import os
import stat
import struct
import threading
from pathlib import Path

from briefing.atomic import write_bytes_atomically
from briefing.messages import say

MAX_FILE_BYTES = 10 * 1024 * 1024
MAX_PIXELS = 4000 * 4000
SCALED_BOX = (960, 384)  # the logo's 40 × 16 mm box at 600 dots per inch
READ_TIMEOUT_S = 5.0
KEPT_NAME = "logo.png"

_PNG_SIGNATURE = b"\x89PNG\r\n\x1a\n"
_JPEG_FRAMES = {0xC0, 0xC1, 0xC2, 0xC3, 0xC5, 0xC6, 0xC7, 0xC9, 0xCA, 0xCB, 0xCD, 0xCE, 0xCF}


class LogoRefused(Exception):
    """Why a file cannot be the logo, in words for the user: "is not a PNG or JPEG image"."""


def prepared_logo(path: str | Path, timeout: float = READ_TIMEOUT_S) -> bytes:
    """The logo at `path` as a PNG that fits SCALED_BOX; LogoRefused says why it cannot be used."""
    return scaled_png(read_logo_file(Path(path), timeout))


def keep_logo(png: bytes, folder: Path) -> Path:
    """Write the prepared logo into `folder` (Briefing's data folder), replacing the one kept before."""
    folder.mkdir(parents=True, exist_ok=True)
    path = folder / KEPT_NAME
    write_bytes_atomically(path, png, replace_read_only=True)
    return path


def read_logo_file(path: Path, timeout: float = READ_TIMEOUT_S) -> bytes:
    """The bytes of a regular file of at most MAX_FILE_BYTES, read within `timeout` seconds."""
    outcome: list[bytes | BaseException] = []
    reader = threading.Thread(target=lambda: outcome.append(_read_or_error(path)), daemon=True,
                              name="logo reader")
    reader.start()  # a daemon: one stuck in a stalled share is left behind and does not keep the app running
    reader.join(timeout)
    if not outcome:
        raise LogoRefused(say("logo.timeout", seconds=f"{timeout:g}"))
    if isinstance(outcome[0], BaseException):
        raise outcome[0]
    return outcome[0]


def _read_or_error(path: Path) -> bytes | BaseException:
    try:
        return _read(path)
    except LogoRefused as refused:
        return refused
    except FileNotFoundError:
        return LogoRefused(say("file.not_found"))
    except PermissionError:
        return LogoRefused(say("file.permission_denied"))
    except OSError as error:
        return LogoRefused(say("file.unreadable", reason=error.strerror or error))


def _read(path: Path) -> bytes:
    if path.is_dir():
        raise LogoRefused(say("logo.folder"))
    fd = os.open(path, os.O_RDONLY | getattr(os, "O_NONBLOCK", 0) | getattr(os, "O_BINARY", 0))
    with os.fdopen(fd, "rb") as handle:
        if not stat.S_ISREG(os.fstat(fd).st_mode):
            raise LogoRefused(say("logo.not_a_file"))
        data = handle.read(MAX_FILE_BYTES + 1)
    if len(data) > MAX_FILE_BYTES:
        raise LogoRefused(say("logo.too_large", megabytes=MAX_FILE_BYTES // 1024 // 1024))
    return data


def image_size(data: bytes) -> tuple[str, int, int]:
    """The format ("PNG" or "JPEG") and the width and height in pixels, from the header alone."""
    if data.startswith(_PNG_SIGNATURE):
        if len(data) < 24 or data[12:16] != b"IHDR":
            raise LogoRefused(say("logo.damaged", kind="PNG"))
        width, height = struct.unpack(">II", data[16:24])
        return "PNG", width, height
    if data.startswith(b"\xff\xd8"):
        return ("JPEG", *_jpeg_size(data))
    raise LogoRefused(say("logo.not_an_image"))


def _jpeg_size(data: bytes) -> tuple[int, int]:
    position = 2
    while position + 4 <= len(data):
        if data[position] != 0xFF:
            break
        marker = data[position + 1]
        if marker == 0xFF:  # fill byte
            position += 1
            continue
        if marker in (0x01, *range(0xD0, 0xD8)):  # markers without a length
            position += 2
            continue
        (length,) = struct.unpack(">H", data[position + 2:position + 4])
        if marker in _JPEG_FRAMES and position + 9 <= len(data):
            height, width = struct.unpack(">HH", data[position + 5:position + 9])
            return width, height
        position += 2 + length
    raise LogoRefused(say("logo.damaged", kind="JPEG"))


def scaled_png(data: bytes) -> bytes:
    """Check the image in `data` (format, pixels, whole) and return it as a PNG that fits SCALED_BOX."""
    kind, width, height = image_size(data)
    if width <= 0 or height <= 0:
        raise LogoRefused(say("logo.damaged", kind=kind))
    if width * height > MAX_PIXELS:
        raise LogoRefused(say("logo.too_many_pixels", width=width, height=height, millions=MAX_PIXELS // 1_000_000))
    from PIL import Image, ImageOps

    try:
        with Image.open(io.BytesIO(data), formats=[kind]) as image:
            image.load()
            picture = ImageOps.exif_transpose(image)
    except (OSError, ValueError, SyntaxError, Image.DecompressionBombError):
        raise LogoRefused(say("logo.cut_short", kind=kind)) from None
    transparent = picture.mode in ("RGBA", "LA", "PA") or "transparency" in picture.info
    picture = picture.convert("RGBA" if transparent else "RGB")
    picture.thumbnail(SCALED_BOX, Image.Resampling.LANCZOS)
    out = io.BytesIO()
    picture.save(out, "PNG", optimize=True)
    return out.getvalue()
