"""Campaign days, activities, key-area coverage and prestigious people, through the services."""

from datetime import date

import pytest

from antt_desktop.domain.areas import AreaInput
from antt_desktop.domain.campaigns import ActivityInput, PersonInput
from antt_desktop.errors import UserError
from antt_desktop.services.areas import areas, key_areas
from antt_desktop.services.campaigns import activities, campaigns, persons
from tests.conftest import EDITOR_USER

pytestmark = pytest.mark.both_storages


YEAR = date.today().year - 1  # a whole past year, whatever today is


@pytest.fixture
def area_ids(database):
    return {name: areas.create_area(database, EDITOR_USER, AreaInput(name, flags=flags)).id
            for name, flags in (("Thôn Nặm Đíp", {"key_religion"}), ("Thôn Bản Bó", {"key_drugs"}),
                                ("Thôn Nà Va", set()))}


def _event(day, content="Mít tinh hưởng ứng", kind="Ngày hội", campaign="", area=None, channel="", audience=None,
           people=()):
    return ActivityInput(kind, day, content, area, campaign_code=campaign, channel=channel, audience=audience,
                         person_ids=tuple(people))


def test_catalog_has_the_four_campaign_days_with_the_right_fire_day(database):
    days = {c.code: c.key_date(2026) for c in campaigns.all_campaigns(database)}
    assert days == {"thang_ma_tuy": date(2026, 6, 26), "ngay_mua_ban_nguoi": date(2026, 7, 30),
                    "ngay_hoi_antq": date(2026, 8, 19), "ngay_pccc": date(2026, 10, 4)}


def test_year_checklist_counts_events_in_the_window(database):
    activities.save_activity(database, EDITOR_USER, _event(date(YEAR, 8, 19), campaign="ngay_hoi_antq"))
    activities.save_activity(database, EDITOR_USER, _event(date(YEAR, 3, 1), campaign="ngay_pccc"))  # too early
    status = {s.campaign.code: s for s in campaigns.year_checklist(database, YEAR)}
    assert status["ngay_hoi_antq"].done and status["ngay_hoi_antq"].events == ((date(YEAR, 8, 19),
                                                                                 "Mít tinh hưởng ứng"),)
    assert not status["ngay_pccc"].done and not status["thang_ma_tuy"].done


def test_added_campaign_joins_the_checklist_and_reminders(database):
    key_date = date.today().replace(year=YEAR + 1)
    campaigns.add_campaign(database, EDITOR_USER, "Ngày pháp luật Việt Nam", date(2000, 11, 9), None, None)
    assert "Ngày pháp luật Việt Nam" in [c.name for c in campaigns.all_campaigns(database)]
    assert key_date.year == date.today().year
    reminder = campaigns.reminders(database, date(date.today().year, 10, 25))
    assert any("Ngày pháp luật Việt Nam (09/11/" in r for r in reminder)
    with pytest.raises(UserError, match="bao gồm ngày chính"):
        campaigns.add_campaign(database, EDITOR_USER, "Sai", date(2000, 5, 1), date(2000, 6, 1), None)


def test_reminder_disappears_once_an_event_is_held(database):
    today = date(YEAR, 8, 5)
    assert any("Ngày hội toàn dân bảo vệ an ninh Tổ quốc" in r for r in campaigns.reminders(database, today))
    activities.save_activity(database, EDITOR_USER, _event(date(YEAR, 8, 1), campaign="ngay_hoi_antq"))
    assert not any("Ngày hội toàn dân" in r for r in campaigns.reminders(database, today))


def test_key_areas_without_propaganda_stand_out(database, area_ids):
    activities.save_activity(database, EDITOR_USER, _event(
        date(YEAR, 5, 2), "Tuyên truyền phòng chống ma túy", "Tuyên truyền", area=area_ids["Thôn Bản Bó"],
        channel="Loa truyền thanh cơ sở", audience=300))
    rows = key_areas.coverage(database, YEAR)
    assert [(r.area.name, r.sessions, r.audience) for r in rows] == [("Thôn Nặm Đíp", 0, 0), ("Thôn Bản Bó", 1, 300)]
    assert key_areas.uncovered_sentences(database, YEAR) == [
        f"Thôn Nặm Đíp (Vùng tôn giáo) chưa được tuyên truyền năm {YEAR}."]


@pytest.mark.parametrize("data, reason", [
    (dict(kind="Họp chợ"), "loại hoạt động"),
    (dict(kind="Tuyên truyền"), "cần ghi hình thức"),
    (dict(day=None), "Chưa nhập ngày"),
    (dict(content=" "), "nội dung"),
])
def test_invalid_activities_are_refused(database, data, reason):
    fields = {"day": date(YEAR, 1, 5), **data}
    with pytest.raises(UserError, match=reason):
        activities.save_activity(database, EDITOR_USER, _event(**fields))
    assert activities.list_activities(database) == []


def test_filters_and_people_who_took_part(database, area_ids):
    person = persons.save_person(database, EDITOR_USER, PersonInput("Hoàng Văn Sính", "Người có uy tín",
                                                                   area_ids["Thôn Nặm Đíp"], "Già làng", "Tày"))
    activities.save_activity(database, EDITOR_USER, _event(
        date(YEAR, 6, 20), "Vận động bà con không trồng cây thuốc phiện", "Tuyên truyền", "thang_ma_tuy",
        area_ids["Thôn Nặm Đíp"], "Trực tiếp tại hộ gia đình", people=[person]))
    activities.save_activity(database, EDITOR_USER, _event(date(YEAR, 4, 2), "Tuần tra đêm", "Tuần tra"))
    assert [a.data.content for a in activities.list_activities(database, activities.ActivityFilter(
        YEAR, "thuoc phien"))] == ["Vận động bà con không trồng cây thuốc phiện"]
    assert len(activities.list_activities(database, activities.ActivityFilter(YEAR, activity_type="Tuần tra"))) == 1
    [row] = persons.list_persons(database, "sinh")
    assert (row.data.full_name, row.area_name, row.activity_count) == ("Hoàng Văn Sính", "Thôn Nặm Đíp", 1)
