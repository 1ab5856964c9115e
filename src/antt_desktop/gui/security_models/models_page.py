"""Mô hình: the registry with filters by field, status, rating and area, and counts by field and rating."""

from __future__ import annotations

from collections import Counter

from PySide6.QtCore import QSortFilterProxyModel, Qt, QTimer
from PySide6.QtWidgets import QComboBox, QWidget

from antt_desktop.config import save_setting
from antt_desktop.domain.security_models import names
from antt_desktop.gui import ops
from antt_desktop.gui.column_fit import fit_columns
from antt_desktop.gui.combo_data import as_uuid
from antt_desktop.gui.filter_combos import keep_narrow
from antt_desktop.gui.forms.security_models.models_page_ui import Ui_ModelsPage
from antt_desktop.gui.list_keys import ListKeys
from antt_desktop.gui.messages import confirm
from antt_desktop.gui.ownership import lock_for_owner, owner_elsewhere
from antt_desktop.gui.row_table_model import SORT_ROLE, RowTableModel
from antt_desktop.gui.security_models.model_dialog import ModelDialog
from antt_desktop.gui.security_models.model_tables import model_columns, rating_name
from antt_desktop.services.areas import areas
from antt_desktop.services.auth import CurrentUser
from antt_desktop.services.database import Database
from antt_desktop.services.roles import Role, allows
from antt_desktop.services.security_models import security_models as models
from antt_desktop.services.security_models.security_models import INACTIVE_SETTING, inactive_months
from antt_desktop.services.sync.subordinates import units_holding


class ModelsPage(QWidget):
    shows = frozenset({ops.MODELS, ops.AREAS})  # kinds of records whose change refreshes this page
    def __init__(self, database: Database, user: CurrentUser, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ui = Ui_ModelsPage()
        self.ui.setupUi(self)
        self.database, self.user = database, user
        self.unit_names: dict[str, str] = {}  # the units below, at an upper level
        self.table = RowTableModel(model_columns(self.unit_names), self)
        self.proxy = QSortFilterProxyModel(self)
        self.proxy.setSourceModel(self.table)
        self.proxy.setSortRole(SORT_ROLE)
        ui = self.ui
        ui.modelTable.setModel(self.proxy)
        ui.modelTable.setSortingEnabled(True)
        ui.modelTable.sortByColumn(0, Qt.SortOrder.AscendingOrder)
        self._fill_filters()
        self._timer = QTimer(self, singleShot=True, interval=150)
        self._timer.timeout.connect(self.refresh)
        ui.searchEdit.textChanged.connect(lambda _text: self._timer.start())
        keep_narrow(ui.unitFilter, ui.fieldFilter, ui.statusFilter, ui.ratingFilter, ui.areaFilter)
        for combo in (ui.unitFilter, ui.fieldFilter, ui.statusFilter, ui.ratingFilter, ui.areaFilter):
            combo.activated.connect(lambda _index: self.refresh())
        ui.showDeletedCheck.toggled.connect(lambda _checked: self.refresh())
        ui.addButton.clicked.connect(self.add_model)
        ui.editButton.clicked.connect(self.edit_model)
        ui.modelTable.doubleClicked.connect(self.edit_model)
        ui.deleteButton.clicked.connect(lambda: self.set_deleted(True))
        ui.restoreButton.clicked.connect(lambda: self.set_deleted(False))
        self._can_edit, self._own_code = allows(user.role, Role.EDITOR), database.own_unit().code
        for button in (ui.addButton, ui.editButton, ui.deleteButton, ui.restoreButton):
            button.setEnabled(self._can_edit)
        ui.modelTable.selectionModel().selectionChanged.connect(lambda *_: self._enable_for_owner())
        ui.inactiveSpin.setValue(inactive_months(database.paths))
        ui.inactiveSpin.valueChanged.connect(lambda months: save_setting(database.paths, INACTIVE_SETTING, months))
        self.list_keys = ListKeys(self, ui.addButton, ui.searchEdit)
        self.list_keys.on(ui.modelTable, ui.editButton, ui.deleteButton)
        self.refresh()

    def _fill_filters(self) -> None:
        ui = self.ui
        below = units_holding(self.database, "security_models")
        self.unit_names.update(below)
        self._fill(ui.unitFilter, self.tr("All units below"), [(code, f"{name} ({code})") for code, name in below])
        ui.unitFilter.setVisible(bool(below))
        ui.modelTable.setColumnHidden(self.table.columnCount() - 1, not below)
        self._fill(ui.fieldFilter, self.tr("All fields"), list(names("fields").items()))
        self._fill(ui.statusFilter, self.tr("Any status"), list(names("statuses").items()))
        self._fill(ui.ratingFilter, self.tr("Any rating"), [*names("ratings").items(), ("none", rating_name(None))])
        self._fill(ui.areaFilter, self.tr("All areas"), [(str(a.id), a.name) for a in areas.list_areas(self.database)])

    @staticmethod
    def _fill(combo: QComboBox, everything: str, items: list[tuple[str, str]]) -> None:
        combo.addItem(everything, "")
        for code, name in items:
            combo.addItem(name, code)

    def current_filter(self) -> models.ModelFilter:
        ui = self.ui
        return models.ModelFilter(ui.searchEdit.text(), ui.fieldFilter.currentData(), ui.statusFilter.currentData(),
                                  ui.ratingFilter.currentData(), as_uuid(ui.areaFilter.currentData()),
                                  ui.showDeletedCheck.isChecked(), ui.unitFilter.currentData() or "")

    def refresh(self) -> None:
        rows = models.list_models(self.database, self.current_filter())
        self.table.set_rows(rows)
        fit_columns(self.ui.modelTable)
        live = [r for r in rows if not r.deleted]
        by_field = Counter(names("fields")[r.data.field] for r in live)
        by_rating = Counter(rating_name(r.last_rating) for r in live)
        self.ui.countsLabel.setText(
            self.tr("%1 model(s). By field: %2. By latest rating: %3.").replace("%1", str(len(live)))
            .replace("%2", ", ".join(f"{k} {v}" for k, v in sorted(by_field.items())) or "—")
            .replace("%3", ", ".join(f"{k} {v}" for k, v in sorted(by_rating.items())) or "—"))

    def _enable_for_owner(self) -> None:
        """A unit below's model is seen here, changed only there: it opens to be read."""
        row = self.selected()
        theirs = owner_elsewhere(row.owner_unit if row else None, self._own_code, self.unit_names)
        lock_for_owner((self.ui.deleteButton, self.ui.restoreButton), self._can_edit, theirs)
        self.ui.editButton.setText(self.tr("&View…") if theirs else self.tr("&Edit…"))

    def selected(self) -> models.ModelRow | None:
        return self.table.selected_in(self.ui.modelTable)

    def add_model(self) -> None:
        ModelDialog(self.database, self.user, areas.list_areas(self.database), parent=self).exec()
        self.refresh()

    def edit_model(self) -> None:
        row = self.selected()
        if row and not row.deleted:
            ModelDialog(self.database, self.user, areas.list_areas(self.database), row, self).exec()
            self.refresh()

    def set_deleted(self, deleted: bool) -> None:
        row = self.selected()
        if row is None or row.deleted == deleted or row.owner_unit != self._own_code:
            return
        question = self.tr("Delete “%1”? Use this only for a model entered by mistake; a model that stopped working "
                           "is reviewed with the outcome “Giải thể”. A deleted model can be restored.")
        if not deleted or confirm(self, self.tr("Delete model"), question.replace("%1", row.data.name),
                                  self.tr("Delete")):
            if ops.run(self, lambda: models.set_deleted(self.database, self.user, row.id, deleted),
                       {ops.MODELS}) and deleted:
                self.list_keys.deleted(row.data.name, lambda: models.set_deleted(
                    self.database, self.user, row.id, False), self.refresh)
            self.refresh()
