"""Test settings shared by every suite: Qt runs offscreen, the user's data folder is never touched."""

import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

import pytest


@pytest.fixture(autouse=True)
def _isolated_user_folders(tmp_path_factory, monkeypatch):
    """Point HOME and the XDG folders at a temporary place so no test reads or writes real user data."""
    home = tmp_path_factory.mktemp("home")
    monkeypatch.setenv("HOME", str(home))
    monkeypatch.setenv("XDG_DATA_HOME", str(home / ".local" / "share"))
    monkeypatch.setenv("XDG_CONFIG_HOME", str(home / ".config"))
    monkeypatch.delenv("BRIEFING_DB", raising=False)


@pytest.fixture(autouse=True)
def _messages_in_english():
    """Each test starts with messages in English: a test that installs French or Russian (the window's
    language, --lang) does not leak it into the next."""
    from briefing import messages

    messages.use_language("en")
    yield
    messages.use_language("en")
