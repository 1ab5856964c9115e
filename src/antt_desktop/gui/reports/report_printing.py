"""Printing a previewed report: each PDF page rendered at the printer's resolution and drawn on a sheet."""

from __future__ import annotations

from PySide6.QtCore import QRect, QSize, Qt
from PySide6.QtGui import QPageLayout, QPageSize, QPainter
from PySide6.QtPdf import QPdfDocument
from PySide6.QtPrintSupport import QPrinter

IMAGE_DPI = 300  # sharp on paper; a printer's 1200 dpi would make each page image half a gigabyte


def prepare(printer: QPrinter) -> None:
    """A4 portrait without the printer's own margins: the report carries those of Nghị định 30/2020."""
    printer.setPageSize(QPageSize(QPageSize.PageSizeId.A4))
    printer.setPageOrientation(QPageLayout.Orientation.Portrait)
    printer.setFullPage(True)


def print_pages(document: QPdfDocument, printer: QPrinter, first: int = 1, last: int = 0) -> int:
    """Print pages ``first``..``last`` (1-based, 0 for the last page); returns how many were printed."""
    last = document.pageCount() if not last else min(last, document.pageCount())
    painter = QPainter()
    if not painter.begin(printer):
        return 0
    printed = 0
    try:
        target = printer.pageLayout().fullRectPixels(printer.resolution())
        dpi = min(IMAGE_DPI, printer.resolution())
        for index in range(max(first, 1) - 1, last):
            if printed:
                printer.newPage()
            points = document.pagePointSize(index)
            size = QSize(round(points.width() * dpi / 72), round(points.height() * dpi / 72))
            image = document.render(index, size)
            scaled = image.size().scaled(target.size(), Qt.AspectRatioMode.KeepAspectRatio)
            painter.drawImage(QRect(0, 0, scaled.width(), scaled.height()), image)
            printed += 1
    finally:
        painter.end()
    return printed

