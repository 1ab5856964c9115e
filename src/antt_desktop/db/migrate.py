"""Bring a database to the current schema: back it up, upgrade to head, refuse one from a newer version."""

from __future__ import annotations

from functools import cache
from pathlib import Path

from sqlalchemy import Connection, Engine, inspect, text
from sqlalchemy.exc import DatabaseError, SQLAlchemyError

from antt_desktop.db.backup import backup_before_upgrade
from antt_desktop.errors import UserError

# The newest revision this version writes; a test checks it is Alembic's head. Knowing it without loading
# Alembic keeps start-up fast when the database is already current (the usual case).
HEAD = "0015"


def alembic_config():  # noqa: ANN201
    from alembic.config import Config

    config = Config()
    config.set_main_option("script_location", "antt_desktop.db:migrations")
    return config


@cache
def known_revisions() -> frozenset[str]:
    from alembic.script import ScriptDirectory

    return frozenset(script.revision for script in ScriptDirectory.from_config(alembic_config()).walk_revisions())


def head_revision() -> str:
    from alembic.script import ScriptDirectory

    return ScriptDirectory.from_config(alembic_config()).get_current_head() or ""


def current_revision(connection: Connection) -> str | None:
    from alembic.runtime.migration import MigrationContext

    return MigrationContext.configure(connection).get_current_revision()


def upgrade(engine: Engine, revision: str = "head") -> None:
    from alembic import command

    config = alembic_config()
    with engine.begin() as connection:
        config.attributes["connection"] = connection
        command.upgrade(config, revision)


def _is_current(engine: Engine) -> bool:
    try:
        with engine.connect() as connection:
            return connection.execute(text("SELECT version_num FROM alembic_version")).scalar() == HEAD
    except DatabaseError:
        return False  # no table yet, or not a database: the full check below says which


def prepare(engine: Engine, database_file: Path | None, backups_dir: Path | None) -> bool:
    """Upgrade the database to head; returns True when it was brand new (no tables yet)."""
    if _is_current(engine):
        return False
    known = known_revisions()
    try:
        with engine.connect() as connection:
            revision = current_revision(connection)
            is_new = revision is None and not inspect(connection).get_table_names()
    except DatabaseError as exc:
        raise UserError(
            f"Cơ sở dữ liệu {database_file or engine.url} bị hỏng hoặc không đọc được ({exc.orig}). "
            "Tệp được giữ nguyên; hãy khôi phục từ bản sao lưu."
        ) from exc
    if revision is not None and revision not in known:
        raise UserError(
            "Cơ sở dữ liệu được tạo bởi phiên bản ANTT Desktop mới hơn phiên bản đang chạy. "
            "Hãy cài phiên bản mới hơn; dữ liệu được giữ nguyên, không thay đổi gì."
        )
    if revision is None and not is_new:
        raise UserError(
            f"Cơ sở dữ liệu {database_file or engine.url} có dữ liệu lạ, không phải của ANTT Desktop. "
            "Tệp được giữ nguyên; hãy chọn thư mục dữ liệu khác."
        )
    if revision == head_revision():
        return False
    kept = None
    if not is_new and database_file is not None and backups_dir is not None:
        kept = backup_before_upgrade(database_file, backups_dir, revision or "empty")
    try:
        upgrade(engine)
    except SQLAlchemyError as exc:  # tables that do not match the version they claim (edited, or half-upgraded)
        copy = f"; bản sao lưu trước khi nâng cấp ở {kept}" if kept else ""
        raise UserError(f"Không nâng cấp được cơ sở dữ liệu {database_file or engine.url} lên cấu trúc của phiên "
                        f"bản này ({str(getattr(exc, 'orig', None) or exc)[:200]}){copy}. Hãy khôi phục từ bản "
                        "sao lưu.") from None
    return is_new
