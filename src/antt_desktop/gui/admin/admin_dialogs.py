"""Forms of the administration page: a new user account, a change of one's own password."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtWidgets import QWidget

from antt_desktop.errors import UserError
from antt_desktop.gui import ops
from antt_desktop.gui.forms.admin.password_dialog_ui import Ui_PasswordDialog
from antt_desktop.gui.forms.admin.user_dialog_ui import Ui_UserDialog
from antt_desktop.gui.save_dialog import SaveDialog
from antt_desktop.services.admin import users
from antt_desktop.services.auth import CurrentUser
from antt_desktop.services.database import Database
from antt_desktop.services.roles import ROLE_LABELS, Role


class UserDialog(SaveDialog):
    def __init__(self, save: Callable[[str, str, Role, str], object], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ui = Ui_UserDialog()
        self.ui.setupUi(self)
        self._save = ops.on_worker(save, {ops.USERS}, self)
        self._ready()
        for role, label in ROLE_LABELS.items():
            self.ui.roleCombo.addItem(label, role.value)
        self.ui.roleCombo.setCurrentIndex(self.ui.roleCombo.findData(Role.EDITOR.value))

    def save(self) -> None:
        ui = self.ui
        self._save(ui.usernameEdit.text(), ui.passwordEdit.text(), Role(ui.roleCombo.currentData()),
                   ui.fullNameEdit.text())


class PasswordDialog(SaveDialog):
    """The signed-in user changes their own password."""

    def __init__(self, database: Database, user: CurrentUser, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ui = Ui_PasswordDialog()
        self.ui.setupUi(self)
        self.database, self.user = database, user
        self._ready()

    def save(self) -> None:
        if self.ui.newEdit.text() != self.ui.confirmEdit.text():
            raise UserError(self.tr("The two new passwords differ; type the same password twice."))
        ops.call(users.change_own_password, self.database, self.user, self.ui.oldEdit.text(), self.ui.newEdit.text())
