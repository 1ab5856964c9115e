"""Where the data lives and the few settings kept beside it.

The data folder comes from platformdirs; ``--data-dir`` or ``ANTT_DATA_DIR`` override it, so tests and
several installations on one PC each get their own folder. The database is the SQLite file in that folder,
unless a server's SQLAlchemy URL is given (``--db-url``, ``ANTT_DB_URL`` or ``db_url`` in settings.json):
then the folder keeps only the settings and the attached files.
"""

from __future__ import annotations

import json
import os
from dataclasses import dataclass
from pathlib import Path

import platformdirs

from antt_desktop.errors import UserError

APP_NAME = "ANTT Desktop"
APP_AUTHOR = "ANTT"
DATA_DIR_ENV = "ANTT_DATA_DIR"
DB_URL_ENV = "ANTT_DB_URL"
DATABASE_FILE = "antt.sqlite3"
SETTINGS_FILE = "settings.json"


@dataclass(frozen=True)
class Paths:
    data_dir: Path
    db_url: str = ""  # a database server's SQLAlchemy URL; empty: the SQLite file below

    @property
    def on_server(self) -> bool:
        return bool(self.db_url)

    @property
    def database(self) -> Path:
        return self.data_dir / DATABASE_FILE

    @property
    def backups(self) -> Path:
        return self.data_dir / "backups"

    @property
    def log_file(self) -> Path:
        return self.data_dir / "logs" / "antt-desktop.log"

    @property
    def settings(self) -> Path:
        return self.data_dir / SETTINGS_FILE


def resolve_paths(data_dir: str | os.PathLike[str] | None = None, db_url: str | None = None) -> Paths:
    """The explicit folder, else ``ANTT_DATA_DIR``, else the platform's user data folder; the database URL
    given, else ``ANTT_DB_URL``, else the folder's ``db_url`` setting, else none (SQLite)."""
    chosen = data_dir or os.environ.get(DATA_DIR_ENV) or platformdirs.user_data_dir(APP_NAME, APP_AUTHOR)
    folder = Path(chosen).expanduser().resolve()
    url = db_url or os.environ.get(DB_URL_ENV) or load_settings(Paths(folder)).get("db_url") or ""
    return Paths(folder, str(url).strip())


OWN_FILES = (DATABASE_FILE, *(DATABASE_FILE + end for end in ("-wal", "-shm", "-journal")), SETTINGS_FILE,
             "this-pc.json")


def refuse_own_file(paths: Paths, target: Path) -> None:
    """Refuse an export, report, key file or backup written over the data folder's own files (a careless
    "--out antt.sqlite3" would replace the whole database with a workbook)."""
    chosen = Path(target).expanduser()
    for name in OWN_FILES:
        own = paths.data_dir / name
        same = os.path.normcase(chosen.resolve()) == os.path.normcase(own.resolve())
        if not same and chosen.exists() and own.exists():
            same = os.path.samefile(chosen, own)  # a link to it, under another name
        if same:
            raise UserError(f"Không ghi vào {chosen}: đó là tệp dữ liệu của ANTT Desktop ({name}); ghi đè lên sẽ "
                            "mất dữ liệu. Hãy chọn tệp khác.")


def ensure_writable(paths: Paths) -> None:
    """Create the data folder and check that files can be written there."""
    try:
        paths.data_dir.mkdir(parents=True, exist_ok=True)
        probe = paths.data_dir / ".write-test"
        probe.write_bytes(b"")
        probe.unlink()
    except OSError as exc:
        raise UserError(
            f"Không ghi được vào thư mục dữ liệu {paths.data_dir} ({exc.strerror or exc}). "
            "Hãy chọn thư mục khác hoặc kiểm tra quyền ghi."
        ) from exc


def load_settings(paths: Paths) -> dict:
    try:
        return json.loads(paths.settings.read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return {}


def save_setting(paths: Paths, key: str, value: object) -> None:
    settings = load_settings(paths)
    settings[key] = value
    paths.data_dir.mkdir(parents=True, exist_ok=True)
    tmp = paths.settings.with_suffix(".tmp")
    tmp.write_text(json.dumps(settings, ensure_ascii=False, indent=2), encoding="utf-8")
    os.replace(tmp, paths.settings)
