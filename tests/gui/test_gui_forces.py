"""Lực lượng in the desktop client: add a team and a member, edit, filter, end service, see the gap."""

import pytest

from antt_desktop.domain.areas import AreaInput
from antt_desktop.gui.forces.end_service_dialog import EndServiceDialog
from antt_desktop.gui.forces.member_dialog import MemberDialog
from antt_desktop.gui.forces.team_dialog import TeamDialog
from antt_desktop.gui.main_window import FORCES, MainWindow
from antt_desktop.gui.overview_page import OverviewPage
from antt_desktop.services.areas import areas
from antt_desktop.services.forces import member_events
from antt_desktop.services.forces.member_query import MemberFilter, query_members
from tests.conftest import ADMIN_USER, EDITOR_USER
from tests.gui_helpers import when_modal

pytestmark = pytest.mark.usefixtures("vietnamese")


@pytest.fixture
def page(qtbot, database):
    areas.create_area(database, EDITOR_USER, AreaInput("Thôn Đông", population=500, households=120))
    window = MainWindow(database, EDITOR_USER, "vi")
    qtbot.addWidget(window)
    window.ui.sidebar.setCurrentRow(FORCES)
    return window.page(FORCES)


def _add_team(page):
    def fill(dialog: TeamDialog):
        dialog.ui.areaCombo.setCurrentIndex(1)  # Thôn Đông; the name follows the area
        dialog.accept()
    when_modal(None, fill)
    page.add_team()


def _member_form(name, birth, cccd, role_index=2):
    def fill(dialog: MemberDialog):
        ui = dialog.ui
        ui.fullNameEdit.setText(name)
        ui.genderCombo.setCurrentIndex(0)
        ui.birthEdit.setText(birth)
        ui.cccdEdit.setText(cccd)
        ui.roleCombo.setCurrentIndex(role_index)
        ui.startEdit.setText("01/07/2024")
        dialog.accept()
    return fill


def test_add_edit_filter_and_end_service(qtbot, page, database):
    _add_team(page)
    assert [t.name for t in page.team_rows] == ["Tổ bảo vệ ANTT thôn Đông"]
    assert "Tổ bảo vệ ANTT thôn Đông thiếu 1 tổ viên" in page.ui.gapsText.toPlainText()

    when_modal(None, _member_form("Nguyễn Văn Ánh", "02/04/1985", "001 085 012 345"))
    page.add_member()
    when_modal(None, _member_form("Lê Văn Hòa", "1/1/1990", "", role_index=1))
    page.add_member()
    assert page.members.total == 2
    assert "thiếu 1 tổ viên" not in page.ui.gapsText.toPlainText()
    assert "thiếu 1 tổ trưởng" in page.ui.gapsText.toPlainText()

    page.ui.searchEdit.setText("nguyen van anh")
    qtbot.waitUntil(lambda: page.members.total == 1)
    assert page.members.rows[0].cccd == "•••••••••345"  # an editor sees the CCCD masked

    page.ui.memberTable.selectRow(0)

    def edit(dialog: MemberDialog):
        dialog.ui.roleCombo.setCurrentIndex(0)  # tổ trưởng
        dialog.ui.changeEdit.setText("01/03/2025")
        dialog.ui.phoneEdit.setText("0912 345 678")
        dialog.accept()
    when_modal(None, edit)
    page.edit_member()
    member = query_members(database, ADMIN_USER, MemberFilter("nguyen van anh"))[0]
    assert (member.role, member.phone, member.cccd) == ("to_truong", "0912345678", "001085012345")
    timeline = member_events.list_events(database, member.id, ("timeline",))
    assert [e.category for e in timeline] == ["Bắt đầu tham gia", "Thay đổi tổ/chức danh"]

    page.ui.memberTable.selectRow(0)

    def end(dialog: EndServiceDialog):
        dialog.ui.dateEdit.setText("30/09/2025")
        dialog.ui.reasonCombo.setCurrentText("Chuyển nơi cư trú")
        dialog.accept()
    when_modal(None, end)
    page.end_member()
    assert query_members(database, ADMIN_USER, MemberFilter("nguyen van anh"))[0].status == "ended"
    assert "thiếu 1 tổ trưởng" in page.ui.gapsText.toPlainText()

    page.ui.searchEdit.clear()
    page.ui.statusFilter.setCurrentIndex(page.ui.statusFilter.findData("active"))
    page.reload_members()
    assert [r.full_name for r in page.members.rows] == ["Lê Văn Hòa"]


def test_invalid_cccd_keeps_the_member_dialog_open(qtbot, page, database):
    _add_team(page)
    dialog = MemberDialog(database, EDITOR_USER, page.team_rows)
    qtbot.addWidget(dialog)
    _member_form("Phạm Văn Dũng", "02/04/1985", "00108501234A")(dialog)
    assert dialog.result() == 0
    assert "không phải chữ số" in dialog.ui.errorLabel.text()
    assert dialog.ui.fullNameEdit.text() == "Phạm Văn Dũng"
    assert query_members(database, ADMIN_USER, MemberFilter()) == []


def test_overview_counts_short_teams(qtbot, page, database):
    _add_team(page)
    overview = OverviewPage(database, "Xã Thượng Lâm")
    qtbot.addWidget(overview)
    overview.refresh()
    assert overview.ui.shortValue.text() == "1 tổ/đội, thiếu 3 người"
    assert "Tổ bảo vệ ANTT thôn Đông thiếu 1 tổ trưởng" in overview.ui.gapsValue.text()
