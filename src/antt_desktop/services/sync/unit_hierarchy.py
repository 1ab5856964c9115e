"""Who may speak for whom, as this installation is configured (never as a package claims): the unit above (set
at initialisation), the units below (a province's official communes and the intermediate units its
administrator added, a commune forwarded by the intermediate unit it is assigned to), another computer of
this unit. A package's ``sender_level``, ``sender_parent`` and ``forwarded`` are checked against this."""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum
from functools import cache

from sqlalchemy import select
from sqlalchemy.orm import Session

from antt_desktop.db.audit import append_audit
from antt_desktop.db.models import Installation, Unit
from antt_desktop.domain.units import Level, OfficialUnit, communes, find_official, normalize_custom_code
from antt_desktop.errors import UserError
from antt_desktop.services.auth import CurrentUser
from antt_desktop.services.database import Database
from antt_desktop.services.roles import Role


class Relation(StrEnum):
    SELF = "self"  # another computer of this unit
    ABOVE = "above"
    BELOW = "below"


def ancestors(session: Session, code: str) -> set[str]:
    """The units above ``code``, as this installation knows them."""
    found: set[str] = set()
    parent = session.scalar(select(Unit.parent_code).where(Unit.code == code))
    while parent and parent not in found:
        found.add(parent)
        parent = session.scalar(select(Unit.parent_code).where(Unit.code == parent))
    return found


@cache
def _official_communes() -> dict[str, OfficialUnit]:
    return {c.code: c for c in communes()}


def official_commune(code: str) -> OfficialUnit | None:
    return _official_communes().get(code)


def _province_of(session: Session, own: Installation) -> str:
    """The province this installation belongs to (itself at a province)."""
    if own.level == Level.PROVINCE:
        return own.unit_code
    return next((code for code in ancestors(session, own.unit_code) if code.isdigit() and len(code) == 2), "")


def relation(session: Session, own: Installation, sender: str) -> Relation | None:
    """How ``sender`` stands to this installation by its own configuration; None: it may not send here."""
    if sender == own.unit_code:
        return Relation.SELF
    if sender in ancestors(session, own.unit_code):
        return Relation.ABOVE
    if own.level == Level.COMMUNE:
        return None
    unit = session.get(Unit, sender)
    if unit is not None and unit.parent_code == own.unit_code:
        return Relation.BELOW
    commune = official_commune(sender)
    if commune is not None and commune.province_code == _province_of(session, own):
        return Relation.BELOW
    return None


def configured(session: Session, own: Installation, sender: str) -> tuple[str, str | None]:
    """The level and parent of ``sender`` as configured here (official communes: from the official list)."""
    if sender == own.unit_code:
        unit = session.get(Unit, sender)
        return own.level, unit.parent_code if unit else None
    commune = official_commune(sender)
    if commune is not None:
        return Level.COMMUNE, commune.province_code
    unit = session.get(Unit, sender)
    return (unit.level, unit.parent_code) if unit else ("", None)


def ensure_sender_unit(session: Session, sender: str) -> None:
    """A commune below seen for the first time gets its row from the official list (never from the package)."""
    if session.get(Unit, sender) is None:
        commune = official_commune(sender)
        if commune is not None:
            session.add(Unit(code=sender, name=commune.name, level=Level.COMMUNE,
                             parent_code=commune.province_code if session.get(Unit, commune.province_code) else None,
                             official=True))
            session.flush()


def forwarded_by(session: Session, intermediate: str) -> set[str]:
    """The communes an intermediate unit below is configured to forward."""
    return set(session.scalars(select(Unit.code).where(Unit.parent_code == intermediate,
                                                       Unit.level == Level.COMMUNE)))


@dataclass(frozen=True)
class BelowUnit:
    code: str
    name: str
    level: str
    via: str  # the intermediate unit forwarding it, if any


def add_intermediate(database: Database, user: CurrentUser, code: str, name: str) -> BelowUnit:
    """At a province: an intermediate unit (a former district, a cluster of communes) directly below it."""
    user.require(Role.ADMIN)
    code, name = normalize_custom_code(code), name.strip()
    if not name or len(name) > 200:
        raise UserError("Hãy nhập tên đơn vị trung gian (--name), tối đa 200 ký tự.")
    with database.session(user.username) as session:
        own = session.scalar(select(Installation))
        if own.level != Level.PROVINCE:
            raise UserError("Chỉ cài đặt cấp tỉnh mới thêm đơn vị trung gian trực thuộc.")
        unit = session.get(Unit, code)
        if unit is not None and (unit.level != Level.DISTRICT or unit.parent_code != own.unit_code):
            raise UserError(f"Mã {code} đã dùng cho đơn vị khác ({unit.name}).")
        if unit is None:
            session.add(Unit(code=code, name=name, level=Level.DISTRICT, parent_code=own.unit_code, official=False))
        else:
            unit.name = name
        append_audit(session, user.username, "units", "units", code, f"đơn vị trung gian {name}")
    return BelowUnit(code, name, Level.DISTRICT, "")


def assign_commune(database: Database, user: CurrentUser, commune_code: str, via: str = "") -> BelowUnit:
    """At a province: which intermediate unit forwards an official commune of it (``via`` empty: none, the
    commune sends to the province itself)."""
    user.require(Role.ADMIN)
    commune = find_official(commune_code, Level.COMMUNE)
    with database.session(user.username) as session:
        own = session.scalar(select(Installation))
        if own.level != Level.PROVINCE or commune.province_code != own.unit_code:
            raise UserError(f"{commune.name} ({commune.code}) không thuộc đơn vị này; chỉ cấp tỉnh của xã mới "
                            "phân xã cho đơn vị trung gian.")
        parent = own.unit_code
        if via:
            intermediate = session.get(Unit, normalize_custom_code(via))
            if intermediate is None or intermediate.level != Level.DISTRICT or intermediate.parent_code != parent:
                raise UserError(f"Chưa có đơn vị trung gian {via} trực thuộc đơn vị này; hãy thêm trước "
                                "(antt units add-intermediate).")
            parent = intermediate.code
        unit = session.get(Unit, commune.code)
        if unit is None:
            session.add(Unit(code=commune.code, name=commune.name, level=Level.COMMUNE, parent_code=parent,
                             official=True))
        else:
            unit.parent_code = parent
        append_audit(session, user.username, "units", "units", commune.code,
                     f"chuyển tiếp qua {parent}" if via else "gửi thẳng lên đơn vị này")
    return BelowUnit(commune.code, commune.name, Level.COMMUNE, parent if via else "")


def configured_below(database: Database) -> list[BelowUnit]:
    """The intermediate units and the communes assigned to them, as configured here."""
    with database.factory() as session:
        own = session.scalar(select(Installation))
        middle = session.scalars(select(Unit).where(Unit.parent_code == own.unit_code,
                                                    Unit.level == Level.DISTRICT).order_by(Unit.code)).all()
        result = []
        for unit in middle:
            result.append(BelowUnit(unit.code, unit.name, unit.level, ""))
            result.extend(BelowUnit(c.code, c.name, c.level, unit.code) for c in session.scalars(
                select(Unit).where(Unit.parent_code == unit.code).order_by(Unit.code)))
        return result
