"""The Đồng bộ page's trust tabs: packages waiting for confirmation (their key is not registered) and the keys
registered here, with their history. Registering a key and forgetting one are an administrator's acts."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QObject
from PySide6.QtWidgets import QFileDialog, QMessageBox, QWidget

from antt_desktop.gui import ops
from antt_desktop.gui.forms.sync.sync_page_ui import Ui_SyncPage
from antt_desktop.gui.messages import confirm
from antt_desktop.gui.row_table_model import RowTableModel
from antt_desktop.gui.sync.sync_tables import held_columns, key_columns
from antt_desktop.services.auth import CurrentUser
from antt_desktop.services.database import Database
from antt_desktop.services.roles import Role, allows
from antt_desktop.services.sync import held_release, sync_held, sync_keys


class TrustTabs(QObject):
    def __init__(self, page: QWidget, ui: Ui_SyncPage, database: Database, user: CurrentUser,
                 report: Callable[[str], None]) -> None:
        super().__init__(page)
        self.page, self.ui, self.database, self.user, self.report = page, ui, database, user, report
        self.held = RowTableModel(held_columns(), self)
        ui.heldTable.setModel(self.held)
        self.keys = RowTableModel(key_columns(), self)
        ui.keyTable.setModel(self.keys)
        admin = allows(user.role, Role.ADMIN)
        for button in (ui.acceptHeldButton, ui.rejectHeldButton, ui.forgetKeyButton):
            button.setEnabled(admin)
        ui.heldTable.selectionModel().selectionChanged.connect(lambda *_args: self._show_contents())
        ui.acceptHeldButton.clicked.connect(self.accept_held)
        ui.rejectHeldButton.clicked.connect(self.reject_held)
        ui.forgetKeyButton.clicked.connect(self.forget_key)

    def refresh(self) -> None:
        self.held.set_rows(sync_held.list_held(self.database))
        self.keys.set_rows(sync_keys.key_history(self.database))
        for view in (self.ui.heldTable, self.ui.keyTable):
            view.resizeColumnsToContents()
        self._show_contents()
        index = self.ui.tabs.indexOf(self.ui.heldTab)
        title = self.tr("&Waiting for confirmation")
        self.ui.tabs.setTabText(index, f"{title} ({len(self.held.rows)})" if self.held.rows else title)

    def _show_contents(self) -> None:
        chosen = self.held.selected_in(self.ui.heldTable)
        self.ui.heldContentsLabel.setText(self.tr("The chosen package says it holds: %1").replace(
            "%1", chosen.contents or "—") if chosen else self.tr("Choose a package to see what it holds."))

    def _done(self, registration, outcomes: list) -> None:  # noqa: ANN001
        if any(o.state == "imported" for o in outcomes):
            self.page.synced.emit()
        self.report("\n".join([self.tr("Key of %1 (%2) registered; fingerprint %3.").replace(
            "%1", registration.unit_name).replace("%2", registration.unit_code).replace(
            "%3", registration.fingerprint), *(o.message for o in outcomes)]))

    def accept_held(self) -> None:
        chosen = self.held.selected_in(self.ui.heldTable)
        if chosen is None:
            return
        question = self.tr("Did %1 read out exactly this fingerprint by phone?\n\n%2\n\nRegistering it lets this key "
                           "speak for the unit from now on.").replace("%1", chosen.sender_name).replace(
            "%2", chosen.fingerprint)
        if confirm(self.page, self.tr("Register the key"), question, self.tr("Register and import")):
            result: list = []
            ops.run(self.page, lambda: result.append(held_release.accept_held(self.database, self.user, chosen.id)),
                    ops.EVERYTHING)
            if result:
                self._done(*result[0])
            self.page.refresh()

    def reject_held(self) -> None:
        chosen = self.held.selected_in(self.ui.heldTable)
        if chosen and confirm(self.page, self.tr("Reject"), self.tr("Delete this package without importing it?"),
                              self.tr("Reject")):
            result: list[str] = []
            ops.run(self.page, lambda: result.append(sync_held.reject_held(self.database, self.user, chosen.id)),
                    {ops.SYNC})
            if result:
                self.report(result[0])
            self.page.refresh()

    def forget_key(self) -> None:
        chosen = self.keys.selected_in(self.ui.keyTable)
        if chosen is None or not chosen.active:
            return
        question = self.tr("Stop accepting packages signed by this key of %1 (%2)? They will wait for confirmation "
                           "until a key is registered again.").replace("%1", chosen.name).replace("%2", chosen.unit)
        if confirm(self.page, self.tr("Forget the key"), question, self.tr("Forget")):
            if ops.run(self.page, lambda: sync_keys.forget_keys(self.database, self.user, chosen.unit,
                                                                     chosen.fingerprint), {ops.SYNC}):
                self.report(self.tr("Key %1 of %2 forgotten.").replace("%1", chosen.fingerprint)
                            .replace("%2", chosen.unit))
            self.page.refresh()

    def import_key(self) -> None:
        """A key file: another computer of its unit, or (when asked) the replacement of the unit's keys."""
        path, _ = QFileDialog.getOpenFileName(self.page, self.tr("Choose a key file"), "", "*.anttkey *.key *.json")
        if not path:
            return
        read: list = []
        if not ops.run(self.page, lambda: read.append(sync_keys.read_key_file(Path(path))), {ops.SYNC}):
            return
        key = read[0]
        known = [k for k in sync_keys.key_history(self.database) if k.active and k.unit == key.unit_code
                 and k.fingerprint != key.fingerprint]
        replace = False
        if known:
            replace_choice = self._ask_replace(key, len(known))
            if replace_choice is None:
                return
            replace = replace_choice
        result: list = []
        ops.run(self.page, lambda: result.append(held_release.register_key_file(self.database, self.user,
                                                                                 Path(path), replace)), {ops.SYNC})
        if result:
            self._done(*result[0])
        self.page.refresh()

    def _ask_replace(self, key, known: int) -> bool | None:  # noqa: ANN001
        box = QMessageBox(QMessageBox.Icon.Question, self.tr("Register the key"), self.tr(
            "%1 (%2) already has %3 registered key(s). Is this key file of another computer of the unit, or does it "
            "replace its keys (a computer replaced, a key lost)? Fingerprint: %4").replace("%1", key.unit_name)
            .replace("%2", key.unit_code).replace("%3", str(known)).replace("%4", key.fingerprint),
            QMessageBox.StandardButton.NoButton, self.page)
        another = box.addButton(self.tr("Another computer"), QMessageBox.ButtonRole.AcceptRole)
        replaces = box.addButton(self.tr("Replace its keys"), QMessageBox.ButtonRole.DestructiveRole)
        cancel = box.addButton(QMessageBox.StandardButton.Cancel)
        box.setDefaultButton(cancel)
        box.exec()
        return {another: False, replaces: True}.get(box.clickedButton())
