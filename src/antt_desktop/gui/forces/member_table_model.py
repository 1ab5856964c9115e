"""Members as a lazily filled table: the SQL does the filtering and sorting, pages arrive as the view scrolls."""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QAbstractTableModel, QModelIndex, QObject, QPersistentModelIndex, Qt
from PySide6.QtGui import QBrush, QColor, QFont

from antt_desktop.domain.dates import format_date
from antt_desktop.domain.forces import ENDED, GENDERS, STATUS_LABELS
from antt_desktop.services.auth import CurrentUser
from antt_desktop.services.database import Database
from antt_desktop.services.forces.member_query import MemberFilter, MemberRow, count_members, query_members

PAGE = 200
_Index = QModelIndex | QPersistentModelIndex
# (header, sort key understood by the service or None)
COLUMNS = (
    (QT_TRANSLATE_NOOP("MemberTableModel", "Full name"), "name"),
    (QT_TRANSLATE_NOOP("MemberTableModel", "Gender"), None),
    (QT_TRANSLATE_NOOP("MemberTableModel", "Date of birth"), "birth_date"),
    (QT_TRANSLATE_NOOP("MemberTableModel", "CCCD"), None),
    (QT_TRANSLATE_NOOP("MemberTableModel", "Team"), "team"),
    (QT_TRANSLATE_NOOP("MemberTableModel", "Role"), "role"),
    (QT_TRANSLATE_NOOP("MemberTableModel", "Residential area"), "area"),
    (QT_TRANSLATE_NOOP("MemberTableModel", "Status"), "status"),
    (QT_TRANSLATE_NOOP("MemberTableModel", "Since"), "start_date"),
    (QT_TRANSLATE_NOOP("MemberTableModel", "Unit"), "unit"),  # shown at an upper level only
)
UNIT_COLUMN = len(COLUMNS) - 1


def _cell(row: MemberRow, column: int, unit_names: dict[str, str]) -> str:
    return (row.full_name, GENDERS.get(row.gender, ""), format_date(row.birth_date),
            row.cccd, row.team_name, row.role_name, row.area_name, STATUS_LABELS.get(row.status, row.status),
            format_date(row.start_date), unit_names.get(row.owner_unit, row.owner_unit))[column]


class MemberTableModel(QAbstractTableModel):
    def __init__(self, database: Database, user: CurrentUser, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.database, self.user = database, user
        self.filter = MemberFilter()
        self.sort_key, self.descending = "name", False
        self.rows: list[MemberRow] = []
        self.total = 0
        self.unit_names: dict[str, str] = {}  # code → name of the units below, at an upper level

    def reload(self, member_filter: MemberFilter | None = None) -> None:
        self.beginResetModel()
        if member_filter is not None:
            self.filter = member_filter
        self.total = count_members(self.database, self.filter)
        self.rows = query_members(self.database, self.user, self.filter, 0, PAGE, self.sort_key, self.descending)
        self.endResetModel()

    def canFetchMore(self, parent: _Index = QModelIndex()) -> bool:  # noqa: N802, B008
        return not parent.isValid() and len(self.rows) < self.total

    def fetchMore(self, parent: _Index = QModelIndex()) -> None:  # noqa: N802, B008
        more = query_members(self.database, self.user, self.filter, len(self.rows), PAGE, self.sort_key,
                             self.descending)
        if not more:
            self.total = len(self.rows)
            return
        self.beginInsertRows(QModelIndex(), len(self.rows), len(self.rows) + len(more) - 1)
        self.rows.extend(more)
        self.endInsertRows()

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        key = COLUMNS[column][1]
        if key is None:
            return
        self.sort_key, self.descending = key, order == Qt.SortOrder.DescendingOrder
        self.reload()

    def rowCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: N802, B008
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: N802, B008
        return 0 if parent.isValid() else len(COLUMNS)

    def headerData(self, section: int, orientation: Qt.Orientation,  # noqa: N802
                   role: int = Qt.ItemDataRole.DisplayRole) -> object:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return self.tr(COLUMNS[section][0])
        return None

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        if not index.isValid():
            return None
        row = self.rows[index.row()]
        if role == Qt.ItemDataRole.DisplayRole:
            return _cell(row, index.column(), self.unit_names)
        if role == Qt.ItemDataRole.ForegroundRole and (row.status == ENDED or row.deleted):
            return QBrush(QColor("#888888"))
        if role == Qt.ItemDataRole.FontRole and row.deleted:
            font = QFont()
            font.setStrikeOut(True)
            return font
        return None
