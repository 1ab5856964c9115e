"""The File menu's Excel actions: import wizard, export of a kind, empty template."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QFileDialog, QInputDialog, QWidget

from antt_desktop.exchange.excel_schema import KIND_LABELS
from antt_desktop.gui.exchange.import_wizard import ImportWizard
from antt_desktop.gui.messages import run_or_show
from antt_desktop.services import excel_export
from antt_desktop.services.auth import CurrentUser
from antt_desktop.services.database import Database

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


def export_excel(parent: QWidget, database: Database, user: CurrentUser) -> None:
    title = translate("ExcelActions", "Export to Excel")
    kind = _choose_kind(parent, title)
    path = _save_path(parent, title, f"{FILE_NAMES[kind]}.xlsx") if kind else ""
    if path and run_or_show(parent, lambda: excel_export.export_kind(database, user, kind, Path(path))):
        parent.statusBar().showMessage(translate("ExcelActions", "Exported to %1.").replace("%1", path), 10000)


def excel_template(parent: QWidget) -> None:
    title = translate("ExcelActions", "Excel template")
    kind = _choose_kind(parent, title)
    path = _save_path(parent, title, f"mau-{FILE_NAMES[kind]}.xlsx") if kind else ""
    if path and run_or_show(parent, lambda: excel_export.template(kind, Path(path))):
        parent.statusBar().showMessage(translate("ExcelActions", "Template saved to %1.").replace("%1", path), 10000)
