"""Đánh giá & khen thưởng: recognition and classification explained criterion by criterion, the year's
timeline, commendations."""

from __future__ import annotations

from datetime import date

from PySide6.QtWidgets import QComboBox, QInputDialog, QWidget

from antt_desktop.domain.dates import format_date, parse_date
from antt_desktop.domain.evaluation import unit_type
from antt_desktop.errors import UserError
from antt_desktop.gui import ops
from antt_desktop.gui.column_fit import fit_columns
from antt_desktop.gui.date_field import ask_date
from antt_desktop.gui.evaluation.evaluation_dialogs import (
    CommendationDialog,
    DecisionDialog,
    OverrideDialog,
)
from antt_desktop.gui.evaluation.evaluation_tables import (
    commendation_columns,
    criterion_columns,
    step_columns,
    subject_columns,
)
from antt_desktop.gui.evaluation.review_hooks import ReviewHooks
from antt_desktop.gui.evaluation.score_sheet import ScoreSheetDialog
from antt_desktop.gui.filter_combos import keep_narrow
from antt_desktop.gui.forms.evaluation.evaluation_page_ui import Ui_EvaluationPage
from antt_desktop.gui.list_keys import ListKeys
from antt_desktop.gui.messages import confirm
from antt_desktop.gui.row_table_model import RowTableModel
from antt_desktop.services.auth import CurrentUser
from antt_desktop.services.database import Database
from antt_desktop.services.evaluation import evaluation_year, evaluations
from antt_desktop.services.forces import teams
from antt_desktop.services.forces.member_query import MemberFilter, query_members
from antt_desktop.services.roles import Role, allows
from antt_desktop.services.sync.subordinates import units_holding


class EvaluationPage(QWidget):
    shows = frozenset({ops.EVALUATION, ops.AREAS})  # kinds of records whose change refreshes this page
    def __init__(self, database: Database, user: CurrentUser, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ui = Ui_EvaluationPage()
        self.ui.setupUi(self)
        self.database, self.user = database, user
        ui = self.ui
        below = units_holding(database, "residential_areas")  # the units below, at an upper level
        self.subjects = RowTableModel(subject_columns(dict(below)), self)
        ui.subjectTable.setModel(self.subjects)
        ui.subjectTable.setColumnHidden(1, not below)
        self.unit_filter = QComboBox(ui.subjectPane)
        keep_narrow(self.unit_filter)
        self.unit_filter.addItem(self.tr("All units below"), "")
        for code, name in below:
            self.unit_filter.addItem(f"{name} ({code})", code)
        self.unit_filter.setVisible(bool(below))
        self.unit_filter.activated.connect(lambda _index: self.refresh())
        ui.subjectLayout.insertWidget(0, self.unit_filter)
        self.criteria = RowTableModel([], self)
        ui.criteriaTable.setModel(self.criteria)
        self.steps = RowTableModel(step_columns(date.today()), self)
        ui.stepTable.setModel(self.steps)
        self.commendations = RowTableModel(commendation_columns(), self)
        ui.commendationTable.setModel(self.commendations)
        ui.yearSpin.setValue(date.today().year)
        ui.splitter.setSizes([700, 360] if below else [640, 420])  # the list first: its columns name the subjects
        ui.yearSpin.valueChanged.connect(lambda _year: self.refresh())
        ui.subjectTable.selectionModel().selectionChanged.connect(lambda *_: self.show_subject())
        ui.addAgencyButton.clicked.connect(self.add_agency)
        ui.assessButton.clicked.connect(self.assess)
        ui.criteriaTable.doubleClicked.connect(self.assess)
        ui.decisionButton.clicked.connect(self.decision)
        ui.overrideButton.clicked.connect(self.override)
        ui.markStepButton.clicked.connect(self.mark_step)
        ui.addCommendationButton.clicked.connect(self.add_commendation)
        ui.deleteCommendationButton.clicked.connect(self.delete_commendation)
        commendations = lambda: ui.tabs.currentWidget() is ui.commendationsTab  # noqa: E731
        self.list_keys = ListKeys(self, lambda: (ui.addCommendationButton if commendations()
                                                 else ui.addAgencyButton).click())
        self.list_keys.on(ui.subjectTable, ui.assessButton)
        self.list_keys.on(ui.criteriaTable, ui.assessButton)
        self.list_keys.on(ui.stepTable, ui.markStepButton)
        self.list_keys.on(ui.commendationTable, delete=ui.deleteCommendationButton)
        for button in (ui.addAgencyButton, ui.assessButton, ui.decisionButton, ui.overrideButton, ui.markStepButton,
                       ui.addCommendationButton, ui.deleteCommendationButton):
            button.setEnabled(allows(user.role, Role.EDITOR))
        self.review = ReviewHooks(self)  # sending sheets up; the level above's review
        self.refresh()

    @property
    def year(self) -> int:
        return self.ui.yearSpin.value()

    def refresh(self, keep: evaluations.Subject | None = None) -> None:
        self.subjects.set_rows(evaluations.subjects(self.database, self.year, self.unit_filter.currentData() or None))
        self.review.refresh()
        fit_columns(self.ui.subjectTable, names=(0, 1))
        wanted = [r.subject for r in self.subjects.rows]
        self.ui.subjectTable.selectRow(wanted.index(keep) if keep in wanted else 0)
        self.show_subject()
        self.steps.set_rows(evaluation_year.steps(self.database, self.year))
        fit_columns(self.ui.stepTable)
        self.commendations.set_rows(evaluation_year.list_commendations(self.database, self.year))
        fit_columns(self.ui.commendationTable)

    def selected_subject(self) -> evaluations.SubjectRow | None:
        return self.subjects.selected_in(self.ui.subjectTable)

    def show_subject(self) -> None:
        row = self.selected_subject()
        self.review.show(row)
        if row is None:
            return
        self.criteria.columns = criterion_columns(row)
        self.criteria.set_rows(unit_type(row.subject.unit_type)["criteria"])
        fit_columns(self.ui.criteriaTable, wrap=True)
        self.ui.subjectTitle.setText(row.subject.name)
        lines = list(row.outcome.explanation)
        lines += [line for line in row.classification.explanation
                  if line.startswith(("Trừ ", "Tổng ", "Chưa được công nhận"))]  # the item lines are in the grid
        if row.override_level:
            lines.append(self.tr("Level adjusted by an officer to %1: %2").replace("%1", row.level_text)
                         .replace("%2", row.override_reason))
        if row.decision_number:
            lines.append(self.tr("Recognised by decision %1 of %2 (%3).").replace("%1", row.decision_number)
                         .replace("%2", format_date(row.decision_date)).replace("%3", row.decision_level))
        self.ui.explanationLabel.setText("\n".join(lines))

    def assess(self) -> None:
        """The recognition criteria and the score sheet of the selected subject in one window, opened at the
        selected criterion."""
        row = self.selected_subject()
        if row is None or not allows(self.user.role, Role.EDITOR):
            return
        selected = self.ui.criteriaTable.selectionModel().selectedRows()
        dialog = ScoreSheetDialog(self.database, self.user, self.year, row, self, selected[0].row() if selected else 0)
        if dialog.exec():
            self.refresh(row.subject)

    def decision(self) -> None:
        row = self.selected_subject()
        if row and ops.run(self, lambda: self._require_evaluation(row), {ops.EVALUATION}) and DecisionDialog(
                lambda number, day, level: evaluations.record_decision(self.database, self.user, row.evaluation_id,
                                                                       number, day, level), self).exec():
            self.refresh(row.subject)

    def override(self) -> None:
        row = self.selected_subject()
        if row and ops.run(self, lambda: self._require_evaluation(row), {ops.EVALUATION}) and OverrideDialog(
                row.subject.unit_type, row.classification.level, row.override_level, row.override_reason,
                lambda level, reason: evaluations.override_level(self.database, self.user, row.evaluation_id, level,
                                                                 reason), self).exec():
            self.refresh(row.subject)

    def _require_evaluation(self, row: evaluations.SubjectRow) -> None:
        if row.evaluation_id is None:
            raise UserError(f"“{row.subject.name}” chưa được đánh giá tiêu chí nào năm {self.year}.")

    def add_agency(self) -> None:
        name, ok = QInputDialog.getText(self, self.tr("Add an agency"), self.tr("Name of the agency, enterprise "
                                                                                 "or school:"))
        if ok and ops.run(self, lambda: evaluations.add_agency(self.database, self.user, self.year, name),
                          {ops.EVALUATION}):
            self.refresh()

    def mark_step(self) -> None:
        step = self.steps.selected_in(self.ui.stepTable)
        if step is None:
            return
        text = ask_date(self, self.tr("Step done"), self.tr("Done on (dd/mm/yyyy):"), date.today())
        if text is not None and ops.run(self, lambda: evaluation_year.mark_step(
                self.database, self.user, self.year, step.code, parse_date(text, "Ngày hoàn thành")), {ops.EVALUATION}):
            self.refresh()

    def add_commendation(self) -> None:
        recipients = [(r.subject.name, None, r.evaluation_id) for r in self.subjects.rows]
        recipients += [(t.name, None, None) for t in teams.list_teams(self.database)]
        recipients += [(f"{m.full_name} – {m.team_name}", m.id, None) for m in query_members(
            self.database, self.user, MemberFilter(status="active"), limit=2000)]
        if CommendationDialog(self.year, recipients, lambda data: evaluation_year.add_commendation(
                self.database, self.user, data), self).exec():
            self.refresh()

    def delete_commendation(self) -> None:
        row = self.commendations.selected_in(self.ui.commendationTable)
        if row and confirm(self, self.tr("Delete commendation"), self.tr("Delete the commendation of “%1”?")
                           .replace("%1", row.data.recipient), self.tr("Delete")):
            if ops.run(self, lambda: evaluation_year.delete_commendation(self.database, self.user, row.id),
                       {ops.EVALUATION}):
                self.list_keys.deleted(row.data.recipient, lambda: evaluation_year.restore_commendation(
                    self.database, self.user, row.id), self.refresh)
            self.refresh()
