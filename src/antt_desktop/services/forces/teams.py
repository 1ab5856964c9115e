"""Tổ / đội of the grassroots forces: quotas per role, strength from active members, gaps in words."""

from __future__ import annotations

import uuid
from collections import defaultdict
from dataclasses import dataclass
from datetime import date

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from antt_desktop.db.base import utcnow
from antt_desktop.db.forces import ForceMember, ForceTeam
from antt_desktop.db.models import ResidentialArea
from antt_desktop.domain.forces import ACTIVE, Gap, force_type, gap_sentences, staffing
from antt_desktop.domain.teams import TeamInput
from antt_desktop.domain.text import collation_key, search_key
from antt_desktop.errors import UserError
from antt_desktop.services import scoping
from antt_desktop.services.auth import CurrentUser
from antt_desktop.services.database import Database
from antt_desktop.services.roles import Role
from antt_desktop.services.scoping import own_record, owned_by


@dataclass(frozen=True)
class TeamRow:
    id: uuid.UUID
    name: str
    force_type: str
    type_label: str
    area_id: uuid.UUID | None
    area_name: str
    quotas: dict[str, int]
    gaps: tuple[Gap, ...]
    gap_text: tuple[str, ...]
    decision_number: str
    decision_date: date | None
    decision_issuer: str
    notes: str
    deleted: bool
    sort_key: str
    owner_unit: str = ""

    @property
    def active_members(self) -> int:
        return sum(g.actual for g in self.gaps)

    @property
    def quota_total(self) -> int:
        return sum(g.quota for g in self.gaps)

    @property
    def missing(self) -> int:
        return sum(g.missing for g in self.gaps)

    def as_input(self) -> TeamInput:
        return TeamInput(self.name, self.force_type, self.area_id, dict(self.quotas), self.decision_number,
                         self.decision_date, self.decision_issuer, self.notes)


def _active_by_role(session: Session) -> dict[uuid.UUID, dict[str, int]]:
    rows = session.execute(
        select(ForceMember.team_id, ForceMember.role, func.count())
        .where(ForceMember.status == ACTIVE, ForceMember.deleted_at.is_(None))
        .group_by(ForceMember.team_id, ForceMember.role))
    counts: dict[uuid.UUID, dict[str, int]] = defaultdict(dict)
    for team_id, role, number in rows:
        counts[team_id][role] = number
    return counts


def list_teams(database: Database, include_deleted: bool = False, owner: str | None = None) -> list[TeamRow]:
    """Teams in name order with their strength against quota (with ``owner``, only that unit's)."""
    statement = (select(ForceTeam, ResidentialArea.name)
                 .outerjoin(ResidentialArea, ResidentialArea.id == ForceTeam.area_id)
                 .order_by(ForceTeam.sort_key, ForceTeam.owner_unit, ForceTeam.id))
    if not include_deleted:
        statement = statement.where(ForceTeam.deleted_at.is_(None))
    statement = statement.where(*owned_by(ForceTeam, owner))
    with database.factory() as session:
        active = _active_by_role(session)
        result = []
        for team, area_name in session.execute(statement):
            kind = force_type(team.force_type)
            gaps = tuple(staffing(kind, team.quotas, active.get(team.id, {}))) if kind else ()
            result.append(TeamRow(team.id, team.name, team.force_type, kind.label if kind else team.force_type,
                                  team.area_id, area_name or "", dict(team.quotas), gaps,
                                  tuple(gap_sentences(team.name, kind, list(gaps))) if kind else (),
                                  team.decision_number, team.decision_date, team.decision_issuer, team.notes,
                                  team.is_deleted, team.sort_key, team.owner_unit))
        return result


@dataclass(frozen=True)
class StaffingSummary:
    teams: int
    teams_short: int
    people_missing: int
    active_members: int
    sentences: tuple[str, ...]


def staffing_summary(database: Database, owner: str | None = None) -> StaffingSummary:
    """What the dashboard shows: how many teams are short and by how many people, in words."""
    return summarize(list_teams(database, owner=owner))


def summarize(teams: list[TeamRow]) -> StaffingSummary:
    """The staffing summary of teams already listed."""
    short = [t for t in teams if t.missing]
    return StaffingSummary(len(teams), len(short), sum(t.missing for t in short),
                           sum(t.active_members for t in teams), tuple(s for t in short for s in t.gap_text))


def _apply(session: Session, team: ForceTeam, data: TeamInput) -> None:
    if data.area_id is not None:
        own_record(session, ResidentialArea, data.area_id, "khu dân cư", live=True)
    duplicate = session.scalar(select(ForceTeam.name).where(
        ForceTeam.search_key == search_key(data.name), ForceTeam.deleted_at.is_(None), ForceTeam.id != team.id))
    if duplicate:
        raise UserError(f"Đã có tổ/đội “{duplicate}”; hãy đặt tên khác.")
    team.name, team.force_type, team.area_id = data.name, data.force_type, data.area_id
    team.quotas = dict(data.quotas)
    team.decision_number, team.decision_date = data.decision_number, data.decision_date
    team.decision_issuer, team.notes = data.decision_issuer, data.notes
    team.search_key, team.sort_key = search_key(data.name), collation_key(data.name)


def create_team(database: Database, user: CurrentUser, data: TeamInput) -> uuid.UUID:
    user.require(Role.EDITOR)
    clean = data.validated()
    with database.session(user.username) as session:
        team = ForceTeam(id=uuid.uuid4())
        _apply(session, team, clean)
        session.add(team)
        return team.id


def update_team(database: Database, user: CurrentUser, team_id: uuid.UUID, data: TeamInput) -> None:
    user.require(Role.EDITOR)
    clean = data.validated()
    with database.session(user.username) as session:
        team = own_record(session, ForceTeam, team_id, "tổ/đội", live=True)
        if clean.force_type != team.force_type and _active_count(session, team_id):
            raise UserError("Tổ/đội còn thành viên đang tham gia nên không đổi được loại lực lượng.")
        _apply(session, team, clean)


def _active_count(session: Session, team_id: uuid.UUID) -> int:
    return session.scalar(select(func.count()).select_from(ForceMember).where(
        ForceMember.team_id == team_id, ForceMember.status == ACTIVE, ForceMember.deleted_at.is_(None))) or 0


def delete_team(database: Database, user: CurrentUser, team_id: uuid.UUID) -> None:
    user.require(Role.EDITOR)
    with database.session(user.username) as session:
        team = own_record(session, ForceTeam, team_id, "tổ/đội")
        active = _active_count(session, team_id)
        if active:
            raise UserError(f"“{team.name}” còn {active} thành viên đang tham gia; hãy chuyển họ sang tổ khác "
                            "hoặc kết thúc tham gia trước khi xóa tổ.")
        team.deleted_at = team.deleted_at or utcnow()


def restore_team(database: Database, user: CurrentUser, team_id: uuid.UUID) -> None:
    scoping.set_deleted(database, user, ForceTeam, team_id, "tổ/đội", deleted=False)
