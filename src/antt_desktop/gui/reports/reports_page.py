"""Báo cáo: choose a report, a year and a format; preview it as PDF pages or save it, built on a worker thread."""

from __future__ import annotations

import tempfile
from datetime import date
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtPdf import QPdfDocument
from PySide6.QtPdfWidgets import QPdfView
from PySide6.QtWidgets import QFileDialog, QListWidgetItem, QWidget

from antt_desktop.gui.forms.reports.reports_page_ui import Ui_ReportsPage
from antt_desktop.gui.worker import Job, start
from antt_desktop.services.auth import CurrentUser
from antt_desktop.services.database import Database
from antt_desktop.services.reports import FORMATS, REPORTS, render

FORMAT_LABELS = {"pdf": "PDF (in, ký)", "docx": "Word (sửa trước khi ký)", "xlsx": "Excel"}


class ReportsPage(QWidget):
    def __init__(self, database: Database, user: CurrentUser, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ui = Ui_ReportsPage()
        self.ui.setupUi(self)
        self.database, self.user = database, user
        self.job: Job | None = None
        self._preview_dir = Path(tempfile.mkdtemp(prefix="antt-report-"))
        for spec in REPORTS.values():
            item = QListWidgetItem(spec.title, self.ui.reportList)
            item.setData(Qt.ItemDataRole.UserRole, spec.name)
        self.ui.reportList.setCurrentRow(len(REPORTS) - 1)
        for code in FORMATS:
            self.ui.formatCombo.addItem(FORMAT_LABELS[code], code)
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
        database, user, name, year = self.database, self.user, self.report_name, self.ui.yearSpin.value()
        self.ui.progressBar.show()
        self.ui.statusLabel.setText(self.tr("Building the report…"))
        self.job = Job(lambda _progress, _cancelled: render(database, user, name, year, fmt, out))
        self.job.signals.finished.connect(lambda path: self._done(Path(path), show))
        self.job.signals.failed.connect(self._failed)
        start(self.job)

    def _done(self, path: Path, show: bool) -> None:
        self.job = None
        self.ui.progressBar.hide()
        if show:
            self.document.load(str(path))
        self.ui.statusLabel.setText(self.tr("Ready: %1 (%2 pages).").replace("%1", str(path))
                                    .replace("%2", str(self.document.pageCount())) if show else
                                    self.tr("Saved: %1").replace("%1", str(path)))

    def _failed(self, message: str) -> None:
        self.job = None
        self.ui.progressBar.hide()
        self.ui.statusLabel.setText(message)
