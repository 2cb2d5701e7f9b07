"""Opening the database when the app starts: a file that cannot be used is explained, never silently replaced."""

from __future__ import annotations

import os
from pathlib import Path

from PySide6.QtWidgets import QMessageBox

import briefing
from briefing.gui import messages
from briefing.gui.backup_restore import backup_time
from briefing.gui.formatting import count_phrase
from briefing.store import ForeignSchema, SchemaTooNew, Store, StoreError
from briefing.store.backups import BackupInfo, restore_over_unusable
from briefing.store.store import newest_good_backup

TITLE = "Briefing"
OTHER_FILE_ADVICE = ("To work on another database meanwhile, start Briefing with --db and the path of that file "
                     "(a new path creates a new database).")


def restorable_backup(database: Path) -> BackupInfo | None:
    """The newest readable backup of a file this user could replace, if any."""
    if not database.is_file() or not os.access(database, os.W_OK) or not os.access(database.parent, os.W_OK):
        return None
    return newest_good_backup(database)


def too_new_text(database: Path, error: SchemaTooNew) -> str:
    """Why a file written by a newer Briefing is refused, naming both versions."""
    return (f"{database} was written by a newer version of Briefing (database version {error.found}). "
            f"This is Briefing {briefing.__version__}, which reads database versions up to {error.supported}."
            "\n\nOpen the file with the newer Briefing, or install it here. The file was not changed.")


def _sentence(error: Exception) -> str:
    text = str(error)
    return f"{text[:1].upper()}{text[1:]}."


def _why(error: StoreError) -> str:
    """What went wrong, and for a file changed outside Briefing how its visits can still be had."""
    if isinstance(error, ForeignSchema):
        return (f"{_sentence(error)}\n\nIts visits can still be taken, and only their data: open Briefing on "
                "your own database and choose File → Import… with this file.")
    return _sentence(error)


def _restore_at_start(database: Path, error: StoreError, backup: BackupInfo) -> bool:
    """Ask whether to restore the newest good backup in place of the file that cannot be opened."""
    return messages.confirm(
        None, TITLE, f"Cannot open the database {database}.",
        "Restore backup",
        f"{_why(error)}\n\nThe newest good backup is from {backup_time(backup)} "
        f"and holds {count_phrase(backup.visit_count or 0, 'visit')}. Restoring it puts a copy in place of the "
        "file; the file itself is kept beside it, renamed, for a specialist to look at.\n\n" + OTHER_FILE_ADVICE,
        cancel_text="Quit")


def open_database(database: Path, demo: bool, keep_backups: int) -> Store | None:
    """The store on `database`, or None after telling the user why it cannot be opened (and what to do)."""
    try:
        return Store.open(database, demo=demo, keep_backups=keep_backups)
    except SchemaTooNew as error:
        QMessageBox.critical(None, TITLE, too_new_text(database, error))
        return None
    except StoreError as error:
        return offer_backup(database, error, keep_backups)


def offer_backup(database: Path, error: StoreError, keep_backups: int) -> Store | None:
    """Say why the database cannot be used and offer its newest good backup in its place; the store, or None."""
    backup = restorable_backup(database)
    if backup is None:
        QMessageBox.critical(None, TITLE, f"Cannot open the database {database}.\n\n{_why(error)}\n\n"
                             f"{OTHER_FILE_ADVICE}")
        return None
    if not _restore_at_start(database, error, backup):
        return None
    try:
        kept = restore_over_unusable(backup.path, database)
        store = Store.open(database, demo=False, keep_backups=keep_backups)
    except (StoreError, SchemaTooNew, OSError) as error:
        QMessageBox.critical(None, TITLE, f"The backup of {backup_time(backup)} could not be restored: {error}."
                             f"\n\n{OTHER_FILE_ADVICE}")
        return None
    messages.inform(None, TITLE, f"Restored the backup of {backup_time(backup)}. The file that could not be "
                    f"opened is kept as {kept}.")
    return store
