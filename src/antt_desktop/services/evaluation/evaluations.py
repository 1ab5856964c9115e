"""Year-end recognition of "An toàn về ANTT" (đạt / chưa đạt, criterion by criterion) and classification of the
movement by the score sheet, per area, commune, agency."""

from __future__ import annotations

import uuid
from dataclasses import dataclass, field
from datetime import date

from sqlalchemy import select
from sqlalchemy.orm import Session

from antt_desktop.db.evaluation import Evaluation
from antt_desktop.domain.evaluation import Outcome, catalog_version, evaluate, level_name, levels, unit_type
from antt_desktop.domain.score_sheet import Classification, ScoreSheet, classify, score_problem
from antt_desktop.domain.text import normalize
from antt_desktop.domain.units import Level
from antt_desktop.errors import UserError
from antt_desktop.services.areas.areas import list_areas
from antt_desktop.services.auth import CurrentUser
from antt_desktop.services.database import Database
from antt_desktop.services.evaluation.evaluation_review import guard_edit
from antt_desktop.services.evaluation.sheet_versions import scored_version, sheet_version
from antt_desktop.services.roles import Role
from antt_desktop.services.scoping import own_record


@dataclass(frozen=True)
class Subject:
    """What is assessed: ``area_id`` for a residential area, ``name`` for the commune or an agency."""

    unit_type: str
    name: str
    area_id: uuid.UUID | None = None
    owner_unit: str = field(default="", compare=False)  # who assesses it (several units, at an upper level)


@dataclass(frozen=True)
class SubjectRow:
    subject: Subject
    evaluation_id: uuid.UUID | None
    results: dict
    outcome: Outcome  # recognition (TT 124)
    scores: dict[str, tuple[float, str]]  # item number → (self-score, note), the items of the sheet in use only
    classification: Classification  # the score sheet's total and level (QĐ 510)
    score_sheet_version: str
    sheet: ScoreSheet  # the sheet it is scored with (its own version once scored, else the one in use)
    override_level: str
    override_reason: str
    decision_number: str
    decision_date: date | None
    decision_level: str

    @property
    def level(self) -> str | None:
        return self.override_level or self.classification.level

    @property
    def level_text(self) -> str:
        name = level_name(self.level, self.subject.unit_type)
        return f"{name} (điều chỉnh)" if self.override_level else name


def stored_scores(sheet: ScoreSheet, scores: object) -> dict[str, tuple[float, str]]:
    """The scores recorded (or received) that fit the sheet in use: items of the sheet, points in its bounds."""
    items = sheet.scored()
    kept = {}
    for number, value in (scores if isinstance(scores, dict) else {}).items():
        item = items.get(number)
        points = value.get("points") if isinstance(value, dict) else None
        if item is not None and score_problem(item, points) is None:
            kept[number] = (float(points), str(value.get("note") or ""))
    return kept


def _row(subject: Subject, evaluation: Evaluation | None, sheet: ScoreSheet) -> SubjectRow:
    results = dict(evaluation.results) if evaluation else {}
    outcome = evaluate(subject.unit_type, results)
    scores = stored_scores(sheet, evaluation.scores if evaluation else {})
    classification = classify(sheet, {n: p for n, (p, _note) in scores.items()}, outcome.recognised)
    if evaluation is None:
        return SubjectRow(subject, None, {}, outcome, {}, classification, "", sheet, "", "", "", None, "")
    return SubjectRow(subject, evaluation.id, results, outcome, scores, classification,
                      evaluation.score_sheet_version, sheet, evaluation.override_level, evaluation.override_reason,
                      evaluation.decision_number, evaluation.decision_date, evaluation.decision_level)


def _find(session: Session, year: int, subject: Subject) -> Evaluation | None:
    statement = select(Evaluation).where(Evaluation.year == year, Evaluation.unit_type == subject.unit_type,
                                         Evaluation.deleted_at.is_(None))
    if subject.area_id:
        statement = statement.where(Evaluation.area_id == subject.area_id)
    else:
        statement = statement.where(Evaluation.subject_name == subject.name)
    return session.scalar(statement)


def subjects(database: Database, year: int, owner: str | None = None) -> list[SubjectRow]:
    """Every residential area, the commune itself and the agencies assessed this year, with their outcome
    (with ``owner``, the residential areas of that unit only)."""
    unit = database.own_unit()
    wanted = [Subject("khu_dan_cu", a.name, a.id, a.owner_unit) for a in list_areas(database, owner=owner)]
    if unit.level == Level.COMMUNE:
        wanted.append(Subject("xa", unit.name, owner_unit=unit.code))
    with database.factory() as session:
        held = session.scalars(select(Evaluation).where(Evaluation.year == year, Evaluation.deleted_at.is_(None))
                               .order_by(Evaluation.id)).all()  # one query, not one per subject
        wanted += [Subject("co_quan", name, owner_unit=by)
                   for name, by in sorted({(e.subject_name, e.owner_unit) for e in held if e.unit_type == "co_quan"})]
        by_area = {(e.unit_type, e.area_id): e for e in reversed(held) if e.area_id}
        by_name = {(e.unit_type, e.subject_name, e.owner_unit): e for e in reversed(held) if not e.area_id}
        found = [(s, by_area.get((s.unit_type, s.area_id)) if s.area_id
                  else by_name.get((s.unit_type, s.name, s.owner_unit))) for s in wanted]
        sheets: dict[tuple[str, str], ScoreSheet] = {}
        rows = []
        for subject, evaluation in found:
            key = (subject.unit_type, scored_version(evaluation))
            if key not in sheets:
                sheets[key] = sheet_version(session, *key)[0]
            rows.append(_row(subject, evaluation, sheets[key]))
        return rows


def get_or_create(session: Session, year: int, subject: Subject) -> Evaluation:
    """This unit's evaluation of the subject, created when missing; another unit's, or one the level above has
    accepted (locked), is refused with the reason."""
    evaluation = _find(session, year, subject)
    if evaluation is None:
        evaluation = Evaluation(id=uuid.uuid4(), year=year, unit_type=subject.unit_type, area_id=subject.area_id,
                                subject_name=subject.name, catalog_version=catalog_version(), results={},
                                decision_number="", decision_level="", override_level="", override_reason="",
                                scores={}, score_sheet_version="")
        session.add(evaluation)
        return evaluation
    if evaluation.owner_unit != session.info["unit_code"]:
        raise UserError(f"Kết quả đánh giá của “{evaluation.subject_name}” thuộc đơn vị {evaluation.owner_unit}; "
                        "chỉ đơn vị đó được sửa.")
    guard_edit(session, evaluation, changed=False)
    return evaluation


def apply_results(evaluation: Evaluation, results: dict[str, tuple[bool | None, str]]) -> None:
    """Per criterion code: met (True / False; None clears an earlier answer) and its evidence."""
    known = {c["code"] for c in unit_type(evaluation.unit_type)["criteria"]}
    if unknown := sorted(set(results) - known):
        raise UserError(f"Tiêu chí {', '.join(unknown)} không có trong bộ tiêu chí của loại đơn vị này.")
    merged = dict(evaluation.results)
    for code, (met, evidence) in results.items():
        if met is None:
            merged.pop(code, None)
        else:
            merged[code] = {"met": bool(met), "evidence": normalize(evidence)}
    if merged != evaluation.results:
        evaluation.submitted_at = None  # a changed sheet is to be sent again
    evaluation.results = merged  # a new dict, so the JSON column is seen as changed


def assess(database: Database, user: CurrentUser, year: int, subject: Subject, criterion: str, met: bool,
           evidence: str = "") -> None:
    """Record whether one criterion is met, with its evidence."""
    user.require(Role.EDITOR)
    if criterion not in {c["code"] for c in unit_type(subject.unit_type)["criteria"]}:
        raise UserError("Tiêu chí không có trong bộ tiêu chí của loại đơn vị này.")
    with database.session(user.username) as session:
        apply_results(get_or_create(session, year, subject), {criterion: (bool(met), evidence)})


def assess_all(database: Database, user: CurrentUser, year: int, subject: Subject,
               results: dict[str, tuple[bool | None, str]]) -> None:
    """Record a whole score sheet in one transaction: per criterion code, met (True / False; None: not assessed
    yet, which clears an earlier answer) and its evidence. Criteria left out keep what they had."""
    user.require(Role.EDITOR)
    with database.session(user.username) as session:
        apply_results(get_or_create(session, year, subject), results)


def add_agency(database: Database, user: CurrentUser, year: int, name: str) -> None:
    name = normalize(name)
    if not name:
        raise UserError("Hãy ghi tên cơ quan, doanh nghiệp hoặc cơ sở giáo dục.")
    user.require(Role.EDITOR)
    with database.session(user.username) as session:
        get_or_create(session, year, Subject("co_quan", name))


def record_decision(database: Database, user: CurrentUser, evaluation_id: uuid.UUID, number: str,
                    day: date | None, level: str) -> None:
    """The recognising decision; only a subject meeting every criterion can be recognised."""
    user.require(Role.EDITOR)
    with database.session(user.username) as session:
        evaluation = own_record(session, Evaluation, evaluation_id, "kết quả đánh giá", live=True)
        outcome = evaluate(evaluation.unit_type, evaluation.results)
        if outcome.recognised is not True:
            raise UserError(f"“{evaluation.subject_name}” chưa đạt đủ các tiêu chí nên chưa thể công nhận "
                            "“An toàn về an ninh, trật tự”.")
        if not normalize(number) or day is None or day > date.today():
            raise UserError("Hãy ghi số quyết định và ngày ký (không ở tương lai).")
        evaluation.decision_number, evaluation.decision_date = normalize(number), day
        evaluation.decision_level = normalize(level)


def override_level(database: Database, user: CurrentUser, evaluation_id: uuid.UUID, level: str, reason: str) -> None:
    """An officer's own classification, kept with its written reason; an empty level returns to the computed one."""
    user.require(Role.EDITOR)
    if level and not normalize(reason):
        raise UserError("Điều chỉnh mức phân loại phải ghi rõ lý do.")
    with database.session(user.username) as session:
        evaluation = own_record(session, Evaluation, evaluation_id, "kết quả đánh giá", live=True)
        if level and level not in {lv["code"] for lv in levels(evaluation.unit_type)}:
            raise UserError("Mức phân loại không có trong bảng điểm đang dùng.")
        guard_edit(session, evaluation, (level, normalize(reason) if level else "") != (
            evaluation.override_level, evaluation.override_reason))
        evaluation.override_level = level
        evaluation.override_reason = normalize(reason) if level else ""
