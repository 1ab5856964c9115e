"""Engines and sessions: SQLite with WAL, foreign keys and synchronous=FULL; any SQLAlchemy URL otherwise."""

from __future__ import annotations

import sqlite3
from pathlib import Path

from sqlalchemy import Engine, create_engine, event
from sqlalchemy.engine import make_url
from sqlalchemy.exc import ArgumentError, NoSuchModuleError
from sqlalchemy.orm import Session, sessionmaker

from antt_desktop.db.stamping import install_stamping
from antt_desktop.errors import UserError

SQLITE_HEADER = b"SQLite format 3\x00"


def _sqlite_pragmas(dbapi_connection: sqlite3.Connection, _record: object) -> None:
    # SQLAlchemy, not the sqlite3 module, decides where transactions begin (see _begin): a transaction then
    # covers reads too, and per-transaction pragmas such as defer_foreign_keys hold for all of it.
    dbapi_connection.isolation_level = None
    cursor = dbapi_connection.cursor()
    cursor.execute("PRAGMA busy_timeout = 5000")
    cursor.execute("PRAGMA journal_mode = WAL")
    cursor.execute("PRAGMA synchronous = FULL")
    cursor.execute("PRAGMA foreign_keys = ON")
    cursor.close()


def check_sqlite_file(path: Path) -> None:
    """Refuse a file that exists but is not an SQLite database, before anything writes to it."""
    if not path.exists() or path.stat().st_size == 0:
        return
    try:
        with path.open("rb") as handle:
            header = handle.read(len(SQLITE_HEADER))
    except OSError as exc:
        raise UserError(f"Không đọc được tệp cơ sở dữ liệu {path}: {exc.strerror or exc}.") from exc
    if header != SQLITE_HEADER:
        raise UserError(
            f"Tệp {path} không phải cơ sở dữ liệu của ANTT Desktop (không phải SQLite). "
            "Tệp được giữ nguyên; hãy khôi phục từ bản sao lưu hoặc chọn thư mục dữ liệu khác."
        )


def sqlite_engine(path: Path) -> Engine:
    check_sqlite_file(path)
    # Long jobs run on worker threads; the pool still hands each connection to one thread at a time.
    engine = create_engine(f"sqlite:///{path}", connect_args={"check_same_thread": False})
    event.listen(engine, "connect", _sqlite_pragmas)
    event.listen(engine, "begin", _begin)
    return engine


def server_engine(url: str) -> Engine:
    """An engine on a database server (PostgreSQL); a URL that cannot be used is refused in words."""
    try:
        parsed = make_url(url)
        if parsed.get_backend_name() != "postgresql":
            raise UserError(f"Chỉ hỗ trợ máy chủ PostgreSQL; địa chỉ {shown_url(url)} là loại khác.")
        if parsed.drivername == "postgresql":
            parsed = parsed.set(drivername="postgresql+psycopg")
        return create_engine(parsed, pool_pre_ping=True)
    except (ArgumentError, NoSuchModuleError, ValueError) as exc:
        raise UserError(
            f"Địa chỉ cơ sở dữ liệu “{shown_url(url)}” không dùng được ({exc}). Dạng đúng: "
            "postgresql://người_dùng:mật_khẩu@máy_chủ:5432/tên_cơ_sở_dữ_liệu"
        ) from exc


def shown_url(url: str) -> str:
    """The URL with its password hidden, for messages and the About box."""
    try:
        return make_url(url).render_as_string(hide_password=True)
    except (ArgumentError, ValueError):
        return "(không đọc được)"


def defer_foreign_keys(connection) -> None:  # noqa: ANN001
    """Check foreign keys at commit for the rest of this transaction (rows may come before what they cite)."""
    if connection.dialect.name == "sqlite":
        connection.exec_driver_sql("PRAGMA defer_foreign_keys = ON")
    else:
        connection.exec_driver_sql("SET CONSTRAINTS ALL DEFERRED")


def _begin(connection) -> None:  # noqa: ANN001
    connection.exec_driver_sql("BEGIN")


def session_factory(engine: Engine) -> sessionmaker[Session]:
    factory = sessionmaker(engine, expire_on_commit=False)
    install_stamping(factory)
    return factory
