"""The `briefing` command: the app's jobs for scripts, and the GUI when no command is given.

Errors a user can cause (unknown id, unreadable file, bad value) print one line on stderr
and exit with status 2; nothing else is written.
"""

from __future__ import annotations

import argparse
import json
import sys
from collections.abc import Callable
from pathlib import Path
from typing import Any, NoReturn

from briefing import __version__
from briefing.messages import locale_language, use_language
from briefing.notes import languages

EXIT_USAGE = 2


class UsageError(Exception):
    """A mistake in what the user asked for; the message is printed as it is."""


class _Parser(argparse.ArgumentParser):
    """argparse that reports a bad command line in one line (the usage is on --help)."""

    def error(self, message: str) -> NoReturn:
        self.exit(EXIT_USAGE, f"{self.prog}: {message} (see '{self.prog} --help')\n")


def window_arguments(argv: list[str]) -> argparse.Namespace | None:
    """The options when the command line is only `--db PATH`, `--no-demo` and `--lang CODE` (it opens the
    window), else None.

    The window's start-up then waits neither for argparse's sub-command parsers nor for its translations
    (7 ms); anything else on the command line, --help included, goes to the full parser.
    """
    db, no_demo, lang, rest = None, False, None, list(argv)
    while rest:
        argument = rest.pop(0)
        if argument == "--no-demo":
            no_demo = True
        elif argument == "--lang" and rest and rest[0] in languages():
            lang = rest.pop(0)
        elif argument.startswith("--lang=") and argument.removeprefix("--lang=") in languages():
            lang = argument.removeprefix("--lang=")
        elif argument == "--db" and rest and not rest[0].startswith("-"):
            db = rest.pop(0)
        elif argument.startswith("--db="):
            db = argument.removeprefix("--db=")
        else:
            return None
    return argparse.Namespace(db=None if db is None else database_address(db), no_demo=no_demo, lang=lang,
                              command=None)


def database_address(text: str) -> Path | str:
    """A --db value: a PostgreSQL address as given, anything else a file path."""
    from briefing.store.postgres import is_postgres_url

    return text if is_postgres_url(text) else Path(text)


def build_parser() -> argparse.ArgumentParser:
    """The command line: global options and one sub-command per job."""
    parser = _Parser(prog="briefing", description="Record official visits and export briefing notes.")
    parser.add_argument("--version", action="version", version=f"briefing {__version__}")
    parser.add_argument("--db", type=database_address,
                        help="database file or postgresql://user@host/name address (default: $BRIEFING_DB or the "
                             "user data folder)")
    parser.add_argument("--no-demo", action="store_true", help="create a new database empty, without the demo visit")
    parser.add_argument("--lang", choices=languages(),
                        help="language of the window, of exported notes and of the command line's messages for this "
                             "run (default: the window's from Preferences, messages the system's, notes in English)")
    commands = parser.add_subparsers(dest="command", metavar="COMMAND", parser_class=_Parser)

    listing = commands.add_parser("list", help="list the visits")
    listing.add_argument("--json", action="store_true", help="print JSON")

    show = commands.add_parser("show", help="print one visit")
    show.add_argument("id", type=int, help="the visit's id (see 'list')")
    show.add_argument("--json", action="store_true", help="print the visit document as JSON")

    search = commands.add_parser("search", help="find visits by any text typed in them")
    search.add_argument("query", help="words to find (any text; accents and case are ignored)")
    search.add_argument("--json", action="store_true", help="print JSON")

    export = commands.add_parser("export", help="export a briefing note (one visit) or a country dossier, PDF or Word")
    target = export.add_mutually_exclusive_group(required=True)
    target.add_argument("--visit", type=int, metavar="ID", help="the visit's id")
    target.add_argument("--country", metavar="NAME", help="every visit with this country, as one dossier")
    export.add_argument("--out", type=Path, required=True, help="the .pdf or .docx file to write")
    export.add_argument("--format", choices=("pdf", "docx"), help="the format (default: from the file's extension)")
    export.add_argument("--force", action="store_true", help="replace the file even if it is read-only")
    export.add_argument("--classification", default="OFFICIAL", help="label printed on every page")
    export.add_argument("--paper", choices=("a4", "letter"), default="a4")
    export.add_argument("--template", type=Path, metavar="FILE.docx",
                        help="the ministry's Word template whose styles, page set-up and header a Word export uses")
    export.add_argument("--lang", choices=languages(), default=argparse.SUPPRESS,
                        help="language of the note or dossier (default: --lang before the command, else English)")

    export_json = commands.add_parser("export-json", help="write visits as JSON visit documents (all by default)")
    export_json.add_argument("--visit", type=int, metavar="ID", help="only this visit")
    export_json.add_argument("--out", type=Path, required=True, help="the JSON file to write")
    export_json.add_argument("--force", action="store_true", help="replace the file even if it is read-only")

    import_json = commands.add_parser("import", help="read visit documents from JSON, or the visits of another "
                                      "Briefing database (all or nothing)")
    import_json.add_argument("file", type=Path, help="one visit document, a list of them, a Briefing export, or a "
                             "Briefing database (only its data is read)")
    import_json.add_argument("--allow-duplicates", action="store_true",
                             help="import new visits even when they repeat stored ones (same countries on "
                                  "overlapping dates, or the same source)")

    export_csv = commands.add_parser("export-csv", help="write the visit list or the agreements as CSV")
    export_csv.add_argument("table", choices=("visits", "agreements"))
    export_csv.add_argument("--out", type=Path, required=True, help="the CSV file to write")
    export_csv.add_argument("--force", action="store_true", help="replace the file even if it is read-only")

    extract = commands.add_parser("extract", help="read a press release and print the visit it describes")
    extract.add_argument("file", help="a .txt, .html or .pdf file, or - for standard input")
    extract.add_argument("--json", action="store_true", help="print the visit document as JSON")
    extract.add_argument("--today", help="reference date YYYY-MM-DD for texts without a year")
    extract.add_argument("--lang", choices=("en", "fr", "ru"), dest="text_language",
                         help="the language of the press release (detected from the text when not given)")

    attach = commands.add_parser("attach", help="keep a copy of a file with a visit (up to 25 MB a file, 200 MB a "
                                 "visit)")
    attach.add_argument("visit", type=int, help="the visit's id (see 'list')")
    attach.add_argument("file", type=Path, help="the file: a signed memorandum, a photo, any document")
    attachments = commands.add_parser("attachments", help="list the files a visit keeps")
    attachments.add_argument("visit", type=int, help="the visit's id (see 'list')")
    attachments.add_argument("--json", action="store_true", help="print JSON")
    detach = commands.add_parser("detach", help="remove a kept file from its visit")
    detach.add_argument("attachment", type=int, help="the file's id (see 'attachments VISIT')")
    save_attachment = commands.add_parser("save-attachment", help="write a kept file to disk")
    save_attachment.add_argument("attachment", type=int, help="the file's id (see 'attachments VISIT')")
    save_attachment.add_argument("--out", type=Path, required=True, help="the file to write")
    save_attachment.add_argument("--force", action="store_true", help="replace the file even if it is read-only")

    commands.add_parser("backup", help="copy the database into its backups folder now")
    commands.add_parser("backups", help="list the database's backups, newest first")
    commands.add_parser("init", help="set up the database: a new file, or the tables in an empty PostgreSQL database")

    restore = commands.add_parser("restore", help="replace the database with one of its backups (what it "
                                  "replaces is kept)")
    restore.add_argument("backup", type=Path, help="a backup file, from the backups folder beside the database")

    commands.add_parser("self-test", help="open the main window offscreen, walk every tab and form, export a PDF")
    return parser


def main(argv: list[str] | None = None) -> int:
    """Run the command line; returns the exit status."""
    argv = sys.argv[1:] if argv is None else argv
    args = window_arguments(argv) or build_parser().parse_args(argv)
    use_language(args.lang or locale_language())
    try:
        return _dispatch(args)
    except UsageError as error:
        print(f"briefing: {error}", file=sys.stderr)
        return EXIT_USAGE
    except BrokenPipeError:
        return 0


def _dispatch(args: argparse.Namespace) -> int:
    if args.command == "extract":
        return _extract(args)
    db_path = _database_path(args)
    if args.command in (None, "self-test") and not isinstance(db_path, Path):
        raise UsageError(f"{db_path}: the window does not open PostgreSQL databases in this version; "
                         "use a database file")
    if args.command is None:
        from briefing.gui.app import run

        return run(db_path, demo=not args.no_demo, language=args.lang)
    if args.command == "self-test":
        from briefing.gui.self_test import run_self_test

        return run_self_test(db_path)
    import shlex

    from briefing.store import ForeignSchema, SchemaTooNew, StoreError
    from briefing.store.postgres import is_postgres_url

    try:
        if is_postgres_url(db_path):
            return _run_on_postgres(str(db_path), args)
        return _run_on_store(db_path, args)
    except SchemaTooNew as error:
        raise UsageError(str(error)) from None
    except ForeignSchema as error:
        raise UsageError(f"{error}. Its visits can be imported into another database, which takes only their "
                         f"data: briefing --db NEW.sqlite import {shlex.quote(str(db_path))}") from None
    except StoreError as error:
        advice = _restore_advice(db_path, error) if isinstance(db_path, Path) else ""
        raise UsageError(f"{error}{advice}") from None


def _run_on_store(db_path: Path, args: argparse.Namespace) -> int:
    from briefing.services import Refused
    from briefing.store import NotFound, Store

    if args.command == "restore":
        return _restore(db_path, args.backup)
    # An import needs a file it can write: refused before the file is opened, so nothing is made beside it.
    store = Store.open(db_path, demo=not args.no_demo, read_only=False if args.command == "import" else None)
    try:
        handlers = {"list": _list, "show": _show, "search": _search, "export": _export,
                    "export-json": _export_json, "import": _import, "export-csv": _export_csv,
                    "backup": _backup, "backups": _backups, "init": _init, "attach": _attach,
                    "attachments": _attachments, "detach": _detach, "save-attachment": _save_attachment}
        with store.errors_explained():
            return handlers[args.command](store, args)
    except Refused as error:
        raise UsageError(str(error)) from None
    except NotFound as error:  # a record the list names but the file lacks: a damaged file
        raise UsageError(f"{error}; the file may be damaged") from None
    finally:
        store.close()


def _run_on_postgres(url: str, args: argparse.Namespace) -> int:
    """The jobs this version does on a PostgreSQL database: setting it up."""
    from briefing.store.postgres import connect, display_name, errors_explained
    from briefing.store.postgres_schema import create_schema

    if args.command != "init":
        raise UsageError(f"{display_name(url)}: on a PostgreSQL database this version of Briefing can only "
                         f"'init' (set up its tables); use a database file for '{args.command}'")
    db = connect(url)
    try:
        with errors_explained(url):
            create_schema(db)
    finally:
        db.close()
    print(f"{display_name(url)} is set up for Briefing")
    return 0


def _init(store, args: argparse.Namespace) -> int:
    """The file was created (or brought up to date) when it was opened: say so."""
    print(f"{store.path} is set up for Briefing")
    return 0


def _database_path(args: argparse.Namespace) -> Path | str:
    from briefing.paths import default_database_path
    from briefing.store.postgres import is_postgres_url

    path = args.db or default_database_path()
    if is_postgres_url(path):
        return path
    if args.db is None:
        path.parent.mkdir(parents=True, exist_ok=True)
    return path


def _restore_advice(db_path: Path, error: Exception) -> str:
    """How to get the content back from the newest good backup, when the file's content is what failed."""
    import shlex

    from briefing import services
    from briefing.store import DatabaseBusy, ReadOnlyStore
    from briefing.store.connection import DiskFull

    if isinstance(error, DatabaseBusy | ReadOnlyStore | DiskFull) or not db_path.is_file():
        return ""
    info = services.newest_good_backup(db_path)
    if info is None:
        return ""
    return (f". The newest good backup is {info.path} ({_visits(info.visit_count)}); restore it with: "
            f"briefing --db {shlex.quote(str(db_path))} restore {shlex.quote(str(info.path))}")


def _visits(count: int) -> str:
    return f"{count} visit{'' if count == 1 else 's'}"


def _restore(db_path: Path, backup: Path) -> int:
    """Put a backup's content in place of the database, keeping what it replaces."""
    from briefing import services

    try:
        restored = services.restore_database(db_path, backup)
    except services.Refused as error:
        raise UsageError(f"restore: {error}") from None
    print(f"restored {backup.name} ({_visits(restored.visit_count)}) into {db_path}; what it replaced is kept as "
          f"{restored.kept}")
    return 0


def _print_json(data: Any) -> None:
    print(json.dumps(data, ensure_ascii=False, indent=2))


def _row_dict(row) -> dict[str, Any]:
    keys = ("id", "uuid", "title", "host_country", "guest_country", "city", "start_date", "end_date")
    return {key: getattr(row, key) for key in keys}


def _print_rows(rows: list, as_json: bool) -> None:
    if as_json:
        _print_json([_row_dict(row) for row in rows])
        return
    for row in rows:
        dates = " – ".join(d for d in (row.start_date, row.end_date) if d) or "no dates"
        place = ", ".join(p for p in (row.city, row.host_country) if p)
        print(f"{row.id:>6}  {dates:<23}  {row.guest_country or '?'} → {place or '?'}  {row.title}")


def _list(store, args: argparse.Namespace) -> int:
    from briefing import services

    _print_rows(services.list_visits(store), args.json)
    return 0


def _search(store, args: argparse.Namespace) -> int:
    from briefing import services

    _print_rows(services.list_visits(store, args.query), args.json)
    return 0


def _show(store, args: argparse.Namespace) -> int:
    from briefing import services

    document = services.visit_document(store, args.id)
    if args.json:
        _print_json(document)
    else:
        from briefing.text_report import visit_as_text

        print(visit_as_text(document))
    return 0


def _export(store, args: argparse.Namespace) -> int:
    from briefing import services
    from briefing.pdf import NoteOptions

    options = NoteOptions(classification=args.classification, paper=args.paper, language=args.lang or "en")
    fmt = services.export_format(args.out, args.format)
    if args.template is not None and fmt == "docx":
        options = _with_template(options, args.template)
    if args.visit is not None:
        export = services.note_export(store, args.visit, options, fmt)
    else:
        export = services.dossier_export(store, services.country_code(args.country), options, fmt)
    _writing(args.out, args.force, lambda: services.save_export(export, args.out, args.force))
    return 0


def _with_template(options, path: Path):
    """The options with the Word template read, or as they are with a notice on stderr when it cannot be used
    (the export then keeps the built-in look)."""
    from dataclasses import replace

    from briefing.docx.template import TemplateRefused, read_template

    try:
        return replace(options, template_docx=read_template(path))
    except TemplateRefused as refused:
        print(f"briefing: the Word template {path} {refused}; the built-in look is used", file=sys.stderr)
        return options


def _writing(path: Path, force: bool, write: Callable[[], object]) -> None:
    """Run `write()`, which writes `path` whole or not at all; a problem with the path is one line."""
    from briefing.atomic import ReadOnlyFile

    try:
        write()
    except ReadOnlyFile:
        raise UsageError(f"{path} is read-only; pass --force to replace it") from None
    except OSError as error:
        raise UsageError(f"cannot write {path}: {error.strerror or error}") from None


def _export_json(store, args: argparse.Namespace) -> int:
    from briefing import services

    visit_ids = None if args.visit is None else [args.visit]
    _writing(args.out, args.force, lambda: services.export_json(store, args.out, visit_ids, args.force))
    return 0


def _export_csv(store, args: argparse.Namespace) -> int:
    from briefing import services

    _writing(args.out, args.force, lambda: services.export_csv(store, args.table, args.out, args.force))
    return 0


def _import(store, args: argparse.Namespace) -> int:
    from briefing import services

    try:
        imported = services.import_file(store, args.file, allow_duplicates=args.allow_duplicates)
    except services.ImportRefused as error:
        raise UsageError(f"import: {error}") from None
    print(imported.summary())
    return 0


def _attach(store, args: argparse.Namespace) -> int:
    from briefing import services

    attachment_id = services.attach_file(store, args.visit, args.file)
    print(f"kept {args.file.name} with visit {args.visit} as attachment {attachment_id}")
    return 0


def _attachments(store, args: argparse.Namespace) -> int:
    from briefing import services

    kept = services.list_attachments(store, args.visit)
    if args.json:
        _print_json([{"id": a.id, "name": a.name, "media_type": a.media_type, "size": a.size, "sha256": a.sha256,
                      "added_at": a.added_at} for a in kept])
        return 0
    for attachment in kept:
        print(f"{attachment.id:>6}  {attachment.size:>12,} bytes  {attachment.added_at[:10]}  "
              f"{attachment.media_type:<24}  {attachment.name}")
    return 0


def _detach(store, args: argparse.Namespace) -> int:
    from briefing import services

    removed = services.remove_attachment(store, args.attachment)
    print(f"removed {removed.name} from visit {removed.visit_id}")
    return 0


def _save_attachment(store, args: argparse.Namespace) -> int:
    from briefing import services

    _writing(args.out, args.force, lambda: services.save_attachment(store, args.attachment, args.out, args.force))
    return 0


def _backup(store, args: argparse.Namespace) -> int:
    from briefing import services

    print(f"backed up {store.path.name} to {services.back_up_now(store)}")
    return 0


def _backups(store, args: argparse.Namespace) -> int:
    from briefing import services

    for info in services.list_backups(store.path):
        visits = "unreadable" if info.visit_count is None else _visits(info.visit_count)
        print(f"{info.taken_at:%Y-%m-%d %H:%M:%S}  {info.reason:<14}  {visits:<12}  {info.path}")
    return 0


def _extract(args: argparse.Namespace) -> int:
    import datetime as dt

    from briefing.extract import SourceError, extract, read_source

    today = None
    if args.today:
        try:
            today = dt.date.fromisoformat(args.today)
        except ValueError:
            raise UsageError(f"--today '{args.today}' is not a date in the form YYYY-MM-DD") from None
    if args.file == "-":
        text = sys.stdin.read()
    else:
        try:
            text = read_source(Path(args.file))
        except SourceError as error:
            raise UsageError(str(error)) from None
    document = extract(text, today=today, language=args.text_language).document
    if args.json:
        _print_json(document)
    else:
        from briefing.text_report import visit_as_text

        print(visit_as_text(document))
    return 0
