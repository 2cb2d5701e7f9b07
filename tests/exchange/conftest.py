"""A demo database with its export written to a file."""

import pytest

from briefing.exchange import export_json
from briefing.store import Store


@pytest.fixture
def store_with_export(tmp_path):
    store = Store.open(tmp_path / "demo.sqlite")
    path = tmp_path / "export.json"
    path.write_bytes(export_json(store))
    yield store, path
    store.close()
