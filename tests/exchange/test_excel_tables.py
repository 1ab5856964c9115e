"""Workbooks as communes really keep them: area names written with or without their kind (even a name
that begins with a kind), the numbering row under the header, sub-totals and the signature block."""

import pytest
from openpyxl import Workbook

from antt_desktop.domain.areas import AreaInput
from antt_desktop.exchange.excel_reader import read_table
from antt_desktop.services.areas import areas
from antt_desktop.services.excel.excel_import import import_file
from antt_desktop.services.forces.member_query import MemberFilter, query_members
from tests.conftest import ADMIN_USER, EDITOR_USER

HEADINGS = ["STT", "Họ và tên", "Giới tính", "Ngày sinh", "Thôn", "Chức danh"]


def _book(path, rows, headings=HEADINGS, above=(), below=()):
    workbook = Workbook()
    sheet = workbook.active
    for line in above:
        sheet.append(line)
    sheet.append(headings)
    for line in rows:
        sheet.append(line)
    for line in below:
        sheet.append(line)
    workbook.save(path)
    return path


@pytest.fixture
def two_areas(database):
    for name in ("Bản Ché", "Thôn Nà Va"):
        areas.create_area(database, EDITOR_USER, AreaInput(name, "Thôn"))


def test_an_area_is_found_with_or_without_its_kind_even_when_its_name_begins_with_one(database, two_areas,
                                                                                        tmp_path):
    rows = [[1, "Hoàng Văn Một", "Nam", "01/01/1980", "Thôn Bản Ché", "Tổ viên"],
            [2, "Hoàng Văn Hai", "Nam", "01/01/1981", "Bản Ché", "Tổ viên"],
            [3, "Hoàng Văn Ba", "Nam", "01/01/1982", "Nà Va", "Tổ viên"],
            [4, "Hoàng Văn Bốn", "Nam", "01/01/1983", "thon na va", "Tổ trưởng"]]
    _, report = import_file(database, ADMIN_USER, "members", _book(tmp_path / "ds.xlsx", rows))
    assert report.errors == [], [str(e) for e in report.errors]
    teams = {m.full_name: m.team_name for m in query_members(database, ADMIN_USER, MemberFilter())}
    assert teams["Hoàng Văn Một"] == teams["Hoàng Văn Hai"] == "Tổ bảo vệ ANTT bản Ché"
    assert teams["Hoàng Văn Ba"] == teams["Hoàng Văn Bốn"] == "Tổ bảo vệ ANTT thôn Nà Va"


def test_numbering_row_subtotals_and_signature_block_are_not_read(database, two_areas, tmp_path):
    rows = [["(1)", "(2)", "(3)", "(4)", "(5)", "(6)"],
            [1, "Hoàng Văn Một", "Nam", "01/01/1980", "Bản Ché", "Tổ viên"],
            [2, "Hoàng Thị Hai", "Nữ", "01/01/1985", "Nà Va", "Tổ viên"],
            [None, "Tổng cộng", None, None, None, "2 người"]]
    below = [[], [None, None, None, "Thượng Lâm, ngày 20 tháng 11 năm 2026"],
             [None, "NGƯỜI LẬP BIỂU", None, None, "TRƯỞNG CÔNG AN XÃ"], [None, "(Ký, ghi rõ họ tên)"], [],
             [None, "Nguyễn Văn Lập", None, None, "Lý Văn Trưởng"]]
    path = _book(tmp_path / "ds.xlsx", rows, above=[["CÔNG AN XÃ THƯỢNG LÂM"], ["DANH SÁCH TỔ BẢO VỆ ANTT"]],
                 below=below)
    table = read_table(path, "members")
    assert [number for number, _ in table.rows] == [5, 6]
    _, report = import_file(database, ADMIN_USER, "members", path)
    assert report.errors == [] and report.counts["created"] == 2
    assert sorted(m.full_name for m in query_members(database, ADMIN_USER, MemberFilter())) == [
        "Hoàng Thị Hai", "Hoàng Văn Một"]


def test_a_force_column_places_members_in_the_team_of_that_force(database, two_areas, tmp_path):
    headings = [*HEADINGS, "Lực lượng"]
    rows = [[1, "Hoàng Văn Một", "Nam", "01/01/1980", "Nà Va", "Đội viên", "Đội dân phòng"],
            [2, "Hoàng Văn Hai", "Nam", "01/01/1981", "Nà Va", "Tổ viên", "Tổ bảo vệ an ninh, trật tự"]]
    _, report = import_file(database, ADMIN_USER, "members", _book(tmp_path / "ds.xlsx", rows, headings))
    assert report.errors == [], [str(e) for e in report.errors]
    teams = {m.full_name: (m.team_name, m.force_type) for m in query_members(database, ADMIN_USER, MemberFilter())}
    assert teams["Hoàng Văn Một"] == ("Đội dân phòng thôn Nà Va", "dan_phong")
    assert teams["Hoàng Văn Hai"] == ("Tổ bảo vệ ANTT thôn Nà Va", "to_bao_ve_antt")
    assert "Đã tạo tổ/đội mới “Đội dân phòng thôn Nà Va” với định biên mặc định." in report.notes


def test_a_role_outside_its_force_or_an_unknown_force_is_named_in_its_column(database, two_areas, tmp_path):
    headings = [*HEADINGS, "Lực lượng"]
    rows = [[1, "Hoàng Văn Một", "Nam", "01/01/1980", "Nà Va", "Tổ viên", "Dân phòng"],
            [2, "Hoàng Văn Hai", "Nam", "01/01/1981", "Nà Va", "Tổ viên", "Dân quân"]]
    _, report = import_file(database, ADMIN_USER, "members", _book(tmp_path / "ds.xlsx", rows, headings))
    assert [str(e) for e in report.errors] == [
        "Dòng 2, cột F (Chức danh): Chức danh “Tổ viên” không thuộc Đội dân phòng (đội trưởng, đội phó, đội viên).",
        "Dòng 3, cột G (Lực lượng): Lực lượng “Dân quân” không có trong danh mục (Tổ bảo vệ ANTT, Đội dân phòng…)."]
    assert query_members(database, ADMIN_USER, MemberFilter()) == []


@pytest.mark.parametrize("heading", ["Tên thôn, xóm", "Thôn/Bản", "Thôn, bản, khu phố", "TEN THON XOM"])
def test_ordinary_wordings_of_the_area_column_are_recognised(database, tmp_path, heading):
    path = _book(tmp_path / "kdc.xlsx", [[1, "Thôn Nà Liềm", 186], [2, "Bản Ché", 90]],
                 ["STT", heading, "Số hộ gia đình"], above=[["DANH SÁCH THÔN, XÓM CỦA XÃ"]])
    _, report = import_file(database, ADMIN_USER, "areas", path)
    assert report.errors == [] and report.counts["created"] == 2
    assert sorted(a.name for a in areas.list_areas(database)) == ["Bản Ché", "Thôn Nà Liềm"]


def test_members_headings_are_matched_by_their_words(two_areas, tmp_path):
    headings = ["TT", "Họ tên đệm và tên", "Giới tính (Nam/Nữ)", "Ngày tháng năm sinh", "Số CCCD/CMND",
                "Thôn/Bản", "Chức vụ trong tổ"]
    path = _book(tmp_path / "ds.xlsx", [[1, "Hoàng Văn Một", "Nam", "01/01/1980", "", "Nà Va", "Tổ viên"]], headings)
    table = read_table(path, "members")
    assert table.mapping == {2: "full_name", 3: "gender", 4: "birth_date", 5: "cccd", 6: "area", 7: "role"}


def test_an_area_that_almost_matches_is_proposed_never_taken(database, two_areas, tmp_path):
    rows = [[1, "Hoàng Văn Một", "Nam", "01/01/1980", "Thôn Nà Vaa", "Tổ viên"],
            [2, "Hoàng Văn Hai", "Nam", "01/01/1981", "Thôn Pác Bó", "Tổ viên"]]
    _, report = import_file(database, ADMIN_USER, "members", _book(tmp_path / "ds.xlsx", rows))
    assert [e.message for e in report.errors] == [
        "Không có khu dân cư “Thôn Nà Vaa”. Có phải “Thôn Nà Va”? Hãy sửa cho đúng tên.",
        "Không có khu dân cư “Thôn Pác Bó”. Hãy nhập danh sách khu dân cư trước (Tệp → Nhập từ Excel → Khu dân cư) "
        "hoặc thêm khu dân cư đó ở trang Địa bàn."]
    assert query_members(database, ADMIN_USER, MemberFilter()) == []


def test_a_title_above_the_table_does_not_become_a_column_heading(database, two_areas, tmp_path):
    """“DANH SÁCH TỔ BẢO VỆ ANTT” over the STT column once named that column “Tổ”: every member got a team of
    their own, named by their row number."""
    rows = [[n, f"Hoàng Văn {name}", "Nam", "01/01/1980", "Thôn Nà Va", "Tổ viên"]
            for n, name in enumerate(["Một", "Hai", "Ba"], start=1)]
    path = _book(tmp_path / "ds.xlsx", rows, above=[["DANH SÁCH TỔ BẢO VỆ ANTT"]])
    assert "team" not in read_table(path, "members").mapping.values()
    _, report = import_file(database, ADMIN_USER, "members", path)
    assert report.errors == [] and report.counts["created"] == 3
    from antt_desktop.services.forces import teams

    assert [t.name for t in teams.list_teams(database)] == ["Tổ bảo vệ ANTT thôn Nà Va"]
