"""Hostile workbooks, each refused whole with a Vietnamese reason before it costs time or memory, nothing
written: old .xls files forged record by record, a .xlsx whose fonts or rich text exceed Excel's limits, and
OpenDocument spreadsheets (.ods), refused by their content."""

import struct
import zipfile

import pytest
from openpyxl import Workbook
from openpyxl.styles import Font

from antt_desktop.errors import UserError
from antt_desktop.exchange.excel_reader import read_table, sheet_names
from antt_desktop.exchange.xls_book import XlsBook
from antt_desktop.exchange.xls_guard import measure, workbook_stream
from antt_desktop.services.areas import areas
from antt_desktop.services.excel.excel_import import import_file
from antt_desktop.services.forces.member_query import MemberFilter, query_members
from tests.conftest import ADMIN_USER
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
def test_an_xlsx_whose_fonts_or_runs_are_past_excels_limits_is_refused(database, tmp_path, monkeypatch, attack):
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
    assert query_members(database, ADMIN_USER, MemberFilter()) == []


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
