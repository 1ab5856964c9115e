"""Add a directive (văn bản chỉ đạo) that goes down to the units below in the next packages."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from pathlib import Path

from PySide6.QtWidgets import QFileDialog, QWidget

from antt_desktop.domain.dates import format_date, parse_date
from antt_desktop.gui import ops
from antt_desktop.gui.date_field import with_calendar
from antt_desktop.gui.forms.sync.directive_dialog_ui import Ui_DirectiveDialog
from antt_desktop.gui.save_dialog import SaveDialog


class DirectiveDialog(SaveDialog):
    def __init__(self, save: Callable[[str, date | None, str, str, str, list[Path]], object],
                 parent: QWidget | None = None):
        super().__init__(parent)
        self.ui = Ui_DirectiveDialog()
        self.ui.setupUi(self)
        with_calendar(self.ui.dateEdit)
        self._save = ops.on_worker(save, {ops.SYNC}, self)
        self.files: list[Path] = []
        self._ready()
        self.ui.dateEdit.setText(format_date(date.today()))
        self.ui.attachButton.clicked.connect(self.attach)
        self.ui.removeFileButton.clicked.connect(self.remove_file)

    def attach(self) -> None:
        names, _filter = QFileDialog.getOpenFileNames(self, self.tr("Files of the directive"), "",
                                                      self.tr("PDF or images (*.pdf *.jpg *.jpeg *.png)"))
        for name in names:
            if Path(name) not in self.files:
                self.files.append(Path(name))
                self.ui.fileList.addItem(Path(name).name)

    def remove_file(self) -> None:
        row = self.ui.fileList.currentRow()
        if row >= 0:
            self.ui.fileList.takeItem(row)
            del self.files[row]

    def save(self) -> None:
        ui = self.ui
        self._save(ui.numberEdit.text(), parse_date(ui.dateEdit.text(), "Ngày ban hành"), ui.issuerEdit.text(),
                   ui.titleEdit.text(), ui.contentEdit.toPlainText(), list(self.files))
