"""Add or edit a tổ / đội: type, area, a quota for each role of the type, establishing decision."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtWidgets import QDialog, QDialogButtonBox, QSpinBox, QWidget

from antt_desktop.domain.dates import format_date, parse_date
from antt_desktop.domain.forces import force_type, force_types
from antt_desktop.domain.teams import MAX_QUOTA, TeamInput, default_quotas, suggested_team_name
from antt_desktop.errors import UserError
from antt_desktop.gui import ops
from antt_desktop.gui.combo_data import as_uuid
from antt_desktop.gui.date_field import with_calendar
from antt_desktop.gui.forms.forces.team_dialog_ui import Ui_TeamDialog
from antt_desktop.services.areas.areas import AreaRow


class TeamDialog(QDialog):
    def __init__(self, area_rows: list[AreaRow], save: Callable[[TeamInput], None], initial: TeamInput | None = None,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ui = Ui_TeamDialog()
        self.ui.setupUi(self)
        with_calendar(self.ui.decisionDateEdit)
        self._save = ops.on_worker(save, {ops.FORCES}, self)
        self._spins: dict[str, QSpinBox] = {}
        self._name_touched = initial is not None
        self.ui.buttonBox.button(QDialogButtonBox.StandardButton.Save).setText(self.tr("Save"))
        for kind in force_types():
            self.ui.typeCombo.addItem(kind.label, kind.code)
        self.ui.areaCombo.addItem(self.tr("(whole commune)"), None)
        for area in area_rows:
            self.ui.areaCombo.addItem(area.name, str(area.id))
        self.ui.typeCombo.currentIndexChanged.connect(self._type_changed)
        self.ui.areaCombo.currentIndexChanged.connect(self._suggest_name)
        self.ui.nameEdit.textEdited.connect(lambda _text: setattr(self, "_name_touched", True))
        self.setWindowTitle(self.tr("Edit team") if initial else self.tr("Add team"))
        if initial:
            self._load(initial)
        else:
            self._type_changed()

    def _type_changed(self, *_: int, quotas: dict[str, int] | None = None) -> None:
        code = self.ui.typeCombo.currentData()
        while self.ui.quotaLayout.rowCount():
            self.ui.quotaLayout.removeRow(0)
        self._spins.clear()
        values = quotas if quotas is not None else default_quotas(code)
        for role in force_type(code).roles:
            spin = QSpinBox(self)
            spin.setRange(0, MAX_QUOTA)
            spin.setValue(values.get(role.code, 0))
            self.ui.quotaLayout.addRow(role.name + ":", spin)
            self._spins[role.code] = spin
        self._suggest_name()

    def _suggest_name(self, *_: int) -> None:
        if self._name_touched:
            return
        area = self.ui.areaCombo.currentText() if self.ui.areaCombo.currentData() else ""
        kind = force_type(self.ui.typeCombo.currentData())
        self.ui.nameEdit.setText(suggested_team_name(kind.code, area) if area else kind.short_name)

    def _load(self, data: TeamInput) -> None:
        self.ui.typeCombo.blockSignals(True)
        self.ui.typeCombo.setCurrentIndex(self.ui.typeCombo.findData(data.force_type))
        self.ui.typeCombo.blockSignals(False)
        self.ui.areaCombo.setCurrentIndex(max(0, self.ui.areaCombo.findData(str(data.area_id))))
        self._type_changed(quotas=data.quotas)
        self.ui.nameEdit.setText(data.name)
        self.ui.decisionNumberEdit.setText(data.decision_number)
        self.ui.decisionDateEdit.setText(format_date(data.decision_date))
        self.ui.decisionIssuerEdit.setText(data.decision_issuer)
        self.ui.notesEdit.setText(data.notes)

    def value(self) -> TeamInput:
        ui = self.ui
        return TeamInput(ui.nameEdit.text(), ui.typeCombo.currentData(), as_uuid(ui.areaCombo.currentData()),
                         {code: spin.value() for code, spin in self._spins.items()}, ui.decisionNumberEdit.text(),
                         parse_date(ui.decisionDateEdit.text(), "Ngày quyết định"), ui.decisionIssuerEdit.text(),
                         ui.notesEdit.text())

    def accept(self) -> None:
        try:
            self._save(self.value())
        except UserError as exc:
            self.ui.errorLabel.setText(exc.message)
            return
        super().accept()
