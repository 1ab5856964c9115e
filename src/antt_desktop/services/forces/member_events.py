"""Trainings, commendations, disciplines and welfare events of a member, and the member's timeline."""

from __future__ import annotations

import uuid
from dataclasses import dataclass, replace
from datetime import date

from sqlalchemy import select

from antt_desktop.db.base import utcnow
from antt_desktop.db.forces import ForceMember, MemberEvent
from antt_desktop.domain.dates import format_date
from antt_desktop.domain.text import normalize
from antt_desktop.errors import UserError
from antt_desktop.services.auth import CurrentUser
from antt_desktop.services.database import Database
from antt_desktop.services.roles import Role
from antt_desktop.services.scoping import own_record

KIND_LABELS = {"timeline": "Quá trình", "training": "Đào tạo, tập huấn", "commendation": "Khen thưởng",
               "discipline": "Kỷ luật", "welfare": "Thăm hỏi, hỗ trợ"}
MAX_AMOUNT = 10_000_000_000


@dataclass(frozen=True)
class EventInput:
    kind: str
    event_date: date | None
    category: str = ""
    content: str = ""
    decision_number: str = ""
    issuer: str = ""
    support_proposed: str = ""
    amount: int | None = None
    support_given: str = ""
    support_date: date | None = None
    support_by: str = ""

    def validated(self) -> EventInput:
        if self.kind not in KIND_LABELS or self.kind == "timeline":
            raise UserError("Loại sự kiện không hợp lệ; quá trình công tác được ghi tự động.")
        if self.event_date is None:
            raise UserError("Chưa nhập ngày.")
        if self.event_date > date.today():
            raise UserError(f"Ngày {format_date(self.event_date)} ở tương lai.")
        content, category = normalize(self.content), normalize(self.category)
        if not content and not category:
            raise UserError("Hãy ghi nội dung (ví dụ tên lớp tập huấn, hình thức khen thưởng, tình trạng ốm đau).")
        if self.amount is not None and not 0 <= self.amount <= MAX_AMOUNT:
            raise UserError("Số tiền hỗ trợ không hợp lệ.")
        if self.support_date and self.support_date < self.event_date:
            raise UserError("Ngày hỗ trợ không thể trước ngày xảy ra sự việc.")
        return replace(self, category=category, content=content, decision_number=normalize(self.decision_number),
                       issuer=normalize(self.issuer), support_proposed=normalize(self.support_proposed),
                       support_given=normalize(self.support_given),
                       support_by=normalize(self.support_by))


@dataclass(frozen=True)
class EventRow:
    id: uuid.UUID
    kind: str
    event_date: date
    category: str
    content: str
    decision_number: str
    issuer: str
    support_proposed: str
    amount: int | None
    support_given: str
    support_date: date | None
    support_by: str
    from_value: str
    to_value: str


def list_events(database: Database, member_id: uuid.UUID, kinds: tuple[str, ...]) -> list[EventRow]:
    statement = (select(MemberEvent).where(MemberEvent.member_id == member_id, MemberEvent.kind.in_(kinds),
                                           MemberEvent.deleted_at.is_(None))
                 .order_by(MemberEvent.event_date, MemberEvent.created_at))
    with database.factory() as session:
        return [EventRow(e.id, e.kind, e.event_date, e.category, e.content, e.decision_number, e.issuer,
                         e.support_proposed, e.amount, e.support_given, e.support_date, e.support_by, e.from_value,
                         e.to_value)
                for e in session.scalars(statement)]


def add_event(database: Database, user: CurrentUser, member_id: uuid.UUID, data: EventInput) -> uuid.UUID:
    user.require(Role.EDITOR)
    clean = data.validated()
    with database.session(user.username) as session:
        member = own_record(session, ForceMember, member_id, "thành viên", live=True)
        if clean.event_date < member.birth_date:
            raise UserError("Ngày của sự việc trước ngày sinh của thành viên.")
        event = MemberEvent(id=uuid.uuid4(), member_id=member_id, **clean.__dict__)
        session.add(event)
        return event.id


def delete_event(database: Database, user: CurrentUser, event_id: uuid.UUID) -> None:
    user.require(Role.EDITOR)
    with database.session(user.username) as session:
        event = own_record(session, MemberEvent, event_id, "mục này")
        if event.kind == "timeline":
            raise UserError("Quá trình công tác được giữ nguyên để không mất lịch sử; không xóa được.")
        event.deleted_at = event.deleted_at or utcnow()
