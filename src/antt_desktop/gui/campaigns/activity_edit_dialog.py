"""Add or edit an activity: type, date, campaign, place, model, people, propaganda channel, files."""

from __future__ import annotations

import uuid
from datetime import date
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtGui import QIntValidator
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QFileDialog, QListWidgetItem, QWidget

from antt_desktop.domain.campaigns import ActivityInput, propaganda_type, vocabulary
from antt_desktop.domain.dates import format_date, parse_date
from antt_desktop.errors import UserError
from antt_desktop.gui import ops
from antt_desktop.gui.combo_data import as_uuid
from antt_desktop.gui.date_field import with_calendar
from antt_desktop.gui.forces.member_tables import attachment_columns
from antt_desktop.gui.forms.campaigns.activity_edit_dialog_ui import Ui_ActivityEditDialog
from antt_desktop.gui.messages import confirm
from antt_desktop.gui.record_files import RecordFiles
from antt_desktop.gui.row_table_model import RowTableModel
from antt_desktop.services import attachments
from antt_desktop.services.areas import areas
from antt_desktop.services.auth import CurrentUser
from antt_desktop.services.campaigns import activities, persons
from antt_desktop.services.campaigns.campaigns import all_campaigns
from antt_desktop.services.database import Database
from antt_desktop.services.security_models import security_models as models


def _number(text: str) -> int | None:
    digits = text.replace(".", "").strip()
    return int(digits) if digits else None


class ActivityEditDialog(QDialog):
    def __init__(self, database: Database, user: CurrentUser, row: activities.ActivityRow | None = None,
                 day: date | None = None, campaign_code: str = "", parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ui = Ui_ActivityEditDialog()
        self.ui.setupUi(self)
        with_calendar(self.ui.dateEdit)
        self.database, self.user = database, user
        self.activity_id: uuid.UUID | None = row.id if row else None
        ui = self.ui
        ui.buttonBox.button(QDialogButtonBox.StandardButton.Save).setText(self.tr("Save"))
        ui.typeCombo.addItems(list(vocabulary("activity_types")))
        ui.channelCombo.addItems(["", *vocabulary("channels")])
        year = (row.data.activity_date if row else day or date.today()).year
        self._combo(ui.campaignCombo, [(c.code, c.label(year)) for c in all_campaigns(database)])
        self._combo(ui.areaCombo, [(str(a.id), a.name) for a in areas.list_areas(database)])
        self._combo(ui.modelCombo, [(str(m.id), m.data.name) for m in models.list_models(database)])
        for person in persons.list_persons(database):
            item = QListWidgetItem(f"{person.data.full_name} – {person.data.category}", ui.personsList)
            item.setData(Qt.ItemDataRole.UserRole, str(person.id))
            item.setCheckState(Qt.CheckState.Unchecked)
        validator = QIntValidator(0, 10_000_000, self)
        ui.participantsEdit.setValidator(validator)
        ui.audienceEdit.setValidator(validator)
        ui.typeCombo.currentTextChanged.connect(self._type_changed)
        self.record_files = RecordFiles(database, user, activities.RECORD_KIND, self.activity_id)
        self.finished.connect(lambda _result: self.record_files.discard())
        self.files = RowTableModel(attachment_columns(), self)
        ui.fileTable.setModel(self.files)
        ui.attachButton.clicked.connect(self.attach)
        ui.openFileButton.clicked.connect(self.open_file)
        ui.removeFileButton.clicked.connect(self.remove_file)
        ui.dateEdit.setText(format_date(day or date.today()))
        self.setWindowTitle(self.tr("Edit activity") if row else self.tr("Add activity"))
        if row:
            self._load(row.data)
        elif campaign_code:
            ui.campaignCombo.setCurrentIndex(max(0, ui.campaignCombo.findData(campaign_code)))
        self._type_changed(ui.typeCombo.currentText())
        self.refresh_files()

    @staticmethod
    def _combo(combo, items: list[tuple[str, str]]) -> None:  # noqa: ANN001
        combo.addItem("—", "")
        for code, name in items:
            combo.addItem(name, code)

    def _type_changed(self, kind: str) -> None:
        propaganda = kind == propaganda_type()
        self.ui.channelLabel.setEnabled(propaganda)
        self.ui.channelCombo.setEnabled(propaganda)

    def _load(self, data: ActivityInput) -> None:
        ui = self.ui
        ui.typeCombo.setCurrentText(data.activity_type)
        ui.dateEdit.setText(format_date(data.activity_date))
        for combo, value in ((ui.campaignCombo, data.campaign_code), (ui.areaCombo, str(data.area_id or "")),
                             (ui.modelCombo, str(data.model_id or ""))):
            combo.setCurrentIndex(max(0, combo.findData(value)))
        ui.placeEdit.setText(data.place)
        ui.organisersEdit.setText(data.organisers)
        ui.participantsEdit.setText("" if data.participants is None else str(data.participants))
        ui.audienceEdit.setText("" if data.audience is None else str(data.audience))
        ui.channelCombo.setCurrentText(data.channel)
        ui.contentEdit.setPlainText(data.content)
        ui.resultEdit.setText(data.result)
        chosen = {str(p) for p in data.person_ids}
        for index in range(ui.personsList.count()):
            item = ui.personsList.item(index)
            item.setCheckState(Qt.CheckState.Checked if item.data(Qt.ItemDataRole.UserRole) in chosen
                               else Qt.CheckState.Unchecked)

    def value(self) -> ActivityInput:
        ui = self.ui
        people = tuple(uuid.UUID(ui.personsList.item(i).data(Qt.ItemDataRole.UserRole))
                       for i in range(ui.personsList.count())
                       if ui.personsList.item(i).checkState() == Qt.CheckState.Checked)
        propaganda = ui.typeCombo.currentText() == propaganda_type()
        return ActivityInput(
            ui.typeCombo.currentText(), parse_date(ui.dateEdit.text(), "Ngày tổ chức"), ui.contentEdit.toPlainText(),
            as_uuid(ui.areaCombo.currentData()), ui.placeEdit.text(), ui.campaignCombo.currentData() or "",
            as_uuid(ui.modelCombo.currentData()), ui.organisersEdit.text(), _number(ui.participantsEdit.text()),
            _number(ui.audienceEdit.text()), ui.channelCombo.currentText() if propaganda else "", ui.resultEdit.text(),
            people)

    def accept(self) -> None:
        try:
            self.activity_id = ops.call(activities.save_activity, self.database, self.user, self.value(),
                                        self.activity_id, changes={ops.CAMPAIGNS}, parent=self)
            ops.call(self.record_files.saved_as, self.activity_id, parent=self)
        except UserError as exc:
            self.ui.errorLabel.setText(exc.message)
            self.refresh_files()
            return
        super().accept()

    def refresh_files(self) -> None:
        self.files.set_rows(self.record_files.rows())

    def attach(self) -> None:
        path, _ = QFileDialog.getOpenFileName(self, self.tr("Attach a file"), "",
                                              self.tr("PDF or image (*.pdf *.jpg *.jpeg *.png)"))
        if path and ops.run(self, lambda: self.record_files.attach(Path(path)), {ops.CAMPAIGNS}):
            self.refresh_files()

    def _selected(self) -> attachments.AttachmentRow | None:
        return self.files.selected_in(self.ui.fileTable)

    def open_file(self) -> None:
        if row := self._selected():
            self.record_files.open(self, row)

    def remove_file(self) -> None:
        row = self._selected()
        if row and confirm(self, self.tr("Remove file"), self.tr("Remove “%1”?").replace("%1", row.filename),
                           self.tr("Remove")):
            if ops.run(self, lambda: self.record_files.remove(row), {ops.CAMPAIGNS}):
                self.refresh_files()
