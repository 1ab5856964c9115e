"""The member form: a team over its quota is warned in words, and education, ethnicity and religion start empty
(stored as not recorded) instead of silently "Tiểu học", "Kinh" and "Không"."""

import pytest
from PySide6.QtWidgets import QMessageBox

from antt_desktop.domain.areas import AreaInput
from antt_desktop.domain.teams import TeamInput
from antt_desktop.gui.forces.member_dialog import MemberDialog
from antt_desktop.gui.main_window import FORCES, MainWindow
from antt_desktop.services.areas import areas
from antt_desktop.services.forces import teams
from antt_desktop.services.forces.member_query import MemberFilter, query_members
from antt_desktop.services.reports import reports
from tests.conftest import ADMIN_USER, EDITOR_USER
from tests.gui_helpers import when_modal

pytestmark = pytest.mark.usefixtures("vietnamese")
TEAM = "Tổ bảo vệ ANTT thôn Đông"


@pytest.fixture
def team_rows(database):
    area = areas.create_area(database, EDITOR_USER, AreaInput("Thôn Đông"))
    teams.create_team(database, EDITOR_USER, TeamInput(TEAM, "to_bao_ve_antt", area.id,
                                                       {"to_truong": 1, "to_pho": 1, "to_vien": 1}))
    return teams.list_teams(database)


def _dialog(qtbot, database, rows, name: str, role: str) -> MemberDialog:
    dialog = MemberDialog(database, EDITOR_USER, rows)
    qtbot.addWidget(dialog)
    ui = dialog.ui
    ui.fullNameEdit.setText(name)
    ui.birthEdit.setText("02/04/1985")
    ui.startEdit.setText("01/07/2024")
    ui.roleCombo.setCurrentIndex(ui.roleCombo.findData(role))
    return dialog


def _names(database) -> list[str]:
    return sorted(m.full_name for m in query_members(database, ADMIN_USER, MemberFilter()))


def test_a_member_over_the_quota_is_warned_in_words(qtbot, database, team_rows):
    _dialog(qtbot, database, team_rows, "Nguyễn Văn Ánh", "to_vien").accept()
    rows = teams.list_teams(database)
    seen: list[str] = []

    def refuse(box: QMessageBox):
        seen.append(box.text())
        box.reject()
    when_modal(None, refuse)
    dialog = _dialog(qtbot, database, rows, "Lê Văn Hòa", "to_vien")
    dialog.accept()
    warning = f"{TEAM} đã đủ 1 tổ viên; thêm người này sẽ vượt định mức."
    assert seen and seen[0].startswith(warning)
    assert dialog.ui.errorLabel.text() == warning and _names(database) == ["Nguyễn Văn Ánh"]

    when_modal(None, lambda box: box.buttons()[0].click())  # "Vẫn lưu"
    dialog.accept()
    assert _names(database) == ["Lê Văn Hòa", "Nguyễn Văn Ánh"]


def test_a_member_within_the_quota_is_saved_without_a_question(qtbot, database, team_rows):
    _dialog(qtbot, database, team_rows, "Nguyễn Văn Ánh", "to_vien").accept()
    dialog = _dialog(qtbot, database, teams.list_teams(database), "Lê Văn Hòa", "to_truong")
    dialog.accept()
    assert dialog.result() == MemberDialog.DialogCode.Accepted
    assert _names(database) == ["Lê Văn Hòa", "Nguyễn Văn Ánh"]


def test_the_team_list_says_over_quota_instead_of_a_tick(qtbot, database, team_rows):
    _dialog(qtbot, database, teams.list_teams(database), "Nguyễn Văn Ánh", "to_vien").accept()
    when_modal(None, lambda box: box.buttons()[0].click())  # the second is over the quota: "Vẫn lưu"
    _dialog(qtbot, database, teams.list_teams(database), "Lê Văn Hòa", "to_vien").accept()
    window = MainWindow(database, EDITOR_USER, "vi")
    qtbot.addWidget(window)
    window.ui.sidebar.setCurrentRow(FORCES)
    page = window.page(FORCES)
    gap_column = page.teams.columnCount() - 2
    assert page.teams.index(0, gap_column).data() == "thiếu 2"  # tổ trưởng and tổ phó missing
    teams.update_team(database, EDITOR_USER, team_rows[0].id, TeamInput(
        TEAM, "to_bao_ve_antt", team_rows[0].area_id, {"to_truong": 0, "to_pho": 0, "to_vien": 1}))
    page.refresh()
    assert page.teams.index(0, gap_column).data() == "vượt 1"


def test_education_and_ethnicity_start_empty_and_stay_unrecorded(qtbot, database, team_rows):
    dialog = _dialog(qtbot, database, team_rows, "Nguyễn Văn Ánh", "to_vien")
    ui = dialog.ui
    assert (ui.educationCombo.currentText(), ui.educationCombo.currentData()) == ("— chọn —", "")
    assert ui.ethnicityEdit.text() == "" and ui.religionEdit.text() == ""
    assert ui.ethnicityEdit.placeholderText().startswith("— chọn —")
    dialog.accept()
    member = query_members(database, ADMIN_USER, MemberFilter())[0]
    assert (member.education, member.ethnicity, member.religion) == ("", "", "")

    again = MemberDialog(database, EDITOR_USER, teams.list_teams(database), member.id)
    qtbot.addWidget(again)
    again.ui.educationCombo.setCurrentIndex(again.ui.educationCombo.findData("Trung học cơ sở"))
    again.ui.ethnicityEdit.setText("Tày")
    again.accept()
    member = query_members(database, ADMIN_USER, MemberFilter())[0]
    assert (member.education, member.ethnicity) == ("Trung học cơ sở", "Tày")


def test_the_ethnicity_field_offers_the_catalog(qtbot, database, team_rows):
    dialog = _dialog(qtbot, database, team_rows, "Nguyễn Văn Ánh", "to_vien")
    completer = dialog.ui.ethnicityEdit.completer()
    completer.setCompletionPrefix("mông")
    assert completer.currentCompletion() == "Mông"
    assert completer.model().rowCount() == 54


def test_unrecorded_education_is_counted_as_such_in_the_report(qtbot, database, team_rows):
    _dialog(qtbot, database, team_rows, "Nguyễn Văn Ánh", "to_vien").accept()
    document = reports.forces_statistics(database, ADMIN_USER, 2025)
    education = next(s for s in document.sections if s.heading == "Theo trình độ học vấn")
    assert [row[:2] for row in education.table.rows] == [["Chưa ghi", 1], ["Tổng cộng", 1]]


def test_editing_a_member_already_counted_asks_nothing(qtbot, database, team_rows, monkeypatch):
    _dialog(qtbot, database, team_rows, "Nguyễn Văn Ánh", "to_vien").accept()
    asked: list[str] = []
    monkeypatch.setattr("antt_desktop.gui.forces.member_dialog.confirm", lambda *args: asked.append(args[2]))
    member = query_members(database, ADMIN_USER, MemberFilter())[0]
    dialog = MemberDialog(database, EDITOR_USER, teams.list_teams(database), member.id)
    qtbot.addWidget(dialog)
    dialog.ui.phoneEdit.setText("0912 345 678")
    dialog.accept()
    assert asked == [] and dialog.result() == MemberDialog.DialogCode.Accepted
    assert query_members(database, ADMIN_USER, MemberFilter())[0].phone == "0912345678"
