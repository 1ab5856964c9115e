"""Residential areas through the service: validation, search, tombstones, ownership, roles, record stamps."""


import pytest
from sqlalchemy import select

from antt_desktop.db.audit import verify_chain
from antt_desktop.db.models import AuditEntry, Installation, ResidentialArea
from antt_desktop.domain.areas import AreaInput
from antt_desktop.errors import PermissionDenied, UserError
from antt_desktop.services.areas import areas
from tests.conftest import ADMIN_USER, EDITOR_USER, VIEWER_USER

pytestmark = pytest.mark.both_storages


def _add(database, name, **fields):
    return areas.create_area(database, EDITOR_USER, AreaInput(name, **fields))


def test_created_area_is_normalised_stamped_and_owned(database):
    row = _add(database, "  thôn  Nà   Liềm ".replace("thôn", "Thôn"), population=812, households=186,
               flags={"key_ethnic"})
    with database.factory() as session:
        area = session.get(ResidentialArea, row.id)
        installation = session.scalar(select(Installation))
    assert area.name == "Thôn Nà Liềm"
    assert area.owner_unit == "02269"
    assert area.changed_by == installation.id
    assert area.version > 0 and installation.clock == area.version
    assert area.created_at.tzinfo is not None and area.deleted_at is None
    assert area.search_key == "thon thon na liem"


def test_search_ignores_diacritics_and_case(database):
    for name in ("Thôn Nà Liềm", "Thôn Đồng Tâm", "Tổ dân phố 3"):
        _add(database, name)
    assert [r.name for r in areas.list_areas(database, "na liem")] == ["Thôn Nà Liềm"]
    assert [r.name for r in areas.list_areas(database, "DONG")] == ["Thôn Đồng Tâm"]
    assert [r.name for r in areas.list_areas(database, "50%")] == []
    assert [r.name for r in areas.list_areas(database)] == ["Thôn Đồng Tâm", "Thôn Nà Liềm", "Tổ dân phố 3"]


def test_update_bumps_version_and_keeps_identity(database):
    row = _add(database, "Thôn Bản Chợ", population=900)
    first_version = _version(database, row.id)
    updated = areas.update_area(database, EDITOR_USER, row.id, AreaInput("Thôn Bản Chợ", population=935,
                                                                          households=221))
    assert updated.id == row.id and updated.population == 935
    assert _version(database, row.id) > first_version


def _version(database, area_id):
    with database.factory() as session:
        return session.get(ResidentialArea, area_id).version


@pytest.mark.parametrize("data, message", [
    (AreaInput(""), "Chưa nhập tên"),
    (AreaInput("Thôn A", kind="Quận"), "không có trong danh mục"),
    (AreaInput("Thôn A", population=-1), "Số nhân khẩu"),
    (AreaInput("Thôn A", population=10, households=20), "Số hộ không thể lớn hơn"),
])
def test_invalid_input_is_refused_and_nothing_written(database, data, message):
    with pytest.raises(UserError, match=message):
        areas.create_area(database, EDITOR_USER, data)
    assert areas.list_areas(database, include_deleted=True) == []


def test_duplicate_name_is_refused_ignoring_diacritics(database):
    _add(database, "Thôn Nà Liềm")
    with pytest.raises(UserError, match="Đã có khu dân cư “Thôn Nà Liềm”"):
        _add(database, "THÔN NÀ LIỀM")
    assert len(areas.list_areas(database)) == 1


def test_delete_is_a_tombstone_and_restore_brings_it_back(database):
    row = _add(database, "Thôn Khuôn Hẻ")
    areas.delete_area(database, EDITOR_USER, row.id)
    assert areas.list_areas(database) == []
    deleted = areas.list_areas(database, include_deleted=True)
    assert [(r.name, r.deleted) for r in deleted] == [("Thôn Khuôn Hẻ", True)]
    with database.engine.connect() as connection:  # still there, only marked deleted
        assert connection.exec_driver_sql("SELECT count(*) FROM residential_areas").scalar() == 1
    areas.restore_area(database, EDITOR_USER, row.id)
    assert [r.name for r in areas.list_areas(database)] == ["Thôn Khuôn Hẻ"]


def test_viewer_cannot_write(database):
    with pytest.raises(PermissionDenied, match="Chỉ xem"):
        areas.create_area(database, VIEWER_USER, AreaInput("Thôn A"))
    assert areas.list_areas(database, include_deleted=True) == []


def test_records_owned_by_another_unit_are_read_only(database):
    row = _add(database, "Thôn Nà Va")
    with database.session() as session:
        session.get(ResidentialArea, row.id).owner_unit = "02270"
    with pytest.raises(UserError, match="thuộc đơn vị 02270"):
        areas.delete_area(database, ADMIN_USER, row.id)


def test_every_change_is_in_the_hash_chained_audit_log(database):
    row = _add(database, "Thôn Bản Bó")
    areas.update_area(database, EDITOR_USER, row.id, AreaInput("Thôn Bản Bó", population=503))
    areas.delete_area(database, EDITOR_USER, row.id)
    with database.factory() as session:
        entries = session.scalars(select(AuditEntry).where(AuditEntry.kind == "residential_areas")).all()
        assert [(e.action, e.username) for e in entries] == [("create", "nhaplieu"), ("update", "nhaplieu"),
                                                              ("delete", "nhaplieu")]
        assert [e.summary for e in entries] == ["Thôn Bản Bó", "Thôn Bản Bó – sửa nhân khẩu", "Thôn Bản Bó"]
        assert verify_chain(session) is None
    with database.engine.begin() as connection:  # changed behind the application's back
        connection.exec_driver_sql("UPDATE audit_log SET username = 'ke-gian' WHERE action = 'update'")
    with database.factory() as session:
        assert verify_chain(session) == entries[1].seq
