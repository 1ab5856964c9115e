"""One way to run an operation: on one database worker, in order; a refusal shown as worded; anything else
logged with its traceback and shown with details to copy, what was typed kept; changes refresh open pages."""

import sys
import threading

import pytest
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication

from antt_desktop.domain.areas import AreaInput
from antt_desktop.error_log import install_log
from antt_desktop.gui import error_dialog, ops
from antt_desktop.gui.areas.area_dialog import AreaDialog
from antt_desktop.gui.main_window import FORCES, RESIDENTIAL_AREAS, MainWindow
from antt_desktop.services.areas import areas
from antt_desktop.services.auth import login
from tests.conftest import ADMIN, PASSWORD
from tests.gui_helpers import when_modal

pytestmark = pytest.mark.usefixtures("vietnamese")


@pytest.fixture
def log_file(tmp_path):
    saved = sys.excepthook, threading.excepthook
    path = install_log(tmp_path / "logs" / "antt-desktop.log")
    error_dialog.install_error_hooks(path)
    yield path
    sys.excepthook, threading.excepthook = saved


def _read_error_dialog(seen: list):
    def act(dialog):
        seen.append((dialog.windowTitle(), dialog.ui.messageLabel.text(), dialog.ui.detailsEdit.toPlainText()))
        dialog.ui.copyButton.click()
        dialog.reject()
    return act


def _broken():
    raise ZeroDivisionError("chia cho 0 trong dịch vụ")


def test_unexpected_error_is_logged_and_shown_with_details_to_copy(qtbot, log_file):
    seen = []
    when_modal(qtbot, _read_error_dialog(seen))
    assert ops.run(None, _broken) is False
    [(title, message, details)] = seen
    assert title == "Lỗi không mong muốn"
    assert message.startswith("Đã xảy ra lỗi mà chương trình không lường trước. Dữ liệu đã lưu trước đó vẫn giữ")
    assert "ZeroDivisionError: chia cho 0 trong dịch vụ" in details and "_broken" in details
    assert QApplication.clipboard().text() == details
    logged = log_file.read_text(encoding="utf-8")
    assert "ZeroDivisionError: chia cho 0 trong dịch vụ" in logged and "Traceback" in logged


def test_a_form_keeps_what_was_typed_when_its_save_fails_unexpectedly(qtbot, log_file):
    seen = []
    dialog = AreaDialog(lambda data: _broken())
    qtbot.addWidget(dialog)
    dialog.ui.nameEdit.setText("Thôn Nà Va")
    when_modal(qtbot, _read_error_dialog(seen))
    dialog.accept()
    assert len(seen) == 1 and dialog.result() == 0
    assert dialog.ui.errorLabel.text() == ops.UNEXPECTED
    assert dialog.ui.nameEdit.text() == "Thôn Nà Va"


def test_a_refusal_is_shown_as_worded_and_nothing_is_logged(qtbot, database, log_file):
    user = login(database, ADMIN, PASSWORD)
    seen = []
    when_modal(qtbot, lambda box: seen.append(box.text()))
    assert not ops.run(None, lambda: areas.create_area(database, user, AreaInput(name="")))
    assert seen and "tên" in seen[0].lower()
    assert not log_file.exists() or "Traceback" not in log_file.read_text(encoding="utf-8")


def test_operations_run_on_one_worker_in_the_order_asked(qtbot):
    order, names = [], []
    jobs = [ops.Job(lambda _p, _c, n=n: (order.append(n), names.append(threading.current_thread().name))).start()
            for n in range(5)]
    order.append("call")
    ops.call(lambda: order.append("after the jobs"))
    for job in jobs:
        job.wait()
    assert order[-1] == "after the jobs"
    assert [n for n in order if isinstance(n, int)] == [0, 1, 2, 3, 4]
    assert set(names) == {names[0]} and names[0].startswith("antt-database")
    assert ops.call(threading.current_thread) is not threading.main_thread()


@pytest.mark.qt_no_exception_capture
def test_an_error_in_a_slot_or_a_thread_is_logged_and_shown(qtbot, log_file):
    seen = []
    when_modal(qtbot, _read_error_dialog(seen))
    QTimer.singleShot(0, _broken)
    qtbot.waitUntil(lambda: len(seen) == 1, timeout=5000)
    when_modal(qtbot, _read_error_dialog(seen))
    worker = threading.Thread(target=_broken, name="bao-cao")
    worker.start()
    worker.join()
    qtbot.waitUntil(lambda: len(seen) == 2, timeout=5000)
    assert all("ZeroDivisionError" in details for _t, _m, details in seen)
    assert log_file.read_text(encoding="utf-8").count("ZeroDivisionError: chia cho 0") >= 2


def test_pages_showing_what_changed_refresh(qtbot, database):
    user = login(database, ADMIN, PASSWORD)
    window = MainWindow(database, user, "vi")
    qtbot.addWidget(window)
    window.ui.sidebar.setCurrentRow(RESIDENTIAL_AREAS)
    area_page = window.page(RESIDENTIAL_AREAS)
    before = area_page.model.rowCount()
    # an operation from elsewhere (an import, another window): the page on screen refreshes at once
    ops.call(areas.create_area, database, user, AreaInput(name="Thôn Nà Va"), changes={ops.AREAS})
    assert area_page.model.rowCount() == before + 1
    # a page not on screen refreshes when it is next shown
    window.ui.sidebar.setCurrentRow(FORCES)
    ops.call(areas.create_area, database, user, AreaInput(name="Thôn Bản Ché"), changes={ops.AREAS})
    assert area_page.model.rowCount() == before + 1
    window.ui.sidebar.setCurrentRow(RESIDENTIAL_AREAS)
    assert area_page.model.rowCount() == before + 2
