"""Year-end recognition and classification, explained criterion by criterion; timeline; commendations."""

from datetime import date

import pytest

from antt_desktop.domain.areas import AreaInput
from antt_desktop.domain.evaluation import evaluate, unit_type
from antt_desktop.errors import UserError
from antt_desktop.services import areas, evaluation_year, evaluations
from antt_desktop.services.indicators import INDICATORS
from tests.conftest import EDITOR_USER

pytestmark = pytest.mark.both_storages


YEAR = date.today().year
CRITERIA = [c["code"] for c in unit_type("khu_dan_cu")["criteria"]]


@pytest.fixture
def subject(database):
    area = areas.create_area(database, EDITOR_USER, AreaInput("Thôn Nà Liềm"))
    return evaluations.Subject("khu_dan_cu", area.name, area.id)


def _assess_all(database, subject, failing=()):
    for code in CRITERIA:
        evaluations.assess(database, EDITOR_USER, YEAR, subject, code, code not in failing, "Biên bản họp")


def _row(database, subject):
    return next(r for r in evaluations.subjects(database, YEAR) if r.subject == subject)


def test_rules_score_level_and_cap():
    everything = {code: True for code in CRITERIA}
    assert (evaluate("khu_dan_cu", everything).recognised, evaluate("khu_dan_cu", everything).level) == (True,
                                                                                                          "xuat_sac")
    one_failing = {**everything, "tai_nan": False}  # 90 points but not recognised
    outcome = evaluate("khu_dan_cu", one_failing)
    assert (outcome.recognised, outcome.score, outcome.level) == (False, 90, "trung_binh")
    assert outcome.explanation[-1].startswith("Chưa đạt tiêu chuẩn “An toàn về an ninh, trật tự” nên mức cao nhất")
    assert evaluate("khu_dan_cu", {"dang_ky": True}).level is None


def test_every_area_and_the_commune_are_listed(database, subject):
    rows = evaluations.subjects(database, YEAR)
    assert [(r.subject.unit_type, r.subject.name) for r in rows] == [("khu_dan_cu", "Thôn Nà Liềm"),
                                                                     ("xa", "Xã Thượng Lâm")]
    assert rows[0].outcome.assessed == 0


def test_recognition_explained_and_decision(database, subject):
    _assess_all(database, subject, failing=("ma_tuy",))
    row = _row(database, subject)
    assert (row.outcome.recognised, row.outcome.score, row.level) == (False, 85, "trung_binh")
    assert "Không đạt (0/15 điểm): Không phát sinh người nghiện ma túy mới" in "\n".join(row.outcome.explanation)
    with pytest.raises(UserError, match="chưa đạt đủ các tiêu chí"):
        evaluations.record_decision(database, EDITOR_USER, row.evaluation_id, "45/QĐ-UBND", date.today(), "UBND xã")
    evaluations.assess(database, EDITOR_USER, YEAR, subject, "ma_tuy", True, "Không có người nghiện mới")
    evaluations.record_decision(database, EDITOR_USER, row.evaluation_id, "45/QĐ-UBND", date.today(),
                                "Ủy ban nhân dân xã")
    row = _row(database, subject)
    assert (row.outcome.recognised, row.level, row.decision_number) == (True, "xuat_sac", "45/QĐ-UBND")
    assert INDICATORS["areas_recognised_pct"].compute(database, YEAR, None) == 100.0


def test_override_needs_a_reason_and_is_kept(database, subject):
    _assess_all(database, subject)
    row = _row(database, subject)
    with pytest.raises(UserError, match="lý do"):
        evaluations.override_level(database, EDITOR_USER, row.evaluation_id, "kha", " ")
    evaluations.override_level(database, EDITOR_USER, row.evaluation_id, "kha", "Có vụ việc phức tạp cuối năm")
    row = _row(database, subject)
    assert (row.level, row.level_text, row.override_reason) == ("kha", "Khá (điều chỉnh)",
                                                               "Có vụ việc phức tạp cuối năm")
    assert row.outcome.level == "xuat_sac"  # the computed level stays visible beside the override


def test_timeline_and_commendations(database):
    rows = evaluation_year.steps(database, YEAR)
    assert rows[0].deadline == date(YEAR, 3, 31)
    evaluation_year.mark_step(database, EDITOR_USER, YEAR, "dang_ky", date(YEAR, 3, 20))
    assert evaluation_year.steps(database, YEAR)[0].done_date == date(YEAR, 3, 20)
    evaluation_year.add_commendation(database, EDITOR_USER, evaluation_year.CommendationInput(
        YEAR, True, "Thôn Nà Liềm", "Giấy khen", "Chủ tịch UBND xã", "88/QĐ-UBND", date.today(),
        "Đạt “An toàn về ANTT” 3 năm liền"))
    assert [c.data.recipient for c in evaluation_year.list_commendations(database, YEAR)] == ["Thôn Nà Liềm"]
    with pytest.raises(UserError, match="hình thức"):
        evaluation_year.add_commendation(database, EDITOR_USER, evaluation_year.CommendationInput(
            YEAR, False, "Nguyễn Văn An", "Huân chương", "Tỉnh", "1/QĐ", date.today()))
