"""Import files are read a piece at a time: what the pieces give is what json.loads gives, errors are placed
where json.loads places them, and a file that changes between its check and its writing imports nothing."""

import io
import json

import pytest

from briefing.cli import main
from briefing.exchange import ImportRefused, apply_import, export_json, json_stream, plan_import, read_import_file
from briefing.exchange.json_stream import Item, JsonError, JsonStream, Member
from briefing.store import Store

TEXTS = [
    '[{"a": 1}, {"b": [1, 2.5e3, -7]}, "x", 12345678901234567890, true, null]',
    '{"format": "f", "people": [{"n": "Traor\\u00e9"}], "visits": [{"t": "\\ud83d\\ude00 ok"}, {}], "z": {"k": [1]}}',
    '\ufeff  {"visits": [], "people": []}  \n',
    '{"title": "Talks", "participants": [{"name": "Ama"}]}',
    '[\n  1,\n  22,\n  333\n]',
    '"just a string"',
    '[]',
]


def _events(text):
    stream = JsonStream(io.BytesIO(text.encode("utf-8")))
    return list(stream.events(frozenset({"people", "visits"})))


def _rebuilt(events):
    """The outer value the events describe."""
    if all(isinstance(event, Item) and event.key is None for event in events) and events:
        return [event.value for event in events]
    if events and not isinstance(events[0], Member | Item):
        return events[0]
    value: dict = {}
    for event in events:
        if isinstance(event, Member):
            value[event.key] = event.value
        else:
            value.setdefault(event.key, []).append(event.value)
    return value


@pytest.mark.parametrize("chunk", [1, 3, 7, 1 << 20])
@pytest.mark.parametrize("text", TEXTS)
def test_read_in_pieces_gives_what_json_loads_gives(monkeypatch, text, chunk):
    monkeypatch.setattr(json_stream, "CHUNK", chunk)
    events = _events(text)
    expected = json.loads(text.lstrip("\ufeff"))
    if text.strip().startswith("[") and not expected:
        assert events == []
    else:
        rebuilt = _rebuilt(events)
        if isinstance(expected, dict):
            expected = {key: value for key, value in expected.items() if not (key in ("people", "visits")
                                                                               and value == [])}
        assert rebuilt == expected
    for event in events:
        if isinstance(event, Item):
            assert json.loads(event.text) == event.value


BROKEN = ['[1, 2', '[1 2]', '{"a" 1}', '{"a": 1,}', '[1,]', '{"visits": [{"t": "x"} {"t": 2}]}', '["abc',
          '[\n  {"a": 1},\n  {"b": tru}\n]', '{"a": 1} x', 'meeting notes', '[{"people": [1, }]']


@pytest.mark.parametrize("chunk", [2, 5, 1 << 20])
@pytest.mark.parametrize("text", BROKEN)
def test_an_error_is_placed_where_json_loads_places_it(monkeypatch, text, chunk):
    monkeypatch.setattr(json_stream, "CHUNK", chunk)
    with pytest.raises(json.JSONDecodeError) as expected:
        json.loads(text)
    with pytest.raises(JsonError) as found:
        _events(text)
    assert (found.value.message, found.value.line, found.value.column) == (
        expected.value.msg, expected.value.lineno, expected.value.colno)


@pytest.mark.parametrize("change", [(b'"title": "', b'"title": "Changed '),  # still valid
                                    (b'"end_date": "2025-06-05"', b'"end_date": "2025-06-01"')])  # invalid
@pytest.mark.parametrize("form", ["export", "list of visits"])
def test_a_file_changed_after_its_check_imports_nothing(tmp_path, store_with_export, change, form, monkeypatch):
    monkeypatch.setattr("briefing.store.documents._DOCUMENTS_PER_BATCH", 1)  # written before the file's end
    store, path = store_with_export
    if form == "list of visits":
        path.write_text(json.dumps([store.visit_document(store.visits.ids()[0])], indent=2), encoding="utf-8")
    empty = Store.open(tmp_path / "empty.sqlite", demo=False)
    people, visits = read_import_file(path)
    plan = plan_import(empty, people, visits)
    assert change[0] in path.read_bytes()
    path.write_bytes(path.read_bytes().replace(*change))
    with pytest.raises(ImportRefused, match=r"export\.json changed after it was checked; nothing was imported"):
        apply_import(empty, plan)
    assert empty.visits.count() == 0 and empty.people.all() == []
    empty.close()


def test_a_large_export_streams_through_import_in_batches(tmp_path, monkeypatch, capsys):
    monkeypatch.setattr("briefing.exchange.importing._BATCH", 7)
    monkeypatch.setattr("briefing.store.documents._DOCUMENTS_PER_BATCH", 5)
    monkeypatch.setattr(json_stream, "CHUNK", 4096)
    source = tmp_path / "source.sqlite"
    source_store = Store.open(source)
    document = source_store.visit_document(source_store.visits.ids()[0])
    for number in range(40):
        source_store.save_document(dict(document, uuid=None, title=f"Visit {number}",
                                        participants=[dict(p, name=f"{p['name']} {number % 6}")
                                                      for p in document["participants"]]))
    first = export_json(source_store)
    source_store.close()
    assert main(["--db", str(source), "export-json", "--out", str(tmp_path / "a.json")]) == 0
    assert (tmp_path / "a.json").read_bytes() == first
    target = tmp_path / "target.sqlite"
    assert main(["--db", str(target), "--no-demo", "import", str(tmp_path / "a.json")]) == 0
    assert capsys.readouterr().out.startswith("41 visits, ")
    target_store = Store.open(target)
    assert export_json(target_store) == first
    target_store.close()
