"""First-run wizard: level, unit from the official list (or an intermediate unit by hand), administrator.

When the installation exists already (made by ``antt init`` without an admin) only the admin page shows.
"""

from __future__ import annotations

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QWidget, QWizard

from antt_desktop.config import Paths
from antt_desktop.domain.units import Level, provinces, search_units
from antt_desktop.errors import UserError
from antt_desktop.gui.forms.setup.setup_wizard_ui import Ui_SetupWizard
from antt_desktop.gui.setup.unit_list_model import UNIT_ROLE, UnitListModel
from antt_desktop.services.admin.setup import SetupRequest, initialize, units_for
from antt_desktop.services.auth import check_new_password, create_user, normalize_username
from antt_desktop.services.database import Database
from antt_desktop.services.roles import Role

LEVEL_PAGE, UNIT_PAGE, ADMIN_PAGE = 0, 1, 2


class SetupWizard(QWizard):
    def __init__(self, paths: Paths, database: Database | None = None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ui = Ui_SetupWizard()
        self.ui.setupUi(self)
        self.paths = paths
        self.database = database  # set when only the administrator is missing
        self.username = ""
        for button, text in ((QWizard.WizardButton.NextButton, self.tr("&Next >")),
                             (QWizard.WizardButton.BackButton, self.tr("< &Back")),
                             (QWizard.WizardButton.FinishButton, self.tr("&Finish")),
                             (QWizard.WizardButton.CancelButton, self.tr("Cancel"))):
            self.setButtonText(button, text)
        self.units = UnitListModel(self)
        self.ui.unitList.setModel(self.units)
        for unit in provinces():
            self.ui.districtProvinceCombo.addItem(unit.label, unit.code)
        self._search_timer = QTimer(self, singleShot=True, interval=120)
        self._search_timer.timeout.connect(self._search)
        self.ui.unitSearchEdit.textChanged.connect(lambda _text: self._search_timer.start())
        self.currentIdChanged.connect(self._page_shown)
        if database is not None:
            self.removePage(LEVEL_PAGE)
            self.removePage(UNIT_PAGE)

    def level(self) -> Level:
        if self.ui.provinceRadio.isChecked():
            return Level.PROVINCE
        return Level.DISTRICT if self.ui.districtRadio.isChecked() else Level.COMMUNE

    def _page_shown(self, page_id: int) -> None:
        if page_id != UNIT_PAGE:
            return
        district = self.level() is Level.DISTRICT
        self.ui.districtBox.setVisible(district)
        self.ui.unitSearchEdit.setVisible(not district)
        self.ui.unitList.setVisible(not district)
        self.ui.unitErrorLabel.clear()
        self._search()
        (self.ui.districtNameEdit if district else self.ui.unitSearchEdit).setFocus()

    def _search(self) -> None:
        level = Level.PROVINCE if self.level() is Level.PROVINCE else Level.COMMUNE
        self.units.set_units(search_units(self.ui.unitSearchEdit.text(), level))
        if self.units.rowCount() == 1:
            self.ui.unitList.setCurrentIndex(self.units.index(0))

    def request(self) -> SetupRequest:
        ui = self.ui
        admin = dict(admin_user=ui.adminUserEdit.text(), admin_password=ui.adminPasswordEdit.text(),
                     admin_full_name=ui.adminNameEdit.text())
        if self.level() is Level.DISTRICT:
            return SetupRequest(Level.DISTRICT, ui.districtCodeEdit.text(), ui.districtNameEdit.text(),
                                ui.districtProvinceCombo.currentData(), **admin)
        unit = ui.unitList.currentIndex().data(UNIT_ROLE)
        return SetupRequest(self.level(), unit.code if unit else "", **admin)

    def validateCurrentPage(self) -> bool:  # noqa: N802
        try:
            if self.currentId() == UNIT_PAGE:
                self._check_unit()
            elif self.currentId() == ADMIN_PAGE:
                self._finish()
        except UserError as exc:
            label = self.ui.unitErrorLabel if self.currentId() == UNIT_PAGE else self.ui.adminErrorLabel
            label.setText(exc.message)
            return False
        return super().validateCurrentPage()

    def _check_unit(self) -> None:
        request = self.request()
        if self.level() is not Level.DISTRICT and not request.unit_code:
            raise UserError(self.tr("Choose your unit in the list (search by name or code)."))
        units_for(request)  # validates the unit; nothing is written yet

    def _finish(self) -> None:
        ui = self.ui
        normalize_username(ui.adminUserEdit.text())
        check_new_password(ui.adminPasswordEdit.text())
        if ui.adminPasswordEdit.text() != ui.adminConfirmEdit.text():
            raise UserError(self.tr("The two passwords differ; type the same password twice."))
        if self.database is None:
            self.database = initialize(self.paths, self.request())
        else:
            create_user(self.database, ui.adminUserEdit.text(), ui.adminPasswordEdit.text(), Role.ADMIN,
                        ui.adminNameEdit.text())
        self.username = normalize_username(ui.adminUserEdit.text())
