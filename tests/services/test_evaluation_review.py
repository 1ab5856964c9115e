"""Review by the level above, offline: a commune sends its self-assessment up in its package, the province returns
it with a comment or accepts it, the decision comes down, and an accepted sheet is locked. Decisions are taken
only from a unit above the evaluation's owner, about an evaluation of the receiver (or of a unit below it)."""

import uuid
from datetime import date

import pytest

from antt_desktop.db.evaluation import Evaluation, EvaluationReview
from antt_desktop.errors import UserError
from antt_desktop.services.evaluation import evaluation_review, evaluation_review_upper, evaluations
from antt_desktop.services.evaluation.evaluations import Subject
from antt_desktop.services.sync import sync, sync_import
from tests.conftest import ADMIN_USER
from tests.services import test_sync_forwarding as forwarding
from tests.services import test_sync_trust as trust

commune = trust.commune  # Xã Thượng Lâm (02269) with its first package at Tỉnh Tuyên Quang (08)
chain = forwarding.chain  # Xã Thượng Lâm → Cụm xã Lâm Bình → Tỉnh Tuyên Quang
YEAR = date.today().year
XA = Subject("xa", "Xã Thượng Lâm")  # the commune's own name, from the official list


def criteria(met: bool = True) -> dict:
    from antt_desktop.domain.evaluation import unit_type

    return {c["code"]: (met, "Biên bản họp") for c in unit_type("xa")["criteria"]}


def self_assess(database, met: bool = True) -> uuid.UUID:
    evaluations.assess_all(database, ADMIN_USER, YEAR, XA, criteria(met))
    with database.session() as session:
        return session.query(Evaluation).filter_by(unit_type="xa", year=YEAR).one().id


def send(source, target, tmp_path, name, to=None) -> None:
    package = sync.export_package(source, ADMIN_USER, tmp_path / name, to=to)
    outcome = sync_import.import_bytes(target, ADMIN_USER, package.path.read_bytes(), name)
    assert outcome.state == "imported", outcome.message


def province_row(database, evaluation_id):
    return next(r for r in evaluation_review_upper.review_list(database, YEAR) if r.evaluation_id == evaluation_id)


def own_status(database, evaluation_id):
    return evaluation_review.own_statuses(database, [evaluation_id])[evaluation_id]


def test_submit_return_correct_send_again_accept_then_the_sheet_is_locked(commune, province, tmp_path):
    sheet = self_assess(commune, met=False)
    assert own_status(commune, sheet).text == "Chưa gửi"
    done = evaluation_review.submit(commune, ADMIN_USER, YEAR, "xã thượng lâm")
    assert done.sent == ("Xã Thượng Lâm",)
    send(commune, province, tmp_path, "len-1.anttsync")
    row = province_row(province, sheet)
    assert (row.unit_code, row.status, row.deadline) == ("02269", "da_gui", date(YEAR, 11, 30))

    evaluation_review_upper.decide(province, ADMIN_USER, sheet, False, "Thiếu biên bản họp chi bộ quý I")
    assert province_row(province, sheet).status == "tra_lai"
    send(province, commune, tmp_path, "xuong-1.anttsync", to="02269")
    assert own_status(commune, sheet).text == "Trả lại: Thiếu biên bản họp chi bộ quý I"

    self_assess(commune, met=True)  # corrected: editable, and no longer counted as sent
    assert own_status(commune, sheet).text == "Trả lại: Thiếu biên bản họp chi bộ quý I"
    evaluation_review.submit(commune, ADMIN_USER, YEAR)
    send(commune, province, tmp_path, "len-2.anttsync")
    assert province_row(province, sheet).status == "da_gui_lai"

    evaluation_review_upper.decide(province, ADMIN_USER, sheet, True, level="kha")
    send(province, commune, tmp_path, "xuong-2.anttsync", to="02269")
    assert own_status(commune, sheet).text == "Đã duyệt"
    with pytest.raises(UserError, match="đã được Tỉnh Tuyên Quang \\(08\\) duyệt ngày .* không sửa được nữa"):
        self_assess(commune, met=False)
    with pytest.raises(UserError, match="không sửa được nữa"):
        evaluations.override_level(commune, ADMIN_USER, sheet, "yeu", "Tự hạ mức")
    with commune.session() as session:
        stored = session.get(Evaluation, sheet)
        assert all(r["met"] for r in stored.results.values()) and stored.override_level == ""
        review = session.query(EvaluationReview).one()
        assert (review.owner_unit, review.decision, review.level) == ("08", "accepted", "kha")
    # the recognising decision may still be recorded: the sheet stays locked
    evaluations.record_decision(commune, ADMIN_USER, sheet, "12/QĐ-UBND", date.today(), "UBND tỉnh")
    assert own_status(commune, sheet).text == "Đã duyệt"


def test_submission_is_audited_and_a_blank_or_unknown_subject_is_refused(commune):
    with pytest.raises(UserError, match="chưa đánh giá đối tượng nào"):
        evaluation_review.submit(commune, ADMIN_USER, YEAR + 1)
    self_assess(commune)
    with pytest.raises(UserError, match="không có bảng đánh giá của “Xã Khác”"):
        evaluation_review.submit(commune, ADMIN_USER, YEAR, "Xã Khác")
    evaluation_review.submit(commune, ADMIN_USER, YEAR, "Xã Thượng Lâm")
    with commune.session() as session:
        assert session.query(Evaluation).filter_by(unit_type="xa").one().submitted_at is not None
    from antt_desktop.services.admin import audit_log

    entry = next(e for e in audit_log.entries(commune, ADMIN_USER) if e.action == "submit")
    assert "Xã Thượng Lâm" in entry.summary


def test_an_edit_after_sending_unsends_and_an_acceptance_of_the_earlier_sheet_does_not_lock(commune, province,
                                                                                             tmp_path):
    sheet = self_assess(commune)
    evaluation_review.submit(commune, ADMIN_USER, YEAR)
    send(commune, province, tmp_path, "len-1.anttsync")
    evaluations.assess_all(commune, ADMIN_USER, YEAR, XA, {"nghi_quyet": (False, "Nghị quyết ban hành muộn")})
    evaluation_review.submit(commune, ADMIN_USER, YEAR)  # sent again before the decision came down
    evaluation_review_upper.decide(province, ADMIN_USER, sheet, True)  # on the first sheet
    send(province, commune, tmp_path, "xuong-1.anttsync", to="02269")
    assert own_status(commune, sheet).code == "da_gui_lai"
    evaluations.assess_all(commune, ADMIN_USER, YEAR, XA, {"nghi_quyet": (True, "Có nghị quyết")})  # not locked
    send(commune, province, tmp_path, "len-2.anttsync")
    assert province_row(province, sheet).status == "chua_gui"


def test_the_province_refuses_decisions_it_cannot_make(commune, province, tmp_path):
    sheet = self_assess(commune)
    send(commune, province, tmp_path, "len-1.anttsync")
    with pytest.raises(UserError, match="chưa gửi bảng đánh giá lên"):
        evaluation_review_upper.decide(province, ADMIN_USER, sheet, True)
    evaluation_review.submit(commune, ADMIN_USER, YEAR)
    send(commune, province, tmp_path, "len-2.anttsync")
    with pytest.raises(UserError, match="phải ghi rõ nội dung cần sửa"):
        evaluation_review_upper.decide(province, ADMIN_USER, sheet, False, "  ")
    with pytest.raises(UserError, match="từ 0 đến"):
        evaluation_review_upper.decide(province, ADMIN_USER, sheet, True, scores={"1a": 99})
    with pytest.raises(UserError, match="Chỉ cấp trên của đơn vị mới duyệt"):
        evaluation_review_upper.decide(commune, ADMIN_USER, sheet, True)
    with province.session() as session:
        assert session.query(EvaluationReview).count() == 0


def test_the_review_list_shows_units_that_sent_nothing_and_what_is_overdue(commune, province, tmp_path):
    rows = evaluation_review_upper.review_list(province, YEAR, today=date(YEAR, 12, 1))
    silent = next(r for r in rows if r.unit_code == "02266")
    assert (silent.evaluation_id, silent.status, silent.overdue) == (None, "chua_gui", True)
    assert silent.status_text == "chưa gửi (quá hạn)"
    areas = [r for r in rows if r.unit_code == "02269" and r.unit_type == "khu_dan_cu"]
    assert areas and all(r.deadline == date(YEAR, 11, 20) for r in areas)
    early = evaluation_review_upper.review_list(province, YEAR, today=date(YEAR, 11, 1))
    assert not any(r.overdue for r in early)


def test_cli_submit_list_return_and_accept(commune, province, tmp_path):
    self_assess(commune)
    done = trust.antt(commune, "evaluation", "submit", "--year", YEAR, "--subject", "Xã Thượng Lâm")
    assert done.returncode == 0 and "Đã đánh dấu gửi lên cấp trên 1 bảng" in done.stdout, done.stderr
    send(commune, province, tmp_path, "len-1.anttsync")
    listed = trust.antt(province, "evaluation", "review", "list", "--year", YEAR, "--json")
    import json

    rows = json.loads(listed.stdout)["reviews"]
    mine = next(r for r in rows if r["unit"] == "02269" and r["unit_type"] == "xa")
    assert (mine["status"], mine["deadline"]) == ("da_gui", f"{YEAR}-11-30")
    missing = trust.antt(province, "evaluation", "review", "return", mine["id"][:8])
    assert missing.returncode == 2 and "--comment" in missing.stderr
    returned = trust.antt(province, "evaluation", "review", "return", mine["id"][:8], "--comment", "Bổ sung minh chứng")
    assert returned.returncode == 0, returned.stderr
    text = trust.antt(province, "evaluation", "review", "list", "--year", YEAR).stdout
    assert "Xã Thượng Lâm: trả lại" in text and "Bổ sung minh chứng" in text
    wrong = trust.antt(province, "evaluation", "review", "accept", "zzzzzzzz")
    assert wrong.returncode == 1 and wrong.stderr.startswith("antt: Không tìm thấy bảng đánh giá")
    accepted = trust.antt(province, "evaluation", "review", "accept", mine["id"], "--level", "kha")
    assert accepted.returncode == 0, accepted.stderr
    with province.session() as session:
        assert session.query(EvaluationReview).one().decision == "accepted"


def test_deadlines_on_the_timeline_and_on_the_overview(commune, province, tmp_path):
    from antt_desktop.services.evaluation import evaluation_year

    self_assess(commune)
    soon = date(YEAR, 11, 25)
    alerts = evaluation_year.timeline_alerts(commune, soon)
    assert any(a.startswith("Sắp đến hạn: 1 bảng đánh giá chưa gửi lên cấp trên (hạn 30/11/") and "Xã Thượng Lâm" in a
               for a in alerts), alerts
    assert any(a.startswith("Quá hạn: ") and "chưa gửi lên cấp trên (hạn 20/11/" in a for a in alerts), alerts
    evaluation_review.submit(commune, ADMIN_USER, YEAR)
    steps = {s.code: s for s in evaluation_year.steps(commune, YEAR)}
    assert steps["ho_so_xa"].done_date == steps["tu_danh_gia_kdc"].done_date == date.today()
    assert not any("chưa gửi lên cấp trên" in a for a in evaluation_year.timeline_alerts(commune, soon))
    send(commune, province, tmp_path, "len-1.anttsync")
    waiting = evaluation_review_upper.review_list(province, YEAR)
    sent = sum(r.status == "da_gui" for r in waiting)
    upper = evaluation_year.timeline_alerts(province, date(YEAR, 12, 1))
    assert f"{sent} bảng đánh giá của đơn vị trực thuộc chờ duyệt." in upper
    late = [r for r in evaluation_review_upper.review_list(province, YEAR, date(YEAR, 12, 1)) if r.overdue
            and r.status == "chua_gui"]
    assert f"Quá hạn gửi bảng đánh giá: {len({r.unit_name for r in late})} đơn vị (" in "\n".join(upper), upper


def test_through_an_intermediate_unit_the_province_and_the_district_may_decide_and_each_holds_the_other(
        chain, tmp_path):
    from tests.services.test_sync_forwarding import DISTRICT

    commune, district, province = chain
    sheet = self_assess(commune)
    evaluation_review.submit(commune, ADMIN_USER, YEAR)
    send(commune, district, tmp_path, "xa-1.anttsync", to=DISTRICT)
    send(district, province, tmp_path, "cum-1.anttsync", to="08")
    evaluation_review_upper.decide(district, ADMIN_USER, sheet, False, "Cụm xã: bổ sung minh chứng")
    send(district, province, tmp_path, "cum-2.anttsync", to="08")  # the intermediate unit's decision goes up
    assert province_row(province, sheet).comment == "Cụm xã: bổ sung minh chứng"
    evaluation_review_upper.decide(province, ADMIN_USER, sheet, True, level="kha")
    send(province, district, tmp_path, "tinh-1.anttsync", to=DISTRICT)  # the commune's decision, to its district
    row = province_row(district, sheet)
    assert row.status == "da_duyet"
    with district.session() as session:
        assert {(r.owner_unit, r.decision) for r in session.query(EvaluationReview)} == {
            (DISTRICT, "returned"), ("08", "accepted")}
