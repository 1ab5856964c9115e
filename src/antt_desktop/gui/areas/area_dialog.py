"""Add or edit one residential area; validation errors stay in the dialog so nothing typed is lost."""

from __future__ import annotations

from PySide6.QtGui import QIntValidator
from PySide6.QtWidgets import QCheckBox, QDialog, QDialogButtonBox, QWidget

from antt_desktop.domain.areas import AREA_KINDS, KEY_FLAGS, MAX_POPULATION, AreaInput
from antt_desktop.errors import UserError
from antt_desktop.gui import ops
from antt_desktop.gui.forms.areas.area_dialog_ui import Ui_AreaDialog


def _int_or_none(text: str) -> int | None:
    digits = text.replace(".", "").replace(" ", "")
    return int(digits) if digits else None


class AreaDialog(QDialog):
    """Collects an AreaInput; ``save`` is the service call (create or update) run on OK."""

    def __init__(self, save, initial: AreaInput | None = None, parent: QWidget | None = None) -> None:  # noqa: ANN001
        super().__init__(parent)
        self.ui = Ui_AreaDialog()
        self.ui.setupUi(self)
        self._save = ops.on_worker(save, {ops.AREAS}, self)
        self.ui.kindCombo.addItems(list(AREA_KINDS))
        self.ui.buttonBox.button(QDialogButtonBox.StandardButton.Save).setText(self.tr("Save"))
        validator = QIntValidator(0, MAX_POPULATION, self)
        self.ui.populationEdit.setValidator(validator)
        self.ui.householdsEdit.setValidator(validator)
        for flag, label in KEY_FLAGS.items():
            self._flag_box(flag).setText(label)
        self.setWindowTitle(self.tr("Edit residential area") if initial else self.tr("Add residential area"))
        if initial:
            self._load(initial)

    def _flag_box(self, flag: str) -> QCheckBox:
        return getattr(self.ui, flag)

    def _load(self, data: AreaInput) -> None:
        self.ui.nameEdit.setText(data.name)
        self.ui.kindCombo.setCurrentText(data.kind)
        self.ui.populationEdit.setText("" if data.population is None else str(data.population))
        self.ui.householdsEdit.setText("" if data.households is None else str(data.households))
        for flag in KEY_FLAGS:
            self._flag_box(flag).setChecked(flag in data.flags)
        self.ui.keyNotesEdit.setText(data.key_notes)
        self.ui.notesEdit.setText(data.notes)

    def value(self) -> AreaInput:
        return AreaInput(
            name=self.ui.nameEdit.text(),
            kind=self.ui.kindCombo.currentText(),
            population=_int_or_none(self.ui.populationEdit.text()),
            households=_int_or_none(self.ui.householdsEdit.text()),
            flags={flag for flag in KEY_FLAGS if self._flag_box(flag).isChecked()},
            key_notes=self.ui.keyNotesEdit.text(),
            notes=self.ui.notesEdit.text(),
        )

    def accept(self) -> None:
        try:
            self._save(self.value())
        except UserError as exc:
            self.ui.errorLabel.setText(exc.message)
            return
        super().accept()
