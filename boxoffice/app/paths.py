"""Where Box Office keeps its files: settings in the per-user config directory, the journal,
the catalogue cache and the logs in the per-user data directory.

`BOXOFFICE_CONFIG_DIR` and `BOXOFFICE_DATA_DIR` move them (tests, several tills on one
account, a kiosk whose home is read-only). Directories are created on first use, readable only
by their owner: the journal holds buyers' names and e-mail addresses.
"""

from __future__ import annotations

import os
from pathlib import Path

import platformdirs

from boxoffice.words import translate

APP_NAME = "boxoffice"
CONFIG_DIR_ENV = "BOXOFFICE_CONFIG_DIR"
DATA_DIR_ENV = "BOXOFFICE_DATA_DIR"


class FolderError(OSError):
    """A folder of Box Office's cannot be created; the message (`Words`) says which and what
    to do."""


#: What to say when each folder cannot be made.
_CANNOT = {
    "settings": translate(
        "Folders",
        "Box Office cannot create its settings folder {path} ({reason}). Fix the folder's "
        "owner or permissions, or set {variable} to a folder you can write to.",
    ),
    "data": translate(
        "Folders",
        "Box Office cannot create its data folder {path} ({reason}). Fix the folder's "
        "owner or permissions, or set {variable} to a folder you can write to.",
    ),
    "log": translate(
        "Folders",
        "Box Office cannot create its log folder {path} ({reason}). Fix the folder's "
        "owner or permissions, or set {variable} to a folder you can write to.",
    ),
}


def _private_dir(path: Path, env: str, what: str) -> Path:
    """Create `path` (and missing parents) readable only by the owner; return it. `what` is
    the folder's kind: "settings", "data" or "log"."""
    try:
        if not path.is_dir():
            path.mkdir(mode=0o700, parents=True, exist_ok=True)
            # mkdir's mode is filtered by the umask; make sure the directory really is private.
            os.chmod(path, 0o700)
    except OSError as error:
        reason = error.strerror or type(error).__name__
        raise FolderError(_CANNOT[what].format(path=path, reason=reason, variable=env)) from error
    return path


def config_dir() -> Path:
    """The directory of the settings file."""
    override = os.environ.get(CONFIG_DIR_ENV, "").strip()
    path = Path(override).expanduser() if override else Path(platformdirs.user_config_dir(APP_NAME))
    return _private_dir(path, CONFIG_DIR_ENV, "settings")


def data_dir() -> Path:
    """The directory of the journal, the catalogue cache and the logs."""
    override = os.environ.get(DATA_DIR_ENV, "").strip()
    path = Path(override).expanduser() if override else Path(platformdirs.user_data_dir(APP_NAME))
    return _private_dir(path, DATA_DIR_ENV, "data")


def settings_path() -> Path:
    """The JSON settings file (never holds an API key: those live in the OS keyring)."""
    return config_dir() / "settings.json"


def journal_path() -> Path:
    """The SQLite journal of every sale made on this device."""
    return data_dir() / "journal.sqlite3"


def catalogue_cache_path() -> Path:
    """The last events fetched from Ticket Tailor, so the till can start without the network."""
    return data_dir() / "catalogue.json"


def log_dir() -> Path:
    """The directory of the rotating log files."""
    return _private_dir(data_dir() / "logs", DATA_DIR_ENV, "log")
