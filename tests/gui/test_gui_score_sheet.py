"""The year-end assessment of one subject in one window: the recognition criteria (met / not met, evidence) and
the score sheet (self-score with halves, note, evidence files), the total, level and explanation recomputed as the
officer types, the figures measured from the data with their suggestion and records; saved in one go; Cancel
writes nothing."""

import dataclasses
from datetime import date

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QValidator
from PySide6.QtWidgets import QApplication, QComboBox, QDialog, QDialogButtonBox, QMessageBox

from antt_desktop.domain.areas import AreaInput
from antt_desktop.domain.campaigns import ActivityInput
from antt_desktop.domain.evaluation import unit_type
from antt_desktop.gui.evaluation.criteria_grid import EVIDENCE, RESULT
from antt_desktop.gui.evaluation.measure_records import MeasureRecordsDialog
from antt_desktop.gui.evaluation.score_grid import MEASURED, NOTE, POINTS, STANDARD, SUGGESTED, PointsSpin, points_text
from antt_desktop.gui.evaluation.score_sheet import ScoreSheetDialog
from antt_desktop.gui.main_window import EVALUATION, MainWindow
from antt_desktop.services import attachments
from antt_desktop.services.areas import areas
from antt_desktop.services.campaigns import activities
from antt_desktop.services.evaluation import evaluations
from tests.conftest import EDITOR_USER
from tests.gui_helpers import press_accept, when_modal

pytestmark = pytest.mark.usefixtures("vietnamese")
PNG = b"\x89PNG\r\n\x1a\n" + b"\x00" * 64


@pytest.fixture
def page(qtbot, database):
    area = areas.create_area(database, EDITOR_USER, AreaInput("Thôn Nà Liềm", households=120))
    activities.save_activity(database, EDITOR_USER, ActivityInput(
        "Ngày hội", date(date.today().year, 8, 19), "Ngày hội toàn dân bảo vệ ANTQ thôn Nà Liềm", area.id,
        campaign_code="ngay_hoi_antq"))
    window = MainWindow(database, EDITOR_USER, "vi")
    qtbot.addWidget(window)
    window.ui.sidebar.setCurrentRow(EVALUATION)
    page = window.page(EVALUATION)
    page.ui.subjectTable.selectRow(0)
    return page


def _row(database, year):
    return next(r for r in evaluations.subjects(database, year) if r.subject.name == "Thôn Nà Liềm")


def _grid_row(dialog, number):
    return next(i for i, r in enumerate(dialog.grid.rows) if r.item and r.item.number == number)


def _open(qtbot, page, database):
    dialog = ScoreSheetDialog(database, EDITOR_USER, page.year, page.selected_subject(), page)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitUntil(lambda: dialog.measured, timeout=30000)
    return dialog


def test_criteria_and_scores_in_one_window_saved_together(qtbot, page, database):
    criteria = unit_type("khu_dan_cu")["criteria"]
    seen = {}

    def score(dialog: ScoreSheetDialog):
        model, grid = dialog.model, dialog.grid
        seen["criteria"] = [model.index(r, 0).data() for r in range(model.rowCount())]
        seen["title"] = dialog.ui.subjectLabel.text()
        seen["header"] = [grid.headerData(c, Qt.Orientation.Horizontal) for c in range(8)]
        seen["heading"] = dialog.ui.criteriaHeading.text()
        for index in range(len(criteria)):
            model.setData(model.index(index, RESULT), True)
        model.setData(model.index(0, EVIDENCE), "Nghị quyết chi bộ số 05")
        for number in ("1", "2a", "2b", "3", "4a", "4b", "5a", "5b", "5c"):
            grid.setData(grid.index(_grid_row(dialog, number), POINTS), grid.rows[_grid_row(dialog, number)]
                         .item.max_points)
        seen["unfinished"] = dialog.ui.totalLabel.text()
        grid.setData(grid.index(_grid_row(dialog, "5d"), POINTS), "7,5")  # typed with a comma
        grid.setData(grid.index(_grid_row(dialog, "5d"), NOTE), "Một vụ cháy nhỏ")
        seen["parent"] = grid.index(_grid_row(dialog, "5"), POINTS).data()
        seen["standard"] = grid.index(_grid_row(dialog, "T1"), STANDARD).data()
        seen["total"] = dialog.ui.totalLabel.text()
        seen["explanation"] = dialog.ui.explanationText.toPlainText()
        dialog.accept()
    when_modal(None, score)
    page.assess()

    assert seen["criteria"] == [c["text"] for c in criteria]
    assert seen["title"] == f"Thôn Nà Liềm – năm {page.year}"
    assert seen["header"] == ["STT", "Nội dung", "Điểm chuẩn", "Điểm tự chấm", "Số liệu đo từ dữ liệu", "Đề xuất",
                              "Ghi chú", "Tệp"]
    assert "Thông tư 124/2021/TT-BCA, sửa đổi bởi Thông tư 48/2025/TT-BCA" in seen["heading"]
    assert seen["unfinished"] == "Công nhận: Đạt · Tổng 90/100 điểm · Mức: chưa phân loại"
    assert (seen["parent"], seen["standard"]) == ("37,5", "−10")
    assert seen["total"] == "Công nhận: Đạt · Tổng 97,5/100 điểm · Mức: Xuất sắc"
    assert "Đạt: Chi bộ có nghị quyết, khu dân cư đăng ký phấn đấu đạt tiêu chuẩn trong quý I (căn cứ: Nghị quyết " \
           "chi bộ số 05)" in seen["explanation"]
    assert "Tổng 97,5/100 điểm → mức Xuất sắc." in seen["explanation"]
    row = _row(database, page.year)
    assert (row.outcome.recognised, row.classification.total, row.level) == (True, 97.5, "xuat_sac")
    assert row.scores["5d"] == (7.5, "Một vụ cháy nhỏ")
    assert page.subjects.rows[0].level_text == "Xuất sắc"


def test_the_measured_figure_its_suggestion_and_its_records(qtbot, page, database):
    dialog = _open(qtbot, page, database)
    grid, row = dialog.grid, _grid_row(dialog, "2b")  # Ngày hội 19/8, measured by campaign days answered
    assert grid.index(row, MEASURED).data().startswith("1 hoạt động, hưởng ứng 1/")
    assert grid.index(_grid_row(dialog, "2a"), MEASURED).data() == "chưa có số liệu số hộ đã ký cam kết (120 hộ)"
    assert grid.index(_grid_row(dialog, "2a"), SUGGESTED).data() == ""
    dialog.ui.sheetTable.setCurrentIndex(grid.index(row, POINTS))
    assert dialog.ui.measureLabel.text().startswith("Số liệu: 1 hoạt động")
    suggested = grid.index(row, SUGGESTED).data()
    dialog.ui.suggestButton.click()
    assert grid.index(row, POINTS).data() == suggested

    def look(records: MeasureRecordsDialog):
        seen["records"] = [records.records.index(0, c).data() for c in range(3)]
        records.reject()
    seen = {}
    when_modal(None, look)
    dialog.ui.recordsButton.click()
    assert seen["records"][1:] == ["Ngày hội toàn dân bảo vệ an ninh Tổ quốc",
                                   "Ngày hội toàn dân bảo vệ ANTQ thôn Nà Liềm"]
    dialog.done(0)


def test_points_spin_takes_halves_typed_with_a_comma(qtbot):
    spin = PointsSpin(10)
    qtbot.addWidget(spin)
    spin.lineEdit().setText("2,5")
    spin.interpretText()
    assert spin.points() == 2.5
    spin.setValue(spin.minimum())
    assert (spin.points(), spin.text()) == (None, "–")
    spin.stepUp()
    assert spin.points() == 0


def test_a_wrong_score_is_shown_and_refuses_the_save(qtbot, page, database):
    dialog = _open(qtbot, page, database)
    grid = dialog.grid
    grid.setData(grid.index(_grid_row(dialog, "1"), POINTS), 2.3)
    assert dialog.ui.errorLabel.text() == "Điểm của mục 1 phải là số, chẵn hoặc nửa điểm (ví dụ 2 hoặc 2,5)."
    assert not grid.setData(grid.index(_grid_row(dialog, "1"), POINTS), "hai")  # not a number: not taken
    assert not grid.setData(grid.index(_grid_row(dialog, "2"), POINTS), 5)  # a parent is the sum of its items
    dialog.accept()
    assert dialog.isVisible() and _row(database, page.year).evaluation_id is None
    dialog.done(0)


def test_evidence_files_per_item_wait_for_the_save(qtbot, page, database, tmp_path):
    scan = tmp_path / "bien-ban-ngay-hoi.png"
    scan.write_bytes(PNG)
    dialog = _open(qtbot, page, database)
    row = _grid_row(dialog, "2b")
    dialog.ui.sheetTable.setCurrentIndex(dialog.grid.index(row, POINTS))
    dialog.record_files.attach(scan, "muc:2b")
    dialog._refresh_files()
    assert dialog.grid.index(row, 7).data() == "1"
    assert [r.filename for r in dialog.files.rows] == ["bien-ban-ngay-hoi.png"]
    asked = []
    when_modal(None, lambda box: asked.append(box.text()) or press_accept(box), QMessageBox)
    dialog.reject()
    assert asked and asked[0].startswith("Những gì đã nhập trong cửa sổ này chưa được lưu")
    assert not dialog.isVisible()
    assert _row(database, page.year).evaluation_id is None  # dropped: neither sheet nor file

    dialog = _open(qtbot, page, database)
    dialog.ui.sheetTable.setCurrentIndex(dialog.grid.index(row, POINTS))
    dialog.record_files.attach(scan, "muc:2b")
    dialog.accept()
    assert dialog.result() == QDialog.DialogCode.Accepted
    evaluation_id = _row(database, page.year).evaluation_id
    assert [(a.filename, a.slot) for a in attachments.list_attachments(database, "evaluations", evaluation_id)] == [
        ("bien-ban-ngay-hoi.png", "muc:2b")]


def test_esc_with_scores_typed_asks_and_going_back_keeps_them(qtbot, page, database):
    dialog = _open(qtbot, page, database)
    dialog.grid.setData(dialog.grid.index(_grid_row(dialog, "1"), POINTS), 5)
    when_modal(None, lambda box: box.reject(), QMessageBox)  # Hủy: back to the window
    qtbot.keyClick(dialog, Qt.Key.Key_Escape)
    assert dialog.isVisible() and dialog.grid.index(_grid_row(dialog, "1"), POINTS).data() == "5"
    dialog.accept()
    assert _row(database, page.year).scores["1"] == (5.0, "")


def test_the_result_is_chosen_from_a_drop_down_in_the_cell(qtbot, page, database):
    dialog = _open(qtbot, page, database)
    table = dialog.ui.criteriaTable
    index = dialog.model.index(2, RESULT)
    table.setCurrentIndex(index)
    table.edit(index)
    combo = table.findChild(QComboBox)
    assert [combo.itemText(i) for i in range(combo.count())] == ["chưa đánh giá", "đạt", "không đạt"]
    combo.setCurrentIndex(1)
    combo.activated.emit(1)
    dialog.accept()
    assert _row(database, page.year).results == {unit_type("khu_dan_cu")["criteria"][2]["code"]:
                                                 {"met": True, "evidence": ""}}


def test_cancel_writes_nothing_and_not_assessed_clears_an_answer(qtbot, page, database):
    criteria = unit_type("khu_dan_cu")["criteria"]
    subject = page.subjects.rows[0].subject
    evaluations.assess_all(database, EDITOR_USER, page.year, subject, {criteria[0]["code"]: (True, "Biên bản"),
                                                                       criteria[1]["code"]: (False, "")})
    page.refresh(subject)

    def cancel(dialog: ScoreSheetDialog):
        dialog.model.setData(dialog.model.index(2, RESULT), True)
        dialog.grid.setData(dialog.grid.index(0, POINTS), 5)
        when_modal(None, press_accept, QMessageBox)
        dialog.reject()
    when_modal(None, cancel, ScoreSheetDialog)
    page.assess()
    row = _row(database, page.year)
    assert (set(row.results), row.scores) == ({criteria[0]["code"], criteria[1]["code"]}, {})

    page.ui.subjectTable.selectRow(0)

    def clear(dialog: ScoreSheetDialog):
        assert dialog.model.index(0, EVIDENCE).data() == "Biên bản"
        dialog.model.setData(dialog.model.index(1, RESULT), None)
        dialog.accept()
    when_modal(None, clear)
    page.assess()
    assert _row(database, page.year).results == {criteria[0]["code"]: {"met": True, "evidence": "Biên bản"}}


def test_a_unit_belows_sheet_is_shown_read_only(qtbot, page, database):
    row = page.selected_subject()
    below = dataclasses.replace(row, subject=dataclasses.replace(row.subject, owner_unit="02270"))
    dialog = ScoreSheetDialog(database, EDITOR_USER, page.year, below, page)
    qtbot.addWidget(dialog)
    assert dialog.read_only
    assert dialog.ui.buttonBox.button(QDialogButtonBox.StandardButton.Save) is None
    assert dialog.ui.sheetTable.editTriggers() == dialog.ui.sheetTable.EditTrigger.NoEditTriggers
    assert not dialog.ui.attachButton.isEnabled()
    assert dialog.ui.hintLabel.text() == "Bảng điểm của đơn vị cấp dưới như đơn vị đó đã gửi; chỉ đơn vị đó được sửa."


def test_a_score_is_typed_from_the_keyboard(qtbot, page, database):
    dialog = _open(qtbot, page, database)
    table, row = dialog.ui.sheetTable, _grid_row(dialog, "4b")
    dialog.activateWindow()
    table.setFocus()
    table.setCurrentIndex(dialog.grid.index(row, POINTS))
    qtbot.keyClick(table, Qt.Key.Key_F2)  # opens the spin box
    editor = QApplication.focusWidget()
    assert isinstance(editor, PointsSpin)
    editor.lineEdit().selectAll()
    qtbot.keyClicks(editor, "2,5")
    qtbot.keyClick(editor, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: dialog.grid.index(row, POINTS).data() == "2,5")  # committed once Qt gets to it
    assert dialog.grid.index(_grid_row(dialog, "4"), POINTS).data() == "2,5"  # the parent's sum
    dialog.done(0)


def test_a_score_above_the_standard_is_kept_as_typed_shown_in_red_and_refuses_the_save(qtbot, page, database):
    dialog = _open(qtbot, page, database)
    table, row = dialog.ui.sheetTable, _grid_row(dialog, "4b")
    dialog.activateWindow()
    table.setFocus()
    table.setCurrentIndex(dialog.grid.index(row, POINTS))
    qtbot.keyClick(table, Qt.Key.Key_F2)
    editor = QApplication.focusWidget()
    editor.lineEdit().selectAll()
    qtbot.keyClicks(editor, "15")  # the item's standard is far lower: the digits are not cut to "1"
    assert editor.lineEdit().text() == "15"
    qtbot.keyClick(editor, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: dialog.grid.index(row, POINTS).data() == "15")
    assert dialog.grid.index(row, POINTS).data(Qt.ItemDataRole.ForegroundRole) == Qt.GlobalColor.red
    limit = points_text(dialog.grid.rows[row].item.max_points)
    assert dialog.ui.errorLabel.text() == f"Điểm của mục 4b phải từ 0 đến {limit}."
    dialog.accept()
    assert dialog.isVisible() and _row(database, page.year).evaluation_id is None
    dialog.done(0)


def test_points_spin_steps_stay_within_the_standard(qtbot):
    spin = PointsSpin(1)
    qtbot.addWidget(spin)
    spin.setValue(0.5)
    spin.stepBy(3)
    assert spin.points() == 1
    spin.lineEdit().setText("-3")
    assert spin.validate("-3", 2)[0] == QValidator.State.Invalid

