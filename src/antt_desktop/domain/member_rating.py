"""The yearly rating of Tổ bảo vệ ANTT members (catalog ``member_rating``): the levels, the rating period, who
can be rated, and the cap on the top level.

Cap rule (kept in the catalog's ``top_cap``): at most ``percent`` % of the members of a team rated that year,
rounded down (``rounding`` "floor"; "ceil" rounds up), but never fewer than ``minimum`` — so with 20 % and
minimum 1, a team of 3 to 9 rated members may have 1 at the top level, 10 to 14 may have 2, 15 to 19 three.
"""

from __future__ import annotations

import math
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date

from antt_desktop.domain.catalog import load_catalog
from antt_desktop.domain.dates import format_date

CATALOG = "member_rating"
ROUNDINGS = ("floor", "ceil")


@dataclass(frozen=True)
class RatingLevel:
    code: str
    name: str
    short_name: str


@dataclass(frozen=True)
class RatingRules:
    force_types: tuple[str, ...]
    levels: tuple[RatingLevel, ...]
    start: tuple[int, int]  # (month, day) of the period's start, in the year before
    end: tuple[int, int]  # (month, day) of its end, in the year rated
    min_service_months: int
    top_level: str
    percent: float
    rounding: str
    minimum: int
    source: str

    def level(self, code: str) -> RatingLevel | None:
        return next((lv for lv in self.levels if lv.code == code), None)

    def level_name(self, code: str) -> str:
        found = self.level(code)
        return found.name if found else code

    def period(self, year: int) -> tuple[date, date]:
        """The rating period of ``year``: 15/11 of the year before to 14/11 of ``year`` in the shipped catalog."""
        return date(year - 1, *self.start), date(year, *self.end)

    def last_ended_year(self, today: date) -> int:
        """The year of the latest period that has ended by ``today`` (the one rated now)."""
        return today.year if today > self.period(today.year)[1] else today.year - 1

    def period_text(self, year: int) -> str:
        first, last = self.period(year)
        return f"{format_date(first)} – {format_date(last)}"

    def cap(self, rated: int) -> int:
        """How many of ``rated`` members of one team may be at the top level."""
        if rated <= 0:
            return 0
        share = rated * self.percent / 100
        allowed = math.ceil(share - 1e-9) if self.rounding == "ceil" else math.floor(share + 1e-9)
        return min(rated, max(self.minimum, allowed))

    def not_ratable_reason(self, name: str, start: date, end: date | None, year: int) -> str | None:
        """Why a member who served from ``start`` to ``end`` (None: still serving) cannot be rated for ``year``."""
        first, last = self.period(year)
        if start > last:
            return f"{name} bắt đầu tham gia ngày {format_date(start)}, sau kỳ xếp loại {self.period_text(year)}."
        if end is not None and end < first:
            return f"{name} đã thôi tham gia ngày {format_date(end)}, trước kỳ xếp loại {self.period_text(year)}."
        served_from, served_to = max(start, first), min(end or last, last)
        if _months_between(served_from, served_to) < self.min_service_months:
            return (f"{name} tham gia chưa đủ {self.min_service_months} tháng trong kỳ xếp loại "
                    f"{self.period_text(year)} ({format_date(served_from)} – {format_date(served_to)}) nên chưa "
                    "được xếp loại.")
        return None

    def cap_problem(self, team_name: str, rated: int, top_names: Sequence[str]) -> str | None:
        """The refusal when more of a team's members are at the top level than the cap allows."""
        allowed = self.cap(rated)
        if len(top_names) <= allowed:
            return None
        return (f"{team_name} có {rated} thành viên được xếp loại: nhiều nhất {allowed} người được xếp "
                f"{self.level_name(self.top_level)}; đang chọn {len(top_names)}: {', '.join(top_names)}. "
                f"Hãy xếp {len(top_names) - allowed} người xuống mức thấp hơn.")


def _months_between(first: date, last: date) -> int:
    """Whole months from ``first`` to the day after ``last`` (15/11 → 14/08 is 9 months)."""
    months = (last.year - first.year) * 12 + last.month - first.month
    return months if last.day + 1 >= first.day else months - 1


def rating_rules() -> RatingRules:
    """The rules of the catalog in use (an upper level's version if one was received)."""
    return rules_from(load_catalog(CATALOG))


def rules_from(content: dict) -> RatingRules:
    period, cap = content["period"], content["top_cap"]
    return RatingRules(tuple(content["force_types"]),
                       tuple(RatingLevel(lv["code"], lv["name"], lv.get("short_name") or lv["name"])
                             for lv in content["levels"]),
                       (int(period["start_month"]), int(period["start_day"])),
                       (int(period["end_month"]), int(period["end_day"])),
                       int(content["min_service_months"]), cap["level"], float(cap["percent"]),
                       cap.get("rounding", "floor"), int(cap.get("minimum", 0)), str(content.get("source", "")))


def rating_problems(content: dict) -> list[str]:
    """What makes a received ``member_rating`` catalog unusable, in Vietnamese (empty when it is usable)."""
    problems: list[str] = []
    levels = content.get("levels")
    if not levels or not all(isinstance(lv, dict) and isinstance(lv.get("code"), str) and lv["code"]
                             and len(lv["code"]) <= 24 and isinstance(lv.get("name"), str) and lv["name"]
                             for lv in levels):
        problems.append("mỗi mức xếp loại cần mã (tối đa 24 ký tự) và tên")
        return problems
    if len({lv["code"] for lv in levels}) != len(levels):
        problems.append("mã mức xếp loại bị trùng")
    if not all(isinstance(code, str) for code in content.get("force_types", [])):
        problems.append("loại lực lượng được xếp loại phải là mã")
    cap = content.get("top_cap")
    if not isinstance(cap, dict) or cap.get("level") not in {lv["code"] for lv in levels}:
        problems.append("giới hạn mức cao nhất phải chỉ một mức có trong danh mục")
    elif not (isinstance(cap.get("percent"), int | float) and 0 <= cap["percent"] <= 100
              and cap.get("rounding", "floor") in ROUNDINGS
              and isinstance(cap.get("minimum", 0), int) and 0 <= cap.get("minimum", 0) <= 100):
        problems.append("giới hạn mức cao nhất cần tỷ lệ 0–100 %, cách làm tròn floor hoặc ceil và số tối thiểu 0–100")
    months = content.get("min_service_months")
    if not isinstance(months, int) or not 0 <= months <= 12:
        problems.append("số tháng tham gia tối thiểu phải từ 0 đến 12")
    try:
        period = content["period"]
        date(2001, int(period["start_month"]), int(period["start_day"]))
        date(2001, int(period["end_month"]), int(period["end_day"]))
    except (KeyError, TypeError, ValueError):
        problems.append("kỳ xếp loại cần ngày và tháng bắt đầu, kết thúc có thật")
    return problems
