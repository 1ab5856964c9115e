"""Users and roles managed by an admin, one's own password, the audit trail viewer and its check."""


import pytest

from antt_desktop.domain.areas import AreaInput
from antt_desktop.errors import PermissionDenied, UserError
from antt_desktop.services import auth
from antt_desktop.services.admin import audit_log, users
from antt_desktop.services.areas import areas
from antt_desktop.services.roles import Role
from tests import cli_runner
from tests.conftest import ADMIN, ADMIN_USER, EDITOR_USER, PASSWORD

pytestmark = pytest.mark.both_storages


def test_admin_manages_accounts_and_keeps_one_admin(database):
    auth.create_user(database, "canbo", "mat-khau-canbo", Role.EDITOR, "Nguyễn Văn An", ADMIN)
    users.update_user(database, ADMIN_USER, "canbo", Role.VIEWER, True)
    assert [(u.username, u.role) for u in users.list_users(database, ADMIN_USER)] == [
        ("admin", Role.ADMIN), ("canbo", Role.VIEWER)]
    with pytest.raises(UserError, match="ít nhất một quản trị viên"):
        users.update_user(database, ADMIN_USER, ADMIN, Role.EDITOR, True)
    users.update_user(database, ADMIN_USER, "canbo", Role.VIEWER, False)
    with pytest.raises(UserError, match="Sai tên đăng nhập"):
        auth.login(database, "canbo", "mat-khau-canbo")
    with pytest.raises(PermissionDenied):
        users.list_users(database, EDITOR_USER)


def test_reset_and_change_password(database):
    users.reset_password(database, ADMIN_USER, ADMIN, "mat-khau-moi-1")
    assert auth.login(database, ADMIN, "mat-khau-moi-1").role == Role.ADMIN
    with pytest.raises(UserError, match="hiện tại không đúng"):
        users.change_own_password(database, ADMIN_USER, PASSWORD, "mat-khau-moi-2")
    users.change_own_password(database, ADMIN_USER, "mat-khau-moi-1", "mat-khau-moi-2")
    assert auth.login(database, ADMIN, "mat-khau-moi-2").username == ADMIN


def test_audit_viewer_filters_and_detects_tampering(database):
    areas.create_area(database, EDITOR_USER, AreaInput("Thôn Nà Liềm"))
    auth.login(database, ADMIN, PASSWORD)
    rows = audit_log.entries(database, ADMIN_USER, audit_log.AuditFilter(action="create", text="na liem"))
    assert [(r.username, r.kind) for r in rows] == [("nhaplieu", "residential_areas")]
    assert audit_log.verify(database, ADMIN_USER).startswith("Nhật ký nguyên vẹn")
    with database.engine.begin() as connection:
        connection.exec_driver_sql("DELETE FROM audit_log WHERE action = 'create' AND kind = 'residential_areas'")
    with pytest.raises(UserError, match="bị sửa hoặc xóa"):
        audit_log.verify(database, ADMIN_USER)


def test_every_entry_names_its_record_in_words(database):
    from datetime import date

    from antt_desktop.domain.members import MemberInput
    from antt_desktop.domain.teams import TeamInput, default_quotas
    from antt_desktop.services.forces import members, teams

    area = areas.create_area(database, EDITOR_USER, AreaInput("Thôn Nà Liềm"))
    team = teams.create_team(database, EDITOR_USER, TeamInput("Tổ bảo vệ ANTT thôn Nà Liềm", "to_bao_ve_antt",
                                                              area.id, default_quotas("to_bao_ve_antt")))
    member = members.create_member(database, EDITOR_USER, MemberInput(
        "Nguyễn Văn An", "nam", date(1985, 4, 2), team, "to_vien", date(2024, 7, 1)))
    members.update_member(database, EDITOR_USER, member, MemberInput(
        "Nguyễn Văn An", "nam", date(1985, 4, 2), team, "to_vien", date(2024, 7, 1), phone="0912345678"))
    auth.login(database, ADMIN, PASSWORD)
    shown = [(r.action, r.kind, r.summary) for r in reversed(audit_log.entries(database, ADMIN_USER))]
    assert ("create", "force_members", "Nguyễn Văn An") in shown
    assert ("update", "force_members", "Nguyễn Văn An – sửa điện thoại") in shown
    assert ("create", "force_teams", "Tổ bảo vệ ANTT thôn Nà Liềm") in shown
    assert ("login", "users", "đăng nhập thành công") in shown
    for action, kind, summary in shown:
        assert summary and summary != "None" and str(member) not in summary, (action, kind)


def test_records_written_in_bulk_are_logged_with_their_id_and_summary(database):
    import uuid

    from antt_desktop.services.demo import demo

    demo.fill_commune(database, ADMIN_USER)
    created = [e for e in audit_log.entries(database, ADMIN_USER, audit_log.AuditFilter(action="create", limit=5000))
               if e.kind != "users"]
    assert {e.kind for e in created} >= {"force_members", "activities", "security_models", "residential_areas"}
    for entry in created:
        assert uuid.UUID(entry.record_id) and entry.summary and entry.summary != "None", entry.kind


def test_cli_audit_verify(tmp_path):
    data = tmp_path / "d"
    run = lambda *a: cli_runner.antt(*a, "--data-dir", data)  # noqa: E731
    assert run("demo").returncode == 0
    result = run("audit", "verify")
    assert result.returncode == 0 and "Nhật ký nguyên vẹn" in result.stdout
