"""Ask the date and reason a member's service ends; the service call runs on OK."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date

from PySide6.QtWidgets import QDialog, QWidget

from antt_desktop.domain.dates import format_date, parse_date
from antt_desktop.domain.forces import catalog_list
from antt_desktop.errors import UserError
from antt_desktop.gui import ops
from antt_desktop.gui.date_field import with_calendar
from antt_desktop.gui.forms.forces.end_service_dialog_ui import Ui_EndServiceDialog


class EndServiceDialog(QDialog):
    def __init__(self, member_name: str, save: Callable[[date | None, str], None],
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ui = Ui_EndServiceDialog()
        self.ui.setupUi(self)
        with_calendar(self.ui.dateEdit)
        self._save = ops.on_worker(save, {ops.FORCES}, self)
        self.ui.memberLabel.setText(self.tr("End the service of %1 in the grassroots force.").replace("%1",
                                                                                                     member_name))
        self.ui.dateEdit.setText(format_date(date.today()))
        self.ui.reasonCombo.addItems(list(catalog_list("end_reasons")))
        self.ui.reasonCombo.setCurrentIndex(-1)

    def accept(self) -> None:
        try:
            self._save(parse_date(self.ui.dateEdit.text(), "Ngày kết thúc"), self.ui.reasonCombo.currentText())
        except UserError as exc:
            self.ui.errorLabel.setText(exc.message)
            return
        super().accept()
