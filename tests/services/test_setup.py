"""First run: the unit from the official list, the admin, and refusals that change nothing."""

import os

import pytest
from sqlalchemy import select

from antt_desktop.config import resolve_paths
from antt_desktop.db.models import Installation, Unit, User
from antt_desktop.domain.units import Level
from antt_desktop.errors import UserError
from antt_desktop.services.admin.setup import SetupRequest, initialize


def test_initialize_commune_records_unit_parents_and_admin(empty_paths):
    database = initialize(empty_paths, SetupRequest(Level.COMMUNE, "2269", admin_user="Admin",
                                                    admin_password="mat-khau-2026"))
    with database.factory() as session:
        installation = session.scalar(select(Installation))
        units = {u.code: (u.name, u.level, u.parent_code) for u in session.scalars(select(Unit))}
        users = session.scalars(select(User)).all()
    database.close()
    assert installation.unit_code == "02269" and installation.level == "commune"
    assert units == {"02269": ("Xã Thượng Lâm", "commune", "08"), "08": ("Tỉnh Tuyên Quang", "province", None)}
    assert [(u.username, u.role) for u in users] == [("admin", "admin")]
    assert users[0].password_hash.startswith("$argon2id$")
    assert sorted(p.name for p in empty_paths.data_dir.iterdir()) == ["antt.sqlite3"]


def test_initialize_intermediate_unit_needs_name_and_province(empty_paths):
    with pytest.raises(UserError, match="tên đơn vị"):
        initialize(empty_paths, SetupRequest(Level.DISTRICT, "H-LAMBINH", province_code="08"))
    database = initialize(empty_paths, SetupRequest(Level.DISTRICT, "h-lambinh", "Cụm xã Lâm Bình", "8"))
    unit = database.own_unit()
    database.close()
    assert (unit.code, unit.name, unit.parent_code, unit.official) == ("H-LAMBINH", "Cụm xã Lâm Bình", "08", False)


def test_initialize_refuses_an_existing_database_and_changes_nothing(paths):
    before = paths.database.read_bytes()
    stamp = paths.database.stat().st_mtime_ns
    with pytest.raises(UserError, match="đã có cơ sở dữ liệu"):
        initialize(paths, SetupRequest(Level.COMMUNE, "01", admin_user="x", admin_password="12345678"))
    assert paths.database.read_bytes() == before
    assert paths.database.stat().st_mtime_ns == stamp


def test_unknown_unit_code_creates_nothing(empty_paths):
    with pytest.raises(UserError, match="99999"):
        initialize(empty_paths, SetupRequest(Level.COMMUNE, "99999"))
    assert not empty_paths.data_dir.exists()


def test_weak_password_creates_nothing(empty_paths):
    with pytest.raises(UserError, match="ít nhất 8"):
        initialize(empty_paths, SetupRequest(Level.COMMUNE, "02269", admin_user="admin", admin_password="123"))
    assert not empty_paths.data_dir.exists()


@pytest.mark.skipif(os.geteuid() == 0, reason="root writes through read-only permissions")
def test_unwritable_data_dir_is_reported(tmp_path):
    locked = tmp_path / "locked"
    locked.mkdir()
    locked.chmod(0o500)
    with pytest.raises(UserError, match="Không ghi được"):
        initialize(resolve_paths(locked / "data"), SetupRequest(Level.COMMUNE, "02269"))


def test_data_dir_under_a_file_is_reported(tmp_path):
    blocker = tmp_path / "not-a-folder"
    blocker.write_text("x")
    with pytest.raises(UserError, match="Không ghi được vào thư mục dữ liệu"):
        initialize(resolve_paths(blocker / "data"), SetupRequest(Level.COMMUNE, "02269"))
    assert blocker.read_text() == "x"
