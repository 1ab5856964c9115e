"""The user guide window (F1, Trợ giúp → Hướng dẫn sử dụng): chapters on the left, the page on the right,
back and forward, a search that ignores diacritics and marks what it found, printing."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, Qt, QUrl
from PySide6.QtGui import (
    QColor,
    QImageReader,
    QKeySequence,
    QShortcut,
    QStandardItem,
    QStandardItemModel,
    QTextCursor,
)
from PySide6.QtPrintSupport import QPrintDialog, QPrinter
from PySide6.QtWidgets import QTextEdit, QWidget

from antt_desktop.domain.text import search_key
from antt_desktop.gui.forms.help_window_ui import Ui_HelpWindow
from antt_desktop.services.admin import user_guide

FILE_ROLE = Qt.ItemDataRole.UserRole + 1


def folded(text: str) -> str:
    """The text without diacritics and in lower case, one character for each character, so positions match."""
    return "".join((search_key(ch) or ch.lower())[:1] for ch in text)


class HelpWindow(QWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent, Qt.WindowType.Window)
        self.ui = Ui_HelpWindow()
        self.ui.setupUi(self)
        self._file = ""
        self.chapters = QStandardItemModel(self)
        self.ui.chapterList.setModel(self.chapters)
        self.ui.splitter.setSizes([260, 920])
        browser = self.ui.browser
        browser.setSearchPaths([str(user_guide.guide_folder())])
        browser.viewport().installEventFilter(self)
        browser.backwardAvailable.connect(self.ui.backButton.setEnabled)
        browser.forwardAvailable.connect(self.ui.forwardButton.setEnabled)
        browser.sourceChanged.connect(self._page_shown)
        self.ui.backButton.clicked.connect(browser.backward)
        self.ui.forwardButton.clicked.connect(browser.forward)
        self.ui.backButton.setShortcut(QKeySequence(QKeySequence.StandardKey.Back))
        self.ui.forwardButton.setShortcut(QKeySequence(QKeySequence.StandardKey.Forward))
        self.ui.homeButton.clicked.connect(lambda: self.open_chapter(user_guide.INDEX))
        self.ui.printButton.clicked.connect(self.print_page)
        self.ui.chapterList.clicked.connect(lambda index: self.open_chapter(index.data(FILE_ROLE)))
        self.ui.chapterList.activated.connect(lambda index: self.open_chapter(index.data(FILE_ROLE)))
        self.ui.searchEdit.textChanged.connect(self.search)
        QShortcut(QKeySequence(QKeySequence.StandardKey.Find), self, self.ui.searchEdit.setFocus)
        self.ui.backButton.setEnabled(False)
        self.ui.forwardButton.setEnabled(False)
        self.search("")

    def open_chapter(self, file: str) -> None:
        self.ui.browser.setSource(QUrl.fromLocalFile(str(user_guide.guide_folder() / file)))
        self.show()
        self.raise_()
        self.activateWindow()

    def current_file(self) -> str:
        return self._file

    def search(self, query: str) -> None:
        """Lists the chapters holding every word of the query and marks the words on the open page."""
        found = user_guide.search(query)
        self.chapters.clear()
        for chapter in found:
            item = QStandardItem(chapter.title)
            item.setData(chapter.file, FILE_ROLE)
            self.chapters.appendRow(item)
        if not query.strip():
            self.ui.searchResultLabel.clear()
        elif found:
            self.ui.searchResultLabel.setText(self.tr("%1 chapters contain “%2”.").replace("%1", str(len(found)))
                                              .replace("%2", query.strip()))
        else:
            self.ui.searchResultLabel.setText(self.tr("No chapter contains “%1”. Try fewer or shorter words.")
                                              .replace("%1", query.strip()))
        self._select_current()
        self._mark(query)

    def _page_shown(self, url: QUrl) -> None:
        self._file = url.fileName()  # source() still names the previous page while this signal is emitted
        self._fit_images()
        self._select_current()
        self._mark(self.ui.searchEdit.text())

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt's name
        if watched is self.ui.browser.viewport() and event.type() == QEvent.Type.Resize:
            self._fit_images()
        return super().eventFilter(watched, event)

    def _fit_images(self) -> None:
        """Screenshots shrink to the width of the page (never grow), so no sideways scrolling is needed."""
        document = self.ui.browser.document()
        limit = max(200, self.ui.browser.viewport().width() - 40)
        cursor = QTextCursor(document)
        block = document.begin()
        while block.isValid():
            fragments = block.begin()
            while not fragments.atEnd():
                fragment = fragments.fragment()
                if fragment.charFormat().isImageFormat():
                    image = fragment.charFormat().toImageFormat()
                    natural = QImageReader(str(user_guide.guide_folder() / image.name())).size().width()
                    image.setWidth(min(natural, limit) if natural > 0 else limit)
                    cursor.setPosition(fragment.position())
                    cursor.setPosition(fragment.position() + fragment.length(), QTextCursor.MoveMode.KeepAnchor)
                    cursor.setCharFormat(image)
                fragments += 1
            block = block.next()

    def _select_current(self) -> None:
        for row in range(self.chapters.rowCount()):
            if self.chapters.item(row).data(FILE_ROLE) == self.current_file():
                self.ui.chapterList.setCurrentIndex(self.chapters.index(row, 0))
                return
        self.ui.chapterList.clearSelection()

    def _mark(self, query: str) -> None:
        browser = self.ui.browser
        marks = []
        words = [w for w in search_key(query).split() if w]
        text = folded(browser.document().toRawText())
        for word in words:
            start = text.find(word)
            while start >= 0:
                mark = QTextEdit.ExtraSelection()
                mark.cursor = QTextCursor(browser.document())
                mark.cursor.setPosition(start)
                mark.cursor.setPosition(start + len(word), QTextCursor.MoveMode.KeepAnchor)
                mark.format.setBackground(QColor("#ffe066"))
                marks.append(mark)
                start = text.find(word, start + len(word))
        browser.setExtraSelections(marks)
        if marks:
            browser.setTextCursor(min((m.cursor for m in marks), key=lambda c: c.position()))
            browser.ensureCursorVisible()

    def print_page(self) -> None:
        printer = QPrinter(QPrinter.PrinterMode.HighResolution)
        if QPrintDialog(printer, self).exec():
            self.ui.browser.print_(printer)
