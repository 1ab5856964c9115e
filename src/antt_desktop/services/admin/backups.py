"""Backups of the database file: on demand (to a folder or USB stick), automatically once a day at start (kept on
this PC, the last N), and what a backup holds, read before anything is replaced (services/admin/backup_restore.py).

A backup names the unit and installation it came from. The private keys never leave in clear: a backup made
on demand carries them only sealed under a passphrase the administrator sets for it (else not at all); the
automatic ones seal them under this PC's own backup key (services/admin/backup_keys.py)."""

from __future__ import annotations

import sqlite3
from contextlib import closing
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

from cryptography.hazmat.primitives.serialization import Encoding, NoEncryption, PrivateFormat

from antt_desktop.config import Paths, refuse_own_file
from antt_desktop.db import migrate
from antt_desktop.db.audit import append_audit
from antt_desktop.db.backup import KEYS_TABLE, MANIFEST_TABLE, backup_file, has_table, identity, read_manifest
from antt_desktop.db.engine import check_sqlite_file
from antt_desktop.errors import UserError
from antt_desktop.services.admin.backup_keys import (
    BY_PASSPHRASE,
    BY_THIS_PC,
    PrivateKeys,
    remember_this_pc,
    seal_for_this_pc,
    seal_with_passphrase,
)
from antt_desktop.services.auth import CurrentUser
from antt_desktop.services.database import Database
from antt_desktop.services.roles import Role
from antt_desktop.services.sync.sync_keys import own_keys

AUTO_PREFIX = "tu-dong-"
KEEP_AUTOMATIC = 10
CLEAR, NO_KEYS = "clear", "none"  # a backup made before keys were sealed; a backup without keys
_RAW = {"encoding": Encoding.Raw, "format": PrivateFormat.Raw, "encryption_algorithm": NoEncryption()}

SERVER_BACKUP = ("Cơ sở dữ liệu nằm trên máy chủ PostgreSQL: việc sao lưu và khôi phục do máy chủ đảm nhận "
                 "(pg_dump, pg_restore của người quản trị máy chủ), không làm từ ANTT Desktop.")


def on_file(paths: Paths) -> None:
    if paths.on_server:
        raise UserError(SERVER_BACKUP)


def stamp() -> str:
    return datetime.now().strftime("%Y%m%d-%H%M%S")


def _identity_of(database: Database) -> dict:
    with closing(sqlite3.connect(f"file:{database.paths.database}?mode=ro", uri=True)) as connection:
        return identity(connection)


def private_keys(database: Database) -> PrivateKeys:
    keys = own_keys(database)
    return PrivateKeys(keys.signing.private_bytes(**_RAW), keys.encryption.private_bytes(**_RAW))


def backup_now(database: Database, user: CurrentUser, out: Path | None = None,
               key_passphrase: str | None = None) -> Path:
    """A verified copy of the live database, to a chosen file or folder (a USB stick) or the backups folder; with
    ``key_passphrase`` (administrators) the private keys go with it, sealed under that passphrase."""
    user.require(Role.EDITOR)
    on_file(database.paths)
    if key_passphrase is not None:
        user.require(Role.ADMIN)
    target = out or database.paths.backups
    if target.is_dir() or out is None:
        target = target / f"antt-{database.own_unit().code}-{stamp()}.sqlite3"
    refuse_own_file(database.paths, target)
    here = _identity_of(database)
    sealed = seal_with_passphrase(private_keys(database), here, key_passphrase) if key_passphrase is not None \
        else None
    path = backup_file(database.paths.database, target, sealed)
    remember_this_pc(database.paths, here)
    keys = "kèm khóa riêng mã hóa bằng cụm mật khẩu" if sealed else "không kèm khóa riêng"
    with database.session(user.username) as session:
        append_audit(session, user.username, "backup", "database", "", f"{path.name} ({keys})")
    return path


def automatic_backup(database: Database, keep: int = KEEP_AUTOMATIC) -> Path | None:
    """At most one a day, the oldest beyond ``keep`` removed; returns the new backup, if one was made. The keys go
    sealed under this PC's backup key: the copy gives them back on this PC only."""
    if database.paths.on_server:
        return None
    folder = database.paths.backups
    today = datetime.now().strftime("%Y%m%d")
    existing = sorted(folder.glob(f"{AUTO_PREFIX}*.sqlite3")) if folder.exists() else []
    if any(p.name.startswith(f"{AUTO_PREFIX}{today}") for p in existing):
        return None
    path = safety_copy(database.paths, database, folder / f"{AUTO_PREFIX}{stamp()}.sqlite3")
    for old in sorted(folder.glob(f"{AUTO_PREFIX}*.sqlite3"))[:-keep]:
        old.unlink(missing_ok=True)
    seal_old_backups(database.paths)
    return path


def seal_old_backups(paths: Paths) -> list[Path]:
    """Backups in this PC's folder made before keys were sealed hold them in clear: each is rewritten once, its keys
    sealed for this PC (a file that cannot be read is left as it is). Returns those rewritten."""
    rewritten = []
    for path in sorted(paths.backups.glob("*.sqlite3")):
        try:
            with closing(sqlite3.connect(f"file:{path}?mode=ro", uri=True)) as connection:
                if has_table(connection, MANIFEST_TABLE) or not has_table(connection, KEYS_TABLE):
                    continue
                row = connection.execute(f"SELECT signing_private, encryption_private FROM {KEYS_TABLE} LIMIT 1"
                                         ).fetchone()
                found = identity(connection)
            sealed = seal_for_this_pc(paths, PrivateKeys(*row), found) if row and found else None
            backup_file(path, path, sealed)
            rewritten.append(path)
        except (UserError, sqlite3.Error, OSError):
            continue
    return rewritten


def safety_copy(paths: Paths, database: Database | None, target: Path) -> Path:
    """A copy that stays on this PC, its keys sealed for this PC (read from the live file when no ``database``)."""
    with closing(sqlite3.connect(f"file:{paths.database}?mode=ro", uri=True)) as connection:
        here = identity(connection)
        row = connection.execute(f"SELECT signing_private, encryption_private FROM {KEYS_TABLE} LIMIT 1").fetchone() \
            if has_table(connection, KEYS_TABLE) else None
    keys = private_keys(database) if database is not None else (PrivateKeys(*row) if row else None)
    return backup_file(paths.database, target, seal_for_this_pc(paths, keys, here) if keys and here else None)


PREVIEW_LABELS = {"residential_areas": "khu dân cư", "force_members": "thành viên lực lượng",
                  "security_models": "mô hình", "activities": "hoạt động", "plans": "kế hoạch"}
KEY_LABELS = {BY_PASSPHRASE: "khóa riêng mã hóa bằng cụm mật khẩu",
              BY_THIS_PC: "khóa riêng mã hóa, chỉ mở được trên máy đã sao lưu",
              CLEAR: "khóa riêng không mã hóa (bản sao lưu kiểu cũ)", NO_KEYS: "không kèm khóa riêng"}


@dataclass(frozen=True)
class BackupFile:
    path: Path
    size: int
    keys: str  # passphrase, this-pc, clear, none; "" when the file cannot be read


def list_backups(paths: Paths) -> list[BackupFile]:
    """The backups folder, newest first, with what each holds of the keys (read from its manifest only)."""
    found = []
    for path in sorted(paths.backups.glob("*.sqlite3"), reverse=True) if paths.backups.exists() else []:
        try:
            with closing(sqlite3.connect(f"file:{path}?mode=ro", uri=True)) as connection:
                manifest = read_manifest(connection)
                clear = manifest is None and has_table(connection, KEYS_TABLE) and connection.execute(
                    f"SELECT count(*) FROM {KEYS_TABLE}").fetchone()[0] > 0
            sealed = (manifest or {}).get("keys")
            keys = CLEAR if clear else (sealed.get("protection", "") if isinstance(sealed, dict) else NO_KEYS)
            found.append(BackupFile(path, path.stat().st_size, keys))
        except (UserError, sqlite3.Error, OSError):
            found.append(BackupFile(path, path.stat().st_size if path.exists() else 0, ""))
    return found


def who(identity: dict) -> str:
    """An installation in words: its unit with code, and the start of its id."""
    if not identity:
        return "máy chưa có dữ liệu (chưa khởi tạo)"
    unit = identity.get("unit") or {}
    return f"{unit.get('name')} ({unit.get('code')}), máy cài đặt {str(identity.get('installation'))[:8]}"


@dataclass(frozen=True)
class BackupPreview:
    path: Path
    unit: str
    schema: str
    records: dict[str, int]
    identity: dict
    keys: str  # passphrase, this-pc, clear, none
    manifest: dict

    def describe(self) -> str:
        total = sum(self.records.values())
        parts = ", ".join(f"{v} {PREVIEW_LABELS.get(k, k)}" for k, v in self.records.items() if v)
        return (f"Bản sao lưu của {who(self.identity)} (cấu trúc {self.schema}): {total} bản ghi"
                + (f" ({parts})" if parts else "") + f"; {KEY_LABELS[self.keys]}.")


def preview(path: Path) -> BackupPreview:
    """What a backup file holds, checked before anything is replaced."""
    if not path.is_file():
        raise UserError(f"Không tìm thấy tệp sao lưu {path}.")
    check_sqlite_file(path)
    try:
        with closing(sqlite3.connect(f"file:{path}?mode=ro", uri=True)) as connection:
            if connection.execute("PRAGMA integrity_check").fetchone()[0] != "ok":
                raise UserError(f"Tệp sao lưu {path.name} bị hỏng (không qua kiểm tra toàn vẹn); không khôi phục.")
            hidden = connection.execute("SELECT type, name FROM sqlite_master WHERE type IN ('trigger', 'view') "
                                        "LIMIT 1").fetchone()
            if hidden:  # ANTT Desktop makes neither; one would run on this PC's data after the restore
                what = "trình kích hoạt (trigger)" if hidden[0] == "trigger" else "khung nhìn (view)"
                raise UserError(f"Tệp sao lưu {path.name} chứa {what} "
                                f"“{str(hidden[1])[:60]}” mà ANTT Desktop không bao giờ tạo (có thể đã bị sửa); "
                                "không khôi phục.")
            schema = connection.execute("SELECT version_num FROM alembic_version").fetchone()[0]
            found, manifest = identity(connection), read_manifest(connection)
            clear = has_table(connection, KEYS_TABLE) and connection.execute(
                f"SELECT count(*) FROM {KEYS_TABLE}").fetchone()[0] > 0
            records = {t: connection.execute(f"SELECT count(*) FROM {t} WHERE deleted_at IS NULL").fetchone()[0]
                       for t in PREVIEW_LABELS if has_table(connection, t)}
    except sqlite3.Error as exc:
        raise UserError(f"Tệp {path.name} không phải bản sao lưu của ANTT Desktop ({exc}).") from exc
    if schema not in migrate.known_revisions():
        raise UserError("Bản sao lưu được tạo bởi phiên bản ANTT Desktop mới hơn; hãy cập nhật chương trình.")
    if not found:
        raise UserError(f"Tệp {path.name} không mang thông tin đơn vị và máy cài đặt; không khôi phục.")
    sealed = (manifest or {}).get("keys")
    if manifest is not None and ({k: manifest.get(k) for k in found} != found or clear
                                 or (sealed is not None and not isinstance(sealed, dict))):
        raise UserError(f"Phần mô tả của bản sao lưu {path.name} không khớp dữ liệu bên trong (có thể đã bị sửa); "
                        "không khôi phục.")
    keys = CLEAR if clear else (sealed.get("protection") if sealed else NO_KEYS)
    if keys not in KEY_LABELS:
        raise UserError(f"Khóa riêng trong bản sao lưu {path.name} được bảo vệ theo cách không nhận ra; không khôi "
                        "phục.")
    return BackupPreview(path, f"{found['unit']['name']} ({found['unit']['code']})", schema, records, found, keys,
                         manifest or {})
