"""The Excel import wizard: file → proposed columns → checked rows → import on a worker thread."""

import pytest
from PySide6.QtWidgets import QWizard

from antt_desktop.domain.areas import AreaInput
from antt_desktop.gui.excel.import_wizard import ImportWizard
from antt_desktop.services.areas import areas
from antt_desktop.services.forces.member_query import MemberFilter, query_members
from tests.conftest import ADMIN_USER, EDITOR_USER
from tests.exchange.test_excel import _messy_members

pytestmark = pytest.mark.usefixtures("vietnamese")


def test_wizard_imports_a_messy_workbook(qtbot, database, tmp_path):
    areas.create_area(database, EDITOR_USER, AreaInput("Thôn Nà Liềm"))
    wizard = ImportWizard(database, ADMIN_USER)
    qtbot.addWidget(wizard)
    wizard.show()
    wizard.ui.kindCombo.setCurrentIndex(wizard.ui.kindCombo.findData("members"))
    wizard.ui.fileEdit.setText(str(_messy_members(tmp_path / "to.xlsx")))
    wizard.next()
    assert wizard.currentId() == 1
    assert "dòng tiêu đề 4–5, 3 dòng dữ liệu" in wizard.ui.headerInfo.text()
    assert wizard.ui.mappingLayout.rowCount() >= 6
    wizard.next()
    assert "Kiểm tra xong, có thể nhập 3 dòng" in wizard.ui.checkLabel.text()
    assert query_members(database, ADMIN_USER, MemberFilter()) == []  # checking wrote nothing
    wizard.next()
    qtbot.waitUntil(lambda: wizard.button(QWizard.WizardButton.FinishButton).isEnabled(), timeout=10000)
    assert wizard.ui.resultLabel.text().startswith("Đã nhập 3 dòng")
    assert len(query_members(database, ADMIN_USER, MemberFilter())) == 3


def test_wizard_stops_on_rows_with_errors(qtbot, database, tmp_path):
    areas.create_area(database, EDITOR_USER, AreaInput("Thôn Nà Liềm"))
    wizard = ImportWizard(database, ADMIN_USER)
    qtbot.addWidget(wizard)
    wizard.show()
    wizard.ui.kindCombo.setCurrentIndex(wizard.ui.kindCombo.findData("members"))
    wizard.ui.fileEdit.setText(str(_messy_members(tmp_path / "to.xlsx", bad_row=True)))
    wizard.next()
    wizard.next()
    assert "Dòng 9, cột G (Chức vụ): Chức danh “Trưởng thôn” không có trong danh mục" in wizard.ui.checkLabel.text()
    assert wizard.ui.errorReportButton.isEnabled()


def test_the_column_matching_chosen_is_remembered_for_the_same_headings(qtbot, database, tmp_path):
    areas.create_area(database, EDITOR_USER, AreaInput("Thôn Nà Liềm"))
    path = _messy_members(tmp_path / "to.xlsx")

    def mapping_page():
        wizard = ImportWizard(database, ADMIN_USER)
        qtbot.addWidget(wizard)
        wizard.show()
        wizard.ui.kindCombo.setCurrentIndex(wizard.ui.kindCombo.findData("members"))
        wizard.ui.fileEdit.setText(str(path))
        wizard.next()
        return wizard

    first = mapping_page()
    cccd_column = next(c for c, key in first.table.mapping.items() if key == "cccd")
    first._combos[cccd_column].setCurrentIndex(0)  # "(not imported)"
    first.next()
    assert "cccd" not in first.table.mapping.values()
    second = mapping_page()
    assert second._combos[cccd_column].currentData() == ""
    assert "cccd" not in second.table.mapping.values() and "full_name" in second.table.mapping.values()


def test_columns_that_name_a_field_equally_are_shown_as_a_tie(qtbot, database, tmp_path):
    from openpyxl import Workbook

    workbook = Workbook()
    workbook.active.append(["Họ và tên", "Họ tên", "Giới tính", "Ngày sinh", "Chức danh", "Thôn"])
    workbook.active.append(["Hoàng Văn Một", "Hoàng Một", "Nam", "01/01/1980", "Tổ viên", "Nà Liềm"])
    workbook.save(tmp_path / "ds.xlsx")
    wizard = ImportWizard(database, ADMIN_USER)
    qtbot.addWidget(wizard)
    wizard.show()
    wizard.ui.kindCombo.setCurrentIndex(wizard.ui.kindCombo.findData("members"))
    wizard.ui.fileEdit.setText(str(tmp_path / "ds.xlsx"))
    wizard.next()
    assert "Các cột A, B đều giống cột “Họ và tên”" in wizard.ui.headerInfo.text()
    assert wizard.table.mapping[1] == "full_name" and 2 not in wizard.table.mapping


def test_wizard_imports_an_old_xls_in_tcvn3_and_shows_it_converted(qtbot, database, tmp_path):
    from tests.exchange.test_excel_legacy import TCVN3_ROWS
    from tests.xls_forge import forge, workbook

    for name in ("Bản Ché", "Nà Va"):
        areas.create_area(database, EDITOR_USER, AreaInput(name, "Thôn"))
    wizard = ImportWizard(database, ADMIN_USER)
    qtbot.addWidget(wizard)
    wizard.show()
    wizard.ui.kindCombo.setCurrentIndex(wizard.ui.kindCombo.findData("members"))
    wizard.ui.fileEdit.setText(str(forge(tmp_path / "cu.xls", workbook(TCVN3_ROWS, font=".VnTime"))))
    wizard.next()
    assert "bảng mã cũ TCVN3 (ABC): đã chuyển sang Unicode" in wizard.ui.headerInfo.text()
    wizard.next()
    assert "bảng mã cũ TCVN3 (ABC)" in wizard.ui.checkLabel.text()
    model = wizard.ui.previewTable.model()
    shown = {model.index(row, column).data() for row in range(model.rowCount())
             for column in range(model.columnCount())}
    assert {"Nguyễn Văn Hùng", "Hoàng Thị Lan", "Bản Ché", "Tổ trưởng", "05/03/1980"} <= shown
    wizard.next()
    qtbot.waitUntil(lambda: wizard.button(QWizard.WizardButton.FinishButton).isEnabled(), timeout=10000)
    assert wizard.ui.resultLabel.text().startswith("Đã nhập 2 dòng")
    assert {m.full_name for m in query_members(database, ADMIN_USER, MemberFilter())} == {"Nguyễn Văn Hùng",
                                                                                           "Hoàng Thị Lan"}
