"""Writing members: add, edit (team/role changes become dated timeline entries), end and resume service."""

from __future__ import annotations

import uuid
from dataclasses import replace
from datetime import date

from sqlalchemy import select
from sqlalchemy.orm import Session

from antt_desktop.db.forces import ForceMember, ForceTeam, MemberEvent
from antt_desktop.domain.cccd import mask_cccd
from antt_desktop.domain.dates import format_date
from antt_desktop.domain.forces import ACTIVE, ENDED, force_type, role_name
from antt_desktop.domain.members import MemberInput
from antt_desktop.domain.text import normalize, person_name_key, search_key
from antt_desktop.errors import UserError
from antt_desktop.services import scoping
from antt_desktop.services.auth import CurrentUser
from antt_desktop.services.database import Database
from antt_desktop.services.roles import Role
from antt_desktop.services.scoping import own_record

TIMELINE = "timeline"


def _position(session: Session, team_id: uuid.UUID, role: str) -> str:
    team = session.get(ForceTeam, team_id)
    return f"{role_name(team.force_type, role)} – {team.name}"


def _check_team_role(session: Session, data: MemberInput) -> None:
    team = own_record(session, ForceTeam, data.team_id, "tổ/đội", live=True)
    kind = force_type(team.force_type)
    if kind is None or kind.role(data.role) is None:
        raise UserError(f"Chức danh đã chọn không thuộc {kind.name if kind else team.force_type}.")


def _check_unique_cccd(session: Session, cccd: str, exclude: uuid.UUID | None) -> None:
    if not cccd:
        return
    other = session.execute(
        select(ForceMember.full_name, ForceTeam.name).join(ForceTeam, ForceTeam.id == ForceMember.team_id)
        .where(ForceMember.cccd == cccd, ForceMember.deleted_at.is_(None), ForceMember.id != exclude)).first()
    if other:
        raise UserError(f"Số CCCD {cccd} đã có ở thành viên {other[0]} ({other[1]}); một người chỉ ghi một lần.")


def _timeline(session: Session, member_id: uuid.UUID, day: date, category: str, content: str,
              from_value: str = "", to_value: str = "") -> None:
    session.add(MemberEvent(member_id=member_id, kind=TIMELINE, event_date=day, category=category,
                            content=content, from_value=from_value, to_value=to_value))


def member_values(data: MemberInput) -> dict:
    """The columns of a member that its input sets, search and sort keys included."""
    values = {name: getattr(data, name) for name in (
        "full_name", "gender", "birth_date", "cccd", "phone", "residence", "ethnicity", "religion", "education",
        "party_member", "appointment_number", "appointment_date", "appointment_issuer", "notes")}
    values.update(search_key=search_key(data.full_name), sort_key=person_name_key(data.full_name))
    return values


def fill_member(member: ForceMember, data: MemberInput) -> None:
    for name, value in member_values(data).items():
        setattr(member, name, value)


def create_member(database: Database, user: CurrentUser, data: MemberInput) -> uuid.UUID:
    user.require(Role.EDITOR)
    clean = data.validated()
    with database.session(user.username) as session:
        _check_team_role(session, clean)
        _check_unique_cccd(session, clean.cccd, None)
        member = ForceMember(id=uuid.uuid4(), team_id=clean.team_id, role=clean.role, status=ACTIVE,
                             start_date=clean.start_date, end_reason="")
        fill_member(member, clean)
        session.add(member)
        session.flush()
        _timeline(session, member.id, clean.start_date, "Bắt đầu tham gia", clean.appointment_number,
                  to_value=_position(session, clean.team_id, clean.role))
        return member.id


def update_member(database: Database, user: CurrentUser, member_id: uuid.UUID, data: MemberInput,
                  change_date: date | None = None) -> None:
    """Save the member; a new team or role is recorded in the timeline on ``change_date`` (default today)."""
    user.require(Role.EDITOR)
    with database.session(user.username) as session:
        member = own_record(session, ForceMember, member_id, "thành viên", live=True)
        if data.cccd and data.cccd == mask_cccd(member.cccd):  # a masked number shown to a non-admin
            data = replace(data, cccd=member.cccd)
        clean = data.validated()
        _check_team_role(session, clean)
        _check_unique_cccd(session, clean.cccd, member_id)
        if (clean.team_id, clean.role) != (member.team_id, member.role):
            if member.status != ACTIVE:
                raise UserError("Thành viên đã thôi tham gia; hãy cho tham gia lại trước khi đổi tổ hoặc chức danh.")
            day = change_date or date.today()
            if day < member.start_date or day > date.today():
                raise UserError(f"Ngày thay đổi {format_date(day)} phải từ ngày bắt đầu tham gia "
                                f"({format_date(member.start_date)}) đến hôm nay.")
            _timeline(session, member_id, day, "Thay đổi tổ/chức danh", clean.appointment_number,
                      _position(session, member.team_id, member.role), _position(session, clean.team_id, clean.role))
            member.team_id, member.role = clean.team_id, clean.role
        if clean.start_date != member.start_date:
            member.start_date = clean.start_date
        fill_member(member, clean)


def end_service(database: Database, user: CurrentUser, member_id: uuid.UUID, day: date | None, reason: str) -> None:
    user.require(Role.EDITOR)
    reason = normalize(reason)
    if not reason:
        raise UserError("Hãy ghi lý do kết thúc tham gia (thôi, chuyển, nghỉ hưu, hy sinh…).")
    if day is None:
        raise UserError("Hãy nhập ngày kết thúc tham gia.")
    with database.session(user.username) as session:
        member = own_record(session, ForceMember, member_id, "thành viên", live=True)
        if member.status == ENDED:
            raise UserError(f"{member.full_name} đã kết thúc tham gia từ {format_date(member.end_date)}.")
        if day < member.start_date or day > date.today():
            raise UserError(f"Ngày kết thúc {format_date(day)} phải từ ngày bắt đầu tham gia "
                            f"({format_date(member.start_date)}) đến hôm nay.")
        member.status, member.end_date, member.end_reason = ENDED, day, reason
        _timeline(session, member_id, day, "Kết thúc tham gia", reason,
                  from_value=_position(session, member.team_id, member.role))


def resume_service(database: Database, user: CurrentUser, member_id: uuid.UUID, day: date) -> None:
    user.require(Role.EDITOR)
    with database.session(user.username) as session:
        member = own_record(session, ForceMember, member_id, "thành viên", live=True)
        if member.status == ACTIVE:
            raise UserError(f"{member.full_name} đang tham gia.")
        if member.end_date and day < member.end_date or day > date.today():
            raise UserError(f"Ngày tham gia lại {format_date(day)} phải sau ngày kết thúc và không quá hôm nay.")
        member.status, member.end_date, member.end_reason = ACTIVE, None, ""
        _timeline(session, member_id, day, "Tham gia lại", "", to_value=_position(session, member.team_id, member.role))


def delete_member(database: Database, user: CurrentUser, member_id: uuid.UUID) -> None:
    """For a record entered by mistake (ending service is the normal way out); restorable."""
    scoping.set_deleted(database, user, ForceMember, member_id, "thành viên")


def restore_member(database: Database, user: CurrentUser, member_id: uuid.UUID) -> None:
    user.require(Role.EDITOR)
    with database.session(user.username) as session:
        member = own_record(session, ForceMember, member_id, "thành viên")
        _check_unique_cccd(session, member.cccd, member_id)
        member.deleted_at = None
