"""The app's use cases, written once for the command line and the window: no Qt, no argparse here.

- visits: the list, a search, one visit's document, a copy for a return visit;
- attachments: the files a visit keeps (add, list, save, open a private copy, remove);
- notes: export a briefing note or a country dossier, PDF or Word, in a language;
- exchange: import a file (the database backed up first), export JSON, export CSV;
- backups: back up now, the day's check and backup, list the backups, restore one (also over a file that will not open).

A request the app cannot carry out raises `Refused` (or a kind of it) with the message to show; a long use case
takes `progress(done, total)` and `is_cancelled()` callbacks and raises `Cancelled` when it stops half-way.
Nothing here imports the store, the exchange formats or the renderers until a use case runs.
"""

from briefing.services.attachments import (
    LIMITS,
    attach_file,
    can_be_opened,
    keep_file,
    list_attachments,
    private_copy,
    read_file_to_attach,
    remove_attachment,
    safe_file_name,
    save_attachment,
)
from briefing.services.backups import (
    DailyCheck,
    Restored,
    back_up_now,
    daily_check,
    list_backups,
    newest_good_backup,
    restore_backup,
    restore_database,
    restore_over_unusable,
)
from briefing.services.errors import Cancelled, Refused
from briefing.services.exchange import (
    CSV_TABLES,
    Imported,
    ImportRefused,
    apply_import,
    export_csv,
    export_json,
    has_changes,
    import_file,
    plan_import,
)
from briefing.services.notes import (
    FORMAT_NAMES,
    FORMATS,
    Export,
    ExportRefused,
    country_code,
    dossier_export,
    dossier_file_name,
    export_format,
    note_export,
    note_file_name,
    render_note,
    save_export,
    with_extension,
)
from briefing.services.visits import duplicate_visit, list_visits, visit_document

__all__ = [
    "CSV_TABLES",
    "FORMATS",
    "FORMAT_NAMES",
    "LIMITS",
    "Cancelled",
    "DailyCheck",
    "Export",
    "ExportRefused",
    "ImportRefused",
    "Imported",
    "Refused",
    "Restored",
    "apply_import",
    "attach_file",
    "back_up_now",
    "can_be_opened",
    "country_code",
    "daily_check",
    "dossier_export",
    "dossier_file_name",
    "duplicate_visit",
    "export_csv",
    "export_format",
    "export_json",
    "has_changes",
    "import_file",
    "keep_file",
    "list_attachments",
    "list_backups",
    "list_visits",
    "newest_good_backup",
    "note_export",
    "note_file_name",
    "plan_import",
    "private_copy",
    "read_file_to_attach",
    "remove_attachment",
    "render_note",
    "restore_backup",
    "restore_database",
    "restore_over_unusable",
    "safe_file_name",
    "save_attachment",
    "save_export",
    "visit_document",
    "with_extension",
]
