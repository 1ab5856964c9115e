"""Every error of every row, each placed in its column: in the report, on the command line, in the error
workbook and in the wizard's preview (bad cells coloured, the error as tooltip)."""


import pytest
from openpyxl import Workbook, load_workbook
from PySide6.QtCore import Qt

from antt_desktop.domain.areas import AreaInput
from antt_desktop.gui.excel.import_wizard import ImportWizard
from antt_desktop.services.areas import areas
from antt_desktop.services.excel import excel_export
from antt_desktop.services.excel.excel_import import import_file
from antt_desktop.services.forces.member_query import MemberFilter, query_members
from tests import cli_runner
from tests.conftest import ADMIN_USER, EDITOR_USER

HEADINGS = ["STT", "Họ và tên", "Giới tính", "Ngày sinh", "Số CCCD", "Số điện thoại", "Khu dân cư", "Chức danh"]


def _members(path):
    workbook = Workbook()
    sheet = workbook.active
    sheet.append(HEADINGS)
    sheet.append([1, "Nguyễn Văn An", "Nam", "02/04/1985", "008085012345", "0912345678", "Nà Liềm", "Tổ trưởng"])
    # four errors in one row: gender, birth date, phone, role
    sheet.append([2, "Hà Thị Lan", "Nữ?", "31/02/1990", "", "12345", "Nà Liềm", "Trưởng thôn"])
    sheet.append([3, "Lò", "Nữ", "03/05/1991", "", "", "Bản Không Có", "Tổ viên"])  # name, area
    sheet.append([4, "Ma Văn Hùng", "Nam", "1/1/1980", "", "", "Nà Liềm", "Tổ viên"])
    workbook.save(path)
    return path


@pytest.fixture
def area(database):
    return areas.create_area(database, EDITOR_USER, AreaInput("Thôn Nà Liềm"))


def _placed(report):
    return {(e.row, e.place.split(", cột ")[1].split(" ")[0] if e.column else "") for e in report.errors}


def test_every_error_of_every_row_is_reported_in_its_column(database, area, tmp_path):
    table, report = import_file(database, ADMIN_USER, "members", _members(tmp_path / "ds.xlsx"))
    assert not report.written and query_members(database, ADMIN_USER, MemberFilter()) == []
    assert _placed(report) == {(3, "C"), (3, "D"), (3, "F"), (3, "H"), (4, "B"), (4, "G")}
    by_place = {e.place: e.message for e in report.errors}
    assert by_place["Dòng 3, cột C (Giới tính)"].startswith("Giới tính “Nữ?”")
    assert "31/02/1990" in by_place["Dòng 3, cột D (Ngày sinh)"]
    assert "Số điện thoại “12345”" in by_place["Dòng 3, cột F (Số điện thoại)"]
    assert "Trưởng thôn" in by_place["Dòng 3, cột H (Chức danh)"]
    assert "Bản Không Có" in by_place["Dòng 4, cột G (Khu dân cư)"]
    assert report.summary().startswith("2 dòng có lỗi (6 lỗi) trong 4 dòng")


def test_the_error_workbook_lists_every_error_and_marks_the_bad_cells(database, area, tmp_path):
    table, report = import_file(database, ADMIN_USER, "members", _members(tmp_path / "ds.xlsx"))
    out = excel_export.error_report(table, report, tmp_path / "loi.xlsx")
    workbook = load_workbook(out)
    listing = [tuple(c.value for c in r) for r in workbook["Lỗi"].iter_rows(min_row=2)]
    assert [(r[0], r[1], r[2]) for r in listing] == [
        (3, "C", "Giới tính"), (3, "D", "Ngày sinh"), (3, "F", "Số điện thoại"), (3, "H", "Chức danh"),
        (4, "B", "Họ và tên"), (4, "G", "Khu dân cư")]
    rows = workbook["Dòng lỗi"]
    assert [c.value for c in rows[1]][:3] == ["Dòng", "STT (A)", "Họ và tên (B)"]
    assert [rows.cell(r, 1).value for r in (2, 3)] == [3, 4]
    marked = [c.column_letter for c in rows[2] if c.fill.fgColor.rgb.endswith("F8CBAD")]
    assert marked == ["D", "E", "G", "I"]  # C, D, F, H of the workbook, one column to the right
    assert "[H] Chức danh “Trưởng thôn”" in rows.cell(2, 10).value


def test_a_formula_like_name_goes_back_as_text_in_the_error_workbook(database, area, tmp_path):
    source = _members(tmp_path / "ds.xlsx")
    sheet = load_workbook(source)
    sheet.active["B5"].value = "=cmd|' /C calc'!A0"
    sheet.active["B5"].data_type = "s"
    sheet.active["F5"] = "123"  # a phone error keeps row 5 in the report
    sheet.save(source)
    table, report = import_file(database, ADMIN_USER, "members", source)
    out = excel_export.error_report(table, report, tmp_path / "loi.xlsx")
    with __import__("zipfile").ZipFile(out) as archive:
        xml = "".join(archive.read(n).decode() for n in archive.namelist() if n.startswith("xl/worksheets/"))
    assert "<f>" not in xml
    assert "=cmd|" in (load_workbook(out)["Dòng lỗi"].cell(4, 3).value or "")


def test_the_command_line_prints_every_error_with_its_column(database, area, tmp_path):
    del database
    data = tmp_path / "d"
    def antt(*args):
        return cli_runner.antt(*args, "--data-dir", data)
    assert antt("demo").returncode == 0
    result = antt("import-excel", "members", _members(tmp_path / "ds.xlsx"), "--dry-run")
    assert result.returncode == 1 and "Traceback" not in result.stderr
    lines = result.stderr.strip().splitlines()
    assert "dòng có lỗi" in lines[0]
    assert any(line.strip().startswith("Dòng 3, cột H (Chức danh): Chức danh “Trưởng thôn”") for line in lines)
    assert any(line.strip().startswith("Dòng 3, cột F (Số điện thoại)") for line in lines)


@pytest.mark.usefixtures("vietnamese")
def test_the_preview_marks_each_bad_cell_with_its_error(qtbot, database, area, tmp_path):
    wizard = ImportWizard(database, ADMIN_USER)
    qtbot.addWidget(wizard)
    wizard.show()
    wizard.ui.kindCombo.setCurrentIndex(wizard.ui.kindCombo.findData("members"))
    wizard.ui.fileEdit.setText(str(_members(tmp_path / "ds.xlsx")))
    wizard.next()
    wizard.next()
    text = wizard.ui.checkLabel.text()
    assert "Dòng 3, cột C (Giới tính)" in text and "Dòng 4, cột G (Khu dân cư)" in text
    model = wizard.ui.previewTable.model()
    headers = [model.headerData(c, Qt.Orientation.Horizontal) for c in range(model.columnCount())]
    rows = [model.data(model.index(r, 0)) for r in range(model.rowCount())]
    row3, gender, role = rows.index("3"), headers.index("Giới tính (C)"), headers.index("Chức danh (H)")
    assert model.data(model.index(row3, gender), Qt.ItemDataRole.BackgroundRole) is not None
    assert "Nữ?" in model.data(model.index(row3, gender), Qt.ItemDataRole.ToolTipRole)
    assert "Trưởng thôn" in model.data(model.index(row3, role), Qt.ItemDataRole.ToolTipRole)
    good = rows.index("2")
    assert model.data(model.index(good, gender), Qt.ItemDataRole.BackgroundRole) is None
