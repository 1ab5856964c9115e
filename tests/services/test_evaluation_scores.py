"""Self-scoring the score sheet (QĐ 510) of a village and the commune: points per item with halves, a note, the
total with deductions, the level capped when not recognised, saved whole or refused whole, audited."""

from datetime import date

import pytest
from sqlalchemy import select

from antt_desktop.db.evaluation import Evaluation
from antt_desktop.db.models import AuditEntry
from antt_desktop.domain.areas import AreaInput
from antt_desktop.domain.score_sheet import sheet_for
from antt_desktop.errors import UserError
from antt_desktop.services import attachments
from antt_desktop.services.areas import areas
from antt_desktop.services.evaluation import evaluations
from antt_desktop.services.evaluation.evaluation_scores import save_assessment, save_scores
from antt_desktop.services.sync import sync, sync_import
from tests.conftest import ADMIN_USER, EDITOR_USER, VIEWER_USER

pytestmark = pytest.mark.both_storages

YEAR = date.today().year
VILLAGE_SCORES = {"1": 10, "2a": 9.5, "2b": 10, "3": 15, "4a": 10, "4b": 4, "5a": 10, "5b": 10, "5c": 10, "5d": 8}


@pytest.fixture
def village(database):
    area = areas.create_area(database, EDITOR_USER, AreaInput("Thôn Nà Liềm"))
    return evaluations.Subject("khu_dan_cu", area.name, area.id)


def _recognise(database, subject, met=True):
    evaluations.assess_all(database, EDITOR_USER, YEAR, subject, {
        c: (met or c != "ma_tuy", "Biên bản họp") for c in ("dang_ky", "ho_gia_dinh", "chinh_sach", "an_ninh",
                                                             "toi_pham", "ma_tuy", "tai_nan")})


def _row(database, subject):
    return next(r for r in evaluations.subjects(database, YEAR) if r.subject == subject)


def _stored(database, subject):
    with database.factory() as session:
        return session.scalar(select(Evaluation).where(Evaluation.area_id == subject.area_id))


def test_self_scores_give_the_total_the_level_and_the_explanation(database, village):
    _recognise(database, village)
    save_scores(database, EDITOR_USER, YEAR, village, {n: (p, "") for n, p in VILLAGE_SCORES.items()}
                | {"4b": (4, "Chưa duy trì tuần tra tháng 7"), "T1": (2.5, "Tranh chấp đất kéo dài")})
    row = _row(database, village)
    assert (row.classification.total, row.level, row.level_text) == (94.0, "xuat_sac", "Xuất sắc")
    assert row.scores["4b"] == (4.0, "Chưa duy trì tuần tra tháng 7")
    assert "    2a. 100% hộ gia đình đăng ký, cam kết thực hiện: 9,5/10" in row.classification.explanation
    assert "Trừ 2,5 điểm: Để xảy ra vụ việc phức tạp về an ninh, trật tự kéo dài (trừ tối đa)" in \
        row.classification.explanation
    assert row.classification.explanation[-1] == "Tổng 94/100 điểm → mức Xuất sắc."
    stored = _stored(database, village)
    assert stored.score_sheet_version == sheet_for("khu_dan_cu").version == "MAU-QD510-khu-dan-cu"
    assert stored.scores["2a"] == {"points": 9.5, "note": ""}
    with database.factory() as session:
        audited = session.scalars(select(AuditEntry).where(AuditEntry.record_id == str(stored.id))).all()
    assert audited and all(a.username == EDITOR_USER.username for a in audited)


def test_not_recognised_caps_the_level_and_unfinished_sheets_wait(database, village):
    _recognise(database, village, met=False)
    save_scores(database, EDITOR_USER, YEAR, village, {n: (p, "") for n, p in list(VILLAGE_SCORES.items())[:4]})
    row = _row(database, village)
    assert (row.classification.scored, row.classification.to_score, row.level) == (4, 10, None)
    assert row.classification.explanation[-1] == "Tổng 44,5/100 điểm; chưa chấm hết các mục nên chưa phân loại."
    save_scores(database, EDITOR_USER, YEAR, village, {n: (p, "") for n, p in VILLAGE_SCORES.items()})
    row = _row(database, village)
    assert (row.classification.total, row.level) == (96.5, "kha")
    assert row.classification.explanation[-1] == ("Chưa được công nhận “An toàn về an ninh, trật tự” nên mức cao "
                                                  "nhất là Khá.")


@pytest.mark.parametrize(("scores", "reason"), [
    ({"1": (10.5, "")}, "Điểm của mục 1 phải từ 0 đến 10."),
    ({"2a": (-1, "")}, "Điểm của mục 2a phải từ 0 đến 10."),
    ({"2a": (2.3, "")}, "Điểm của mục 2a phải là số, chẵn hoặc nửa điểm (ví dụ 2 hoặc 2,5)."),
    ({"2a": ("2,5", "")}, "Điểm của mục 2a phải là số"),
    ({"2a": (float("nan"), "")}, "Điểm của mục 2a phải là số"),
    ({"2": (10, "")}, "Mục 2 không có trong bảng điểm dùng để chấm"),  # a parent: its sub-items are scored
    ({"9z": (1, ""), "../1": (1, "")}, "Mục 9z, ../1 không có trong bảng điểm dùng để chấm (MAU-QD510-khu-dan-cu)"),
    ({"1": (5, "x" * 2001)}, "Ghi chú của mục 1 dài quá 2000 ký tự"),
])
def test_a_wrong_score_refuses_the_whole_sheet(database, village, scores, reason):
    save_scores(database, EDITOR_USER, YEAR, village, {"1": (8, "Nghị quyết chi bộ số 05")})
    with pytest.raises(UserError) as refused:
        save_scores(database, EDITOR_USER, YEAR, village, {"3": (15, ""), **scores})
    assert refused.value.message.startswith(reason)
    assert _stored(database, village).scores == {"1": {"points": 8.0, "note": "Nghị quyết chi bộ số 05"}}


def test_criteria_and_scores_are_saved_together_or_not_at_all(database, village):
    with pytest.raises(UserError, match="Điểm của mục 3"):
        save_assessment(database, EDITOR_USER, YEAR, village, {"dang_ky": (True, "Nghị quyết")}, {"3": (16, "")})
    assert _row(database, village).evaluation_id is None  # nothing written, not even the evaluation
    save_assessment(database, EDITOR_USER, YEAR, village, {"dang_ky": (True, "Nghị quyết")},
                    {"3": (15, ""), "1": (7, "")})
    save_scores(database, EDITOR_USER, YEAR, village, {"1": (None, "")})  # None clears a score
    row = _row(database, village)
    assert (row.results["dang_ky"], row.scores) == ({"met": True, "evidence": "Nghị quyết"}, {"3": (15.0, "")})


def test_a_viewer_cannot_score_and_scores_outside_the_sheet_are_not_counted(database, village):
    with pytest.raises(UserError):
        save_scores(database, VIEWER_USER, YEAR, village, {"1": (5, "")})
    save_scores(database, EDITOR_USER, YEAR, village, {"1": (5, "")})
    with database.session("test") as session:  # as if received from an older sheet or a forged package
        evaluation = session.scalar(select(Evaluation).where(Evaluation.area_id == village.area_id))
        evaluation.scores = {**evaluation.scores, "8": {"points": 50, "note": ""}, "3": {"points": 99, "note": ""}}
    assert _row(database, village).scores == {"1": (5.0, "")}


def test_another_units_evaluation_is_not_changed_here(database, village):
    save_scores(database, EDITOR_USER, YEAR, village, {"1": (5, "")})
    with database.session("test") as session:  # as if it came in a package from the unit that owns it
        evaluation = session.scalar(select(Evaluation).where(Evaluation.area_id == village.area_id))
        evaluation.owner_unit = "02270"
    with pytest.raises(UserError, match="thuộc đơn vị 02270; chỉ đơn vị đó được sửa"):
        save_scores(database, EDITOR_USER, YEAR, village, {"1": (10, "")})
    assert _stored(database, village).scores == {"1": {"points": 5.0, "note": ""}}


def test_self_scores_and_their_evidence_travel_up_and_read_the_same_at_the_province(commune, province, tmp_path):  # noqa: F811
    village_row = next(r for r in evaluations.subjects(commune, YEAR) if r.subject.unit_type == "khu_dan_cu")
    evaluation_id = save_scores(commune, EDITOR_USER, YEAR, village_row.subject, {"2b": (7.5, "Ngày hội 19/8")})
    scan = tmp_path / "bien-ban.png"
    scan.write_bytes(b"\x89PNG\r\n\x1a\n" + b"\x00" * 64)
    attachments.add_attachment(commune, EDITOR_USER, "evaluations", evaluation_id, scan, slot="muc:2b")
    result = sync.export_package(commune, ADMIN_USER, tmp_path / "p1.anttsync")
    outcome = sync_import.import_bytes(province, ADMIN_USER, result.path.read_bytes(), "p1.anttsync")
    assert outcome.state == "imported", outcome.message
    sent = _row(commune, village_row.subject)
    received = next(r for r in evaluations.subjects(province, YEAR) if r.evaluation_id == evaluation_id)
    assert received.scores["2b"] == (7.5, "Ngày hội 19/8")
    assert (received.classification, received.outcome, received.level) == (sent.classification, sent.outcome,
                                                                            sent.level)
    assert [(a.filename, a.slot) for a in attachments.list_attachments(province, "evaluations", evaluation_id)] == [
        ("bien-ban.png", "muc:2b")]


def test_a_sheet_installed_mid_year_leaves_the_sheets_already_scored_as_they_were(database, village):
    from antt_desktop.domain.catalog import shipped_catalog, use_updates

    _recognise(database, village)
    save_scores(database, EDITOR_USER, YEAR, village, {n: (p, "") for n, p in VILLAGE_SCORES.items()})
    other = evaluations.Subject("khu_dan_cu", "Thôn Bản Ché",
                                areas.create_area(database, EDITOR_USER, AreaInput("Thôn Bản Ché")).id)
    province = shipped_catalog("score_sheet_khu_dan_cu") | {"version": "TQ-2026", "sample": False, "items": [
        {"number": "1", "text": "Tuyên truyền 4 đợt", "max_points": 60, "items": []},
        {"number": "2", "text": "Không có tội phạm", "max_points": 40, "items": []}]}
    use_updates({"score_sheet_khu_dan_cu": province})  # the province's sheet arrives in a package
    try:
        scored, fresh = _row(database, village), _row(database, other)
        assert (scored.sheet.version, scored.classification.total, scored.level) == ("MAU-QD510-khu-dan-cu", 96.5,
                                                                                     "xuat_sac")
        assert fresh.sheet.version == "TQ-2026"
        save_scores(database, EDITOR_USER, YEAR, village, {"2a": (10, "")})  # still the items it was scored with
        assert _row(database, village).classification.total == 97
        with pytest.raises(UserError, match="Mục 2 không có trong bảng điểm dùng để chấm"):
            save_scores(database, EDITOR_USER, YEAR, village, {"2": (40, "")})
        save_scores(database, EDITOR_USER, YEAR, other, {"1": (55, "")})
        assert _stored(database, other).score_sheet_version == "TQ-2026"
    finally:
        use_updates({})
