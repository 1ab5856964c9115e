"""What the data measures for the score-sheet items of a small commune, over the assessment period, and the
score it suggests: two villages, one full team and one short, an active model and one to strengthen, three
propaganda sessions and two campaign days answered."""

from datetime import date

import pytest

from antt_desktop.domain.areas import AreaInput
from antt_desktop.domain.campaigns import ActivityInput
from antt_desktop.domain.members import MemberInput
from antt_desktop.domain.score_sheet import sheet_for
from antt_desktop.domain.security_models import ModelInput
from antt_desktop.domain.teams import TeamInput, default_quotas
from antt_desktop.services.areas import areas
from antt_desktop.services.campaigns import activities
from antt_desktop.services.evaluation import evaluations
from antt_desktop.services.evaluation.evaluation_measures import NO_DATA, measurements
from antt_desktop.services.forces import members, teams
from antt_desktop.services.security_models import security_models
from tests.conftest import EDITOR_USER

pytestmark = pytest.mark.both_storages

YEAR = 2025  # xã: 16/11/2024 – 15/11/2025; khu dân cư: 01/11/2024 – 31/10/2025
TO = "to_bao_ve_antt"


def _team(database, area, people):
    team = teams.create_team(database, EDITOR_USER, TeamInput(f"Tổ bảo vệ ANTT {area.name}", TO, area.id,
                                                              default_quotas(TO)))
    for name, role in people:
        members.create_member(database, EDITOR_USER, MemberInput(name, "nam", date(1980, 5, 1), team, role,
                                                                 date(2024, 7, 1)))


def _activity(database, day, area, kind="Tuyên truyền", campaign=""):
    activities.save_activity(database, EDITOR_USER, ActivityInput(
        kind, day, f"{kind} ngày {day:%d/%m}", area.id, campaign_code=campaign,
        channel="Loa truyền thanh" if kind == "Tuyên truyền" else ""))


@pytest.fixture
def commune(database):
    na_liem = areas.create_area(database, EDITOR_USER, AreaInput("Thôn Nà Liềm", households=120))
    ban_cho = areas.create_area(database, EDITOR_USER, AreaInput("Thôn Bản Chợ", households=95))
    _team(database, na_liem, [("Hoàng Văn Sơn", "to_truong"), ("Ma Thị Lan", "to_pho"), ("Nông Văn Hải", "to_vien")])
    _team(database, ban_cho, [("Triệu Văn Minh", "to_truong")])
    security_models.create_model(database, EDITOR_USER, ModelInput("Camera an ninh Nà Liềm", "phong_chong_toi_pham",
                                                                   area_ids=(na_liem.id,)))
    security_models.create_model(database, EDITOR_USER, ModelInput(
        "Dòng họ không có người vi phạm pháp luật", "quan_ly_doi_tuong", "needs_strengthening",
        area_ids=(ban_cho.id,)))
    _activity(database, date(2024, 12, 10), na_liem)
    _activity(database, date(2025, 5, 3), na_liem)
    _activity(database, date(2025, 11, 10), ban_cho)  # in the commune's period, after the villages'
    _activity(database, date(2024, 11, 10), ban_cho)  # before the commune's period
    _activity(database, date(2025, 8, 19), na_liem, "Ngày hội", "ngay_hoi_antq")
    _activity(database, date(2025, 10, 4), ban_cho, "Ra quân", "ngay_pccc")
    for area, met in ((na_liem, True), (ban_cho, False)):
        subject = evaluations.Subject("khu_dan_cu", area.name, area.id)
        evaluations.assess_all(database, EDITOR_USER, YEAR, subject, {
            c: (met or c != "ma_tuy", "Biên bản") for c in ("dang_ky", "ho_gia_dinh", "chinh_sach", "an_ninh",
                                                             "toi_pham", "ma_tuy", "tai_nan")})
    rows = {r.subject.name: r.subject for r in evaluations.subjects(database, YEAR)}
    return rows


def _figures(database, subject):
    found = measurements(database, YEAR, subject, sheet_for(subject.unit_type))
    return {number: (m.value, m.suggested) for number, m in found.items()}


def test_the_commune_sheet_measured_over_its_period(database, commune):
    figures = _figures(database, commune["Xã Thượng Lâm"])
    assert figures == {
        "2a": ("3 buổi tuyên truyền (yêu cầu ít nhất 4)", 6.0),
        "2b": (f"{NO_DATA} số hộ đã ký cam kết (215 hộ)", None),
        "3": ("1 hoạt động, hưởng ứng 1/1 ngày, tháng cao điểm", 10.0),  # the item names 19/8
        "4a": ("1 mô hình đang hoạt động, 1 cần củng cố", 10.0),
        "5a": ("1/2 tổ đủ định biên", 5.0),
        "7": ("1/2 khu dân cư đạt", 5.0),
    }


def test_a_village_sheet_counts_its_own_records_only(database, commune):
    figures = _figures(database, commune["Thôn Bản Chợ"])
    assert figures == {
        "2a": (f"{NO_DATA} số hộ đã ký cam kết (95 hộ)", None),
        "2b": ("0 hoạt động, hưởng ứng 0/1 ngày, tháng cao điểm", 0.0),  # none held for 19/8
        "3": ("0 mô hình đang hoạt động, 1 cần củng cố", 7.5),
        "4a": ("0/1 tổ đủ định biên", 0.0),
    }


def test_the_records_behind_a_figure(database, commune):
    found = measurements(database, YEAR, commune["Xã Thượng Lâm"], sheet_for("xa"))
    assert found["3"].headings == ("Ngày", "Đợt cao điểm", "Nội dung")
    assert [r[:2] for r in found["3"].records] == [("19/08/2025", "Ngày hội toàn dân bảo vệ an ninh Tổ quốc")]
    assert [r[0] for r in found["2a"].records] == ["10/12/2024", "03/05/2025", "10/11/2025"]
    assert found["5a"].records == (("Tổ bảo vệ ANTT Thôn Bản Chợ", "1", "3"), ("Tổ bảo vệ ANTT Thôn Nà Liềm", "3", "3"))


def test_an_agency_gets_no_figure_borrowed_from_the_commune(database, commune):
    evaluations.add_agency(database, EDITOR_USER, YEAR, "Trường THCS Thượng Lâm")
    agency = next(r.subject for r in evaluations.subjects(database, YEAR) if r.subject.unit_type == "co_quan")
    assert _figures(database, agency) == {"3": (f"{NO_DATA} riêng của cơ quan", None)}


def test_an_item_naming_a_campaign_day_is_measured_on_that_day_only(database):
    from antt_desktop.services.campaigns import campaigns
    from antt_desktop.services.evaluation.evaluation_measures import _named_in

    every = campaigns.all_campaigns(database)
    festival = sheet_for("khu_dan_cu").scored()["2b"]  # "… Ngày hội toàn dân bảo vệ an ninh Tổ quốc (19/8)"
    assert [(c.day, c.month) for c in _named_in(festival, every)] == [(19, 8)]
    assert _named_in(sheet_for("xa").scored()["1a"], every) == every  # names none: every campaign day counts
