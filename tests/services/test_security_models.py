"""Self-management models: registry, hồ sơ attachments checked by content, activity log, reviews, alerts."""

from datetime import date

import pytest

from antt_desktop.domain.areas import AreaInput
from antt_desktop.domain.security_models import CoreMember, ModelInput
from antt_desktop.errors import UserError
from antt_desktop.services import attachments
from antt_desktop.services.areas import areas
from antt_desktop.services.security_models import model_log
from antt_desktop.services.security_models import security_models as models
from tests.conftest import EDITOR_USER

pytestmark = pytest.mark.both_storages


PDF = b"%PDF-1.7\n1 0 obj\n<<>>\nendobj\n"
PNG = b"\x89PNG\r\n\x1a\n" + b"\x00" * 64


@pytest.fixture
def area_id(database):
    return areas.create_area(database, EDITOR_USER, AreaInput("Thôn Nà Liềm")).id


def _model(area_id, name="Camera an ninh thôn Nà Liềm", field="phong_chong_toi_pham", **extra):
    return ModelInput(name, field, area_ids=(area_id,), lead_org="Ban điều hành thôn, tổ dân phố",
                      head=CoreMember("Ma Văn Hùng"), core_members=(CoreMember("Hà Thị Lan"),), **extra)


def _attach(database, model_id, tmp_path, slot, content=PDF, name="tai-lieu.pdf"):
    source = tmp_path / name
    source.write_bytes(content)
    return attachments.add_attachment(database, EDITOR_USER, models.RECORD_KIND, model_id, source, slot=slot,
                                      allowed=attachments.DOCUMENT_TYPES,
                                      max_bytes=attachments.DOCUMENT_MAX_BYTES)


def test_registry_row_shows_scope_and_empty_file(database, area_id):
    models.create_model(database, EDITOR_USER, _model(area_id))
    [row] = models.list_models(database)
    assert row.scope_text == "Thôn Nà Liềm"
    assert row.data.head.name == "Ma Văn Hùng" and row.data.core_members[0].name == "Hà Thị Lan"
    assert row.completeness == 0 and len(row.missing_documents) == 6


@pytest.mark.parametrize("data, reason", [
    (dict(field=""), "lĩnh vực"),
    (dict(name=" "), "tên mô hình"),
    (dict(typical=True), "cấp công nhận"),
])
def test_invalid_models_are_refused(database, area_id, data, reason):
    with pytest.raises(UserError, match=reason):
        models.create_model(database, EDITOR_USER, _model(area_id, **data))
    assert models.list_models(database) == []


def test_file_completeness_and_missing_items(database, area_id, tmp_path):
    model_id = models.create_model(database, EDITOR_USER, _model(area_id))
    _attach(database, model_id, tmp_path, "quyet_dinh")
    _attach(database, model_id, tmp_path, "quy_che", PNG, "quy-che.png")
    _attach(database, model_id, tmp_path, "quy_che", PDF, "quy-che-2.pdf")
    [row] = models.list_models(database)
    assert row.completeness == 33
    assert row.missing_documents == ["Danh sách thành viên", "Sổ theo dõi hoạt động", "Biên bản sơ kết, tổng kết",
                                     "Báo cáo đánh giá"]
    # The same PDF twice is stored once.
    assert len(list((database.paths.data_dir / "attachments").rglob("*"))) == 2 + 2  # 2 folders, 2 files


def test_renamed_program_and_oversized_file_are_refused(database, area_id, tmp_path):
    model_id = models.create_model(database, EDITOR_USER, _model(area_id))
    with pytest.raises(UserError, match="không phải tệp PDF, JPG, PNG thật"):
        _attach(database, model_id, tmp_path, "quy_che", b"MZ\x90\x00" + b"\x00" * 100, "quy-che.pdf")
    big = tmp_path / "scan.pdf"
    with big.open("wb") as handle:
        handle.write(PDF)
        handle.truncate(attachments.DOCUMENT_MAX_BYTES + 1)
    with pytest.raises(UserError, match="quá giới hạn 20 MB"):
        attachments.add_attachment(database, EDITOR_USER, models.RECORD_KIND, model_id, big, slot="bao_cao",
                                   allowed=attachments.DOCUMENT_TYPES, max_bytes=attachments.DOCUMENT_MAX_BYTES)
    assert attachments.list_attachments(database, models.RECORD_KIND, model_id) == []


def test_alerts_for_inactive_incomplete_and_unreviewed_models(database, area_id):
    model_id = models.create_model(database, EDITOR_USER, _model(area_id))
    today = date.today()
    alerts = models.model_alerts(database, today, 3)
    assert any("chưa ghi hoạt động nào" in a for a in alerts)
    assert any("Hồ sơ mô hình" in a for a in alerts)
    assert any(f"chưa được rà soát, phân loại năm {today.year}" in a for a in alerts)
    model_log.add_activity(database, EDITOR_USER, model_id, today, "Họp định kỳ, lắp thêm 2 camera", 25, "Tốt")
    model_log.add_review(database, EDITOR_USER, model_id, today, "kha", "Giữ nguyên", "Công an xã")
    alerts = models.model_alerts(database, today, 3)
    assert [a for a in alerts if "hoạt động" in a and "Hồ sơ" not in a] == []
    assert not any("rà soát" in a for a in alerts)
    [row] = models.list_models(database)
    assert (row.last_rating, row.last_review_year, row.last_activity) == ("kha", today.year, today)


def test_review_outcome_changes_status_and_filters(database, area_id):
    first = models.create_model(database, EDITOR_USER, _model(area_id))
    models.create_model(database, EDITOR_USER, _model(area_id, "Tổ liên gia an toàn PCCC", "pccc"))
    model_log.add_review(database, EDITOR_USER, first, date.today(), "yeu", "Giải thể")
    assert [r.data.name for r in models.list_models(database, models.ModelFilter(status="dissolved"))] == [
        "Camera an ninh thôn Nà Liềm"]
    assert [r.data.name for r in models.list_models(database, models.ModelFilter(rating="none"))] == [
        "Tổ liên gia an toàn PCCC"]
    assert [r.data.name for r in models.list_models(database, models.ModelFilter("lien gia"))] == [
        "Tổ liên gia an toàn PCCC"]
    counts = models.counts_by_field_and_rating(database)
    assert counts["field"] == {"phong_chong_toi_pham": 1, "pccc": 1}
    assert counts["rating"] == {"yeu": 1, "none": 1}
    with pytest.raises(UserError, match="mức xếp loại"):
        model_log.add_review(database, EDITOR_USER, first, date.today(), "xuat_sac", "Giữ nguyên")


def test_head_and_core_members_link_to_recorded_force_members(database, area_id):
    from antt_desktop.domain.members import MemberInput
    from antt_desktop.domain.teams import TeamInput, default_quotas
    from antt_desktop.services.forces import members, teams

    team = teams.create_team(database, EDITOR_USER, TeamInput("Tổ bảo vệ ANTT thôn Nà Liềm", "to_bao_ve_antt", area_id,
                                                              default_quotas("to_bao_ve_antt")))
    member_id = members.create_member(database, EDITOR_USER, MemberInput(
        "Ma Văn Hùng", "nam", date(1980, 5, 5), team, "to_truong", date(2024, 7, 1)))
    models.create_model(database, EDITOR_USER, _model(area_id))
    [row] = models.list_models(database)
    assert row.data.head == CoreMember("Ma Văn Hùng", member_id)
    assert row.data.core_members == (CoreMember("Hà Thị Lan", None),)
