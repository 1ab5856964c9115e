"""The consolidated dashboard of an upper level: for every unit below, its figures beside what it has sent."""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass

from antt_desktop.services.database import Database
from antt_desktop.services.forces import teams
from antt_desktop.services.reports.report_data import per_unit_counts
from antt_desktop.services.sync.subordinates import Subordinate, subordinates


@dataclass(frozen=True)
class UnitFigures:
    unit: Subordinate
    areas: int
    members: int  # active
    teams_short: int  # teams below their quota
    models: int
    activities: int  # in the year asked for


def unit_figures(database: Database, year: int, team_rows: list[teams.TeamRow] | None = None) -> list[UnitFigures]:
    """Every unit below (those that have sent nothing too), in the order ``subordinates`` gives; ``team_rows``
    when the caller has already listed the teams."""
    counts = per_unit_counts(database, year)
    rows = teams.list_teams(database) if team_rows is None else team_rows
    short = Counter(t.owner_unit for t in rows if t.missing)
    result = []
    for unit in subordinates(database):
        areas, members, models, activities = counts.get(unit.code, (0, 0, 0, 0))
        result.append(UnitFigures(unit, areas, members, short[unit.code], models, activities))
    return result
