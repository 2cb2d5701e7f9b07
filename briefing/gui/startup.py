"""Opening the database when the app starts: a file that cannot be used is explained, never silently replaced."""

from __future__ import annotations

import os
from pathlib import Path

from PySide6.QtWidgets import QMessageBox

import briefing
from briefing.gui import messages
from briefing.gui.backup_restore import backup_time
from briefing.gui.formatting import count_phrase
from briefing.gui.language import tr
from briefing.store import ForeignSchema, SchemaTooNew, Store, StoreError
from briefing.store.backups import BackupInfo, restore_over_unusable
from briefing.store.store import newest_good_backup

TITLE = tr("Briefing")
OTHER_FILE_ADVICE = (tr("To work on another database meanwhile, start Briefing with --db and the path of that file "
                     "(a new path creates a new database)."))


def restorable_backup(database: Path) -> BackupInfo | None:
    """The newest readable backup of a file this user could replace, if any."""
    if not database.is_file() or not os.access(database, os.W_OK) or not os.access(database.parent, os.W_OK):
        return None
    return newest_good_backup(database)


def too_new_text(database: Path, error: SchemaTooNew) -> str:
    """Why a file written by a newer Briefing is refused, naming both versions."""
    return (tr("{0} was written by a newer version of Briefing (database version {1}). This is Briefing {2}, which "
               "reads database versions up to {3}.\n\nOpen the file with the newer Briefing, or install it here. The "
               "file was not changed.").format(database, error.found, briefing.__version__, error.supported))


def _why(error: StoreError) -> tuple[str, str]:
    """What went wrong, as its first letter (to capitalise) and the rest, without the final full stop; for a
    file changed outside Briefing, with how its visits can still be had."""
    text = str(error)
    if isinstance(error, ForeignSchema):
        text += "." + tr("\n\nIts visits can still be taken, and only their data: open Briefing on your own "
                         "database and choose File → Import… with this file")
    return text[:1].upper(), text[1:]


def _restore_at_start(database: Path, error: StoreError, backup: BackupInfo) -> bool:
    """Ask whether to restore the newest good backup in place of the file that cannot be opened."""
    return messages.confirm(
        None, TITLE, tr("Cannot open the database {0}.").format(database),
        tr("Restore backup"),
        tr("{0}{1}.\n\nThe newest good backup is from {2} and holds {3}. Restoring it puts a copy in place of the "
           "file; the file itself is kept beside it, renamed, for a specialist to look at.\n\n")
        .format(*_why(error), backup_time(backup), count_phrase(backup.visit_count or 0, "visit")) + OTHER_FILE_ADVICE,
        cancel_text=tr("Quit"))


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
        text = tr("Cannot open the database {0}.\n\n{1}{2}.\n\n{3}")
        QMessageBox.critical(None, TITLE, text.format(database, *_why(error), OTHER_FILE_ADVICE))
        return None
    if not _restore_at_start(database, error, backup):
        return None
    try:
        kept = restore_over_unusable(backup.path, database)
        store = Store.open(database, demo=False, keep_backups=keep_backups)
    except (StoreError, SchemaTooNew, OSError) as error:
        QMessageBox.critical(None, TITLE, tr("The backup of {0} could not be restored: {1}.\n\n{2}")
                                          .format(backup_time(backup), error, OTHER_FILE_ADVICE))
        return None
    messages.inform(None, TITLE, tr("Restored the backup of {0}. The file that could not be opened is kept as {1}.")
                                 .format(backup_time(backup), kept))
    return store
