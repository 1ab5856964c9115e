"""The backup tab's forms: a backup with or without the private keys (sealed under a passphrase set for it), and a
restore that shows what the backup holds, refuses another unit's or computer's backup with both named unless
the administrator confirms that this PC replaces that one, and asks for the keys' passphrase."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication
from PySide6.QtWidgets import QDialogButtonBox, QWidget

from antt_desktop.errors import UserError
from antt_desktop.gui import ops
from antt_desktop.gui.forms.admin.backup_dialog_ui import Ui_BackupDialog
from antt_desktop.gui.forms.admin.restore_dialog_ui import Ui_RestoreDialog
from antt_desktop.gui.messages import confirm
from antt_desktop.gui.save_dialog import SaveDialog
from antt_desktop.services.admin import backup_restore
from antt_desktop.services.admin.backup_keys import check_passphrase
from antt_desktop.services.admin.backups import who
from antt_desktop.services.auth import CurrentUser
from antt_desktop.services.database import Database
from antt_desktop.services.roles import Role, allows

KEY_LABELS = {"passphrase": QT_TRANSLATE_NOOP("BackupKeys", "encrypted with a passphrase"),
              "this-pc": QT_TRANSLATE_NOOP("BackupKeys", "encrypted, this PC only"),
              "clear": QT_TRANSLATE_NOOP("BackupKeys", "not encrypted (older backup)"),
              "none": QT_TRANSLATE_NOOP("BackupKeys", "not included"),
              "": QT_TRANSLATE_NOOP("BackupKeys", "cannot be read")}


def key_label(keys: str) -> str:
    """What a backup holds of the private keys, in words."""
    return QCoreApplication.translate("BackupKeys", KEY_LABELS.get(keys, KEY_LABELS[""]))


class BackupDialog(SaveDialog):
    """Whether the keys go with the backup; ``passphrase`` is set on accept (None: without keys)."""

    def __init__(self, user: CurrentUser, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ui = Ui_BackupDialog()
        self.ui.setupUi(self)
        self._ready()
        self.ui.buttonBox.button(QDialogButtonBox.StandardButton.Save).setText(self.tr("Choose the folder…"))
        self.passphrase: str | None = None
        self.ui.keysCheck.setEnabled(allows(user.role, Role.ADMIN))
        self.ui.keysCheck.toggled.connect(self._show_fields)
        self._show_fields(False)

    def _show_fields(self, on: bool) -> None:
        for widget in (self.ui.passphraseEdit, self.ui.confirmEdit, self.ui.passphraseLabel, self.ui.confirmLabel):
            widget.setEnabled(on)

    def save(self) -> None:
        if not self.ui.keysCheck.isChecked():
            self.passphrase = None
            return
        if self.ui.passphraseEdit.text() != self.ui.confirmEdit.text():
            raise UserError(self.tr("The two passphrases differ; type the same passphrase twice."))
        check_passphrase(self.ui.passphraseEdit.text())
        self.passphrase = self.ui.passphraseEdit.text()


class RestoreDialog(SaveDialog):
    """Restores on Save; a refusal (wrong passphrase…) stays in the dialog, nothing changed."""

    def __init__(self, database: Database, user: CurrentUser, plan: backup_restore.RestorePlan,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ui = Ui_RestoreDialog()
        self.ui.setupUi(self)
        self._ready()
        self.database, self.user, self.plan = database, user, plan
        self.result: backup_restore.RestoreResult | None = None
        ui = self.ui
        self.restore_button = ui.buttonBox.button(QDialogButtonBox.StandardButton.Save)
        self.restore_button.setText(self.tr("Restore"))
        ui.previewLabel.setText(plan.found.describe())
        ui.refusalLabel.setText(plan.foreign)
        for widget in (ui.refusalLabel, ui.takeOverCheck):
            widget.setVisible(bool(plan.foreign))
        self.asks = plan.found.keys == "passphrase" and not plan.keys_kept
        for widget in (ui.passphraseLabel, ui.passphraseEdit):
            widget.setVisible(self.asks)
        ui.newKeysCheck.setVisible(plan.keys_lost)
        ui.takeOverCheck.toggled.connect(self._allow)
        self._allow()

    def _allow(self) -> None:
        self.restore_button.setEnabled(not self.plan.foreign or self.ui.takeOverCheck.isChecked())

    def accept(self) -> None:
        if self.plan.foreign and not confirm(self, self.tr("This PC replaces another"), self.tr(
                "This PC becomes %1 and goes on in its place. Do this only if that computer is no longer used: two "
                "computers with one identity break the sync. The administrator's decision is written to the audit "
                "trail.").replace("%1", who(self.plan.found.identity)), self.tr("This PC replaces it")):
            return
        super().accept()

    def save(self) -> None:
        ui = self.ui
        options = backup_restore.RestoreOptions(
            ui.passphraseEdit.text() if self.asks and ui.passphraseEdit.text() else None,
            take_over=ui.takeOverCheck.isChecked(), new_keys=ui.newKeysCheck.isChecked())
        self.database.close()  # the engine reconnects by itself if the restore is refused
        self.result = ops.call(backup_restore.restore, self.database.paths, Path(self.plan.found.path), self.user,
                               options, changes=ops.EVERYTHING)
