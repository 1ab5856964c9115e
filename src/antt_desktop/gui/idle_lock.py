"""Locks the main window after a while without keyboard or mouse use; the same user's password unlocks it.

Open dialogs stay open under the lock, so nothing typed is lost. ``idle_lock_minutes`` in settings.json sets the
time (0 turns the lock off)."""

from __future__ import annotations

import time

from PySide6.QtCore import QEvent, QObject, QTimer
from PySide6.QtWidgets import QApplication, QDialog, QDialogButtonBox, QMainWindow

from antt_desktop.config import load_settings
from antt_desktop.gui.login_dialog import LoginDialog

DEFAULT_MINUTES = 15
ACTIVITY = {QEvent.Type.KeyPress, QEvent.Type.MouseButtonPress, QEvent.Type.MouseMove, QEvent.Type.Wheel}
CHECK_MS = 15_000


class IdleLock(QObject):
    def __init__(self, window: QMainWindow, minutes: float | None = None) -> None:
        super().__init__(window)
        self.window = window
        if minutes is None:
            minutes = float(load_settings(window.database.paths).get("idle_lock_minutes", DEFAULT_MINUTES))
        self.limit = minutes * 60
        self.last_activity = time.monotonic()
        self.locked = False
        self._timer = QTimer(self, interval=CHECK_MS)
        self._timer.timeout.connect(self.check)
        if self.limit > 0:
            QApplication.instance().installEventFilter(self)
            self._timer.start()

    def eventFilter(self, _watched: QObject, event: QEvent) -> bool:  # noqa: N802 (Qt override)
        if event.type() in ACTIVITY:
            self.last_activity = time.monotonic()
        return False

    def check(self) -> None:
        if not self.locked and time.monotonic() - self.last_activity >= self.limit:
            self.lock()

    def lock(self) -> None:
        """Hide the data and ask for the password; Cancel closes the application."""
        self.locked = True
        window, user = self.window, self.window.user
        window.centralWidget().setVisible(False)
        unit = window.database.own_unit()
        dialog = LoginDialog(window.database, self.tr("<b>%1</b> (%2) – locked after %3 minutes without use")
                             .replace("%1", unit.name).replace("%2", unit.code)
                             .replace("%3", f"{self.limit / 60:g}"), user.username, window)
        dialog.ui.usernameEdit.setReadOnly(True)
        dialog.setWindowTitle(self.tr("Locked"))
        dialog.ui.buttonBox.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("Quit the application"))
        accepted = dialog.exec() == QDialog.DialogCode.Accepted
        self.locked = False
        self.last_activity = time.monotonic()
        if accepted:
            window.centralWidget().setVisible(True)
        else:
            QApplication.quit()
