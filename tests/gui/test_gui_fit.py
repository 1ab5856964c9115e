"""Everything fits a 1366×768 screen with a taskbar (1366×728 usable): every page of the main window, with every
column of its tables in sight, and every dialog, with its buttons on screen — at a commune and at a province."""

from datetime import date

import pytest
from PySide6.QtCore import QRect
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QTableView, QTabWidget, QWidget

from antt_desktop.config import resolve_paths
from antt_desktop.domain.units import Level
from antt_desktop.gui.main_window import AREAS, MainWindow
from antt_desktop.gui.screen_fit import TITLE_BAR, fit_window
from antt_desktop.services.admin.setup import SetupRequest, initialize
from antt_desktop.services.areas import areas
from antt_desktop.services.demo import demo
from antt_desktop.services.evaluation import evaluations
from antt_desktop.services.forces import teams
from antt_desktop.services.security_models.typical_criteria import CriterionRow
from tests.conftest import ADMIN_USER

pytestmark = pytest.mark.usefixtures("vietnamese")
SCREEN = QRect(0, 0, 1366, 728)


@pytest.fixture(params=["commune", "province"])
def data(request, database, tmp_path):
    if request.param == "commune":
        demo.fill_commune(database, ADMIN_USER)
        yield database
        return
    province = initialize(resolve_paths(tmp_path / "tinh"), SetupRequest(Level.PROVINCE, "08"))
    demo.fill_province(province, ADMIN_USER, areas_per_commune=2)
    yield province
    province.close()


def _hidden_columns(view: QTableView) -> list[str]:
    """The headers of the columns that lie (partly) outside the table's visible width."""
    header, model = view.horizontalHeader(), view.model()
    width = view.viewport().width()
    return [str(model.headerData(c, header.orientation())) for c in range(model.columnCount())
            if not view.isColumnHidden(c) and header.sectionPosition(c) + header.sectionSize(c) > width + 1]


def _tables_in_sight(page: QWidget) -> list[QTableView]:
    return [view for view in page.findChildren(QTableView) if view.isVisible() and view.model() is not None
            and view.viewport().width() > 100]


def test_every_page_fits_with_its_columns_in_sight(qtbot, data):
    window = MainWindow(data, ADMIN_USER, "vi")
    qtbot.addWidget(window)
    window.setGeometry(SCREEN.adjusted(0, TITLE_BAR, 0, 0))
    window.show()
    checked = 0
    for index in range(len(AREAS)):
        window.ui.sidebar.setCurrentRow(index)
        page = window.ui.pages.currentWidget()
        tabs = page.findChild(QTabWidget)
        for tab in range(tabs.count() if tabs else 1):
            if tabs:
                tabs.setCurrentIndex(tab)
            qtbot.wait(30)
            where = f"{AREAS[index]}, tab {tab}"
            assert window.minimumSizeHint().width() <= SCREEN.width(), where
            assert window.minimumSizeHint().height() <= SCREEN.height() - TITLE_BAR, where
            assert window.width() <= SCREEN.width() and window.height() <= SCREEN.height() - TITLE_BAR, where
            for view in _tables_in_sight(page):
                assert _hidden_columns(view) == [], f"{where}: {view.objectName()}"
                assert view.horizontalScrollBar().maximum() == 0, f"{where}: {view.objectName()} scrolls sideways"
                checked += 1
    assert checked >= 15


def _dialogs(database, parent):
    from antt_desktop.gui.admin.admin_dialogs import PasswordDialog, UserDialog
    from antt_desktop.gui.areas.area_dialog import AreaDialog
    from antt_desktop.gui.campaigns.activity_edit_dialog import ActivityEditDialog
    from antt_desktop.gui.campaigns.small_dialogs import CampaignDialog, PersonDialog
    from antt_desktop.gui.evaluation.evaluation_dialogs import (
        CommendationDialog,
        DecisionDialog,
        OverrideDialog,
    )
    from antt_desktop.gui.evaluation.province_sheet import ProvinceSheetDialog
    from antt_desktop.gui.evaluation.score_sheet import ScoreSheetDialog
    from antt_desktop.gui.forces.end_service_dialog import EndServiceDialog
    from antt_desktop.gui.forces.event_dialog import EventDialog
    from antt_desktop.gui.forces.member_dialog import MemberDialog
    from antt_desktop.gui.forces.team_dialog import TeamDialog
    from antt_desktop.gui.plans.plan_dialogs import (
        CriterionDialog,
        FollowUpDialog,
        InspectionDialog,
        PlanDialog,
        RemedyDialog,
        TargetDialog,
    )
    from antt_desktop.gui.security_models.log_dialogs import ActivityDialog, ReviewDialog
    from antt_desktop.gui.security_models.model_dialog import ModelDialog
    from antt_desktop.gui.sync.directive_dialog import DirectiveDialog

    area_rows, team_rows = areas.list_areas(database), teams.list_teams(database)
    save = lambda *args: None  # noqa: E731
    long = "Chi bộ có nghị quyết, khu dân cư đăng ký phấn đấu đạt tiêu chuẩn “An toàn về an ninh, trật tự” " * 3
    return [
        ActivityEditDialog(database, ADMIN_USER, parent=parent),
        MemberDialog(database, ADMIN_USER, team_rows, parent=parent),
        ModelDialog(database, ADMIN_USER, area_rows, parent=parent),
        AreaDialog(save, parent=parent),
        TeamDialog(area_rows, save, parent=parent),
        EndServiceDialog("Nguyễn Văn An", save, parent),
        EventDialog("welfare", save, parent),
        PersonDialog(area_rows, save, parent=parent),
        CampaignDialog(save, parent),
        PlanDialog(save, date.today().year, parent=parent),
        TargetDialog(save, parent=parent),
        InspectionDialog({"": []}, save, parent),
        RemedyDialog(save, parent),
        FollowUpDialog(save, parent),
        CriterionDialog(CriterionRow("1", long, "", "", ""), save, parent),
        *(ScoreSheetDialog(database, ADMIN_USER, date.today().year, row, parent)
          for row in evaluations.subjects(database, date.today().year)[-2:]),  # an area and the commune
        DecisionDialog(save, parent),
        OverrideDialog("xa", "kha", "", "", save, parent),
        CommendationDialog(date.today().year, [("Thôn Nà Liềm", None, None)], save, parent),
        ActivityDialog(save, parent),
        ReviewDialog(save, parent),
        DirectiveDialog(save, parent),
        UserDialog(save, parent),
        PasswordDialog(database, ADMIN_USER, parent),
        ProvinceSheetDialog(database, ADMIN_USER, parent),
    ]


def test_every_dialog_fits_with_its_buttons_on_screen(qtbot, data):
    from antt_desktop.gui.help_window import HelpWindow

    parent = QWidget()
    qtbot.addWidget(parent)
    windows = [*_dialogs(data, parent), HelpWindow(parent)]
    for window in windows:
        fit_window(window, SCREEN.adjusted(0, TITLE_BAR, 0, 0))
        window.show()
        qtbot.wait(10)
        name = type(window).__name__
        assert window.width() <= SCREEN.width() and window.height() <= SCREEN.height() - TITLE_BAR, name
        assert window.minimumSizeHint().height() <= SCREEN.height() - TITLE_BAR, name
        for box in window.findChildren(QDialogButtonBox):
            if box.isVisible():
                bottom = box.mapTo(window, box.rect().bottomLeft()).y()
                assert bottom <= window.height(), f"{name}: its buttons are below the window"
        if isinstance(window, QDialog):
            window.reject()
        else:
            window.close()


def test_a_dialog_taller_than_the_screen_scrolls_and_keeps_its_buttons(qtbot):
    from PySide6.QtWidgets import QScrollArea, QTextEdit, QVBoxLayout

    dialog = QDialog()
    qtbot.addWidget(dialog)
    layout = QVBoxLayout(dialog)
    tall = QTextEdit(dialog)
    tall.setMinimumHeight(1000)
    layout.addWidget(tall)
    buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel, dialog)
    layout.addWidget(buttons)
    fit_window(dialog, SCREEN.adjusted(0, TITLE_BAR, 0, 0))
    dialog.show()
    qtbot.wait(10)
    assert dialog.height() <= SCREEN.height() - TITLE_BAR
    assert isinstance(tall.parent().parent().parent(), QScrollArea)  # contents → viewport → scroll area
    assert buttons.parent() is dialog and buttons.mapTo(dialog, buttons.rect().bottomLeft()).y() <= dialog.height()


def test_the_main_window_opens_maximised_then_as_it_was_left(qtbot, database):
    from antt_desktop.config import load_settings
    from antt_desktop.gui.screen_fit import GEOMETRY_KEY, show_main_window

    first = MainWindow(database, ADMIN_USER, "vi")
    qtbot.addWidget(first)
    show_main_window(first, database.paths)
    assert first.isMaximized()
    first.showNormal()
    first.setGeometry(40, 60, 700, 500)  # the test screen is small
    first.close()
    assert GEOMETRY_KEY in load_settings(database.paths)
    again = MainWindow(database, ADMIN_USER, "vi")
    qtbot.addWidget(again)
    show_main_window(again, database.paths)
    assert not again.isMaximized() and (again.width(), again.height()) == (700, 500)
