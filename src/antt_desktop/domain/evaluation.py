"""Recognition of "An toàn về an ninh, trật tự" and classification of the movement: the rules, from catalog data.

A subject (a residential area, the commune, an agency) meets the standard when every criterion is met. Its
score is the points of the criteria met; the level is the highest whose minimum the score reaches, capped when
the subject is not recognised. ``explain`` says which criteria led there.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from antt_desktop.domain.catalog import load_catalog


def _catalog() -> dict:
    return load_catalog("evaluation")


def unit_type(code: str) -> dict:
    return next(t for t in _catalog()["unit_types"] if t["code"] == code)


def unit_types() -> dict[str, str]:
    return {t["code"]: t["name"] for t in _catalog()["unit_types"]}


def levels() -> list[dict]:
    return sorted(_catalog()["levels"], key=lambda level: -level["min_points"])


def level_name(code: str | None) -> str:
    return next((lv["name"] for lv in levels() if lv["code"] == code), "")


def catalog_version() -> str:
    return _catalog()["version"]


def catalog_list(key: str) -> tuple[str, ...]:
    return tuple(_catalog()[key])


def timeline() -> list[dict]:
    return _catalog()["timeline"]


def period(type_code: str, year: int) -> tuple[date, date]:
    """The assessment period ending in ``year`` (e.g. 01/11 of the previous year to 31/10)."""
    t = unit_type(type_code)
    return date(year - 1, *t["period_start"]), date(year, *t["period_end"])


@dataclass(frozen=True)
class Outcome:
    assessed: int
    total: int
    recognised: bool | None  # None until every criterion is assessed
    score: int
    level: str | None
    explanation: tuple[str, ...]


def evaluate(type_code: str, results: dict[str, bool | None]) -> Outcome:
    criteria = unit_type(type_code)["criteria"]
    lines, score = [], 0
    for criterion in criteria:
        met = results.get(criterion["code"])
        if met is None:
            lines.append(f"Chưa đánh giá: {criterion['text']}")
        elif met:
            score += criterion["points"]
            lines.append(f"Đạt (+{criterion['points']} điểm): {criterion['text']}")
        else:
            lines.append(f"Không đạt (0/{criterion['points']} điểm): {criterion['text']}")
    assessed = sum(results.get(c["code"]) is not None for c in criteria)
    if assessed < len(criteria):
        return Outcome(assessed, len(criteria), None, score, None, tuple(lines))
    recognised = all(results[c["code"]] for c in criteria)
    level = next(lv["code"] for lv in levels() if score >= lv["min_points"])
    lines.append(f"Tổng điểm {score}/{sum(c['points'] for c in criteria)} → mức {level_name(level)}.")
    cap = _catalog()["level_if_not_recognised"]
    order = [lv["code"] for lv in levels()]
    if not recognised and order.index(level) < order.index(cap):
        level = cap
        lines.append(f"Chưa đạt tiêu chuẩn “An toàn về an ninh, trật tự” nên mức cao nhất là {level_name(cap)}.")
    return Outcome(assessed, len(criteria), recognised, score, level, tuple(lines))
