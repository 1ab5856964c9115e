"""Báo cáo and the dashboard in the desktop client: a preview built on a worker thread, charts, tiles."""

import pytest
from pypdf import PdfReader
from PySide6.QtPrintSupport import QPrinter
from PySide6.QtWidgets import QPushButton

from antt_desktop.gui.main_window import FORCES, REPORTS, MainWindow
from antt_desktop.services.demo import demo
from antt_desktop.services.reports.report_data import signer
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
    assert page.ui.statusLabel.text().startswith("Đã xong: Danh sách và phân loại mô hình")
    assert "/" not in page.ui.statusLabel.text() and "antt-report" not in page.ui.statusLabel.text()


def test_preview_pages_zoom_print_and_signer(qtbot, window, tmp_path):
    window.ui.sidebar.setCurrentRow(REPORTS)
    page = window.page(REPORTS)
    assert not page.ui.printButton.isEnabled()  # nothing to print yet
    page.ui.signerNameEdit.setText("Hoàng Văn Thụ")
    page.ui.signerNameEdit.editingFinished.emit()
    assert signer(window.database) == ("Trưởng Công an xã", "Hoàng Văn Thụ")
    page.ui.reportList.setCurrentRow(page.ui.reportList.count() - 1)  # the yearly report, several pages
    page.preview()
    qtbot.waitUntil(lambda: page.job is None, timeout=60000)
    pages = page.document.pageCount()
    assert pages >= 3 and page.ui.pageCountLabel.text() == f"/ {pages}" and page.ui.printButton.isEnabled()
    assert page.ui.pageSpin.value() == 1 and not page.ui.previousButton.isEnabled()
    page.ui.nextButton.click()
    qtbot.waitUntil(lambda: page.ui.pageSpin.value() == 2)
    page.ui.pageSpin.setValue(pages)
    qtbot.waitUntil(lambda: page.current_page == pages)
    assert not page.ui.nextButton.isEnabled()
    page.ui.zoomInButton.click()
    zoomed = page.ui.zoomLabel.text()
    page.ui.zoomInButton.click()
    assert int(page.ui.zoomLabel.text().rstrip("%")) > int(zoomed.rstrip("%"))
    page.ui.fitWidthButton.click()
    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    printer.setOutputFileName(str(tmp_path / "in.pdf"))
    page.print_to(printer, 2, 3)
    assert len(PdfReader(tmp_path / "in.pdf").pages) == 2
    assert page.ui.statusLabel.text() == "Đã gửi 2 trang tới máy in."


def test_dashboard_charts_and_tiles(qtbot, window):
    overview = window.page(0)
    overview.refresh()
    assert overview.ui.chartsLayout.count() == 3
    [forces_button] = overview.ui.forcesBox.findChildren(QPushButton)
    assert forces_button.text() == "Mở danh sách →"
    forces_button.click()
    assert window.ui.sidebar.currentRow() == FORCES
