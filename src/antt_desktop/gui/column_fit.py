"""Columns that fit the table's width: every column is sized to its contents, and when together they are wider
than the table the widest ones give way (their text is elided, the full text in the tooltip), so that every
column stays in sight on a 1366 px screen without scrolling sideways. Headers wrap onto two lines."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, QRect, QSize, Qt, QTimer
from PySide6.QtGui import QPainter
from PySide6.QtWidgets import QHeaderView, QStyle, QStyleOptionHeader, QTableView, QWidget

MIN_WIDTH = 56  # a column never shrinks below this (or its contents, if narrower)
NAME_WIDTH = 170  # nor the first column, which names the row, below this
HEADER_LINES = 2
NAMES = "_name_columns"


class WrappingHeader(QHeaderView):
    """A horizontal header whose labels wrap onto up to two lines instead of being cut."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(Qt.Orientation.Horizontal, parent)
        self.setSectionsClickable(True)
        self.setHighlightSections(True)
        self.setDefaultAlignment(Qt.AlignmentFlag.AlignCenter | Qt.TextFlag.TextWordWrap)

    def sizeHint(self) -> QSize:  # noqa: N802 (Qt override)
        hint = super().sizeHint()
        lines = self.fontMetrics().lineSpacing() * HEADER_LINES + 8
        wrapped = any(self._needs_two_lines(s) for s in range(self.count()) if not self.isSectionHidden(s))
        return QSize(hint.width(), max(hint.height(), lines if wrapped else 0))

    def _needs_two_lines(self, section: int) -> bool:
        model = self.model()
        text = str(model.headerData(section, self.orientation())) if model is not None else ""
        return self.fontMetrics().horizontalAdvance(text) + 12 > self.sectionSize(section)

    def paintSection(self, painter: QPainter, rect: QRect, section: int) -> None:  # noqa: N802 (Qt override)
        if not rect.isValid():
            return
        option = QStyleOptionHeader()
        self.initStyleOption(option)
        option.rect, option.section = rect, section
        option.text = ""
        if self.isSortIndicatorShown() and self.sortIndicatorSection() == section:
            option.sortIndicator = (QStyleOptionHeader.SortIndicator.SortDown
                                    if self.sortIndicatorOrder() == Qt.SortOrder.AscendingOrder
                                    else QStyleOptionHeader.SortIndicator.SortUp)
        painter.save()
        self.style().drawControl(QStyle.ControlElement.CE_Header, option, painter, self)
        painter.restore()
        model = self.model()
        text = str(model.headerData(section, self.orientation())) if model is not None else ""
        painter.save()
        painter.setPen(self.palette().color(self.palette().ColorRole.ButtonText))
        painter.drawText(rect.adjusted(4, 2, -4, -2),
                         int(Qt.AlignmentFlag.AlignCenter | Qt.TextFlag.TextWordWrap), text)
        painter.restore()

    def sectionSizeFromContents(self, logical_index: int) -> QSize:  # noqa: N802 (Qt override)
        """Wide enough for the label on two lines, split between words."""
        size = super().sectionSizeFromContents(logical_index)
        model = self.model()
        if model is None:
            return size
        words = str(model.headerData(logical_index, self.orientation())).split()
        width = self.fontMetrics().horizontalAdvance
        best = min((max(width(" ".join(words[:i])), width(" ".join(words[i:]))) for i in range(1, len(words))),
                   default=width(" ".join(words)))
        return QSize(best + 16, size.height())


class _Refit(QObject):
    """Fits the columns again when the table's width changes."""

    def __init__(self, view: QTableView) -> None:
        super().__init__(view)
        self.view, self.width = view, -1
        self.timer = QTimer(self, singleShot=True, interval=0)
        self.timer.timeout.connect(lambda: _fit(self.view))
        view.viewport().installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 (Qt override)
        if event.type() == QEvent.Type.Resize and self.view.viewport().width() != self.width:
            self.width = self.view.viewport().width()
            self.timer.start()
        return False


def use_wrapping_header(view: QTableView) -> None:
    old = view.horizontalHeader()
    if isinstance(old, WrappingHeader):
        return
    header = WrappingHeader(view)
    header.setStretchLastSection(old.stretchLastSection())
    header.setSortIndicatorShown(old.isSortIndicatorShown())
    header.setSortIndicator(old.sortIndicatorSection(), old.sortIndicatorOrder())
    visible, sorting = not old.isHidden(), view.isSortingEnabled()
    hidden = [section for section in range(old.count()) if old.isSectionHidden(section)]
    view.setSortingEnabled(False)
    view.setHorizontalHeader(header)
    for section in hidden:
        view.setColumnHidden(section, True)
    view.setSortingEnabled(sorting)  # connects the new header's clicks to sorting
    header.setVisible(visible)


def fit_columns(view: QTableView, wrap: bool = False, names: tuple[int, ...] = (0,)) -> None:
    """Sizes the columns to their contents within the width of the table, now and whenever it is resized.
    With ``wrap`` long texts take several lines (the rows grow); else they are cut short with "…". The
    ``names`` columns (those that say which row it is) give way last."""
    view.setWordWrap(wrap)
    view.setProperty(NAMES, list(names))
    if view.findChild(_Refit) is None:
        use_wrapping_header(view)
        view.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        view.horizontalHeader().setTextElideMode(Qt.TextElideMode.ElideRight)
        view.setTextElideMode(Qt.TextElideMode.ElideRight)
        _Refit(view)
    _fit(view)


def capped_widths(wanted: list[int], available: int, floors: list[int]) -> list[int]:
    """The widths of the columns: as wanted when they fit; else the widest are cut to one common cap, none
    below its floor."""
    if sum(wanted) <= available or not wanted:
        return list(wanted)
    if sum(floors) > available:  # a narrow table: every column gives way in proportion
        return [max(24, f * available // sum(floors)) for f in floors]
    low, high = 0, max(wanted)
    while low < high:  # the largest cap with which the columns still fit
        cap = (low + high + 1) // 2
        if sum(max(f, min(w, cap)) for w, f in zip(wanted, floors, strict=True)) <= available:
            low = cap
        else:
            high = cap - 1
    return [max(f, min(w, low)) for w, f in zip(wanted, floors, strict=True)]


def _fit(view: QTableView) -> None:
    model = view.model()
    if model is None:
        return
    columns = [c for c in range(model.columnCount()) if not view.isColumnHidden(c)]
    view.resizeColumnsToContents()
    header = view.horizontalHeader()
    wanted = [max(view.columnWidth(c), header.sectionSizeHint(c)) for c in columns]
    available = view.viewport().width() - 2
    names = view.property(NAMES) or [0]
    name_width = min(NAME_WIDTH, available * 2 // (5 * len(names)))
    floors = [min(w, max(name_width if c in names else MIN_WIDTH, header.sectionSizeFromContents(c).width()))
              for w, c in zip(wanted, columns, strict=True)]
    for column, width in zip(columns, capped_widths(wanted, available, floors), strict=True):
        view.setColumnWidth(column, width)
    header.updateGeometry()
    if view.wordWrap():
        view.resizeRowsToContents()
