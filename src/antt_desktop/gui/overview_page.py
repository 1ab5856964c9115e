"""Tổng quan: the figures that exist so far, recomputed whenever the page is shown."""

from __future__ import annotations

from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import QWidget

from antt_desktop.domain.areas import KEY_FLAGS
from antt_desktop.gui.forms.overview_page_ui import Ui_OverviewPage
from antt_desktop.services import areas, teams
from antt_desktop.services.database import Database

MAX_GAPS_SHOWN = 8


def _number(value: int) -> str:
    return f"{value:,}".replace(",", ".")


class OverviewPage(QWidget):
    def __init__(self, database: Database, unit_title: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ui = Ui_OverviewPage()
        self.ui.setupUi(self)
        self.database = database
        self.ui.titleLabel.setText(unit_title)

    def showEvent(self, event: QShowEvent) -> None:  # noqa: N802
        self.refresh()
        super().showEvent(event)

    def refresh(self) -> None:
        rows = areas.list_areas(self.database)
        self.ui.areaCountValue.setText(_number(len(rows)))
        population = sum(r.population or 0 for r in rows)
        households = sum(r.households or 0 for r in rows)
        self.ui.populationValue.setText(f"{_number(population)} / {_number(households)}")
        counts = [f"{label}: {sum(flag in r.flags for r in rows)}" for flag, label in KEY_FLAGS.items()]
        self.ui.keyAreasValue.setText("; ".join(counts))
        staffing = teams.staffing_summary(self.database)
        self.ui.membersValue.setText(f"{_number(staffing.active_members)} / {_number(staffing.teams)}")
        self.ui.shortValue.setText(self.tr("%1 team(s), %2 people missing").replace("%1", str(staffing.teams_short))
                                   .replace("%2", str(staffing.people_missing)))
        shown = list(staffing.sentences[:MAX_GAPS_SHOWN])
        if len(staffing.sentences) > MAX_GAPS_SHOWN:
            shown.append(self.tr("… and %1 more (see Security forces → Teams and quotas)")
                         .replace("%1", str(len(staffing.sentences) - MAX_GAPS_SHOWN)))
        self.ui.gapsValue.setText("\n".join(shown))
