"""The logo: refused with a reason when it is too large, damaged, not an image or never answers; else scaled."""

import io
import os
import struct
import threading
import zlib

import pytest
from PIL import Image

from briefing import logo
from briefing.logo import LogoRefused, keep_logo, prepared_logo


def _chunk(kind: bytes, body: bytes) -> bytes:
    return struct.pack(">I", len(body)) + kind + body + struct.pack(">I", zlib.crc32(kind + body))


def huge_png(width: int, height: int) -> bytes:
    """A whole, valid black-and-white PNG: all white, so it packs small however many pixels it has."""
    packer = zlib.compressobj(9)
    row = bytes(1 + (width + 7) // 8)
    pixels = b"".join(packer.compress(row) for _ in range(height)) + packer.flush()
    header = struct.pack(">IIBBBBB", width, height, 1, 0, 0, 0, 0)
    return b"\x89PNG\r\n\x1a\n" + _chunk(b"IHDR", header) + _chunk(b"IDAT", pixels) + _chunk(b"IEND", b"")


def _image(width: int, height: int, kind: str = "PNG", mode: str = "RGB") -> bytes:
    out = io.BytesIO()
    Image.new(mode, (width, height), (20, 60, 120) if mode == "RGB" else (20, 60, 120, 128)).save(out, kind)
    return out.getvalue()


def _refusal(path) -> str:
    with pytest.raises(LogoRefused) as refused:
        prepared_logo(path)
    return str(refused.value)


def test_a_logo_of_400_million_pixels_in_76_kb_is_refused_from_its_header(tmp_path):
    path = tmp_path / "crest.png"
    path.write_bytes(huge_png(20_000, 20_000))
    assert path.stat().st_size < 100_000
    assert _refusal(path) == ("is 20,000 × 20,000 pixels; a logo may have at most 16 million (for example "
                              "4,000 × 4,000): save a smaller version")


def test_a_logo_of_12000_by_12000_pixels_is_refused_too(tmp_path):
    path = tmp_path / "crest.png"
    path.write_bytes(huge_png(12_000, 12_000))
    assert _refusal(path).startswith("is 12,000 × 12,000 pixels; ")


def test_the_size_of_a_jpeg_is_read_from_its_header():
    assert logo.image_size(_image(640, 480, "JPEG")) == ("JPEG", 640, 480)


def test_a_truncated_png_is_called_damaged(tmp_path):
    whole = _image(300, 200)
    path = tmp_path / "cut.png"
    path.write_bytes(whole[: len(whole) // 2])
    assert _refusal(path) == "is a damaged PNG image (it may be cut short)"


@pytest.mark.parametrize("content", [b'<svg xmlns="http://www.w3.org/2000/svg"><circle r=', b"hello", b""])
def test_what_is_not_a_png_or_jpeg_is_refused(tmp_path, content):
    path = tmp_path / "crest.svg"
    path.write_bytes(content)
    assert _refusal(path) == "is not a PNG or JPEG image"


def test_a_named_pipe_is_refused_at_once(tmp_path):
    pipe = tmp_path / "crest.png"
    os.mkfifo(pipe)  # nobody ever writes to it: opening it to read would wait for ever
    assert _refusal(pipe) == "is not a file (a device or a named pipe)"


def test_a_file_that_never_answers_is_given_up_after_the_time_limit(tmp_path, monkeypatch):
    stalled = threading.Event()
    monkeypatch.setattr(logo, "_read", lambda _path: stalled.wait())  # a share that stopped answering
    try:
        with pytest.raises(LogoRefused) as refused:
            logo.read_logo_file(tmp_path / "crest.png", timeout=0.2)
    finally:
        stalled.set()
    assert str(refused.value) == "did not answer within 0.2 seconds (is it on a network share that is down?)"


def test_missing_too_large_and_folder(tmp_path, monkeypatch):
    assert _refusal(tmp_path / "gone.png") == "cannot be found"
    assert _refusal(tmp_path) == "is a folder, not an image file"
    monkeypatch.setattr(logo, "MAX_FILE_BYTES", 1024 * 1024)
    big = tmp_path / "big.png"
    big.write_bytes(_image(100, 100) + bytes(1024 * 1024))
    assert _refusal(big) == "is larger than 1 MB; save a smaller version"


def test_a_large_logo_is_kept_scaled_into_its_box_and_keeps_its_transparency(tmp_path):
    path = tmp_path / "crest.png"
    path.write_bytes(_image(3000, 1000, mode="RGBA"))
    kept = keep_logo(prepared_logo(path), tmp_path / "data")
    assert kept == tmp_path / "data" / "logo.png"
    with Image.open(kept) as image:
        assert (image.format, image.size, image.mode) == ("PNG", (960, 320), "RGBA")


def test_a_small_jpeg_is_kept_at_its_size(tmp_path):
    path = tmp_path / "crest.jpg"
    path.write_bytes(_image(200, 80, "JPEG"))
    with Image.open(io.BytesIO(prepared_logo(path))) as image:
        assert (image.format, image.size, image.mode) == ("PNG", (200, 80), "RGB")
