"""What the year-end dossier (bảng tự chấm điểm, tờ trình) is made of, per subject: the sheet it was scored
against, the unit's own scores and notes (``Evaluation.scores``), the level above's review when there is one,
and the recognition of Thông tư 124 from the criteria's results."""

from __future__ import annotations

import uuid
from dataclasses import dataclass

from sqlalchemy import select
from sqlalchemy.orm import Session

from antt_desktop.db.evaluation import Evaluation, EvaluationReview
from antt_desktop.domain.evaluation import unit_type as evaluation_unit_type
from antt_desktop.domain.score_sheet import Classification, ScoreSheet, classify
from antt_desktop.domain.units import Level
from antt_desktop.errors import UserError
from antt_desktop.services.database import Database
from antt_desktop.services.evaluation import evaluations
from antt_desktop.services.evaluation.sheet_versions import sheet_version
from antt_desktop.services.sync.subordinates import unit_names

KINDS = {"xa": "Xã, phường, đặc khu", "khu_dan_cu": "Khu dân cư", "co_quan": "Cơ quan, doanh nghiệp, cơ sở giáo dục"}
RESULT_TEXT = {True: "Đạt", False: "Chưa đạt", None: "Chưa đánh giá"}


@dataclass(frozen=True)
class Criterion:
    text: str
    met: bool | None
    evidence: str


@dataclass(frozen=True)
class Review:
    decision: str  # "accepted" | "returned"
    points: dict[str, float]
    level: str
    comment: str
    decided_on: object


@dataclass(frozen=True)
class Subject:
    name: str
    unit_type: str
    owner_unit: str
    unit_name: str  # the unit that assesses it
    sheet: ScoreSheet
    points: dict[str, float]
    notes: dict[str, str]
    criteria: tuple[Criterion, ...]
    review: Review | None
    version_note: str  # said when the sheet scored against is not the one in use

    @property
    def recognised(self) -> bool | None:
        met = [c.met for c in self.criteria]
        return None if not met or None in met else all(met)

    @property
    def classification(self) -> Classification:
        return classify(self.sheet, self.points, self.recognised)

    @property
    def reviewed(self) -> Classification | None:
        return classify(self.sheet, self.review.points, self.recognised) if self.review else None


def _points(scores: object, sheet: ScoreSheet) -> tuple[dict[str, float], dict[str, str]]:
    """Only well-formed scores of items of the sheet (the record came maybe from another installation)."""
    points, notes = {}, {}
    items = sheet.scored()
    for number, value in (scores or {}).items() if isinstance(scores, dict) else ():
        if number not in items or not isinstance(value, dict):
            continue
        got = value.get("points")
        if isinstance(got, (int, float)) and not isinstance(got, bool) and 0 <= got <= items[number].max_points:
            points[number] = float(got)
        if isinstance(value.get("note"), str) and value["note"].strip():
            notes[number] = value["note"].strip()
    return points, notes


def _criteria(unit_type: str, results: object) -> tuple[Criterion, ...]:
    results = results if isinstance(results, dict) else {}
    out = []
    for criterion in evaluation_unit_type(unit_type)["criteria"]:
        result = results.get(criterion["code"])
        result = result if isinstance(result, dict) else {}
        met = result.get("met") if isinstance(result.get("met"), bool) else None
        evidence = result.get("evidence") if isinstance(result.get("evidence"), str) else ""
        out.append(Criterion(criterion["text"], met, evidence.strip()))
    return tuple(out)


def _review(session: Session, evaluation_id: uuid.UUID, sheet: ScoreSheet) -> Review | None:
    found = session.scalars(select(EvaluationReview).where(EvaluationReview.evaluation_id == evaluation_id,
                                                           EvaluationReview.deleted_at.is_(None))
                            .order_by(EvaluationReview.decided_on.desc(), EvaluationReview.version.desc())).first()
    if found is None:
        return None
    points, _notes = _points(found.scores, sheet)
    return Review(found.decision, points, found.level, found.comment, found.decided_on)


def _subject(session: Session, name: str, unit_type: str, owner: str, names: dict[str, str],
             evaluation: Evaluation | None) -> Subject:
    version = evaluation.score_sheet_version if evaluation else ""
    sheet, note = sheet_version(session, unit_type, version)
    points, notes = _points(evaluation.scores if evaluation else {}, sheet)
    review = _review(session, evaluation.id, sheet) if evaluation else None
    return Subject(name, unit_type, owner, names.get(owner, owner), sheet, points, notes,
                   _criteria(unit_type, evaluation.results if evaluation else {}), review, note)


def dossier_subjects(database: Database, year: int, unit_type: str | None = None) -> list[Subject]:
    """The subjects of one kind assessed here in ``year``: by default the commune itself at a commune, and the
    communes below at an upper level (their sheets came up in the packages)."""
    commune = database.installation().level == Level.COMMUNE
    unit_type = unit_type or "xa"
    if unit_type not in KINDS:
        raise UserError(f"Loại đối tượng “{unit_type[:30]}” không có; chọn xa, khu-dan-cu hoặc co-quan.")
    names = unit_names(database)
    with database.factory() as session:
        if commune:
            wanted = [row for row in evaluations.subjects(database, year) if row.subject.unit_type == unit_type]
            return [_subject(session, row.subject.name, unit_type, row.subject.owner_unit or "", names,
                             session.get(Evaluation, row.evaluation_id) if row.evaluation_id else None)
                    for row in wanted]
        rows = session.scalars(select(Evaluation).where(Evaluation.year == year, Evaluation.unit_type == unit_type,
                                                        Evaluation.deleted_at.is_(None))
                               .order_by(Evaluation.owner_unit, Evaluation.subject_name)).all()
        return [_subject(session, row.subject_name, unit_type, row.owner_unit, names, row) for row in rows]
