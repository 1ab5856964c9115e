"""A calendar on every typed date field: a button at the end of the field (or Alt+Down) opens a month calendar;
the day chosen is written dd/mm/yyyy. Typing still works, and an optional date may stay empty."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QCoreApplication, QDate, QLocale, QPoint, QRect, Qt
from PySide6.QtGui import QColor, QIcon, QKeySequence, QPainter, QPixmap
from PySide6.QtWidgets import QCalendarWidget, QInputDialog, QLineEdit, QWidget

from antt_desktop.domain.dates import format_date, parse_date
from antt_desktop.errors import UserError
from antt_desktop.gui.list_keys import shortcut

translate = QCoreApplication.translate


def _calendar_icon() -> QIcon:
    pixmap = QPixmap(16, 16)
    pixmap.fill(Qt.GlobalColor.transparent)
    painter = QPainter(pixmap)
    painter.setPen(QColor("#44546a"))
    painter.drawRect(QRect(1, 2, 13, 12))
    painter.fillRect(QRect(2, 3, 12, 3), QColor("#b00020"))
    for row in range(2):
        for column in range(3):
            painter.fillRect(QRect(3 + 4 * column, 8 + 3 * row, 2, 2), QColor("#44546a"))
    painter.end()
    return QIcon(pixmap)


def _shown_day(edit: QLineEdit) -> QDate:
    try:
        typed = parse_date(edit.text())
    except UserError:
        typed = None
    return QDate(typed or date.today())


class CalendarPopup(QCalendarWidget):
    """The month calendar under a date field; choosing a day (click or Enter) writes it and closes."""

    def __init__(self, edit: QLineEdit) -> None:
        super().__init__(edit)
        self.setWindowFlags(Qt.WindowType.Popup)
        self.edit = edit
        self.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.setLocale(QLocale(QLocale.Language.Vietnamese, QLocale.Country.Vietnam))
        self.setFirstDayOfWeek(Qt.DayOfWeek.Monday)
        self.setGridVisible(True)
        self.setVerticalHeaderFormat(QCalendarWidget.VerticalHeaderFormat.NoVerticalHeader)
        self.setSelectedDate(_shown_day(edit))
        self.clicked.connect(self._choose)
        self.activated.connect(self._choose)

    def _choose(self, day: QDate) -> None:
        self.edit.setText(format_date(day.toPython()))
        self.edit.setFocus()
        self.close()

    def show_under_field(self) -> None:
        self.adjustSize()
        below = self.edit.mapToGlobal(QPoint(0, self.edit.height()))
        screen = (self.edit.screen().availableGeometry() if self.edit.screen() else QRect(0, 0, 1366, 728))
        x = min(max(screen.left(), below.x()), screen.right() - self.width())
        fits_below = below.y() + self.height() <= screen.bottom()
        y = below.y() if fits_below else below.y() - self.edit.height() - self.height()
        self.move(x, max(screen.top(), y))
        self.show()
        self.setFocus()


def open_calendar(edit: QLineEdit) -> CalendarPopup:
    popup = CalendarPopup(edit)
    popup.show_under_field()
    return popup


def with_calendar(*edits: QLineEdit) -> None:
    """Give each typed date field a calendar button (and Alt+Down, F4) and the dd/mm/yyyy hint."""
    icon = _calendar_icon()
    for edit in edits:
        action = edit.addAction(icon, QLineEdit.ActionPosition.TrailingPosition)
        action.setToolTip(translate("DateField", "Choose the day on a calendar (Alt+Down)"))
        action.triggered.connect(lambda _checked=False, field=edit: open_calendar(field))
        for key in (QKeySequence(Qt.Modifier.ALT | Qt.Key.Key_Down), QKeySequence(Qt.Key.Key_F4)):
            shortcut(key, edit, lambda field=edit: open_calendar(field), Qt.ShortcutContext.WidgetShortcut)
        if not edit.placeholderText():
            edit.setPlaceholderText(translate("DateField", "dd/mm/yyyy"))


def ask_date(parent: QWidget, title: str, label: str, initial: date | None) -> str | None:
    """A one-field dialog for a date, with the calendar; the text typed or chosen, None when cancelled."""
    dialog = QInputDialog(parent)
    dialog.setWindowTitle(title)
    dialog.setLabelText(label)
    dialog.setInputMode(QInputDialog.InputMode.TextInput)
    dialog.setTextValue(format_date(initial))
    field = dialog.findChild(QLineEdit)
    if field is not None:
        with_calendar(field)
    return dialog.textValue() if dialog.exec() else None
