"""Phong trào & hoạt động in the desktop client: record a campaign event and propaganda, see the checks move."""

from datetime import date

import pytest
from PySide6.QtCore import QDate

from antt_desktop.domain.areas import AreaInput
from antt_desktop.gui.campaigns.activity_edit_dialog import ActivityEditDialog
from antt_desktop.gui.campaigns.small_dialogs import PersonDialog
from antt_desktop.gui.main_window import CAMPAIGNS, MainWindow
from antt_desktop.services.areas import areas
from antt_desktop.services.campaigns import activities, persons
from tests.conftest import EDITOR_USER
from tests.gui_helpers import when_modal

YEAR = date.today().year - 1


pytestmark = pytest.mark.usefixtures("vietnamese")


@pytest.fixture
def page(qtbot, database):
    areas.create_area(database, EDITOR_USER, AreaInput("Thôn Nặm Đíp", flags={"key_religion"}))
    window = MainWindow(database, EDITOR_USER, "vi")
    qtbot.addWidget(window)
    window.ui.sidebar.setCurrentRow(CAMPAIGNS)
    page = window.page(CAMPAIGNS)
    page.ui.yearSpin.setValue(YEAR)
    return page


def test_campaign_event_and_key_area_propaganda(qtbot, page, database):
    status = {s.campaign.code: s.done for s in page.checklist.rows}
    assert status["ngay_hoi_antq"] is False
    assert "Thôn Nặm Đíp (Vùng tôn giáo) chưa được tuyên truyền" in page.ui.uncoveredText.toPlainText()

    def person(dialog: PersonDialog):
        dialog.ui.nameEdit.setText("Hoàng Văn Sính")
        dialog.ui.categoryCombo.setCurrentText("Chức sắc tôn giáo")
        dialog.ui.areaCombo.setCurrentIndex(1)
        dialog.accept()
    when_modal(None, person)
    page.edit_person(new=True)
    assert [p.data.full_name for p in page.persons.rows] == ["Hoàng Văn Sính"]

    def event(dialog: ActivityEditDialog):
        ui = dialog.ui
        ui.typeCombo.setCurrentText("Tuyên truyền")
        ui.dateEdit.setText(f"19/08/{YEAR}")
        ui.campaignCombo.setCurrentIndex(ui.campaignCombo.findData("ngay_hoi_antq"))
        ui.areaCombo.setCurrentIndex(1)
        ui.channelCombo.setCurrentText("Sinh hoạt tôn giáo, dòng họ")
        ui.audienceEdit.setText("250")
        ui.contentEdit.setPlainText("Tuyên truyền tại điểm nhóm Tin Lành")
        ui.personsList.item(0).setCheckState(ui.personsList.item(0).checkState().Checked)
        dialog.accept()
    when_modal(None, event)
    page.add_activity()

    status = {s.campaign.code: s.done for s in page.checklist.rows}
    assert status["ngay_hoi_antq"] is True
    assert "Tất cả địa bàn trọng điểm đã được tuyên truyền" in page.ui.uncoveredText.toPlainText()
    assert [(c.sessions, c.audience) for c in page.coverage.rows] == [(1, 250)]
    assert persons.list_persons(database)[0].activity_count == 1
    assert page.ui.activitySummary.text() == f"1 hoạt động trong năm {YEAR}."


def test_propaganda_without_channel_stays_open(qtbot, page, database):
    dialog = ActivityEditDialog(database, EDITOR_USER, day=date(YEAR, 5, 1))
    qtbot.addWidget(dialog)
    dialog.ui.typeCombo.setCurrentText("Tuyên truyền")
    dialog.ui.contentEdit.setPlainText("Tuyên truyền phòng chống ma túy")
    dialog.accept()
    assert dialog.result() == 0 and "cần ghi hình thức" in dialog.ui.errorLabel.text()
    assert activities.list_activities(database) == []


def test_double_clicking_a_campaign_day_preselects_the_campaign(qtbot, page, database):
    def record(dialog: ActivityEditDialog):
        assert dialog.ui.campaignCombo.currentData() == "ngay_hoi_antq"
        assert dialog.ui.dateEdit.text() == f"19/08/{YEAR}"
        dialog.ui.typeCombo.setCurrentText("Ngày hội")
        dialog.ui.contentEdit.setPlainText("Ngày hội toàn dân tại thôn")
        dialog.accept()
        assert dialog.ui.errorLabel.text() == ""
    when_modal(None, record)
    page.ui.calendar.activated.emit(QDate(YEAR, 8, 19))
    assert [a.data.campaign_code for a in activities.list_activities(database)] == ["ngay_hoi_antq"]
    assert {s.campaign.code: s.done for s in page.checklist.rows}["ngay_hoi_antq"] is True
