"""The one relation in which a record may hang under another unit's record: the level above's decision on a
unit's self-assessment (``evaluation_reviews`` → ``evaluations``). It is taken only from a unit above the
evaluation's owner as configured here, about an evaluation held here that is this unit's own or a unit's below
it; and it is sent only to the unit whose evaluation it is (or the intermediate unit that forwards it)."""

from __future__ import annotations

import uuid
from collections.abc import Callable

from sqlalchemy import Connection, select
from sqlalchemy.orm import Session

from antt_desktop.db.evaluation import Evaluation
from antt_desktop.db.models import Installation, Unit
from antt_desktop.domain.score_sheet import ScoreSheet, score_problem, sheet_for
from antt_desktop.errors import UserError


def _refused(row: dict, problem: str) -> UserError:
    return UserError(f"Gói chứa quyết định duyệt bảng đánh giá (evaluation_reviews) của đơn vị "
                     f"{str(row.get('owner_unit'))[:16]} {problem}; chỉ cấp trên của đơn vị có bảng đánh giá mới được "
                     "duyệt hoặc trả lại bảng đó. Gói bị từ chối, không nhập gì.")


def _malformed(row: dict, problem: str) -> UserError:
    return UserError(f"Gói chứa quyết định duyệt bảng đánh giá (evaluation_reviews) của đơn vị "
                     f"{str(row.get('owner_unit'))[:16]} {problem}. Gói bị từ chối, không nhập gì.")


def _content_problem(row: dict, evaluation: Evaluation, sheets: list[ScoreSheet]) -> str | None:
    """What in a decision does not fit the evaluation it is about: its year, its level, its items and points."""
    if row.get("year") != evaluation.year:
        return f"ghi năm {str(row.get('year'))[:8]}, khác năm {evaluation.year} của bảng đánh giá"
    level = row.get("level") or ""
    if level and not any(level in {lv["code"] for lv in sheet.levels} for sheet in sheets):
        return f"ghi mức “{str(level)[:24]}” không có trong bảng điểm"
    scores = row.get("scores") or {}
    for number, value in scores.items() if isinstance(scores, dict) else ():
        items = [item for sheet in sheets if (item := sheet.scored().get(number)) is not None]
        if not items:
            return f"chấm mục “{str(number)[:12]}” không có trong bảng điểm"
        points = value.get("points") if isinstance(value, dict) else None
        if all(score_problem(item, points) for item in items):
            return f"chấm mục {number} số điểm không hợp lệ ({str(points)[:20]})"
    return None


def check_incoming_reviews(connection: Connection, rows: list[dict]) -> None:
    """Refuse the package if any review is not the decision of a unit above on an evaluation of this unit (or of
    a unit below it)."""
    from antt_desktop.services.sync.unit_hierarchy import Relation, ancestors, relation

    ids = {uuid.UUID(str(row["evaluation_id"])) for row in rows if row.get("evaluation_id")}
    table = Evaluation.__table__
    owners = dict(connection.execute(select(table.c.id, table.c.owner_unit).where(table.c.id.in_(ids))).all()) \
        if ids else {}
    from antt_desktop.services.evaluation.sheet_versions import sheet_of

    with Session(bind=connection) as session:
        own = session.scalar(select(Installation))
        for row in rows:
            owner = owners.get(uuid.UUID(str(row["evaluation_id"]))) if row.get("evaluation_id") else None
            if owner is None:
                raise _refused(row, "về một bảng đánh giá không có ở đây (nếu bảng đó của đơn vị trực thuộc, hãy nhập "
                                    "trước các gói của đơn vị đó)")
            if owner != own.unit_code and relation(session, own, owner) is not Relation.BELOW:
                raise _refused(row, f"về bảng đánh giá của đơn vị {owner}, không phải của đơn vị này hay đơn vị "
                                    "trực thuộc")
            if row["owner_unit"] not in ancestors(session, owner):
                raise _refused(row, f"về bảng đánh giá của đơn vị {owner}, mà theo cấu hình ở đây đơn vị duyệt "
                                    "không phải cấp trên của đơn vị đó")
            evaluation = session.get(Evaluation, uuid.UUID(str(row["evaluation_id"])))
            sheets = [sheet_of(session, evaluation, evaluation.unit_type), sheet_for(evaluation.unit_type)]
            if problem := _content_problem(row, evaluation, sheets):
                raise _malformed(row, problem)


def review_recipient_filter(connection: Connection, own_code: str, recipient: str) -> Callable[[dict], bool]:
    """Which of this unit's reviews go in a package to ``recipient``: to a unit below, only the decisions on its
    own evaluations (or those of the units it forwards); to the unit above, all of them."""
    units = Unit.__table__
    above: set[str] = set()
    parent = connection.scalar(select(units.c.parent_code).where(units.c.code == own_code))
    while parent and parent not in above:
        above.add(parent)
        parent = connection.scalar(select(units.c.parent_code).where(units.c.code == parent))
    if recipient in above:
        return lambda _row: True
    forwarded = set(connection.scalars(select(units.c.code).where(units.c.parent_code == recipient)))
    wanted = {recipient, *forwarded}
    table = Evaluation.__table__
    theirs = set(connection.scalars(select(table.c.id).where(table.c.owner_unit.in_(wanted))))
    return lambda row: row["evaluation_id"] in theirs
