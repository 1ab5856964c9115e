"""An upper level on a PostgreSQL server: set up, fed and reported through ``--db-url`` with the same results as
on SQLite; a server it cannot reach, or a URL it cannot use, said in words."""

import json

import openpyxl
import pytest
from sqlalchemy import create_engine
from sqlalchemy.engine import make_url

from antt_desktop.config import resolve_paths
from antt_desktop.db import migrate
from antt_desktop.domain.units import Level, communes
from antt_desktop.errors import UserError
from antt_desktop.services.admin import backups
from antt_desktop.services.admin.setup import SetupRequest, initialize
from antt_desktop.services.database import open_existing
from antt_desktop.services.demo import demo
from antt_desktop.services.sync import sync, sync_keys
from tests import cli_runner
from tests.conftest import ADMIN, ADMIN_USER, PASSWORD


def antt(*args):
    return cli_runner.antt(*args, password=PASSWORD, timeout=300)


def _commune_packages(tmp_path, province_key):
    """Full packages of three communes of Tuyên Quang, each with the demo data."""
    codes = ["02269", *[c.code for c in communes() if c.province_code == "08" and c.code != "02269"][:2]]
    folder = tmp_path / "usb"
    folder.mkdir()
    for code in codes:
        commune = initialize(resolve_paths(tmp_path / code), SetupRequest(Level.COMMUNE, code))
        demo.fill_commune(commune, ADMIN_USER)
        sync_keys.import_public_key(commune, ADMIN_USER, province_key)
        sync_keys.export_public_key(commune, tmp_path / f"{code}.anttkey")  # registered at the province
        sync.export_package(commune, ADMIN_USER, folder / f"{code}.anttsync", full=True)
        commune.close()
    return sorted(folder.iterdir())


def _province(tmp_path, name, *server):
    location = ["--data-dir", tmp_path / name, *server]
    done = antt("init", "--level", "province", "--unit-code", "08", "--admin-user", ADMIN,
                "--admin-password-file", cli_runner.password_file(PASSWORD), *location)
    assert done.returncode == 0, done.stderr
    return location


def _cells(path):
    sheets = openpyxl.load_workbook(path, read_only=True)
    return {sheet.title: [row for row in sheet.iter_rows(values_only=True)] for sheet in sheets}


def test_a_province_on_postgresql_reports_exactly_what_one_on_sqlite_reports(tmp_path, postgres):
    on_file = _province(tmp_path, "tinh-sqlite")
    on_server = _province(tmp_path, "tinh-pg", "--db-url", postgres.new_database())
    assert not (tmp_path / "tinh-pg" / "antt.sqlite3").exists()
    _same_keys(resolve_paths(on_file[1]), resolve_paths(on_server[1], on_server[3]))
    assert antt("keys", "export", "--out", tmp_path / "tinh.key", *on_server).returncode == 0
    packages = _commune_packages(tmp_path, tmp_path / "tinh.key")

    reports = {}
    for name, location in (("sqlite", on_file), ("postgresql", on_server)):
        for key_file in sorted(tmp_path.glob("*.anttkey")):
            assert antt("keys", "import", key_file, *location).returncode == 0
        imported = antt("sync", "import", *packages, "--json", *location)
        assert imported.returncode == 0, imported.stderr
        assert [p["state"] for p in json.loads(imported.stdout)["packages"]] == ["imported"] * 3
        again = antt("sync", "import", *packages, "--json", *location)
        assert [p["state"] for p in json.loads(again.stdout)["packages"]] == ["duplicate"] * 3
        out = tmp_path / f"tong-hop-{name}.xlsx"
        report = antt("report", "tong-hop-nam", "--year", "2026", "--format", "xlsx", "--out", out, *location)
        assert report.returncode == 0, report.stderr
        stats = json.loads(antt("stats", "--json", *location).stdout)
        units = json.loads(antt("sync", "status", "--units", "--json", *location).stdout)["units"]
        reports[name] = (_cells(out), stats, {code: (u["packages"], u["state"]) for code, u in units.items()})

    assert reports["postgresql"] == reports["sqlite"]
    cells, stats, units = reports["postgresql"]
    assert len(stats["by_owner"]) == 3 and "02269" in stats["by_owner"]
    assert sum(packages == 1 for packages, _state in units.values()) == 3 and len(units) == 124
    assert any("Xã Thượng Lâm" in str(value) for rows in cells.values() for row in rows for value in row)


def _same_keys(source, target):
    """The server installation takes the file installation's keys, so one set of packages serves both."""
    from antt_desktop.db.sync import LocalKeys

    database = open_existing(source)
    with database.session("admin") as session:
        signing, encryption = session.query(LocalKeys.signing_private, LocalKeys.encryption_private).one()
    database.close()
    database = open_existing(target)
    with database.session("admin") as session:
        row = session.query(LocalKeys).one()
        row.signing_private, row.encryption_private = signing, encryption
    database.close()


def test_the_migrations_build_on_postgresql_exactly_the_tables_the_code_uses(postgres):
    from alembic.autogenerate import compare_metadata
    from alembic.runtime.migration import MigrationContext
    from sqlalchemy import MetaData

    from antt_desktop.db import schema

    expected = MetaData(naming_convention=schema.metadata.naming_convention)
    for table in schema.metadata.tables.values():
        for key in table.to_metadata(expected).foreign_key_constraints:
            key.deferrable, key.initially = True, "IMMEDIATE"  # revision 0010, on PostgreSQL only
    engine = create_engine(postgres.new_database())
    assert migrate.prepare(engine, None, None) is True
    with engine.connect() as connection:
        assert migrate.current_revision(connection) == migrate.HEAD
        assert compare_metadata(MigrationContext.configure(connection), expected) == []
        assert migrate.prepare(engine, None, None) is False
    engine.dispose()


def test_a_second_init_on_the_same_server_database_changes_nothing(tmp_path, postgres):
    url = postgres.new_database()
    first = initialize(resolve_paths(tmp_path / "a", url), SetupRequest(Level.PROVINCE, "08"))
    installation = first.installation().id
    first.close()
    with pytest.raises(UserError, match="máy chủ postgresql\\+psycopg://postgres@/.* đã có cơ sở dữ liệu"):
        initialize(resolve_paths(tmp_path / "b", url), SetupRequest(Level.PROVINCE, "01"))
    again = open_existing(resolve_paths(tmp_path / "b", url))
    assert (again.installation().id, again.own_unit().code) == (installation, "08")
    again.close()


def test_backups_on_a_server_are_left_to_the_server(tmp_path, postgres):
    database = initialize(resolve_paths(tmp_path / "a", postgres.new_database()), SetupRequest(Level.PROVINCE, "08"))
    assert backups.automatic_backup(database) is None
    with pytest.raises(UserError, match="pg_dump"):
        backups.backup_now(database, ADMIN_USER, tmp_path)
    database.close()
    assert not (tmp_path / "a" / "backups").exists()


def test_a_server_that_cannot_be_reached_is_said_in_words(tmp_path, postgres):
    url = make_url(postgres.new_database())
    wrong = url.set(database="khong_co_csdl", password="bi-mat").render_as_string(hide_password=False)
    done = antt("stats", "--data-dir", tmp_path, "--db-url", wrong)
    assert done.returncode == 1 and done.stderr.count("\n") == 1
    assert "Không kết nối được máy chủ cơ sở dữ liệu" in done.stderr and "khong_co_csdl" in done.stderr
    assert "bi-mat" not in done.stderr  # the password is never printed
    other = antt("stats", "--data-dir", tmp_path, "--db-url", "mysql://u@may-chu/antt")
    assert other.returncode == 1 and "Chỉ hỗ trợ máy chủ PostgreSQL" in other.stderr
    empty = antt("stats", "--data-dir", tmp_path, "--db-url", postgres.new_database())
    assert empty.returncode == 1 and "Chưa khởi tạo dữ liệu trong máy chủ" in empty.stderr
