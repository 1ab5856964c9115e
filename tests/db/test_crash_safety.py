"""Pulling the plug: an import, an export, a backup, a sync import or a schema upgrade killed at random moments
leaves a consistent database and no half-written file under the name the user chose."""

import random
import shutil
import sqlite3
import subprocess
import sys
import time

from openpyxl import Workbook, load_workbook

from antt_desktop.config import resolve_paths
from antt_desktop.db.migrate import HEAD
from antt_desktop.domain.units import Level
from antt_desktop.services.admin import audit_log
from antt_desktop.services.admin.setup import SetupRequest, initialize
from antt_desktop.services.database import open_database
from antt_desktop.services.demo import demo
from antt_desktop.services.sync import sync
from tests.cli_runner import cli_env
from tests.conftest import ADMIN, ADMIN_USER, PASSWORD, exchange_keys
from tests.db.test_migrations import OLD_TABLES, _rows, first_revision_database

ROWS = 1500


def _areas_workbook(path):
    wb = Workbook()
    ws = wb.active
    ws.append(["Tên khu dân cư", "Loại", "Số nhân khẩu", "Số hộ"])
    for n in range(1, ROWS + 1):
        ws.append([f"Thôn Bản Mới {n}", "Thôn", 300 + n, 80 + n % 50])
    wb.save(path)
    return path


def _start(paths, *args):
    """``antt`` as the administrator; ``anonymous`` first: as nobody (the data is opened, then sign-in refused)."""
    anonymous = args[:1] == ("anonymous",)
    return subprocess.Popen([sys.executable, "-m", "antt_desktop", *map(str, args[anonymous:]), "--data-dir",
                             paths.data_dir], stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL,
                            stdin=subprocess.DEVNULL, env=cli_env(None if anonymous else ADMIN, PASSWORD))


def _timed_run(paths, *args, expect: int = 0) -> float:
    """Seconds a command takes from start to exit on a scratch copy of the data, to kill the real runs within."""
    scratch = paths.data_dir.parent / "scratch"
    shutil.rmtree(scratch, ignore_errors=True)
    shutil.copytree(paths.data_dir, scratch)
    started = time.perf_counter()
    assert _start(resolve_paths(scratch), *args).wait() == expect
    return time.perf_counter() - started


def _kill_at_random(paths, args, seconds, rng, check) -> int:
    """Starts the command, kills it somewhere in its run, and checks the data after every cut; returns the kills."""
    killed = 0
    for _ in range(6):
        process = _start(paths, *args)
        time.sleep(rng.uniform(0.05, seconds))
        if process.poll() is None:
            process.kill()
            killed += 1
        process.wait()
        check()
    return killed


def _state(paths) -> int:
    with sqlite3.connect(paths.database) as connection:
        assert connection.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
        assert connection.execute("PRAGMA foreign_key_check").fetchall() == []
        return connection.execute("SELECT count(*) FROM residential_areas").fetchone()[0]


def test_killed_import_export_and_backup_leave_all_or_nothing(paths, tmp_path):
    workbook = _areas_workbook(tmp_path / "kdc.xlsx")
    copies = tmp_path / "usb"
    copies.mkdir()
    rng = random.Random(2026)
    killed = 0
    commands = [("import-excel", "areas", workbook), ("backup", "--out", copies),
                ("export-excel", "areas", copies / "kdc-xuat.xlsx")]
    for attempt in range(9):
        command = commands[attempt % 3]
        process = _start(paths, *command)
        time.sleep(rng.uniform(0.2, 1.3))
        if process.poll() is None:
            process.kill()
            killed += 1
        process.wait()
        assert _state(paths) in (0, ROWS)  # never a part of the workbook
        database = open_database(paths)
        try:
            assert audit_log.verify(database, ADMIN_USER).startswith("Nhật ký nguyên vẹn")
        finally:
            database.close()
    assert killed > 0  # at least one run was really cut short
    if (copies / "kdc-xuat.xlsx").exists():
        assert load_workbook(copies / "kdc-xuat.xlsx").active["A4"].value == "STT"  # whole, never torn
    for copy in copies.glob("*.sqlite3"):  # a copy is complete and checked, or only a .partial file is left
        with sqlite3.connect(copy) as connection:
            assert connection.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
    finished = _start(paths, "import-excel", "areas", workbook)
    assert finished.wait() == 0
    assert _state(paths) == ROWS


def test_killed_sync_import_takes_the_package_whole_or_not_at_all(paths, tmp_path):
    commune = open_database(paths)
    demo.fill_commune(commune, ADMIN_USER)
    province_paths = resolve_paths(tmp_path / "tinh")
    initialize(province_paths, SetupRequest(Level.PROVINCE, "08", admin_user=ADMIN, admin_password=PASSWORD)).close()
    province = open_database(province_paths)
    exchange_keys(commune, province, tmp_path)
    province.close()
    package = sync.export_package(commune, ADMIN_USER, tmp_path).path
    with sqlite3.connect(paths.database) as connection:
        members = connection.execute("SELECT count(*) FROM force_members").fetchone()[0]
    commune.close()

    def check():
        with sqlite3.connect(province_paths.database) as connection:
            assert connection.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
            assert connection.execute("PRAGMA foreign_key_check").fetchall() == []
            arrived = connection.execute("SELECT count(*) FROM force_members WHERE owner_unit = '02269'").fetchone()[0]
            received = connection.execute("SELECT count(*) FROM received_packages").fetchone()[0]
        assert (arrived, received) in ((0, 0), (members, 1))  # the whole package, recorded as received, or nothing

    seconds = _timed_run(province_paths, "sync", "import", package)
    killed = _kill_at_random(province_paths, ("sync", "import", package), seconds, random.Random(19), check)
    assert killed > 0
    assert _start(province_paths, "sync", "import", package).wait() == 0
    check()
    with sqlite3.connect(province_paths.database) as connection:
        assert connection.execute("SELECT count(*) FROM received_packages").fetchone()[0] == 1


def test_killed_schema_upgrade_leaves_the_old_or_the_new_schema_with_every_row(empty_paths):
    first_revision_database(empty_paths)
    before = {table: _rows(empty_paths.database, table) for table in OLD_TABLES}

    def check():
        with sqlite3.connect(empty_paths.database) as connection:
            assert connection.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
            assert connection.execute("SELECT version_num FROM alembic_version").fetchone()[0] in ("0001", HEAD)
        for table, rows in before.items():
            assert _rows(empty_paths.database, table) == rows

    # the upgrade runs when the data is opened, before anyone signs in; an anonymous caller is refused after it
    seconds = _timed_run(empty_paths, "anonymous", "stats", expect=1)
    killed = _kill_at_random(empty_paths, ("anonymous", "stats"), seconds, random.Random(7), check)
    assert killed > 0
    assert _start(empty_paths, "anonymous", "stats").wait() == 1
    check()
    with sqlite3.connect(empty_paths.database) as connection:
        assert connection.execute("SELECT version_num FROM alembic_version").fetchone()[0] == HEAD
