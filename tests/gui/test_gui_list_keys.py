"""The same keyboard on every list page: Ctrl+N add, Enter open, Del delete after asking, Ctrl+Z bring back
the last deletion, Ctrl+F the search field."""

from datetime import date

import pytest
from PySide6.QtCore import QDate, Qt
from PySide6.QtWidgets import QApplication

from antt_desktop.domain.areas import AreaInput
from antt_desktop.domain.campaigns import ActivityInput
from antt_desktop.domain.security_models import ModelInput
from antt_desktop.domain.teams import TeamInput
from antt_desktop.gui.main_window import CAMPAIGNS, FORCES, MODELS, PLANS, MainWindow
from antt_desktop.services.areas import areas
from antt_desktop.services.campaigns import activities
from antt_desktop.services.forces import teams
from antt_desktop.services.plans import plans
from antt_desktop.services.plans.plans import PLAN_KINDS, PlanInput
from antt_desktop.services.security_models import security_models as models
from tests.conftest import EDITOR_USER, VIEWER_USER
from tests.gui_helpers import press_accept, when_modal

pytestmark = pytest.mark.usefixtures("vietnamese")


def _page(qtbot, database, index, user=EDITOR_USER):
    window = MainWindow(database, user, "vi")
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    window.ui.sidebar.setCurrentRow(index)
    page = window.page(index)
    window.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window)  # shortcuts reach the active window only
    return window, page


def _press(qtbot, widget, key, modifier=Qt.KeyboardModifier.NoModifier) -> None:
    """A key typed in ``widget`` once its window is active again (a dialog closed by the test may leave none)."""
    widget.window().activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is widget.window())
    widget.setFocus()
    qtbot.keyClick(widget, key, modifier)


def _titles_of_next_dialog() -> list[str]:
    seen: list[str] = []
    when_modal(None, lambda dialog: (seen.append(dialog.windowTitle()), dialog.reject()))
    return seen


def test_models_page_keyboard(qtbot, database):
    models.create_model(database, EDITOR_USER, ModelInput("Camera an ninh", "phong_chong_toi_pham",
                                                           scope_kind="agency", scope_name="Trường THCS"))
    window, page = _page(qtbot, database, MODELS)
    table = page.ui.modelTable
    table.setFocus()
    seen = _titles_of_next_dialog()
    _press(qtbot, table, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)
    assert seen == ["Thêm mô hình"]

    table.selectRow(0)
    seen = _titles_of_next_dialog()
    _press(qtbot, table, Qt.Key.Key_Return)
    assert seen == ["Mô hình: Camera an ninh"]

    table.selectRow(0)
    questions: list[str] = []
    when_modal(None, lambda box: (questions.append(box.text()), press_accept(box)))
    _press(qtbot, table, Qt.Key.Key_Delete)
    assert questions and questions[0].startswith("Xóa “Camera an ninh”?")
    assert models.list_models(database) == [] and page.table.rows == []
    assert window.statusBar().currentMessage() == "Đã xóa “Camera an ninh”. Bấm Ctrl+Z để hoàn tác."

    _press(qtbot, table, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert [m.data.name for m in models.list_models(database)] == ["Camera an ninh"]
    assert [r.data.name for r in page.table.rows] == ["Camera an ninh"]
    assert window.statusBar().currentMessage() == "Đã khôi phục “Camera an ninh”."

    _press(qtbot, table, Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier)
    assert QApplication.focusWidget() is page.ui.searchEdit


def test_cancelled_delete_keeps_the_record_and_viewers_get_no_dialog(qtbot, database):
    models.create_model(database, EDITOR_USER, ModelInput("Camera an ninh", "phong_chong_toi_pham",
                                                           scope_kind="agency", scope_name="Trường THCS"))
    window, page = _page(qtbot, database, MODELS)
    page.ui.modelTable.setFocus()
    page.ui.modelTable.selectRow(0)
    when_modal(None, lambda box: box.reject())
    _press(qtbot, page.ui.modelTable, Qt.Key.Key_Delete)
    assert [m.data.name for m in models.list_models(database)] == ["Camera an ninh"]

    window, page = _page(qtbot, database, MODELS, VIEWER_USER)
    page.ui.modelTable.setFocus()
    _press(qtbot, page.ui.modelTable, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)
    assert QApplication.activeModalWidget() is None


def test_activities_and_members_delete_and_undo(qtbot, database):
    activities.save_activity(database, EDITOR_USER, ActivityInput("Hội nghị", date(2025, 3, 5), "Hội nghị dân vận"))
    window, page = _page(qtbot, database, CAMPAIGNS)
    page.ui.yearSpin.setValue(2025)
    page.ui.tabs.setCurrentWidget(page.ui.activitiesTab)
    table = page.ui.activityTable
    table.setFocus()
    table.selectRow(0)
    when_modal(None, press_accept)
    _press(qtbot, table, Qt.Key.Key_Delete)
    assert activities.list_activities(database) == []
    _press(qtbot, table, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert [a.data.content for a in activities.list_activities(database)] == ["Hội nghị dân vận"]
    page.ui.tabs.setCurrentWidget(page.ui.calendarTab)
    _press(qtbot, page, Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier)
    assert page.ui.tabs.currentWidget() is page.ui.activitiesTab
    assert QApplication.focusWidget() is page.ui.searchEdit


def test_teams_tab_ctrl_n_adds_a_team_and_del_undo_restores_it(qtbot, database):
    area = areas.create_area(database, EDITOR_USER, AreaInput("Thôn Đông"))
    teams.create_team(database, EDITOR_USER, TeamInput("Tổ bảo vệ ANTT thôn Đông", "to_bao_ve_antt", area.id,
                                                       {"to_truong": 1}))
    window, page = _page(qtbot, database, FORCES)
    page.ui.tabs.setCurrentWidget(page.ui.teamsTab)
    table = page.ui.teamTable
    table.setFocus()
    seen = _titles_of_next_dialog()
    _press(qtbot, table, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)
    assert seen == ["Thêm tổ/đội"]
    table.selectRow(0)
    when_modal(None, press_accept)
    _press(qtbot, table, Qt.Key.Key_Delete)
    assert teams.list_teams(database) == []
    _press(qtbot, table, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert [t.name for t in teams.list_teams(database)] == ["Tổ bảo vệ ANTT thôn Đông"]


def test_plans_page_ctrl_n_adds_a_plan_and_ctrl_z_brings_back_a_deleted_one(qtbot, database):
    plans.save_plan(database, EDITOR_USER, PlanInput(PLAN_KINDS[0], "12/KH-UBND", date(2025, 1, 10), "UBND xã",
                                                     2025))
    window, page = _page(qtbot, database, PLANS)
    page.ui.yearSpin.setValue(2025)
    seen = _titles_of_next_dialog()
    _press(qtbot, page.ui.planTable, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)
    assert len(seen) == 1
    page.ui.planTable.selectRow(0)
    when_modal(None, press_accept)
    _press(qtbot, page.ui.planTable, Qt.Key.Key_Delete)
    assert plans.list_plans(database, 2025) == []
    _press(qtbot, page.ui.planTable, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert [p.data.number for p in plans.list_plans(database, 2025)] == ["12/KH-UBND"]
    assert [p.data.number for p in page.plans.rows] == ["12/KH-UBND"]


def test_enter_on_the_day_list_opens_that_days_activity(qtbot, database):
    activities.save_activity(database, EDITOR_USER, ActivityInput("Hội nghị", date(2025, 3, 5), "Hội nghị dân vận"))
    window, page = _page(qtbot, database, CAMPAIGNS)
    page.ui.yearSpin.setValue(2025)
    page.ui.tabs.setCurrentWidget(page.ui.calendarTab)
    page.ui.calendar.setSelectedDate(QDate(2025, 3, 5))
    page.ui.dayTable.selectRow(0)
    seen = _titles_of_next_dialog()
    _press(qtbot, page.ui.dayTable, Qt.Key.Key_Return)
    assert seen == ["Sửa hoạt động"]
