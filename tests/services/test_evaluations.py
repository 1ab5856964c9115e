"""Year-end recognition and classification, explained criterion by criterion; timeline; commendations."""

import json
from datetime import date

import pytest

from antt_desktop.domain.areas import AreaInput
from antt_desktop.domain.catalog import shipped_catalog, use_updates
from antt_desktop.domain.catalog_check import catalog_problem
from antt_desktop.domain.evaluation import evaluate, instrument, period, unit_type
from antt_desktop.errors import UserError
from antt_desktop.services.areas import areas
from antt_desktop.services.evaluation import evaluation_year, evaluations
from antt_desktop.services.plans.indicators import INDICATORS
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


def test_recognition_is_met_or_not_with_its_evidence():
    everything = {code: {"met": True, "evidence": "Biên bản họp"} for code in CRITERIA}
    outcome = evaluate("khu_dan_cu", everything)
    assert (outcome.recognised, outcome.result_text) == (True, "Đạt")
    assert not hasattr(outcome, "score") and not hasattr(outcome, "level")
    one_failing = {**everything, "tai_nan": {"met": False, "evidence": ""}}
    outcome = evaluate("khu_dan_cu", one_failing)
    assert (outcome.recognised, outcome.result_text) == (False, "Chưa đạt")
    assert outcome.explanation[0] == ("Đạt: Chi bộ có nghị quyết, khu dân cư đăng ký phấn đấu đạt tiêu chuẩn trong "
                                      "quý I (căn cứ: Biên bản họp)")
    assert "Không đạt: Không để xảy ra tai nạn giao thông, cháy, nổ nghiêm trọng do nguyên nhân chủ quan (chưa ghi " \
           "căn cứ)" in outcome.explanation
    assert outcome.explanation[-1] == "1/7 tiêu chí không đạt → chưa đạt tiêu chuẩn “An toàn về an ninh, trật tự”."
    assert evaluate("khu_dan_cu", {"dang_ky": {"met": True}}).recognised is None


def test_the_catalog_names_its_instrument_and_periods_without_points():
    assert all("points" not in c for c in unit_type("xa")["criteria"])
    assert instrument("khu_dan_cu") == "Thông tư 124/2021/TT-BCA, sửa đổi bởi Thông tư 48/2025/TT-BCA"
    assert period("khu_dan_cu", 2026) == (date(2025, 11, 1), date(2026, 10, 31))
    assert period("co_quan", 2026) == (date(2025, 11, 16), date(2026, 11, 15))


def test_an_upper_levels_older_catalog_with_points_still_works():
    older = json.loads(json.dumps(shipped_catalog("evaluation")))
    older["version"] = "TT124-2021+TT48-2025-tinh"
    for kind in older["unit_types"]:
        for criterion in kind["criteria"]:
            criterion["points"] = 15
    older["levels"] = [{"code": "kha", "name": "Khá", "min_points": 70}]
    assert catalog_problem("evaluation", older) is None
    use_updates({"evaluation": older})
    try:
        outcome = evaluate("xa", {c["code"]: {"met": True} for c in older["unit_types"][1]["criteria"]})
        assert outcome.recognised is True
    finally:
        use_updates({})


def test_every_area_and_the_commune_are_listed(database, subject):
    rows = evaluations.subjects(database, YEAR)
    assert [(r.subject.unit_type, r.subject.name) for r in rows] == [("khu_dan_cu", "Thôn Nà Liềm"),
                                                                     ("xa", "Xã Thượng Lâm")]
    assert rows[0].outcome.assessed == 0


def test_recognition_explained_and_decision(database, subject):
    _assess_all(database, subject, failing=("ma_tuy",))
    row = _row(database, subject)
    assert (row.outcome.recognised, row.level) == (False, None)  # the level waits for the score sheet
    assert "Không đạt: Không phát sinh người nghiện ma túy mới" in "\n".join(row.outcome.explanation)
    with pytest.raises(UserError, match="chưa đạt đủ các tiêu chí"):
        evaluations.record_decision(database, EDITOR_USER, row.evaluation_id, "45/QĐ-UBND", date.today(), "UBND xã")
    evaluations.assess(database, EDITOR_USER, YEAR, subject, "ma_tuy", True, "Không có người nghiện mới")
    evaluations.record_decision(database, EDITOR_USER, row.evaluation_id, "45/QĐ-UBND", date.today(),
                                "Ủy ban nhân dân xã")
    row = _row(database, subject)
    assert (row.outcome.recognised, row.decision_number) == (True, "45/QĐ-UBND")
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
    assert row.classification.level is None  # the level the score sheet gives stays visible beside the override
    with pytest.raises(UserError, match="không có trong bảng điểm"):
        evaluations.override_level(database, EDITOR_USER, row.evaluation_id, "gioi", "Mức không có")


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
