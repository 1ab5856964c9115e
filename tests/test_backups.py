"""Backups: verified copies, one automatic backup a day, restore with a preview and a safety copy first."""


import pytest

from antt_desktop.domain.areas import AreaInput
from antt_desktop.errors import UserError
from antt_desktop.services import areas, backups
from antt_desktop.services.database import open_database
from tests import cli_runner
from tests.conftest import EDITOR_USER


def test_backup_restore_round_trip_keeps_a_safety_copy(database, tmp_path):
    areas.create_area(database, EDITOR_USER, AreaInput("Thôn Nà Liềm"))
    (tmp_path / "usb").mkdir()
    saved = backups.backup_now(database, EDITOR_USER, tmp_path / "usb")
    assert saved.exists() and saved.parent == tmp_path / "usb"
    areas.create_area(database, EDITOR_USER, AreaInput("Thôn Thêm Sau"))
    paths = database.paths
    database.close()
    found, safety = backups.restore(paths, saved)
    assert "Xã Thượng Lâm (02269)" in found.describe() and "1 khu dân cư" in found.describe()
    reopened = open_database(paths)
    assert [a.name for a in areas.list_areas(reopened)] == ["Thôn Nà Liềm"]
    reopened.close()
    assert backups.preview(safety).records["residential_areas"] == 2  # what was there before the restore


def test_automatic_backup_once_a_day_keeping_the_last(database):
    first = backups.automatic_backup(database, keep=2)
    assert first is not None and backups.automatic_backup(database, keep=2) is None
    assert len(list(database.paths.backups.glob("tu-dong-*.sqlite3"))) == 1


def test_a_broken_or_foreign_file_is_not_restored(database, tmp_path):
    fake = tmp_path / "khong-phai.sqlite3"
    fake.write_bytes(b"not a database")
    with pytest.raises(UserError, match="không phải SQLite"):
        backups.restore(database.paths, fake)
    assert [p.name for p in database.paths.backups.glob("truoc-khoi-phuc-*")] == []


def test_cli_backup_and_restore(tmp_path):
    data = tmp_path / "d"
    def antt(*args):
        return cli_runner.antt(*args, "--data-dir", data)
    assert antt("demo").returncode == 0
    made = antt("backup", "--out", tmp_path / "sao-luu.sqlite3")
    assert made.returncode == 0 and "đã kiểm tra toàn vẹn" in made.stdout
    restored = antt("restore", tmp_path / "sao-luu.sqlite3")
    assert restored.returncode == 0 and "Đã khôi phục" in restored.stdout and "truoc-khoi-phuc" in restored.stdout
