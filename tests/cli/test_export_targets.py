"""What `--out` may replace: a regular file (a read-only one with --force), a new path, a link's regular file.

Never a device, a named pipe or a link to one, as an ordinary user or as root; a killed export leaves the
original as it was and its temporary is deleted by the next export.
"""

import os
import shutil
import signal
import stat
import subprocess
import sys
import tempfile
from pathlib import Path

import pytest

from briefing.cli import main

ROOT = Path(__file__).resolve().parents[2]
NOBODY = 65534
EXPORTS = {
    "export": ["export", "--visit", "1"],
    "export-json": ["export-json"],
    "export-csv": ["export-csv", "visits"],
}


def _export(capsys, db: str, command: str, out: Path, *extra: str) -> tuple[int, str]:
    status = main(["--db", db, *EXPORTS[command], "--out", str(out), *extra])
    return status, capsys.readouterr().err


@pytest.mark.parametrize("command", sorted(EXPORTS))
def test_a_read_only_file_is_kept_unless_forced(capsys, db, tmp_path, command):
    out = tmp_path / "kept.out"
    out.write_bytes(b"the signed version")
    out.chmod(0o444)
    assert _export(capsys, db, command, out) == (2, f"briefing: {out} is read-only; pass --force to replace it\n")
    assert out.read_bytes() == b"the signed version"
    assert _export(capsys, db, command, out, "--force") == (0, "")
    assert out.read_bytes() != b"the signed version"
    assert stat.S_IMODE(out.stat().st_mode) == 0o444  # replaced, still read-only
    assert sorted(p.name for p in tmp_path.iterdir()) == ["export.sqlite", "kept.out"]


@pytest.mark.parametrize("command", sorted(EXPORTS))
def test_a_named_pipe_is_refused_and_left_in_place(capsys, db, tmp_path, command):
    pipe = tmp_path / "pipe"
    os.mkfifo(pipe)
    assert _export(capsys, db, command, pipe) == (2, f"briefing: cannot write {pipe}: it is a named pipe, not a file\n")
    assert stat.S_ISFIFO(os.lstat(pipe).st_mode)


def test_a_device_node_is_refused_and_left_in_place(capsys, db, tmp_path):
    device = tmp_path / "full"
    try:
        os.mknod(device, stat.S_IFCHR | 0o666, os.makedev(1, 7))  # the numbers of /dev/full
    except PermissionError:
        pytest.skip("making a device node needs root (as an ordinary user, see the /dev/full test below)")
    assert _export(capsys, db, "export", device) == (
        2, f"briefing: cannot write {device}: it is a device, not a file\n")
    assert stat.S_ISCHR(os.lstat(device).st_mode)


def test_a_link_to_a_file_writes_the_file_and_keeps_the_link(capsys, db, tmp_path):
    real = tmp_path / "notes" / "visit.csv"
    real.parent.mkdir()
    real.write_text("old")
    link = tmp_path / "latest.csv"
    link.symlink_to(real)
    assert _export(capsys, db, "export-csv", link) == (0, "")
    assert link.is_symlink() and os.readlink(link) == str(real)
    assert real.read_text(encoding="utf-8-sig").startswith("id,uuid,title")


def test_a_link_like_dev_stdout_to_a_pipe_is_refused(capsys, db, tmp_path):
    reading, writing = os.pipe()
    link = tmp_path / "stdout"
    link.symlink_to(f"/proc/self/fd/{writing}")  # what /dev/stdout is when the output goes into a pipe
    try:
        assert _export(capsys, db, "export-json", link) == (
            2, f"briefing: cannot write {link}: it is a link to a named pipe, not to a file\n")
    finally:
        os.close(reading)
        os.close(writing)
    assert link.is_symlink()


def test_a_link_to_nothing_is_refused(capsys, db, tmp_path):
    link = tmp_path / "dangling.pdf"
    link.symlink_to(tmp_path / "gone.pdf")
    assert _export(capsys, db, "export", link) == (
        2, f"briefing: cannot write {link}: it is a link to a file that does not exist\n")
    assert link.is_symlink() and not (tmp_path / "gone.pdf").exists()


def test_a_new_file_follows_the_umask(capsys, db, tmp_path):
    out = tmp_path / "new.json"
    previous = os.umask(0o022)
    try:
        assert _export(capsys, db, "export-json", out) == (0, "")
    finally:
        os.umask(previous)
    assert stat.S_IMODE(out.stat().st_mode) == 0o644


# As an ordinary user: root may write where an ordinary user may not, so the outcome could differ.

@pytest.fixture
def shared_folder():
    """A folder an ordinary user can write to (pytest's own temporary folders are root's alone)."""
    folder = Path(tempfile.mkdtemp(prefix="briefing-export-"))
    folder.chmod(0o777)
    yield folder
    shutil.rmtree(folder)


_AS_NOBODY = """
import os, sys
from briefing.cli import main

warm_up, database, *args = sys.argv[1:]
if os.geteuid() == 0:  # the same command as root first, so every module it needs is loaded before the switch
    main(["--db", warm_up + ".sqlite", *args[:-1], warm_up])
    os.setgroups([])
    os.setgid(NOBODY)
    os.setuid(NOBODY)
sys.exit(main(["--db", database, *args]))
""".replace("NOBODY", str(NOBODY))


def _as_ordinary_user(folder: Path, *args: str) -> subprocess.CompletedProcess[str]:
    """Run `briefing --db … ARGS` as the user `nobody` when the tests run as root, else as the user running them.

    The last of ARGS is the path to write.
    """
    env = dict(os.environ, HOME=str(folder), XDG_DATA_HOME=str(folder), XDG_CONFIG_HOME=str(folder))
    with tempfile.TemporaryDirectory() as private:
        return subprocess.run([sys.executable, "-c", _AS_NOBODY, str(Path(private) / "warm-up"),
                               str(folder / "db.sqlite"), *args],
                              cwd=ROOT, env=env, capture_output=True, text=True, timeout=60)


@pytest.mark.parametrize("command", sorted(EXPORTS))
def test_as_an_ordinary_user_a_read_only_file_is_kept(shared_folder, command):
    out = shared_folder / "kept.out"
    out.write_text("the signed version")
    out.chmod(0o444)
    done = _as_ordinary_user(shared_folder, *EXPORTS[command], "--out", str(out))
    assert (done.returncode, done.stderr) == (2, f"briefing: {out} is read-only; pass --force to replace it\n")
    assert out.read_text() == "the signed version"
    assert sorted(p.name for p in shared_folder.iterdir() if p.suffix != ".sqlite") == ["kept.out"]


def test_as_an_ordinary_user_a_named_pipe_is_refused(shared_folder):
    pipe = shared_folder / "pipe"
    os.mkfifo(pipe)
    pipe.chmod(0o666)
    done = _as_ordinary_user(shared_folder, "export-json", "--out", str(pipe))
    assert (done.returncode, done.stderr) == (2, f"briefing: cannot write {pipe}: it is a named pipe, not a file\n")
    assert stat.S_ISFIFO(os.lstat(pipe).st_mode)


def test_as_an_ordinary_user_dev_full_says_it_is_a_device(shared_folder):
    done = _as_ordinary_user(shared_folder, "export-csv", "agreements", "--out", "/dev/full")
    assert (done.returncode, done.stderr) == (2, "briefing: cannot write /dev/full: it is a device, not a file\n")


# Killed while writing.

_STALLED_EXPORT = """
import os, sys
from briefing.cli import main

def stall(_fd):
    print("writing", flush=True)
    sys.stdin.read()  # until killed

os.fsync = stall
main(sys.argv[1:])
"""


def _stalled_export(db: str, out: Path) -> subprocess.Popen[str]:
    """`briefing export-json` stopped after writing its temporary, before renaming it into place."""
    writer = subprocess.Popen([sys.executable, "-c", _STALLED_EXPORT, "--db", db, "export-json", "--out", str(out)],
                              cwd=ROOT, stdin=subprocess.PIPE, stdout=subprocess.PIPE, text=True)
    assert writer.stdout.readline() == "writing\n"
    return writer


def _kill(writer: subprocess.Popen[str]) -> None:
    writer.send_signal(signal.SIGKILL)
    writer.wait()
    writer.stdin.close()
    writer.stdout.close()


def test_an_export_killed_while_writing_leaves_the_original_and_the_next_export_cleans_up(capsys, db, tmp_path):
    out = tmp_path / "all.json"
    out.write_text("the previous export")
    _kill(_stalled_export(db, out))
    assert out.read_text() == "the previous export"
    assert [p.name for p in tmp_path.glob(".all.json.*.part")] != []  # what the killed export left
    assert _export(capsys, db, "export-json", out) == (0, "")
    assert sorted(p.name for p in tmp_path.iterdir()) == ["all.json", "export.sqlite"]
    assert out.read_text().startswith("{")


def test_the_temporary_of_an_export_still_running_is_not_deleted(capsys, db, tmp_path):
    out = tmp_path / "all.json"
    writer = _stalled_export(db, out)
    try:
        (temporary,) = tmp_path.glob(".all.json.*.part")
        assert _export(capsys, db, "export-csv", out) == (0, "")  # another export to the same file meanwhile
        assert temporary.exists()
    finally:
        _kill(writer)
