"""Scoring an evaluation in one grid: every criterion of the subject, result and evidence edited in place,
saved in one go; Cancel writes nothing."""

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QComboBox

from antt_desktop.domain.areas import AreaInput
from antt_desktop.domain.evaluation import unit_type
from antt_desktop.gui.evaluation.score_sheet import EVIDENCE, RESULT, ScoreSheetDialog
from antt_desktop.gui.main_window import EVALUATION, MainWindow
from antt_desktop.services import areas, evaluations
from tests.conftest import EDITOR_USER
from tests.test_gui import _when_modal

pytestmark = pytest.mark.usefixtures("vietnamese")


@pytest.fixture
def page(qtbot, database):
    areas.create_area(database, EDITOR_USER, AreaInput("Thôn Nà Liềm"))
    window = MainWindow(database, EDITOR_USER, "vi")
    qtbot.addWidget(window)
    window.ui.sidebar.setCurrentRow(EVALUATION)
    page = window.page(EVALUATION)
    page.ui.subjectTable.selectRow(0)
    return page


def _stored(database, year):
    row = next(r for r in evaluations.subjects(database, year) if r.subject.name == "Thôn Nà Liềm")
    return row.results


def test_one_grid_lists_every_criterion_and_saves_them_together(qtbot, page, database):
    criteria = unit_type("khu_dan_cu")["criteria"]
    seen = {}

    def score(dialog: ScoreSheetDialog):
        model = dialog.model
        seen["rows"] = [model.index(r, 0).data() for r in range(model.rowCount())]
        seen["title"] = dialog.ui.subjectLabel.text()
        seen["header"] = [model.headerData(c, Qt.Orientation.Horizontal) for c in range(4)]
        seen["before"] = dialog.ui.summaryLabel.text()
        model.setData(model.index(0, RESULT), True)
        model.setData(model.index(0, EVIDENCE), "Nghị quyết chi bộ số 05")
        model.setData(model.index(1, RESULT), False)
        seen["after"] = dialog.ui.summaryLabel.text()
        seen["shown"] = [model.index(r, RESULT).data() for r in range(3)]
        dialog.accept()
    _when_modal(None, score)
    page.assess()

    assert seen["rows"] == [c["text"] for c in criteria]
    assert seen["title"] == f"Thôn Nà Liềm – năm {page.year}"
    assert seen["header"] == ["Tiêu chí", "Điểm", "Kết quả", "Minh chứng / ghi chú"]
    assert seen["before"] == f"Đã đánh giá 0/{len(criteria)} tiêu chí; đạt 0."
    assert seen["after"] == f"Đã đánh giá 2/{len(criteria)} tiêu chí; đạt 1."
    assert seen["shown"] == ["đạt", "không đạt", "chưa đánh giá"]
    assert _stored(database, page.year) == {
        criteria[0]["code"]: {"met": True, "evidence": "Nghị quyết chi bộ số 05"},
        criteria[1]["code"]: {"met": False, "evidence": ""}}
    assert page.subjects.rows[0].outcome.assessed == 2


def test_the_result_is_chosen_from_a_drop_down_in_the_cell(qtbot, page, database):
    criteria = unit_type("khu_dan_cu")["criteria"]
    dialog = ScoreSheetDialog("Thôn Nà Liềm", criteria, {}, lambda answers: evaluations.assess_all(
        database, EDITOR_USER, page.year, page.subjects.rows[0].subject, answers))
    qtbot.addWidget(dialog)
    dialog.show()
    table = dialog.ui.sheetTable
    index = dialog.model.index(2, RESULT)
    table.setCurrentIndex(index)
    table.edit(index)
    combo = table.findChild(QComboBox)
    assert [combo.itemText(i) for i in range(combo.count())] == ["chưa đánh giá", "đạt", "không đạt"]
    combo.setCurrentIndex(1)
    combo.activated.emit(1)
    dialog.accept()
    assert _stored(database, page.year) == {criteria[2]["code"]: {"met": True, "evidence": ""}}


def test_cancel_writes_nothing_and_not_assessed_clears_an_answer(qtbot, page, database):
    criteria = unit_type("khu_dan_cu")["criteria"]
    subject = page.subjects.rows[0].subject
    evaluations.assess_all(database, EDITOR_USER, page.year, subject, {criteria[0]["code"]: (True, "Biên bản"),
                                                                       criteria[1]["code"]: (False, "")})
    page.refresh(subject)

    def cancel(dialog: ScoreSheetDialog):
        dialog.model.setData(dialog.model.index(2, RESULT), True)
        dialog.reject()
    _when_modal(None, cancel)
    page.assess()
    assert set(_stored(database, page.year)) == {criteria[0]["code"], criteria[1]["code"]}

    page.ui.subjectTable.selectRow(0)

    def clear(dialog: ScoreSheetDialog):
        assert dialog.model.index(0, EVIDENCE).data() == "Biên bản"
        dialog.model.setData(dialog.model.index(1, RESULT), None)
        dialog.accept()
    _when_modal(None, clear)
    page.assess()
    assert _stored(database, page.year) == {criteria[0]["code"]: {"met": True, "evidence": "Biên bản"}}


def test_a_forged_criterion_code_is_refused_whole(qtbot, page, database):
    subject = page.subjects.rows[0].subject
    code = unit_type("khu_dan_cu")["criteria"][0]["code"]
    with pytest.raises(Exception, match="không có trong bộ tiêu chí") as refused:
        evaluations.assess_all(database, EDITOR_USER, page.year, subject, {code: (True, ""), "../x": (True, "")})
    assert type(refused.value).__name__ == "UserError"
    assert _stored(database, page.year) == {}
