"""Kế hoạch & chỉ tiêu: plans with live target progress, inspections with remedies, typical-commune criteria."""

from __future__ import annotations

from datetime import date

from PySide6.QtWidgets import QTableView, QWidget

from antt_desktop.gui import ops
from antt_desktop.gui.column_fit import fit_columns
from antt_desktop.gui.forms.plans.plans_page_ui import Ui_PlansPage
from antt_desktop.gui.list_keys import ListKeys
from antt_desktop.gui.messages import confirm
from antt_desktop.gui.plans.plan_dialogs import (
    CriterionDialog,
    FollowUpDialog,
    InspectionDialog,
    PlanDialog,
    RemedyDialog,
    TargetDialog,
)
from antt_desktop.gui.plans.plan_tables import (
    criterion_columns,
    inspection_columns,
    plan_columns,
    remedy_columns,
    target_columns,
)
from antt_desktop.gui.progress_delegate import ProgressDelegate
from antt_desktop.gui.row_table_model import RowTableModel
from antt_desktop.services.areas import areas
from antt_desktop.services.auth import CurrentUser
from antt_desktop.services.database import Database
from antt_desktop.services.forces import teams
from antt_desktop.services.plans import inspections, plans
from antt_desktop.services.roles import Role, allows
from antt_desktop.services.security_models import security_models as models
from antt_desktop.services.security_models import typical_criteria
from antt_desktop.services.sync.subordinates import units_below

PROGRESS_COLUMN, PROGRESS_WIDTH = 4, 140


class PlansPage(QWidget):
    shows = frozenset({ops.PLANS})  # kinds of records whose change refreshes this page
    def __init__(self, database: Database, user: CurrentUser, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ui = Ui_PlansPage()
        self.ui.setupUi(self)
        self.database, self.user = database, user
        ui = self.ui
        self.plans = self._model(ui.planTable, plan_columns())
        self.targets = self._model(ui.targetTable, target_columns())
        ui.targetTable.setItemDelegateForColumn(PROGRESS_COLUMN, ProgressDelegate(self))
        self.units_below = units_below(database)
        ui.targetTable.setColumnHidden(self.targets.columnCount() - 1, not self.units_below)
        self.inspections = self._model(ui.inspectionTable, inspection_columns())
        self.remedies = self._model(ui.remedyTable, remedy_columns(date.today()))
        self.criteria = self._model(ui.criteriaTable, criterion_columns())
        for code, criteria_set in typical_criteria.criteria_sets().items():
            ui.setCombo.addItem(criteria_set["name"], code)
        ui.yearSpin.setValue(date.today().year)
        ui.planSplitter.setSizes([360, 840])
        self._connect()
        editable = allows(user.role, Role.EDITOR)
        for button in (ui.addPlanButton, ui.editPlanButton, ui.deletePlanButton, ui.addTargetButton,
                       ui.editTargetButton, ui.deleteTargetButton, ui.addInspectionButton, ui.deleteInspectionButton,
                       ui.addRemedyButton, ui.followUpButton, ui.assessButton):
            button.setEnabled(editable)
        self.refresh()

    def _model(self, view: QTableView, columns: list) -> RowTableModel:
        model = RowTableModel(columns, self)
        view.setModel(model)
        return model

    def _connect(self) -> None:
        ui = self.ui
        ui.yearSpin.valueChanged.connect(lambda _year: self.refresh())
        ui.planTable.selectionModel().selectionChanged.connect(lambda *_: self.show_targets())
        ui.inspectionTable.selectionModel().selectionChanged.connect(lambda *_: self.show_remedies())
        ui.setCombo.currentIndexChanged.connect(lambda _index: self.show_criteria())
        ui.addPlanButton.clicked.connect(lambda: self.edit_plan(new=True))
        ui.editPlanButton.clicked.connect(lambda: self.edit_plan(new=False))
        ui.deletePlanButton.clicked.connect(self.delete_plan)
        ui.addTargetButton.clicked.connect(lambda: self.edit_target(new=True))
        ui.editTargetButton.clicked.connect(lambda: self.edit_target(new=False))
        ui.targetTable.doubleClicked.connect(lambda: self.edit_target(new=False))
        ui.deleteTargetButton.clicked.connect(self.delete_target)
        ui.addInspectionButton.clicked.connect(self.add_inspection)
        ui.deleteInspectionButton.clicked.connect(self.delete_inspection)
        ui.addRemedyButton.clicked.connect(self.add_remedy)
        ui.followUpButton.clicked.connect(self.follow_up)
        ui.assessButton.clicked.connect(self.assess)
        ui.criteriaTable.doubleClicked.connect(self.assess)
        self.list_keys = ListKeys(self, lambda: (ui.addInspectionButton if ui.tabs.currentWidget() is ui.inspectionsTab
                                            else ui.addPlanButton).click())
        self.list_keys.on(ui.planTable, ui.editPlanButton, ui.deletePlanButton)
        self.list_keys.on(ui.targetTable, ui.editTargetButton, ui.deleteTargetButton)
        self.list_keys.on(ui.inspectionTable, delete=ui.deleteInspectionButton)
        self.list_keys.on(ui.remedyTable, ui.followUpButton)
        self.list_keys.on(ui.criteriaTable, ui.assessButton)

    def refresh(self) -> None:
        year = self.ui.yearSpin.value()
        self.plans.set_rows(plans.list_plans(self.database, year))
        fit_columns(self.ui.planTable, wrap=True)
        if self.plans.rows:
            self.ui.planTable.selectRow(0)
        self.show_targets()
        self.inspections.set_rows(inspections.list_inspections(self.database, year))
        fit_columns(self.ui.inspectionTable)
        self.show_remedies()
        self.show_criteria()

    # -- plans and targets ------------------------------------------------------------------------------------
    def show_targets(self) -> None:
        plan = self.plans.selected_in(self.ui.planTable)
        self.ui.planTitle.setText(f"{plan.label}: {plan.data.summary}" if plan else
                                  self.tr("No plan for this year yet: add the year's plan or resolution."))
        self.targets.set_rows(plans.targets(self.database, plan.id) if plan else [])
        fit_columns(self.ui.targetTable)
        self.ui.targetTable.setColumnWidth(PROGRESS_COLUMN, PROGRESS_WIDTH)

    def edit_plan(self, new: bool) -> None:
        plan = None if new else self.plans.selected_in(self.ui.planTable)
        if new or plan:
            dialog = PlanDialog(lambda data: plans.save_plan(self.database, self.user, data, plan.id if plan else None),
                                self.ui.yearSpin.value(), plan.data if plan else None, self)
            if dialog.exec():
                self.refresh()

    def delete_plan(self) -> None:
        plan = self.plans.selected_in(self.ui.planTable)
        if plan and confirm(self, self.tr("Delete plan"), self.tr("Delete %1 and its targets?").replace(
                "%1", plan.label), self.tr("Delete")):
            if ops.run(self, lambda: plans.delete_plan(self.database, self.user, plan.id), {ops.PLANS}):
                self.list_keys.deleted(plan.label, lambda: plans.restore_plan(self.database, self.user, plan.id),
                                       self.refresh)
            self.refresh()

    def edit_target(self, new: bool) -> None:
        plan = self.plans.selected_in(self.ui.planTable)
        target = None if new else self.targets.selected_in(self.ui.targetTable)
        if plan and (new or target):
            dialog = TargetDialog(lambda data: plans.save_target(self.database, self.user, plan.id, data,
                                                                 target.id if target else None),
                                  target.data if target else None, self, self.units_below)
            if dialog.exec():
                self.show_targets()

    def delete_target(self) -> None:
        target = self.targets.selected_in(self.ui.targetTable)
        if target and confirm(self, self.tr("Delete target"), self.tr("Delete the target “%1”?").replace(
                "%1", target.data.title), self.tr("Delete")):
            if ops.run(self, lambda: plans.delete_target(self.database, self.user, target.id), {ops.PLANS}):
                self.list_keys.deleted(target.data.title, lambda: plans.restore_target(
                    self.database, self.user, target.id), self.show_targets)
            self.show_targets()

    # -- inspections ------------------------------------------------------------------------------------------
    def show_remedies(self) -> None:
        inspection = self.inspections.selected_in(self.ui.inspectionTable)
        self.remedies.set_rows(list(inspection.remedies) if inspection else [])
        fit_columns(self.ui.remedyTable)

    def add_inspection(self) -> None:
        subjects = {"area": [a.name for a in areas.list_areas(self.database)],
                    "model": [m.data.name for m in models.list_models(self.database)],
                    "team": [t.name for t in teams.list_teams(self.database)]}
        if InspectionDialog(subjects, lambda data: inspections.save_inspection(self.database, self.user, data),
                            self).exec():
            self.refresh()

    def delete_inspection(self) -> None:
        inspection = self.inspections.selected_in(self.ui.inspectionTable)
        if inspection and confirm(self, self.tr("Delete inspection"), self.tr("Delete this inspection and its "
                                  "remedies?"), self.tr("Delete")):
            if ops.run(self, lambda: inspections.delete_inspection(self.database, self.user, inspection.id),
                       {ops.PLANS}):
                self.list_keys.deleted(self.tr("the inspection"), lambda: inspections.restore_inspection(
                    self.database, self.user, inspection.id), self.refresh)
            self.refresh()

    def add_remedy(self) -> None:
        inspection = self.inspections.selected_in(self.ui.inspectionTable)
        if inspection and RemedyDialog(lambda text, deadline: inspections.add_remedy(
                self.database, self.user, inspection.id, text, deadline), self).exec():
            self._refresh_keeping_inspection(inspection.id)

    def follow_up(self) -> None:
        remedy = self.remedies.selected_in(self.ui.remedyTable)
        if remedy and FollowUpDialog(lambda note, closed: inspections.follow_up(
                self.database, self.user, remedy.id, note, closed), self).exec():
            self._refresh_keeping_inspection(remedy.inspection_id)

    def _refresh_keeping_inspection(self, inspection_id) -> None:  # noqa: ANN001
        self.refresh()
        ids = [i.id for i in self.inspections.rows]
        if inspection_id in ids:
            self.ui.inspectionTable.selectRow(ids.index(inspection_id))

    # -- typical-commune criteria -----------------------------------------------------------------------------
    def show_criteria(self) -> None:
        rows = typical_criteria.assessment(self.database, self.ui.yearSpin.value(), self.ui.setCombo.currentData())
        self.criteria.set_rows(rows)
        fit_columns(self.ui.criteriaTable)
        self.ui.overallLabel.setText(self.tr("Overall result for %1: %2").replace(
            "%1", str(self.ui.yearSpin.value())).replace("%2", typical_criteria.overall(rows)))

    def assess(self) -> None:
        row = self.criteria.selected_in(self.ui.criteriaTable)
        year, set_code = self.ui.yearSpin.value(), self.ui.setCombo.currentData()
        if row and CriterionDialog(row, lambda result, evidence, notes: typical_criteria.save_assessment(
                self.database, self.user, year, set_code, row.code, result, evidence, notes), self).exec():
            self.show_criteria()
