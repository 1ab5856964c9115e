"""Residential areas (Địa bàn): list with diacritics-insensitive search, add, edit, delete and restore."""

from __future__ import annotations

import uuid
from dataclasses import dataclass

from sqlalchemy import select
from sqlalchemy.orm import Session

from antt_desktop.db.base import utcnow
from antt_desktop.db.models import ResidentialArea
from antt_desktop.domain.areas import KEY_FLAGS, AreaInput
from antt_desktop.domain.text import collation_key, search_key
from antt_desktop.errors import UserError
from antt_desktop.services.auth import CurrentUser
from antt_desktop.services.database import Database
from antt_desktop.services.roles import Role
from antt_desktop.services.scoping import own_record, owned_by


@dataclass(frozen=True)
class AreaRow:
    id: uuid.UUID
    name: str
    kind: str
    population: int | None
    households: int | None
    flags: frozenset[str]
    key_notes: str
    notes: str
    owner_unit: str
    deleted: bool
    sort_key: str

    @property
    def flag_labels(self) -> str:
        return ", ".join(KEY_FLAGS[f] for f in KEY_FLAGS if f in self.flags)

    def as_input(self) -> AreaInput:
        return AreaInput(self.name, self.kind, self.population, self.households, set(self.flags),
                         self.key_notes, self.notes)


def _row(area: ResidentialArea) -> AreaRow:
    flags = frozenset(f for f in KEY_FLAGS if getattr(area, f))
    return AreaRow(area.id, area.name, area.kind, area.population, area.households, flags, area.key_notes,
                   area.notes, area.owner_unit, area.is_deleted, area.sort_key)


def list_areas(database: Database, query: str = "", include_deleted: bool = False,
               owner: str | None = None) -> list[AreaRow]:
    """Areas whose name or kind contains the query, ignoring diacritics and case, in Vietnamese order; with
    ``owner``, only that unit's (at an upper level)."""
    statement = select(ResidentialArea).order_by(ResidentialArea.sort_key, ResidentialArea.owner_unit,
                                                 ResidentialArea.id)
    statement = statement.where(*owned_by(ResidentialArea, owner))
    key = search_key(query)
    if key:
        statement = statement.where(ResidentialArea.search_key.contains(key, autoescape=True))
    if not include_deleted:
        statement = statement.where(ResidentialArea.deleted_at.is_(None))
    with database.factory() as session:
        return [_row(area) for area in session.scalars(statement)]


def apply_input(area: ResidentialArea, data: AreaInput) -> None:
    area.name, area.kind = data.name, data.kind
    area.population, area.households = data.population, data.households
    area.key_notes, area.notes = data.key_notes, data.notes
    for flag in KEY_FLAGS:
        setattr(area, flag, flag in data.flags)
    area.search_key = search_key(f"{data.kind} {data.name}")
    area.sort_key = collation_key(data.name)


def _check_unique(session: Session, name: str, exclude: uuid.UUID | None) -> None:
    key = search_key(name)
    live = select(ResidentialArea).where(
        ResidentialArea.deleted_at.is_(None), ResidentialArea.owner_unit == session.info["unit_code"],
        ResidentialArea.search_key.endswith(key, autoescape=True))
    for other in session.scalars(live):
        if other.id != exclude and search_key(other.name) == key:
            raise UserError(f"Đã có khu dân cư “{other.name}”; hãy đặt tên khác hoặc sửa khu dân cư đó.")


def create_area(database: Database, user: CurrentUser, data: AreaInput) -> AreaRow:
    user.require(Role.EDITOR)
    clean = data.validated()
    with database.session(user.username) as session:
        _check_unique(session, clean.name, None)
        area = ResidentialArea()
        apply_input(area, clean)
        session.add(area)
        session.flush()
        return _row(area)


def update_area(database: Database, user: CurrentUser, area_id: uuid.UUID, data: AreaInput) -> AreaRow:
    user.require(Role.EDITOR)
    clean = data.validated()
    with database.session(user.username) as session:
        area = own_record(session, ResidentialArea, area_id, "khu dân cư")
        _check_unique(session, clean.name, area_id)
        apply_input(area, clean)
        session.flush()
        return _row(area)


def delete_area(database: Database, user: CurrentUser, area_id: uuid.UUID) -> None:
    """Mark deleted (a tombstone): the area disappears from lists and can be restored."""
    user.require(Role.EDITOR)
    with database.session(user.username) as session:
        area = own_record(session, ResidentialArea, area_id, "khu dân cư")
        if area.deleted_at is None:
            area.deleted_at = utcnow()


def restore_area(database: Database, user: CurrentUser, area_id: uuid.UUID) -> None:
    user.require(Role.EDITOR)
    with database.session(user.username) as session:
        area = own_record(session, ResidentialArea, area_id, "khu dân cư")
        if area.deleted_at is not None:
            _check_unique(session, area.name, area_id)
            area.deleted_at = None
