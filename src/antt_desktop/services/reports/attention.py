"""Things to look at on Tổng quan, grouped so that a person can act on them: at a commune every sentence; at an
upper level, where they number thousands, counts by kind and the units below with the most first."""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass
from datetime import date

from antt_desktop.services.areas import key_areas
from antt_desktop.services.forces.teams import TeamRow
from antt_desktop.services.security_models.security_models import ModelRow

TOP_UNITS = 5


@dataclass(frozen=True)
class Concern:
    unit: str  # code of the unit that owns the record
    kind: str  # a few words, the same for every concern of its kind
    sentence: str


def _number(value: int) -> str:
    return f"{value:,}".replace(",", ".")


def team_gaps(team_rows: list[TeamRow]) -> list[Concern]:
    return [Concern(t.owner_unit, "tổ/đội thiếu định biên", sentence) for t in team_rows for sentence in t.gap_text]


def model_alerts(rows: list[ModelRow], today: date, inactive_months: int) -> list[Concern]:
    return [Concern(r.owner_unit, kind, sentence)
            for r in rows for kind, sentence in r.alert_items(today, inactive_months)]


def uncovered_key_areas(database, year: int) -> list[Concern]:  # noqa: ANN001
    return [Concern(c.area.owner_unit, "địa bàn trọng điểm chưa được tuyên truyền",
                    f"{c.area.name} ({c.area.flag_labels}) chưa được tuyên truyền năm {year}.")
            for c in key_areas.coverage(database, year) if not c.covered]


def several_units(concerns: list[Concern]) -> bool:
    return len({c.unit for c in concerns}) > 1


def grouped(concerns: list[Concern], unit_names: dict[str, str]) -> list[str]:
    """One line of counts by kind, then the units with the most, each with its count and what it has most of."""
    if not concerns:
        return []
    kinds = Counter(c.kind for c in concerns)
    lines = ["Theo loại: " + "; ".join(f"{kind}: {_number(n)}" for kind, n in kinds.most_common())]
    by_unit = Counter(c.unit for c in concerns)
    for unit, count in by_unit.most_common(TOP_UNITS):
        top_kind, _n = Counter(c.kind for c in concerns if c.unit == unit).most_common(1)[0]
        most = f" (nhiều nhất: {top_kind})" if len(kinds) > 1 else ""
        lines.append(f"{unit_names.get(unit, unit)}: {_number(count)}{most}")
    if len(by_unit) > TOP_UNITS:
        lines.append(f"… và {_number(len(by_unit) - TOP_UNITS)} đơn vị khác")
    return lines
