"""The small forms of the plans page; each runs its service call on Save."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date

from PySide6.QtWidgets import QWidget

from antt_desktop.domain.dates import format_date, parse_date
from antt_desktop.domain.text import collation_key
from antt_desktop.errors import UserError
from antt_desktop.gui import ops
from antt_desktop.gui.date_field import with_calendar
from antt_desktop.gui.forms.plans.criterion_dialog_ui import Ui_CriterionDialog
from antt_desktop.gui.forms.plans.follow_up_dialog_ui import Ui_FollowUpDialog
from antt_desktop.gui.forms.plans.inspection_dialog_ui import Ui_InspectionDialog
from antt_desktop.gui.forms.plans.plan_dialog_ui import Ui_PlanDialog
from antt_desktop.gui.forms.plans.remedy_dialog_ui import Ui_RemedyDialog
from antt_desktop.gui.forms.plans.target_dialog_ui import Ui_TargetDialog
from antt_desktop.gui.save_dialog import SaveDialog
from antt_desktop.services.plans.indicators import INDICATORS
from antt_desktop.services.plans.inspections import SUBJECT_KINDS, InspectionInput
from antt_desktop.services.plans.plans import PLAN_KINDS, PlanInput, TargetInput
from antt_desktop.services.security_models.typical_criteria import CriterionRow, result_names


def _float(text: str, field: str) -> float | None:
    cleaned = text.strip().replace(".", "").replace(",", ".")
    if not cleaned:
        return None
    try:
        return float(cleaned)
    except ValueError:
        raise UserError(f"{field} “{text}” không phải là số.") from None


class PlanDialog(SaveDialog):
    def __init__(self, save: Callable[[PlanInput], object], year: int, initial: PlanInput | None = None,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ui = Ui_PlanDialog()
        self.ui.setupUi(self)
        with_calendar(self.ui.dateEdit)
        self._save = ops.on_worker(save, {ops.PLANS}, self)
        self._ready()
        ui = self.ui
        ui.kindCombo.addItems(list(PLAN_KINDS))
        ui.kindCombo.setCurrentText("Kế hoạch")
        ui.yearSpin.setValue(year)
        ui.dateEdit.setText(format_date(date.today()))
        if initial:
            ui.kindCombo.setCurrentText(initial.kind)
            ui.numberEdit.setText(initial.number)
            ui.dateEdit.setText(format_date(initial.plan_date))
            ui.issuerEdit.setText(initial.issuer)
            ui.yearSpin.setValue(initial.year)
            ui.summaryEdit.setPlainText(initial.summary)

    def save(self) -> None:
        ui = self.ui
        self._save(PlanInput(ui.kindCombo.currentText(), ui.numberEdit.text(), parse_date(ui.dateEdit.text(),
                             "Ngày ban hành"), ui.issuerEdit.text(), ui.yearSpin.value(), ui.summaryEdit.toPlainText()))


class TargetDialog(SaveDialog):
    def __init__(self, save: Callable[[TargetInput], object], initial: TargetInput | None = None,
                 parent: QWidget | None = None, units: dict[str, str] | None = None) -> None:
        """``units``: at an upper level, the units below a target can be set for (the others: hidden)."""
        super().__init__(parent)
        self.ui = Ui_TargetDialog()
        self.ui.setupUi(self)
        self._save = ops.on_worker(save, {ops.PLANS}, self)
        self._ready()
        ui = self.ui
        for code, indicator in INDICATORS.items():
            ui.indicatorCombo.addItem(f"{indicator.name} ({indicator.unit})", code)
        ui.indicatorCombo.addItem(self.tr("Another target, measured by hand"), "")
        ui.indicatorCombo.currentIndexChanged.connect(self._mode)
        ui.forUnitCombo.addItem(self.tr("Every unit below"), "")
        for code, name in sorted((units or {}).items(), key=lambda item: collation_key(item[1])):
            ui.forUnitCombo.addItem(f"{name} ({code})", code)
        ui.forUnitLabel.setVisible(bool(units))
        ui.forUnitCombo.setVisible(bool(units))
        if initial:
            ui.forUnitCombo.setCurrentIndex(max(0, ui.forUnitCombo.findData(initial.for_unit)))
            ui.indicatorCombo.setCurrentIndex(ui.indicatorCombo.findData(initial.indicator))
            ui.titleEdit.setText("" if initial.indicator else initial.title)
            ui.valueEdit.setText(f"{initial.target_value:g}")
            ui.unitEdit.setText(initial.unit)
            ui.actualEdit.setText("" if initial.manual_actual is None else f"{initial.manual_actual:g}")
            ui.notesEdit.setText(initial.notes)
        self._mode()

    def _mode(self, *_: int) -> None:
        manual = not self.ui.indicatorCombo.currentData()
        for widget in (self.ui.titleLabel, self.ui.titleEdit, self.ui.unitLabel, self.ui.unitEdit,
                       self.ui.actualLabel, self.ui.actualEdit):
            widget.setEnabled(manual)

    def save(self) -> None:
        ui = self.ui
        self._save(TargetInput(ui.indicatorCombo.currentData() or "", _float(ui.valueEdit.text(), "Giá trị chỉ tiêu"),
                               ui.titleEdit.text(), ui.unitEdit.text(), _float(ui.actualEdit.text(), "Kết quả"),
                               ui.notesEdit.text(), ui.forUnitCombo.currentData() or ""))


class InspectionDialog(SaveDialog):
    def __init__(self, subjects: dict[str, list[str]], save: Callable[[InspectionInput], object],
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ui = Ui_InspectionDialog()
        self.ui.setupUi(self)
        with_calendar(self.ui.dateEdit)
        self._save, self._subjects = save, subjects
        self._ready()
        for code, name in SUBJECT_KINDS.items():
            self.ui.kindCombo.addItem(name, code)
        self.ui.kindCombo.currentIndexChanged.connect(self._kind_changed)
        self.ui.dateEdit.setText(format_date(date.today()))
        self._kind_changed()

    def _kind_changed(self, *_: int) -> None:
        self.ui.subjectCombo.clear()
        self.ui.subjectCombo.addItems(self._subjects.get(self.ui.kindCombo.currentData(), []))

    def save(self) -> None:
        ui = self.ui
        self._save(InspectionInput(parse_date(ui.dateEdit.text(), "Ngày kiểm tra"), ui.kindCombo.currentData(),
                                   ui.subjectCombo.currentText(), ui.inspectorEdit.text(),
                                   ui.findingsEdit.toPlainText()))


class RemedyDialog(SaveDialog):
    def __init__(self, save: Callable[[str, date | None], object], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ui = Ui_RemedyDialog()
        self.ui.setupUi(self)
        with_calendar(self.ui.deadlineEdit)
        self._save = ops.on_worker(save, {ops.PLANS}, self)
        self._ready()

    def save(self) -> None:
        self._save(self.ui.descriptionEdit.text(), parse_date(self.ui.deadlineEdit.text(), "Thời hạn"))


class FollowUpDialog(SaveDialog):
    def __init__(self, save: Callable[[str, date | None], object], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ui = Ui_FollowUpDialog()
        self.ui.setupUi(self)
        with_calendar(self.ui.closedEdit)
        self._save = ops.on_worker(save, {ops.PLANS}, self)
        self._ready()
        self.ui.closedEdit.setText(format_date(date.today()))
        self.ui.closedCheck.toggled.connect(self.ui.closedEdit.setEnabled)
        self.ui.closedEdit.setEnabled(False)

    def save(self) -> None:
        closed = parse_date(self.ui.closedEdit.text(), "Ngày hoàn thành") if self.ui.closedCheck.isChecked() else None
        self._save(self.ui.noteEdit.text(), closed)


class CriterionDialog(SaveDialog):
    def __init__(self, row: CriterionRow, save: Callable[[str, str, str], object], parent: QWidget | None = None):
        super().__init__(parent)
        self.ui = Ui_CriterionDialog()
        self.ui.setupUi(self)
        self._save = ops.on_worker(save, {ops.PLANS}, self)
        self._ready()
        self.ui.criterionText.setText(row.text)
        for code, name in result_names().items():
            self.ui.resultCombo.addItem(name, code)
        self.ui.resultCombo.setCurrentIndex(max(0, self.ui.resultCombo.findData(row.result)))
        self.ui.evidenceEdit.setPlainText(row.evidence)
        self.ui.notesEdit.setText(row.notes)

    def save(self) -> None:
        self._save(self.ui.resultCombo.currentData(), self.ui.evidenceEdit.toPlainText(), self.ui.notesEdit.text())
