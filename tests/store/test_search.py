"""Full-text search: accents and case folded, any typed text is a search, results follow edits."""

import re
import unicodedata

import pytest

from briefing import domain
from briefing.store import Store, VisitQuery, search
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


def _indexed_terms(store):
    """Every (term, search row, column, offset) the index holds, read from the index itself."""
    conn = store.db.conn
    conn.execute("CREATE VIRTUAL TABLE IF NOT EXISTS temp.search_terms USING fts5vocab(main, visit_search, instance)")
    return sorted(conn.execute("SELECT term, doc, col, offset FROM temp.search_terms"))


def test_edits_leave_the_index_as_a_fresh_build_would(store):
    store.enable_undo()
    demo_id = store.visits.ids()[0]
    other = store.visits.save(domain.Visit(title="Fisheries talks", host_country="NO", guest_country="IS",
                                           start_date="2024-03-01"))
    person = store.people.save(domain.Person(name="Jonas Gahr Støre", organization="Government"))
    store.participants.save(domain.Participant(visit_id=other.id, person_id=person.id, side="host"))
    store.participants.save(domain.Participant(visit_id=demo_id, person_id=person.id, side="guest"))
    person.name = "Ingrid Strand"
    store.people.save(person)
    visit = store.visits.get(demo_id)
    visit.title, visit.start_date = "Mining and energy talks", "2011-01-02"
    store.visits.save(visit)
    area = store.areas.for_visit(demo_id)[0]
    store.areas.delete(area.id)
    store.undo()
    maintained = _indexed_terms(store)
    with store.db.atomic():
        search.rebuild_index(store.db)
    assert maintained == _indexed_terms(store)
    assert search.index_disagreements(store.db, sample=100) == []


def test_the_index_keeps_no_copy_of_the_text(store):
    tables = [name for (name,) in store.db.conn.execute("SELECT name FROM sqlite_master WHERE type = 'table'")]
    assert "visit_search_content" not in tables
    assert store.db.conn.execute("SELECT count(*) FROM visit_search_docsize").fetchone()[0] == 1


def _fold(text):
    return "".join(c for c in unicodedata.normalize("NFKD", text.casefold()) if not unicodedata.combining(c))


SCAN_WORDS = ["mining", "minerals", "trade", "traore", "talks", "almaty", "astana", "energy", "ener", "m", "t",
              "Zhaksylyk", "Nurtleu", "economic", "memo", "sécurité", "ouaga", "kaz", "Burkina Faso"]


@pytest.fixture(scope="module")
def scanned(tmp_path_factory):
    """Sixty visits of mixed words, and for each its folded words as a brute-force scan sees them."""
    store = Store.open(tmp_path_factory.mktemp("scan") / "scan.sqlite", demo=False)
    words = ["Mining", "minerals", "trade", "Traoré", "talks", "Almaty", "Astana", "energy", "Sécurité",
             "Ouagadougou", "Kazakhstan", "memorandum", "Nurtleu", "Zhaksylyk"]
    store.save_export({"visits": [{
        "title": f"{words[i % 14]} {words[(i * 3) % 14]} {i}", "host_country": ["France", "Kazakhstan"][i % 2],
        "guest_country": ["Burkina Faso", "Germany", "Vietnam"][i % 3], "city": ["Astana", "", "Ouagadougou"][i % 3],
        "start_date": None if i % 7 == 0 else f"20{10 + i % 12}-0{1 + i % 9}-1{i % 9}",
        "summary": " ".join(words[(i * k) % 14] for k in range(1, 4 + i % 5)),
        "cooperation_areas": [{"topic": words[(i * 5) % 14], "category": "trade and economic"}] if i % 2 else [],
    } for i in range(60)]})
    texts = {visit_id: _TERM_WORDS.findall(_fold(" ".join(str(part or "") for part in row)))
             for visit_id, *row in store.db.conn.execute(
                 "SELECT visit_id, title, places, people, topics, agreements, background FROM visit_search_text")}
    yield store, texts
    store.close()


_TERM_WORDS = re.compile(r"[^\W_]+")


@pytest.mark.parametrize("text", SCAN_WORDS)
def test_search_finds_what_a_brute_force_scan_finds(scanned, text):
    store, texts = scanned
    wanted = [_fold(term) for term in _TERM_WORDS.findall(text)]
    expected = {visit_id for visit_id, words in texts.items()
                if all(any(word.startswith(term) for word in words) for term in wanted)}
    assert expected, text
    assert set(_found(store, text)) == expected


def _swap_and_drop_search_rows(store, swapped, dropped):
    """Damage as another program could: two visits' search rows exchanged, others gone (keys kept)."""
    conn = store.db.conn
    rows = {visit_id: (key, texts) for visit_id, key, *texts in conn.execute(
        "SELECT visit_id, key, title, places, people, topics, agreements, background FROM visit_search_text")}
    with store.db.atomic():
        for visit_id in (*swapped, *dropped):
            key, texts = rows[visit_id]
            conn.execute("INSERT INTO visit_search(visit_search, rowid, title, places, people, topics, agreements, "
                         "background) VALUES ('delete', ?, ?, ?, ?, ?, ?, ?)", [key, *texts])
        for visit_id, other in zip(swapped, reversed(swapped), strict=True):
            conn.execute("INSERT INTO visit_search(rowid, title, places, people, topics, agreements, background) "
                         "VALUES (?, ?, ?, ?, ?, ?, ?)", [rows[visit_id][0], *rows[other][1]])


def test_an_index_out_of_step_with_the_visits_is_found_and_rebuilt(scanned):
    store, texts = scanned
    ids = sorted(texts)
    titles = {visit_id: store.visits.get(visit_id).title for visit_id in ids}
    assert store.repair_search_index() == []
    _swap_and_drop_search_rows(store, swapped=ids[:2], dropped=ids[2:5])
    missed = [visit_id for visit_id in ids[:5] if visit_id not in _found(store, titles[visit_id])]
    assert missed == ids[:5]
    problems = store.repair_search_index()
    assert problems == ["3 visits missing", "5 of 60 visits checked not found by their own words"]
    assert all(visit_id in _found(store, titles[visit_id]) for visit_id in ids)
    assert store.repair_search_index() == []


def test_a_visit_missing_from_the_index_can_still_be_saved_and_is_found_again(store):
    demo_id = store.visits.ids()[0]
    _swap_and_drop_search_rows(store, swapped=(), dropped=(demo_id,))
    visit = store.visits.get(demo_id)
    visit.title = "Renamed talks"
    store.visits.save(visit)
    assert _found(store, "renamed") == [demo_id]
    assert search.index_disagreements(store.db) == []


def _segments(store):
    """How many segments the index is in (a segment's id is in the top bits of its pages' rowids)."""
    return store.db.conn.execute("SELECT count(DISTINCT id >> 37) FROM visit_search_data WHERE id >> 37 > 0"
                                 ).fetchone()[0]


def test_a_write_of_a_large_share_of_the_visits_leaves_the_index_in_one_segment(empty_store, monkeypatch):
    monkeypatch.setattr(search, "LARGE_WRITE", 40)
    for number in range(6):
        empty_store.visits.save(domain.Visit(title=f"Talks {number}", host_country="FR", guest_country="DE"))
    assert _segments(empty_store) > 1
    empty_store.save_export({"visits": [{"title": f"Mining talks {i}", "host_country": "France",
                                         "guest_country": "Kazakhstan"} for i in range(40)]})
    assert _segments(empty_store) == 1
    assert len(_found(empty_store, "talks")) == 46
