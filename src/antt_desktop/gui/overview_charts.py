"""Charts of Tổng quan (QtCharts): members by force type, models by field and rating, activities per month."""

from __future__ import annotations

from collections import Counter
from datetime import date

from PySide6.QtCharts import QBarCategoryAxis, QBarSeries, QBarSet, QChart, QChartView, QStackedBarSeries, QValueAxis
from PySide6.QtCore import QCoreApplication, QMargins, Qt
from PySide6.QtGui import QColor, QFont, QPainter
from PySide6.QtWidgets import QFrame, QWidget

from antt_desktop.domain.forces import force_type
from antt_desktop.domain.security_models import names
from antt_desktop.services.campaigns import activities, campaigns
from antt_desktop.services.database import Database
from antt_desktop.services.forces import teams
from antt_desktop.services.security_models import security_models

translate = QCoreApplication.translate
SHORT_FIELDS = {"phong_chong_toi_pham": "Tội phạm", "quan_ly_doi_tuong": "Đối tượng", "trat_tu_atgt": "Giao thông",
                "ton_giao": "Tôn giáo", "dan_toc": "Dân tộc", "pccc": "PCCC"}


def _small_font(points: int, bold: bool = False) -> QFont:
    font = QFont()
    font.setPointSize(points)
    font.setBold(bold)
    return font


def _view(chart: QChart, parent: QWidget) -> QChartView:
    """The chart uses the whole of its third of the row, so its labels keep room to be read whole."""
    chart.legend().setAlignment(Qt.AlignmentFlag.AlignBottom)
    chart.legend().setFont(_small_font(8))
    chart.setTitleFont(_small_font(9, bold=True))
    chart.setBackgroundRoundness(0)
    chart.setMargins(QMargins(0, 0, 0, 0))
    chart.layout().setContentsMargins(0, 0, 0, 0)
    view = QChartView(chart, parent)
    view.setFrameShape(QFrame.Shape.NoFrame)
    view.setContentsMargins(0, 0, 0, 0)
    view.setRenderHint(QPainter.RenderHint.Antialiasing)
    view.setMinimumHeight(240)
    return view


def _axes(chart: QChart, series, categories: list[str], slanted: bool = False) -> None:  # noqa: ANN001
    axis_x, axis_y = QBarCategoryAxis(), QValueAxis()
    if slanted:  # words side by side would overlap in a third of the screen: one word a line
        categories = [label.replace(" ", "<br>") for label in categories]
    axis_x.append(categories)
    axis_x.setLabelsFont(_small_font(8))
    axis_x.setTruncateLabels(False)  # "10", "Giao thông" whole, not "…"
    axis_y.setLabelsFont(_small_font(8))
    axis_y.setLabelFormat("%d")
    chart.addSeries(series)
    chart.addAxis(axis_x, Qt.AlignmentFlag.AlignBottom)
    chart.addAxis(axis_y, Qt.AlignmentFlag.AlignLeft)
    series.attachAxis(axis_x)
    series.attachAxis(axis_y)


def members_chart(team_rows: list[teams.TeamRow], parent: QWidget) -> QChartView:
    chart = QChart()
    chart.setTitle(translate("OverviewCharts", "Active members and quota by force type"))
    active, quota = Counter(), Counter()
    for team in team_rows:
        kind = force_type(team.force_type)
        label = kind.short_name if kind else team.force_type
        active[label] += team.active_members
        quota[label] += team.quota_total
    labels = sorted(quota)
    series = QBarSeries()
    for title, values, colour in ((translate("OverviewCharts", "Active"), active, "#2e75b6"),
                                  (translate("OverviewCharts", "Quota"), quota, "#bdd7ee")):
        bars = QBarSet(title)
        bars.append([values[k] for k in labels])
        bars.setColor(QColor(colour))
        series.append(bars)
    _axes(chart, series, labels)
    return _view(chart, parent)


def models_chart(database: Database, parent: QWidget) -> QChartView:
    chart = QChart()
    chart.setTitle(translate("OverviewCharts", "Models by field and latest rating"))
    rows = security_models.list_models(database)
    series = QStackedBarSeries()
    ratings = {**names("ratings"), "none": translate("OverviewCharts", "not reviewed")}
    colours = {"tot": "#548235", "kha": "#a9d18e", "trung_binh": "#ffd966", "yeu": "#f4b183", "none": "#d9d9d9"}
    for code, label in ratings.items():
        bars = QBarSet(label)
        bars.append([sum(r.data.field == f and (r.last_rating or "none") == code for r in rows) for f in SHORT_FIELDS])
        bars.setColor(QColor(colours[code]))
        series.append(bars)
    _axes(chart, series, list(SHORT_FIELDS.values()), slanted=True)
    return _view(chart, parent)


def activities_chart(database: Database, parent: QWidget, year: int | None = None) -> QChartView:
    year = year or date.today().year
    chart = QChart()
    chart.setTitle(translate("OverviewCharts", "Activities per month"))
    per_month = Counter(a.data.activity_date.month for a in activities.list_activities(
        database, activities.ActivityFilter(year)))
    campaign_months = {c.month for c in campaigns.all_campaigns(database)}
    normal = QBarSet(translate("OverviewCharts", "Activities"))
    peak = QBarSet(translate("OverviewCharts", "In a campaign month"))
    normal.append([0 if m in campaign_months else per_month[m] for m in range(1, 13)])
    peak.append([per_month[m] if m in campaign_months else 0 for m in range(1, 13)])
    normal.setColor(QColor("#2e75b6"))
    peak.setColor(QColor("#c00000"))
    series = QStackedBarSeries()
    series.append(normal)
    series.append(peak)
    _axes(chart, series, [str(m) for m in range(1, 13)])
    return _view(chart, parent)
