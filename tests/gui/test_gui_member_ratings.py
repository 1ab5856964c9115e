"""Xếp loại năm… on the Lực lượng page: the team's members rated with the keyboard, the cap shown live and
enforced, the rating in the member's history, the dialog on a 1366×728 screen."""

from datetime import date

import pytest
from PySide6.QtCore import QRect, Qt
from PySide6.QtWidgets import QComboBox, QDialogButtonBox

from antt_desktop.domain.areas import AreaInput
from antt_desktop.domain.member_rating import rating_rules
from antt_desktop.domain.teams import TeamInput, default_quotas
from antt_desktop.gui.forces.member_dialog import MemberDialog
from antt_desktop.gui.forces.rating_dialog import RatingDialog
from antt_desktop.gui.forces.rating_table_model import LEVEL
from antt_desktop.gui.main_window import FORCES, MainWindow
from antt_desktop.gui.screen_fit import TITLE_BAR, fit_window
from antt_desktop.services.areas import areas
from antt_desktop.services.forces import member_ratings, teams
from tests.conftest import EDITOR_USER, VIEWER_USER
from tests.gui_helpers import when_modal
from tests.rating_figures import NA_VA, small_commune

pytestmark = pytest.mark.usefixtures("vietnamese")
SCREEN = QRect(0, 0, 1366, 728)


@pytest.fixture
def commune(database):
    return small_commune(database)


def _page(qtbot, database, user=EDITOR_USER):
    window = MainWindow(database, user, "vi")
    qtbot.addWidget(window)
    window.ui.sidebar.setCurrentRow(FORCES)
    page = window.page(FORCES)
    page.ui.tabs.setCurrentWidget(page.ui.teamsTab)
    return page


def _select_team(page, name):
    table, proxy = page.ui.teamTable, page.team_proxy
    row = next(r for r in range(proxy.rowCount()) if proxy.index(r, 0).data() == name)
    table.selectRow(row)


def test_rating_a_team_with_the_keyboard_and_the_cap_live(qtbot, database, commune):
    page = _page(qtbot, database)
    area = areas.create_area(database, EDITOR_USER, AreaInput("Thôn Bản Pài"))
    teams.create_team(database, EDITOR_USER, TeamInput("Đội dân phòng thôn Bản Pài", "dan_phong", area.id,
                                                       default_quotas("dan_phong")))
    page.refresh()
    _select_team(page, "Đội dân phòng thôn Bản Pài")
    assert not page.ui.rateTeamButton.isEnabled()  # only the Tổ bảo vệ ANTT are rated
    _select_team(page, "Tổ bảo vệ ANTT thôn Nà Va")
    assert page.ui.rateTeamButton.isEnabled() and page.ui.rateTeamButton.text() == "&Xếp loại thành viên năm…"
    year = rating_rules().last_ended_year(date.today())
    seen = {}

    def rate(dialog: RatingDialog):
        ui, model = dialog.ui, dialog.model
        assert ui.yearSpin.value() == year
        assert ui.periodLabel.text() == f"Kỳ xếp loại: 15/11/{year - 1} – 14/11/{year}"
        assert {e.full_name for e in model.entries} == set(NA_VA) and ui.capLabel.text() == "Xuất sắc: 0/0 tối đa"
        table = ui.ratingTable
        table.setFocus()
        assert table.currentIndex().column() == LEVEL and table.currentIndex().row() == 0
        qtbot.keyClick(table, Qt.Key.Key_F2)  # the level combo opens on the first member
        [editor] = table.viewport().findChildren(QComboBox)
        assert isinstance(editor, QComboBox) and editor.itemText(1) == "Hoàn thành xuất sắc nhiệm vụ"
        qtbot.keyClick(editor, Qt.Key.Key_Down)
        qtbot.keyClick(editor, Qt.Key.Key_Tab)  # commits and moves on
        assert model.levels[0] == "xuat_sac"
        assert ui.capLabel.text() == "Xuất sắc: 1/1 tối đa"
        for row in range(1, 7):
            model.setData(model.index(row, LEVEL), "tot")
        model.setData(model.index(1, LEVEL), "xuat_sac")
        assert ui.capLabel.text() == "Xuất sắc: 2/1 tối đa — vượt giới hạn"
        marked = [row for row in range(7) if model.index(row, 0).data(Qt.ItemDataRole.BackgroundRole) is not None]
        assert marked == [0, 1]
        dialog.accept()  # refused: the dialog stays open with the reason
        assert dialog.isVisible()
        first, second = model.entries[0].full_name, model.entries[1].full_name
        assert ui.errorLabel.text() == (
            "Tổ bảo vệ ANTT thôn Nà Va có 7 thành viên được xếp loại: nhiều nhất 1 người được xếp Hoàn thành xuất "
            f"sắc nhiệm vụ; đang chọn 2: {first}, {second}. Hãy xếp 1 người xuống mức thấp hơn.")
        assert member_ratings.list_ratings(database, year) == []
        model.setData(model.index(1, LEVEL), "tot")
        model.setData(model.index(1, 3), "Tham gia đủ các đợt tuần tra")
        seen.update(first=model.entries[0], second=model.entries[1])
        dialog.accept()
        assert not dialog.isVisible()

    when_modal(qtbot, rate)
    page.rate_team()
    rows = {r.full_name: (r.level, r.note) for r in member_ratings.list_ratings(database, year)}
    assert len(rows) == 7 and rows[seen["first"].full_name] == ("xuat_sac", "")
    assert rows[seen["second"].full_name] == ("tot", "Tham gia đủ các đợt tuần tra")

    member = MemberDialog(database, EDITOR_USER, page.team_rows, seen["second"].member_id)
    qtbot.addWidget(member)
    timeline = member.timeline
    lines = [(timeline.index(r, 1).data(), timeline.index(r, 4).data()) for r in range(timeline.rowCount())]
    assert (f"Xếp loại năm {year}: Hoàn thành tốt nhiệm vụ", "Tham gia đủ các đợt tuần tra") in lines
    assert timeline.index(len(lines) - 1, 0).data() == f"14/11/{year}"  # dated at the end of the period, in order


def test_a_viewer_sees_the_ratings_without_changing_them_and_the_dialog_fits(qtbot, database, commune):
    year = rating_rules().last_ended_year(date.today())
    member_ratings.save_ratings(database, EDITOR_USER, commune.na_va, year,
                                {commune.ids[NA_VA[0]]: ("xuat_sac", "")})
    page = _page(qtbot, database, VIEWER_USER)
    dialog = RatingDialog(database, VIEWER_USER, next(t for t in page.team_rows if t.id == commune.na_va), False,
                          page)
    qtbot.addWidget(dialog)
    assert dialog.model.levels.count("xuat_sac") == 1 and dialog.ui.capLabel.text() == "Xuất sắc: 1/1 tối đa"
    index = dialog.model.index(0, LEVEL)
    assert not dialog.model.flags(index) & Qt.ItemFlag.ItemIsEditable
    assert not dialog.ui.buttonBox.button(QDialogButtonBox.StandardButton.Save).isEnabled()
    fit_window(dialog, SCREEN.adjusted(0, TITLE_BAR, 0, 0))
    dialog.show()
    qtbot.wait(10)
    assert dialog.width() <= SCREEN.width() and dialog.height() <= SCREEN.height() - TITLE_BAR
    dialog.ui.yearSpin.setValue(year - 1)  # another year: its own period, nothing rated yet
    assert dialog.ui.periodLabel.text() == f"Kỳ xếp loại: 15/11/{year - 2} – 14/11/{year - 1}"
    assert dialog.model.rowCount() == 7 and set(dialog.model.levels) == {""}
    dialog.reject()


def test_changing_year_asks_before_dropping_levels_not_saved(qtbot, database, commune):
    year = rating_rules().last_ended_year(date.today())
    page = _page(qtbot, database)
    dialog = RatingDialog(database, EDITOR_USER, next(t for t in page.team_rows if t.id == commune.khuoi_ma), True,
                          page)
    qtbot.addWidget(dialog)
    dialog.model.setData(dialog.model.index(0, LEVEL), "tot")
    asked = []
    when_modal(qtbot, lambda box: asked.append(box.text()))  # left open: rejected, the levels are kept
    dialog.ui.yearSpin.setValue(year - 1)
    assert asked == [f"Các mức đã chọn cho năm {year} chưa được lưu. Bỏ chúng và xem năm khác?"]
    assert dialog.ui.yearSpin.value() == year and dialog.model.levels[0] == "tot"
    dialog.model.setData(dialog.model.index(0, LEVEL), "")
    dialog.accept()  # saved (nothing rated): no more questions
    assert member_ratings.list_ratings(database, year) == []
