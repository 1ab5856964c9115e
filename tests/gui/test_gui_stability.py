"""The window never aborts: refreshing pages keeps Python's reference count of None steady (a binding that hands
None back without a reference makes Python abort with "Fatal Python error: none_dealloc"), and the installation
check opens every page on a province's data, twice in a row."""

import gc
import os
import subprocess
import sys

import pytest
from PySide6.QtCore import QEvent
from PySide6.QtWidgets import QApplication

from antt_desktop.config import resolve_paths
from antt_desktop.domain.units import Level
from antt_desktop.gui.main_window import AREAS, MainWindow
from antt_desktop.services.admin.setup import SetupRequest, initialize
from antt_desktop.services.demo import demo
from tests.conftest import ADMIN_USER

ROUNDS = {"commune": 30, "province": 8}  # times every page is refreshed (10 pages a round)


def _refresh_everything(window: MainWindow) -> None:
    for index in range(len(AREAS)):
        page = window.page(index)
        if hasattr(page, "refresh"):
            page.refresh()


def _settle(qtbot) -> None:
    """Windows of earlier tests deleted and collected, so that only this test's refreshes move the count."""
    for _ in range(2):
        gc.collect()
        QApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
        qtbot.wait(20)


@pytest.mark.parametrize("scale", ["commune", "province"])
def test_refreshing_every_page_hundreds_of_times_keeps_none_alive(qtbot, tmp_path, database, scale):
    if scale == "commune":
        demo.fill_commune(database, ADMIN_USER)
        data = database
    else:
        data = initialize(resolve_paths(tmp_path / "tinh"), SetupRequest(Level.PROVINCE, "08"))
        demo.fill_province(data, ADMIN_USER, areas_per_commune=1)
    window = MainWindow(data, ADMIN_USER, "vi")
    qtbot.addWidget(window)
    window.show()
    _refresh_everything(window)  # builds every page and fills Qt's caches
    _settle(qtbot)
    before = sys.getrefcount(None)
    for _ in range(ROUNDS[scale]):
        _refresh_everything(window)
    _settle(qtbot)
    assert sys.getrefcount(None) >= before - 10, "the references to None fall: a binding call leaks"
    window.close()
    if data is not database:
        data.close()


def test_check_pages_passes_twice_in_a_row_on_province_data(tmp_path):
    data, password = tmp_path / "tinh", tmp_path / "mat-khau"
    password.write_text("antt2026", encoding="utf-8")
    environment = dict(os.environ, ANTT_USER="admin", ANTT_PASSWORD_FILE=str(password), QT_QPA_PLATFORM="offscreen")
    bin_dir = os.path.dirname(sys.executable)
    demo_run = subprocess.run([os.path.join(bin_dir, "antt"), "demo", "--scale", "province", "--data-dir", str(data)],
                              env=environment, capture_output=True, text=True, timeout=600)
    assert demo_run.returncode == 0, demo_run.stderr
    for _ in range(2):
        check = subprocess.run([os.path.join(bin_dir, "antt-desktop"), "--data-dir", str(data), "--user", "admin",
                                "--password-file", str(password), "--check-pages"],
                               env=environment, capture_output=True, text=True, timeout=600)
        assert check.returncode == 0, check.stderr[-2000:]
        assert "10 work areas opened" in check.stdout
