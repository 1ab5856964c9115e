"""What the review by the level above adds to the Đánh giá page: at a unit, each sheet's state in the list
(“Trả lại: …”) and the “Gửi lên cấp trên” buttons under the selected sheet; at an upper level, the review tab."""

from __future__ import annotations

import uuid
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QWidget

from antt_desktop.domain.units import Level
from antt_desktop.gui import ops
from antt_desktop.gui.evaluation.review_tab import ReviewTab
from antt_desktop.gui.forms.evaluation.submission_bar_ui import Ui_SubmissionBar
from antt_desktop.gui.messages import show_error
from antt_desktop.gui.row_table_model import Column
from antt_desktop.services.evaluation import evaluation_review
from antt_desktop.services.evaluation.evaluations import SubjectRow
from antt_desktop.services.roles import Role, allows

if TYPE_CHECKING:
    from antt_desktop.gui.evaluation.evaluation_page import EvaluationPage

translate = QCoreApplication.translate


class SubmissionBar(QWidget):
    """The selected sheet's state and the buttons that send it (or every sheet of the year) up."""

    def __init__(self, page: EvaluationPage) -> None:
        super().__init__(page)
        self.ui = Ui_SubmissionBar()
        self.ui.setupUi(self)
        self.page = page
        self.statuses: dict[uuid.UUID, evaluation_review.OwnStatus] = {}
        editor = allows(page.user.role, Role.EDITOR)
        self.ui.sendButton.setEnabled(editor)
        self.ui.sendAllButton.setEnabled(editor)
        self.ui.sendButton.clicked.connect(self.send_selected)
        self.ui.sendAllButton.clicked.connect(lambda: self.send(None))

    def status_text(self, row: SubjectRow) -> str:
        found = self.statuses.get(row.evaluation_id) if row.evaluation_id else None
        return (found or evaluation_review.OwnStatus(evaluation_review.NOT_SENT)).text

    def load(self, rows: list[SubjectRow]) -> None:
        ids = [r.evaluation_id for r in rows if r.evaluation_id]
        self.statuses = evaluation_review.own_statuses(self.page.database, ids)

    def show_row(self, row: SubjectRow | None) -> None:
        if row is None:
            return
        found = self.statuses.get(row.evaluation_id) if row.evaluation_id else None
        text = self.status_text(row)
        locked = found is not None and found.code == evaluation_review.ACCEPTED
        text = translate("SubmissionBar", "Sent to the level above: %1").replace("%1", text)
        if locked:
            text += " " + translate("SubmissionBar", "(the sheet is locked; ask the level above to return it to "
                                                     "change it)")
        self.ui.stateLabel.setText(text)
        self.ui.sendButton.setEnabled(allows(self.page.user.role, Role.EDITOR) and row.evaluation_id is not None
                                      and not locked)

    def send_selected(self) -> None:
        row = self.page.selected_subject()
        if row is None or row.evaluation_id is None:
            show_error(self, f"“{row.subject.name if row else ''}” chưa được đánh giá nên chưa có gì để gửi.")
            return
        self.send([row.evaluation_id])

    def send(self, ids: list[uuid.UUID] | None) -> None:
        keep = self.page.selected_subject()
        if ops.run(self, lambda: evaluation_review.submit(self.page.database, self.page.user, self.page.year,
                                                          evaluation_ids=ids), {ops.EVALUATION}):
            self.page.refresh(keep.subject if keep else None)


class ReviewHooks:
    """Attached to the page by a few lines there: ``refresh`` after the list is filled, ``show`` on selection."""

    def __init__(self, page: EvaluationPage) -> None:
        self.page = page
        self.bar: SubmissionBar | None = None
        self.tab: ReviewTab | None = None
        if page.database.own_unit().level == Level.COMMUNE:
            self.bar = SubmissionBar(page)
            layout = page.ui.criteriaLayout
            layout.addWidget(self.bar)
            page.subjects.columns.append(Column(translate("SubmissionBar", "Sent up"), self.bar.status_text))
        else:
            self.tab = ReviewTab(page.database, page.user, page.ui.tabs)
            page.ui.tabs.insertTab(1, self.tab, translate("SubmissionBar", "Re&view of units' sheets"))

    def refresh(self) -> None:
        if self.bar is not None:
            self.bar.load(self.page.subjects.rows)
            model = self.page.subjects
            if model.rows:
                column = len(model.columns) - 1
                model.dataChanged.emit(model.index(0, column), model.index(len(model.rows) - 1, column))
        if self.tab is not None:
            self.tab.set_year(self.page.year)

    def show(self, row: SubjectRow | None) -> None:
        if self.bar is not None:
            self.bar.show_row(row)
