"""Backups of the database file: on demand, automatically once a day at start (keeping the last N), and
restore with a preview and a safety backup of the current data first."""

from __future__ import annotations

import sqlite3
from contextlib import closing
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

from antt_desktop.config import Paths
from antt_desktop.db import migrate
from antt_desktop.db.audit import append_audit
from antt_desktop.db.backup import backup_file
from antt_desktop.db.engine import check_sqlite_file
from antt_desktop.errors import UserError
from antt_desktop.services.audit_anchor import forget_after_restore
from antt_desktop.services.auth import CurrentUser
from antt_desktop.services.database import Database
from antt_desktop.services.roles import Role

AUTO_PREFIX = "tu-dong-"
KEEP_AUTOMATIC = 10


SERVER_BACKUP = ("Cơ sở dữ liệu nằm trên máy chủ PostgreSQL: việc sao lưu và khôi phục do máy chủ đảm nhận "
                 "(pg_dump, pg_restore của người quản trị máy chủ), không làm từ ANTT Desktop.")


def _on_file(paths: Paths) -> None:
    if paths.on_server:
        raise UserError(SERVER_BACKUP)


def _stamp() -> str:
    return datetime.now().strftime("%Y%m%d-%H%M%S")


def backup_now(database: Database, user: CurrentUser, out: Path | None = None) -> Path:
    """A verified copy of the live database, to a chosen file or folder (a USB stick) or the backups folder."""
    user.require(Role.EDITOR)
    _on_file(database.paths)
    target = out or database.paths.backups
    if target.is_dir() or out is None:
        target = target / f"antt-{database.own_unit().code}-{_stamp()}.sqlite3"
    path = backup_file(database.paths.database, target)
    with database.session(user.username) as session:
        append_audit(session, user.username, "backup", "database", "", str(path.name))
    return path


def automatic_backup(database: Database, keep: int = KEEP_AUTOMATIC) -> Path | None:
    """At most one a day, the oldest beyond ``keep`` removed; returns the new backup, if one was made."""
    if database.paths.on_server:
        return None
    folder = database.paths.backups
    today = datetime.now().strftime("%Y%m%d")
    existing = sorted(folder.glob(f"{AUTO_PREFIX}*.sqlite3")) if folder.exists() else []
    if any(p.name.startswith(f"{AUTO_PREFIX}{today}") for p in existing):
        return None
    path = backup_file(database.paths.database, folder / f"{AUTO_PREFIX}{_stamp()}.sqlite3")
    for old in sorted(folder.glob(f"{AUTO_PREFIX}*.sqlite3"))[:-keep]:
        old.unlink(missing_ok=True)
    return path


PREVIEW_LABELS = {"residential_areas": "khu dân cư", "force_members": "thành viên lực lượng",
                  "security_models": "mô hình", "activities": "hoạt động", "plans": "kế hoạch"}


@dataclass(frozen=True)
class BackupPreview:
    path: Path
    unit: str
    schema: str
    records: dict[str, int]

    def describe(self) -> str:
        total = sum(self.records.values())
        parts = ", ".join(f"{v} {PREVIEW_LABELS.get(k, k)}" for k, v in self.records.items() if v)
        return f"Bản sao lưu của {self.unit} (cấu trúc {self.schema}): {total} bản ghi" + (f" ({parts})." if parts
                                                                                           else ".")


def preview(path: Path) -> BackupPreview:
    """What a backup file holds, checked before anything is replaced."""
    if not path.is_file():
        raise UserError(f"Không tìm thấy tệp sao lưu {path}.")
    check_sqlite_file(path)
    try:
        with closing(sqlite3.connect(f"file:{path}?mode=ro", uri=True)) as connection:
            if connection.execute("PRAGMA integrity_check").fetchone()[0] != "ok":
                raise UserError(f"Tệp sao lưu {path.name} bị hỏng (không qua kiểm tra toàn vẹn); không khôi phục.")
            schema = connection.execute("SELECT version_num FROM alembic_version").fetchone()[0]
            unit = connection.execute("SELECT units.name, units.code FROM installation JOIN units ON "
                                      "units.code = installation.unit_code").fetchone()
            tables = ("residential_areas", "force_members", "security_models", "activities", "plans")
            records = {t: connection.execute(f"SELECT count(*) FROM {t} WHERE deleted_at IS NULL").fetchone()[0]
                       for t in tables if _has_table(connection, t)}
    except sqlite3.Error as exc:
        raise UserError(f"Tệp {path.name} không phải bản sao lưu của ANTT Desktop ({exc}).") from exc
    if schema not in migrate.known_revisions():
        raise UserError("Bản sao lưu được tạo bởi phiên bản ANTT Desktop mới hơn; hãy cập nhật chương trình.")
    return BackupPreview(path, f"{unit[0]} ({unit[1]})" if unit else "?", schema, records)


def _has_table(connection: sqlite3.Connection, name: str) -> bool:
    return connection.execute("SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = ?", (name,)).fetchone() \
        is not None


def restore(paths: Paths, source: Path) -> tuple[BackupPreview, Path | None]:
    """Replace the database with a backup (close every window first); the current data is backed up before."""
    _on_file(paths)
    found = preview(source)
    safety = None
    if paths.database.exists():
        safety = backup_file(paths.database, paths.backups / f"truoc-khoi-phuc-{_stamp()}.sqlite3")
    try:
        with closing(sqlite3.connect(source)) as src, closing(sqlite3.connect(paths.database)) as dst:
            src.backup(dst)
    except sqlite3.Error as exc:
        raise UserError(f"Không khôi phục được ({exc}); dữ liệu trước đó vẫn còn ở {safety}.") from exc
    forget_after_restore(paths)
    return found, safety
