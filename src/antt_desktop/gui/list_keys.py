"""The same keyboard on every list page: Ctrl+N add, Enter edit or open, Del delete (the page's slot asks
first), Ctrl+Z bring back the last record deleted here (deletions are soft), Ctrl+F the search field.

A key given a button presses it, so it does nothing where the button is disabled (role, owner, selection)."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import QAbstractButton, QAbstractItemView, QLineEdit, QMainWindow, QWidget

from antt_desktop.gui import ops

translate = QCoreApplication.translate
Slot = Callable[[], object]
Action = Slot | QAbstractButton


def _slot(action: Action) -> Slot:
    return action.click if isinstance(action, QAbstractButton) else action


def shortcut(key: QKeySequence | QKeySequence.StandardKey, parent: QWidget, slot: Slot,
             context: Qt.ShortcutContext) -> QShortcut:
    """A shortcut with its context set explicitly (the constructor's keyword is not applied by the bindings)."""
    made = QShortcut(QKeySequence(key), parent)
    made.setContext(context)
    made.activated.connect(slot)
    return made


def _focus(search: QLineEdit | Callable[[], QLineEdit | None]) -> None:
    edit = search if isinstance(search, QLineEdit) else search()
    if edit is not None:
        edit.setFocus()
        edit.selectAll()


class ListKeys:
    def __init__(self, page: QWidget, add: Action | None = None,
                 search: QLineEdit | Callable[[], QLineEdit | None] | None = None) -> None:
        """``search`` may be a function choosing the field (on pages with tabs)."""
        self.page = page
        self._last: tuple[str, Slot, Slot] | None = None  # (name, restore, refresh) of the last deletion
        page_wide = Qt.ShortcutContext.WidgetWithChildrenShortcut
        if add is not None:
            shortcut(QKeySequence.StandardKey.New, page, _slot(add), page_wide)
        if search is not None:
            shortcut(QKeySequence.StandardKey.Find, page, lambda: _focus(search), page_wide)
        shortcut(QKeySequence.StandardKey.Undo, page, self.undo, page_wide)

    def on(self, view: QAbstractItemView, edit: Action | None = None, delete: Action | None = None) -> None:
        """Enter and Del act on the list that has the focus."""
        for key, slot in ((Qt.Key.Key_Return, edit), (Qt.Key.Key_Enter, edit),
                          (QKeySequence.StandardKey.Delete, delete)):
            if slot is not None:
                shortcut(key, view, _slot(slot), Qt.ShortcutContext.WidgetShortcut)

    def deleted(self, name: str, restore: Slot, refresh: Slot) -> None:
        """Remember a deletion so that Ctrl+Z restores it, and say so."""
        self._last = (name, restore, refresh)
        self._status(translate("ListKeys", "Deleted “%1”. Press Ctrl+Z to undo.").replace("%1", name), 10000)

    def undo(self) -> None:
        if self._last is None:
            return
        (name, restore, refresh), self._last = self._last, None
        if ops.run(self.page, restore, getattr(self.page, "shows", ())):
            refresh()
            self._status(translate("ListKeys", "Restored “%1”.").replace("%1", name), 5000)

    def _status(self, text: str, timeout: int) -> None:
        window = self.page.window()
        if isinstance(window, QMainWindow):
            window.statusBar().showMessage(text, timeout)
