"""Sending a unit's self-assessment to the level above and the level above's decision on it, as the unit sees it.

"The same sheet": every edit of a sheet clears ``submitted_at`` until it is sent again, and sending stamps a
time whose hybrid-clock value is above every version the record had before and not above the version the send
writes. A review whose ``reviewed_version`` reaches that value was made on the sheet as sent (or a later
version with only the recognising decision added); one below it was made on an earlier sheet."""

from __future__ import annotations

import uuid
from dataclasses import dataclass
from datetime import UTC, date, datetime, timedelta

from sqlalchemy import select
from sqlalchemy.orm import Session

from antt_desktop.db.audit import append_audit
from antt_desktop.db.base import utcnow
from antt_desktop.db.evaluation import Evaluation, EvaluationReview
from antt_desktop.db.models import Installation, Unit
from antt_desktop.domain.dates import format_date
from antt_desktop.domain.evaluation import timeline
from antt_desktop.domain.text import normalize, search_key
from antt_desktop.errors import UserError
from antt_desktop.services.auth import CurrentUser
from antt_desktop.services.database import Database
from antt_desktop.services.roles import Role

NOT_SENT, SENT, RETURNED, ACCEPTED, SENT_AGAIN = "chua_gui", "da_gui", "tra_lai", "da_duyet", "da_gui_lai"
STATUS_LABELS = {NOT_SENT: "chưa gửi", SENT: "đã gửi", RETURNED: "trả lại", ACCEPTED: "đã duyệt",
                 SENT_AGAIN: "đã gửi lại"}
DEADLINE_STEPS = {"khu_dan_cu": ("tu_danh_gia_kdc", (11, 20)), "xa": ("ho_so_xa", (11, 30)),
                  "co_quan": ("ho_so_xa", (11, 30))}  # the timeline step, and its day if a catalog lacks it
_EPOCH = datetime(1970, 1, 1, tzinfo=UTC)


def sent_version(submitted_at: datetime) -> int:
    """The hybrid-clock value of the time a sheet was sent (milliseconds above the counter bits)."""
    return ((submitted_at - _EPOCH) // timedelta(milliseconds=1)) << 16


def deadline(unit_type: str, year: int) -> date:
    """The day a self-assessment is due at the level above (khu dân cư 20/11, xã and agencies 30/11)."""
    step, fallback = DEADLINE_STEPS.get(unit_type, ("ho_so_xa", (11, 30)))
    found = next((s["deadline"] for s in timeline() if s["code"] == step), fallback)
    return date(year, *found)


def latest_review(session: Session, evaluation_id: uuid.UUID) -> EvaluationReview | None:
    return session.scalar(select(EvaluationReview).where(
        EvaluationReview.evaluation_id == evaluation_id, EvaluationReview.deleted_at.is_(None))
        .order_by(EvaluationReview.version.desc()).limit(1))


def latest_reviews(session: Session, evaluation_ids: list[uuid.UUID]) -> dict[uuid.UUID, EvaluationReview]:
    found: dict[uuid.UUID, EvaluationReview] = {}
    for start in range(0, len(evaluation_ids), 500):
        for review in session.scalars(select(EvaluationReview).where(
                EvaluationReview.evaluation_id.in_(evaluation_ids[start:start + 500]),
                EvaluationReview.deleted_at.is_(None))):
            best = found.get(review.evaluation_id)
            if best is None or review.version > best.version:
                found[review.evaluation_id] = review
    return found


def status(evaluation: Evaluation | None, review: EvaluationReview | None) -> str:
    """Where a subject's sheet stands between the unit and the level above."""
    if evaluation is None or evaluation.deleted_at is not None:
        return NOT_SENT
    sent = evaluation.submitted_at
    if sent is None:
        return RETURNED if review is not None and review.decision == "returned" else NOT_SENT
    if review is None:
        return SENT
    if review.reviewed_version < sent_version(sent):
        return SENT_AGAIN
    return ACCEPTED if review.decision == "accepted" else RETURNED


def _reviewer_name(session: Session, code: str) -> str:
    unit = session.get(Unit, code)
    return f"{unit.name} ({code})" if unit is not None else f"cấp trên ({code})"


def locked_reason(session: Session, evaluation: Evaluation) -> str | None:
    """Why this sheet can no longer be changed (the level above accepted it as sent), or None."""
    review = latest_review(session, evaluation.id)
    if status(evaluation, review) != ACCEPTED:
        return None
    return (f"Bảng đánh giá năm {evaluation.year} của “{evaluation.subject_name}” đã được "
            f"{_reviewer_name(session, review.owner_unit)} duyệt ngày {format_date(review.decided_on)} nên không "
            "sửa được nữa. Nếu cần sửa, hãy đề nghị cấp trên trả lại để sửa.")


def guard_edit(session: Session, evaluation: Evaluation, changed: bool = True) -> None:
    """Before a sheet is changed: refused when it is locked; a change unsends it (it is to be sent again)."""
    reason = locked_reason(session, evaluation)
    if reason:
        raise UserError(reason)
    if changed:
        evaluation.submitted_at = None


def _send_time(session: Session) -> datetime:
    """Now, or just after this installation's clock if that is ahead; the clock is moved up to it, so that the
    version the send writes is not below the time's own clock value and every earlier version is."""
    installation = session.scalar(select(Installation))
    now_ms = (utcnow() - _EPOCH) // timedelta(milliseconds=1)
    sent_ms = max(now_ms, (installation.clock >> 16) + 1)
    installation.clock = max(installation.clock, sent_ms << 16)
    return _EPOCH + timedelta(milliseconds=sent_ms)


@dataclass(frozen=True)
class Submitted:
    sent: tuple[str, ...]  # subjects sent now
    skipped: tuple[str, ...]  # already accepted, or not assessed at all


def _is_blank(evaluation: Evaluation) -> bool:
    return not evaluation.results and not evaluation.scores


def submit(database: Database, user: CurrentUser, year: int, subject: str | None = None,
           evaluation_ids: list[uuid.UUID] | None = None) -> Submitted:
    """“Gửi lên cấp trên”: this unit's sheets of the year (one subject by name or ids, or all) are marked sent;
    the next package to the level above carries them."""
    user.require(Role.EDITOR)
    with database.session(user.username) as session:
        own = session.info["unit_code"]
        query = select(Evaluation).where(Evaluation.year == year, Evaluation.owner_unit == own,
                                         Evaluation.deleted_at.is_(None))
        if evaluation_ids is not None:
            query = query.where(Evaluation.id.in_(evaluation_ids))
        chosen = list(session.scalars(query.order_by(Evaluation.unit_type, Evaluation.subject_name)))
        if subject:
            wanted = search_key(normalize(subject))
            chosen = [e for e in chosen if search_key(e.subject_name) == wanted]
            if not chosen:
                raise UserError(f"Năm {year} không có bảng đánh giá của “{normalize(subject)[:80]}” ở đơn vị này; "
                                "hãy ghi đúng tên khu dân cư, xã hoặc cơ quan đã đánh giá.")
        if not chosen:
            raise UserError(f"Năm {year} đơn vị này chưa đánh giá đối tượng nào nên chưa có gì để gửi lên cấp trên.")
        reviews = latest_reviews(session, [e.id for e in chosen])
        sent, skipped = [], []
        when = None
        for evaluation in chosen:
            state = status(evaluation, reviews.get(evaluation.id))
            if state == ACCEPTED or _is_blank(evaluation):
                skipped.append(evaluation.subject_name)
                continue
            when = when or _send_time(session)
            evaluation.submitted_at = when
            sent.append(evaluation.subject_name)
        if not sent:
            raise UserError("Không có bảng đánh giá nào để gửi: các bảng đã được cấp trên duyệt hoặc chưa chấm, "
                            "đánh giá mục nào.")
        append_audit(session, user.username, "submit", "evaluations", str(year),
                     f"gửi lên cấp trên {len(sent)} bảng đánh giá năm {year}: {', '.join(sent)[:400]}")
    return Submitted(tuple(sent), tuple(skipped))


@dataclass(frozen=True)
class OwnStatus:
    """A subject's sheet as the unit sees it: its state, and the level above's comment when returned."""

    code: str
    comment: str = ""
    reviewer: str = ""

    @property
    def text(self) -> str:
        if self.code == RETURNED:
            return f"Trả lại: {self.comment}" if self.comment else "Trả lại"
        return STATUS_LABELS[self.code][:1].upper() + STATUS_LABELS[self.code][1:]


def own_statuses(database: Database, evaluation_ids: list[uuid.UUID]) -> dict[uuid.UUID, OwnStatus]:
    """Each sheet's state (for the Đánh giá page and list)."""
    with database.factory() as session:
        reviews = latest_reviews(session, evaluation_ids)
        out = {}
        for start in range(0, len(evaluation_ids), 500):
            for evaluation in session.scalars(select(Evaluation).where(
                    Evaluation.id.in_(evaluation_ids[start:start + 500]))):
                review = reviews.get(evaluation.id)
                code = status(evaluation, review)
                out[evaluation.id] = OwnStatus(code, review.comment if review and code == RETURNED else "",
                                               review.owner_unit if review else "")
        return out


def submission_alerts(database: Database, today: date) -> list[str]:
    """At a unit: the sheets of this year not yet sent (or returned) as their deadline nears or has passed."""
    year = today.year
    with database.factory() as session:
        own = session.scalar(select(Installation.unit_code))
        rows = list(session.scalars(select(Evaluation).where(Evaluation.year == year, Evaluation.owner_unit == own,
                                                             Evaluation.deleted_at.is_(None))))
        reviews = latest_reviews(session, [e.id for e in rows])
        waiting: dict[date, list[str]] = {}
        for evaluation in rows:
            if status(evaluation, reviews.get(evaluation.id)) in (NOT_SENT, RETURNED):
                due = deadline(evaluation.unit_type, year)
                if due - today <= timedelta(days=21):
                    waiting.setdefault(due, []).append(evaluation.subject_name)
    return [f"{'Quá hạn' if due < today else 'Sắp đến hạn'}: {len(names)} bảng đánh giá chưa gửi lên cấp trên "
            f"(hạn {format_date(due)}): {', '.join(sorted(names))[:200]}" for due, names in sorted(waiting.items())]


def sent_steps(database: Database, year: int) -> dict[str, date]:
    """The timeline steps of sending sheets up that this unit has done: every sheet of the step's kinds sent (or
    accepted), on the day the last of them went."""
    with database.factory() as session:
        own = session.scalar(select(Installation.unit_code))
        rows = list(session.scalars(select(Evaluation).where(Evaluation.year == year, Evaluation.owner_unit == own,
                                                             Evaluation.deleted_at.is_(None))))
        reviews = latest_reviews(session, [e.id for e in rows])
    by_step: dict[str, list[Evaluation]] = {}
    for evaluation in rows:
        by_step.setdefault(DEADLINE_STEPS.get(evaluation.unit_type, ("ho_so_xa", ()))[0], []).append(evaluation)
    done = {}
    for step, sheets in by_step.items():
        states = [status(e, reviews.get(e.id)) for e in sheets]
        if all(s not in (NOT_SENT, RETURNED) for s in states):
            done[step] = max(e.submitted_at for e in sheets).date()
    return done
