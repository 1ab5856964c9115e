"""The consolidated dashboard of an upper level: for every unit below, its figures beside what it has sent."""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass

from antt_desktop.services import teams
from antt_desktop.services.database import Database
from antt_desktop.services.report_data import per_unit_counts
from antt_desktop.services.subordinates import Subordinate, subordinates


@dataclass(frozen=True)
class UnitFigures:
    unit: Subordinate
    areas: int
    members: int  # active
    teams_short: int  # teams below their quota
    models: int
    activities: int  # in the year asked for


def unit_figures(database: Database, year: int) -> list[UnitFigures]:
    """Every unit below (those that have sent nothing too), in the order ``subordinates`` gives."""
    counts = per_unit_counts(database, year)
    short = Counter(t.owner_unit for t in teams.list_teams(database) if t.missing)
    result = []
    for unit in subordinates(database):
        areas, members, models, activities = counts.get(unit.code, (0, 0, 0, 0))
        result.append(UnitFigures(unit, areas, members, short[unit.code], models, activities))
    return result
