"""Báo cáo: choose a report, a year and a format; preview it as PDF pages (page and zoom controls), print it, or
save it; built on a worker thread. The signer's title and name printed under every report are kept here."""

from __future__ import annotations

import tempfile
from datetime import date
from pathlib import Path

from PySide6.QtCore import QPointF, Qt
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtPdf import QPdfDocument
from PySide6.QtPdfWidgets import QPdfView
from PySide6.QtPrintSupport import QAbstractPrintDialog, QPrintDialog, QPrinter
from PySide6.QtWidgets import QApplication, QFileDialog, QListWidgetItem, QWidget

from antt_desktop.gui import ops
from antt_desktop.gui.forms.reports.reports_page_ui import Ui_ReportsPage
from antt_desktop.gui.reports.report_printing import prepare, print_pages
from antt_desktop.services.auth import CurrentUser
from antt_desktop.services.database import Database
from antt_desktop.services.reports.report_data import save_signer, signer
from antt_desktop.services.reports.reports import FORMATS, REPORTS, render

FORMAT_LABELS = {"pdf": "PDF (in, ký)", "docx": "Word (sửa trước khi ký)", "xlsx": "Excel"}
ZOOM_STEPS = (0.5, 0.67, 0.8, 1.0, 1.25, 1.5, 2.0, 3.0)


class ReportsPage(QWidget):
    def __init__(self, database: Database, user: CurrentUser, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ui = Ui_ReportsPage()
        self.ui.setupUi(self)
        self.database, self.user = database, user
        self.job: ops.Job | None = None
        self._preview_dir = Path(tempfile.mkdtemp(prefix="antt-report-"))
        for spec in REPORTS.values():
            item = QListWidgetItem(spec.title, self.ui.reportList)
            item.setData(Qt.ItemDataRole.UserRole, spec.name)
        self.ui.reportList.setCurrentRow(len(REPORTS) - 1)
        for code in FORMATS:
            self.ui.formatCombo.addItem(FORMAT_LABELS[code], code)
        for code, label in ((None, self.tr("The commune (at an upper level: the communes below)")),
                            ("khu_dan_cu", self.tr("Every residential area")), ("co_quan", self.tr("Every agency"))):
            self.ui.subjectCombo.addItem(label, code)
        self.ui.reportList.currentItemChanged.connect(lambda _now, _before: self._subjects_apply())
        self._subjects_apply()
        self.ui.yearSpin.setValue(date.today().year)
        self.document = QPdfDocument(self)
        self.view = QPdfView(self)
        self.view.setDocument(self.document)
        self.view.setPageMode(QPdfView.PageMode.MultiPage)
        self.view.setZoomMode(QPdfView.ZoomMode.FitToWidth)
        self.ui.previewLayout.addWidget(self.view)
        self.ui.splitter.setSizes([330, 870])
        self.ui.mainLayout.setStretch(1, 1)
        self.ui.progressBar.hide()
        self.ui.previewButton.clicked.connect(self.preview)
        self.ui.saveButton.clicked.connect(self.save)
        self.ui.reportList.itemDoubleClicked.connect(lambda _item: self.preview())
        title, name = signer(database)
        self.ui.signerTitleEdit.setText(title)
        self.ui.signerNameEdit.setText(name)
        self.ui.signerTitleEdit.editingFinished.connect(self._keep_signer)
        self.ui.signerNameEdit.editingFinished.connect(self._keep_signer)
        self._wire_preview_tools()

    def _wire_preview_tools(self) -> None:
        ui = self.ui
        ui.printButton.clicked.connect(self.print_report)
        ui.previousButton.clicked.connect(lambda: self.go_to_page(self.current_page - 1))
        ui.nextButton.clicked.connect(lambda: self.go_to_page(self.current_page + 1))
        ui.pageSpin.valueChanged.connect(self.go_to_page)
        ui.zoomInButton.clicked.connect(lambda: self.zoom(+1))
        ui.zoomOutButton.clicked.connect(lambda: self.zoom(-1))
        ui.fitWidthButton.clicked.connect(self.fit_width)
        self.view.pageNavigator().currentPageChanged.connect(self._page_shown)
        self.view.zoomFactorChanged.connect(lambda _factor: self._show_zoom())
        for keys, action in ((QKeySequence.StandardKey.Print, self.print_report),
                             (QKeySequence.StandardKey.ZoomIn, lambda: self.zoom(+1)),
                             (QKeySequence.StandardKey.ZoomOut, lambda: self.zoom(-1)),
                             (QKeySequence(Qt.Key.Key_PageDown), lambda: self.go_to_page(self.current_page + 1)),
                             (QKeySequence(Qt.Key.Key_PageUp), lambda: self.go_to_page(self.current_page - 1))):
            QShortcut(QKeySequence(keys), self, action, Qt.ShortcutContext.WidgetWithChildrenShortcut)
        self._update_tools()

    @property
    def current_page(self) -> int:
        """1-based, as the page box shows it."""
        return self.view.pageNavigator().currentPage() + 1

    def go_to_page(self, number: int) -> None:
        if 1 <= number <= self.document.pageCount() and number != self.current_page:
            self.view.pageNavigator().jump(number - 1, QPointF(), self.view.pageNavigator().currentZoom())

    def _page_shown(self, index: int) -> None:
        self.ui.pageSpin.blockSignals(True)
        self.ui.pageSpin.setValue(index + 1)
        self.ui.pageSpin.blockSignals(False)
        self._update_tools()

    def zoom(self, step: int) -> None:
        if not self.document.pageCount():
            return
        factor = self.view.zoomFactor() if self.view.zoomMode() == QPdfView.ZoomMode.Custom else self._fitted_zoom()
        steps = [z for z in ZOOM_STEPS if (z > factor + 0.01 if step > 0 else z < factor - 0.01)]
        if steps:
            self.view.setZoomMode(QPdfView.ZoomMode.Custom)
            self.view.setZoomFactor(steps[0] if step > 0 else steps[-1])
        self._show_zoom()

    def _fitted_zoom(self) -> float:
        """The zoom the fit-to-width mode shows, from the page's width in points and the view's."""
        width = self.document.pagePointSize(0).width() * self.logicalDpiX() / 72
        return (self.view.viewport().width() - 2 * self.view.documentMargins().left()) / max(width, 1.0)

    def fit_width(self) -> None:
        self.view.setZoomMode(QPdfView.ZoomMode.FitToWidth)
        self._show_zoom()

    def _show_zoom(self) -> None:
        fitted = self.view.zoomMode() == QPdfView.ZoomMode.FitToWidth
        factor = self._fitted_zoom() if fitted and self.document.pageCount() else self.view.zoomFactor()
        self.ui.zoomLabel.setText(f"{round(factor * 100)}%")

    def _update_tools(self) -> None:
        pages = self.document.pageCount()
        ui = self.ui
        for widget in (ui.printButton, ui.pageSpin, ui.zoomInButton, ui.zoomOutButton, ui.fitWidthButton):
            widget.setEnabled(pages > 0)
        ui.pageSpin.setMaximum(max(pages, 1))
        ui.pageCountLabel.setText(self.tr("of %1").replace("%1", str(pages)) if pages else "")
        ui.previousButton.setEnabled(pages > 0 and self.current_page > 1)
        ui.nextButton.setEnabled(pages > 0 and self.current_page < pages)
        self._show_zoom()

    def print_report(self) -> None:
        if not self.document.pageCount():
            return
        printer = QPrinter(QPrinter.PrinterMode.HighResolution)
        prepare(printer)
        dialog = QPrintDialog(printer, self)
        dialog.setWindowTitle(self.tr("Print the report"))
        dialog.setMinMax(1, self.document.pageCount())
        dialog.setOption(QAbstractPrintDialog.PrintDialogOption.PrintPageRange, True)
        dialog.setOption(QAbstractPrintDialog.PrintDialogOption.PrintCurrentPage, True)
        if dialog.exec() != QPrintDialog.DialogCode.Accepted:
            return
        first, last = 1, 0
        if printer.printRange() == QPrinter.PrintRange.PageRange:
            first, last = printer.fromPage(), printer.toPage()
        elif printer.printRange() == QPrinter.PrintRange.CurrentPage:
            first = last = self.current_page
        self.print_to(printer, first, last)

    def print_to(self, printer: QPrinter, first: int = 1, last: int = 0) -> None:
        QApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
        try:
            printed = print_pages(self.document, printer, first, last)
        finally:
            QApplication.restoreOverrideCursor()
        self.ui.statusLabel.setText(self.tr("Sent %1 pages to the printer.").replace("%1", str(printed)) if printed
                                    else self.tr("The printer could not be opened; check that it is on and ready."))

    def _keep_signer(self) -> None:
        title, name = self.ui.signerTitleEdit.text(), self.ui.signerNameEdit.text()
        if (title.strip(), name.strip()) != signer(self.database):
            save_signer(self.database, title, name)

    def _subjects_apply(self) -> None:
        """The choice of subjects only for the reports that take it (the year-end dossier)."""
        item = self.ui.reportList.currentItem()
        takes = item is not None and REPORTS[item.data(Qt.ItemDataRole.UserRole)].for_kind
        self.ui.subjectCombo.setEnabled(takes)
        self.ui.subjectLabel.setEnabled(takes)

    @property
    def unit_type(self) -> str | None:
        return self.ui.subjectCombo.currentData() if REPORTS[self.report_name].for_kind else None

    @property
    def report_name(self) -> str:
        return self.ui.reportList.currentItem().data(Qt.ItemDataRole.UserRole)

    def preview(self) -> None:
        out = self._preview_dir / f"{self.report_name}-{self.ui.yearSpin.value()}.pdf"
        self._build("pdf", out, show=True)

    def save(self) -> None:
        fmt = self.ui.formatCombo.currentData()
        name = f"{self.report_name}-{self.ui.yearSpin.value()}.{fmt}"
        path, _ = QFileDialog.getSaveFileName(self, self.tr("Save the report"), name, f"*.{fmt}")
        if path:
            self._build(fmt, Path(path), show=fmt == "pdf")

    def _build(self, fmt: str, out: Path, show: bool) -> None:
        if self.job is not None:
            return
        self._keep_signer()
        database, user, name, year = self.database, self.user, self.report_name, self.ui.yearSpin.value()
        unit_type = self.unit_type
        self.ui.progressBar.show()
        self.ui.statusLabel.setText(self.tr("Building the report…"))
        self.job = ops.Job(lambda _progress, _cancelled: render(database, user, name, year, fmt, out, unit_type),
                           parent=self)
        self.job.finished.connect(lambda path: self._done(Path(path), show))
        self.job.failed.connect(self._failed)
        self.job.start()

    def _done(self, path: Path, show: bool) -> None:
        self.job = None
        self.ui.progressBar.hide()
        if show:
            self.document.load(str(path))
            self.view.pageNavigator().jump(0, QPointF(), 0)
            self._page_shown(0)
        title = REPORTS[self.report_name].title
        self.ui.statusLabel.setText(self.tr("Ready: %1, %2 pages.").replace("%1", title)
                                    .replace("%2", str(self.document.pageCount()))
                                    if path.parent == self._preview_dir else
                                    self.tr("Saved: %1").replace("%1", str(path)))

    def _failed(self, message: str) -> None:
        self.job = None
        self.ui.progressBar.hide()
        self.ui.statusLabel.setText(message)
