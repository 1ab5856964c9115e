"""Old workbooks as commune offices still keep them: .xls files (read by their content, whatever their name),
text typed in TCVN3 or VNI fonts, and the forged .xls an attacker would send, each refused whole."""

import json
import shutil
import struct
from datetime import date

import pytest
from openpyxl import Workbook
from openpyxl.styles import Font

from antt_desktop.domain.areas import AreaInput
from antt_desktop.errors import UserError
from antt_desktop.exchange.excel_reader import read_table, sheet_names
from antt_desktop.exchange.workbook_file import PasswordRequired, WrongPassword
from antt_desktop.services.areas import areas
from antt_desktop.services.excel.excel_import import import_file
from antt_desktop.services.forces.member_query import MemberFilter, query_members
from tests.cli_runner import antt
from tests.conftest import ADMIN, ADMIN_USER, EDITOR_USER, PASSWORD
from tests.exchange.test_excel_legacy_attacks import _dimensions
from tests.exchange.test_hostile_files import _refused, _rows
from tests.xls_forge import (
    BOUNDSHEET,
    FILEPASS,
    after_first,
    forge,
    records,
    workbook,
)

TCVN3_ROWS = [["DANH S¸CH Tæ B¶O VÖ AN NINH, TRËT Tù"], [],
              ["STT", "Hä vµ tªn", "Giíi tÝnh", "Ngµy sinh", "Th«n", "Chøc danh", "Sè CCCD"],
              [1, "NguyÔn V¨n Hïng", "Nam", date(1980, 3, 5), "B¶n ChÐ", "Tæ tr­ëng", 1080123456],
              [2, "Hoµng ThÞ Lan", "N÷", "12/07/1985", "Th«n Nµ Va", "Tæ viªn", None]]


@pytest.fixture
def two_areas(database):
    for name in ("Bản Ché", "Nà Va"):
        areas.create_area(database, EDITOR_USER, AreaInput(name, "Thôn"))


def _names(database) -> dict[str, object]:
    return {m.full_name: m for m in query_members(database, ADMIN_USER, MemberFilter())}


def test_an_xls_in_tcvn3_is_imported_in_unicode_and_says_so(database, two_areas, tmp_path):
    path = forge(tmp_path / "danh-sach.xls", workbook(TCVN3_ROWS, font=".VnTime"))
    table, report = import_file(database, ADMIN_USER, "members", path)
    assert report.errors == [], [str(e) for e in report.errors]
    assert table.headings[2] == "Họ và tên" and table.header_rows == (3,)
    members = _names(database)
    assert set(members) == {"Nguyễn Văn Hùng", "Hoàng Thị Lan"}
    assert members["Nguyễn Văn Hùng"].cccd == "001080123456"  # a number in the workbook: its zeros lost
    assert members["Nguyễn Văn Hùng"].birth_date == date(1980, 3, 5)
    assert members["Hoàng Thị Lan"].birth_date == date(1985, 7, 12)
    assert members["Nguyễn Văn Hùng"].team_name == "Tổ bảo vệ ANTT bản Ché"
    assert any("bảng mã cũ TCVN3 (ABC)" in note for note in report.notes)


def test_the_characters_tell_the_encoding_when_the_font_does_not(database, two_areas, tmp_path):
    vni = [["STT", "Hoï vaø teân", "Giôùi tính", "Naêm sinh", "Thoân", "Chöùc danh"],
           [1, "Nguyeãn Vaên Huøng", "Nam", 1980, "Baûn Cheù", "Toå vieân"]]
    path = forge(tmp_path / "vni.xls", workbook(vni))
    table, report = import_file(database, ADMIN_USER, "members", path, dry_run=True)
    assert report.errors == [] and report.rows == 1
    assert table.rows[0][1][2] == "Nguyễn Văn Hùng" and table.rows[0][1][5] == "Bản Ché"
    assert any("bảng mã cũ VNI" in note for note in report.notes)


def test_xlsx_fonts_are_read_from_the_styles(database, two_areas, tmp_path):
    book = Workbook()
    sheet = book.active
    sheet.append(["STT", "Hä vµ tªn", "Giíi tÝnh", "Ngµy sinh", "Th«n", "Chøc danh"])
    sheet.append([1, "NGUYÔN V¡N HïNG", "Nam", "05/03/1980", "B¶n ChÐ", "Tæ viªn"])
    for cell in sheet[1]:
        cell.font = Font(name=".VnTime")
    sheet["B2"].font = Font(name=".VnTimeH")  # the upper case font: lower case codes drawn upper case
    for cell in sheet[2][2:]:
        cell.font = Font(name=".VnTime")
    book.save(tmp_path / "ds.xlsx")
    _, report = import_file(database, ADMIN_USER, "members", tmp_path / "ds.xlsx")
    assert report.errors == [], [str(e) for e in report.errors]
    assert set(_names(database)) == {"NGUYỄN VĂN HÙNG"}


def test_a_workbook_is_read_by_its_content_not_its_name(database, two_areas, tmp_path):
    old = forge(tmp_path / "cu.xls", workbook(TCVN3_ROWS, font=".VnTime"))
    renamed = shutil.copy(old, tmp_path / "cu-doi-ten.xlsx")
    assert sheet_names(renamed) == ["Danh sách"]
    assert len(read_table(renamed, "members").rows) == 2
    book = Workbook()
    book.active.append(["Tên thôn", "Số hộ"])
    book.active.append(["Thôn Nà Liềm", 120])
    book.save(tmp_path / "moi.xlsx")
    new_renamed = shutil.copy(tmp_path / "moi.xlsx", tmp_path / "moi-doi-ten.xls")
    assert read_table(new_renamed, "areas").rows == [(2, {1: "Thôn Nà Liềm", 2: 120})]


def test_an_encrypted_xls_asks_for_its_password(tmp_path):
    change = after_first(0x0809, (FILEPASS, struct.pack("<HHH", 0, 0x1234, 0x5678)))
    path = forge(tmp_path / "mat-khau.xls", workbook([["Tên thôn"], ["Thôn Nà Liềm"]]), change)
    with pytest.raises(PasswordRequired, match="mat-khau.xls được đặt mật khẩu; hãy nhập mật khẩu"):
        sheet_names(path)
    with pytest.raises(WrongPassword, match="Sai mật khẩu của tệp mat-khau.xls"):
        sheet_names(path, "sai")


def test_an_office_file_that_is_not_a_workbook_is_refused(tmp_path):
    data = forge(tmp_path / "x.xls", workbook([["Tên thôn"]])).read_bytes()
    word = tmp_path / "van-ban.xls"
    word.write_bytes(data.replace("Workbook".encode("utf-16-le"), "WordDocx".encode("utf-16-le")))
    with pytest.raises(UserError, match="van-ban.xls không phải tệp Excel"):
        sheet_names(word)


def test_the_command_line_imports_an_xls_and_says_it_was_in_tcvn3(paths, tmp_path):
    path = forge(tmp_path / "khu.xls", workbook([["Tªn th«n", "Sè hé"], ["Th«n Nµ LiÒm", 120]], font=".VnTime"))
    result = antt("--data-dir", paths.data_dir, "import-excel", "areas", path, as_user=ADMIN, password=PASSWORD)
    assert result.returncode == 0, result.stderr
    assert "Đã nhập 1 dòng" in result.stdout and "bảng mã cũ TCVN3 (ABC)" in result.stdout
    again = forge(tmp_path / "khu-2.xls", workbook([["Tªn th«n"], ["Th«n NÆm §Ýp"]], font=".VnTime"))
    checked = antt("--data-dir", paths.data_dir, "import-excel", "areas", again, "--dry-run", "--json",
                   as_user=ADMIN, password=PASSWORD)
    assert checked.returncode == 0, checked.stderr
    assert '"rows": 1' in checked.stdout and "bảng mã cũ TCVN3 (ABC)" in json.loads(checked.stdout)["notes"][0]
    wrong = forge(tmp_path / "khu-3.xls", workbook([["Tªn th«n", "Sè hé"], ["Th«n Nµ Va", "mét tr¨m"]],
                                                   font=".VnTime"))
    refused = antt("--data-dir", paths.data_dir, "import-excel", "areas", wrong, as_user=ADMIN, password=PASSWORD)
    assert refused.returncode == 1 and "Traceback" not in refused.stderr
    assert "bảng mã cũ TCVN3 (ABC)" in refused.stderr and "Dòng 2, cột B (Số hộ)" in refused.stderr
    assert "“một trăm”" in refused.stderr  # the value quoted as the person reads it
    forged = forge(tmp_path / "hong.xls", workbook([["Tên thôn"], ["Thôn A"]]), _dimensions(0xFFFFFF0, 256))
    before = _rows(paths.database)
    line = _refused(antt("--data-dir", paths.data_dir, "import-excel", "areas", forged, as_user=ADMIN,
                         password=PASSWORD))
    assert "hong.xls" in line and "bị hỏng" in line
    assert _rows(paths.database)["residential_areas"] == before["residential_areas"]


def test_records_of_a_written_workbook_name_its_sheets(tmp_path):
    found = records(workbook([["a"]]).get_biff_data())
    assert [k for k, _ in found].count(BOUNDSHEET) == 1


def test_the_errors_of_an_xls_in_tcvn3_are_saved_with_the_rows_converted(database, two_areas, tmp_path):
    from openpyxl import load_workbook

    from antt_desktop.services.excel import excel_export

    rows = [list(row) for row in TCVN3_ROWS]
    rows[4][5] = "Tr­ëng th«n"  # "Trưởng thôn": not a role of the team
    path = forge(tmp_path / "loi.xls", workbook(rows, font=".VnTime"))
    table, report = import_file(database, ADMIN_USER, "members", path)
    assert [str(e) for e in report.errors] == [
        "Dòng 5, cột F (Chức danh): Chức danh “Trưởng thôn” không có trong danh mục (tổ trưởng, tổ phó, tổ viên, "
        "đội trưởng…)."]
    saved = load_workbook(excel_export.error_report(table, report, tmp_path / "dong-loi.xlsx", path))
    assert [c.value for c in saved["Lỗi"][2]][:3] == [5, "F", "Chức danh"]
    refused = [c.value for c in saved["Dòng lỗi"][2]]
    assert refused[:3] == [5, 2, "Hoàng Thị Lan"] and "Trưởng thôn" in refused
    assert _names(database) == {}


def test_a_font_given_to_part_of_a_cell_tells_its_encoding_in_xlsx_and_xls(tmp_path):
    """"Soá" reads as Unicode too; only its font (a rich text run in VNI-Times) says it is VNI for "Số"."""
    import xlwt

    from tests.xlsx_forge import forge as forge_xlsx
    from tests.xlsx_forge import row, sheet_xml

    strings = ('<?xml version="1.0" encoding="UTF-8"?><sst xmlns="http://schemas.openxmlformats.org/spreadsheetml/'
               '2006/main" count="1" uniqueCount="1"><si><r><rPr><rFont val="VNI-Times"/></rPr><t>Soá</t></r></si>'
               "</sst>")
    sheet = sheet_xml([row(1, ["Tên thôn", "Ghi chú"]), '<row r="2"><c r="A2" t="inlineStr"><is><t>Thôn Nà Liềm</t>'
                       '</is></c><c r="B2" t="s"><v>0</v></c></row>'])
    rows = read_table(forge_xlsx(tmp_path / "khu.xlsx", sheet, strings), "areas").rows
    assert rows == [(2, {1: "Thôn Nà Liềm", 2: "Số"})]
    plain = workbook([["Tên thôn", "Ghi chú"], ["Thôn Nà Va", "Soá"]])
    assert read_table(forge(tmp_path / "chu-thuong.xls", plain), "areas").rows == [(2, {1: "Thôn Nà Va", 2: "Soá"})]
    rich = workbook([["Tên thôn", "Ghi chú"], ["Thôn Nà Va"]])
    vni = xlwt.Font()
    vni.name = "VNI-Times"
    rich.get_sheet(0).write_rich_text(1, 1, [("Soá", vni)])
    assert read_table(forge(tmp_path / "khu.xls", rich), "areas").rows == [(2, {1: "Thôn Nà Va", 2: "Số"})]


def test_a_sheet_in_vni_converts_its_ambiguous_cells_but_a_mixed_sheet_keeps_its_unicode():
    from antt_desktop.exchange.legacy_cells import CellDecoder

    vni = CellDecoder()
    assert [vni.value(0, c, t) for c, t in enumerate(["Hoï vaø teân", "Soá", "Thoân"])] == ["Họ và tên", "Số", "Thôn"]
    mixed = CellDecoder()
    assert [mixed.value(0, c, t) for c, t in enumerate(["Hoï vaø teân", "Người lập", "Soá", "Thôn"])] == [
        "Họ và tên", "Người lập", "Soá", "Thôn"]
    by_font = CellDecoder(lambda row, col: "vni" if col == 0 else None)
    assert [by_font.value(0, c, t) for c, t in enumerate(["Soá", "Thôn", "Soá"])] == ["Số", "Thôn", "Soá"]
