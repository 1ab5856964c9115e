"""The members of a team with the level and note chosen for the year, editable in place; rows at the top level
are marked while the team has more there than the cap allows."""

from __future__ import annotations

import uuid

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QObject, QPersistentModelIndex, Qt, Signal
from PySide6.QtGui import QBrush, QColor
from PySide6.QtWidgets import QComboBox, QStyledItemDelegate, QStyleOptionViewItem, QWidget

from antt_desktop.domain.member_rating import RatingRules
from antt_desktop.services.forces.member_ratings import RatingEntry

_Index = QModelIndex | QPersistentModelIndex
MEMBER, ROLE, LEVEL, NOTE = range(4)
OVER_CAP = QColor("#f8d7da")


class RatingTableModel(QAbstractTableModel):
    changed = Signal()

    def __init__(self, rules: RatingRules, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.rules = rules
        self.editable = True
        self.entries: list[RatingEntry] = []
        self.levels: list[str] = []
        self.notes: list[str] = []
        self.headers = [self.tr("Member"), self.tr("Role"), self.tr("Level"), self.tr("Note")]

    def set_entries(self, entries: tuple[RatingEntry, ...]) -> None:
        self.beginResetModel()
        self.entries = list(entries)
        self.levels = [e.level for e in entries]
        self.notes = [e.note for e in entries]
        self.endResetModel()
        self.changed.emit()

    def choices(self) -> dict[uuid.UUID, tuple[str | None, str]]:
        """What to save: every member's level (None: not rated) and note."""
        return {e.member_id: (level or None, note) for e, level, note in zip(self.entries, self.levels, self.notes,
                                                                             strict=True)}

    def rated(self) -> int:
        return sum(bool(level) for level in self.levels)

    def top(self) -> int:
        return sum(level == self.rules.top_level for level in self.levels)

    def cap(self) -> int:
        return self.rules.cap(self.rated())

    def over_cap(self) -> bool:
        return self.top() > self.cap()

    def rowCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: N802, B008
        return 0 if parent.isValid() else len(self.entries)

    def columnCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: N802, B008
        return 0 if parent.isValid() else len(self.headers)

    def headerData(self, section: int, orientation: Qt.Orientation,  # noqa: N802
                   role: int = Qt.ItemDataRole.DisplayRole) -> object:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return self.headers[section]
        return None

    def flags(self, index: _Index) -> Qt.ItemFlag:
        flags = super().flags(index)
        return flags | Qt.ItemFlag.ItemIsEditable if self.editable and index.column() in (LEVEL, NOTE) else flags

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        if not index.isValid():
            return None
        row, column = index.row(), index.column()
        entry, level = self.entries[row], self.levels[row]
        if role == Qt.ItemDataRole.DisplayRole:
            return (entry.full_name, entry.role_name,
                    self.rules.level_name(level) if level else self.tr("— not rated —"), self.notes[row])[column]
        if role == Qt.ItemDataRole.EditRole:
            return level if column == LEVEL else self.notes[row] if column == NOTE else None
        over = level == self.rules.top_level and self.over_cap()
        if role == Qt.ItemDataRole.BackgroundRole and over:
            return QBrush(OVER_CAP)
        if role == Qt.ItemDataRole.ToolTipRole:
            return self.tr("Over the cap on the top level") if over else None
        return None

    def setData(self, index: _Index, value: object, role: int = Qt.ItemDataRole.EditRole) -> bool:  # noqa: N802
        if role != Qt.ItemDataRole.EditRole or not index.isValid() or index.column() not in (LEVEL, NOTE):
            return False
        target = self.levels if index.column() == LEVEL else self.notes
        if target[index.row()] == (value or ""):
            return False
        target[index.row()] = str(value or "")
        # the cap depends on every row: repaint them all
        self.dataChanged.emit(self.index(0, 0), self.index(len(self.entries) - 1, len(self.headers) - 1))
        self.changed.emit()
        return True


class LevelDelegate(QStyledItemDelegate):
    """A combo of the catalog's levels (and "not rated"), committed as soon as one is chosen."""

    def __init__(self, rules: RatingRules, not_rated: str, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.rules, self.not_rated = rules, not_rated

    def createEditor(self, parent: QWidget, option: QStyleOptionViewItem, index: _Index) -> QWidget:  # noqa: N802
        combo = QComboBox(parent)
        combo.addItem(self.not_rated, "")
        for level in self.rules.levels:
            combo.addItem(level.name, level.code)
        combo.activated.connect(lambda _index: self.commitData.emit(combo))
        return combo

    def setEditorData(self, editor: QWidget, index: _Index) -> None:  # noqa: N802
        editor.setCurrentIndex(max(0, editor.findData(index.data(Qt.ItemDataRole.EditRole) or "")))

    def setModelData(self, editor: QWidget, model: QAbstractTableModel, index: _Index) -> None:  # noqa: N802
        model.setData(index, editor.currentData(), Qt.ItemDataRole.EditRole)
