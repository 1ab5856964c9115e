"""At an upper level the records of the units below are seen, and changed only by the unit that owns them:
their change buttons are off with the owner named, and their dialogs open to be read."""

from __future__ import annotations

from collections.abc import Iterable, Mapping

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QAbstractButton, QDialog, QDialogButtonBox, QLineEdit, QPlainTextEdit, QWidget

from antt_desktop.services.database import Database
from antt_desktop.services.sync.subordinates import unit_names

translate = QCoreApplication.translate


def owner_elsewhere(owner: str | None, own: str, names: Mapping[str, str]) -> str:
    """The name of the unit below that owns a record; "" for this unit's own record, or when none is chosen."""
    return "" if owner is None or owner == own else names.get(owner, owner)


def lock_for_owner(buttons: Iterable[QAbstractButton], can_edit: bool, owner_name: str = "") -> None:
    """``owner_name`` names the unit below that owns the selected record ("" when it is this unit's own)."""
    tip = translate("Ownership", "A record of %1: only that unit changes it.").replace("%1", owner_name) \
        if owner_name else ""
    for button in buttons:
        button.setEnabled(can_edit and not owner_name)
        button.setToolTip(tip)


def view_only_if_theirs(dialog: QDialog, database: Database, owner: str, buttons: QDialogButtonBox, form: QWidget,
                        actions: Iterable[QAbstractButton]) -> None:
    """A unit below's record in its dialog: nothing to save, the form greyed, its actions off."""
    owner_name = owner_elsewhere(owner, database.own_unit().code, unit_names(database))
    if not owner_name:
        return
    buttons.button(QDialogButtonBox.StandardButton.Save).hide()
    form.setEnabled(False)
    for edit in form.findChildren(QLineEdit) + form.findChildren(QPlainTextEdit):
        edit.setPlaceholderText("")  # a hint for typing would read as content
    for action in actions:
        action.setEnabled(False)
    dialog.setWindowTitle(translate("Ownership", "%1 (view only: a record of %2)")
                          .replace("%1", dialog.windowTitle()).replace("%2", owner_name))
