"""Add a directive (văn bản chỉ đạo) that goes down to the units below in the next packages."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date

from PySide6.QtWidgets import QWidget

from antt_desktop.domain.dates import format_date, parse_date
from antt_desktop.gui.forms.sync.directive_dialog_ui import Ui_DirectiveDialog
from antt_desktop.gui.save_dialog import SaveDialog


class DirectiveDialog(SaveDialog):
    def __init__(self, save: Callable[[str, date | None, str, str, str], object], parent: QWidget | None = None):
        super().__init__(parent)
        self.ui = Ui_DirectiveDialog()
        self.ui.setupUi(self)
        self._save = save
        self._ready()
        self.ui.dateEdit.setText(format_date(date.today()))

    def save(self) -> None:
        ui = self.ui
        self._save(ui.numberEdit.text(), parse_date(ui.dateEdit.text(), "Ngày ban hành"), ui.issuerEdit.text(),
                   ui.titleEdit.text(), ui.contentEdit.toPlainText())
