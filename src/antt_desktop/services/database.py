"""Opening the application database: check, back up, migrate, and hand out sessions."""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field

from sqlalchemy import Engine, inspect, select
from sqlalchemy.exc import OperationalError
from sqlalchemy.orm import Session, sessionmaker

from antt_desktop.config import Paths, ensure_writable
from antt_desktop.db import migrate
from antt_desktop.db.engine import server_engine, session_factory, shown_url, sqlite_engine
from antt_desktop.db.models import Installation, Unit
from antt_desktop.errors import UserError
from antt_desktop.services.admin.anchor_settings import keep_anchor_in_settings
from antt_desktop.services.sync.catalog_versions import apply_catalog_updates


@dataclass
class Database:
    paths: Paths
    engine: Engine
    factory: sessionmaker[Session] = field(repr=False)

    @contextmanager
    def session(self, username: str = "") -> Iterator[Session]:
        """One transaction: committed when the block ends, rolled back whole on any error."""
        session = self.factory()
        installation = session.scalar(select(Installation).limit(1))
        session.info.update(username=username,
                            unit_code=installation.unit_code if installation else "")
        try:
            yield session
            session.commit()
        except OperationalError as exc:
            session.rollback()
            raise UserError(_operational_message(exc)) from exc
        except BaseException:
            session.rollback()
            raise
        finally:
            session.close()

    def installation(self) -> Installation | None:
        with self.factory() as session:
            return session.scalar(select(Installation).limit(1))

    def own_unit(self) -> Unit | None:
        with self.factory() as session:
            installation = session.scalar(select(Installation).limit(1))
            return session.get(Unit, installation.unit_code) if installation else None

    def close(self) -> None:
        self.engine.dispose()


def _operational_message(exc: OperationalError) -> str:
    text = str(exc.orig).lower()
    if "connection" in text or "connect to server" in text:
        return ("Mất kết nối tới máy chủ cơ sở dữ liệu nên chưa lưu được. Hãy kiểm tra mạng và máy chủ rồi thử "
                "lại; những gì đã lưu trước đó vẫn nguyên.")
    if "locked" in text or "busy" in text:
        return "Cơ sở dữ liệu đang bị một chương trình khác giữ. Hãy đóng cửa sổ ANTT Desktop khác rồi thử lại."
    if "full" in text:
        return "Ổ đĩa đã đầy nên không lưu được. Hãy giải phóng dung lượng rồi thử lại; dữ liệu cũ vẫn nguyên."
    if "readonly" in text or "read-only" in text:
        return "Thư mục dữ liệu chỉ cho phép đọc nên không lưu được. Hãy kiểm tra quyền ghi."
    return f"Lỗi cơ sở dữ liệu: {exc.orig}."


def _engine(paths: Paths) -> Engine:
    if not paths.on_server:
        return sqlite_engine(paths.database)
    engine = server_engine(paths.db_url)
    try:
        with engine.connect():
            pass
    except OperationalError as exc:
        engine.dispose()
        reason = str(exc.orig).strip().splitlines()[0] if str(exc.orig).strip() else exc.__class__.__name__
        raise UserError(
            f"Không kết nối được máy chủ cơ sở dữ liệu {shown_url(paths.db_url)} ({reason}). Hãy kiểm tra máy "
            "chủ đang chạy, địa chỉ, tên người dùng và mật khẩu."
        ) from exc
    return engine


def database_exists(paths: Paths) -> bool:
    """Whether the data folder's database (or the server's) already holds an ANTT Desktop schema."""
    if not paths.on_server:
        return paths.database.exists()
    engine = _engine(paths)
    try:
        with engine.connect() as connection:
            return inspect(connection).has_table("alembic_version")
    finally:
        engine.dispose()


def open_database(paths: Paths) -> Database:
    """Open (creating if needed) the database of the data folder, upgraded to the current schema."""
    ensure_writable(paths)
    engine = _engine(paths)
    try:
        if paths.on_server:
            migrate.prepare(engine, None, None)  # the upgrade is one transaction there: nothing to back up
        else:
            migrate.prepare(engine, paths.database, paths.backups)
    except BaseException:
        engine.dispose()
        raise
    database = Database(paths, engine, session_factory(engine))
    keep_anchor_in_settings(database)
    apply_catalog_updates(database)
    return database


def where(paths: Paths) -> str:
    """Where the data is, in words: the data folder, or the database server."""
    return f"máy chủ {shown_url(paths.db_url)}" if paths.on_server else f"thư mục {paths.data_dir}"


def open_existing(paths: Paths) -> Database:
    """Open a database that must already be initialised (every command but ``init`` and ``demo``)."""
    if not database_exists(paths):
        raise UserError(
            f"Chưa khởi tạo dữ liệu trong {where(paths)}. Hãy chạy “antt init” hoặc mở ANTT Desktop để khởi tạo."
        )
    database = open_database(paths)
    if database.installation() is None:
        database.close()
        raise UserError(f"Cơ sở dữ liệu trong {where(paths)} chưa được khởi tạo. Hãy chạy “antt init”.")
    return database
