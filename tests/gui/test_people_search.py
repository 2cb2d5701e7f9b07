"""Finding people by name: case and accents folded here, the store's search for very long lists."""

from briefing.gui import people_search
from briefing.gui.people_search import fold, people_matching


def test_fold_drops_case_and_accents_in_any_script():
    assert fold("Karamoko TRAORÉ") == "karamoko traore"
    assert fold("Мұрат Нұртілеу") == "мұрат нұртілеу"
    assert fold("Hà Nội") == "ha noi"


def test_matching_ignores_case_and_accents(store):
    assert [p.name for p in people_matching(store, "TRAORE", 10)] == ["Karamoko Traoré"]
    assert [p.name for p in people_matching(store, "", 10)] == ["Karamoko Traoré", "Murat Nurtleu"]
    assert people_matching(store, "nobody", 10) == []


def test_past_the_limit_the_store_searches(store, monkeypatch):
    monkeypatch.setattr(people_search, "FOLDED_MATCH_LIMIT", 1)
    searched = []
    real_list = store.people.list
    monkeypatch.setattr(store.people, "list",
                        lambda text="", limit=500: searched.append(text) or real_list(text, limit))
    assert [p.name for p in people_matching(store, "murat", 10)] == ["Murat Nurtleu"]
    assert searched == ["", "murat"]
