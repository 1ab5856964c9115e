"""The level above's review of one unit's sheet: the items with their standard points, the unit's self-scores and
notes, and a column where the reviewer sets its own score; the unit's recognition results and data beside it;
**Duyệt** or **Trả lại để sửa** with a comment."""

from __future__ import annotations

import uuid

from PySide6.QtCore import QAbstractTableModel, QCoreApplication, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtWidgets import QDialog, QDoubleSpinBox, QStyledItemDelegate, QStyleOptionViewItem, QWidget

from antt_desktop.domain.dates import format_date
from antt_desktop.errors import UserError
from antt_desktop.gui import ops
from antt_desktop.gui.column_fit import fit_columns
from antt_desktop.gui.forms.evaluation.review_panel_ui import Ui_ReviewPanel
from antt_desktop.gui.row_table_model import Column, RowTableModel
from antt_desktop.services.auth import CurrentUser
from antt_desktop.services.database import Database
from antt_desktop.services.evaluation import evaluation_review_upper as upper
from antt_desktop.services.evaluation.evaluation_review import STATUS_LABELS
from antt_desktop.services.roles import Role, allows

NUMBER, TEXT, STANDARD, SELF, NOTE, UPPER = range(6)
Index = QModelIndex | QPersistentModelIndex
translate = QCoreApplication.translate


def points_text(value: float | None) -> str:
    return "" if value is None else f"{value:g}".replace(".", ",")


class ReviewSheetModel(QAbstractTableModel):
    """Rows: the sheet's items (headings of sub-items included); the level above's score is editable."""

    def __init__(self, lines: tuple[upper.ItemLine, ...], editable: bool, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.lines, self.editable = lines, editable
        self.upper: dict[str, float | None] = {line.number: line.upper_points for line in lines if line.scored}

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: N802, B008
        return 0 if parent.isValid() else len(self.lines)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: N802, B008
        return 0 if parent.isValid() else 6

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole):  # noqa: N802, ANN201
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return (translate("ReviewPanel", "No."), translate("ReviewPanel", "Item"),
                    translate("ReviewPanel", "Standard points"), translate("ReviewPanel", "Self-score"),
                    translate("ReviewPanel", "Unit's note"), translate("ReviewPanel", "Level above's score"))[section]
        return None

    def flags(self, index: Index) -> Qt.ItemFlag:
        base = super().flags(index)
        if self.editable and index.column() == UPPER and self.lines[index.row()].scored:
            return base | Qt.ItemFlag.ItemIsEditable
        return base

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        line = self.lines[index.row()]
        column = index.column()
        if role == Qt.ItemDataRole.EditRole and column == UPPER:
            value = self.upper.get(line.number)
            return line.self_points if value is None else value
        if role == Qt.ItemDataRole.DisplayRole:
            return ("    " * line.depth + line.number, line.text, points_text(line.max_points),
                    points_text(line.self_points) if line.scored else "", line.self_note,
                    points_text(self.upper.get(line.number)) if line.scored else "")[column]
        if role == Qt.ItemDataRole.TextAlignmentRole and column in (STANDARD, SELF, UPPER):
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if role == Qt.ItemDataRole.FontRole and not line.scored:
            from PySide6.QtGui import QFont

            font = QFont()
            font.setBold(True)
            return font
        return None

    def setData(self, index: Index, value: object, role: int = Qt.ItemDataRole.EditRole) -> bool:  # noqa: N802
        if role != Qt.ItemDataRole.EditRole or index.column() != UPPER:
            return False
        self.upper[self.lines[index.row()].number] = None if value is None else float(value)
        self.dataChanged.emit(index, index)
        return True

    def max_points(self, row: int) -> float:
        return self.lines[row].max_points


class PointsDelegate(QStyledItemDelegate):
    """A spin box from 0 to the item's standard points, in halves."""

    def createEditor(self, parent: QWidget, option: QStyleOptionViewItem, index: Index) -> QWidget:  # noqa: N802
        editor = QDoubleSpinBox(parent)
        editor.setDecimals(1)
        editor.setSingleStep(0.5)
        editor.setRange(0, index.model().max_points(index.row()))
        return editor

    def setEditorData(self, editor: QWidget, index: Index) -> None:  # noqa: N802
        editor.setValue(float(index.data(Qt.ItemDataRole.EditRole) or 0))

    def setModelData(self, editor: QWidget, model: QAbstractTableModel, index: Index) -> None:  # noqa: N802
        editor.interpretText()
        model.setData(index, round(editor.value() * 2) / 2)


def criterion_columns() -> list[Column[upper.CriterionLine]]:
    def result(line: upper.CriterionLine) -> str:
        if line.met is None:
            return translate("ReviewPanel", "not assessed")
        return translate("ReviewPanel", "met") if line.met else translate("ReviewPanel", "not met")
    return [Column(translate("ReviewPanel", "Criterion"), lambda c: c.text),
            Column(translate("ReviewPanel", "Result"), result),
            Column(translate("ReviewPanel", "Evidence"), lambda c: c.evidence)]


class ReviewPanel(QDialog):
    def __init__(self, database: Database, user: CurrentUser, evaluation_id: uuid.UUID,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ui = Ui_ReviewPanel()
        self.ui.setupUi(self)
        self.database, self.user, self.evaluation_id = database, user, evaluation_id
        ui = self.ui
        sheet = upper.review_sheet(database, evaluation_id)
        self.decided = False
        may = allows(user.role, Role.EDITOR) and sheet.submitted_at is not None
        self.setWindowTitle(self.tr("Review: %1 (%2)").replace("%1", sheet.subject_name).replace("%2", sheet.unit_name))
        names = [sheet.subject_name, sheet.unit_type_name] + ([sheet.unit_name] if sheet.unit_name != sheet.subject_name
                                                              else [])
        ui.titleLabel.setText(" — ".join([*names, str(sheet.year)]))
        sent = format_date(sheet.submitted_at.date()) if sheet.submitted_at else "—"
        state = self.tr("State: %1; sent on %2.").replace("%1", STATUS_LABELS[sheet.status]).replace("%2", sent)
        if sheet.comment:
            state += " " + self.tr("Last comment: %1").replace("%1", sheet.comment)
        ui.stateLabel.setText(state)
        self.model = ReviewSheetModel(sheet.items, may, self)
        ui.sheetTable.setModel(self.model)
        ui.sheetTable.setItemDelegateForColumn(UPPER, PointsDelegate(ui.sheetTable))
        fit_columns(ui.sheetTable, wrap=True, names=(TEXT,))
        ui.totalLabel.setText(self.tr("Self-assessed total: %1 of %2 points; level %3.").replace(
            "%1", points_text(sheet.self_total)).replace("%2", points_text(sheet.sheet.total))
            .replace("%3", sheet.self_level))
        self.criteria = RowTableModel(criterion_columns(), self)
        ui.criteriaTable.setModel(self.criteria)
        self.criteria.set_rows(list(sheet.criteria))
        fit_columns(ui.criteriaTable, wrap=True)
        ui.figuresLabel.setText("\n".join(f"{label}: {number}" for label, number in sheet.figures))
        ui.levelCombo.addItem(self.tr("(not set)"), "")
        for level in sheet.sheet.levels:
            ui.levelCombo.addItem(level["name"], level["code"])
        ui.levelCombo.setCurrentIndex(max(0, ui.levelCombo.findData(sheet.upper_level)))
        ui.commentEdit.setPlainText(sheet.comment)
        ui.splitter.setSizes([780, 420])
        for widget in (ui.acceptButton, ui.returnButton, ui.levelCombo, ui.commentEdit):
            widget.setEnabled(may)
        if sheet.submitted_at is None:
            ui.errorLabel.setText(self.tr("The unit has not sent this sheet (or changed it after sending); it can be "
                                          "decided on once it is sent."))
        ui.acceptButton.clicked.connect(lambda: self.decide(True))
        ui.returnButton.clicked.connect(lambda: self.decide(False))

    def decide(self, accepted: bool) -> None:
        self.ui.sheetTable.setFocus()  # an open cell editor commits its value
        try:
            ops.call(upper.decide, self.database, self.user, self.evaluation_id, accepted,
                     self.ui.commentEdit.toPlainText(), dict(self.model.upper), self.ui.levelCombo.currentData() or "",
                     changes={ops.EVALUATION}, parent=self)
        except UserError as exc:
            self.ui.errorLabel.setText(exc.message)
            return
        self.decided = True
        self.accept()
