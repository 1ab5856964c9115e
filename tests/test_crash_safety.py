"""Pulling the plug: an import, an export or a backup killed at random moments leaves a consistent database and
no half-written file under the name the user chose."""

import random
import sqlite3
import subprocess
import sys
import time

from openpyxl import Workbook, load_workbook

from antt_desktop.services import audit_log
from antt_desktop.services.database import open_database

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
    return subprocess.Popen([sys.executable, "-m", "antt_desktop", *map(str, args), "--data-dir", paths.data_dir],
                            stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)


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
            assert audit_log.verify(database).startswith("Nhật ký nguyên vẹn")
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
