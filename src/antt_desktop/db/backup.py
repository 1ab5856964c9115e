"""File backups of the SQLite database through the online backup API, each checked after writing."""

from __future__ import annotations

import sqlite3
from contextlib import closing
from datetime import datetime
from pathlib import Path

from antt_desktop.errors import UserError


def backup_file(source: Path, target: Path) -> Path:
    """Copy a live database consistently to ``target`` and verify the copy with integrity_check."""
    target.parent.mkdir(parents=True, exist_ok=True)
    partial = target.with_name(target.name + ".partial")
    try:
        with closing(sqlite3.connect(source)) as src, closing(sqlite3.connect(partial)) as dst:
            src.backup(dst)
            result = dst.execute("PRAGMA integrity_check").fetchone()[0]
        if result != "ok":
            raise UserError(f"Bản sao lưu {target} không toàn vẹn ({result}); hãy kiểm tra ổ đĩa.")
        partial.replace(target)
    except (OSError, sqlite3.Error) as exc:
        partial.unlink(missing_ok=True)
        raise UserError(f"Không sao lưu được cơ sở dữ liệu vào {target}: {exc}.") from exc
    return target


def backup_before_upgrade(database: Path, backups_dir: Path, revision: str) -> Path:
    stamp = datetime.now().strftime("%Y%m%d-%H%M%S")
    return backup_file(database, backups_dir / f"truoc-nang-cap-{revision}-{stamp}.sqlite3")
