"""At the level above: the sheets of every unit below with their state — chưa gửi, đã gửi, trả lại, đã duyệt, đã gửi
lại — and deadline (overdue shown); opening one shows the review panel."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QCoreApplication, QSortFilterProxyModel, Qt
from PySide6.QtWidgets import QWidget

from antt_desktop.domain.dates import format_date
from antt_desktop.domain.evaluation import unit_types
from antt_desktop.gui.column_fit import fit_columns
from antt_desktop.gui.evaluation.review_panel import ReviewPanel
from antt_desktop.gui.forms.evaluation.review_tab_ui import Ui_ReviewTab
from antt_desktop.gui.row_table_model import SORT_ROLE, Column, RowTableModel
from antt_desktop.services.auth import CurrentUser
from antt_desktop.services.database import Database
from antt_desktop.services.evaluation.evaluation_review import STATUS_LABELS
from antt_desktop.services.evaluation.evaluation_review_upper import ReviewRow, review_list

translate = QCoreApplication.translate
LATE = "late"


def review_columns() -> list[Column[ReviewRow]]:
    return [
        Column(translate("ReviewTab", "Unit"), lambda r: f"{r.unit_name} ({r.unit_code})"),
        Column(translate("ReviewTab", "Subject"), lambda r: r.subject_name),
        Column(translate("ReviewTab", "Kind"), lambda r: unit_types().get(r.unit_type, r.unit_type)
               if r.evaluation_id else ""),
        Column(translate("ReviewTab", "State"), lambda r: r.status_text, lambda r: (not r.overdue, r.status)),
        Column(translate("ReviewTab", "Deadline"), lambda r: format_date(r.deadline), lambda r: r.deadline),
        Column(translate("ReviewTab", "Sent on"), lambda r: format_date(r.submitted_at.date()) if r.submitted_at
               else "", lambda r: r.submitted_at.isoformat() if r.submitted_at else ""),
        Column(translate("ReviewTab", "Comment"), lambda r: r.comment),
    ]


class ReviewTab(QWidget):
    def __init__(self, database: Database, user: CurrentUser, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ui = Ui_ReviewTab()
        self.ui.setupUi(self)
        self.database, self.user, self.year = database, user, date.today().year
        ui = self.ui
        self.model = RowTableModel(review_columns(), self)
        self.proxy = QSortFilterProxyModel(self)
        self.proxy.setSourceModel(self.model)
        self.proxy.setSortRole(SORT_ROLE)
        ui.reviewTable.setModel(self.proxy)
        ui.reviewTable.horizontalHeader().setSortIndicator(-1, Qt.SortOrder.AscendingOrder)  # as listed by the service
        ui.statusCombo.addItem(self.tr("All"), "")
        ui.statusCombo.addItem(self.tr("Overdue"), LATE)
        for code, label in STATUS_LABELS.items():
            ui.statusCombo.addItem(label, code)
        ui.statusCombo.activated.connect(lambda _index: self.refresh())
        ui.openButton.clicked.connect(self.open_sheet)
        ui.reviewTable.doubleClicked.connect(lambda _index: self.open_sheet())
        self.panel: ReviewPanel | None = None  # for tests

    def set_year(self, year: int) -> None:
        self.year = year
        self.refresh()

    def refresh(self) -> None:
        rows = review_list(self.database, self.year)
        wanted = self.ui.statusCombo.currentData() or ""
        shown = [r for r in rows if not wanted or (r.overdue if wanted == LATE else r.status == wanted)]
        self.model.set_rows(shown)
        fit_columns(self.ui.reviewTable, names=(0, 1))
        late = sum(r.overdue for r in rows)
        self.ui.summaryLabel.setText(self.tr("%1 sheets or units, %2 overdue").replace("%1", str(len(rows)))
                                     .replace("%2", str(late)))
        if shown:
            self.ui.reviewTable.selectRow(0)

    def open_sheet(self) -> None:
        row = self.model.selected_in(self.ui.reviewTable)
        if row is None or row.evaluation_id is None:
            return
        self.panel = ReviewPanel(self.database, self.user, row.evaluation_id, self)
        if self.panel.exec() and self.panel.decided:
            self.refresh()
            self.ui.summaryLabel.setText(f"{self.panel.outcome} {self.ui.summaryLabel.text()}")
