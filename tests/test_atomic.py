"""A file Briefing writes (a PDF, an export) is either the old one or the new one, never half of each."""

import subprocess
import sys

from briefing.atomic import write_bytes_atomically

# Writes far more than the process may (RLIMIT_FSIZE), as a full disk would stop a write half-way.
_WRITE_PAST_THE_LIMIT = """
import resource, signal, sys
from pathlib import Path
from briefing.atomic import write_bytes_atomically
signal.signal(signal.SIGXFSZ, signal.SIG_IGN)
resource.setrlimit(resource.RLIMIT_FSIZE, (1 << 16, resource.getrlimit(resource.RLIMIT_FSIZE)[1]))
try:
    write_bytes_atomically(Path(sys.argv[1]), b"new text " * (1 << 16))
except OSError as error:
    print("refused:", error.strerror)
"""


def test_a_write_that_fails_half_way_leaves_the_old_file_whole(tmp_path):
    target = tmp_path / "note.pdf"
    target.write_bytes(b"the old note")
    result = subprocess.run([sys.executable, "-c", _WRITE_PAST_THE_LIMIT, str(target)], capture_output=True,
                            text=True, timeout=60, check=False)
    assert result.stdout == "refused: File too large\n", result.stderr
    assert target.read_bytes() == b"the old note"
    assert [path.name for path in tmp_path.iterdir()] == ["note.pdf"]


def test_a_write_replaces_the_file_and_leaves_nothing_beside_it(tmp_path):
    target = tmp_path / "export.json"
    target.write_bytes(b"old")
    write_bytes_atomically(target, b"new")
    assert target.read_bytes() == b"new"
    assert [path.name for path in tmp_path.iterdir()] == ["export.json"]
