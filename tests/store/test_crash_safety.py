"""Killing the program at any moment loses nothing it reported as saved and never damages the file."""

import os
import random
import signal
import sqlite3
import subprocess
import sys

KILL_ROUNDS = int(os.environ.get("BRIEFING_KILL_ROUNDS", "20"))

# Saves visits one by one and in imported batches, printing each UUID once its transaction is committed.
_WRITER = r"""
import sys, uuid
from briefing.exchange import apply_import, plan_import
from briefing.store import Store

store = Store.open(sys.argv[1], demo=False)
round_number = int(sys.argv[2])
for i in range(100000):
    if i % 3 == 2:
        batch = [{"uuid": str(uuid.uuid4()), "title": f"Imported {round_number}.{i}.{j}", "host_country": "Ghana",
                  "guest_country": "Mali", "participants": [{"name": f"Delegate {j}", "side": "guest"}]}
                 for j in range(3)]
        apply_import(store, plan_import(store, [], batch))
        for document in batch:
            print(document["uuid"], flush=True)
    else:
        document = {"uuid": str(uuid.uuid4()), "title": f"Saved {round_number}.{i} " + "é" * 400,
                    "host_country": "Kazakhstan", "guest_country": "Burkina Faso",
                    "talking_points": ["point"] * 20}
        store.save_document(document)
        print(document["uuid"], flush=True)
"""


def test_sigkill_during_saves_and_imports(tmp_path):
    path = tmp_path / "crash.sqlite"
    rng = random.Random(20250603)
    reported: list[str] = []
    survived = 0
    for round_number in range(KILL_ROUNDS):
        process = subprocess.Popen([sys.executable, "-c", _WRITER, str(path), str(round_number)],
                                   stdout=subprocess.PIPE, text=True)
        for _ in range(rng.randint(1, 40)):
            line = process.stdout.readline()
            if not line:
                break
            reported.append(line.strip())
        process.send_signal(signal.SIGKILL)
        # Lines already written by the killed process are saves it reported as done too.
        reported.extend(line.strip() for line in process.stdout.read().splitlines())
        process.wait()
        assert process.returncode == -signal.SIGKILL

        conn = sqlite3.connect(path)
        assert conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
        assert conn.execute("PRAGMA foreign_key_check").fetchall() == []
        stored = {row[0] for row in conn.execute("SELECT uuid FROM visits")}
        conn.close()
        missing = [uuid for uuid in reported if uuid not in stored]
        assert missing == [], f"round {round_number}: {len(missing)} reported saves lost"
        survived += 1
    assert survived == KILL_ROUNDS
    print(f"survived {survived} kills; {len(reported)} reported saves all present")
