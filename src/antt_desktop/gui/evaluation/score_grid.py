"""The score sheet (QĐ 510) of a subject as one grid: items and sub-items with their điểm chuẩn, the self-score
(0 … điểm chuẩn, halves; a spin box, or typed "2,5") and a note for each scored item, parent items showing the
sum of their sub-items, the deductions last; beside each item what the data measures and the score it suggests."""

from __future__ import annotations

import math
from dataclasses import dataclass

from PySide6.QtCore import QAbstractTableModel, QCoreApplication, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QColor, QFont, QValidator
from PySide6.QtWidgets import QAbstractSpinBox, QDoubleSpinBox, QStyledItemDelegate, QStyleOptionViewItem, QWidget

from antt_desktop.domain.score_sheet import MAX_POINTS, ScoreSheet, SheetItem, score_problem
from antt_desktop.services.evaluation.evaluation_measures import Measurement

NUMBER, CONTENT, STANDARD, POINTS, MEASURED, SUGGESTED, NOTE, FILES = range(8)
Index = QModelIndex | QPersistentModelIndex
Scores = dict[str, tuple[float | None, str]]
translate = QCoreApplication.translate


def points_text(value: float | None) -> str:
    return "" if value is None else f"{value:g}".replace(".", ",")


def parse_points(text: str) -> float | None:
    """ "2,5" or "2.5" → 2.5; empty → None (not scored); anything else raises ValueError."""
    text = text.strip().replace(",", ".")
    if text in ("", "-", "–"):
        return None
    value = float(text)
    if not math.isfinite(value):
        raise ValueError(text)
    return value


@dataclass(frozen=True)
class GridRow:
    item: SheetItem | None  # None: the heading of the deductions
    depth: int
    deduction: bool = False

    @property
    def scored(self) -> bool:
        return self.item is not None and not self.item.items


def _rows(items: tuple[SheetItem, ...], depth: int) -> list[GridRow]:
    return [row for item in items for row in (GridRow(item, depth), *_rows(item.items, depth + 1))]


class ScoreGridModel(QAbstractTableModel):
    def __init__(self, sheet: ScoreSheet, scores: dict[str, tuple[float, str]], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.sheet = sheet
        self.rows = _rows(sheet.items, 0)
        if sheet.deductions:
            self.rows += [GridRow(None, 0, True), *(GridRow(d, 1, True) for d in sheet.deductions)]
        self.scores: Scores = {n: scores.get(n, (None, "")) for n in sheet.scored()}
        self._saved = dict(self.scores)
        self.measures: dict[str, Measurement] = {}
        self.file_counts: dict[str, int] = {}

    def changed(self) -> Scores:
        return {number: value for number, value in self.scores.items() if value != self._saved[number]}

    def points(self) -> dict[str, float]:
        """The scores that can count (entered and within the rules), by item number."""
        items = self.sheet.scored()
        return {n: p for n, (p, _note) in self.scores.items() if p is not None and not score_problem(items[n], p)}

    def problems(self) -> list[str]:
        items = self.sheet.scored()
        return [problem for n, (p, _note) in self.scores.items()
                if p is not None and (problem := score_problem(items[n], p))]

    def set_measures(self, measures: dict[str, Measurement]) -> None:
        self.measures = measures
        self._refresh_columns(MEASURED, SUGGESTED)

    def set_file_counts(self, counts: dict[str, int]) -> None:
        self.file_counts = counts
        self._refresh_columns(FILES, FILES)

    def _refresh_columns(self, first: int, last: int) -> None:
        if self.rows:
            self.dataChanged.emit(self.index(0, first), self.index(len(self.rows) - 1, last))

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: N802, B008
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: N802, B008
        return 0 if parent.isValid() else 8

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole):  # noqa: N802, ANN201
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return (translate("ScoreGrid", "No."), translate("ScoreGrid", "Content"),
                    translate("ScoreGrid", "Standard"), translate("ScoreGrid", "Self-score"),
                    translate("ScoreGrid", "Measured from the data"), translate("ScoreGrid", "Suggested"),
                    translate("ScoreGrid", "Note"), translate("ScoreGrid", "Files"))[section]
        return None

    def flags(self, index: Index) -> Qt.ItemFlag:
        base = super().flags(index)
        if index.isValid() and self.rows[index.row()].scored and index.column() in (POINTS, NOTE):
            return base | Qt.ItemFlag.ItemIsEditable
        return base

    def _text(self, row: GridRow, column: int) -> str:
        item = row.item
        if item is None:
            return translate("ScoreGrid", "Deductions") if column == CONTENT else ""
        measure = self.measures.get(item.number)
        if column == NUMBER:
            return item.number
        if column == CONTENT:
            return "    " * row.depth + item.text
        if column == STANDARD:
            return ("−" if row.deduction else "") + points_text(item.max_points)
        if column == POINTS:
            if row.scored:
                return points_text(self.scores[item.number][0])
            got = self.points()
            leaves = list(item.leaves())
            return points_text(sum(got.get(leaf.number, 0) for leaf in leaves)) if any(
                leaf.number in got for leaf in leaves) else ""
        if column == MEASURED:
            return measure.value if measure else ""
        if column == SUGGESTED:
            return points_text(measure.suggested) if measure else ""
        if column == NOTE:
            return self.scores[item.number][1] if row.scored else ""
        count = self.file_counts.get(item.number, 0)
        return str(count) if count else ""

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        if not index.isValid():
            return None
        row, column = self.rows[index.row()], index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            return self._text(row, column)
        if role == Qt.ItemDataRole.ToolTipRole:
            measure = self.measures.get(row.item.number) if row.item else None
            if column in (MEASURED, SUGGESTED) and measure:
                return f"{measure.value}\n{measure.reason}"
            return self._text(row, column).strip() or None
        if role == Qt.ItemDataRole.EditRole and row.scored:
            points, note = self.scores[row.item.number]
            return points if column == POINTS else note
        if role == Qt.ItemDataRole.FontRole and not row.scored:
            font = QFont()
            font.setBold(True)
            return font
        if role == Qt.ItemDataRole.TextAlignmentRole and column in (NUMBER, STANDARD, POINTS, SUGGESTED, FILES):
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if role == Qt.ItemDataRole.ForegroundRole and column == POINTS and row.scored:
            points = self.scores[row.item.number][0]
            if points is not None and score_problem(row.item, points):
                return QColor(Qt.GlobalColor.red)  # a brush colour: a bare enum is not painted
        return None

    def setData(self, index: Index, value: object, role: int = Qt.ItemDataRole.EditRole) -> bool:  # noqa: N802
        """Points as a number, None (not scored) or text ("2,5"); text that is not a number is not taken."""
        row = self.rows[index.row()]
        if role != Qt.ItemDataRole.EditRole or not row.scored or index.column() not in (POINTS, NOTE):
            return False
        points, note = self.scores[row.item.number]
        if index.column() == NOTE:
            self.scores[row.item.number] = (points, str(value))
        else:
            try:
                points = parse_points(value) if isinstance(value, str) else value
            except ValueError:
                return False
            self.scores[row.item.number] = (None if points is None else float(points), note)
        self.dataChanged.emit(self.index(0, POINTS), self.index(len(self.rows) - 1, NOTE))  # parents' sums too
        return True

    def max_points(self, row: int) -> float:
        return self.rows[row].item.max_points

    def use_suggestion(self, row_number: int) -> bool:
        row = self.rows[row_number]
        measure = self.measures.get(row.item.number) if row.scored else None
        if measure is None or measure.suggested is None:
            return False
        return self.setData(self.index(row_number, POINTS), measure.suggested)


class PointsSpin(QDoubleSpinBox):
    """Points typed with a comma or a dot, stepped by 0.5 within 0 … điểm chuẩn; "–" (below zero) is "not scored".
    Any number can be typed (a "15" where the most is 10 stays 15, shown in red by the grid, never cut to "1")."""

    def __init__(self, maximum: float, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.limit = maximum
        self.setRange(-0.5, MAX_POINTS)
        self.setSingleStep(0.5)
        self.setDecimals(1)
        self.setSpecialValueText("–")

    def textFromValue(self, value: float) -> str:  # noqa: N802
        return points_text(value)

    def valueFromText(self, text: str) -> float:  # noqa: N802
        try:
            value = parse_points(text)
        except ValueError:
            return self.minimum()
        return self.minimum() if value is None else value

    def validate(self, text: str, pos: int) -> object:
        stripped = text.strip()
        if stripped in ("", "–", "-") or stripped.endswith((",", ".")):
            return QValidator.State.Intermediate, text, pos
        try:
            value = parse_points(stripped)
        except ValueError:
            return QValidator.State.Invalid, text, pos
        acceptable = value is None or 0 <= value <= self.maximum()
        return (QValidator.State.Acceptable if acceptable else QValidator.State.Invalid), text, pos

    def stepBy(self, steps: int) -> None:  # noqa: N802
        top = max(self.limit, self.value())
        self.setValue(min(max(self.value() + steps * self.singleStep(), self.minimum()), top))

    def stepEnabled(self) -> QAbstractSpinBox.StepEnabledFlag:  # noqa: N802
        flags = QAbstractSpinBox.StepEnabledFlag.StepDownEnabled if self.value() > self.minimum() else \
            QAbstractSpinBox.StepEnabledFlag.StepNone
        if self.value() < self.limit:
            flags |= QAbstractSpinBox.StepEnabledFlag.StepUpEnabled
        return flags

    def points(self) -> float | None:
        return None if self.value() < 0 else self.value()


class PointsDelegate(QStyledItemDelegate):
    """The points of an item (a model with ``max_points(row)``); "not scored" when the model has none."""

    def createEditor(self, parent: QWidget, option: QStyleOptionViewItem, index: Index) -> QWidget:  # noqa: N802
        return PointsSpin(index.model().max_points(index.row()), parent)

    def setEditorData(self, editor: QWidget, index: Index) -> None:  # noqa: N802
        value = index.data(Qt.ItemDataRole.EditRole)
        editor.setValue(editor.minimum() if value is None else value)

    def setModelData(self, editor: QWidget, model: QAbstractTableModel, index: Index) -> None:  # noqa: N802
        editor.interpretText()
        model.setData(index, editor.points(), Qt.ItemDataRole.EditRole)
