"""Self-scoring a subject's score sheet (QĐ 510): points per item (0 … điểm chuẩn, halves) with a note, saved
in one transaction together with the recognition criteria when the grid sends both."""

from __future__ import annotations

import uuid

from antt_desktop.domain.score_sheet import ScoreSheet, score_problem
from antt_desktop.domain.text import normalize
from antt_desktop.errors import UserError
from antt_desktop.services.auth import CurrentUser
from antt_desktop.services.database import Database
from antt_desktop.services.evaluation.evaluations import Subject, apply_results, get_or_create
from antt_desktop.services.evaluation.sheet_versions import sheet_of
from antt_desktop.services.roles import Role

Scores = dict[str, tuple[float | None, str]]  # item number → (points, or None to clear; note)
MAX_NOTE = 2000


def _checked(sheet: ScoreSheet, scores: Scores) -> dict[str, tuple[float | None, str]]:
    """The scores as stored, every one checked first: the whole sheet is refused on the first wrong item."""
    items = sheet.scored()
    if unknown := [number for number in scores if number not in items]:
        raise UserError(f"Mục {', '.join(unknown[:5])} không có trong bảng điểm dùng để chấm ({sheet.version}); "
                        "hãy chấm theo đúng bảng điểm đó.")
    checked = {}
    for number, (points, note) in scores.items():
        if points is not None and (problem := score_problem(items[number], points)):
            raise UserError(problem)
        note = normalize(note or "")
        if len(note) > MAX_NOTE:
            raise UserError(f"Ghi chú của mục {number} dài quá {MAX_NOTE} ký tự; hãy rút gọn.")
        checked[number] = (None if points is None else float(points), note)
    return checked


def save_scores(database: Database, user: CurrentUser, year: int, subject: Subject, scores: Scores) -> uuid.UUID:
    """Record self-scores; items left out keep what they had. Returns the evaluation's id."""
    return save_assessment(database, user, year, subject, {}, scores)


def save_assessment(database: Database, user: CurrentUser, year: int, subject: Subject,
                    results: dict[str, tuple[bool | None, str]], scores: Scores) -> uuid.UUID:
    """The recognition criteria (as ``evaluations.assess_all``) and the self-scores in one transaction."""
    user.require(Role.EDITOR)
    with database.session(user.username) as session:
        evaluation = get_or_create(session, year, subject)
        sheet = sheet_of(session, evaluation, subject.unit_type)
        checked = _checked(sheet, scores)
        if results:
            apply_results(evaluation, results)
        if checked:
            merged = dict(evaluation.scores or {})
            for number, (points, note) in checked.items():
                if points is None:
                    merged.pop(number, None)
                else:
                    merged[number] = {"points": points, "note": note}
            if merged != (evaluation.scores or {}):
                evaluation.submitted_at = None  # a changed sheet is to be sent again
            evaluation.scores = merged  # a new dict, so the JSON column is seen as changed
            evaluation.score_sheet_version = sheet.version if merged else ""
        return evaluation.id
