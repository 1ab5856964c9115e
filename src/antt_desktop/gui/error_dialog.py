"""What the user sees of an unexpected error: a Vietnamese explanation, the details to copy for whoever helps,
and where the log is. Also the hooks that bring every uncaught exception here instead of losing it."""

from __future__ import annotations

import sys
import threading
from pathlib import Path
from types import TracebackType

from PySide6.QtCore import QObject, QThread, Signal, Slot
from PySide6.QtWidgets import QApplication, QDialog, QWidget

from antt_desktop.error_log import log_error
from antt_desktop.gui.forms.error_dialog_ui import Ui_ErrorDialog

_log_file: Path | None = None


class ErrorDialog(QDialog):
    def __init__(self, details: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ui = Ui_ErrorDialog()
        self.ui.setupUi(self)
        self.ui.messageLabel.setText(self.tr(
            "Something went wrong that the program did not expect. What was saved before is kept; what you were "
            "doing was not done. Try again; if it happens again, copy the details below and send them to the "
            "administrator."))
        self.ui.detailsEdit.setPlainText(details)
        self.ui.copyButton.clicked.connect(self.copy_details)
        if _log_file is not None:
            self.ui.logLabel.setText(self.tr("Written to the log: %1").replace("%1", str(_log_file)))
        self.ui.buttonBox.button(self.ui.buttonBox.StandardButton.Close).setText(self.tr("Close"))

    def copy_details(self) -> None:
        QApplication.clipboard().setText(self.ui.detailsEdit.toPlainText())
        self.ui.copyButton.setText(self.tr("Copied"))


def show_unexpected(parent: QWidget | None, context: str, error: BaseException) -> None:
    """Log an unexpected error with its traceback and show it (never raises)."""
    text = log_error(context, type(error), error, error.__traceback__)
    try:
        ErrorDialog(text, parent).exec()
    except Exception:  # noqa: BLE001  (the error is logged; a dialog that cannot open must not crash the window)
        pass


class _Relay(QObject):
    """Brings an exception raised on another thread to the GUI thread, where the dialog can open."""

    raised = Signal(str, object)

    def __init__(self) -> None:
        super().__init__()
        self.raised.connect(self._show)  # a method of an object of the GUI thread: delivered there

    @Slot(str, object)
    def _show(self, context: str, error: BaseException) -> None:
        show_unexpected(QApplication.activeWindow(), context, error)


_relay: _Relay | None = None


def on_gui_thread() -> bool:
    app = QApplication.instance()
    return app is not None and QThread.currentThread() is app.thread()


def _hook(kind: type[BaseException], value: BaseException, tb: TracebackType | None) -> None:
    if issubclass(kind, KeyboardInterrupt):
        sys.__excepthook__(kind, value, tb)
        return
    value.__traceback__ = tb
    if _relay is not None and not on_gui_thread():
        _relay.raised.emit("Lỗi trong luồng nền", value)
    elif QApplication.instance() is not None:
        show_unexpected(QApplication.activeWindow(), "Lỗi không được bắt", value)
    else:
        log_error("Lỗi không được bắt", kind, value, tb)
        sys.__excepthook__(kind, value, tb)


def _thread_hook(args: threading.ExceptHookArgs) -> None:
    if args.exc_value is not None:
        _hook(args.exc_type, args.exc_value, args.exc_traceback)


def install_error_hooks(log_file: Path | None) -> None:
    """Every uncaught exception (in a slot, a timer, another thread) is logged and shown, never lost."""
    global _log_file, _relay
    _log_file = log_file
    if _relay is None:
        _relay = _Relay()
    sys.excepthook = _hook
    threading.excepthook = _thread_hook
