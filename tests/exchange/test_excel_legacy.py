"""Old workbooks as commune offices still keep them: .xls files (read by their content, whatever their name),
text typed in TCVN3 or VNI fonts, and the forged .xls an attacker would send, each refused whole."""

import json
import shutil
import struct
import zipfile
from datetime import date

import pytest
from openpyxl import Workbook
from openpyxl.styles import Font

from antt_desktop.domain.areas import AreaInput
from antt_desktop.errors import UserError
from antt_desktop.exchange.excel_reader import read_table, sheet_names
from antt_desktop.exchange.workbook_file import PasswordRequired, WrongPassword
from antt_desktop.exchange.xls_book import XlsBook
from antt_desktop.exchange.xls_guard import measure, workbook_stream
from antt_desktop.services.areas import areas
from antt_desktop.services.excel.excel_import import import_file
from antt_desktop.services.forces.member_query import MemberFilter, query_members
from tests.cli_runner import antt
from tests.conftest import ADMIN, ADMIN_USER, EDITOR_USER, PASSWORD
from tests.exchange.test_hostile_files import _refused, _rows
from tests.ods_forge import write_ods
from tests.xls_forge import (
    BOUNDSHEET,
    DIMENSIONS,
    FILEPASS,
    MERGEDCELLS,
    NUMBER,
    SST,
    after_first,
    container,
    forge,
    joined,
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


def _with_part(path, part: str, change):
    """The workbook at ``path`` with its ``part`` changed (or added) by ``change``, bytes to bytes."""
    with zipfile.ZipFile(path) as source:
        parts = {info.filename: source.read(info) for info in source.infolist()}
    parts[part] = change(parts.get(part, b""))
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as out:
        for entry, data in parts.items():
            out.writestr(entry, data)
    return path


_RUNS = b"<sst><si>" + b'<r><rPr><rFont val=".VnTime"/></rPr><t>a</t></r>' * 4 + b"</si></sst>"
XLSX_FONT_ATTACKS = {
    "1,025 fonts": ("xl/styles.xml", lambda d: d.replace(b"</fonts>", b'<font><name val="Arial"/></font>' * 1025
                                                         + b"</fonts>", 1)),
    "64,001 cell styles": ("xl/styles.xml", lambda d: d.replace(b"</cellXfs>", b'<xf fontId="0"/>' * 64_001
                                                                + b"</cellXfs>", 1)),
    "a DTD whose entities multiply text": ("xl/styles.xml", lambda d: d.replace(
        b"<styleSheet", b'<!DOCTYPE s [<!ENTITY a "aaaaaaaa"><!ENTITY b "&a;&a;&a;&a;">]><styleSheet', 1)),
    "more rich-text runs than the limit (3 here)": ("xl/sharedStrings.xml", lambda _: _RUNS),
}


@pytest.mark.parametrize("attack", list(XLSX_FONT_ATTACKS))
def test_an_xlsx_whose_fonts_or_runs_are_past_excels_limits_is_refused(database, two_areas, tmp_path, monkeypatch,
                                                                       attack):
    monkeypatch.setattr("antt_desktop.exchange.xlsx_fonts.MAX_RUNS", 3)
    part, change = XLSX_FONT_ATTACKS[attack]
    book = Workbook()
    book.active.append(["STT", "Hä vµ tªn", "Giíi tÝnh", "Ngµy sinh", "Th«n", "Chøc danh"])
    book.active.append([1, "NGUYÔN V¡N HïNG", "Nam", "05/03/1980", "B¶n ChÐ", "Tæ viªn"])
    for cell in book.active[1]:
        cell.font = Font(name=".VnTime")
    book.save(tmp_path / "ds.xlsx")
    with pytest.raises(UserError, match="ds.xlsx: phần định dạng .* quá lớn hoặc không đúng dạng Excel; không nhập"):
        import_file(database, ADMIN_USER, "members", _with_part(tmp_path / "ds.xlsx", part, change))
    assert _names(database) == {}


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


def _dimensions(rows: int, columns: int):
    def change(found):
        return [(k, struct.pack("<IIHH", 0, rows, 0, columns) + d[12:] if k == DIMENSIONS else d) for k, d in found]
    return change


def _truncated_record(found):
    kind, data = found[-3]
    return [*found[:-3], (kind, data), (NUMBER, b"\x01\x00")]  # a cell record too short to hold its cell


_MERGED_1027 = (MERGEDCELLS, struct.pack("<H", 1027) + struct.pack("<HHHH", 5, 5, 0, 1) * 1027)  # a full record


def _many(found, record, times):
    index = next(i for i, (k, _) in enumerate(found) if k == DIMENSIONS)
    return [*found[:index + 1], *[record] * times, *found[index + 1:]]


def _strings(body: bytes, count: int = 2**31 - 1):
    """A change putting a shared-string table of one string (``body``) in place of the workbook's own, its
    count of unique strings the largest there is unless ``count`` is given."""
    def change(found):
        return [(k, struct.pack("<iI", 1, count) + body if k == SST else d) for k, d in found]
    return change


ATTACKS = {
    "DIMENSIONS past the format's last row": (_dimensions(0xFFFFFF0, 256), "bị hỏng hoặc không trọn vẹn"),
    "DIMENSIONS past the last column": (_dimensions(10, 0xFFFF), "bị hỏng hoặc không trọn vẹn"),
    "a cell at the last row and column": (
        after_first(DIMENSIONS, (NUMBER, struct.pack("<HHHd", 65535, 255, 0, 1.0))), "quá giới hạn 4.000.000 ô"),
    "a merged range down to the last row": (
        after_first(DIMENSIONS, (MERGEDCELLS, struct.pack("<HHHHH", 1, 0, 65535, 0, 200))), "quá giới hạn"),
    "a thousand merged ranges (allowed)": (after_first(DIMENSIONS, _MERGED_1027), None),
    "ten thousand merged ranges": (lambda found: _many(found, _MERGED_1027, 10), "vùng gộp ô, quá giới hạn"),
    "encrypted (FILEPASS, XOR)": (after_first(0x0809, (FILEPASS, struct.pack("<HHH", 0, 0x1234, 0x5678))),
                                  "được đặt mật khẩu"),
    # xlrd turns these into cells too: formulas under their BIFF3/BIFF4 codes, the BIFF2 NUMBER and BLANK
    **{f"a cell record 0x{code:04X} at the last row and column": (
        after_first(DIMENSIONS, (code, struct.pack("<HHH8sHI", 65535, 255, 15, bytes(8), 0, 0) + bytes(2))),
        "quá giới hạn 4.000.000 ô") for code in (0x0406, 0x0206, 0x0003, 0x0001)},
    "a string whose phonetic size walks backwards (endless in xlrd)": (
        _strings(struct.pack("<HBHi", 0, 0x0C, 10, -49) + bytes(40)), "bị hỏng"),
    "a string whose phonetic size runs past the table": (
        _strings(struct.pack("<HBi", 1, 0x04, 2**30) + b"a"), "bị hỏng"),
    "a string longer than the table": (_strings(struct.pack("<HB", 60000, 0) + b"abc"), "bị hỏng"),
    "more rich-text runs than the table holds": (_strings(struct.pack("<HBH", 1, 0x08, 65535) + b"a"), "bị hỏng"),
    "16,385 cell styles (XF)": (lambda found: _many(found, next(r for r in found if r[0] == 0x00E0), 16_385),
                                "hơn 16.384 kiểu định dạng ô"),
    "1,025 fonts": (lambda found: _many(found, next(r for r in found if r[0] == 0x0031), 1_025),
                    "hơn 1.024 phông chữ"),
    "16,385 number formats": (lambda found: _many(found, next(r for r in found if r[0] == 0x041E), 16_385),
                              "hơn 16.384 định dạng số và tên vùng"),
}


def test_what_xlrd_keeps_of_each_record_counts_against_the_limits(tmp_path, monkeypatch):
    monkeypatch.setattr("antt_desktop.exchange.xls_guard.MAX_RUNS", 3)
    monkeypatch.setattr("antt_desktop.exchange.xls_guard.MAX_CELL_RECORDS", 7)  # its 4 cells and 2 ROW records fit
    book = workbook([["Tên thôn", "Số hộ"], ["Thôn Nà Liềm", 120]])

    def stream(change):
        return workbook_stream(forge(tmp_path / "tan-cong.xls", book, change).read_bytes(), "tan-cong.xls")

    def runs(count):  # one shared string of ``count`` rich-text runs
        return _strings(struct.pack("<HBH", 1, 0x08, count) + b"a" + bytes(4 * count), count=1)

    measure(stream(runs(3)), "tan-cong.xls")
    with pytest.raises(UserError, match="tan-cong.xls: tệp Excel cũ"):
        measure(stream(runs(4)), "tan-cong.xls")
    measure(stream(lambda found: found), "tan-cong.xls")
    with pytest.raises(UserError, match="tan-cong.xls có hơn 7 ô có dữ liệu"):
        measure(stream(lambda found: _many(found, (0x0208, struct.pack("<HHHHHHI", 1, 0, 2, 255, 0, 0, 0)), 4)),
                "tan-cong.xls")


@pytest.mark.parametrize("attack", list(ATTACKS))
def test_forged_xls_is_refused_whole_with_a_vietnamese_reason(database, tmp_path, attack):
    change, reason = ATTACKS[attack]
    path = forge(tmp_path / "tan-cong.xls", workbook([["Tên thôn", "Số hộ"], ["Thôn Nà Liềm", 120]]), change)
    if reason is None:  # under the limit: read as it is
        assert read_table(path, "areas").rows == [(2, {1: "Thôn Nà Liềm", 2: 120})]
        return
    with pytest.raises(UserError, match=reason) as refused:
        import_file(database, ADMIN_USER, "areas", path)
    assert "tan-cong.xls" in refused.value.message
    assert [a.name for a in areas.list_areas(database)] == []


def test_a_cell_record_cut_short_or_a_truncated_file_is_refused(database, tmp_path):
    book = workbook([["Tên thôn", "Số hộ"], ["Thôn Nà Liềm", 120]])
    short = forge(tmp_path / "ngan.xls", book, _truncated_record)
    with pytest.raises(UserError, match="ngan.xls"):
        import_file(database, ADMIN_USER, "areas", short)
    whole = forge(tmp_path / "du.xls", book).read_bytes()
    for size in (600, len(whole) // 2, len(whole) - 1000):
        cut = tmp_path / f"cut-{size}.xls"
        cut.write_bytes(whole[:size])
        with pytest.raises(UserError, match="bị hỏng"):
            import_file(database, ADMIN_USER, "areas", cut)
    assert [a.name for a in areas.list_areas(database)] == []


@pytest.mark.parametrize("inside", [0, 20])
def test_two_sheets_pointing_at_the_same_records_are_refused(database, tmp_path, inside):
    """xlrd would read the one sheet's cells once for each entry (200 entries: gigabytes)."""
    book = workbook([["Tên thôn", "Số hộ"], ["Thôn Nà Liềm", 120]])
    book.add_sheet("Trang 2")
    stream = bytearray(joined(records(book.get_biff_data())))
    entries = [p for p, (k, _) in _positions(bytes(stream)) if k == BOUNDSHEET]
    first = struct.unpack_from("<I", stream, entries[0] + 4)[0]
    struct.pack_into("<I", stream, entries[1] + 4, first + inside)
    path = tmp_path / "trung-trang.xls"
    path.write_bytes(container(bytes(stream)))
    with pytest.raises(UserError, match="trung-trang.xls: tệp Excel cũ .* bị hỏng"):
        import_file(database, ADMIN_USER, "areas", path)
    assert [a.name for a in areas.list_areas(database)] == []


def _positions(stream: bytes):
    position = 0
    for kind, data in records(stream):
        yield position, (kind, data)
        position += 4 + len(data)


def test_sheets_are_read_one_at_a_time(tmp_path):
    book = workbook([["Tên thôn"], ["Thôn Nà Liềm"]])
    book.add_sheet("Trang 2").write(0, 0, "Tên thôn")
    xls = XlsBook(forge(tmp_path / "hai-trang.xls", book).read_bytes(), "hai-trang.xls")
    assert not xls.book.sheet_loaded(0) and not xls.book.sheet_loaded(1)
    assert xls.sheet("Danh sách").height == 2
    assert xls.sheet("Trang 2").height == 1 and not xls.book.sheet_loaded(0)


def test_an_xls_of_a_thousand_sheets_is_refused(database, tmp_path):
    book = workbook([["Tên thôn"], ["Thôn Nà Liềm"]])
    for number in range(1000):
        book.add_sheet(f"T{number}")
    path = forge(tmp_path / "nhieu-trang.xls", book)
    with pytest.raises(UserError, match="hơn 255 trang tính"):
        sheet_names(path)


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


def _ods_without_mimetype(path):
    with zipfile.ZipFile(write_ods(path, [["Tên thôn"], ["Thôn Ma"]])) as source:
        parts = {info.filename: source.read(info) for info in source.infolist() if info.filename != "mimetype"}
    with zipfile.ZipFile(path, "w") as out:
        for entry, data in parts.items():
            out.writestr(entry, data)
    return path


@pytest.mark.parametrize("name, make", [
    ("khu-dan-cu.ods", lambda p: write_ods(p, [["Tên thôn, xóm", "Số hộ"], ["Thôn Khuổi Phầy", 86]])),
    ("khu-dan-cu.xlsx", lambda p: write_ods(p, [["Tên thôn, xóm", "Số hộ"], ["Thôn Khuổi Phầy", 86]])),
    ("khong-mimetype.xls", _ods_without_mimetype),
])
def test_an_ods_is_refused_by_its_content_with_how_to_save_it_as_xlsx(database, tmp_path, name, make):
    """Its repeat counts let a few hundred bytes claim millions of cells, which the reader fills in: refused."""
    path = make(tmp_path / name)
    with pytest.raises(UserError, match=f"Tệp {name} là bảng tính OpenDocument .*Lưu thành… .* dạng Excel "
                                        r"\(\.xlsx\)"):
        import_file(database, ADMIN_USER, "areas", path)
    assert [a.name for a in areas.list_areas(database)] == []


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
