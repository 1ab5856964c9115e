"""Quản trị: user accounts and roles, one's own password, the audit trail and its check, backups."""

from __future__ import annotations

from datetime import date
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QDate, QEvent, QObject, QTimer
from PySide6.QtWidgets import QApplication, QDateEdit, QFileDialog, QInputDialog, QLineEdit, QMessageBox, QWidget

from antt_desktop.gui import ops
from antt_desktop.gui.admin.admin_dialogs import PasswordDialog, UserDialog
from antt_desktop.gui.admin.audit_labels import ACTIONS, action_label, kind_label
from antt_desktop.gui.admin.backup_dialogs import BackupDialog, RestoreDialog, key_label
from antt_desktop.gui.column_fit import fit_columns
from antt_desktop.gui.forms.admin.admin_page_ui import Ui_AdminPage
from antt_desktop.gui.list_keys import ListKeys
from antt_desktop.gui.row_table_model import Column, RowTableModel
from antt_desktop.services.admin import audit_log, backup_restore, backups, users
from antt_desktop.services.auth import CurrentUser, create_user
from antt_desktop.services.database import Database
from antt_desktop.services.roles import ROLE_LABELS, Role, allows

translate = QCoreApplication.translate


def _when(value) -> str:  # noqa: ANN001
    return value.astimezone().strftime("%d/%m/%Y %H:%M:%S") if value else ""


class OpenOnToday(QObject):
    """The calendar of a day filter still showing "from the start" opens on this month, not on January 2000."""

    def __init__(self, edit: QDateEdit) -> None:
        super().__init__(edit)
        self.edit = edit
        edit.calendarWidget().installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt's name
        if event.type() == QEvent.Type.Show and self.edit.date() == self.edit.minimumDate():
            today = QDate.currentDate()
            watched.setCurrentPage(today.year(), today.month())
        return False


def _details(entry) -> str:  # noqa: ANN001
    """The entry's summary; an entry written before summaries existed shows no raw id."""
    if entry.summary and entry.summary != "None":
        return entry.summary
    raw_id = len(entry.record_id) == 36 and entry.record_id.count("-") == 4
    return "" if raw_id or entry.record_id in ("None", entry.username) else entry.record_id


def _picked(edit: QDateEdit) -> date | None:
    """The day chosen, or None while the edit shows its "from the start" / "up to today" text."""
    return None if edit.date() == edit.minimumDate() else edit.date().toPython()


class AdminPage(QWidget):
    shows = frozenset({ops.USERS})  # kinds of records whose change refreshes this page
    def __init__(self, database: Database, user: CurrentUser, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ui = Ui_AdminPage()
        self._user_names: dict[str, str] = {}  # username → "Full name (username)"
        self.ui.setupUi(self)
        self.database, self.user = database, user
        ui = self.ui
        self.users = RowTableModel([
            Column(translate("AdminPage", "User name"), lambda u: u.username),
            Column(translate("AdminPage", "Full name"), lambda u: u.full_name),
            Column(translate("AdminPage", "Role"), lambda u: ROLE_LABELS[u.role]),
            Column(translate("AdminPage", "State"), lambda u: translate("AdminPage", "active") if u.active
                   else translate("AdminPage", "locked")),
            Column(translate("AdminPage", "Last sign-in"), lambda u: _when(u.last_login_at))], self)
        ui.userTable.setModel(self.users)
        self.audit = RowTableModel([
            Column(translate("AdminPage", "Time"), lambda e: _when(e.at)),
            Column(translate("AdminPage", "User"), lambda e: self._user_names.get(e.username, e.username)),
            Column(translate("AdminPage", "Action"), lambda e: action_label(e.action)),
            Column(translate("AdminPage", "Data"), lambda e: kind_label(e.kind)),
            Column(translate("AdminPage", "Details"), _details)], self)
        ui.auditTable.setModel(self.audit)
        self.backup_files = RowTableModel([
            Column(translate("AdminPage", "Backup"), lambda b: b.path.name),
            Column(translate("AdminPage", "Size (KB)"), lambda b: str(b.size // 1024), numeric=True),
            Column(translate("AdminPage", "Private keys"), lambda b: key_label(b.keys))], self)
        ui.backupTable.setModel(self.backup_files)
        admin = allows(user.role, Role.ADMIN)
        for widget in (ui.addUserButton, ui.roleButton, ui.activeButton, ui.resetButton, ui.verifyButton,
                       ui.restoreButton):
            widget.setEnabled(admin)
        ui.tabs.setTabEnabled(1, admin)
        if database.paths.on_server:  # the server's administrator backs it up, not this PC
            ui.backupHelp.setText(self.tr("The database is on a PostgreSQL server: backups and restores are made "
                                          "there (pg_dump and pg_restore by the server's administrator), not from "
                                          "ANTT Desktop."))
            for widget in (ui.backupTable, ui.backupButton, ui.restoreButton):
                widget.hide()
        ui.auditUserFilter.addItem(self.tr("All users"), "")
        ui.auditActionFilter.addItem(self.tr("All actions"), "")
        for action in ACTIONS:
            ui.auditActionFilter.addItem(action_label(action), action)
        self._timer = QTimer(self, singleShot=True, interval=200)
        self._timer.timeout.connect(self.refresh_audit)
        ui.auditSearchEdit.textChanged.connect(lambda _text: self._timer.start())
        ui.auditUserFilter.activated.connect(lambda _index: self.refresh_audit())
        ui.auditActionFilter.activated.connect(lambda _index: self.refresh_audit())
        for edit in (ui.auditSinceEdit, ui.auditUntilEdit):
            OpenOnToday(edit)
        ui.auditSinceEdit.dateChanged.connect(lambda _date: self._timer.start())
        ui.auditUntilEdit.dateChanged.connect(lambda _date: self._timer.start())
        ui.addUserButton.clicked.connect(self.add_user)
        ui.roleButton.clicked.connect(self.change_role)
        ui.activeButton.clicked.connect(self.toggle_active)
        ui.resetButton.clicked.connect(self.reset_password)
        ui.passwordButton.clicked.connect(self.change_my_password)
        ui.verifyButton.clicked.connect(self.verify)
        ui.backupButton.clicked.connect(self.backup_now)
        ui.restoreButton.clicked.connect(self.restore_backup)
        self.list_keys = ListKeys(self, ui.addUserButton, lambda: (ui.tabs.setCurrentWidget(ui.auditTab),
                                                              ui.auditSearchEdit)[1])
        self.list_keys.on(ui.userTable, ui.roleButton)
        self.refresh()

    def refresh(self) -> None:
        if allows(self.user.role, Role.ADMIN):
            self.users.set_rows(users.list_users(self.database, self.user))
            self._user_names = {u.username: f"{u.full_name} ({u.username})" if u.full_name else u.username
                                for u in self.users.rows}
            fit_columns(self.ui.userTable)
            current = self.ui.auditUserFilter.currentData()
            self.ui.auditUserFilter.clear()
            self.ui.auditUserFilter.addItem(self.tr("All users"), "")
            for row in self.users.rows:
                self.ui.auditUserFilter.addItem(row.username, row.username)
            self.ui.auditUserFilter.setCurrentIndex(max(0, self.ui.auditUserFilter.findData(current)))
            self.refresh_audit()
        self.backup_files.set_rows(backups.list_backups(self.database.paths))
        fit_columns(self.ui.backupTable)

    def refresh_audit(self) -> None:
        ui = self.ui
        chosen = audit_log.AuditFilter(ui.auditUserFilter.currentData() or "", ui.auditActionFilter.currentData() or "",
                                       ui.auditSearchEdit.text(), _picked(ui.auditSinceEdit),
                                       _picked(ui.auditUntilEdit))
        self.audit.set_rows(audit_log.entries(self.database, self.user, chosen))
        fit_columns(ui.auditTable)

    def _selected_user(self) -> users.UserRow | None:
        return self.users.selected_in(self.ui.userTable)

    def add_user(self) -> None:
        if UserDialog(lambda name, password, role, full: create_user(self.database, name, password, role, full,
                                                                     self.user.username), self).exec():
            self.refresh()

    def change_role(self) -> None:
        row = self._selected_user()
        if row is None:
            return
        labels = list(ROLE_LABELS.values())
        label, ok = QInputDialog.getItem(self, self.tr("Role"), self.tr("Role of %1:").replace("%1", row.username),
                                         labels, labels.index(ROLE_LABELS[row.role]), False)
        role = next(r for r, text in ROLE_LABELS.items() if text == label) if ok else None
        if role and ops.run(self, lambda: users.update_user(self.database, self.user, row.username, role,
                                                                row.active)):
            self.refresh()

    def toggle_active(self) -> None:
        row = self._selected_user()
        if row and ops.run(self, lambda: users.update_user(self.database, self.user, row.username, row.role,
                                                               not row.active)):
            self.refresh()

    def reset_password(self) -> None:
        row = self._selected_user()
        if row is None:
            return
        password, ok = QInputDialog.getText(self, self.tr("Reset password"), self.tr("New password for %1 (at least 8 "
                                            "characters):").replace("%1", row.username), QLineEdit.EchoMode.Password)
        if ok and ops.run(self, lambda: users.reset_password(self.database, self.user, row.username, password)):
            self.ui.verifyLabel.setText(self.tr("Password of %1 reset.").replace("%1", row.username))
            self.refresh()

    def change_my_password(self) -> None:
        PasswordDialog(self.database, self.user, self).exec()

    def verify(self) -> None:
        result: list[str] = []
        if ops.run(self, lambda: result.append(audit_log.verify(self.database, self.user))):
            self.ui.verifyLabel.setText(result[0])

    def backup_now(self) -> None:
        dialog = BackupDialog(self.user, self)
        if not dialog.exec():
            return
        folder = QFileDialog.getExistingDirectory(self, self.tr("Folder or USB stick for the backup"))
        saved: list[Path] = []
        if folder and ops.run(self, lambda: saved.append(backups.backup_now(self.database, self.user,
                                                                                 Path(folder), dialog.passphrase))):
            text = (self.tr("Backed up to %1 (checked), with the private keys encrypted by the passphrase.")
                    if dialog.passphrase else self.tr("Backed up to %1 (checked), without the private keys."))
            self.ui.backupLabel.setText(text.replace("%1", str(saved[0])))
            self.refresh()

    def _chosen_backup(self) -> Path | None:
        chosen = self.backup_files.selected_in(self.ui.backupTable)
        if chosen:
            return chosen.path
        name, _filter = QFileDialog.getOpenFileName(self, self.tr("Backup to restore"),
                                                    str(self.database.paths.backups),
                                                    self.tr("ANTT backups (*.sqlite3)"))
        return Path(name) if name else None

    def restore_backup(self) -> None:
        source = self._chosen_backup()
        chosen: list[backup_restore.RestorePlan] = []
        if source is None or not ops.run(self, lambda: chosen.append(backup_restore.plan(self.database.paths,
                                                                                              source))):
            return
        dialog = RestoreDialog(self.database, self.user, chosen[0], self)
        if not dialog.exec() or dialog.result is None:
            backup_restore.record_refusal(self.database.paths, self.user, chosen[0])
        else:
            QMessageBox.information(self, self.tr("Restore a backup"), self.tr(
                "Restored. %1 The application closes now.").replace("%1", dialog.result.describe()))
            QApplication.quit()
