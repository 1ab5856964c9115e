"""Excel in and out: messy real-world workbooks, all-or-nothing imports with an error report, round trips."""

import json
import unicodedata
from datetime import datetime
from pathlib import Path

import pytest
from openpyxl import Workbook, load_workbook

from antt_desktop.domain.areas import AreaInput
from antt_desktop.errors import UserError
from antt_desktop.exchange.excel_reader import read_table
from antt_desktop.services.areas import areas
from antt_desktop.services.excel import excel_export
from antt_desktop.services.excel.excel_import import import_file, run_import
from antt_desktop.services.forces.member_query import MemberFilter, query_members
from tests import cli_runner
from tests.conftest import ADMIN_USER, EDITOR_USER

pytestmark = pytest.mark.both_storages


def _messy_members(path, bad_row=False):
    """As communes keep them: title, two-row merged header without diacritics, STT, blank row, signature."""
    wb = Workbook()
    ws = wb.active
    ws.title = "Tổ BV ANTT"
    ws["A1"] = "CÔNG AN XÃ THƯỢNG LÂM"
    ws["A2"] = "DANH SÁCH TỔ BẢO VỆ AN NINH, TRẬT TỰ"
    ws.append([])
    ws.append(["STT", "HO TEN", "Gioi tinh", "Ngay sinh", "Số định danh", "Thông tin tham gia", None, "Ghi chú"])
    ws.append([None, None, None, None, None, "Thôn", "Chức vụ", None])
    ws.merge_cells("F4:G4")
    for col in "ABCDEH":
        ws.merge_cells(f"{col}4:{col}5")
    ws.append([1, unicodedata.normalize("NFD", "Nguyễn  Văn  An"), "Nam", datetime(1985, 4, 2), 8085012345,
               "Nà Liềm", "Tổ trưởng", "=1+1"])
    ws.append([])
    ws.append([2, "Hà Thị Lan", "Nữ", "3/5/90", "008 190 000 111", "thon na liem", "tổ phó", None])
    ws.append([3, "Ma Văn Hùng", "nam", 1979, "008079000222", "Thôn Nà Liềm",
               "Tổ viên" if not bad_row else "Trưởng thôn", None])
    ws.column_dimensions["H"].hidden = True
    ws.append([])
    ws.append([None, None, None, None, None, "Thượng Lâm, ngày 20 tháng 11 năm 2026"])
    ws.append([None, None, None, None, None, "TRƯỞNG CÔNG AN XÃ"])
    other = wb.create_sheet("Ghi chú")
    other["A1"] = "Trang này không có bảng"
    wb.save(path)
    return path


@pytest.fixture
def area(database):
    return areas.create_area(database, EDITOR_USER, AreaInput("Thôn Nà Liềm"))


def test_the_table_is_found_in_a_messy_workbook(tmp_path):
    table = read_table(_messy_members(tmp_path / "to.xlsx"), "members")
    assert (table.sheet, table.header_rows) == ("Tổ BV ANTT", (4, 5))
    assert sorted(table.mapping.values()) == ["area", "birth_date", "cccd", "full_name", "gender", "role"]
    assert [number for number, _ in table.rows] == [6, 8, 9]  # not the blank row nor the signature


def test_messy_members_import_with_every_value_normalised(database, area, tmp_path):
    path = _messy_members(tmp_path / "to.xlsx")
    table, report = import_file(database, ADMIN_USER, "members", path)
    assert report.errors == [], report.errors
    rows = {m.full_name: m for m in query_members(database, ADMIN_USER, MemberFilter())}
    assert set(rows) == {"Nguyễn Văn An", "Hà Thị Lan", "Ma Văn Hùng"}
    an = rows["Nguyễn Văn An"]
    assert (an.cccd, an.birth_date.isoformat(), an.role, an.team_name) == (
        "008085012345", "1985-04-02", "to_truong", "Tổ bảo vệ ANTT thôn Nà Liềm")
    assert rows["Hà Thị Lan"].birth_date.isoformat() == "1990-05-03"
    assert rows["Ma Văn Hùng"].birth_date.isoformat() == "1979-01-01"  # a year alone
    assert report.counts["created"] == 3


def test_one_bad_row_imports_nothing_and_reports_it(database, area, tmp_path):
    path = _messy_members(tmp_path / "to.xlsx", bad_row=True)
    table, report = import_file(database, ADMIN_USER, "members", path)
    assert not report.written
    assert [e.row for e in report.errors][:1] == [9]
    assert "Chức danh “Trưởng thôn” không có trong danh mục" in report.errors[0].message
    assert query_members(database, ADMIN_USER, MemberFilter()) == []
    out = excel_export.error_report(table, report, tmp_path / "loi.xlsx")
    sheet = load_workbook(out)["Lỗi"]
    assert (sheet["A2"].value, sheet["B2"].value) == (9, "G") and "Trưởng thôn" in sheet["D2"].value


def test_dry_run_writes_nothing(database, area, tmp_path):
    table = read_table(_messy_members(tmp_path / "to.xlsx"), "members")
    table.rows = table.rows[:3]
    report = run_import(database, ADMIN_USER, "members", table, dry_run=True)
    assert report.errors == [] and not report.written
    assert query_members(database, ADMIN_USER, MemberFilter()) == []


def test_not_an_excel_file_is_refused_clearly(database, tmp_path):
    fake = tmp_path / "danh-sach.xlsx"
    fake.write_bytes(b"MZ\x90\x00 this is a program")
    with pytest.raises(UserError, match=r"có mật khẩu hoặc không phải tệp Excel \(\.xlsx, \.xls\)") as refused:
        import_file(database, ADMIN_USER, "areas", fake)
    assert "openpyxl" not in refused.value.message and "support" not in refused.value.message
    old = tmp_path / "cu.xls"
    old.write_bytes(b"\xd0\xcf\x11\xe0 old excel")
    with pytest.raises(UserError, match="lưu lại dạng .xlsx"):
        import_file(database, ADMIN_USER, "areas", old)
    text = tmp_path / "danh-sach.csv"
    text.write_text("Tên thôn\nThôn Nà Liềm\n", encoding="utf-8")
    with pytest.raises(UserError, match=r"danh-sach.csv: tệp bị hỏng, có mật khẩu hoặc không phải tệp Excel \(\.xlsx"):
        import_file(database, ADMIN_USER, "areas", text)


@pytest.mark.parametrize("chosen", ["", "."])
def test_no_file_chosen_says_so_in_vietnamese(database, chosen):
    with pytest.raises(UserError, match="Chưa chọn tệp Excel: hãy bấm “Chọn tệp…”") as refused:
        import_file(database, ADMIN_USER, "areas", Path(chosen))
    assert "openpyxl" not in refused.value.message


def test_export_then_import_round_trip_keeps_every_value(database, tmp_path):
    for name, population in (("Thôn Nà Liềm", 812), ("Tổ dân phố 3", 1250)):
        areas.create_area(database, EDITOR_USER, AreaInput(name, "Tổ dân phố" if "Tổ" in name else "Thôn",
                                                           population, population // 4))
    out = tmp_path / "kdc.xlsx"
    assert excel_export.export_kind(database, EDITOR_USER, "areas", out) == 2
    sheet = load_workbook(out).active
    assert [c.value for c in sheet[4]] == ["STT", "Tên khu dân cư", "Loại", "Số nhân khẩu", "Số hộ",
                                           "Đặc điểm trọng điểm", "Ghi chú"]
    assert sheet["B5"].value == "Thôn Nà Liềm" and sheet["D5"].value == 812
    table, report = import_file(database, EDITOR_USER, "areas", out)
    assert (report.counts["created"], report.counts["updated"]) == (0, 2)


def test_template_has_the_columns_and_drop_downs(tmp_path):
    out = excel_export.template("members", tmp_path / "mau.xlsx")
    workbook = load_workbook(out)
    sheet = workbook["Nhập liệu"]
    assert [c.value for c in sheet[4]][:4] == ["STT", "Họ và tên", "Giới tính", "Ngày sinh"]
    assert any("Nam,Nữ" in v.formula1 for v in sheet.data_validations.dataValidation)
    assert workbook["Hướng dẫn"]["A2"].value == "Họ và tên"


def test_cli_import_exit_codes_and_error_report(tmp_path):
    data = tmp_path / "d"
    def antt(*args):
        return cli_runner.antt(*args, "--data-dir", data)
    assert antt("demo").returncode == 0
    bad = _messy_members(tmp_path / "to.xlsx", bad_row=True)
    result = antt("import-excel", "members", bad, "--error-report", tmp_path / "loi.xlsx")
    assert result.returncode == 1 and "chưa nhập dòng nào" in result.stderr
    assert (tmp_path / "loi.xlsx").exists()
    good = _messy_members(tmp_path / "to2.xlsx")
    result = antt("import-excel", "members", good, "--dry-run", "--json")
    assert result.returncode == 0, result.stderr
    assert json.loads(result.stdout)["written"] is False


def test_export_can_leave_personal_data_out(database, area, tmp_path):
    import_file(database, ADMIN_USER, "members", _messy_members(tmp_path / "to.xlsx"))
    full, bare = tmp_path / "day-du.xlsx", tmp_path / "an-danh.xlsx"
    excel_export.export_kind(database, ADMIN_USER, "members", full)
    assert excel_export.export_kind(database, ADMIN_USER, "members", bare, omit_sensitive=True) == 3
    kept, left_out = load_workbook(full).active, load_workbook(bare).active
    assert [c.value for c in left_out[4]] == [c.value for c in kept[4]]  # the same columns, still importable
    headers = [c.value for c in left_out[4]]
    cccd, birth, name = headers.index("Số CCCD"), headers.index("Ngày sinh"), headers.index("Họ và tên")
    names = sorted(row[name].value for row in left_out.iter_rows(min_row=5, max_row=7))
    assert names == ["Hà Thị Lan", "Ma Văn Hùng", "Nguyễn Văn An"]
    assert all(row[cccd].value is None and row[birth].value is None for row in left_out.iter_rows(min_row=5))
    assert "008085012345" in [row[cccd].value for row in kept.iter_rows(min_row=5)]
