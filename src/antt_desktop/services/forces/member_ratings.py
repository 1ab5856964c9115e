"""The yearly rating of the members of a Tổ bảo vệ ANTT: the team's sheet for a year, saving it in one
transaction with the cap on the top level checked for the whole team, and the ratings as lists and history."""

from __future__ import annotations

import uuid
from collections.abc import Mapping
from dataclasses import dataclass
from datetime import date

from sqlalchemy import select
from sqlalchemy.orm import Session

from antt_desktop.db.base import utcnow
from antt_desktop.db.forces import ForceMember, ForceTeam, MemberRating
from antt_desktop.domain.forces import force_type, role_name
from antt_desktop.domain.member_rating import RatingRules, rating_rules
from antt_desktop.domain.text import normalize
from antt_desktop.errors import UserError
from antt_desktop.services.auth import CurrentUser
from antt_desktop.services.database import Database
from antt_desktop.services.roles import Role
from antt_desktop.services.scoping import own_record, owned_by

MAX_NOTE = 500
FIRST_YEAR = 2000


@dataclass(frozen=True)
class RatingEntry:
    """A member who can be rated for the year, with the level and note saved so far ("" when not rated)."""

    member_id: uuid.UUID
    full_name: str
    role_name: str
    level: str
    note: str


@dataclass(frozen=True)
class TeamRatingSheet:
    team_id: uuid.UUID
    team_name: str
    owner_unit: str
    year: int
    entries: tuple[RatingEntry, ...]
    not_ratable: tuple[str, ...]  # why each other member of the team is not rated this year


@dataclass(frozen=True)
class RatingRow:
    """A saved rating, for the lists and reports."""

    owner_unit: str
    team_id: uuid.UUID
    team_name: str
    member_id: uuid.UUID
    full_name: str
    role_name: str
    level: str
    level_name: str
    note: str


def check_year(year: int, today: date | None = None) -> None:
    """A year whose rating period has begun (and not before 2000)."""
    rules, today = rating_rules(), today or date.today()
    if not FIRST_YEAR <= year <= today.year + 1:
        raise UserError(f"Năm {year} không xếp loại được; hãy chọn một năm từ {FIRST_YEAR} đến năm nay.")
    if rules.period(year)[0] > today:
        raise UserError(f"Năm {year} không xếp loại được: kỳ xếp loại {rules.period_text(year)} chưa bắt đầu; "
                        "hãy chọn một năm đã bắt đầu kỳ xếp loại.")


def _rated_team(team: ForceTeam, rules: RatingRules) -> None:
    if team.force_type not in rules.force_types:
        kind = force_type(team.force_type)
        raise UserError(f"“{team.name}” là {kind.short_name if kind else team.force_type}: loại lực lượng này không "
                        "xếp loại thành viên hằng năm; chỉ chọn Tổ bảo vệ an ninh, trật tự.")


def _live_ratings(session: Session, member_ids: list[uuid.UUID], year: int) -> dict[uuid.UUID, list[MemberRating]]:
    """Each member's live ratings of the year, newest first (two computers of one commune may both have rated)."""
    found: dict[uuid.UUID, list[MemberRating]] = {}
    for rating in session.scalars(select(MemberRating).where(
            MemberRating.member_id.in_(member_ids), MemberRating.year == year, MemberRating.deleted_at.is_(None))
            .order_by(MemberRating.version.desc())):
        found.setdefault(rating.member_id, []).append(rating)
    return found


def _team_members(session: Session, team_id: uuid.UUID) -> list[ForceMember]:
    return list(session.scalars(select(ForceMember).where(ForceMember.team_id == team_id,
                                                          ForceMember.deleted_at.is_(None))
                                .order_by(ForceMember.sort_key, ForceMember.id)))


def team_sheet(database: Database, team_id: uuid.UUID, year: int) -> TeamRatingSheet:
    """The members of a team who can be rated for ``year``, with their saved ratings, and why the others can't."""
    rules = rating_rules()
    with database.factory() as session:
        team = session.get(ForceTeam, team_id)
        if team is None or team.deleted_at is not None:
            raise UserError("Không tìm thấy tổ/đội này; có thể nó vừa bị xóa ở cửa sổ khác.")
        _rated_team(team, rules)
        members = _team_members(session, team_id)
        ratings = _live_ratings(session, [m.id for m in members], year)
        entries, others = [], []
        for m in members:
            reason = rules.not_ratable_reason(m.full_name, m.start_date, m.end_date, year)
            if reason:
                others.append(reason)
                continue
            saved = ratings.get(m.id, [None])[0]
            entries.append(RatingEntry(m.id, m.full_name, role_name(team.force_type, m.role),
                                       saved.level if saved else "", saved.note if saved else ""))
        return TeamRatingSheet(team.id, team.name, team.owner_unit, year, tuple(entries), tuple(others))


def save_ratings(database: Database, user: CurrentUser, team_id: uuid.UUID, year: int,
                 choices: Mapping[uuid.UUID, tuple[str | None, str]]) -> int:
    """Rate members of one team for ``year`` in one transaction: member → (level code, or None/"" to clear;
    note). Refused whole when a member is not of the team or cannot be rated that year, when a level is not in
    the catalog, or when the team would have more at the top level than the cap. Returns the ratings changed."""
    user.require(Role.EDITOR)
    check_year(year)
    rules = rating_rules()
    with database.session(user.username) as session:
        team = own_record(session, ForceTeam, team_id, "tổ/đội", live=True)
        _rated_team(team, rules)
        members = {m.id: m for m in _team_members(session, team_id)}
        if len(choices) > len(members):
            raise UserError(f"Danh sách xếp loại có {len(choices)} người, nhiều hơn số thành viên của {team.name}.")
        live = _live_ratings(session, list(members), year)
        for extra in (r for ratings in live.values() for r in ratings[1:]):  # keep one rating per member and year
            extra.deleted_at = utcnow()
        current = {member_id: ratings[0] for member_id, ratings in live.items()}
        changed = 0
        for member_id, (level, note) in choices.items():
            member = members.get(member_id)
            if member is None:
                raise UserError(f"Có người trong danh sách xếp loại không phải thành viên của {team.name}; hãy mở "
                                "lại danh sách của tổ.")
            changed += _apply(session, rules, member, year, current, level or "", normalize(note))
        top = [m.full_name for i, m in members.items()  # in the team's name order
               if i in current and current[i].deleted_at is None and current[i].level == rules.top_level]
        rated = sum(r.deleted_at is None for r in current.values())
        problem = rules.cap_problem(team.name, rated, top)
        if problem:
            raise UserError(problem)
        return changed


def _apply(session: Session, rules: RatingRules, member: ForceMember, year: int,
           current: dict[uuid.UUID, MemberRating], level: str, note: str) -> int:
    rating = current.get(member.id)
    if not level:
        if rating is None:
            return 0
        rating.deleted_at = utcnow()
        del current[member.id]
        return 1
    if rules.level(level) is None:
        names = ", ".join(f"{lv.code} ({lv.name})" for lv in rules.levels)
        raise UserError(f"Mức xếp loại “{level[:40]}” của {member.full_name} không có trong danh mục; chọn một "
                        f"trong: {names}.")
    reason = rules.not_ratable_reason(member.full_name, member.start_date, member.end_date, year)
    if reason:
        raise UserError(reason)
    if len(note) > MAX_NOTE:
        raise UserError(f"Ghi chú xếp loại của {member.full_name} dài quá {MAX_NOTE} ký tự; hãy rút gọn.")
    if rating is None:
        rating = MemberRating(id=uuid.uuid4(), member_id=member.id, year=year, level=level, note=note)
        session.add(rating)
        current[member.id] = rating
        return 1
    if (rating.level, rating.note) == (level, note):
        return 0
    rating.level, rating.note = level, note
    return 1


def list_ratings(database: Database, year: int, owner: str | None = None) -> list[RatingRow]:
    """The year's saved ratings of live members, by team then member (with ``owner``, one unit's)."""
    rules = rating_rules()
    statement = (select(MemberRating, ForceMember, ForceTeam)
                 .join(ForceMember, ForceMember.id == MemberRating.member_id)
                 .join(ForceTeam, ForceTeam.id == ForceMember.team_id)
                 .where(MemberRating.year == year, MemberRating.deleted_at.is_(None),
                        ForceMember.deleted_at.is_(None), *owned_by(MemberRating, owner))
                 .order_by(ForceTeam.sort_key, ForceTeam.id, ForceMember.sort_key, ForceMember.id,
                           MemberRating.version.desc()))
    rows: list[RatingRow] = []
    seen: set[uuid.UUID] = set()
    with database.factory() as session:
        for rating, member, team in session.execute(statement):
            if member.id in seen:  # a second live rating of the same year (from another computer): the newest wins
                continue
            seen.add(member.id)
            rows.append(RatingRow(rating.owner_unit, team.id, team.name, member.id, member.full_name,
                                  role_name(team.force_type, member.role), rating.level,
                                  rules.level_name(rating.level), rating.note))
    return rows


@dataclass(frozen=True)
class MemberRatingHistory:
    id: uuid.UUID
    year: int
    period_end: date
    level_name: str
    note: str

    @property
    def text(self) -> str:
        return f"Xếp loại năm {self.year}: {self.level_name}"


def member_history(database: Database, member_id: uuid.UUID) -> list[MemberRatingHistory]:
    """A member's ratings year by year (the newest rating of each year)."""
    rules = rating_rules()
    with database.factory() as session:
        ratings = session.scalars(select(MemberRating).where(MemberRating.member_id == member_id,
                                                             MemberRating.deleted_at.is_(None))
                                  .order_by(MemberRating.year, MemberRating.version.desc())).all()
    by_year: dict[int, MemberRating] = {}
    for rating in ratings:
        by_year.setdefault(rating.year, rating)
    return [MemberRatingHistory(r.id, year, rules.period(year)[1], rules.level_name(r.level), r.note)
            for year, r in sorted(by_year.items())]


@dataclass(frozen=True)
class TeamCounts:
    owner_unit: str
    team_name: str
    counts: dict[str, int]  # level code → members, every level of the catalog in its order

    @property
    def total(self) -> int:
        return sum(self.counts.values())


def counts_by_team(rows: list[RatingRow]) -> list[TeamCounts]:
    """How many members of each team are at each level, teams in the order of ``rows``."""
    levels = [lv.code for lv in rating_rules().levels]
    result: dict[uuid.UUID, TeamCounts] = {}
    for row in rows:
        entry = result.setdefault(row.team_id, TeamCounts(row.owner_unit, row.team_name, dict.fromkeys(levels, 0)))
        entry.counts[row.level] = entry.counts.get(row.level, 0) + 1
    return list(result.values())
