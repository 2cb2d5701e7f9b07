"""A person is found under another spelling of their name: accents, case, word order and a Latin or Cyrillic
transliteration aside."""

import pytest

from briefing import domain
from briefing.names import name_key
from briefing.store import Store


@pytest.mark.parametrize(("one", "other"), [
    ("Karamoko Traoré", "karamoko traore"), ("Traoré Karamoko", "KARAMOKO TRAORE"),
    ("Sergei Lavrov", "Сергей Лавров"), ("LAVROV, Sergey", "Лавров Сергей"), ("Bùi Thanh Sơn", "Bui Thanh Son"),
    ("Yuriy Shcherbakov", "Юрий Щербаков"), ("Ilham Aliyev", "Алиев Ильхам"), ("Murat Nurtleu", "Мурат Нуртлеу"),
    ("Aleksei Overchuk", "Alexei Overchuk"),
])
def test_two_spellings_of_one_name_share_a_key(one, other):
    assert name_key(one) == name_key(other) != ""


@pytest.mark.parametrize(("one", "other"), [
    ("Sergei Lavrov", "Sergei Lavrova"), ("Karamoko Traoré", "Karamoko"), ("Анна Иванова", "Иван Иванов"),
])
def test_different_names_do_not(one, other):
    assert name_key(one) != name_key(other)


def test_a_stored_person_is_found_under_another_spelling_whatever_their_country(empty_store):
    lavrov = empty_store.people.save(domain.Person(name="Sergey Lavrov", country="RU"))
    empty_store.people.save(domain.Person(name="Sergey Lavrova", country="RU"))
    assert [p.id for p in empty_store.people.same_name("лавров сергей")] == [lavrov.id]
    assert [p.id for p in empty_store.people.same_name("LAVROV Sergei")] == [lavrov.id]
    assert empty_store.people.same_name("Lavrov") == []
    assert empty_store.people.same_name("   ") == []
    renamed = empty_store.people.save(domain.Person(**{**vars(lavrov), "name": "Serguei Lavrov"}))
    assert empty_store.people.same_name("Sergey Lavrov") == []
    assert [p.id for p in empty_store.people.same_name("Serguei Lavrov")] == [renamed.id]


def test_people_imported_in_bulk_get_their_key(empty_store):
    empty_store.save_export({"visits": [{"title": "Talks", "host_country": "Kazakhstan", "guest_country": "Russia",
                                         "participants": [{"name": "Мурат Нуртлеу", "side": "host"}]}]})
    assert [p.name for p in empty_store.people.same_name("Murat Nurtleu")] == ["Мурат Нуртлеу"]


def test_an_older_file_gets_the_keys_of_the_people_it_holds(tmp_path):
    path = tmp_path / "older.sqlite"
    store = Store.open(path)
    for index in ("people_name_key", "visits_last_day", "follow_ups_status"):
        store.conn.execute(f"DROP INDEX {index}")
    store.conn.execute("ALTER TABLE people DROP COLUMN name_key")  # the file as version 6 left it…
    store.conn.execute("DROP TABLE attachments")  # and of version 7
    store.conn.execute("PRAGMA user_version = 5")
    store.close()
    store = Store.open(path)
    try:
        assert [p.name for p in store.people.same_name("Traore Karamoko")] == ["Karamoko Traoré"]
    finally:
        store.close()
