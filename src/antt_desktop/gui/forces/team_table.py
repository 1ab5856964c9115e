"""Columns of the teams table: strength against quota at a glance."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from antt_desktop.gui.row_table_model import Column
from antt_desktop.services.forces.teams import TeamRow

translate = QCoreApplication.translate


def _missing(row: TeamRow) -> str:
    over = sum(g.over for g in row.gaps)
    if row.missing:
        return translate("TeamTable", "short by %1").replace("%1", str(row.missing))
    return translate("TeamTable", "over by %1").replace("%1", str(over)) if over else "✓"


def team_columns(unit_names: dict[str, str]) -> list[Column[TeamRow]]:
    """The last column names the unit a team belongs to (shown at an upper level, from ``unit_names``)."""
    return [
        Column(translate("TeamTable", "Team"), lambda r: r.name, lambda r: r.sort_key),
        Column(translate("TeamTable", "Force type"), lambda r: r.type_label),
        Column(translate("TeamTable", "Residential area"), lambda r: r.area_name),
        Column(translate("TeamTable", "Quota"), lambda r: str(r.quota_total), lambda r: r.quota_total, numeric=True),
        Column(translate("TeamTable", "Active members"), lambda r: str(r.active_members), lambda r: r.active_members,
               numeric=True),
        Column(translate("TeamTable", "Gap"), _missing, lambda r: r.missing),
        Column(translate("TeamTable", "Unit"), lambda r: unit_names.get(r.owner_unit, r.owner_unit)),
    ]
