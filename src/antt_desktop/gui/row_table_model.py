"""A read-only table model over a list of rows, described by columns: header, text, optional sort key."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import Any, Generic, TypeVar

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QObject, QPersistentModelIndex, Qt
from PySide6.QtWidgets import QAbstractItemView

from antt_desktop.domain.text import collation_key
from antt_desktop.gui.progress_delegate import PERCENT_ROLE

SORT_ROLE = Qt.ItemDataRole.UserRole + 1
Row = TypeVar("Row")
_Index = QModelIndex | QPersistentModelIndex


@dataclass(frozen=True)
class Column(Generic[Row]):
    header: str
    text: Callable[[Row], str]
    sort: Callable[[Row], Any] | None = None  # default: Vietnamese collation of the text
    numeric: bool = False
    percent: Callable[[Row], int | None] | None = None  # drawn as a progress bar by ProgressDelegate


def number_text(value: int | None) -> str:
    return "" if value is None else f"{value:,}".replace(",", ".")


class RowTableModel(QAbstractTableModel, Generic[Row]):
    def __init__(self, columns: Sequence[Column[Row]], parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.columns = list(columns)
        self.rows: list[Row] = []

    def selected_in(self, view: QAbstractItemView) -> Row | None:
        """The row selected in ``view``, which shows this model directly or through one sort/filter proxy."""
        indexes = view.selectionModel().selectedRows()
        if not indexes:
            return None
        index = indexes[0] if view.model() is self else view.model().mapToSource(indexes[0])
        return self.rows[index.row()]

    def set_rows(self, rows: list[Row]) -> None:
        self.beginResetModel()
        self.rows = list(rows)
        self.endResetModel()

    def rowCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: N802, B008
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: N802, B008
        return 0 if parent.isValid() else len(self.columns)

    def headerData(self, section: int, orientation: Qt.Orientation,  # noqa: N802
                   role: int = Qt.ItemDataRole.DisplayRole) -> object:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return self.columns[section].header
        return None

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        if not index.isValid():
            return None
        row, column = self.rows[index.row()], self.columns[index.column()]
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            return column.text(row)
        if role == SORT_ROLE:
            return column.sort(row) if column.sort else collation_key(column.text(row))
        if role == PERCENT_ROLE and column.percent:
            return column.percent(row)
        if role == Qt.ItemDataRole.TextAlignmentRole and column.numeric:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None
