"""At a province or an intermediate unit: every unit below it (the official list of the province's communes,
and the units whose packages name this unit as their parent) with what has arrived from each: packages and
when, the numbers still missing, and the date its data is current to."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from sqlalchemy import select

from antt_desktop.db.models import Installation, Unit
from antt_desktop.db.sync import ReceivedPackage
from antt_desktop.domain.units import Level, communes
from antt_desktop.services.database import Database
from antt_desktop.services.sync.sync import Gap, gap_text, status
from antt_desktop.services.sync.sync_records import TABLES
from antt_desktop.services.sync.unit_hierarchy import ancestors


@dataclass(frozen=True)
class Subordinate:
    code: str
    name: str
    packages: int
    missing: tuple[Gap, ...]
    last_received: datetime | None
    current_to: datetime | None  # when the newest package received was made
    records: int
    via: str = ""  # the intermediate unit whose packages carry this unit's data, when it sends none itself

    @property
    def arrived(self) -> bool:
        """Whether any of its data has come, in its own packages or through an intermediate unit."""
        return self.packages > 0 or bool(self.via)

    @property
    def state(self) -> str:
        if not self.packages and self.via:
            return f"gửi qua {self.via}"
        if not self.packages:
            return "chưa gửi gói nào"
        if self.missing:
            return "thiếu gói số " + gap_text(self.missing)
        return "đủ"


def _below(session, own: Installation) -> dict[str, str]:  # noqa: ANN001
    """code → name of every unit below this one."""
    found = {}
    if own.level == Level.PROVINCE:
        found.update({c.code: c.name for c in communes() if c.province_code == own.unit_code})
    found.update(dict(session.execute(select(Unit.code, Unit.name).where(Unit.parent_code == own.unit_code)).all()))
    if own.level == Level.DISTRICT:  # its communes keep the province as their parent: they are its senders
        above = ancestors(session, own.unit_code)
        found.update(dict(session.execute(select(Unit.code, Unit.name).where(
            Unit.code.in_(select(ReceivedPackage.sender)), Unit.code.not_in(above))).all()))
    return found


def unit_names(database: Database) -> dict[str, str]:
    """Code → name of every unit this installation knows (itself, its parents, the units that sent data)."""
    with database.factory() as session:
        return dict(session.execute(select(Unit.code, Unit.name)).all())


def units_below(database: Database) -> dict[str, str]:
    """Code → name of every unit below this installation (none at a commune)."""
    with database.factory() as session:
        own = session.scalar(select(Installation))
        return {} if own is None or own.level == Level.COMMUNE else _below(session, own)


def subordinates(database: Database) -> list[Subordinate]:
    """Every unit below, those with something to see to first (nothing sent, packages missing), then by code."""
    with database.factory() as session:
        own = session.scalar(select(Installation))
        if own is None or own.level == Level.COMMUNE:
            return []
        below = _below(session, own)
        parents = dict(session.execute(select(Unit.code, Unit.parent_code).where(Unit.code.in_(below))).all())
    received = {s.unit_code: s for s in status(database)}
    result = []
    for code, name in below.items():
        got, carrier = received.get(code), received.get(parents.get(code) or "")
        if got:
            result.append(Subordinate(code, name, got.packages, got.missing, got.last_received, got.current_to,
                                      got.records))
        elif carrier and carrier.unit_code != own.unit_code:
            result.append(Subordinate(code, name, 0, (), carrier.last_received, carrier.current_to, 0,
                                      carrier.unit_name))
        else:
            result.append(Subordinate(code, name, 0, (), None, None, 0))
    return sorted(result, key=lambda s: (s.arrived and not s.missing, s.code))


def units_holding(database: Database, table_name: str) -> list[tuple[str, str]]:
    """(code, name) of the other units whose records of this table (``force_members``, ``security_models``…)
    are held here (the units below, at an upper level), by name; empty at a commune."""
    owner = TABLES[table_name].c.owner_unit
    with database.factory() as session:
        own = session.scalar(select(Installation.unit_code))
        rows = session.execute(select(Unit.code, Unit.name).where(
            Unit.code.in_(select(owner).distinct()), Unit.code != own).order_by(Unit.name)).all()
    return [(code, name) for code, name in rows]
