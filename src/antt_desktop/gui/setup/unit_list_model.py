"""List model of official units for the setup wizard's search."""

from __future__ import annotations

from PySide6.QtCore import QAbstractListModel, QModelIndex, QObject, QPersistentModelIndex, Qt

from antt_desktop.domain.units import OfficialUnit

UNIT_ROLE = Qt.ItemDataRole.UserRole + 1


class UnitListModel(QAbstractListModel):
    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._units: list[OfficialUnit] = []

    def set_units(self, units: list[OfficialUnit]) -> None:
        self.beginResetModel()
        self._units = units
        self.endResetModel()

    def rowCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:  # noqa: N802, B008
        return 0 if parent.isValid() else len(self._units)

    def data(self, index: QModelIndex | QPersistentModelIndex, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        if not index.isValid():
            return None
        unit = self._units[index.row()]
        if role == Qt.ItemDataRole.DisplayRole:
            return unit.label
        if role == UNIT_ROLE:
            return unit
        return None
