"""Reading members: SQL-side filter, sort and paging so 100,000 rows stay fluid; CCCD masked unless admin."""

from __future__ import annotations

import uuid
from dataclasses import dataclass, replace
from datetime import date

from sqlalchemy import Select, func, select

from antt_desktop.db.forces import ForceMember, ForceTeam
from antt_desktop.db.models import ResidentialArea
from antt_desktop.domain.cccd import mask_cccd
from antt_desktop.domain.forces import role_name
from antt_desktop.domain.members import MemberInput
from antt_desktop.domain.text import search_key
from antt_desktop.services.auth import CurrentUser
from antt_desktop.services.database import Database
from antt_desktop.services.roles import Role, allows
from antt_desktop.services.scoping import owned_by


@dataclass(frozen=True)
class MemberFilter:
    query: str = ""
    area_id: uuid.UUID | None = None
    team_id: uuid.UUID | None = None
    force_type: str = ""
    role: str = ""
    status: str = ""
    include_deleted: bool = False
    owner_unit: str = ""  # at an upper level: one unit below


@dataclass(frozen=True)
class MemberRow:
    id: uuid.UUID
    full_name: str
    gender: str
    birth_date: date
    cccd: str
    phone: str
    residence: str
    ethnicity: str
    religion: str
    education: str
    party_member: bool
    team_id: uuid.UUID
    team_name: str
    force_type: str
    area_name: str
    role: str
    status: str
    start_date: date
    end_date: date | None
    end_reason: str
    appointment_number: str
    appointment_date: date | None
    appointment_issuer: str
    notes: str
    deleted: bool
    owner_unit: str = ""

    @property
    def role_name(self) -> str:
        return role_name(self.force_type, self.role)

    def as_input(self) -> MemberInput:
        return MemberInput(self.full_name, self.gender, self.birth_date, self.team_id, self.role, self.start_date,
                           self.cccd, self.phone, self.residence, self.ethnicity, self.religion, self.education,
                           self.party_member, self.appointment_number, self.appointment_date,
                           self.appointment_issuer, self.notes)


# Sort column name → SQL expression; names sort by the Vietnamese person-name key.
SORTS = {
    "name": ForceMember.sort_key, "birth_date": ForceMember.birth_date, "team": ForceTeam.sort_key,
    "role": ForceMember.role, "status": ForceMember.status, "start_date": ForceMember.start_date,
    "area": ResidentialArea.sort_key, "unit": ForceMember.owner_unit,
}


def _columns() -> Select:
    return (select(ForceMember, ForceTeam.name, ForceTeam.force_type, ResidentialArea.name)
            .join(ForceTeam, ForceTeam.id == ForceMember.team_id)
            .outerjoin(ResidentialArea, ResidentialArea.id == ForceTeam.area_id))


def _filtered(statement: Select, f: MemberFilter) -> Select:
    key = search_key(f.query)
    if key:
        statement = statement.where(ForceMember.search_key.contains(key, autoescape=True))
    if f.area_id:
        statement = statement.where(ForceTeam.area_id == f.area_id)
    if f.team_id:
        statement = statement.where(ForceMember.team_id == f.team_id)
    if f.force_type:
        statement = statement.where(ForceTeam.force_type == f.force_type)
    if f.role:
        statement = statement.where(ForceMember.role == f.role)
    if f.status:
        statement = statement.where(ForceMember.status == f.status)
    statement = statement.where(*owned_by(ForceMember, f.owner_unit))
    if not f.include_deleted:
        statement = statement.where(ForceMember.deleted_at.is_(None))
    return statement


def _row(member: ForceMember, team_name: str, type_code: str, area_name: str | None) -> MemberRow:
    return MemberRow(member.id, member.full_name, member.gender, member.birth_date, member.cccd, member.phone,
                     member.residence, member.ethnicity, member.religion, member.education, member.party_member,
                     member.team_id, team_name, type_code, area_name or "", member.role, member.status,
                     member.start_date, member.end_date, member.end_reason, member.appointment_number,
                     member.appointment_date, member.appointment_issuer, member.notes, member.is_deleted,
                     member.owner_unit)


def _visible(row: MemberRow, user: CurrentUser) -> MemberRow:
    return row if allows(user.role, Role.ADMIN) else replace(row, cccd=mask_cccd(row.cccd))


def count_members(database: Database, f: MemberFilter) -> int:
    statement = _filtered(select(func.count()).select_from(ForceMember)
                          .join(ForceTeam, ForceTeam.id == ForceMember.team_id), f)
    with database.factory() as session:
        return session.scalar(statement) or 0


def query_members(database: Database, user: CurrentUser, f: MemberFilter, offset: int = 0, limit: int = 200,
                  sort: str = "name", descending: bool = False) -> list[MemberRow]:
    """One page of members matching the filter, sorted in SQL (ties broken by id for stable paging)."""
    column = SORTS.get(sort, ForceMember.sort_key)
    order = column.desc() if descending else column.asc()
    statement = _filtered(_columns(), f).order_by(order, ForceMember.id).offset(offset).limit(limit)
    with database.factory() as session:
        return [_visible(_row(*values), user) for values in session.execute(statement)]


def get_member(database: Database, user: CurrentUser, member_id: uuid.UUID) -> MemberRow | None:
    with database.factory() as session:
        values = session.execute(_columns().where(ForceMember.id == member_id)).first()
        return _visible(_row(*values), user) if values else None

