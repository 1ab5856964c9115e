"""Đánh giá & khen thưởng in the desktop client: assess an area, see why it got its level, adjust it."""

import pytest

from antt_desktop.domain.areas import AreaInput
from antt_desktop.domain.evaluation import unit_type
from antt_desktop.gui.evaluation.criteria_grid import EVIDENCE, RESULT
from antt_desktop.gui.evaluation.evaluation_dialogs import OverrideDialog
from antt_desktop.gui.evaluation.score_grid import POINTS
from antt_desktop.gui.evaluation.score_sheet import ScoreSheetDialog
from antt_desktop.gui.main_window import EVALUATION, MainWindow
from antt_desktop.services.areas import areas
from antt_desktop.services.evaluation import evaluations
from tests.conftest import EDITOR_USER
from tests.gui_helpers import when_modal

pytestmark = pytest.mark.usefixtures("vietnamese")


def test_assess_every_criterion_then_adjust_the_level(qtbot, database):
    areas.create_area(database, EDITOR_USER, AreaInput("Thôn Nà Liềm"))
    window = MainWindow(database, EDITOR_USER, "vi")
    qtbot.addWidget(window)
    window.ui.sidebar.setCurrentRow(EVALUATION)
    page = window.page(EVALUATION)
    assert [r.subject.name for r in page.subjects.rows] == ["Thôn Nà Liềm", "Xã Thượng Lâm"]

    page.ui.subjectTable.selectRow(0)

    def answer(dialog: ScoreSheetDialog):
        model = dialog.model
        for index, criterion in enumerate(unit_type("khu_dan_cu")["criteria"]):
            model.setData(model.index(index, RESULT), criterion["code"] != "tai_nan")
            model.setData(model.index(index, EVIDENCE), "Biên bản họp khu dân cư")
        for row, line in enumerate(dialog.grid.rows):
            if line.scored:
                dialog.grid.setData(dialog.grid.index(row, POINTS), 0 if line.deduction else line.item.max_points)
        dialog.accept()
    when_modal(None, answer)
    page.assess()

    row = page.subjects.rows[0]
    assert (row.outcome.recognised, row.classification.total, row.level) == (False, 100, "kha")
    text = page.ui.explanationLabel.text()
    assert "Không đạt: Không để xảy ra tai nạn giao thông, cháy, nổ nghiêm trọng do nguyên nhân chủ quan (căn cứ: " \
           "Biên bản họp khu dân cư)" in text
    assert "Tổng 100/100 điểm → mức Xuất sắc." in text
    assert "nên mức cao nhất là Khá" in text

    page.ui.subjectTable.selectRow(0)

    def adjust(dialog: OverrideDialog):
        dialog.ui.levelCombo.setCurrentIndex(dialog.ui.levelCombo.findData("trung_binh"))
        dialog.ui.reasonEdit.setPlainText("Tai nạn do khách qua đường, thôn không có lỗi")
        dialog.accept()
    when_modal(None, adjust)
    page.override()
    row = next(r for r in evaluations.subjects(database, page.year) if r.subject.name == "Thôn Nà Liềm")
    assert (row.level, row.override_reason) == ("trung_binh", "Tai nạn do khách qua đường, thôn không có lỗi")
    assert "Cán bộ đã điều chỉnh mức phân loại thành Trung bình (điều chỉnh)" in page.ui.explanationLabel.text()
