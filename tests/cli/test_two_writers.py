"""Two programs writing one database: the window saving while a script imports, and two imports at once."""

import json
import subprocess
import sys
import threading
import uuid

from briefing import domain
from briefing.store import Store


def _visits_file(path, count, prefix):
    path.write_text(json.dumps([{"uuid": str(uuid.uuid4()), "title": f"{prefix} {i}", "host_country": "Ghana",
                                 "guest_country": "Mali", "talking_points": ["Trade", "Roads"],
                                 "participants": [{"name": f"{prefix} delegate {i % 50}", "side": "guest"}]}
                                for i in range(count)]))
    return path


def _start_import(database, document):
    return subprocess.Popen([sys.executable, "-m", "briefing", "--db", str(database), "import", str(document)],
                            stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)


def _count(database, prefix):
    store = Store.open(database)
    try:
        return sum(1 for row in store.visits.list() if row.title.startswith(prefix))
    finally:
        store.close()


def test_the_window_saving_in_a_loop_while_a_script_imports_2000_visits_loses_nothing(tmp_path):
    database = tmp_path / "desk.sqlite"
    Store.open(database).close()
    importing = _start_import(database, _visits_file(tmp_path / "visits.json", 2000, "Imported"))
    saved, failures = [], []

    def save_until_the_import_ends():
        store = Store.open(database)  # the window's store, on its own connection
        store.wait_briefly_for_other_writers()
        try:
            while importing.poll() is None or len(saved) < 20:
                saved.append(store.visits.save(domain.Visit(title=f"Saved {len(saved)}", host_country="FR",
                                                            guest_country="DE")).id)
        except Exception as error:  # any failure is what the test reports
            failures.append(error)
        finally:
            store.close()

    saver = threading.Thread(target=save_until_the_import_ends)
    saver.start()
    out, err = importing.communicate(timeout=120)
    saver.join(timeout=120)
    assert failures == []
    assert (importing.returncode, err) == (0, "")
    assert out == "2000 visits, 50 people, 0 agreements added; 0 visits updated\n"
    assert _count(database, "Imported") == 2000
    assert _count(database, "Saved") == len(saved)


def test_two_imports_at_once_both_land_or_one_says_busy_in_one_line(tmp_path):
    database = tmp_path / "shared.sqlite"
    Store.open(database).close()
    first = _start_import(database, _visits_file(tmp_path / "first.json", 2000, "First"))
    second = _start_import(database, _visits_file(tmp_path / "second.json", 2000, "Second"))
    results = {prefix: (process.wait(timeout=120), *process.communicate())
               for prefix, process in (("First", first), ("Second", second))}
    for prefix, (status, out, err) in results.items():
        if status == 0:
            assert err == "" and out.startswith("2000 visits, 50 people")
            assert _count(database, prefix) == 2000
        else:
            assert status == 2 and out == ""
            assert err.startswith("briefing: shared.sqlite is busy: another program") and err.count("\n") == 1
            assert _count(database, prefix) == 0
    assert any(status == 0 for status, _, _ in results.values())
