"""Plans with targets whose actuals move as data is recorded; inspections; typical-commune assessment."""

from datetime import date, timedelta

import pytest

from antt_desktop.domain.areas import AreaInput
from antt_desktop.domain.campaigns import ActivityInput
from antt_desktop.domain.security_models import ModelInput
from antt_desktop.errors import UserError
from antt_desktop.services.areas import areas
from antt_desktop.services.campaigns import activities
from antt_desktop.services.plans import inspections, plans
from antt_desktop.services.plans.indicators import INDICATORS
from antt_desktop.services.security_models import security_models as models
from antt_desktop.services.security_models import typical_criteria
from tests.conftest import EDITOR_USER

pytestmark = pytest.mark.both_storages


YEAR = date.today().year


@pytest.fixture
def plan_id(database):
    return plans.save_plan(database, EDITOR_USER, plans.PlanInput(
        "Kế hoạch", "15/KH-CAX", date(YEAR, 1, 10), "Công an xã Thượng Lâm", YEAR, "Thực hiện phong trào năm"))


def test_actuals_move_with_the_data(database, plan_id):
    area = areas.create_area(database, EDITOR_USER, AreaInput("Thôn Bản Bó", flags={"key_drugs"})).id
    plans.save_target(database, EDITOR_USER, plan_id, plans.TargetInput("models_live", 2))
    plans.save_target(database, EDITOR_USER, plan_id, plans.TargetInput("propaganda_sessions", 1))
    plans.save_target(database, EDITOR_USER, plan_id, plans.TargetInput("key_areas_covered_pct", 100))
    before = {t.data.indicator: (t.actual, t.status) for t in plans.targets(database, plan_id)}
    assert before == {"models_live": (0, "Đang thực hiện"), "propaganda_sessions": (0, "Đang thực hiện"),
                      "key_areas_covered_pct": (0, "Đang thực hiện")}

    models.create_model(database, EDITOR_USER, ModelInput("Camera an ninh", "phong_chong_toi_pham", area_ids=(area,)))
    activities.save_activity(database, EDITOR_USER, ActivityInput(
        "Tuyên truyền", date(YEAR, 1, 15), "Tuyên truyền phòng chống ma túy", area, channel="Zalo"))
    after = {t.data.indicator: (t.actual, t.percent, t.status) for t in plans.targets(database, plan_id)}
    assert after == {"models_live": (1, 50, "Đang thực hiện"), "propaganda_sessions": (1, 100, "Đạt"),
                     "key_areas_covered_pct": (100, 100, "Đạt")}


def test_manual_target_and_validation(database, plan_id):
    plans.save_target(database, EDITOR_USER, plan_id, plans.TargetInput(
        "", 90, "Tỷ lệ hộ gia đình ký cam kết", "%", manual_actual=45))
    [target] = plans.targets(database, plan_id)
    assert (target.data.title, target.actual, target.percent) == ("Tỷ lệ hộ gia đình ký cam kết", 45, 50)
    with pytest.raises(UserError, match="lớn hơn 0"):
        plans.save_target(database, EDITOR_USER, plan_id, plans.TargetInput("models_live", 0))
    with pytest.raises(UserError, match="cần có tên"):
        plans.save_target(database, EDITOR_USER, plan_id, plans.TargetInput("", 5))


def test_targets_sent_down_are_read_only(database, plan_id):
    target = plans.save_target(database, EDITOR_USER, plan_id, plans.TargetInput("models_live", 3))
    with database.engine.begin() as connection:  # as a down package from the province leaves it
        connection.exec_driver_sql("UPDATE targets SET owner_unit = '08'")
    [row] = plans.targets(database, plan_id)
    assert row.read_only
    with pytest.raises(UserError, match="thuộc đơn vị 08"):
        plans.save_target(database, EDITOR_USER, plan_id, plans.TargetInput("models_live", 5), target)


def test_every_indicator_computes_on_an_empty_database(database):
    assert {code: indicator.compute(database, YEAR, None) for code, indicator in INDICATORS.items()} == {
        code: 0.0 for code in INDICATORS}


def test_inspection_remedies_overdue_until_closed(database):
    inspection = inspections.save_inspection(database, EDITOR_USER, inspections.InspectionInput(
        date.today() - timedelta(days=30), "model", "Camera an ninh thôn Bản Bó", "Đoàn kiểm tra của Công an xã",
        "Camera hỏng 2 mắt"))
    remedy = inspections.add_remedy(database, EDITOR_USER, inspection, "Thay 2 mắt camera",
                                    date.today() - timedelta(days=5))
    assert inspections.overdue_sentences(database, date.today())[0].startswith("Quá hạn khắc phục từ")
    inspections.follow_up(database, EDITOR_USER, remedy, "Đã thay xong", date.today())
    assert inspections.overdue_sentences(database, date.today()) == []
    [row] = inspections.list_inspections(database)
    assert row.open_remedies == 0 and "Đã thay xong" in row.remedies[0].follow_up
    with pytest.raises(UserError, match="trước ngày kiểm tra"):
        inspections.add_remedy(database, EDITOR_USER, inspection, "Sai", date.today() - timedelta(days=60))


def test_typical_commune_self_assessment(database):
    rows = typical_criteria.assessment(database, YEAR, "xa_dien_hinh")
    assert typical_criteria.overall(rows).startswith("Chưa đánh giá đủ (7")
    for row in rows:
        typical_criteria.save_assessment(database, EDITOR_USER, YEAR, "xa_dien_hinh", row.code, "dat", "Báo cáo")
    assert typical_criteria.overall(typical_criteria.assessment(database, YEAR, "xa_dien_hinh")) == "Đạt"
    typical_criteria.save_assessment(database, EDITOR_USER, YEAR, "xa_dien_hinh", "mo_hinh", "mot_phan")
    assert typical_criteria.overall(typical_criteria.assessment(database, YEAR, "xa_dien_hinh")).startswith(
        "Chưa đạt (1 tiêu chí")
    with pytest.raises(UserError, match="kết quả"):
        typical_criteria.save_assessment(database, EDITOR_USER, YEAR, "xa_dien_hinh", "mo_hinh", "tot")
