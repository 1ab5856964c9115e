"""Prestigious people (người có uy tín, nhân sĩ, trí thức, chức sắc, chức việc) and their activities."""

from __future__ import annotations

import uuid
from dataclasses import dataclass

from sqlalchemy import select

from antt_desktop.db.campaigns import Activity, PrestigiousPerson
from antt_desktop.db.models import ResidentialArea
from antt_desktop.domain.campaigns import PersonInput
from antt_desktop.domain.text import person_name_key, search_key
from antt_desktop.services import scoping
from antt_desktop.services.auth import CurrentUser
from antt_desktop.services.database import Database
from antt_desktop.services.roles import Role
from antt_desktop.services.scoping import own_record


@dataclass(frozen=True)
class PersonRow:
    id: uuid.UUID
    data: PersonInput
    area_name: str
    activity_count: int
    deleted: bool
    sort_key: str


def list_persons(database: Database, query: str = "", include_deleted: bool = False) -> list[PersonRow]:
    statement = (select(PrestigiousPerson, ResidentialArea.name)
                 .outerjoin(ResidentialArea, ResidentialArea.id == PrestigiousPerson.area_id)
                 .order_by(PrestigiousPerson.sort_key))
    key = search_key(query)
    if key:
        statement = statement.where(PrestigiousPerson.search_key.contains(key, autoescape=True))
    if not include_deleted:
        statement = statement.where(PrestigiousPerson.deleted_at.is_(None))
    with database.factory() as session:
        counts: dict[str, int] = {}
        for person_ids in session.scalars(select(Activity.person_ids).where(Activity.deleted_at.is_(None))):
            for person_id in person_ids:
                counts[person_id] = counts.get(person_id, 0) + 1
        return [PersonRow(p.id, PersonInput(p.full_name, p.category, p.area_id, p.title, p.ethnicity, p.religion,
                                            p.phone, p.address, p.notes), area or "", counts.get(str(p.id), 0),
                          p.is_deleted, p.sort_key)
                for p, area in session.execute(statement)]


def save_person(database: Database, user: CurrentUser, data: PersonInput,
                person_id: uuid.UUID | None = None) -> uuid.UUID:
    user.require(Role.EDITOR)
    clean = data.validated()
    with database.session(user.username) as session:
        if clean.area_id:
            own_record(session, ResidentialArea, clean.area_id, "khu dân cư", live=True)
        if person_id is None:
            person = PrestigiousPerson(id=uuid.uuid4())
            session.add(person)
        else:
            person = own_record(session, PrestigiousPerson, person_id, "người này", live=True)
        for name in ("full_name", "category", "area_id", "title", "ethnicity", "religion", "phone", "address",
                     "notes"):
            setattr(person, name, getattr(clean, name))
        person.search_key, person.sort_key = search_key(clean.full_name), person_name_key(clean.full_name)
        return person.id


def set_deleted(database: Database, user: CurrentUser, person_id: uuid.UUID, deleted: bool) -> None:
    scoping.set_deleted(database, user, PrestigiousPerson, person_id, "người này", deleted)
