"""The rows of the level above's review of a unit's sheet: each item with its standard points, the unit's
self-score and note, and the level above's own score (editable, any number typed, a wrong one shown in red);
the level above's total and the level it gives, as the reviewer types."""

from __future__ import annotations

from PySide6.QtCore import QAbstractTableModel, QCoreApplication, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QColor, QFont
from PySide6.QtWidgets import QWidget

from antt_desktop.domain.score_sheet import ScoreSheet, classify, score_problem
from antt_desktop.gui.row_table_model import Column
from antt_desktop.services.evaluation import evaluation_review_upper as upper

NUMBER, TEXT, STANDARD, SELF, NOTE, UPPER = range(6)
Index = QModelIndex | QPersistentModelIndex
translate = QCoreApplication.translate


def points_text(value: float | None) -> str:
    return "" if value is None else f"{value:g}".replace(".", ",")


class ReviewSheetModel(QAbstractTableModel):
    """Rows: the sheet's items (headings of sub-items included); the level above's score is editable."""

    def __init__(self, sheet: ScoreSheet, lines: tuple[upper.ItemLine, ...], editable: bool,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.sheet, self.lines, self.editable = sheet, lines, editable
        self.items = sheet.scored()
        self.upper: dict[str, float | None] = {line.number: line.upper_points for line in lines if line.scored}
        self.saved = dict(self.upper)

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

    def _problem(self, number: str) -> str | None:
        value, item = self.upper.get(number), self.items.get(number)
        return score_problem(item, value) if value is not None and item is not None else None

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
        if role == Qt.ItemDataRole.ForegroundRole and column == UPPER and self._problem(line.number):
            return QColor(Qt.GlobalColor.red)  # a brush colour: a bare enum is not painted
        if role == Qt.ItemDataRole.ToolTipRole and column == UPPER:
            return self._problem(line.number)
        if role == Qt.ItemDataRole.FontRole and not line.scored:
            font = QFont()
            font.setBold(True)
            return font
        return None

    def setData(self, index: Index, value: object, role: int = Qt.ItemDataRole.EditRole) -> bool:  # noqa: N802
        if role != Qt.ItemDataRole.EditRole or index.column() != UPPER or not self.lines[index.row()].scored:
            return False
        self.upper[self.lines[index.row()].number] = None if value is None else float(value)
        self.dataChanged.emit(index, index)
        return True

    def max_points(self, row: int) -> float:
        return self.lines[row].max_points

    def problems(self) -> list[str]:
        return [problem for line in self.lines if line.scored and (problem := self._problem(line.number))]

    def changed(self) -> bool:
        return self.upper != self.saved

    def upper_points(self) -> dict[str, float]:
        """The level above's score of each item, the unit's own where the level above has not given one."""
        out = {}
        for line in self.lines:
            value = self.upper.get(line.number)
            value = line.self_points if value is None else value
            if line.scored and value is not None and not self._problem(line.number):
                out[line.number] = value
        return out

    def upper_result(self, recognised: bool | None) -> tuple[float, str]:
        """The level above's total and the code of the level it gives (by the total alone until every item
        is scored and the recognition known)."""
        result = classify(self.sheet, self.upper_points(), recognised)
        if result.level:
            return result.total, result.level
        by_total = next((lv["code"] for lv in self.sheet.levels if result.total >= lv["min_points"]),
                        self.sheet.levels[-1]["code"])
        return result.total, by_total


def criterion_columns() -> list[Column[upper.CriterionLine]]:
    def result(line: upper.CriterionLine) -> str:
        if line.met is None:
            return translate("ReviewPanel", "not assessed")
        return translate("ReviewPanel", "met") if line.met else translate("ReviewPanel", "not met")
    return [Column(translate("ReviewPanel", "Criterion"), lambda c: c.text),
            Column(translate("ReviewPanel", "Result"), result),
            Column(translate("ReviewPanel", "Evidence"), lambda c: c.evidence)]
