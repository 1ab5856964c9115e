"""Lực lượng: members (filters, search, SQL-side paging) and teams with their strength against quota."""

from __future__ import annotations

from PySide6.QtCore import QSortFilterProxyModel, Qt, QTimer
from PySide6.QtWidgets import QComboBox, QWidget

from antt_desktop.domain.forces import STATUS_LABELS, force_types
from antt_desktop.domain.member_rating import rating_rules
from antt_desktop.gui import ops
from antt_desktop.gui.column_fit import fit_columns
from antt_desktop.gui.combo_data import as_uuid
from antt_desktop.gui.filter_combos import keep_narrow
from antt_desktop.gui.forces.end_service_dialog import EndServiceDialog
from antt_desktop.gui.forces.member_dialog import MemberDialog
from antt_desktop.gui.forces.member_table_model import UNIT_COLUMN, MemberTableModel
from antt_desktop.gui.forces.rating_dialog import RatingDialog
from antt_desktop.gui.forces.team_dialog import TeamDialog
from antt_desktop.gui.forces.team_table import team_columns
from antt_desktop.gui.forms.forces.forces_page_ui import Ui_ForcesPage
from antt_desktop.gui.list_keys import ListKeys
from antt_desktop.gui.messages import confirm, show_error
from antt_desktop.gui.ownership import lock_for_owner, owner_elsewhere
from antt_desktop.gui.row_table_model import SORT_ROLE, RowTableModel
from antt_desktop.services.areas import areas
from antt_desktop.services.auth import CurrentUser
from antt_desktop.services.database import Database
from antt_desktop.services.forces import members, teams
from antt_desktop.services.forces.member_query import MemberFilter, MemberRow
from antt_desktop.services.forces.teams import TeamRow
from antt_desktop.services.roles import Role, allows
from antt_desktop.services.sync.subordinates import units_holding


class ForcesPage(QWidget):
    shows = frozenset({ops.FORCES, ops.AREAS})  # kinds of records whose change refreshes this page
    def __init__(self, database: Database, user: CurrentUser, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ui = Ui_ForcesPage()
        self.ui.setupUi(self)
        self.database, self.user = database, user
        self._can_edit = allows(user.role, Role.EDITOR)
        self._own_code = database.own_unit().code
        self.members = MemberTableModel(database, user, self)
        self.ui.memberTable.setModel(self.members)
        self.ui.memberTable.setSortingEnabled(True)
        self.ui.memberTable.horizontalHeader().setSortIndicator(0, Qt.SortOrder.AscendingOrder)
        self.teams = RowTableModel(team_columns(self.members.unit_names), self)  # one dict of the units below
        self.team_proxy = QSortFilterProxyModel(self)
        self.team_proxy.setSourceModel(self.teams)
        self.team_proxy.setSortRole(SORT_ROLE)
        self.ui.teamTable.setModel(self.team_proxy)
        self.ui.teamTable.setSortingEnabled(True)
        self.ui.teamTable.sortByColumn(0, Qt.SortOrder.AscendingOrder)
        self._search_timer = QTimer(self, singleShot=True, interval=150)
        self._search_timer.timeout.connect(self.reload_members)
        self._connect()
        self.refresh()
        fit_columns(self.ui.memberTable)

    def _connect(self) -> None:
        ui = self.ui
        ui.searchEdit.textChanged.connect(lambda _text: self._search_timer.start())
        keep_narrow(ui.unitFilter, ui.areaFilter, ui.teamFilter, ui.typeFilter, ui.roleFilter, ui.statusFilter)
        for combo in (ui.areaFilter, ui.teamFilter, ui.typeFilter, ui.roleFilter, ui.statusFilter):
            combo.activated.connect(lambda _index: self.reload_members())
        ui.unitFilter.activated.connect(lambda _index: self.refresh())  # the teams, their gaps and the members
        ui.showDeletedCheck.toggled.connect(lambda _checked: self.reload_members())
        ui.addMemberButton.clicked.connect(self.add_member)
        ui.editMemberButton.clicked.connect(self.edit_member)
        ui.memberTable.doubleClicked.connect(self.edit_member)
        ui.endMemberButton.clicked.connect(self.end_member)
        ui.deleteMemberButton.clicked.connect(self.delete_member)
        ui.restoreMemberButton.clicked.connect(self.restore_member)
        ui.addTeamButton.clicked.connect(self.add_team)
        ui.editTeamButton.clicked.connect(self.edit_team)
        ui.teamTable.doubleClicked.connect(self.edit_team)
        ui.deleteTeamButton.clicked.connect(self.delete_team)
        ui.rateTeamButton.clicked.connect(self.rate_team)
        for button in (ui.addMemberButton, ui.editMemberButton, ui.endMemberButton, ui.deleteMemberButton,
                       ui.restoreMemberButton, ui.addTeamButton, ui.editTeamButton, ui.deleteTeamButton):
            button.setEnabled(self._can_edit)
        ui.rateTeamButton.setEnabled(False)  # until a Tổ bảo vệ ANTT is selected
        ui.memberTable.selectionModel().selectionChanged.connect(lambda *_: self._enable_for_owner())
        ui.teamTable.selectionModel().selectionChanged.connect(lambda *_: self._enable_for_owner())
        self.list_keys = ListKeys(self, lambda: (ui.addTeamButton if ui.tabs.currentWidget() is ui.teamsTab
                                            else ui.addMemberButton).click(), ui.searchEdit)
        self.list_keys.on(ui.memberTable, ui.editMemberButton, ui.deleteMemberButton)
        self.list_keys.on(ui.teamTable, ui.editTeamButton, ui.deleteTeamButton)

    def _enable_for_owner(self) -> None:
        """A record of a unit below is seen here, changed only there; its member opens to be read."""
        ui, member, team = self.ui, self.selected_member(), self.selected_team()
        theirs = owner_elsewhere(member.owner_unit if member else None, self._own_code, self.members.unit_names)
        lock_for_owner((ui.endMemberButton, ui.deleteMemberButton, ui.restoreMemberButton), self._can_edit, theirs)
        lock_for_owner((ui.editTeamButton, ui.deleteTeamButton), self._can_edit,
                       owner_elsewhere(team.owner_unit if team else None, self._own_code, self.members.unit_names))
        ui.rateTeamButton.setEnabled(team is not None and team.force_type in rating_rules().force_types)
        ui.editMemberButton.setText(self.tr("&View…") if theirs else self.tr("&Edit…"))

    # -- data -------------------------------------------------------------------------------------------------
    def refresh(self) -> None:
        self.team_rows = teams.list_teams(self.database)
        self._fill_filters()
        unit = self.ui.unitFilter.currentData()
        shown = [t for t in self.team_rows if not unit or t.owner_unit == unit]
        self.teams.set_rows(shown)
        fit_columns(self.ui.teamTable)
        names = self.members.unit_names  # at an upper level each gap begins with its unit
        gaps = [(f"{names[t.owner_unit]}: " if t.owner_unit in names else "") + s for t in shown for s in t.gap_text]
        # a box of its own that scrolls: a province has hundreds of gaps
        self.ui.gapsText.setPlainText("\n".join(gaps) if gaps else self.tr("Every team is at full strength."))
        self.reload_members()

    def _fill_filters(self) -> None:
        ui = self.ui
        below = units_holding(self.database, "force_members")
        self.members.unit_names.clear()
        self.members.unit_names.update(below)
        ui.teamTable.setColumnHidden(self.teams.columnCount() - 1, not below)
        self._refill(ui.unitFilter, self.tr("All units below"), [(f"{name} ({code})", code) for code, name in below])
        ui.unitFilter.setVisible(bool(below))
        ui.memberTable.setColumnHidden(UNIT_COLUMN, not below)
        area_items = [(a.name, str(a.id)) for a in areas.list_areas(self.database)]
        self._refill(ui.areaFilter, self.tr("All areas"), area_items)
        self._refill(ui.teamFilter, self.tr("All teams"), [(t.name, str(t.id)) for t in self.team_rows])
        self._refill(ui.typeFilter, self.tr("All force types"), [(k.label, k.code) for k in force_types()])
        roles = {r.code: r.name for k in force_types() for r in k.roles}
        self._refill(ui.roleFilter, self.tr("All roles"), [(name, code) for code, name in roles.items()])
        self._refill(ui.statusFilter, self.tr("Any status"), [(label, code) for code, label in STATUS_LABELS.items()])

    @staticmethod
    def _refill(combo: QComboBox, everything: str, items: list[tuple[str, object]]) -> None:
        current = combo.currentData()
        combo.clear()
        combo.addItem(everything, None)
        for text, data in items:
            combo.addItem(text, data)
        combo.setCurrentIndex(max(0, combo.findData(current)) if current is not None else 0)

    def current_filter(self) -> MemberFilter:
        ui = self.ui
        return MemberFilter(ui.searchEdit.text(), as_uuid(ui.areaFilter.currentData()),
                            as_uuid(ui.teamFilter.currentData()),
                            ui.typeFilter.currentData() or "", ui.roleFilter.currentData() or "",
                            ui.statusFilter.currentData() or "", ui.showDeletedCheck.isChecked(),
                            ui.unitFilter.currentData() or "")

    def show_unit(self, code: str) -> None:
        """The members of one unit below (drill-down from the list of units at an upper level)."""
        self.ui.tabs.setCurrentWidget(self.ui.membersTab)
        self.ui.unitFilter.setCurrentIndex(max(0, self.ui.unitFilter.findData(code)))
        self.refresh()

    def reload_members(self) -> None:
        self.members.reload(self.current_filter())
        self.ui.memberSummaryLabel.setText(self.tr("%n member(s)", "", self.members.total))

    def selected_member(self) -> MemberRow | None:
        rows = self.ui.memberTable.selectionModel().selectedRows()
        return self.members.rows[rows[0].row()] if rows else None

    def selected_team(self) -> TeamRow | None:
        return self.teams.selected_in(self.ui.teamTable)

    # -- members ----------------------------------------------------------------------------------------------
    def add_member(self) -> None:
        if not self.team_rows:
            show_error(self, self.tr("Add a team first (tab Teams and quotas): every member belongs to a team."))
            return
        MemberDialog(self.database, self.user, self.team_rows, parent=self).exec()
        self.refresh()

    def edit_member(self) -> None:
        member = self.selected_member()
        if member and not member.deleted:
            MemberDialog(self.database, self.user, self.team_rows, member.id, self).exec()
            self.refresh()

    def end_member(self) -> None:
        member = self.selected_member()
        if member and not member.deleted:
            dialog = EndServiceDialog(member.full_name, lambda day, reason: members.end_service(
                self.database, self.user, member.id, day, reason), self)
            if dialog.exec():
                self.refresh()

    def delete_member(self) -> None:
        member = self.selected_member()
        question = self.tr("Delete “%1”? Use this only for a record entered by mistake; when someone leaves the "
                           "force, use End service instead. A deleted record can be restored.")
        if member and not member.deleted and confirm(self, self.tr("Delete member"),
                                                      question.replace("%1", member.full_name), self.tr("Delete")):
            if ops.run(self, lambda: members.delete_member(self.database, self.user, member.id), {ops.FORCES}):
                self.list_keys.deleted(member.full_name, lambda: members.restore_member(self.database, self.user,
                                                                                   member.id), self.refresh)
            self.refresh()

    def restore_member(self) -> None:
        member = self.selected_member()
        if member and member.deleted:
            self._run(lambda: members.restore_member(self.database, self.user, member.id))

    # -- teams ------------------------------------------------------------------------------------------------
    def add_team(self) -> None:
        dialog = TeamDialog(areas.list_areas(self.database), lambda data: teams.create_team(
            self.database, self.user, data), parent=self)
        if dialog.exec():
            self.refresh()

    def edit_team(self) -> None:
        team = self.selected_team()
        if team and team.owner_unit == self._own_code:
            dialog = TeamDialog(areas.list_areas(self.database), lambda data: teams.update_team(
                self.database, self.user, team.id, data), team.as_input(), self)
            if dialog.exec():
                self.refresh()

    def delete_team(self) -> None:
        team = self.selected_team()
        if team and confirm(self, self.tr("Delete team"), self.tr("Delete the team “%1”?").replace("%1", team.name),
                            self.tr("Delete")):
            if ops.run(self, lambda: teams.delete_team(self.database, self.user, team.id), {ops.FORCES}):
                self.list_keys.deleted(team.name, lambda: teams.restore_team(self.database, self.user, team.id),
                                  self.refresh)
            self.refresh()

    def rate_team(self) -> None:
        """The yearly rating of the selected team's members (read-only for a team of a unit below)."""
        team = self.selected_team()
        if team and team.force_type in rating_rules().force_types:
            editable = self._can_edit and team.owner_unit == self._own_code
            self._rating_dialog = RatingDialog(self.database, self.user, team, editable, self)  # for tests
            self._rating_dialog.exec()

    def _run(self, action) -> None:  # noqa: ANN001
        ops.run(self, action, {ops.FORCES})
        self.refresh()
