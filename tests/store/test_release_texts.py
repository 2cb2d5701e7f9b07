"""A visit read from a press release keeps the text it was read from; undo and delete take it away with the visit."""

import sqlite3

from briefing.store import Store, migrations
from briefing.store.migrations import MIGRATIONS

RELEASE = "Le ministre malien des Affaires étrangères a été reçu à Dakar.\n\nSource : https://www.example.sn/1"
DOCUMENT = {"title": "Visite du ministre malien", "host_country": "Senegal", "guest_country": "Mali"}


def test_the_release_is_kept_with_the_visit_and_goes_with_it(tmp_path):
    store = Store.open(tmp_path / "briefing.sqlite", demo=False)
    store.enable_undo()
    visit_id = store.save_document(DOCUMENT, label="New visit from press release", release_text=RELEASE)
    typed = store.save_document({**DOCUMENT, "title": "Typed in"})
    assert store.visits.release_text(visit_id) == RELEASE
    assert store.visits.release_text(typed) is None
    store.visits.delete(visit_id)
    assert store.visits.release_text(visit_id) is None
    store.undo()
    assert store.visits.release_text(visit_id) == RELEASE
    store.close()


def test_undoing_the_save_takes_the_release_away_too(tmp_path):
    store = Store.open(tmp_path / "briefing.sqlite", demo=False)
    store.enable_undo()
    visit_id = store.save_document(DOCUMENT, label="New visit from press release", release_text=RELEASE)
    store.undo()
    count = store.db.conn.execute("SELECT count(*) FROM release_texts").fetchone()[0]
    assert count == 0 and visit_id not in store.visits.ids()
    store.close()


def test_a_file_of_the_previous_version_gets_the_table_on_opening(tmp_path):
    path = tmp_path / "old.sqlite"
    Store.open(path, demo=False).close()
    connection = sqlite3.connect(path)
    connection.execute("DROP TABLE release_texts")
    connection.execute("DROP TABLE attachments")
    for index in ("people_name_key", "visits_last_day", "follow_ups_status"):  # what the versions after it add
        connection.execute(f"DROP INDEX {index}")
    connection.execute("ALTER TABLE people DROP COLUMN name_key")
    connection.execute(f"PRAGMA user_version = {MIGRATIONS.index(migrations._keep_release_texts)}")
    connection.commit()
    connection.close()
    store = Store.open(path, demo=False)
    visit_id = store.save_document(DOCUMENT, release_text=RELEASE)
    assert store.visits.release_text(visit_id) == RELEASE
    store.close()
