"""Inspections (kiểm tra) with the remedies they require, followed up until closed; overdue ones flagged."""

from __future__ import annotations

import uuid
from dataclasses import dataclass, replace
from datetime import date

from sqlalchemy import select

from antt_desktop.db.plans import Inspection, Remedy
from antt_desktop.domain.dates import format_date
from antt_desktop.domain.text import normalize
from antt_desktop.errors import UserError
from antt_desktop.services import scoping
from antt_desktop.services.auth import CurrentUser
from antt_desktop.services.database import Database
from antt_desktop.services.roles import Role
from antt_desktop.services.scoping import own_record

SUBJECT_KINDS = {"area": "Khu dân cư", "model": "Mô hình", "team": "Tổ, đội", "other": "Khác"}


@dataclass(frozen=True)
class InspectionInput:
    inspection_date: date | None
    subject_kind: str
    subject_text: str
    inspector: str
    findings: str = ""
    subject_id: uuid.UUID | None = None

    def validated(self) -> InspectionInput:
        if self.inspection_date is None or self.inspection_date > date.today():
            raise UserError("Ngày kiểm tra trống hoặc ở tương lai.")
        if self.subject_kind not in SUBJECT_KINDS or not normalize(self.subject_text):
            raise UserError("Hãy chọn nơi, mô hình hoặc tổ/đội được kiểm tra.")
        if not normalize(self.inspector):
            raise UserError("Hãy ghi người hoặc đoàn kiểm tra.")
        return replace(self, subject_text=normalize(self.subject_text), inspector=normalize(self.inspector),
                       findings=normalize(self.findings))


@dataclass(frozen=True)
class RemedyRow:
    id: uuid.UUID
    inspection_id: uuid.UUID
    description: str
    deadline: date
    closed_date: date | None
    follow_up: str

    def overdue(self, today: date) -> bool:
        return self.closed_date is None and self.deadline < today


@dataclass(frozen=True)
class InspectionRow:
    id: uuid.UUID
    data: InspectionInput
    remedies: tuple[RemedyRow, ...]

    @property
    def open_remedies(self) -> int:
        return sum(r.closed_date is None for r in self.remedies)


def _remedy(r: Remedy) -> RemedyRow:
    return RemedyRow(r.id, r.inspection_id, r.description, r.deadline, r.closed_date, r.follow_up)


def list_inspections(database: Database, year: int | None = None) -> list[InspectionRow]:
    statement = select(Inspection).where(Inspection.deleted_at.is_(None)).order_by(Inspection.inspection_date.desc())
    if year:
        statement = statement.where(Inspection.inspection_date.between(date(year, 1, 1), date(year, 12, 31)))
    with database.factory() as session:
        remedies: dict[uuid.UUID, list[RemedyRow]] = {}
        for r in session.scalars(select(Remedy).where(Remedy.deleted_at.is_(None)).order_by(Remedy.deadline)):
            remedies.setdefault(r.inspection_id, []).append(_remedy(r))
        return [InspectionRow(i.id, InspectionInput(i.inspection_date, i.subject_kind, i.subject_text, i.inspector,
                                                    i.findings, i.subject_id), tuple(remedies.get(i.id, ())))
                for i in session.scalars(statement)]


def save_inspection(database: Database, user: CurrentUser, data: InspectionInput,
                    inspection_id: uuid.UUID | None = None) -> uuid.UUID:
    user.require(Role.EDITOR)
    clean = data.validated()
    with database.session(user.username) as session:
        inspection = (Inspection(id=uuid.uuid4()) if inspection_id is None
                      else own_record(session, Inspection, inspection_id, "lần kiểm tra", live=True))
        for name in ("inspection_date", "subject_kind", "subject_id", "subject_text", "inspector", "findings"):
            setattr(inspection, name, getattr(clean, name))
        session.add(inspection)
        return inspection.id


def add_remedy(database: Database, user: CurrentUser, inspection_id: uuid.UUID, description: str,
               deadline: date | None) -> uuid.UUID:
    user.require(Role.EDITOR)
    description = normalize(description)
    if not description or deadline is None:
        raise UserError("Hãy ghi nội dung cần khắc phục và thời hạn.")
    with database.session(user.username) as session:
        inspection = own_record(session, Inspection, inspection_id, "lần kiểm tra", live=True)
        if deadline < inspection.inspection_date:
            raise UserError(f"Thời hạn {format_date(deadline)} trước ngày kiểm tra.")
        remedy = Remedy(id=uuid.uuid4(), inspection_id=inspection_id, description=description, deadline=deadline,
                        follow_up="")
        session.add(remedy)
        return remedy.id


def follow_up(database: Database, user: CurrentUser, remedy_id: uuid.UUID, note: str,
              closed_on: date | None = None) -> None:
    """Record progress on a remedy; with ``closed_on`` it is closed (and it may be reopened with None)."""
    user.require(Role.EDITOR)
    with database.session(user.username) as session:
        remedy = own_record(session, Remedy, remedy_id, "nội dung khắc phục", live=True)
        if closed_on and closed_on > date.today():
            raise UserError("Ngày hoàn thành khắc phục ở tương lai.")
        note = normalize(note)
        if note:
            remedy.follow_up = f"{remedy.follow_up}\n{format_date(date.today())}: {note}".strip()
        remedy.closed_date = closed_on


def delete_inspection(database: Database, user: CurrentUser, inspection_id: uuid.UUID) -> None:
    scoping.set_deleted(database, user, Inspection, inspection_id, "lần kiểm tra")


def restore_inspection(database: Database, user: CurrentUser, inspection_id: uuid.UUID) -> None:
    scoping.set_deleted(database, user, Inspection, inspection_id, "lần kiểm tra", deleted=False)


def overdue_sentences(database: Database, today: date) -> list[str]:
    return [f"Quá hạn khắc phục từ {format_date(r.deadline)}: {r.description} ({i.data.subject_text}, kiểm tra "
            f"ngày {format_date(i.data.inspection_date)})."
            for i in list_inspections(database) for r in i.remedies if r.overdue(today)]
