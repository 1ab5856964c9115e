"""One force member: information, service history, training and commendations, visits and support, files.

The information tab is saved with Save; entries on the other tabs are written at once (they need the member
to exist, so they open once the member has been saved).
"""

from __future__ import annotations

import uuid
from datetime import date
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QCompleter, QDialog, QDialogButtonBox, QFileDialog, QTableView, QWidget

from antt_desktop.domain.dates import format_date, parse_date
from antt_desktop.domain.forces import ACTIVE, GENDERS, catalog_list, force_type, over_quota_warning
from antt_desktop.domain.members import MemberInput
from antt_desktop.errors import UserError
from antt_desktop.gui import ops
from antt_desktop.gui.column_fit import fit_columns
from antt_desktop.gui.combo_data import as_uuid
from antt_desktop.gui.date_field import ask_date, with_calendar
from antt_desktop.gui.forces.end_service_dialog import EndServiceDialog
from antt_desktop.gui.forces.event_dialog import EventDialog
from antt_desktop.gui.forces.member_tables import (
    attachment_columns,
    rating_rows,
    record_columns,
    timeline_columns,
    welfare_columns,
)
from antt_desktop.gui.forms.forces.member_dialog_ui import Ui_MemberDialog
from antt_desktop.gui.messages import confirm
from antt_desktop.gui.ownership import view_only_if_theirs
from antt_desktop.gui.record_files import RecordFiles
from antt_desktop.gui.row_table_model import RowTableModel
from antt_desktop.services import attachments
from antt_desktop.services.auth import CurrentUser
from antt_desktop.services.database import Database
from antt_desktop.services.forces import member_events, member_ratings, members
from antt_desktop.services.forces.member_query import MemberRow, get_member
from antt_desktop.services.forces.teams import TeamRow

RECORD_KINDS = ("training", "commendation", "discipline")


class MemberDialog(QDialog):
    def __init__(self, database: Database, user: CurrentUser, team_rows: list[TeamRow],
                 member_id: uuid.UUID | None = None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ui = Ui_MemberDialog()
        self.ui.setupUi(self)
        with_calendar(self.ui.birthEdit, self.ui.startEdit, self.ui.appointmentDateEdit, self.ui.changeEdit)
        self.database, self.user, self.member_id = database, user, member_id
        self.ui.buttonBox.button(QDialogButtonBox.StandardButton.Save).setText(self.tr("Save"))
        self.ui.buttonBox.button(QDialogButtonBox.StandardButton.Close).setText(self.tr("Close"))
        for code, label in GENDERS.items():
            self.ui.genderCombo.addItem(label, code)
        self._unknown_choices()
        self._teams = {str(t.id): t for t in team_rows}  # combo data are strings: Qt compares them by value
        for team in team_rows:
            self.ui.teamCombo.addItem(team.name, str(team.id))
        self.ui.teamCombo.currentIndexChanged.connect(self._fill_roles)
        self.timeline = self._table(self.ui.timelineTable, timeline_columns())
        self.records = self._table(self.ui.recordsTable, record_columns())
        self.welfare = self._table(self.ui.welfareTable, welfare_columns())
        self.files = self._table(self.ui.filesTable, attachment_columns())
        self.record_files = RecordFiles(database, user, "members", member_id)
        self.finished.connect(lambda _result: self.record_files.discard())
        self._connect()
        self.member: MemberRow | None = get_member(database, user, member_id) if member_id else None
        if self.member:
            self.setWindowTitle(self.tr("Force member: %1").replace("%1", self.member.full_name))
            self._load(self.member)
        else:
            self.setWindowTitle(self.tr("Add force member"))
            self.ui.startEdit.setText(format_date(date.today()))
            self._fill_roles()
        if self.member:
            ui = self.ui
            view_only_if_theirs(self, database, self.member.owner_unit, ui.buttonBox, ui.infoContents,
                                (ui.endButton, ui.resumeButton, ui.addTrainingButton, ui.addCommendationButton,
                                 ui.addDisciplineButton, ui.removeRecordButton, ui.addWelfareButton,
                                 ui.removeWelfareButton, ui.addFileButton, ui.removeFileButton))
        for widget in (self.ui.changeLabel, self.ui.changeEdit):
            widget.setVisible(self.member is not None)
        for index in range(1, self.ui.tabs.count()):  # files can be chosen before the member is saved
            self.ui.tabs.setTabEnabled(index, self.member is not None or self.ui.tabs.widget(index) is self.ui.filesTab)
        self.refresh_tabs()

    def _unknown_choices(self) -> None:
        """No silent defaults: education, ethnicity and religion start empty and are stored as not recorded
        unless chosen (statistics then count them under "Chưa ghi")."""
        ui = self.ui
        ui.educationCombo.addItem(self.tr("— choose —"), "")
        for level in catalog_list("education_levels"):
            ui.educationCombo.addItem(level, level)
        completer = QCompleter(list(catalog_list("ethnicities")), self)
        completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        completer.setFilterMode(Qt.MatchFlag.MatchContains)
        ui.ethnicityEdit.setCompleter(completer)
        for edit in (ui.ethnicityEdit, ui.religionEdit):
            edit.setPlaceholderText(self.tr("— choose — (empty: not recorded)"))

    def _table(self, view: QTableView, columns: list) -> RowTableModel:
        model = RowTableModel(columns, self)
        view.setModel(model)
        return model

    def _connect(self) -> None:
        ui = self.ui
        ui.endButton.clicked.connect(self.end_service)
        ui.resumeButton.clicked.connect(self.resume_service)
        ui.addTrainingButton.clicked.connect(lambda: self.add_event("training"))
        ui.addCommendationButton.clicked.connect(lambda: self.add_event("commendation"))
        ui.addDisciplineButton.clicked.connect(lambda: self.add_event("discipline"))
        ui.addWelfareButton.clicked.connect(lambda: self.add_event("welfare"))
        ui.removeRecordButton.clicked.connect(lambda: self.remove_event(ui.recordsTable, self.records))
        ui.removeWelfareButton.clicked.connect(lambda: self.remove_event(ui.welfareTable, self.welfare))
        ui.addFileButton.clicked.connect(self.add_file)
        ui.openFileButton.clicked.connect(self.open_file)
        ui.removeFileButton.clicked.connect(self.remove_file)

    def _fill_roles(self, *_: int, current: str = "") -> None:
        team = self._teams.get(self.ui.teamCombo.currentData())
        current = current or self.ui.roleCombo.currentData() or ""
        self.ui.roleCombo.clear()
        kind = force_type(team.force_type) if team else None
        for role in kind.roles if kind else ():
            self.ui.roleCombo.addItem(role.name, role.code)
        self.ui.roleCombo.setCurrentIndex(max(0, self.ui.roleCombo.findData(current)))

    def _load(self, m: MemberRow) -> None:
        ui = self.ui
        ui.fullNameEdit.setText(m.full_name)
        ui.genderCombo.setCurrentIndex(ui.genderCombo.findData(m.gender))
        ui.birthEdit.setText(format_date(m.birth_date))
        ui.cccdEdit.setText(m.cccd)
        ui.phoneEdit.setText(m.phone)
        ui.residenceEdit.setText(m.residence)
        ui.ethnicityEdit.setText(m.ethnicity)
        ui.religionEdit.setText(m.religion)
        if m.education and ui.educationCombo.findData(m.education) < 0:  # a level from an older catalog or a file
            ui.educationCombo.addItem(m.education, m.education)
        ui.educationCombo.setCurrentIndex(max(0, ui.educationCombo.findData(m.education)))
        ui.partyCheck.setChecked(m.party_member)
        ui.teamCombo.setCurrentIndex(ui.teamCombo.findData(str(m.team_id)))
        self._fill_roles(current=m.role)
        ui.startEdit.setText(format_date(m.start_date))
        ui.changeEdit.setText(format_date(date.today()))
        ui.appointmentNumberEdit.setText(m.appointment_number)
        ui.appointmentDateEdit.setText(format_date(m.appointment_date))
        ui.appointmentIssuerEdit.setText(m.appointment_issuer)
        ui.notesEdit.setText(m.notes)

    def value(self) -> MemberInput:
        ui = self.ui
        return MemberInput(
            ui.fullNameEdit.text(), ui.genderCombo.currentData(), parse_date(ui.birthEdit.text(), "Ngày sinh"),
            as_uuid(ui.teamCombo.currentData()), ui.roleCombo.currentData() or "",
            parse_date(ui.startEdit.text(), "Ngày bắt đầu tham gia"), ui.cccdEdit.text(), ui.phoneEdit.text(),
            ui.residenceEdit.text(), ui.ethnicityEdit.text(), ui.religionEdit.text(),
            ui.educationCombo.currentData() or "", ui.partyCheck.isChecked(), ui.appointmentNumberEdit.text(),
            parse_date(ui.appointmentDateEdit.text(), "Ngày quyết định"), ui.appointmentIssuerEdit.text(),
            ui.notesEdit.text())

    def _quota_warning(self, data: MemberInput) -> str:
        """Words for a member who would pass the team's quota for the role (nothing when unchanged)."""
        team = self._teams.get(str(data.team_id))
        kind = force_type(team.force_type) if team else None
        unchanged = self.member is not None and self.member.status == ACTIVE and (
            self.member.team_id, self.member.role) == (data.team_id, data.role)
        if team is None or kind is None or unchanged:
            return ""
        return over_quota_warning(team.name, kind, list(team.gaps), data.role)

    def accept(self) -> None:
        try:
            data = self.value()
            warning = self._quota_warning(data)
            if warning and not confirm(self, self.tr("Over the quota"), warning + "\n\n" + self.tr(
                    "Save the member all the same?"), self.tr("Save anyway")):
                self.ui.errorLabel.setText(warning)
                return
            if self.member_id is None:
                self.member_id = ops.call(members.create_member, self.database, self.user, data, changes={ops.FORCES},
                                          parent=self)
                ops.call(self.record_files.saved_as, self.member_id, parent=self)
            elif self.record_files.waiting:  # what could not be attached when the member was created
                ops.call(self.record_files.saved_as, self.member_id, parent=self)
            else:
                ops.call(members.update_member, self.database, self.user, self.member_id, data,
                         parse_date(self.ui.changeEdit.text(), "Ngày thay đổi"), changes={ops.FORCES}, parent=self)
        except UserError as exc:
            self.ui.errorLabel.setText(exc.message)
            self.ui.tabs.setCurrentWidget(self.ui.infoTab)
            self.refresh_tabs()
            return
        super().accept()

    def refresh_tabs(self) -> None:
        self.files.set_rows(self.record_files.rows())
        self.ui.filesTable.resizeColumnsToContents()
        if self.member_id is None:
            self.ui.statusLabel.setText(self.tr("Save the member's information first."))
            return
        self.member = get_member(self.database, self.user, self.member_id)
        m = self.member
        if m.status == ACTIVE:
            text = self.tr("Serving since %1.").replace("%1", format_date(m.start_date))
        else:
            text = self.tr("Service ended on %1: %2.").replace("%1", format_date(m.end_date))
            text = text.replace("%2", m.end_reason)
        self.ui.statusLabel.setText(text)
        self.ui.endButton.setEnabled(m.status == ACTIVE)
        self.ui.resumeButton.setEnabled(m.status != ACTIVE)
        self.timeline.set_rows(sorted(member_events.list_events(self.database, m.id, ("timeline",))
                                      + rating_rows(member_ratings.member_history(self.database, m.id)),
                                      key=lambda row: row.event_date))
        self.records.set_rows(member_events.list_events(self.database, m.id, RECORD_KINDS))
        self.welfare.set_rows(member_events.list_events(self.database, m.id, ("welfare",)))
        for view in (self.ui.timelineTable, self.ui.recordsTable, self.ui.welfareTable, self.ui.filesTable):
            fit_columns(view)

    def end_service(self) -> None:
        dialog = EndServiceDialog(self.member.full_name, lambda day, reason: members.end_service(
            self.database, self.user, self.member_id, day, reason), self)
        if dialog.exec():
            self.refresh_tabs()

    def resume_service(self) -> None:
        text = ask_date(self, self.tr("Resume service"), self.tr("Date (dd/mm/yyyy):"), date.today())
        if text is not None and ops.run(self, lambda: members.resume_service(
                self.database, self.user, self.member_id, parse_date(text, "Ngày tham gia lại") or date.today()),
                        {ops.FORCES}):
            self.refresh_tabs()

    def add_event(self, kind: str) -> None:
        dialog = EventDialog(kind, lambda data: member_events.add_event(self.database, self.user, self.member_id,
                                                                        data), self)
        if dialog.exec():
            self.refresh_tabs()

    def remove_event(self, view: QTableView, model: RowTableModel) -> None:
        event = model.selected_in(view)
        if event and confirm(self, self.tr("Remove entry"), self.tr("Remove the selected entry?"), self.tr("Remove")):
            if ops.run(self, lambda: member_events.delete_event(self.database, self.user, event.id), {ops.FORCES}):
                self.refresh_tabs()

    def add_file(self) -> None:
        path, _ = QFileDialog.getOpenFileName(self, self.tr("Attach a file"), "",
                                              self.tr("PDF or image (*.pdf *.jpg *.jpeg *.png)"))
        if path and ops.run(self, lambda: self.record_files.attach(Path(path)), {ops.FORCES}):
            self.refresh_tabs()

    def _selected_file(self) -> attachments.AttachmentRow | None:
        return self.files.selected_in(self.ui.filesTable)

    def open_file(self) -> None:
        row = self._selected_file()
        if row:
            self.record_files.open(self, row)

    def remove_file(self) -> None:
        row = self._selected_file()
        if row and confirm(self, self.tr("Remove file"), self.tr("Remove “%1” from this member?").replace(
                "%1", row.filename), self.tr("Remove")):
            if ops.run(self, lambda: self.record_files.remove(row), {ops.FORCES}):
                self.refresh_tabs()
