"""Key areas against the propaganda that reached them this year, so uncovered ones stand out."""

from __future__ import annotations

import uuid
from collections import defaultdict
from dataclasses import dataclass
from datetime import date

from sqlalchemy import select

from antt_desktop.db.campaigns import Activity
from antt_desktop.domain.campaigns import propaganda_type
from antt_desktop.services.areas.areas import AreaRow, list_areas
from antt_desktop.services.database import Database


@dataclass(frozen=True)
class KeyAreaCoverage:
    area: AreaRow
    sessions: int
    audience: int
    last_date: date | None
    channels: tuple[str, ...]

    @property
    def covered(self) -> bool:
        return self.sessions > 0


def coverage(database: Database, year: int, owner: str | None = None) -> list[KeyAreaCoverage]:
    """Every area with at least one key-area flag (with ``owner``, that unit's), with this year's propaganda
    sessions held there."""
    with database.factory() as session:
        rows = session.execute(select(Activity.area_id, Activity.activity_date, Activity.audience, Activity.channel)
                               .where(Activity.deleted_at.is_(None), Activity.activity_type == propaganda_type(),
                                      Activity.activity_date.between(date(year, 1, 1), date(year, 12, 31)))).all()
    by_area: dict[uuid.UUID, list] = defaultdict(list)
    for area_id, day, audience, channel in rows:
        by_area[area_id].append((day, audience or 0, channel))
    result = []
    for area in list_areas(database, owner=owner):
        if not area.flags:
            continue
        held = by_area.get(area.id, [])
        result.append(KeyAreaCoverage(area, len(held), sum(a for _, a, _ in held),
                                      max((d for d, _, _ in held), default=None),
                                      tuple(sorted({c for _, _, c in held if c}))))
    return sorted(result, key=lambda c: (c.covered, c.area.sort_key))


def uncovered_sentences(database: Database, year: int, rows: list[KeyAreaCoverage] | None = None,
                        unit_names: dict[str, str] | None = None) -> list[str]:
    """One sentence per key area without propaganda this year (of ``rows`` when given); with ``unit_names``
    (at an upper level) each begins with the unit the area belongs to."""
    names = unit_names or {}
    return [(f"{names[c.area.owner_unit]}: " if c.area.owner_unit in names else "")
            + f"{c.area.name} ({c.area.flag_labels}) chưa được tuyên truyền năm {year}."
            for c in (coverage(database, year) if rows is None else rows) if not c.covered]
