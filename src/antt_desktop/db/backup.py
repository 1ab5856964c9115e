"""Backup files: a verified copy of the SQLite database without its private keys, carrying a small JSON
manifest (which unit and installation it came from, when, the schema, and the keys sealed by the caller, if any).

The manifest lives in the copy's ``antt_backup`` table, so a backup stays one SQLite file; it is an open dict:
more facts (an audit anchor…) are added as more keys. The private keys are removed from a staging copy on the
data folder's own disk, and the backup itself is written by ``VACUUM INTO``, which copies live rows only: the
key bytes never reach the backup file, nor the USB stick it is written to."""

from __future__ import annotations

import json
import sqlite3
import uuid
from contextlib import closing
from datetime import UTC, datetime
from pathlib import Path

from antt_desktop.errors import UserError

MANIFEST_TABLE = "antt_backup"
MANIFEST_KIND = "antt-backup"
KEYS_TABLE = "local_keys"


def has_table(connection: sqlite3.Connection, name: str) -> bool:
    return connection.execute("SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = ?", (name,)).fetchone() \
        is not None


def identity(connection: sqlite3.Connection) -> dict:
    """The installation a database belongs to: its id, level and unit (code and name); empty if none."""
    if not has_table(connection, "installation"):
        return {}
    row = connection.execute("SELECT installation.id, installation.level, installation.unit_code, units.name FROM "
                             "installation LEFT JOIN units ON units.code = installation.unit_code LIMIT 1").fetchone()
    if row is None:
        return {}
    return {"installation": str(uuid.UUID(hex=row[0]) if isinstance(row[0], str) else uuid.UUID(bytes=row[0])),
            "unit": {"code": row[2], "name": row[3] or row[2], "level": row[1]}}


def backup_file(source: Path, target: Path, sealed_keys: dict | None = None, extra: dict | None = None) -> Path:
    """Copy a live database to ``target`` without its private keys (``sealed_keys``, sealed by the caller, go
    into the manifest instead), and verify the copy with integrity_check."""
    target.parent.mkdir(parents=True, exist_ok=True)
    staging = source.with_name(f".sao-luu-{uuid.uuid4().hex}.staging")
    partial = target.with_name(target.name + ".partial")
    try:
        with closing(sqlite3.connect(source)) as src, closing(sqlite3.connect(staging)) as copy:
            src.backup(copy)
            manifest = {"kind": MANIFEST_KIND, "format": 1, "created": datetime.now(UTC).isoformat(),
                        "schema": _schema(copy), **identity(copy), "keys": sealed_keys, **(extra or {})}
            if has_table(copy, KEYS_TABLE):
                copy.execute(f"DELETE FROM {KEYS_TABLE}")
            copy.execute(f"DROP TABLE IF EXISTS {MANIFEST_TABLE}")
            copy.execute(f"CREATE TABLE {MANIFEST_TABLE} (name TEXT PRIMARY KEY, content TEXT NOT NULL)")
            copy.execute(f"INSERT INTO {MANIFEST_TABLE} VALUES ('manifest', ?)", (json.dumps(manifest),))
            copy.commit()
            partial.unlink(missing_ok=True)
            copy.execute("VACUUM INTO ?", (str(partial),))
        with closing(sqlite3.connect(partial)) as written:
            result = written.execute("PRAGMA integrity_check").fetchone()[0]
        if result != "ok":
            raise UserError(f"Bản sao lưu {target} không toàn vẹn ({result}); hãy kiểm tra ổ đĩa.")
        partial.replace(target)
    except (OSError, sqlite3.Error) as exc:
        partial.unlink(missing_ok=True)
        raise UserError(f"Không sao lưu được cơ sở dữ liệu vào {target}: {exc}.") from exc
    finally:
        for leftover in (staging, staging.with_name(staging.name + "-journal")):
            leftover.unlink(missing_ok=True)
    return target


def _schema(connection: sqlite3.Connection) -> str:
    if not has_table(connection, "alembic_version"):
        return ""
    row = connection.execute("SELECT version_num FROM alembic_version").fetchone()
    return row[0] if row else ""


def read_manifest(connection: sqlite3.Connection) -> dict | None:
    """A backup's manifest, or None for a backup made before backups had one (its keys may be in clear)."""
    if not has_table(connection, MANIFEST_TABLE):
        return None
    row = connection.execute(f"SELECT content FROM {MANIFEST_TABLE} WHERE name = 'manifest'").fetchone()
    try:
        manifest = json.loads(row[0]) if row else None
    except (TypeError, ValueError):
        manifest = None
    if not isinstance(manifest, dict) or manifest.get("kind") != MANIFEST_KIND:
        raise UserError("Phần mô tả của bản sao lưu bị hỏng hoặc bị sửa; không khôi phục.")
    return manifest


def backup_before_upgrade(database: Path, backups_dir: Path, revision: str) -> Path:
    """Before migrating: a copy without keys (a restore on this PC keeps the keys of the live database)."""
    stamp = datetime.now().strftime("%Y%m%d-%H%M%S")
    return backup_file(database, backups_dir / f"truoc-nang-cap-{revision}-{stamp}.sqlite3")
