"""The File menu's Excel actions: import wizard, export of a kind, empty template."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QFileDialog, QInputDialog, QMessageBox, QWidget

from antt_desktop.exchange.excel_schema import FIELDS, KIND_LABELS
from antt_desktop.gui import ops
from antt_desktop.gui.excel.import_wizard import ImportWizard
from antt_desktop.services.auth import CurrentUser
from antt_desktop.services.database import Database
from antt_desktop.services.excel import excel_export

translate = QCoreApplication.translate
FILE_NAMES = {"areas": "khu-dan-cu", "members": "luc-luong", "persons": "nguoi-co-uy-tin",
              "activities": "hoat-dong", "models": "mo-hinh"}


def _choose_kind(parent: QWidget, title: str) -> str | None:
    labels = list(KIND_LABELS.values())
    label, ok = QInputDialog.getItem(parent, title, translate("ExcelActions", "Data:"), labels, 0, False)
    return next(k for k, v in KIND_LABELS.items() if v == label) if ok else None


def import_excel(parent: QWidget, database: Database, user: CurrentUser) -> None:
    ImportWizard(database, user, parent).exec()


def _save_path(parent: QWidget, title: str, name: str) -> str:
    path, _ = QFileDialog.getSaveFileName(parent, title, name, translate("ExcelActions", "Excel workbooks (*.xlsx)"))
    return path


def _ask_omit_sensitive(parent: QWidget, title: str) -> bool | None:
    """True to leave personal data out, False to keep it, None when the export is cancelled."""
    box = QMessageBox(QMessageBox.Icon.Question, title, translate(
        "ExcelActions", "Leave out personal data (birth dates, CCCD numbers, phones, ethnicity, religion)? Leave it "
        "out when the file leaves the office; the columns stay, empty."), QMessageBox.StandardButton.NoButton, parent)
    omit = box.addButton(translate("ExcelActions", "Leave out"), QMessageBox.ButtonRole.YesRole)
    keep = box.addButton(translate("ExcelActions", "Keep"), QMessageBox.ButtonRole.NoRole)
    box.addButton(QMessageBox.StandardButton.Cancel)
    box.setDefaultButton(omit)
    box.exec()
    return True if box.clickedButton() is omit else False if box.clickedButton() is keep else None


def export_excel(parent: QWidget, database: Database, user: CurrentUser) -> None:
    title = translate("ExcelActions", "Export to Excel")
    kind = _choose_kind(parent, title)
    path = _save_path(parent, title, f"{FILE_NAMES[kind]}.xlsx") if kind else ""
    if not path:
        return
    omit = False
    if any(spec.key in excel_export.SENSITIVE for spec in FIELDS[kind]):
        omit = _ask_omit_sensitive(parent, title)
        if omit is None:
            return
    if ops.run(parent, lambda: excel_export.export_kind(database, user, kind, Path(path), omit)):
        parent.statusBar().showMessage(translate("ExcelActions", "Exported to %1.").replace("%1", path), 10000)


def excel_template(parent: QWidget) -> None:
    title = translate("ExcelActions", "Excel template")
    kind = _choose_kind(parent, title)
    path = _save_path(parent, title, f"mau-{FILE_NAMES[kind]}.xlsx") if kind else ""
    if path and ops.run(parent, lambda: excel_export.template(kind, Path(path))):
        parent.statusBar().showMessage(translate("ExcelActions", "Template saved to %1.").replace("%1", path), 10000)
