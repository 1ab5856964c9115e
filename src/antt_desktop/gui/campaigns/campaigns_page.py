"""Phong trào & hoạt động: year calendar with campaign days, activities, key-area coverage, prestigious people."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QSortFilterProxyModel, Qt, QTimer
from PySide6.QtWidgets import QLineEdit, QTableView, QWidget

from antt_desktop.domain.campaigns import campaign_on, vocabulary
from antt_desktop.domain.dates import format_date
from antt_desktop.gui import ops
from antt_desktop.gui.campaigns.activity_edit_dialog import ActivityEditDialog
from antt_desktop.gui.campaigns.campaign_tables import (
    activity_columns,
    checklist_columns,
    day_columns,
    key_area_columns,
    person_columns,
)
from antt_desktop.gui.campaigns.marked_calendar import CampaignMark
from antt_desktop.gui.campaigns.small_dialogs import CampaignDialog, PersonDialog
from antt_desktop.gui.column_fit import fit_columns
from antt_desktop.gui.combo_data import as_uuid
from antt_desktop.gui.filter_combos import keep_narrow
from antt_desktop.gui.forms.campaigns.campaigns_page_ui import Ui_CampaignsPage
from antt_desktop.gui.list_keys import ListKeys
from antt_desktop.gui.messages import confirm
from antt_desktop.gui.row_table_model import SORT_ROLE, RowTableModel, number_text
from antt_desktop.services.areas import areas, key_areas
from antt_desktop.services.auth import CurrentUser
from antt_desktop.services.campaigns import activities, campaigns, persons
from antt_desktop.services.database import Database
from antt_desktop.services.roles import Role, allows
from antt_desktop.services.sync.subordinates import units_holding


def _sortable(view: QTableView, model: RowTableModel) -> QSortFilterProxyModel:
    proxy = QSortFilterProxyModel(view)
    proxy.setSourceModel(model)
    proxy.setSortRole(SORT_ROLE)
    view.setModel(proxy)
    view.setSortingEnabled(True)
    return proxy


class CampaignsPage(QWidget):
    shows = frozenset({ops.CAMPAIGNS, ops.MODELS, ops.AREAS})  # kinds of records whose change refreshes this page
    def __init__(self, database: Database, user: CurrentUser, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ui = Ui_CampaignsPage()
        self.ui.setupUi(self)
        self.database, self.user = database, user
        ui = self.ui
        self.checklist = RowTableModel(checklist_columns(), self)
        ui.checklistTable.setModel(self.checklist)
        self.day = RowTableModel(day_columns(), self)
        ui.dayTable.setModel(self.day)
        self.unit_names: dict[str, str] = {}  # the units below, at an upper level
        self.activities = RowTableModel(activity_columns(self.unit_names), self)
        self.activity_proxy = _sortable(ui.activityTable, self.activities)
        self.coverage = RowTableModel(key_area_columns(self.unit_names), self)
        _sortable(ui.keyAreaTable, self.coverage)
        ui.keyAreaTable.sortByColumn(0, Qt.SortOrder.AscendingOrder)
        self.persons = RowTableModel(person_columns(), self)
        self.person_proxy = _sortable(ui.personTable, self.persons)
        ui.yearSpin.setValue(date.today().year)
        keep_narrow(ui.unitFilter, ui.typeFilter, ui.campaignFilter, ui.areaFilter)
        self._fill_filters()
        self._timer = QTimer(self, singleShot=True, interval=150)
        self._timer.timeout.connect(self.refresh)
        self._connect()
        self._keys()
        for button in (ui.addActivityButton, ui.editActivityButton, ui.deleteActivityButton,
                       ui.restoreActivityButton, ui.addPersonButton, ui.editPersonButton, ui.deletePersonButton,
                       ui.addCampaignButton):
            button.setEnabled(allows(user.role, Role.EDITOR))
        self.refresh()

    def _connect(self) -> None:
        ui = self.ui
        ui.yearSpin.valueChanged.connect(self._year_changed)
        ui.calendar.selectionChanged.connect(self._show_day)
        ui.calendar.activated.connect(lambda qdate: self.add_activity(qdate.toPython()))
        ui.searchEdit.textChanged.connect(lambda _text: self._timer.start())
        ui.personSearchEdit.textChanged.connect(lambda _text: self._timer.start())
        for combo in (ui.unitFilter, ui.typeFilter, ui.campaignFilter, ui.areaFilter):
            combo.activated.connect(lambda _index: self.refresh())
        ui.showDeletedCheck.toggled.connect(lambda _checked: self.refresh())
        ui.addActivityButton.clicked.connect(lambda: self.add_activity())
        ui.editActivityButton.clicked.connect(self.edit_activity)
        ui.activityTable.doubleClicked.connect(self.edit_activity)
        ui.deleteActivityButton.clicked.connect(lambda: self.set_activity_deleted(True))
        ui.restoreActivityButton.clicked.connect(lambda: self.set_activity_deleted(False))
        ui.addCampaignButton.clicked.connect(self.add_campaign)
        ui.addPersonButton.clicked.connect(lambda: self.edit_person(new=True))
        ui.editPersonButton.clicked.connect(lambda: self.edit_person(new=False))
        ui.personTable.doubleClicked.connect(lambda: self.edit_person(new=False))
        ui.deletePersonButton.clicked.connect(self.delete_person)

    def _keys(self) -> None:
        ui = self.ui
        people = lambda: ui.tabs.currentWidget() is ui.personsTab  # noqa: E731
        self.list_keys = ListKeys(self, lambda: (ui.addPersonButton if people() else ui.addActivityButton).click(),
                             lambda: ui.personSearchEdit if people() else self._activity_search())
        self.list_keys.on(ui.activityTable, ui.editActivityButton, ui.deleteActivityButton)
        self.list_keys.on(ui.personTable, ui.editPersonButton, ui.deletePersonButton)
        self.list_keys.on(ui.dayTable, self.edit_day_activity)
        ui.dayTable.doubleClicked.connect(self.edit_day_activity)

    def _activity_search(self) -> QLineEdit:
        self.ui.tabs.setCurrentWidget(self.ui.activitiesTab)
        return self.ui.searchEdit

    def _fill_filters(self) -> None:
        ui, year = self.ui, self.ui.yearSpin.value()
        below = units_holding(self.database, "activities")
        self.unit_names.update(below)
        ui.unitFilter.setVisible(bool(below))
        ui.activityTable.setColumnHidden(self.activities.columnCount() - 1, not below)
        ui.keyAreaTable.setColumnHidden(self.coverage.columnCount() - 1, not below)
        for combo, everything, items in (
                (ui.unitFilter, self.tr("All units below"), [(code, f"{name} ({code})") for code, name in below]),
                (ui.typeFilter, self.tr("All types"), [(t, t) for t in vocabulary("activity_types")]),
                (ui.campaignFilter, self.tr("All campaigns"),
                 [(c.code, c.label(year)) for c in campaigns.all_campaigns(self.database)]),
                (ui.areaFilter, self.tr("All areas"), [(str(a.id), a.name) for a in areas.list_areas(self.database)])):
            current = combo.currentData()
            combo.clear()
            combo.addItem(everything, "")
            for code, name in items:
                combo.addItem(name, code)
            combo.setCurrentIndex(max(0, combo.findData(current)) if current else 0)

    def _year_changed(self, year: int) -> None:
        self.ui.calendar.setCurrentPage(year, self.ui.calendar.monthShown())
        self._fill_filters()
        self.refresh()

    def refresh(self) -> None:
        ui, year = self.ui, self.ui.yearSpin.value()
        self.year_rows = activities.list_activities(self.database, activities.ActivityFilter(year))
        statuses = campaigns.year_checklist(self.database, year)
        self.checklist.set_rows(statuses)
        fit_columns(ui.checklistTable)
        self._mark_calendar(year, statuses)
        self._show_day()
        shown = activities.list_activities(self.database, activities.ActivityFilter(
            year, ui.searchEdit.text(), ui.typeFilter.currentData(), ui.campaignFilter.currentData(),
            as_uuid(ui.areaFilter.currentData()), ui.showDeletedCheck.isChecked(), ui.unitFilter.currentData() or ""))
        self.activities.set_rows(shown)
        fit_columns(ui.activityTable)
        ui.activitySummary.setText(self.tr("%1 activities in %2.").replace("%1", number_text(len(shown)))
                                   .replace("%2", str(year)))
        unit = ui.unitFilter.currentData() or None  # at an upper level, the unit below chosen
        covered = key_areas.coverage(self.database, year, unit)
        self.coverage.set_rows(covered)
        fit_columns(ui.keyAreaTable)
        uncovered = key_areas.uncovered_sentences(self.database, year, covered, self.unit_names)
        ui.uncoveredText.setPlainText("\n".join(uncovered) or self.tr("Every key area has had propaganda this year."))
        self.persons.set_rows(persons.list_persons(self.database, ui.personSearchEdit.text()))
        fit_columns(ui.personTable)

    def _mark_calendar(self, year: int, statuses: list[campaigns.CampaignStatus]) -> None:
        marks: dict[date, list[CampaignMark]] = {}
        for status in statuses:
            marks.setdefault(status.campaign.key_date(year), []).append(CampaignMark(status.campaign.name, status.done))
        self.ui.calendar.set_marks({row.data.activity_date for row in self.year_rows}, marks)

    def _show_day(self) -> None:
        day = self.ui.calendar.selectedDate().toPython()
        rows = [r for r in self.year_rows if r.data.activity_date == day]
        names = [s.campaign.name for s in self.checklist.rows if s.campaign.key_date(s.year) == day]
        title = format_date(day) + (f" – {', '.join(names)}" if names else "")
        self.ui.dayLabel.setText(title + " " + self.tr("(%1 activities; double-click the date to add one)")
                                 .replace("%1", str(len(rows))))
        self.day.set_rows(rows)

    # -- activities -------------------------------------------------------------------------------------------
    def _selected_activity(self) -> activities.ActivityRow | None:
        return self.activities.selected_in(self.ui.activityTable)

    def add_activity(self, day: date | None = None) -> None:
        if allows(self.user.role, Role.EDITOR):
            campaign = campaign_on(campaigns.all_campaigns(self.database), day) if day else None
            ActivityEditDialog(self.database, self.user, day=day, campaign_code=campaign.code if campaign else "",
                               parent=self).exec()
            self.refresh()

    def edit_activity(self) -> None:
        row = self._selected_activity()
        if row and not row.deleted:
            ActivityEditDialog(self.database, self.user, row, parent=self).exec()
            self.refresh()

    def edit_day_activity(self) -> None:
        """An activity of the day chosen on the calendar."""
        row = self.day.selected_in(self.ui.dayTable)
        if row and not row.deleted:
            ActivityEditDialog(self.database, self.user, row, parent=self).exec()
            self.refresh()

    def set_activity_deleted(self, deleted: bool) -> None:
        row = self._selected_activity()
        if row is None or row.deleted == deleted:
            return
        if not deleted or confirm(self, self.tr("Delete activity"), self.tr("Delete the activity “%1”? It can be "
                                  "restored later.").replace("%1", row.data.content[:60]), self.tr("Delete")):
            if ops.run(self, lambda: activities.set_deleted(self.database, self.user, row.id, deleted),
                       {ops.CAMPAIGNS}) and deleted:
                self.list_keys.deleted(row.data.content[:60], lambda: activities.set_deleted(
                    self.database, self.user, row.id, False), self.refresh)
            self.refresh()

    def add_campaign(self) -> None:
        dialog = CampaignDialog(lambda *args: campaigns.add_campaign(self.database, self.user, *args), self)
        if dialog.exec():
            self._fill_filters()
            self.refresh()

    # -- people -----------------------------------------------------------------------------------------------
    def _selected_person(self) -> persons.PersonRow | None:
        return self.persons.selected_in(self.ui.personTable)

    def edit_person(self, new: bool) -> None:
        row = None if new else self._selected_person()
        if not new and row is None:
            return
        dialog = PersonDialog(areas.list_areas(self.database), lambda data: persons.save_person(
            self.database, self.user, data, row.id if row else None), row.data if row else None, self)
        if dialog.exec():
            self.refresh()

    def delete_person(self) -> None:
        row = self._selected_person()
        if row and confirm(self, self.tr("Delete person"), self.tr("Delete “%1” from the registry?").replace(
                "%1", row.data.full_name), self.tr("Delete")):
            if ops.run(self, lambda: persons.set_deleted(self.database, self.user, row.id, True), {ops.CAMPAIGNS}):
                self.list_keys.deleted(row.data.full_name, lambda: persons.set_deleted(self.database, self.user, row.id,
                                                                                  False), self.refresh)
            self.refresh()
