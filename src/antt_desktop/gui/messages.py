"""Message boxes with Vietnamese-ready buttons; errors from services are shown as they are worded."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QMessageBox, QWidget


def show_error(parent: QWidget | None, message: str) -> None:
    box = QMessageBox(QMessageBox.Icon.Warning, QCoreApplication.translate("Messages", "Cannot do that"),
                      message, QMessageBox.StandardButton.Ok, parent)
    box.exec()


def confirm(parent: QWidget, title: str, question: str, action: str) -> bool:
    """Ask before a destructive action; the safe choice (Cancel) is the default."""
    box = QMessageBox(QMessageBox.Icon.Question, title, question, QMessageBox.StandardButton.NoButton, parent)
    yes = box.addButton(action, QMessageBox.ButtonRole.AcceptRole)
    cancel = box.addButton(QMessageBox.StandardButton.Cancel)
    box.setDefaultButton(cancel)
    box.exec()
    return box.clickedButton() is yes
