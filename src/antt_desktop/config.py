"""Where the data lives and the few settings kept beside it.

The data folder comes from platformdirs; ``--data-dir`` or ``ANTT_DATA_DIR`` override it, so tests and
several installations on one PC each get their own folder.
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
DATABASE_FILE = "antt.sqlite3"
SETTINGS_FILE = "settings.json"


@dataclass(frozen=True)
class Paths:
    data_dir: Path

    @property
    def database(self) -> Path:
        return self.data_dir / DATABASE_FILE

    @property
    def backups(self) -> Path:
        return self.data_dir / "backups"

    @property
    def settings(self) -> Path:
        return self.data_dir / SETTINGS_FILE


def resolve_paths(data_dir: str | os.PathLike[str] | None = None) -> Paths:
    """The explicit folder, else ``ANTT_DATA_DIR``, else the platform's user data folder."""
    chosen = data_dir or os.environ.get(DATA_DIR_ENV) or platformdirs.user_data_dir(APP_NAME, APP_AUTHOR)
    return Paths(Path(chosen).expanduser().resolve())


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
