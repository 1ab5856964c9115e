"""Tổng quan at an upper level: every unit below with its figures and what it has sent; search, sorting, and
double-click (or Enter) to open the unit's lists."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QCoreApplication, QObject, QSortFilterProxyModel, Qt, Signal
from PySide6.QtWidgets import QLabel, QLineEdit, QTableView

from antt_desktop.domain.text import matches_words
from antt_desktop.gui.column_fit import fit_columns
from antt_desktop.gui.row_table_model import SORT_ROLE, Column, RowTableModel, number_text
from antt_desktop.gui.sync.sync_tables import state_order
from antt_desktop.services.database import Database
from antt_desktop.services.reports.unit_figures import UnitFigures, unit_figures

translate = QCoreApplication.translate


def _count(header: str, value) -> Column:  # noqa: ANN001
    return Column(header, lambda f: number_text(value(f)), value, numeric=True)


def unit_figure_columns(year: int) -> list[Column]:
    return [
        Column(translate("OverviewUnits", "Unit"), lambda f: f.unit.name),
        Column(translate("OverviewUnits", "Code"), lambda f: f.unit.code),
        _count(translate("OverviewUnits", "Areas"), lambda f: f.areas),
        _count(translate("OverviewUnits", "Active members"), lambda f: f.members),
        _count(translate("OverviewUnits", "Teams below quota"), lambda f: f.teams_short),
        _count(translate("OverviewUnits", "Models"), lambda f: f.models),
        _count(translate("OverviewUnits", "Activities %1").replace("%1", str(year)), lambda f: f.activities),
        Column(translate("OverviewUnits", "Data current to"),
               lambda f: f.unit.current_to.astimezone().strftime("%d/%m/%Y") if f.unit.current_to else "",
               lambda f: f.unit.current_to.timestamp() if f.unit.current_to else 0),
        Column(translate("OverviewUnits", "Packages"), lambda f: f.unit.state, lambda f: state_order(f.unit)),
    ]


class UnitsBox(QObject):
    """Drives the units table of the overview: filled on refresh, filtered as the user types."""

    open_unit = Signal(str)

    def __init__(self, database: Database, search: QLineEdit, table: QTableView, summary: QLabel) -> None:
        super().__init__(table)
        self.database, self.search, self.table, self.summary = database, search, table, summary
        self.year = date.today().year
        self.model = RowTableModel(unit_figure_columns(self.year), self)
        self.figures: list[UnitFigures] = []
        proxy = QSortFilterProxyModel(self)
        proxy.setSourceModel(self.model)
        proxy.setSortRole(SORT_ROLE)
        table.setModel(proxy)
        table.sortByColumn(0, Qt.SortOrder.AscendingOrder)
        search.textChanged.connect(lambda _text: self._show())
        table.activated.connect(self._open)

    def refresh(self, team_rows: list | None = None) -> None:
        self.figures = unit_figures(self.database, self.year, team_rows)
        self._show()
        fit_columns(self.table)

    def _show(self) -> None:
        query = self.search.text()
        self.model.set_rows([f for f in self.figures if matches_words(query, f"{f.unit.name} {f.unit.code}")])
        holding = [f for f in self.figures if f.areas or f.members or f.models or f.activities]
        self.summary.setText(
            self.tr("%1 units below, %2 with data here: %3 active members, %4 models, %5 teams below quota. "
                    "Double-click a unit to open its members.")
            .replace("%1", str(len(self.figures))).replace("%2", str(len(holding)))
            .replace("%3", number_text(sum(f.members for f in self.figures)))
            .replace("%4", number_text(sum(f.models for f in self.figures)))
            .replace("%5", number_text(sum(f.teams_short for f in self.figures))))

    def _open(self) -> None:
        chosen = self.model.selected_in(self.table)
        if chosen is not None:
            self.open_unit.emit(chosen.unit.code)
