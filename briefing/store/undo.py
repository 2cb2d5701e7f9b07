"""Undo and redo of whole saves, recorded by temporary triggers as the SQL that reverses each row change.

Undoing a step runs its statements with the triggers recording again, into a redo step: what they log is the
SQL that re-applies the step. Redoing runs that, recording an undo step once more. A new save empties the redo
steps, as in every editor: they described a state that the save moved away from.

The log lives in TEMP tables of this connection only: undo covers the changes made in the
current session, and bulk work on other connections (imports, benchmarks) pays nothing.
"""

import json

from briefing.store.connection import Database, quote_identifier
from briefing.store.schema import RECORD_TABLES


def _columns(db: Database, table: str) -> list[str]:
    return [row[1] for row in db.conn.execute(f"PRAGMA main.table_info({quote_identifier(table)})")]


def install(db: Database) -> None:
    """Create the log and the triggers that fill it while a step is open."""
    conn = db.conn
    conn.execute("CREATE TEMP TABLE IF NOT EXISTS undo_log (seq INTEGER PRIMARY KEY, step INTEGER, statement TEXT)")
    conn.execute("CREATE TEMP TABLE IF NOT EXISTS undo_steps "
                 "(step INTEGER PRIMARY KEY, label TEXT, visit_ids TEXT, is_redo INTEGER NOT NULL DEFAULT 0)")
    conn.execute("CREATE TEMP TABLE IF NOT EXISTS undo_recording (step INTEGER)")
    recording = "(SELECT step FROM temp.undo_recording)"
    for table in RECORD_TABLES:
        columns = [quote_identifier(column) for column in _columns(db, table)]
        name = quote_identifier(table)
        trigger = f"undo_{table}"  # the names of RECORD_TABLES are plain words
        # The logged statements are SQL text: an identifier inside them is quoted once more as an SQL string.
        logged_name = name.replace("'", "''")
        values = " || ',' || ".join(f"quote(old.{c})" for c in columns)
        assignments = " || ',' || ".join(f"'{c.replace(chr(39), chr(39) * 2)}=' || quote(old.{c})" for c in columns)
        column_list = ",".join(columns).replace("'", "''")
        conn.execute(
            f"CREATE TEMP TRIGGER IF NOT EXISTS {trigger}_insert AFTER INSERT ON main.{name} "
            f"WHEN {recording} IS NOT NULL BEGIN "
            f"INSERT INTO undo_log(step, statement) VALUES ({recording}, "
            f"'DELETE FROM {logged_name} WHERE rowid=' || new.rowid); END"
        )
        conn.execute(
            f"CREATE TEMP TRIGGER IF NOT EXISTS {trigger}_update AFTER UPDATE ON main.{name} "
            f"WHEN {recording} IS NOT NULL BEGIN "
            f"INSERT INTO undo_log(step, statement) VALUES ({recording}, "
            f"'UPDATE {logged_name} SET ' || {assignments} || ' WHERE rowid=' || old.rowid); END"
        )
        conn.execute(
            f"CREATE TEMP TRIGGER IF NOT EXISTS {trigger}_delete BEFORE DELETE ON main.{name} "
            f"WHEN {recording} IS NOT NULL BEGIN "
            f"INSERT INTO undo_log(step, statement) VALUES ({recording}, "
            f"'INSERT INTO {logged_name}({column_list}) VALUES (' || {values} || ')'); END"
        )


def begin_step(db: Database, label: str) -> None:
    """Start recording a new save (inside the write transaction); the steps that redo would re-apply go."""
    db.conn.execute("DELETE FROM undo_log WHERE step IN (SELECT step FROM undo_steps WHERE is_redo)")
    db.conn.execute("DELETE FROM undo_steps WHERE is_redo")
    _start_recording(db, label, is_redo=False)


def _start_recording(db: Database, label: str, is_redo: bool) -> None:
    cursor = db.conn.execute("INSERT INTO undo_steps(label, is_redo) VALUES (?, ?)", [label, int(is_redo)])
    db.conn.execute("DELETE FROM undo_recording")
    db.conn.execute("INSERT INTO undo_recording(step) VALUES (?)", [cursor.lastrowid])


def end_step(db: Database, visit_ids: set[int]) -> None:
    """Stop recording; remember which visits the step touched so undo can re-index them."""
    step = db.conn.execute("SELECT step FROM undo_recording").fetchone()[0]
    db.conn.execute("DELETE FROM undo_recording")
    if db.conn.execute("SELECT 1 FROM undo_log WHERE step = ? LIMIT 1", [step]).fetchone() is None:
        db.conn.execute("DELETE FROM undo_steps WHERE step = ?", [step])
    else:
        db.conn.execute("UPDATE undo_steps SET visit_ids = ? WHERE step = ?", [json.dumps(sorted(visit_ids)), step])


def abandon_recording(db: Database) -> None:
    """Forget the open step after its transaction was rolled back (the TEMP rows rolled back too)."""
    db.conn.execute("DELETE FROM undo_recording")


def last_step_label(db: Database, redo: bool = False) -> str | None:
    """What the newest undoable (or, with `redo`, redoable) step did, or None when there is none."""
    row = db.conn.execute("SELECT label FROM undo_steps WHERE is_redo = ? ORDER BY step DESC LIMIT 1",
                          [int(redo)]).fetchone()
    return row[0] if row else None


def undo_last_step(db: Database) -> tuple[str, set[int]] | None:
    """Reverse the newest step (inside the caller's transaction), keeping how to redo it; returns its label and
    visits."""
    return _replay_newest(db, redo=False)


def redo_last_step(db: Database) -> tuple[str, set[int]] | None:
    """Re-apply the newest undone step (inside the caller's transaction), keeping how to undo it again; returns
    its label and visits."""
    return _replay_newest(db, redo=True)


def _replay_newest(db: Database, redo: bool) -> tuple[str, set[int]] | None:
    """Run the newest step of one kind backwards while recording its reverse as a step of the other kind."""
    row = db.conn.execute("SELECT step, label, visit_ids FROM undo_steps WHERE is_redo = ? ORDER BY step DESC "
                          "LIMIT 1", [int(redo)]).fetchone()
    if row is None:
        return None
    step, label, visit_ids = row
    # Cascaded deletes log children before parents; foreign keys are checked at commit instead.
    db.conn.execute("PRAGMA defer_foreign_keys = ON")
    statements = db.conn.execute(
        "SELECT statement FROM undo_log WHERE step = ? ORDER BY seq DESC", [step]).fetchall()
    _start_recording(db, label, is_redo=not redo)
    for (statement,) in statements:
        db.conn.execute(statement)
    touched = set(json.loads(visit_ids or "[]"))
    end_step(db, touched)
    db.conn.execute("DELETE FROM undo_log WHERE step = ?", [step])
    db.conn.execute("DELETE FROM undo_steps WHERE step = ?", [step])
    return label, touched
