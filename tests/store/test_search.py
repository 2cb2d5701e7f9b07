"""Full-text search: accents and case folded, any typed text is a search, results follow edits."""

import pytest

from briefing import domain
from briefing.store import VisitQuery
from briefing.store.search import match_expression


def _found(store, text):
    return store.visits.ids(VisitQuery(text=text))


@pytest.mark.parametrize("text", ["traore", "TRAORÉ", "Traor", "nurtleu", "astana", "kazakhstan", "burkina",
                                  "mining", "memorandum consultations", "almaty", "Нұртілеу", "нұртілеу"])
def test_demo_visit_is_found_by_what_it_holds(store, text):
    assert _found(store, text) == store.visits.ids()


def test_unrelated_words_find_nothing(store):
    assert _found(store, "fisheries") == []


@pytest.mark.parametrize("text", ['R&D "x', "*", "-", "AND", "OR NOT", '"', "(a", "a:b", "^", "NEAR(", "'",
                                  "\x00", "   ", "🙂", "x" * 5000])
def test_any_typed_text_is_a_search_never_an_error(store, text):
    assert isinstance(_found(store, text), list)


def test_expression_quotes_every_word_as_a_prefix():
    assert match_expression('R&D "x') == '"R"* "D"* "x"*'
    assert match_expression("  -*  ") is None


def test_renaming_a_person_updates_the_search(empty_store):
    visit = empty_store.visits.save(domain.Visit(title="Talks", host_country="LV", guest_country="FR"))
    person = empty_store.people.save(domain.Person(name="Krišjānis Kariņš"))
    empty_store.participants.save(domain.Participant(visit_id=visit.id, person_id=person.id, side="host"))
    assert _found(empty_store, "karins") == [visit.id]
    person.name = "Evika Siliņa"
    empty_store.people.save(person)
    assert _found(empty_store, "silina") == [visit.id]
    assert _found(empty_store, "karins") == []


def test_new_records_become_searchable_and_deleted_ones_vanish(empty_store):
    visit = empty_store.visits.save(domain.Visit(title="Consultations", host_country="GE", guest_country="AM"))
    area = empty_store.areas.save(domain.CooperationArea(visit_id=visit.id, topic="Viticulture",
                                                         category="trade and economic"))
    assert _found(empty_store, "viticult") == [visit.id]
    empty_store.areas.delete(area.id)
    assert _found(empty_store, "viticult") == []
    assert _found(empty_store, "armenia") == [visit.id]
    empty_store.visits.delete(visit.id)
    assert _found(empty_store, "consultations") == []
