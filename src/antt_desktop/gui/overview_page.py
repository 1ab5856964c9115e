"""Tổng quan: what an officer sees first — figures and everything needing attention, recomputed on show."""

from __future__ import annotations

from collections import Counter
from collections.abc import Sequence
from datetime import date

from PySide6.QtCore import QTimer, Signal
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import QPushButton, QScrollArea, QSizePolicy, QVBoxLayout, QWidget

from antt_desktop.domain.areas import KEY_FLAGS
from antt_desktop.domain.security_models import names
from antt_desktop.domain.units import Level
from antt_desktop.gui import ops
from antt_desktop.gui.forms.overview_page_ui import Ui_OverviewPage
from antt_desktop.gui.overview_units import UnitsBox
from antt_desktop.services.areas import areas
from antt_desktop.services.campaigns import campaigns
from antt_desktop.services.database import Database
from antt_desktop.services.evaluation import evaluation_year, evaluations
from antt_desktop.services.forces import teams
from antt_desktop.services.plans import inspections, plans
from antt_desktop.services.reports import attention
from antt_desktop.services.security_models import security_models
from antt_desktop.services.sync.subordinates import unit_names

MAX_LINES_SHOWN = 6


def _number(value: int) -> str:
    return f"{value:,}".replace(",", ".")


class OverviewPage(QWidget):
    shows = ops.EVERYTHING  # kinds of records whose change refreshes this page
    open_page = Signal(int)  # a tile asks for the list behind it (the sidebar row)
    open_unit = Signal(str)  # at an upper level, a unit below chosen for its lists

    def __init__(self, database: Database, unit_title: str, parent: QWidget | None = None,
                 pages: dict[str, int] | None = None) -> None:
        super().__init__(parent)
        content = QWidget()
        self.ui = Ui_OverviewPage()
        self.ui.setupUi(content)
        scroll = QScrollArea(self)
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QScrollArea.Shape.NoFrame)
        scroll.setWidget(content)
        QVBoxLayout(self).addWidget(scroll)
        for box, layout, key in ((self.ui.areasBox, self.ui.areasLayout, "areas"),
                                 (self.ui.forcesBox, self.ui.forcesLayout, "forces"),
                                 (self.ui.modelsBox, self.ui.modelsLayout, "models"),
                                 (self.ui.campaignsBox, self.ui.campaignsLayout, "campaigns"),
                                 (self.ui.plansBox, self.ui.plansLayout, "plans"),
                                 (self.ui.evaluationBox, self.ui.evaluationLayout, "evaluation")):
            if pages and key in pages:
                button = QPushButton(self.tr("Open the list →"), box)
                button.setSizePolicy(QSizePolicy.Policy.Maximum, QSizePolicy.Policy.Fixed)
                button.clicked.connect(lambda _checked, row=pages[key]: self.open_page.emit(row))
                layout.addRow("", button)
        self.database = database
        self._names: dict[str, str] | None = None  # code → name of the units, read when first needed
        self.ui.titleLabel.setText(unit_title)
        self.units: UnitsBox | None = None
        if database.installation().level == Level.COMMUNE:
            self.ui.unitsBox.hide()
        else:
            self.units = UnitsBox(database, self.ui.unitSearchEdit, self.ui.unitTable, self.ui.unitsSummary)
            self.units.open_unit.connect(self.open_unit)

    def showEvent(self, event: QShowEvent) -> None:  # noqa: N802
        super().showEvent(event)
        QTimer.singleShot(0, self.refresh)  # the window is shown (and usable) first, the figures fill in next

    def refresh(self) -> None:
        today = date.today()
        team_rows = teams.list_teams(self.database)  # once for the chart, the forces tile and the units below
        if self.units is not None:
            self.units.refresh(team_rows)
        self._charts(team_rows)
        self._areas()
        self._forces(team_rows)
        self._models(today)
        self._campaigns(today)
        self._plans(today)
        self._evaluation(today)

    def _first(self, lines: Sequence[str], where: str) -> str:
        """The first few lines, and how many more there are and where to see them."""
        shown = list(lines[:MAX_LINES_SHOWN])
        if len(lines) > MAX_LINES_SHOWN:
            shown.append(self.tr("… and %1 more (see %2)").replace("%1", str(len(lines) - MAX_LINES_SHOWN))
                         .replace("%2", where))
        return "\n".join(shown)

    def _concerns(self, concerns: list[attention.Concern], where: str) -> str:
        """At a commune the sentences; where several units' concerns mix, counts by kind and by unit."""
        if attention.several_units(concerns):
            return "\n".join([*attention.grouped(concerns, self._unit_names()),
                              self.tr("(the full list: %1, filtered by unit)").replace("%1", where)])
        return self._first([c.sentence for c in concerns], where)

    def _unit_names(self) -> dict[str, str]:
        if self._names is None:
            self._names = unit_names(self.database)
        return self._names

    def _charts(self, team_rows: list[teams.TeamRow]) -> None:
        from antt_desktop.gui import overview_charts  # QtCharts loads after the window is on screen

        layout = self.ui.chartsLayout
        while layout.count():
            layout.takeAt(0).widget().deleteLater()
        layout.addWidget(overview_charts.members_chart(team_rows, self.ui.chartsBox), 1)
        for build in (overview_charts.models_chart, overview_charts.activities_chart):
            layout.addWidget(build(self.database, self.ui.chartsBox), 1)

    def _areas(self) -> None:
        rows = areas.list_areas(self.database)
        self.ui.areaCountValue.setText(_number(len(rows)))
        population = sum(r.population or 0 for r in rows)
        households = sum(r.households or 0 for r in rows)
        self.ui.populationValue.setText(f"{_number(population)} / {_number(households)}")
        counts = [f"{label}: {sum(flag in r.flags for r in rows)}" for flag, label in KEY_FLAGS.items()]
        self.ui.keyAreasValue.setText("; ".join(counts))

    def _forces(self, team_rows: list[teams.TeamRow]) -> None:
        staffing = teams.summarize(team_rows)
        self.ui.membersValue.setText(f"{_number(staffing.active_members)} / {_number(staffing.teams)}")
        self.ui.shortValue.setText(self.tr("%1 team(s), %2 people missing").replace("%1", str(staffing.teams_short))
                                   .replace("%2", str(staffing.people_missing)))
        self.ui.gapsValue.setText(self._concerns(attention.team_gaps(team_rows),
                                                 self.tr("Security forces → Teams and quotas")))

    def _models(self, today: date) -> None:
        rows = security_models.list_models(self.database)
        statuses = Counter(names("statuses")[r.data.status] for r in rows)
        self.ui.modelsValue.setText(", ".join(f"{k}: {v}" for k, v in statuses.items()) or "—")
        months = security_models.inactive_months(self.database.paths)
        alerts = attention.model_alerts(rows, today, months)
        self.ui.modelAlertsCount.setText(_number(len(alerts)))
        self.ui.modelAlertsValue.setText(self._concerns(alerts, self.tr("Self-management models")))

    def _campaigns(self, today: date) -> None:
        statuses = campaigns.year_checklist(self.database, today.year)
        missing = [s.campaign.name for s in statuses if not s.done and s.campaign.window(today.year)[1] < today]
        text = self.tr("%1 of %2").replace("%1", str(sum(s.done for s in statuses))).replace("%2", str(len(statuses)))
        if missing:
            text += "; " + self.tr("passed without an event: %1").replace("%1", ", ".join(missing))
        self.ui.campaignsValue.setText(text)
        self.ui.remindersValue.setText("\n".join(campaigns.reminders(self.database, today)))
        self.ui.uncoveredValue.setText(self._concerns(attention.uncovered_key_areas(self.database, today.year),
                                                      self.tr("Campaigns and activities → Key areas")))

    def _plans(self, today: date) -> None:
        targets = [t for p in plans.list_plans(self.database, today.year) for t in plans.targets(self.database, p.id)]
        if targets:
            reached = sum(t.status == "Đạt" for t in targets)
            text = self.tr("%1 of %2 reached").replace("%1", str(reached)).replace("%2", str(len(targets)))
        else:
            text = self.tr("no plan with targets for this year yet")
        self.ui.targetsValue.setText(text)
        self.ui.overdueValue.setText(self._first(inspections.overdue_sentences(self.database, today),
                                                 self.tr("Plans and targets → Inspections")))

    def _evaluation(self, today: date) -> None:
        rows = [r for r in evaluations.subjects(self.database, today.year) if r.subject.unit_type == "khu_dan_cu"]
        recognised = sum(r.outcome.recognised is True for r in rows)
        self.ui.recognisedValue.setText(self.tr("%1 of %2 (%3 not fully assessed)").replace("%1", str(recognised))
                                        .replace("%2", str(len(rows)))
                                        .replace("%3", str(sum(r.outcome.recognised is None for r in rows))))
        self.ui.timelineValue.setText("\n".join(evaluation_year.timeline_alerts(self.database, today)))
