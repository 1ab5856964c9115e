"""The year calendar of the campaigns page: days with activities and campaign days drawn by the calendar itself.

Marks are painted in ``paintCell`` from two plain dictionaries instead of being stored with
``setDateTextFormat``: one repaint per refresh whatever the number of activities, and no call into the binding
per marked day.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from PySide6.QtCore import QDate, QEvent, QObject, QRect, Qt
from PySide6.QtGui import QColor, QFont, QHelpEvent, QPainter
from PySide6.QtWidgets import QAbstractItemView, QCalendarWidget, QToolTip, QWidget

BUSY = QColor("#dcebfa")  # a day with at least one activity
CAMPAIGN_TEXT = QColor("#b00020")
CAMPAIGN_DONE = QColor("#d8f0d8")  # a campaign day whose window had a grassroots event
CAMPAIGN_OPEN = QColor("#fde2e2")


@dataclass(frozen=True)
class CampaignMark:
    name: str
    done: bool


class MarkedCalendar(QCalendarWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._busy: set[date] = set()
        self._campaigns: dict[date, list[CampaignMark]] = {}
        self._cells: dict[date, QRect] = {}  # where each day was last painted, for its tooltip
        self.currentPageChanged.connect(lambda _year, _month: self._cells.clear())
        view = self.findChild(QAbstractItemView)
        if view is not None:
            view.viewport().installEventFilter(self)

    def set_marks(self, busy_days: set[date], campaign_days: dict[date, list[CampaignMark]]) -> None:
        self._busy, self._campaigns = set(busy_days), dict(campaign_days)
        self.updateCells()

    def campaigns_on(self, day: date) -> list[CampaignMark]:
        return self._campaigns.get(day, [])

    def is_busy(self, day: date) -> bool:
        return day in self._busy

    def paintCell(self, painter: QPainter, rect: QRect, qdate: QDate) -> None:  # noqa: N802 (Qt override)
        day = qdate.toPython()
        self._cells[day] = QRect(rect)
        marks, busy = self._campaigns.get(day), day in self._busy
        if not (marks or busy) or qdate == self.selectedDate():
            super().paintCell(painter, rect, qdate)
            if marks or busy:  # the selection keeps its colours; a frame says the day is marked
                painter.save()
                painter.setPen(CAMPAIGN_TEXT if marks else BUSY.darker(150))
                painter.drawRect(rect.adjusted(1, 1, -2, -2))
                painter.restore()
            return
        painter.save()
        if marks:
            background = CAMPAIGN_DONE if all(m.done for m in marks) else CAMPAIGN_OPEN
        else:
            background = BUSY
        painter.fillRect(rect, background)
        font = QFont(painter.font())
        font.setBold(True)
        painter.setFont(font)
        if marks:
            painter.setPen(CAMPAIGN_TEXT)
        elif qdate.month() != self.monthShown():
            painter.setPen(self.palette().color(self.palette().ColorGroup.Disabled,
                                                self.palette().ColorRole.Text))
        else:
            painter.setPen(self.palette().color(self.palette().ColorRole.Text))
        painter.drawText(rect, Qt.AlignmentFlag.AlignCenter, str(qdate.day()))
        painter.restore()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 (Qt override)
        if event.type() == QEvent.Type.ToolTip and isinstance(event, QHelpEvent):
            for day, rect in self._cells.items():
                if rect.contains(event.pos()) and day in self._campaigns:
                    QToolTip.showText(event.globalPos(), "\n".join(m.name for m in self._campaigns[day]), self)
                    return True
        return super().eventFilter(watched, event)
