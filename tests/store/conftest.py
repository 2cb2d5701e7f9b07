"""A fresh database per test, with or without the demo visit."""

import pytest

from briefing.store import Store

DEMO_UUID = "3b7f5c2e-8d41-4c0a-9e6b-2a5d1f0c7e91"


@pytest.fixture
def store(tmp_path):
    """A new database holding the demo visit."""
    opened = Store.open(tmp_path / "briefing.sqlite")
    yield opened
    opened.close()


@pytest.fixture
def empty_store(tmp_path):
    """A new database without the demo visit."""
    opened = Store.open(tmp_path / "empty.sqlite", demo=False)
    yield opened
    opened.close()
