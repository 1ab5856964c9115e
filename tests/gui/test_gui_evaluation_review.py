"""Review by the level above in the desktop client: at the commune, each sheet's state in the list with the
buttons that send it up; at the province, the review tab and panel that return or accept a sheet."""

import uuid
from datetime import date

import pytest
from PySide6.QtCore import QRect, Qt

from antt_desktop.db.evaluation import Evaluation, EvaluationReview
from antt_desktop.gui.evaluation.review_panel import UPPER, ReviewPanel
from antt_desktop.gui.main_window import EVALUATION, MainWindow
from antt_desktop.services.evaluation import evaluation_review
from tests.conftest import ADMIN_USER
from tests.gui_helpers import when_modal
from tests.services import test_sync_trust as trust
from tests.services.test_evaluation_review import XA, YEAR, criteria, self_assess, send

pytestmark = pytest.mark.usefixtures("vietnamese")
commune = trust.commune
SCREEN = QRect(0, 0, 1366, 728)


def evaluation_page(qtbot, database):
    window = MainWindow(database, ADMIN_USER, "vi")
    qtbot.addWidget(window)
    window.ui.sidebar.setCurrentRow(EVALUATION)
    return window.page(EVALUATION)


def test_the_commune_sends_a_sheet_up_and_sees_it_returned_with_the_comment(qtbot, database):
    sheet = self_assess(database)
    page = evaluation_page(qtbot, database)
    row = next(i for i, r in enumerate(page.subjects.rows) if r.subject == XA)
    page.ui.subjectTable.selectRow(row)
    bar = page.review.bar
    assert bar.ui.stateLabel.text() == "Gửi cấp trên: Chưa gửi"
    bar.ui.sendButton.click()
    with database.session() as session:
        assert session.get(Evaluation, sheet).submitted_at is not None
    status = len(page.subjects.columns) - 1
    assert page.subjects.headerData(status, Qt.Orientation.Horizontal) == "Gửi cấp trên"
    assert page.subjects.index(row, status).data() == "Đã gửi"
    with database.session() as session:  # the province's decision, as a package from above brings it
        session.add(EvaluationReview(id=uuid.uuid4(), owner_unit="08", evaluation_id=sheet, year=YEAR,
                                     reviewed_version=session.get(Evaluation, sheet).version, decision="returned",
                                     comment="Thiếu minh chứng tiêu chí 2", decided_on=date.today()))
    page.refresh(XA)
    assert page.subjects.index(row, status).data() == "Trả lại: Thiếu minh chứng tiêu chí 2"
    assert bar.ui.stateLabel.text() == "Gửi cấp trên: Trả lại: Thiếu minh chứng tiêu chí 2"
    assert bar.ui.sendButton.isEnabled()
    with database.session() as session:  # then accepted as sent
        session.query(EvaluationReview).one().decision = "accepted"
    page.refresh(XA)
    assert page.subjects.index(row, status).data() == "Đã duyệt"
    assert bar.ui.stateLabel.text() == ("Gửi cấp trên: Đã duyệt (bảng đã khóa; muốn sửa hãy đề nghị cấp trên trả "
                                        "lại)")
    assert not bar.ui.sendButton.isEnabled()


def test_the_province_returns_then_accepts_a_sheet_in_the_review_panel(qtbot, commune, province, tmp_path,
                                                                       monkeypatch):
    from antt_desktop.gui.evaluation import review_panel
    from antt_desktop.services.evaluation import evaluations

    asked: list[str] = []
    answers: list[bool] = []
    monkeypatch.setattr(review_panel, "confirm", lambda _parent, _title, question, _action: (
        asked.append(question), answers.pop(0) if answers else True)[1])

    evaluations.assess_all(commune, ADMIN_USER, YEAR, XA, criteria())
    evaluation_review.submit(commune, ADMIN_USER, YEAR)
    send(commune, province, tmp_path, "len-1.anttsync")
    page = evaluation_page(qtbot, province)
    tab = page.review.tab
    assert page.ui.tabs.indexOf(tab) == 1 and page.ui.tabs.tabText(1) == "&Xét duyệt của cấp trên"
    first = next(r for r in tab.model.rows if r.subject_name == "Xã Thượng Lâm")
    assert (first.unit_code, first.subject_name, first.status) == ("02269", "Xã Thượng Lâm", "da_gui")
    late = " (muộn)" if date.today() > date(YEAR, 11, 30) else ""
    assert tab.proxy.index(tab.model.rows.index(first), 3).data() == f"đã gửi{late}"
    tab.ui.reviewTable.selectRow(tab.model.rows.index(first))

    def give_back(panel: ReviewPanel):
        assert panel.geometry().width() <= SCREEN.width() and panel.geometry().height() <= SCREEN.height()
        assert panel.ui.scrollArea.widgetResizable()
        panel.ui.returnButton.click()  # no comment yet: refused, said in the panel
        assert panel.ui.errorLabel.text() == "Hãy ghi vào ô nhận xét những nội dung đơn vị cần sửa rồi mới trả lại."
        line = next(i for i, item in enumerate(panel.model.lines) if item.number == "1a")
        before = panel.ui.totalLabel.text()
        panel.model.setData(panel.model.index(line, UPPER), 15)  # more than the item's 5 points: kept, in red
        assert panel.model.index(line, UPPER).data() == "15"
        assert panel.model.index(line, UPPER).data(Qt.ItemDataRole.ForegroundRole) == Qt.GlobalColor.red
        assert panel.ui.errorLabel.text() == "Điểm của mục 1a phải từ 0 đến 5."
        panel.ui.commentEdit.setPlainText("Mục 1a chưa có nghị quyết quý I")
        panel.ui.returnButton.click()  # refused while a score is wrong
        assert panel.isVisible() and panel.ui.errorLabel.text() == "Điểm của mục 1a phải từ 0 đến 5."
        panel.model.setData(panel.model.index(line, UPPER), 4.5)
        assert panel.ui.errorLabel.text() == ""
        assert "Tổng điểm cấp trên chấm: " in panel.ui.totalLabel.text() and panel.ui.totalLabel.text() != before
        answers.append(False)
        panel.reject()  # Esc with a score and a comment typed: asked, Cancel keeps the panel open
        assert panel.isVisible() and asked.pop() == "Bỏ những gì đã nhập (điểm, mức, nhận xét)?"
        panel.ui.returnButton.click()
    when_modal(qtbot, give_back)
    tab.open_sheet()
    assert tab.ui.summaryLabel.text().startswith("Đã trả lại bảng đánh giá của Xã Thượng Lâm (")
    with province.session() as session:
        review = session.query(EvaluationReview).one()
        assert (review.decision, review.comment, review.scores) == (
            "returned", "Mục 1a chưa có nghị quyết quý I", {"1a": {"points": 4.5, "note": ""}})
    assert next(r for r in tab.model.rows if r.evaluation_id == first.evaluation_id).status == "tra_lai"

    tab.ui.statusCombo.setCurrentIndex(tab.ui.statusCombo.findData("tra_lai"))
    tab.refresh()
    assert [r.subject_name for r in tab.model.rows] == ["Xã Thượng Lâm"]
    tab.ui.reviewTable.selectRow(0)

    def accept(panel: ReviewPanel):
        assert panel.ui.commentEdit.toPlainText() == "Mục 1a chưa có nghị quyết quý I"
        for row, line in enumerate(panel.model.lines):  # the level above takes every point away
            panel.model.setData(panel.model.index(row, UPPER), 0 if line.scored else None)
        assert "Tổng điểm cấp trên chấm: 0/100 điểm, tương ứng mức Yếu" in panel.ui.totalLabel.text()
        panel.ui.levelCombo.setCurrentIndex(panel.ui.levelCombo.findData("xuat_sac"))
        answers.append(False)
        panel.ui.acceptButton.click()  # asked first; Cancel decides nothing
        question = asked.pop()
        assert question.startswith("Duyệt bảng đánh giá của Xã Thượng Lâm (")
        assert "Tổng điểm cấp trên chấm: " in question and "Mức đã chọn: Xuất sắc." in question
        assert "Lưu ý: mức đã chọn cao hơn mức mà tổng điểm cho phép." in question
        assert "bảng đánh giá bị khóa" in question and panel.isVisible()
        panel.ui.levelCombo.setCurrentIndex(panel.ui.levelCombo.findData("kha"))
        answers.append(True)
        panel.ui.acceptButton.click()
        assert "Mức đã chọn: Khá.\n\nLưu ý" in asked.pop()
    when_modal(qtbot, accept)
    tab.open_sheet()
    assert tab.ui.summaryLabel.text().startswith("Đã duyệt bảng đánh giá của Xã Thượng Lâm (")
    with province.session() as session:
        review = session.query(EvaluationReview).one()
        assert (review.decision, review.level) == ("accepted", "kha")
