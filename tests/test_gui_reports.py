"""Báo cáo and the dashboard in the desktop client: a preview built on a worker thread, charts, tiles."""

import pytest
from PySide6.QtWidgets import QPushButton

from antt_desktop.gui.main_window import FORCES, REPORTS, MainWindow
from antt_desktop.services import demo
from tests.conftest import ADMIN_USER

pytestmark = pytest.mark.usefixtures("vietnamese")


@pytest.fixture
def window(qtbot, database):
    demo.fill_commune(database, ADMIN_USER)
    window = MainWindow(database, ADMIN_USER, "vi")
    qtbot.addWidget(window)
    window.show()
    return window


def test_report_preview_shows_the_pages(qtbot, window):
    window.ui.sidebar.setCurrentRow(REPORTS)
    page = window.page(REPORTS)
    page.ui.reportList.setCurrentRow(2)  # models
    page.preview()
    qtbot.waitUntil(lambda: page.job is None, timeout=30000)
    assert page.document.pageCount() >= 1
    assert page.ui.statusLabel.text().startswith("Đã xong:")


def test_dashboard_charts_and_tiles(qtbot, window):
    overview = window.page(0)
    overview.refresh()
    assert overview.ui.chartsLayout.count() == 3
    [forces_button] = overview.ui.forcesBox.findChildren(QPushButton)
    assert forces_button.text() == "Mở danh sách →"
    forces_button.click()
    assert window.ui.sidebar.currentRow() == FORCES
