"""The prestigious-person and campaign-day dialogs; the service call runs on Save."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date

from PySide6.QtWidgets import QWidget

from antt_desktop.domain.campaigns import PersonInput, vocabulary
from antt_desktop.domain.dates import parse_date
from antt_desktop.gui import ops
from antt_desktop.gui.combo_data import as_uuid
from antt_desktop.gui.forms.campaigns.campaign_dialog_ui import Ui_CampaignDialog
from antt_desktop.gui.forms.campaigns.person_dialog_ui import Ui_PersonDialog
from antt_desktop.gui.save_dialog import SaveDialog
from antt_desktop.services.areas.areas import AreaRow


class PersonDialog(SaveDialog):
    def __init__(self, area_rows: list[AreaRow], save: Callable[[PersonInput], object],
                 initial: PersonInput | None = None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ui = Ui_PersonDialog()
        self.ui.setupUi(self)
        self._save = ops.on_worker(save, {ops.CAMPAIGNS}, self)
        self._ready()
        self.ui.categoryCombo.addItems(list(vocabulary("person_categories")))
        self.ui.areaCombo.addItem("—", "")
        for area in area_rows:
            self.ui.areaCombo.addItem(area.name, str(area.id))
        if initial:
            ui = self.ui
            ui.nameEdit.setText(initial.full_name)
            ui.categoryCombo.setCurrentText(initial.category)
            ui.areaCombo.setCurrentIndex(max(0, ui.areaCombo.findData(str(initial.area_id))))
            for edit, value in ((ui.titleEdit, initial.title), (ui.ethnicityEdit, initial.ethnicity),
                                (ui.religionEdit, initial.religion), (ui.phoneEdit, initial.phone),
                                (ui.addressEdit, initial.address), (ui.notesEdit, initial.notes)):
                edit.setText(value)

    def save(self) -> None:
        ui = self.ui
        self._save(PersonInput(ui.nameEdit.text(), ui.categoryCombo.currentText(), as_uuid(ui.areaCombo.currentData()),
                               ui.titleEdit.text(), ui.ethnicityEdit.text(), ui.religionEdit.text(),
                               ui.phoneEdit.text(), ui.addressEdit.text(), ui.notesEdit.text()))


def _day_month(text: str, field: str) -> date | None:
    """'19/8' as a day of the year (stored without a year; 2000 is a leap year, so 29/02 is accepted)."""
    return parse_date(f"{text.strip()}/2000", field) if text.strip() else None


class CampaignDialog(SaveDialog):
    def __init__(self, save: Callable[[str, date | None, date | None, date | None], object],
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ui = Ui_CampaignDialog()
        self.ui.setupUi(self)
        self._save = ops.on_worker(save, {ops.CAMPAIGNS}, self)
        self._ready()

    def save(self) -> None:
        ui = self.ui
        self._save(ui.nameEdit.text(), _day_month(ui.dayEdit.text(), "Ngày chính"),
                   _day_month(ui.startEdit.text(), "Ngày bắt đầu"), _day_month(ui.endEdit.text(), "Ngày kết thúc"))
