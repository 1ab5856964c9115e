"""Table model of residential areas; sorting uses Vietnamese collation keys through SORT_ROLE."""

from __future__ import annotations

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QObject, QPersistentModelIndex, Qt
from PySide6.QtGui import QBrush, QColor, QFont

from antt_desktop.domain.text import collation_key
from antt_desktop.services.areas.areas import AreaRow

SORT_ROLE = Qt.ItemDataRole.UserRole + 1
ROW_ROLE = Qt.ItemDataRole.UserRole + 2
COL_NAME, COL_KIND, COL_POPULATION, COL_HOUSEHOLDS, COL_FLAGS, COL_NOTES = range(6)
_Index = QModelIndex | QPersistentModelIndex


class AreaTableModel(QAbstractTableModel):
    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._rows: list[AreaRow] = []
        self._headers = [self.tr("Name"), self.tr("Kind"), self.tr("Population"), self.tr("Households"),
                         self.tr("Key-area characteristics"), self.tr("Notes")]

    def set_rows(self, rows: list[AreaRow]) -> None:
        self.beginResetModel()
        self._rows = rows
        self.endResetModel()

    def row_at(self, row: int) -> AreaRow:
        return self._rows[row]

    def rowCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: N802, B008
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: N802, B008
        return 0 if parent.isValid() else len(self._headers)

    def headerData(self, section: int, orientation: Qt.Orientation,  # noqa: N802
                   role: int = Qt.ItemDataRole.DisplayRole) -> object:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return self._headers[section]
        return None

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        if not index.isValid():
            return None
        area, column = self._rows[index.row()], index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            return self._display(area, column)
        if role == SORT_ROLE:
            if column in (COL_POPULATION, COL_HOUSEHOLDS):
                value = area.population if column == COL_POPULATION else area.households
                return -1 if value is None else value
            return area.sort_key if column == COL_NAME else collation_key(self._display(area, column))
        if role == ROW_ROLE:
            return area
        if role == Qt.ItemDataRole.TextAlignmentRole and column in (COL_POPULATION, COL_HOUSEHOLDS):
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if role == Qt.ItemDataRole.ForegroundRole and area.deleted:
            return QBrush(QColor("#888888"))
        if role == Qt.ItemDataRole.FontRole and area.deleted:
            font = QFont()
            font.setStrikeOut(True)
            return font
        return None

    def _display(self, area: AreaRow, column: int) -> str:
        if column == COL_NAME:
            return area.name + (self.tr(" (deleted)") if area.deleted else "")
        if column == COL_KIND:
            return area.kind
        if column in (COL_POPULATION, COL_HOUSEHOLDS):
            value = area.population if column == COL_POPULATION else area.households
            return "" if value is None else f"{value:,}".replace(",", ".")
        if column == COL_FLAGS:
            return area.flag_labels
        return area.notes
