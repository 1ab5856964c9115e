"""Schema migrations: every row survives an upgrade; foreign, newer or broken files are refused untouched."""

import sqlite3
import uuid

import pytest
from alembic.autogenerate import compare_metadata
from alembic.runtime.migration import MigrationContext
from sqlalchemy import create_engine, select

from antt_desktop.db import migrate
from antt_desktop.db.engine import sqlite_engine
from antt_desktop.db.models import ResidentialArea
from antt_desktop.db.schema import metadata
from antt_desktop.errors import UserError
from antt_desktop.services.database import open_database


def _rows(path, table):
    with sqlite3.connect(path) as connection:
        return connection.execute(f"SELECT * FROM {table} ORDER BY 1").fetchall()


def first_revision_database(paths) -> None:
    """A database written by the first release (revision 0001) with a few rows, as an old installation has."""
    paths.data_dir.mkdir(parents=True)
    engine = sqlite_engine(paths.database)
    migrate.upgrade(engine, "0001")
    with sqlite3.connect(paths.database) as connection:
        connection.execute("INSERT INTO units VALUES ('08', 'Tỉnh Tuyên Quang', 'province', NULL, 1)")
        connection.execute("INSERT INTO units VALUES ('02269', 'Xã Thượng Lâm', 'commune', '08', 1)")
        connection.execute("INSERT INTO installation VALUES (?, 'commune', '02269', '2026-01-02 03:04:05', 7, '0.1')",
                           (uuid.uuid4().hex,))
        connection.execute(
            "INSERT INTO users VALUES (?, 'canbo', 'Nguyễn Văn An', 'editor', 'x', 1, 0, NULL, '2026-01-02', NULL)",
            (uuid.uuid4().hex,))
        connection.execute("INSERT INTO audit_log (at, username, action, kind, record_id, summary, prev_hash, hash)"
                           " VALUES ('2026-01-02', 'canbo', 'login', 'users', 'canbo', '', '', 'h')")
    engine.dispose()


OLD_TABLES = ("units", "installation", "users", "audit_log")


def test_upgrade_from_first_revision_keeps_every_row(empty_paths):
    first_revision_database(empty_paths)
    before = {table: _rows(empty_paths.database, table) for table in OLD_TABLES}

    database = open_database(empty_paths)  # start-up: back up, then upgrade to head
    database.close()

    for table, rows in before.items():
        assert _rows(empty_paths.database, table) == rows
    backups = list(empty_paths.backups.glob("truoc-nang-cap-0001-*.sqlite3"))
    assert len(backups) == 1 and _rows(backups[0], "users") == before["users"]
    with open_database(empty_paths).factory() as session:
        assert session.scalars(select(ResidentialArea)).all() == []


def test_migrations_build_exactly_the_models(empty_paths):
    database = open_database(empty_paths)
    with database.engine.connect() as connection:
        diff = compare_metadata(MigrationContext.configure(connection), metadata)
    database.close()
    assert diff == []


def test_database_from_a_newer_version_is_refused_and_untouched(paths):
    with sqlite3.connect(paths.database) as connection:
        connection.execute("UPDATE alembic_version SET version_num = '9999_from_the_future'")
    connection.close()
    before = paths.database.read_bytes()
    with pytest.raises(UserError, match="phiên bản ANTT Desktop mới hơn"):
        open_database(paths)
    assert paths.database.read_bytes() == before
    assert not paths.backups.exists()


NOT_SQLITE = b"PK\x03\x04 a zip file, not a database" * 20
CORRUPT_SQLITE = b"SQLite format 3\x00" + b"\xff" * 5000


@pytest.mark.parametrize("content", [NOT_SQLITE, CORRUPT_SQLITE])
def test_foreign_or_corrupt_file_is_refused_and_untouched(empty_paths, content):
    empty_paths.data_dir.mkdir(parents=True)
    empty_paths.database.write_bytes(content)
    with pytest.raises(UserError) as error:
        open_database(empty_paths)
    assert "giữ nguyên" in error.value.message
    assert empty_paths.database.read_bytes() == content


def test_sqlite_runs_with_wal_foreign_keys_and_full_sync(database):
    with database.engine.connect() as connection:
        assert connection.exec_driver_sql("PRAGMA journal_mode").scalar() == "wal"
        assert connection.exec_driver_sql("PRAGMA foreign_keys").scalar() == 1
        assert connection.exec_driver_sql("PRAGMA synchronous").scalar() == 2


def test_head_is_current_after_open(database):
    with create_engine(f"sqlite:///{database.paths.database}").connect() as connection:
        assert migrate.current_revision(connection) == migrate.head_revision()


def test_the_fast_start_up_check_knows_the_head():
    assert migrate.HEAD == migrate.head_revision()
