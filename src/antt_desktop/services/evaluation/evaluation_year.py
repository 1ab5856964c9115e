"""The yearly evaluation timeline (catalog steps and deadlines) and commendations."""

from __future__ import annotations

import uuid
from dataclasses import dataclass
from datetime import date, timedelta

from sqlalchemy import select

from antt_desktop.db.evaluation import Commendation, EvaluationStep
from antt_desktop.domain.dates import format_date
from antt_desktop.domain.evaluation import catalog_list, timeline
from antt_desktop.domain.text import normalize
from antt_desktop.domain.units import Level
from antt_desktop.errors import UserError
from antt_desktop.services import scoping
from antt_desktop.services.auth import CurrentUser
from antt_desktop.services.database import Database
from antt_desktop.services.roles import Role

DUE_SOON = timedelta(days=21)


@dataclass(frozen=True)
class StepRow:
    code: str
    text: str
    deadline: date
    done_date: date | None

    def state(self, today: date) -> str:
        if self.done_date:
            return f"Đã xong {format_date(self.done_date)}"
        if self.deadline < today:
            return "Quá hạn"
        return "Sắp đến hạn" if self.deadline - today <= DUE_SOON else "Chưa đến hạn"


def steps(database: Database, year: int) -> list[StepRow]:
    """The catalog's steps, done when marked so (sending sheets up: also when every sheet has been sent)."""
    from antt_desktop.services.evaluation.evaluation_review import sent_steps

    done = sent_steps(database, year)
    with database.factory() as session:
        done.update({s.step: s.done_date for s in session.scalars(select(EvaluationStep).where(
            EvaluationStep.year == year, EvaluationStep.deleted_at.is_(None)))})
    return [StepRow(s["code"], s["text"], date(year, *s["deadline"]), done.get(s["code"])) for s in timeline()]


def mark_step(database: Database, user: CurrentUser, year: int, step: str, done_on: date | None) -> None:
    user.require(Role.EDITOR)
    if step not in {s["code"] for s in timeline()}:
        raise UserError("Bước không có trong lộ trình.")
    if done_on is None or done_on > date.today():
        raise UserError("Ngày hoàn thành trống hoặc ở tương lai.")
    with database.session(user.username) as session:
        row = session.scalar(select(EvaluationStep).where(EvaluationStep.year == year, EvaluationStep.step == step,
                                                          EvaluationStep.deleted_at.is_(None)))
        if row is None:
            session.add(EvaluationStep(year=year, step=step, done_date=done_on, notes=""))
        else:
            row.done_date = done_on


def timeline_alerts(database: Database, today: date) -> list[str]:
    """Steps late or due soon; the sheets not yet sent up (at a unit) or awaiting a decision (at the level above)."""
    from antt_desktop.services.evaluation.evaluation_review import submission_alerts
    from antt_desktop.services.evaluation.evaluation_review_upper import review_alerts

    upper = database.own_unit().level != Level.COMMUNE
    return [f"{row.state(today)}: {row.text} (hạn {format_date(row.deadline)})"
            for row in steps(database, today.year) if row.state(today) in ("Quá hạn", "Sắp đến hạn")] + (
        review_alerts(database, today) if upper else submission_alerts(database, today))


@dataclass(frozen=True)
class CommendationInput:
    year: int
    collective: bool
    recipient: str
    form: str
    issuer: str
    decision_number: str
    decision_date: date | None
    reason: str = ""
    member_id: uuid.UUID | None = None
    evaluation_id: uuid.UUID | None = None


@dataclass(frozen=True)
class CommendationRow:
    id: uuid.UUID
    data: CommendationInput


def list_commendations(database: Database, year: int) -> list[CommendationRow]:
    with database.factory() as session:
        return [CommendationRow(c.id, CommendationInput(c.year, c.collective, c.recipient, c.form, c.issuer,
                                                        c.decision_number, c.decision_date, c.reason, c.member_id,
                                                        c.evaluation_id))
                for c in session.scalars(select(Commendation).where(Commendation.year == year,
                                                                    Commendation.deleted_at.is_(None))
                                         .order_by(Commendation.decision_date))]


def add_commendation(database: Database, user: CurrentUser, data: CommendationInput) -> uuid.UUID:
    user.require(Role.EDITOR)
    if not normalize(data.recipient) or data.form not in catalog_list("commendation_forms"):
        raise UserError("Hãy ghi tập thể hoặc cá nhân được khen và chọn hình thức khen thưởng.")
    if not normalize(data.issuer) or not normalize(data.decision_number) or data.decision_date is None:
        raise UserError("Hãy ghi cấp khen, số và ngày quyết định khen thưởng.")
    if data.decision_date > date.today():
        raise UserError("Ngày quyết định khen thưởng ở tương lai.")
    with database.session(user.username) as session:
        row = Commendation(id=uuid.uuid4(), year=data.year, collective=data.collective,
                           recipient=normalize(data.recipient), member_id=data.member_id,
                           evaluation_id=data.evaluation_id, form=data.form, issuer=normalize(data.issuer),
                           decision_number=normalize(data.decision_number), decision_date=data.decision_date,
                           reason=normalize(data.reason))
        session.add(row)
        return row.id


def delete_commendation(database: Database, user: CurrentUser, commendation_id: uuid.UUID) -> None:
    scoping.set_deleted(database, user, Commendation, commendation_id, "khen thưởng")


def restore_commendation(database: Database, user: CurrentUser, commendation_id: uuid.UUID) -> None:
    scoping.set_deleted(database, user, Commendation, commendation_id, "khen thưởng", deleted=False)
