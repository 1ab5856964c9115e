"""Recognition of "An toàn về an ninh, trật tự" (Thông tư 124/2021/TT-BCA, amended by 48/2025/TT-BCA), from
catalog data: each criterion is met or not, with its evidence; the subject is recognised (đạt) only when every
criterion is met. There are no points here: the classification of the movement comes from the score sheet
(``domain.score_sheet``), recognition being one of its bases. An upper level's older catalog whose criteria
still carry points is read the same way (the points are ignored)."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from antt_desktop.domain.catalog import load_catalog
from antt_desktop.domain.score_sheet import UNIT_TYPES, sheet_for


def _catalog() -> dict:
    return load_catalog("evaluation")


def unit_type(code: str) -> dict:
    return next(t for t in _catalog()["unit_types"] if t["code"] == code)


def unit_types() -> dict[str, str]:
    return {t["code"]: t["name"] for t in _catalog()["unit_types"]}


def instrument(code: str) -> str:
    """The legal text the criteria of a kind of unit come from."""
    return unit_type(code).get("instrument", "Thông tư 124/2021/TT-BCA")


def levels(type_code: str) -> tuple[dict, ...]:
    """The classification levels of the score sheet in use for a kind of unit, highest first."""
    return sheet_for(type_code).levels


def level_name(code: str | None, type_code: str | None = None) -> str:
    """The name of a level code; without ``type_code``, from whichever score sheet names it (else the code)."""
    if not code:
        return ""
    for kind in (type_code,) if type_code else UNIT_TYPES:
        name = sheet_for(kind).level_name(code)
        if name:
            return name
    return code


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
    recognised: bool | None  # đạt / chưa đạt; None until every criterion is assessed
    explanation: tuple[str, ...]  # criterion by criterion, with its evidence

    @property
    def result_text(self) -> str:
        return {True: "Đạt", False: "Chưa đạt", None: "Chưa đánh giá đủ"}[self.recognised]


def evaluate(type_code: str, results: dict[str, dict]) -> Outcome:
    """``results``: criterion code → {"met": bool, "evidence": str} (a criterion left out is not assessed)."""
    criteria = unit_type(type_code)["criteria"]
    lines = []
    for criterion in criteria:
        result = results.get(criterion["code"]) or {}
        met, evidence = result.get("met"), str(result.get("evidence") or "").strip()
        if met is None:
            lines.append(f"Chưa đánh giá: {criterion['text']}")
            continue
        lines.append(f"{'Đạt' if met else 'Không đạt'}: {criterion['text']}"
                     + (f" (căn cứ: {evidence})" if evidence else " (chưa ghi căn cứ)"))
    assessed = sum((results.get(c["code"]) or {}).get("met") is not None for c in criteria)
    if assessed < len(criteria):
        lines.append(f"Đã đánh giá {assessed}/{len(criteria)} tiêu chí; chưa có kết quả công nhận.")
        return Outcome(assessed, len(criteria), None, tuple(lines))
    failing = sum(not results[c["code"]]["met"] for c in criteria)
    recognised = failing == 0
    lines.append(f"Đạt đủ {len(criteria)}/{len(criteria)} tiêu chí → đạt tiêu chuẩn “An toàn về an ninh, trật tự”."
                 if recognised else f"{failing}/{len(criteria)} tiêu chí không đạt → chưa đạt tiêu chuẩn "
                 "“An toàn về an ninh, trật tự”.")
    return Outcome(assessed, len(criteria), recognised, tuple(lines))
