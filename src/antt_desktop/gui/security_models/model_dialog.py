"""One self-management model: information, file (hồ sơ) checklist with documents, activities, reviews.

Information is saved with Save; documents, activities and reviews are written at once, so those tabs open
once the model has been saved.
"""

from __future__ import annotations

import uuid
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QFileDialog, QListWidgetItem, QTableView, QWidget

from antt_desktop.domain.dates import format_date, parse_date
from antt_desktop.domain.security_models import CoreMember, ModelInput, names, words
from antt_desktop.errors import UserError
from antt_desktop.gui import ops
from antt_desktop.gui.column_fit import fit_columns
from antt_desktop.gui.date_field import with_calendar
from antt_desktop.gui.forms.security_models.model_dialog_ui import Ui_ModelDialog
from antt_desktop.gui.messages import confirm, show_error
from antt_desktop.gui.ownership import view_only_if_theirs
from antt_desktop.gui.record_files import RecordFiles
from antt_desktop.gui.row_table_model import RowTableModel
from antt_desktop.gui.security_models.log_dialogs import ActivityDialog, ReviewDialog
from antt_desktop.gui.security_models.model_tables import (
    activity_columns,
    document_columns,
    file_columns,
    review_columns,
)
from antt_desktop.services import attachments
from antt_desktop.services.areas.areas import AreaRow
from antt_desktop.services.auth import CurrentUser
from antt_desktop.services.database import Database
from antt_desktop.services.security_models import model_log
from antt_desktop.services.security_models import security_models as models


class ModelDialog(QDialog):
    def __init__(self, database: Database, user: CurrentUser, area_rows: list[AreaRow],
                 row: models.ModelRow | None = None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ui = Ui_ModelDialog()
        self.ui.setupUi(self)
        with_calendar(self.ui.decisionDateEdit)
        self.database, self.user = database, user
        self.model_id: uuid.UUID | None = row.id if row else None
        ui = self.ui
        ui.buttonBox.button(QDialogButtonBox.StandardButton.Save).setText(self.tr("Save"))
        ui.buttonBox.button(QDialogButtonBox.StandardButton.Close).setText(self.tr("Close"))
        for combo, items in ((ui.fieldCombo, names("fields")), (ui.statusCombo, names("statuses")),
                             (ui.scopeKindCombo, names("scope_kinds"))):
            for code, name in items.items():
                combo.addItem(name, code)
        ui.fieldCombo.setCurrentIndex(-1)
        ui.leadOrgCombo.addItems(list(words("lead_organisations")))
        ui.leadOrgCombo.setCurrentIndex(-1)
        ui.typicalLevelCombo.addItems(list(words("typical_levels")))
        for area in area_rows:
            item = QListWidgetItem(area.name, ui.areasList)
            item.setData(Qt.ItemDataRole.UserRole, str(area.id))
            item.setCheckState(Qt.CheckState.Unchecked)
        ui.scopeKindCombo.currentIndexChanged.connect(self._scope_changed)
        ui.typicalCheck.toggled.connect(self._typical_changed)
        self.documents = self._table(ui.documentTable, document_columns())
        self.files = self._table(ui.fileTable, file_columns())
        self.record_files = RecordFiles(database, user, models.RECORD_KIND, self.model_id)
        self.finished.connect(lambda _result: self.record_files.discard())
        self.activities = self._table(ui.activityTable, activity_columns())
        self.reviews = self._table(ui.reviewTable, review_columns())
        ui.documentTable.selectionModel().selectionChanged.connect(lambda *_: self._show_files())
        ui.attachButton.clicked.connect(self.attach)
        ui.openButton.clicked.connect(self.open_file)
        ui.removeFileButton.clicked.connect(self.remove_file)
        ui.addActivityButton.clicked.connect(self.add_activity)
        ui.addReviewButton.clicked.connect(self.add_review)
        ui.removeActivityButton.clicked.connect(lambda: self._remove(ui.activityTable, self.activities, "activity"))
        ui.removeReviewButton.clicked.connect(lambda: self._remove(ui.reviewTable, self.reviews, "review"))
        self.setWindowTitle(self.tr("Model: %1").replace("%1", row.data.name) if row else self.tr("Add model"))
        if row:
            self._load(row.data)
        self._scope_changed()
        self._typical_changed(ui.typicalCheck.isChecked())
        for index in range(1, ui.tabs.count()):  # documents can be chosen before the model is saved
            ui.tabs.setTabEnabled(index, row is not None or ui.tabs.widget(index) is ui.fileTab)
        if row:
            view_only_if_theirs(self, database, row.owner_unit, ui.buttonBox, ui.infoContents,
                                (ui.attachButton, ui.removeFileButton, ui.addActivityButton, ui.removeActivityButton,
                                 ui.addReviewButton, ui.removeReviewButton))
        self.refresh_tabs()

    def _table(self, view: QTableView, columns: list) -> RowTableModel:
        model = RowTableModel(columns, self)
        view.setModel(model)
        return model

    def _scope_changed(self, *_: int) -> None:
        areas_scope = self.ui.scopeKindCombo.currentData() == "areas"
        for widget in (self.ui.areasLabel, self.ui.areasList):
            widget.setVisible(areas_scope)
        for widget in (self.ui.scopeNameLabel, self.ui.scopeNameEdit):
            widget.setVisible(not areas_scope)

    def _typical_changed(self, checked: bool) -> None:
        for widget in (self.ui.typicalLevelLabel, self.ui.typicalLevelCombo, self.ui.typicalDecisionLabel,
                       self.ui.typicalDecisionEdit):
            widget.setEnabled(checked)

    def _load(self, data: ModelInput) -> None:
        ui = self.ui
        ui.nameEdit.setText(data.name)
        for combo, value in ((ui.fieldCombo, data.field), (ui.statusCombo, data.status),
                             (ui.scopeKindCombo, data.scope_kind)):
            combo.setCurrentIndex(combo.findData(value))
        chosen = {str(a) for a in data.area_ids}
        for index in range(ui.areasList.count()):
            item = ui.areasList.item(index)
            checked = item.data(Qt.ItemDataRole.UserRole) in chosen
            item.setCheckState(Qt.CheckState.Checked if checked else Qt.CheckState.Unchecked)
        ui.scopeNameEdit.setText(data.scope_name)
        ui.decisionNumberEdit.setText(data.decision_number)
        ui.decisionDateEdit.setText(format_date(data.decision_date))
        ui.decisionIssuerEdit.setText(data.decision_issuer)
        ui.leadOrgCombo.setCurrentText(data.lead_org)
        ui.headEdit.setText(data.head.name if data.head else "")
        ui.coreEdit.setPlainText("\n".join(m.name for m in data.core_members))
        self._people = {m.name: m for m in (data.head, *data.core_members) if m}
        ui.regulationEdit.setPlainText(data.regulation)
        ui.typicalCheck.setChecked(data.typical)
        ui.typicalLevelCombo.setCurrentText(data.typical_level)
        ui.typicalDecisionEdit.setText(data.typical_decision)
        ui.notesEdit.setText(data.notes)

    def _person(self, name: str) -> CoreMember:
        """Keep the link to a force member for a name that is unchanged."""
        return getattr(self, "_people", {}).get(name.strip(), CoreMember(name))

    def value(self) -> ModelInput:
        ui = self.ui
        areas = tuple(uuid.UUID(ui.areasList.item(i).data(Qt.ItemDataRole.UserRole))
                      for i in range(ui.areasList.count())
                      if ui.areasList.item(i).checkState() == Qt.CheckState.Checked)
        core = tuple(self._person(line) for line in ui.coreEdit.toPlainText().splitlines() if line.strip())
        return ModelInput(
            ui.nameEdit.text(), ui.fieldCombo.currentData() or "", ui.statusCombo.currentData(),
            ui.scopeKindCombo.currentData(), areas, ui.scopeNameEdit.text(), ui.decisionNumberEdit.text(),
            parse_date(ui.decisionDateEdit.text(), "Ngày quyết định"), ui.decisionIssuerEdit.text(),
            ui.leadOrgCombo.currentText(), self._person(ui.headEdit.text()) if ui.headEdit.text().strip() else None,
            core, ui.regulationEdit.toPlainText(), ui.typicalCheck.isChecked(), ui.typicalLevelCombo.currentText(),
            ui.typicalDecisionEdit.text(), ui.notesEdit.text())

    def accept(self) -> None:
        try:
            if self.model_id is None:
                self.model_id = ops.call(models.create_model, self.database, self.user, self.value(),
                                         changes={ops.MODELS}, parent=self)
            else:
                ops.call(models.update_model, self.database, self.user, self.model_id, self.value(),
                         changes={ops.MODELS}, parent=self)
            ops.call(self.record_files.saved_as, self.model_id, parent=self)
        except UserError as exc:
            self.ui.errorLabel.setText(exc.message)
            self.ui.tabs.setCurrentWidget(self.ui.infoTab)
            self.refresh_tabs()
            return
        super().accept()

    # -- file, activities, reviews ----------------------------------------------------------------------------
    def refresh_tabs(self) -> None:
        self.all_files = self.record_files.rows()
        counts = {code: sum(f.slot == code for f in self.all_files) for code in names("documents")}
        self.documents.set_rows([(code, name, counts[code]) for code, name in names("documents").items()])
        missing = [name for code, name in names("documents").items() if not counts[code]]
        percent = round(100 * (len(counts) - len(missing)) / len(counts))
        text = self.tr("File %1% complete.").replace("%1", str(percent))
        if missing:
            text += " " + self.tr("Missing: %1.").replace("%1", ", ".join(missing))
        self.ui.completenessLabel.setText(text)
        self._show_files()
        self.ui.documentTable.resizeColumnsToContents()
        if self.model_id is None:
            return
        self.activities.set_rows(model_log.list_activities(self.database, self.model_id))
        self.reviews.set_rows(model_log.list_reviews(self.database, self.model_id))
        for view in (self.ui.documentTable, self.ui.activityTable, self.ui.reviewTable):
            fit_columns(view)

    def _slot(self) -> str | None:
        row = self.documents.selected_in(self.ui.documentTable)
        return row[0] if row else None

    def _show_files(self) -> None:
        slot = self._slot()
        self.files.set_rows([f for f in getattr(self, "all_files", []) if f.slot == slot])

    def attach(self) -> None:
        slot = self._slot()
        if slot is None:
            show_error(self, self.tr("Choose the required document in the list first."))
            return
        path, _ = QFileDialog.getOpenFileName(self, self.tr("Attach a document"), "",
                                              self.tr("PDF or image (*.pdf *.jpg *.jpeg *.png)"))
        if path and ops.run(self, lambda: self.record_files.attach(
                Path(path), slot=slot, allowed=attachments.DOCUMENT_TYPES, max_bytes=attachments.DOCUMENT_MAX_BYTES),
                        {ops.MODELS}):
            self._reselect(slot)

    def _reselect(self, slot: str) -> None:
        self.refresh_tabs()
        codes = [row[0] for row in self.documents.rows]
        self.ui.documentTable.selectRow(codes.index(slot))

    def _selected_file(self) -> attachments.AttachmentRow | None:
        return self.files.selected_in(self.ui.fileTable)

    def open_file(self) -> None:
        row = self._selected_file()
        if row:
            self.record_files.open(self, row)

    def remove_file(self) -> None:
        row = self._selected_file()
        if row and confirm(self, self.tr("Remove file"), self.tr("Remove “%1” from the file?").replace(
                "%1", row.filename), self.tr("Remove")):
            if ops.run(self, lambda: self.record_files.remove(row), {ops.MODELS}):
                self._reselect(row.slot)

    def add_activity(self) -> None:
        dialog = ActivityDialog(lambda *args: model_log.add_activity(self.database, self.user, self.model_id, *args),
                                self)
        if dialog.exec():
            self.refresh_tabs()

    def add_review(self) -> None:
        dialog = ReviewDialog(lambda *args: model_log.add_review(self.database, self.user, self.model_id, *args),
                              self)
        if dialog.exec():
            self.refresh_tabs()

    def _remove(self, view: QTableView, table: RowTableModel, kind: str) -> None:
        entry = table.selected_in(view)
        if entry and confirm(self, self.tr("Remove entry"), self.tr("Remove the selected entry?"), self.tr("Remove")):
            if ops.run(self, lambda: model_log.delete_entry(self.database, self.user, kind, entry.id), {ops.MODELS}):
                self.refresh_tabs()
