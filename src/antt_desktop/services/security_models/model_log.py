"""The activity log and the periodic reviews (rà soát, phân loại) of a self-management model."""

from __future__ import annotations

import uuid
from dataclasses import dataclass
from datetime import date

from sqlalchemy import select

from antt_desktop.db.security_models import ModelActivity, ModelReview, SecurityModel
from antt_desktop.domain.dates import format_date
from antt_desktop.domain.security_models import names, words
from antt_desktop.domain.text import normalize
from antt_desktop.errors import UserError
from antt_desktop.services import scoping
from antt_desktop.services.auth import CurrentUser
from antt_desktop.services.database import Database
from antt_desktop.services.roles import Role
from antt_desktop.services.scoping import own_record


@dataclass(frozen=True)
class ActivityRow:
    id: uuid.UUID
    activity_date: date
    content: str
    participants: int | None
    result: str


@dataclass(frozen=True)
class ReviewRow:
    id: uuid.UUID
    review_date: date
    year: int
    rating: str
    outcome: str
    reviewer: str
    notes: str


def _check_day(day: date | None, what: str) -> date:
    if day is None:
        raise UserError(f"Chưa nhập ngày {what}.")
    if day > date.today():
        raise UserError(f"Ngày {what} {format_date(day)} ở tương lai.")
    return day


def add_activity(database: Database, user: CurrentUser, model_id: uuid.UUID, day: date | None, content: str,
                 participants: int | None = None, result: str = "") -> uuid.UUID:
    user.require(Role.EDITOR)
    day, content = _check_day(day, "hoạt động"), normalize(content)
    if not content:
        raise UserError("Hãy ghi nội dung hoạt động.")
    if participants is not None and participants < 0:
        raise UserError("Số người tham gia không hợp lệ.")
    with database.session(user.username) as session:
        own_record(session, SecurityModel, model_id, "mô hình", live=True)
        row = ModelActivity(id=uuid.uuid4(), model_id=model_id, activity_date=day, content=content,
                            participants=participants, result=normalize(result))
        session.add(row)
        return row.id


def add_review(database: Database, user: CurrentUser, model_id: uuid.UUID, day: date | None, rating: str,
               outcome: str, reviewer: str = "", notes: str = "") -> uuid.UUID:
    user.require(Role.EDITOR)
    day = _check_day(day, "rà soát")
    if rating not in names("ratings"):
        raise UserError("Hãy chọn mức xếp loại của mô hình.")
    if outcome not in words("review_outcomes"):
        raise UserError("Hãy chọn kết quả rà soát (giữ nguyên, củng cố, kiện toàn, giải thể).")
    with database.session(user.username) as session:
        model = own_record(session, SecurityModel, model_id, "mô hình", live=True)
        row = ModelReview(id=uuid.uuid4(), model_id=model_id, review_date=day, year=day.year, rating=rating,
                          outcome=outcome, reviewer=normalize(reviewer), notes=normalize(notes))
        session.add(row)
        if outcome == "Giải thể":
            model.status = "dissolved"
        elif outcome in ("Củng cố", "Kiện toàn") and model.status == "active":
            model.status = "needs_strengthening"
        return row.id


def list_activities(database: Database, model_id: uuid.UUID) -> list[ActivityRow]:
    with database.factory() as session:
        return [ActivityRow(a.id, a.activity_date, a.content, a.participants, a.result) for a in session.scalars(
            select(ModelActivity).where(ModelActivity.model_id == model_id, ModelActivity.deleted_at.is_(None))
            .order_by(ModelActivity.activity_date.desc()))]


def list_reviews(database: Database, model_id: uuid.UUID) -> list[ReviewRow]:
    with database.factory() as session:
        return [ReviewRow(r.id, r.review_date, r.year, r.rating, r.outcome, r.reviewer, r.notes) for r in
                session.scalars(select(ModelReview).where(ModelReview.model_id == model_id,
                                                          ModelReview.deleted_at.is_(None))
                                .order_by(ModelReview.review_date.desc()))]


ENTRY_KINDS = {"activity": ModelActivity, "review": ModelReview}


def delete_entry(database: Database, user: CurrentUser, kind: str, entry_id: uuid.UUID) -> None:
    """Remove (tombstone) an activity or a review entered by mistake."""
    scoping.set_deleted(database, user, ENTRY_KINDS[kind], entry_id, "mục này")
