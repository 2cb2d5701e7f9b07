"""Fixtures shared by the command-line tests."""

import pytest

from briefing.cli import main


@pytest.fixture
def db(tmp_path, capsys):
    """A database made by the command line itself, holding the demo visit (test_commands.py has its own: a path
    not made yet)."""
    path = tmp_path / "export.sqlite"
    assert main(["--db", str(path), "list"]) == 0
    capsys.readouterr()
    return str(path)
