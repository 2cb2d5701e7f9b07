"""Where Briefing finds its bundled files and keeps the user's data.

Bundled files live in `resources/` and `db/` at the top of a checkout; an installed
wheel or the frozen bundle carries them as `briefing/_resources` and `briefing/_db`.
Both are resolved relative to this package, never to the working directory.
"""

import os
from functools import cache
from pathlib import Path

APP_NAME = "Briefing"
APP_AUTHOR = "Briefing"
_PACKAGE_DIR = Path(__file__).resolve().parent


@cache
def _bundled_dir(installed_name: str, checkout_name: str) -> Path:
    installed = _PACKAGE_DIR / installed_name
    if installed.is_dir():
        return installed
    return _PACKAGE_DIR.parent / checkout_name


def resource_path(*parts: str) -> Path:
    """A file shipped under `resources/` (fonts, icons, styles)."""
    return _bundled_dir("_resources", "resources").joinpath(*parts)


def data_path(*parts: str) -> Path:
    """A file shipped under `db/` (demo content)."""
    return _bundled_dir("_db", "db").joinpath(*parts)


def user_data_dir() -> Path:
    """The per-user folder for the database and backups."""
    import platformdirs  # here, not at the top: a start-up with --db does without it

    return Path(platformdirs.user_data_dir(APP_NAME, APP_AUTHOR))


def default_database_path() -> Path | str:
    """`BRIEFING_DB` if set (a file, or a postgresql:// address as it is), else `briefing.sqlite` in the user's
    data folder."""
    from briefing.store.postgres import is_postgres_url

    from_env = os.environ.get("BRIEFING_DB")
    if from_env:
        return from_env if is_postgres_url(from_env) else Path(from_env)
    return user_data_dir() / "briefing.sqlite"
