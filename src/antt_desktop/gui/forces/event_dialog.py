"""Add a training, commendation, discipline or welfare entry to a member; fields shown fit the kind."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication
from PySide6.QtGui import QIntValidator
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QWidget

from antt_desktop.domain.dates import format_date, parse_date
from antt_desktop.domain.forces import catalog_list
from antt_desktop.errors import UserError
from antt_desktop.gui import ops
from antt_desktop.gui.date_field import with_calendar
from antt_desktop.gui.forms.forces.event_dialog_ui import Ui_EventDialog
from antt_desktop.services.forces.member_events import EventInput

TITLES = {
    "training": QT_TRANSLATE_NOOP("EventDialog", "Training"),
    "commendation": QT_TRANSLATE_NOOP("EventDialog", "Commendation"),
    "discipline": QT_TRANSLATE_NOOP("EventDialog", "Discipline"),
    "welfare": QT_TRANSLATE_NOOP("EventDialog", "Visit and support"),
}
CATEGORIES = {
    "training": ("Tập huấn nghiệp vụ", "Bồi dưỡng kiến thức pháp luật", "Huấn luyện võ thuật, công cụ hỗ trợ",
                 "Tập huấn phòng cháy, chữa cháy"),
    "commendation": ("Giấy khen", "Bằng khen", "Giấy chứng nhận", "Thư khen"),
    "discipline": ("Khiển trách", "Cảnh cáo", "Cho thôi tham gia"),
}


class EventDialog(QDialog):
    def __init__(self, kind: str, save: Callable[[EventInput], None], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ui = Ui_EventDialog()
        self.ui.setupUi(self)
        with_calendar(self.ui.dateEdit, self.ui.supportDateEdit)
        self.kind, self._save = kind, ops.on_worker(save, {ops.FORCES}, self)
        self.setWindowTitle(QCoreApplication.translate("EventDialog", TITLES[kind]))
        self.ui.buttonBox.button(QDialogButtonBox.StandardButton.Save).setText(self.tr("Save"))
        welfare = kind == "welfare"
        categories = catalog_list("welfare_kinds") if welfare else CATEGORIES[kind]
        self.ui.categoryCombo.addItems(list(categories))
        self.ui.dateEdit.setText(format_date(date.today()))
        self.ui.amountEdit.setValidator(QIntValidator(0, 2_000_000_000, self))
        for widget in (self.ui.proposedLabel, self.ui.proposedEdit,
                       self.ui.supportLabel, self.ui.supportEdit, self.ui.amountLabel, self.ui.amountEdit,
                       self.ui.supportDateLabel, self.ui.supportDateEdit, self.ui.supportByLabel,
                       self.ui.supportByEdit):
            widget.setVisible(welfare)

    def value(self) -> EventInput:
        amount = self.ui.amountEdit.text().replace(".", "").strip()
        return EventInput(
            self.kind, parse_date(self.ui.dateEdit.text(), "Ngày"), self.ui.categoryCombo.currentText(),
            self.ui.contentEdit.text(), self.ui.decisionEdit.text(), self.ui.issuerEdit.text(),
            self.ui.proposedEdit.text(), int(amount) if amount else None, self.ui.supportEdit.text(),
            parse_date(self.ui.supportDateEdit.text(), "Ngày hỗ trợ"), self.ui.supportByEdit.text())

    def accept(self) -> None:
        try:
            self._save(self.value())
        except UserError as exc:
            self.ui.errorLabel.setText(exc.message)
            return
        super().accept()
