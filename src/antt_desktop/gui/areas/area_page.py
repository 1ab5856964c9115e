"""Địa bàn: the residential areas list with search-as-you-type, add, edit, delete, restore and undo."""

from __future__ import annotations

import uuid

from PySide6.QtCore import QItemSelection, QSortFilterProxyModel, Qt, QTimer
from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QWidget

from antt_desktop.gui import ops
from antt_desktop.gui.areas.area_dialog import AreaDialog
from antt_desktop.gui.areas.area_table_model import COL_NAME, SORT_ROLE, AreaTableModel
from antt_desktop.gui.column_fit import fit_columns
from antt_desktop.gui.forms.areas.area_page_ui import Ui_AreaPage
from antt_desktop.gui.list_keys import ListKeys
from antt_desktop.gui.messages import confirm
from antt_desktop.gui.ownership import lock_for_owner
from antt_desktop.services.areas import areas
from antt_desktop.services.areas.areas import AreaRow
from antt_desktop.services.auth import CurrentUser
from antt_desktop.services.database import Database
from antt_desktop.services.roles import Role, allows
from antt_desktop.services.sync.subordinates import unit_names

SEARCH_DELAY_MS = 150


class AreaPage(QWidget):
    shows = frozenset({ops.AREAS})  # kinds of records whose change refreshes this page
    def __init__(self, database: Database, user: CurrentUser, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ui = Ui_AreaPage()
        self.ui.setupUi(self)
        self.database, self.user = database, user
        self._can_edit = allows(user.role, Role.EDITOR)
        self._own_code = database.own_unit().code

        self.model = AreaTableModel(self)
        self.proxy = QSortFilterProxyModel(self)
        self.proxy.setSourceModel(self.model)
        self.proxy.setSortRole(SORT_ROLE)
        table = self.ui.tableView
        table.setModel(self.proxy)
        table.sortByColumn(COL_NAME, Qt.SortOrder.AscendingOrder)
        table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)

        self._search_timer = QTimer(self, singleShot=True, interval=SEARCH_DELAY_MS)
        self._search_timer.timeout.connect(self.refresh)
        self.ui.searchEdit.textChanged.connect(lambda _text: self._search_timer.start())
        self.ui.showDeletedCheck.toggled.connect(lambda _checked: self.refresh())
        self.ui.addButton.clicked.connect(self.add_area)
        self.ui.editButton.clicked.connect(self.edit_selected)
        self.ui.deleteButton.clicked.connect(self.delete_selected)
        self.ui.restoreButton.clicked.connect(self.restore_selected)
        table.doubleClicked.connect(self.edit_selected)
        table.selectionModel().selectionChanged.connect(self._update_buttons)
        self.list_keys = ListKeys(self, self.add_area, self.ui.searchEdit)
        self.list_keys.on(table, self.edit_selected, self.delete_selected)
        self.refresh()
        fit_columns(table)

    def refresh(self, select_id: uuid.UUID | None = None) -> None:
        rows = areas.list_areas(self.database, self.ui.searchEdit.text(), self.ui.showDeletedCheck.isChecked())
        self.model.set_rows(rows)
        live = [r for r in rows if not r.deleted]
        text = self.tr("%n residential area(s)", "", len(live))
        if self.ui.searchEdit.text().strip():
            text += self.tr(" matching the search")
        self.ui.summaryLabel.setText(text)
        if isinstance(select_id, uuid.UUID):
            self._select(select_id)
        self._update_buttons()

    def _select(self, area_id: uuid.UUID) -> None:
        for row in range(self.model.rowCount()):
            if self.model.row_at(row).id == area_id:
                index = self.proxy.mapFromSource(self.model.index(row, 0))
                self.ui.tableView.selectRow(index.row())
                self.ui.tableView.scrollTo(index)
                return

    def selected(self) -> AreaRow | None:
        indexes = self.ui.tableView.selectionModel().selectedRows()
        if not indexes:
            return None
        return self.model.row_at(self.proxy.mapToSource(indexes[0]).row())

    def _update_buttons(self, *_: QItemSelection) -> None:
        area = self.selected()
        theirs = "" if area is None or self._mine(area) else unit_names(self.database).get(area.owner_unit,
                                                                                           area.owner_unit)
        lock_for_owner((self.ui.editButton, self.ui.deleteButton, self.ui.restoreButton), self._can_edit, theirs)
        self.ui.addButton.setEnabled(self._can_edit)
        if not theirs:
            self.ui.editButton.setEnabled(self._can_edit and area is not None and not area.deleted)
            self.ui.deleteButton.setEnabled(self._can_edit and area is not None and not area.deleted)
            self.ui.restoreButton.setEnabled(self._can_edit and area is not None and area.deleted)
        self.ui.restoreButton.setVisible(self.ui.showDeletedCheck.isChecked())

    def _mine(self, area: AreaRow) -> bool:
        return area.owner_unit == self._own_code

    def add_area(self) -> None:
        if not self._can_edit:
            return
        created: list[AreaRow] = []
        dialog = AreaDialog(lambda data: created.append(areas.create_area(self.database, self.user, data)),
                            parent=self)
        if dialog.exec() and created:
            self.refresh(created[0].id)

    def edit_selected(self) -> None:
        area = self.selected()
        if area is None or area.deleted or not self._can_edit or not self._mine(area):
            return
        dialog = AreaDialog(lambda data: areas.update_area(self.database, self.user, area.id, data),
                            area.as_input(), self)
        if dialog.exec():
            self.refresh(area.id)

    def delete_selected(self) -> None:
        area = self.selected()
        if area is None or area.deleted or not self._can_edit or not self._mine(area):
            return
        question = self.tr("Delete the residential area “%1”? It can be restored later "
                           "(Show deleted, then Restore, or Ctrl+Z).").replace("%1", area.name)
        if not confirm(self, self.tr("Delete residential area"), question, self.tr("Delete")):
            return
        if ops.run(self, lambda: areas.delete_area(self.database, self.user, area.id), {ops.AREAS}):
            self.refresh()
            self.list_keys.deleted(area.name, lambda: areas.restore_area(self.database, self.user, area.id),
                              lambda: self.refresh(area.id))

    def restore_selected(self) -> None:
        area = self.selected()
        if area is not None and area.deleted and ops.run(
                self, lambda: areas.restore_area(self.database, self.user, area.id), {ops.AREAS}):
            self.refresh(area.id)

    def undo_delete(self) -> None:
        self.list_keys.undo()
