"""Closing a window that holds what the person typed: asked first, so that nothing typed is lost by Esc."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QWidget

from antt_desktop.gui import messages


def may_discard(window: QWidget, typed: bool) -> bool:
    """True when the window may close: nothing typed and unsaved, or the person chose to drop it (the safe choice,
    going back to the window, is the default)."""
    if not typed:
        return True
    return messages.confirm(window, QCoreApplication.translate("Unsaved", "Close without saving"),
                            QCoreApplication.translate("Unsaved", "What you typed in this window is not saved yet. "
                                                       "Close it and drop what you typed?"),
                            QCoreApplication.translate("Unsaved", "Drop and close"))
