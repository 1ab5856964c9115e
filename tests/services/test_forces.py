"""Teams, members, quotas and gaps, the timeline, events and attachments, through the services."""

import uuid
from datetime import date

import pytest
from sqlalchemy import select

from antt_desktop.db.forces import ForceMember
from antt_desktop.domain.areas import AreaInput
from antt_desktop.domain.members import MemberInput
from antt_desktop.domain.teams import TeamInput, default_quotas, suggested_team_name
from antt_desktop.errors import UserError
from antt_desktop.services import attachments
from antt_desktop.services.areas import areas
from antt_desktop.services.forces import member_events, members, teams
from antt_desktop.services.forces.member_query import MemberFilter, count_members, get_member, query_members
from tests.conftest import ADMIN_USER, EDITOR_USER

pytestmark = pytest.mark.both_storages


TO = "to_bao_ve_antt"


@pytest.fixture
def team(database):
    area = areas.create_area(database, EDITOR_USER, AreaInput("Thôn Đông"))
    name = suggested_team_name(TO, area.name)
    return teams.create_team(database, EDITOR_USER, TeamInput(name, TO, area.id, default_quotas(TO)))


def _member(name="Nguyễn Văn An", role="to_vien", team_id=None, cccd="", gender="nam", birth=date(1985, 4, 2),
            start=date(2024, 7, 1)):
    return MemberInput(name, gender, birth, team_id, role, start, cccd=cccd)


def test_suggested_name_and_gap_sentence(database, team):
    [row] = teams.list_teams(database)
    assert row.name == "Tổ bảo vệ ANTT thôn Đông"
    assert row.gap_text == ("Tổ bảo vệ ANTT thôn Đông thiếu 1 tổ trưởng", "Tổ bảo vệ ANTT thôn Đông thiếu 1 tổ phó",
                            "Tổ bảo vệ ANTT thôn Đông thiếu 1 tổ viên")
    members.create_member(database, EDITOR_USER, _member(team_id=team, role="to_truong"))
    members.create_member(database, EDITOR_USER, _member("Trần Thị Bình", "to_pho", team, gender="nu"))
    summary = teams.staffing_summary(database)
    assert (summary.teams, summary.teams_short, summary.people_missing) == (1, 1, 1)
    assert summary.sentences == ("Tổ bảo vệ ANTT thôn Đông thiếu 1 tổ viên",)


def test_quota_filled_then_ending_service_reopens_the_gap(database, team):
    ids = [members.create_member(database, EDITOR_USER, _member(f"Lê Văn {n}", role, team))
           for n, role in (("An", "to_truong"), ("Bảo", "to_pho"), ("Cường", "to_vien"))]
    assert teams.list_teams(database)[0].missing == 0
    members.end_service(database, EDITOR_USER, ids[2], date(2025, 1, 15), "Chuyển nơi cư trú")
    row = teams.list_teams(database)[0]
    assert row.missing == 1 and row.active_members == 2
    ended = get_member(database, ADMIN_USER, ids[2])
    assert (ended.status, ended.end_date, ended.end_reason) == ("ended", date(2025, 1, 15), "Chuyển nơi cư trú")


def test_role_change_is_a_dated_timeline_entry_not_an_overwrite(database, team):
    member_id = members.create_member(database, EDITOR_USER, _member(team_id=team))
    changed = _member(team_id=team, role="to_pho")
    members.update_member(database, EDITOR_USER, member_id, changed, change_date=date(2025, 3, 1))
    members.end_service(database, EDITOR_USER, member_id, date(2025, 9, 30), "Nghỉ hưu, hết tuổi")
    timeline = member_events.list_events(database, member_id, ("timeline",))
    assert [(e.event_date, e.category, e.from_value, e.to_value) for e in timeline] == [
        (date(2024, 7, 1), "Bắt đầu tham gia", "", "Tổ viên – Tổ bảo vệ ANTT thôn Đông"),
        (date(2025, 3, 1), "Thay đổi tổ/chức danh", "Tổ viên – Tổ bảo vệ ANTT thôn Đông",
         "Tổ phó – Tổ bảo vệ ANTT thôn Đông"),
        (date(2025, 9, 30), "Kết thúc tham gia", "Tổ phó – Tổ bảo vệ ANTT thôn Đông", ""),
    ]
    with pytest.raises(UserError, match="không xóa được"):
        member_events.delete_event(database, EDITOR_USER, timeline[0].id)


def test_duplicate_cccd_is_refused_naming_the_existing_member(database, team):
    members.create_member(database, EDITOR_USER, _member(team_id=team, cccd="001085012345"))
    with pytest.raises(UserError, match="đã có ở thành viên Nguyễn Văn An"):
        members.create_member(database, EDITOR_USER, _member("Phạm Văn Dũng", team_id=team, cccd="001 085 012 345"))
    assert count_members(database, MemberFilter()) == 1


@pytest.mark.parametrize("data, reason", [
    (dict(cccd="00108501234X"), "không phải chữ số"),
    (dict(cccd="001185012345"), "giới tính nữ"),
    (dict(birth=date(2010, 1, 1)), "chưa đủ 18 tuổi"),
    (dict(name="An"), "cả họ và tên"),
    (dict(role="doi_vien"), "không thuộc Tổ bảo vệ"),
])
def test_invalid_members_are_refused_and_nothing_written(database, team, data, reason):
    fields = {"team_id": team, **data}
    with pytest.raises(UserError, match=reason):
        members.create_member(database, EDITOR_USER, _member(**fields))
    with database.factory() as session:
        assert session.scalars(select(ForceMember)).all() == []


def test_filter_search_and_vietnamese_name_order(database, team):
    for name in ("Trần Văn Bình", "Nguyễn Thị An", "Lê Văn An", "Đỗ Đức"):
        members.create_member(database, EDITOR_USER, _member(name, team_id=team, gender="nu" if "Thị" in name
                                                             else "nam"))
    names = [m.full_name for m in query_members(database, EDITOR_USER, MemberFilter())]
    assert names == ["Nguyễn Thị An", "Lê Văn An", "Trần Văn Bình", "Đỗ Đức"]
    assert [m.full_name for m in query_members(database, EDITOR_USER, MemberFilter("van an"))] == ["Lê Văn An"]
    assert [m.full_name for m in query_members(database, EDITOR_USER, MemberFilter("duc"))] == ["Đỗ Đức"]
    assert count_members(database, MemberFilter(role="to_truong")) == 0
    page = query_members(database, EDITOR_USER, MemberFilter(), offset=2, limit=1, sort="name", descending=True)
    assert [m.full_name for m in page] == ["Lê Văn An"]


def test_cccd_is_masked_for_non_admins_and_kept_on_their_edits(database, team):
    member_id = members.create_member(database, ADMIN_USER, _member(team_id=team, cccd="001085012345"))
    seen = get_member(database, EDITOR_USER, member_id)
    assert seen.cccd == "•••••••••345"
    assert get_member(database, ADMIN_USER, member_id).cccd == "001085012345"
    members.update_member(database, EDITOR_USER, member_id, seen.as_input())
    assert get_member(database, ADMIN_USER, member_id).cccd == "001085012345"


def test_team_with_active_members_cannot_be_deleted(database, team):
    members.create_member(database, EDITOR_USER, _member(team_id=team))
    with pytest.raises(UserError, match="còn 1 thành viên"):
        teams.delete_team(database, EDITOR_USER, team)
    assert len(teams.list_teams(database)) == 1


def test_welfare_event_with_support(database, team):
    member_id = members.create_member(database, EDITOR_USER, _member(team_id=team))
    member_events.add_event(database, EDITOR_USER, member_id, member_events.EventInput(
        "welfare", date(2025, 8, 20), "Bị thương khi làm nhiệm vụ", "Bị thương khi tuần tra",
        support_proposed="Đề nghị xét hỗ trợ theo quy định của tỉnh", amount=2_000_000,
        support_given="Thăm hỏi, tặng quà", support_date=date(2025, 8, 22), support_by="Công an xã"))
    with pytest.raises(UserError, match="trước ngày xảy ra"):
        member_events.add_event(database, EDITOR_USER, member_id, member_events.EventInput(
            "welfare", date(2025, 8, 20), "Ốm đau", support_date=date(2025, 8, 1)))
    [event] = member_events.list_events(database, member_id, ("welfare",))
    assert (event.amount, event.support_by) == (2_000_000, "Công an xã")
    assert event.support_proposed == "Đề nghị xét hỗ trợ theo quy định của tỉnh"


def test_attachment_is_stored_by_content_hash(database, team, tmp_path):
    member_id = members.create_member(database, EDITOR_USER, _member(team_id=team))
    source = tmp_path / "quyết định.pdf"
    source.write_bytes(b"%PDF-1.4 test")
    row = attachments.add_attachment(database, EDITOR_USER, "members", member_id, source)
    assert attachments.store_path(database, row.sha256).read_bytes() == b"%PDF-1.4 test"
    assert [a.filename for a in attachments.list_attachments(database, "members", member_id)] == ["quyết định.pdf"]
    copy = attachments.copy_out(database, row, tmp_path / "open")
    assert copy.name == "quyết định.pdf" and copy.read_bytes() == b"%PDF-1.4 test"
    attachments.delete_attachment(database, EDITOR_USER, row.id)
    assert attachments.list_attachments(database, "members", member_id) == []


def test_unknown_team_is_refused(database):
    with pytest.raises(UserError, match="Không tìm thấy tổ/đội"):
        members.create_member(database, EDITOR_USER, _member(team_id=uuid.uuid4()))
