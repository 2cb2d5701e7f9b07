"""Any text a person can type survives save, reload, search and the JSON round trip exactly."""

import json

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from briefing import domain
from briefing.exchange import apply_import, export_json, plan_import, read_import_file
from briefing.store import Store, VisitQuery

# Everything but surrogates and control characters (tab and line breaks allowed): RTL scripts,
# emoji, combining marks, private use, zero-width joiners all included.
typed_text = st.text(
    alphabet=st.characters(blacklist_categories=("Cs",), blacklist_characters=[
        *map(chr, range(0, 9)), "\x0b", "\x0c", *map(chr, range(14, 32)), "\x7f"]),
    max_size=300)
nonblank_text = typed_text.filter(lambda text: text.strip() != "")

SETTINGS = settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])


@SETTINGS
@given(title=nonblank_text, city=typed_text, summary=typed_text, name=nonblank_text, topic=nonblank_text,
       quote=nonblank_text, point=nonblank_text)
def test_text_survives_save_reload_search_and_round_trip(tmp_path_factory, title, city, summary, name, topic,
                                                         quote, point):
    folder = tmp_path_factory.mktemp("hostile")
    store = Store.open(folder / "a.sqlite", demo=False)
    visit = store.visits.save(domain.Visit(title=title, host_country="IL", guest_country="JP", city=city,
                                           summary=summary))
    person = store.people.save(domain.Person(name=name, biography=summary))
    store.participants.save(domain.Participant(visit_id=visit.id, person_id=person.id, side="guest", title=city))
    store.areas.save(domain.CooperationArea(visit_id=visit.id, topic=topic, category="other", notes=summary))
    store.quotes.save(domain.Quote(visit_id=visit.id, speaker=name, text=quote))
    store.talking_points.save(domain.TalkingPoint(visit_id=visit.id, text=point))

    document = store.visit_document(visit.id)
    assert (document["title"], document["city"], document["summary"]) == (title, city, summary)
    assert document["participants"][0]["name"] == name
    assert document["cooperation_areas"][0]["topic"] == topic
    assert document["quotes"][0]["text"] == quote
    assert document["talking_points"] == [point]

    for text in (title, name, topic, quote):
        assert isinstance(store.visits.ids(VisitQuery(text=text)), list)

    exported = export_json(store)
    other = Store.open(folder / "b.sqlite", demo=False)
    (folder / "export.json").write_bytes(exported)
    people, visits = read_import_file(folder / "export.json")
    apply_import(other, plan_import(other, people, visits))
    assert export_json(other) == exported
    assert json.loads(exported)["visits"][0]["title"] == title
    store.close()
    other.close()


@pytest.fixture(scope="module")
def demo_store(tmp_path_factory):
    store = Store.open(tmp_path_factory.mktemp("search") / "search.sqlite")
    yield store
    store.close()


@settings(max_examples=300, deadline=None)
@given(query=st.text(max_size=200))
def test_search_never_raises(demo_store, query):
    assert isinstance(demo_store.visits.ids(VisitQuery(text=query)), list)
