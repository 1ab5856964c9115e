"""At the level above (a province, an intermediate unit): the sheets its units sent, their state and deadline, one
unit's sheet beside its data, and the decision — accept, or return for correction — that goes down to it."""

from __future__ import annotations

import uuid
from dataclasses import dataclass
from datetime import date, datetime

from sqlalchemy import select

from antt_desktop.db.audit import append_audit
from antt_desktop.db.evaluation import Evaluation, EvaluationReview
from antt_desktop.db.models import Installation
from antt_desktop.domain.evaluation import unit_type, unit_types
from antt_desktop.domain.score_sheet import ScoreSheet, classify, score_problem
from antt_desktop.domain.text import normalize
from antt_desktop.domain.units import Level
from antt_desktop.errors import UserError
from antt_desktop.services.auth import CurrentUser
from antt_desktop.services.database import Database
from antt_desktop.services.evaluation.evaluation_review import (
    ACCEPTED,
    NOT_SENT,
    RETURNED,
    SENT,
    SENT_AGAIN,
    STATUS_LABELS,
    deadline,
    latest_review,
    latest_reviews,
    status,
)
from antt_desktop.services.evaluation.sheet_versions import sheet_of
from antt_desktop.services.reports.report_data import per_unit_counts
from antt_desktop.services.roles import Role
from antt_desktop.services.sync.subordinates import units_below

MAX_COMMENT = 2000
_ATTENTION = {SENT: 0, SENT_AGAIN: 0, RETURNED: 1, NOT_SENT: 2, ACCEPTED: 3}  # sheets awaiting a decision first


@dataclass(frozen=True)
class ReviewRow:
    unit_code: str
    unit_name: str
    evaluation_id: uuid.UUID | None  # None: the unit has sent no sheet this year
    subject_name: str
    unit_type: str
    status: str
    deadline: date
    overdue: bool
    submitted_at: datetime | None
    comment: str = ""

    @property
    def status_text(self) -> str:
        text = STATUS_LABELS[self.status]
        if not self.overdue:
            return text
        return f"{text} (quá hạn)" if self.status in (NOT_SENT, RETURNED) else f"{text} (muộn)"


def _overdue(state: str, due: date, submitted: datetime | None, today: date) -> bool:
    if state in (NOT_SENT, RETURNED):
        return today > due
    return submitted is not None and submitted.date() > due and state != ACCEPTED


def review_list(database: Database, year: int, today: date | None = None) -> list[ReviewRow]:
    """Every unit below with each subject it assessed this year (one "chưa gửi" line for a unit with none):
    the sheets awaiting a decision first, then returned ones, those not sent (late first), the accepted."""
    today = today or date.today()
    below = units_below(database)
    with database.factory() as session:
        own = session.scalar(select(Installation.unit_code))
        evaluations = list(session.scalars(select(Evaluation).where(
            Evaluation.year == year, Evaluation.owner_unit != own, Evaluation.deleted_at.is_(None))))
        reviews = latest_reviews(session, [e.id for e in evaluations])
        rows, seen = [], set()
        for e in evaluations:
            state, due = status(e, reviews.get(e.id)), deadline(e.unit_type, year)
            review = reviews.get(e.id)
            seen.add(e.owner_unit)
            rows.append(ReviewRow(e.owner_unit, below.get(e.owner_unit, e.owner_unit), e.id, e.subject_name,
                                  e.unit_type, state, due, _overdue(state, due, e.submitted_at, today),
                                  e.submitted_at, review.comment if review else ""))
    for code, name in below.items():
        if code not in seen:
            due = deadline("xa", year)
            rows.append(ReviewRow(code, name, None, "—", "xa", NOT_SENT, due, today > due, None))
    kinds = {"xa": 0, "co_quan": 1, "khu_dan_cu": 2}
    return sorted(rows, key=lambda r: (_ATTENTION[r.status], not r.overdue, r.unit_code, kinds.get(r.unit_type, 3),
                                       r.subject_name))


@dataclass(frozen=True)
class ItemLine:
    number: str
    text: str
    max_points: float
    depth: int
    scored: bool  # a score is given for it (not a heading of sub-items)
    self_points: float | None
    self_note: str
    upper_points: float | None


@dataclass(frozen=True)
class CriterionLine:
    text: str
    met: bool | None
    evidence: str


@dataclass(frozen=True)
class ReviewSheet:
    evaluation_id: uuid.UUID
    unit_code: str
    unit_name: str
    subject_name: str
    unit_type_name: str
    year: int
    status: str
    submitted_at: datetime | None
    sheet: ScoreSheet
    items: tuple[ItemLine, ...]
    criteria: tuple[CriterionLine, ...]
    self_total: float
    self_level: str
    figures: tuple[tuple[str, int], ...]  # the unit's data held here
    upper_level: str  # the level above's level, as last decided
    comment: str
    decision: str  # "accepted", "returned", "" before any decision


def _lines(sheet: ScoreSheet, scores: dict, upper: dict) -> list[ItemLine]:
    out = []

    def walk(item, depth: int) -> None:  # noqa: ANN001
        mine, theirs = scores.get(item.number) or {}, upper.get(item.number) or {}
        out.append(ItemLine(item.number, item.text, item.max_points, depth, not item.items, mine.get("points"),
                            str(mine.get("note", "")), theirs.get("points")))
        for child in item.items:
            walk(child, depth + 1)
    for item in (*sheet.items, *sheet.deductions):
        walk(item, 0)
    return out


def review_sheet(database: Database, evaluation_id: uuid.UUID) -> ReviewSheet:
    """One unit's sheet as sent, beside the data of that unit held here, and the decision made so far."""
    below = units_below(database)
    with database.factory() as session:
        e = session.get(Evaluation, evaluation_id)
        if e is None or e.deleted_at is not None:
            raise UserError("Không tìm thấy bảng đánh giá này; có thể đơn vị đã xóa nó trong gói mới.")
        review = latest_review(session, e.id)
        sheet = sheet_of(session, e, e.unit_type)
        points = {n: v["points"] for n, v in e.scores.items() if isinstance(v, dict)}
        recognised = _recognised(e)
        result = classify(sheet, points, recognised)
        criteria = tuple(CriterionLine(c["text"], (e.results.get(c["code"]) or {}).get("met"),
                                       str((e.results.get(c["code"]) or {}).get("evidence", "")))
                         for c in unit_type(e.unit_type)["criteria"])
        counts = per_unit_counts(database, e.year).get(e.owner_unit, (0, 0, 0, 0))
        figures = tuple(zip(("Khu dân cư", "Thành viên lực lượng đang hoạt động", "Mô hình",
                             f"Hoạt động năm {e.year}"), counts, strict=True))
        return ReviewSheet(e.id, e.owner_unit, below.get(e.owner_unit, e.owner_unit), e.subject_name,
                           unit_types().get(e.unit_type, e.unit_type), e.year, status(e, review), e.submitted_at,
                           sheet, tuple(_lines(sheet, e.scores, review.scores if review else {})), criteria,
                           result.total, sheet.level_name(result.level) or "chưa phân loại", figures,
                           review.level if review else "", review.comment if review else "",
                           review.decision if review else "")


def _recognised(evaluation: Evaluation) -> bool | None:
    codes = [c["code"] for c in unit_type(evaluation.unit_type)["criteria"]]
    met = [(evaluation.results.get(code) or {}).get("met") for code in codes]
    if any(m is None for m in met):
        return None
    return all(met)


def _checked_scores(sheet: ScoreSheet, scores: dict[str, float | None]) -> dict:
    items = sheet.scored()
    out = {}
    for number, points in scores.items():
        item = items.get(number)
        if item is None:
            raise UserError(f"Mục {str(number)[:12]} không có trong bảng điểm đang dùng.")
        if points is None:
            continue
        if problem := score_problem(item, points):
            raise UserError(problem)
        out[number] = {"points": float(points), "note": ""}
    return out


def decide(database: Database, user: CurrentUser, evaluation_id: uuid.UUID, accepted: bool, comment: str = "",
           scores: dict[str, float | None] | None = None, level: str = "") -> None:
    """**Duyệt** (accept) or **Trả lại để sửa** (return, with a comment) a sheet a unit below sent; the decision,
    owned by this unit, goes down in the next package to that unit."""
    user.require(Role.EDITOR)
    comment = normalize(comment)
    if not accepted and not comment:
        raise UserError("Trả lại để sửa phải ghi rõ nội dung cần sửa (--comment).")
    if len(comment) > MAX_COMMENT:
        raise UserError(f"Nhận xét dài quá {MAX_COMMENT} ký tự.")
    with database.session(user.username) as session:
        own = session.scalar(select(Installation))
        e = session.get(Evaluation, evaluation_id)
        if e is None or e.deleted_at is not None:
            raise UserError("Không tìm thấy bảng đánh giá này; có thể đơn vị đã xóa nó trong gói mới.")
        if own.level == Level.COMMUNE or e.owner_unit == own.unit_code:
            raise UserError("Chỉ cấp trên của đơn vị mới duyệt hoặc trả lại bảng đánh giá của đơn vị đó.")
        review = session.scalar(select(EvaluationReview).where(
            EvaluationReview.evaluation_id == e.id, EvaluationReview.owner_unit == own.unit_code))
        if e.submitted_at is None:
            raise UserError(f"“{e.subject_name}” ({e.owner_unit}) chưa gửi bảng đánh giá lên (hoặc đã sửa sau khi "
                            "gửi); chỉ duyệt hoặc trả lại bảng đã gửi.")
        sheet = sheet_of(session, e, e.unit_type)
        if level and level not in {lv["code"] for lv in sheet.levels}:
            raise UserError("Mức phân loại không có trong bảng điểm đang dùng.")
        checked = _checked_scores(sheet, scores or {})
        if review is None:
            review = EvaluationReview(id=uuid.uuid4(), evaluation_id=e.id, year=e.year)
            session.add(review)
        review.deleted_at = None
        review.reviewed_version = e.version
        review.decision = "accepted" if accepted else "returned"
        review.scores, review.level, review.comment = checked, level, comment
        review.decided_on = date.today()
        what = "duyệt" if accepted else "trả lại để sửa"
        graded = f"; mức {sheet.level_name(level)}" if level else ""
        append_audit(session, user.username, "review", "evaluations", str(e.id),
                     f"{what} bảng đánh giá năm {e.year} của “{e.subject_name}” ({e.owner_unit}){graded}"
                     + (f": {comment[:200]}" if comment else ""))


def find_evaluation(database: Database, text: str) -> uuid.UUID:
    """A sheet's id from the command line: the whole id, or its first characters as ``review list`` shows."""
    text = text.strip().lower()
    if len(text) < 6:
        raise UserError("Hãy ghi mã bảng đánh giá (ít nhất 6 ký tự đầu, như antt evaluation review list in ra).")
    with database.factory() as session:
        found = [i for i in session.scalars(select(Evaluation.id).where(Evaluation.deleted_at.is_(None)))
                 if str(i).startswith(text)]
    if len(found) != 1:
        raise UserError(f"Không tìm thấy bảng đánh giá mã {text[:40]}." if not found else
                        f"Có nhiều bảng đánh giá bắt đầu bằng {text}; hãy ghi thêm ký tự.")
    return found[0]


def review_alerts(database: Database, today: date) -> list[str]:
    """At the level above, for Tổng quan: sheets awaiting a decision, and units late with theirs."""
    rows = review_list(database, today.year, today)
    waiting = sum(r.status in (SENT, SENT_AGAIN) for r in rows)
    late = sorted({r.unit_name for r in rows if r.overdue and r.status in (NOT_SENT, RETURNED)})
    out = [f"{waiting} bảng đánh giá của đơn vị trực thuộc chờ duyệt."] if waiting else []
    if late:
        out.append(f"Quá hạn gửi bảng đánh giá: {len(late)} đơn vị ({', '.join(late[:5])}"
                   + (", …" if len(late) > 5 else "") + ").")
    return out
