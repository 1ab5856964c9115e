"""What the GUI tests share: answering the next modal dialog (dialogs block in ``exec``), choosing its action."""

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QMessageBox


def when_modal(qtbot, act, kind=None):
    """Run ``act`` on the next modal dialog (of class ``kind``, if given) once it is shown (dialogs block in exec).
    A dialog that ``act`` leaves open is rejected, so a refused input fails the test's assertions instead of
    hanging it."""
    def attempt():
        widget = QApplication.activeModalWidget()
        if widget is None or (kind is not None and not isinstance(widget, kind)):
            QTimer.singleShot(20, attempt)
            return
        try:
            act(widget)
        finally:  # a failing check still closes the dialog, so the test fails instead of hanging
            if widget.isVisible():
                widget.done(0)  # closed without asking (reject may ask about what was typed)
    QTimer.singleShot(0, attempt)


def press_accept(box: QMessageBox) -> None:
    """Click the question's action button (Xóa, Bỏ và đóng…), not Cancel."""
    next(b for b in box.buttons() if box.buttonRole(b) == QMessageBox.ButtonRole.AcceptRole).click()
