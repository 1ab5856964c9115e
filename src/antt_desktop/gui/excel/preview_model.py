"""The rows of the import preview, with every cell at fault marked: a background colour and the error as
its tooltip (the row number cell carries the errors of the row as a whole)."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QObject, Qt
from PySide6.QtGui import QBrush, QColor

from antt_desktop.gui.row_table_model import Column, RowTableModel, _Index
from antt_desktop.services.excel.excel_import import RowError

BAD_CELL = QColor("#f8cbad")
Row = tuple[int, dict[int, object]]


class PreviewModel(RowTableModel[Row]):
    def __init__(self, columns: Sequence[Column[Row]], sheet_columns: Sequence[int | None],
                 parent: QObject | None = None) -> None:
        """``sheet_columns``: the workbook column each model column shows (None for the row number)."""
        super().__init__(columns, parent)
        self.sheet_columns = list(sheet_columns)
        self.errors: dict[tuple[int, int | None], list[str]] = {}

    def set_errors(self, errors: Sequence[RowError]) -> None:
        self.beginResetModel()
        self.errors = {}
        for error in errors:
            self.errors.setdefault((error.row, error.column), []).append(error.message)
        self.endResetModel()

    def cell_errors(self, row: int, column: int) -> list[str]:
        number, sheet_column = self.rows[row][0], self.sheet_columns[column]
        found = self.errors.get((number, sheet_column), [])
        if sheet_column is None:
            # the row number also lists errors of cells not shown (columns not imported)
            shown = set(self.sheet_columns)
            found = found + [m for (r, c), ms in self.errors.items() if r == number and c not in shown for m in ms]
        return found

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        if index.isValid() and role in (Qt.ItemDataRole.BackgroundRole, Qt.ItemDataRole.ToolTipRole):
            found = self.cell_errors(index.row(), index.column())
            if found:
                return QBrush(BAD_CELL) if role == Qt.ItemDataRole.BackgroundRole else "\n".join(found)
        return super().data(index, role)
