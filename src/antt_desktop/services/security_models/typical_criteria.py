"""Typical-commune criteria (catalog data) and the unit's yearly self-assessment against them."""

from __future__ import annotations

import uuid
from dataclasses import dataclass

from sqlalchemy import select

from antt_desktop.db.plans import CriterionAssessment
from antt_desktop.domain.catalog import load_catalog
from antt_desktop.domain.text import normalize
from antt_desktop.errors import UserError
from antt_desktop.services.auth import CurrentUser
from antt_desktop.services.database import Database
from antt_desktop.services.roles import Role


def criteria_sets() -> dict[str, dict]:
    return {s["code"]: s for s in load_catalog("typical_criteria")["sets"]}


def result_names() -> dict[str, str]:
    return {r["code"]: r["name"] for r in load_catalog("typical_criteria")["results"]}


@dataclass(frozen=True)
class CriterionRow:
    code: str
    text: str
    result: str  # "" when not assessed yet
    evidence: str
    notes: str


def assessment(database: Database, year: int, set_code: str) -> list[CriterionRow]:
    with database.factory() as session:
        saved = {a.criterion: a for a in session.scalars(select(CriterionAssessment).where(
            CriterionAssessment.year == year, CriterionAssessment.criteria_set == set_code,
            CriterionAssessment.deleted_at.is_(None)))}
    rows = []
    for criterion in criteria_sets()[set_code]["criteria"]:
        a = saved.get(criterion["code"])
        rows.append(CriterionRow(criterion["code"], criterion["text"], a.result if a else "",
                                 a.evidence if a else "", a.notes if a else ""))
    return rows


def overall(rows: list[CriterionRow]) -> str:
    """'Đạt' only when every criterion is met; otherwise what is still missing, in words."""
    if any(not r.result for r in rows):
        return f"Chưa đánh giá đủ ({sum(not r.result for r in rows)} tiêu chí chưa đánh giá)"
    failing = [r for r in rows if r.result != "dat"]
    return "Đạt" if not failing else f"Chưa đạt ({len(failing)} tiêu chí chưa đạt hoặc mới đạt một phần)"


def save_assessment(database: Database, user: CurrentUser, year: int, set_code: str, criterion: str, result: str,
                    evidence: str = "", notes: str = "") -> None:
    user.require(Role.EDITOR)
    known = {c["code"] for c in criteria_sets().get(set_code, {}).get("criteria", [])}
    if criterion not in known:
        raise UserError("Tiêu chí không có trong bộ tiêu chí đã chọn.")
    if result not in result_names():
        raise UserError("Hãy chọn kết quả: đạt, đạt một phần hoặc chưa đạt.")
    with database.session(user.username) as session:
        row = session.scalar(select(CriterionAssessment).where(
            CriterionAssessment.year == year, CriterionAssessment.criteria_set == set_code,
            CriterionAssessment.criterion == criterion, CriterionAssessment.deleted_at.is_(None),
            CriterionAssessment.owner_unit == session.info["unit_code"]))
        if row is None:
            row = CriterionAssessment(id=uuid.uuid4(), year=year, criteria_set=set_code, criterion=criterion)
            session.add(row)
        row.result, row.evidence, row.notes = result, normalize(evidence), normalize(notes)
