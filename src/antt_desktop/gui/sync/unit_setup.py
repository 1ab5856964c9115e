"""At a province, on the Đơn vị trực thuộc tab: the intermediate units below it and which communes each
forwards. This configuration, never what a package says, decides whose records a package may carry."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QObject
from PySide6.QtWidgets import QInputDialog, QWidget

from antt_desktop.domain.units import Level
from antt_desktop.gui import ops
from antt_desktop.gui.forms.sync.intermediate_dialog_ui import Ui_IntermediateDialog
from antt_desktop.gui.forms.sync.sync_page_ui import Ui_SyncPage
from antt_desktop.gui.save_dialog import SaveDialog
from antt_desktop.services.auth import CurrentUser
from antt_desktop.services.database import Database
from antt_desktop.services.roles import Role, allows
from antt_desktop.services.sync import unit_hierarchy


class IntermediateDialog(SaveDialog):
    def __init__(self, save: Callable[[str, str], object], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ui = Ui_IntermediateDialog()
        self.ui.setupUi(self)
        self._save = ops.on_worker(save, {ops.SYNC}, self)
        self._ready()

    def save(self) -> None:
        self._save(self.ui.codeEdit.text(), self.ui.nameEdit.text())


class UnitSetup(QObject):
    def __init__(self, page: QWidget, ui: Ui_SyncPage, database: Database, user: CurrentUser,
                 chosen: Callable[[], object], report: Callable[[str], None]) -> None:
        super().__init__(page)
        self.page, self.ui, self.database, self.user = page, ui, database, user
        self.chosen, self.report = chosen, report
        province = database.installation().level == Level.PROVINCE
        for button in (ui.addIntermediateButton, ui.assignButton):
            button.setVisible(province)
            button.setEnabled(allows(user.role, Role.ADMIN))
        ui.addIntermediateButton.clicked.connect(self.add_intermediate)
        ui.assignButton.clicked.connect(self.assign)

    def add_intermediate(self) -> None:
        added: list = []
        dialog = IntermediateDialog(lambda code, name: added.append(
            unit_hierarchy.add_intermediate(self.database, self.user, code, name)), self.page)
        if dialog.exec() and added:
            self.report(self.tr("Intermediate unit %1 (%2) added.").replace("%1", added[0].name)
                        .replace("%2", added[0].code))
            self.page.refresh()

    def assign(self) -> None:
        unit = self.chosen()
        if unit is None or not unit.code.isdigit():
            self.report(self.tr("Choose a commune in the list first."))
            return
        middle = [u for u in unit_hierarchy.configured_below(self.database) if not u.via]
        choices = [self.tr("Directly to this unit"), *(f"{u.name} ({u.code})" for u in middle)]
        picked, ok = QInputDialog.getItem(self.page, self.tr("Sends through"), self.tr(
            "%1 sends its packages:").replace("%1", unit.name), choices, 0, False)
        if not ok:
            return
        via = "" if picked == choices[0] else middle[choices.index(picked) - 1].code
        done: list = []
        if ops.run(self.page, lambda: done.append(unit_hierarchy.assign_commune(self.database, self.user,
                                                                                    unit.code, via)), {ops.SYNC}):
            self.report(self.tr("%1 now sends through %2.").replace("%1", unit.name).replace("%2", picked))
            self.page.refresh()
