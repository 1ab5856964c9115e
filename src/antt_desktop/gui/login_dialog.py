"""Sign-in dialog: checks the password through the auth service and keeps the signed-in user."""

from __future__ import annotations

from PySide6.QtWidgets import QDialog, QDialogButtonBox, QWidget

from antt_desktop.errors import UserError
from antt_desktop.gui.forms.login_dialog_ui import Ui_LoginDialog
from antt_desktop.services import auth
from antt_desktop.services.database import Database


class LoginDialog(QDialog):
    def __init__(self, database: Database, unit_label: str, username: str = "",
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ui = Ui_LoginDialog()
        self.ui.setupUi(self)
        self.database = database
        self.user: auth.CurrentUser | None = None
        self.ui.unitLabel.setText(unit_label)
        self.ui.usernameEdit.setText(username)
        self.ui.buttonBox.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("Sign in"))
        (self.ui.passwordEdit if username else self.ui.usernameEdit).setFocus()

    def accept(self) -> None:
        try:
            self.user = auth.login(self.database, self.ui.usernameEdit.text(), self.ui.passwordEdit.text())
        except UserError as exc:
            self.ui.errorLabel.setText(exc.message)
            self.ui.passwordEdit.clear()
            self.ui.passwordEdit.setFocus()
            return
        super().accept()
