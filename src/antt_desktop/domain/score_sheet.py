"""Classification of the movement by a 100-point score sheet (Quyết định 510/QĐ-BCA-V05): one sheet per kind of
unit, catalog data that a province replaces with its own. Items may have sub-items; only the innermost are
scored (0 … điểm chuẩn, halves allowed); deductions are subtracted; the level is the highest whose minimum the
total reaches, capped when the subject is not recognised "An toàn về an ninh, trật tự"."""

from __future__ import annotations

import math
import re
import unicodedata
from collections.abc import Iterator
from dataclasses import dataclass

from antt_desktop.domain.catalog import load_catalog

UNIT_TYPES = ("khu_dan_cu", "xa", "co_quan")
CLI_KINDS = {"khu-dan-cu": "khu_dan_cu", "xa": "xa", "co-quan": "co_quan"}
MAX_ITEMS = 500
MAX_DEPTH = 3
MAX_TEXT = 1000
MAX_POINTS = 1000
MAX_TITLE = 300
MAX_SOURCE = 1000
MAX_LEVELS = 10
MAX_LEVEL_NAME = 60
MAX_VERSION = 40  # as the catalog_updates column holds it
_NUMBER = re.compile(r"[0-9A-Za-zĐđ.]{1,12}")
_LEVEL_CODE = re.compile(r"[a-z0-9_]{1,24}")
_UNPRINTABLE = {"Cc", "Cf", "Zl", "Zp", "Cs", "Co", "Cn"}  # control, format (U+202E …), separators, unassigned


def has_controls(text: str) -> bool:
    """Whether ``text`` holds a character a terminal, a workbook or a form would act on or hide (ESC, BEL, NUL,
    a line break, U+202E that reverses what follows …)."""
    return not text.isprintable() and any(unicodedata.category(ch) in _UNPRINTABLE for ch in text)


def catalog_name(unit_type: str) -> str:
    return f"score_sheet_{unit_type}"


@dataclass(frozen=True)
class SheetItem:
    number: str
    text: str
    max_points: float
    items: tuple[SheetItem, ...] = ()
    measure: str = ""  # a figure the data can give (see the scoring service); empty when scored by hand

    def leaves(self) -> Iterator[SheetItem]:
        if not self.items:
            yield self
        for item in self.items:
            yield from item.leaves()


@dataclass(frozen=True)
class ScoreSheet:
    unit_type: str
    version: str
    title: str
    source: str
    sample: bool
    items: tuple[SheetItem, ...]
    deductions: tuple[SheetItem, ...]
    levels: tuple[dict, ...]  # highest first: {"code", "name", "min_points"}
    level_if_not_recognised: str

    @property
    def total(self) -> float:
        return sum(item.max_points for item in self.items)

    def leaves(self) -> list[SheetItem]:
        return [leaf for item in self.items for leaf in item.leaves()]

    def scored(self) -> dict[str, SheetItem]:
        """Every item a score is given for (innermost items and deductions), by number."""
        return {item.number: item for item in (*self.leaves(), *self.deductions)}

    def level_name(self, code: str | None) -> str:
        return next((level["name"] for level in self.levels if level["code"] == code), "")


def _item(data: dict) -> SheetItem:
    return SheetItem(str(data["number"]), str(data["text"]), float(data["max_points"]),
                     tuple(_item(child) for child in data.get("items", [])), str(data.get("measure", "")))


def from_content(content: dict) -> ScoreSheet:
    """The sheet a (checked) catalog content describes."""
    return ScoreSheet(content["unit_type"], str(content["version"]), content.get("title", ""),
                      content.get("source", ""), bool(content.get("sample")),
                      tuple(_item(i) for i in content["items"]), tuple(_item(i) for i in content["deductions"]),
                      tuple(sorted(content["levels"], key=lambda level: -level["min_points"])),
                      content["level_if_not_recognised"])


def sheet_for(unit_type: str) -> ScoreSheet:
    """The score sheet in use for a kind of unit: the province's when one was installed, else the sample."""
    return from_content(load_catalog(catalog_name(unit_type)))


def _is_points(value: object) -> bool:
    return (isinstance(value, (int, float)) and not isinstance(value, bool) and 0 < value <= MAX_POINTS
            and float(value * 2).is_integer())


def _item_problems(data: object, depth: int, seen: set[str], out: list[str]) -> None:
    if not isinstance(data, dict) or not isinstance(data.get("items", []), list):
        out.append("một mục không đúng cấu trúc")
        return
    number, text, points = data.get("number"), data.get("text"), data.get("max_points")
    if not isinstance(number, str) or not _NUMBER.fullmatch(number):
        out.append(f"mục “{_shown(str(number))}” có số thứ tự không hợp lệ")
        return
    if number in seen:
        out.append(f"số thứ tự {number} lặp lại")
    seen.add(number)
    if not isinstance(text, str) or not text.strip() or len(text) > MAX_TEXT:
        out.append(f"mục {number} thiếu nội dung hoặc nội dung quá dài")
    elif has_controls(text):
        out.append(f"mục {number} có ký tự điều khiển (không in được) trong nội dung")
    if not _is_points(points):
        out.append(f"mục {number} có điểm chuẩn không hợp lệ (số dương, bội của 0,5)")
        return
    children = data.get("items", [])
    if children and depth >= MAX_DEPTH:
        out.append(f"mục {number} lồng quá {MAX_DEPTH} cấp")
        return
    for child in children:
        _item_problems(child, depth + 1, seen, out)
    if children and all(isinstance(c, dict) and _is_points(c.get("max_points")) for c in children):
        subtotal = sum(c["max_points"] for c in children)
        if subtotal != points:
            out.append(f"mục {number} có điểm chuẩn {_points(points)} nhưng các mục con cộng lại "
                       f"{_points(subtotal)}")


def _count(items: list) -> int:
    return sum(1 + _count(i.get("items", [])) if isinstance(i, dict) and isinstance(i.get("items", []), list) else 1
               for i in items)


def sheet_problems(content: object, expected_total: float = 100) -> list[str]:
    """What is wrong with a score sheet's content (in Vietnamese); empty when it can be installed."""
    if not isinstance(content, dict) or content.get("unit_type") not in UNIT_TYPES:
        return ["bảng điểm không đúng cấu trúc (thiếu loại đơn vị)"]
    items, deductions = content.get("items"), content.get("deductions", [])
    if not isinstance(items, list) or not items or not isinstance(deductions, list):
        return ["bảng điểm không có mục nào"]
    if _count(items) + _count(deductions) > MAX_ITEMS:
        return [f"bảng điểm có quá {MAX_ITEMS} mục"]
    out: list[str] = []
    seen: set[str] = set()
    for item in items:
        _item_problems(item, 1, seen, out)
    for item in deductions:
        _item_problems(item, MAX_DEPTH, seen, out)
    if not out:
        total = sum(item["max_points"] for item in items)
        if total != expected_total:
            out.append(f"các mục cộng lại {_points(total)} điểm, không phải {_points(expected_total)}")
    out += _text_problems(content)
    out += _level_problems(content.get("levels"), content.get("level_if_not_recognised"), expected_total)
    return out


def _text_problems(content: dict) -> list[str]:
    out = []
    for field, name, longest in (("title", "tiêu đề", MAX_TITLE), ("source", "nguồn", MAX_SOURCE),
                                 ("version", "phiên bản", MAX_VERSION)):
        value = content.get(field, "")
        if not isinstance(value, str) or len(value) > longest:
            out.append(f"{name} của bảng điểm không phải chữ hoặc dài quá {longest} ký tự")
        elif has_controls(value):
            out.append(f"{name} của bảng điểm có ký tự điều khiển (không in được)")
    return out


def _level_problems(levels: object, cap: object, total: float) -> list[str]:
    """Levels: 2 … MAX_LEVELS, each a unique short code, a printable name and a threshold within 0 … total."""
    if (not isinstance(levels, list) or not levels or len(levels) > MAX_LEVELS
            or not all(isinstance(lv, dict) and isinstance(lv.get("code"), str) and isinstance(lv.get("name"), str)
                       and isinstance(lv.get("min_points"), (int, float)) and not isinstance(lv["min_points"], bool)
                       for lv in levels)):
        return [f"bảng điểm thiếu các mức phân loại (từ 1 đến {MAX_LEVELS} mức, mỗi mức có mã, tên và số điểm)"]
    out = []
    codes = [lv["code"] for lv in levels]
    for level in levels:
        code, name, points = level["code"], level["name"], level["min_points"]
        if not _LEVEL_CODE.fullmatch(code):
            out.append(f"mã mức “{_shown(code)}” không hợp lệ (chữ thường không dấu, số, “_”, tối đa 24 ký tự)")
        if not name.strip() or len(name) > MAX_LEVEL_NAME or has_controls(name):
            out.append(f"tên mức {_shown(code)} trống, dài quá {MAX_LEVEL_NAME} ký tự hoặc có ký tự điều khiển")
        if not math.isfinite(points) or not 0 <= points <= total:
            out.append(f"mức {_shown(code)} có số điểm tối thiểu không hợp lệ (phải từ 0 đến {_points(total)})")
    if duplicated := sorted({_shown(code) for code in codes if codes.count(code) > 1}):
        out.append(f"mã mức lặp lại: {', '.join(duplicated)}")
    if cap not in codes:
        out.append("mức cao nhất khi chưa được công nhận không có trong các mức phân loại")
    return out


def _shown(text: str) -> str:
    """A short, printable form of a text from a file, for a message."""
    return "".join(ch if ch.isprintable() else "?" for ch in text[:24])


def score_problem(item: SheetItem, value: object) -> str | None:
    """Why ``value`` cannot be the score of ``item``, or None."""
    if not isinstance(value, (int, float)) or isinstance(value, bool) or not float(value * 2).is_integer():
        return f"Điểm của mục {item.number} phải là số, chẵn hoặc nửa điểm (ví dụ 2 hoặc 2,5)."
    if not 0 <= value <= item.max_points:
        return f"Điểm của mục {item.number} phải từ 0 đến {_points(item.max_points)}."
    return None


def _points(value: float) -> str:
    return f"{value:g}".replace(".", ",")


@dataclass(frozen=True)
class Classification:
    scored: int  # items given a score
    to_score: int
    total: float  # points given, deductions subtracted
    level: str | None  # None until every item is scored and recognition is known
    explanation: tuple[str, ...]


def _explain(item: SheetItem, scores: dict[str, float], indent: str) -> Iterator[str]:
    if item.items:
        got = sum(scores.get(leaf.number, 0) for leaf in item.leaves())
        yield f"{indent}{item.number}. {item.text}: {_points(got)}/{_points(item.max_points)}"
        for child in item.items:
            yield from _explain(child, scores, indent + "    ")
    elif item.number in scores:
        yield f"{indent}{item.number}. {item.text}: {_points(scores[item.number])}/{_points(item.max_points)}"
    else:
        yield f"{indent}{item.number}. {item.text}: chưa chấm (điểm chuẩn {_points(item.max_points)})"


def classify(sheet: ScoreSheet, scores: dict[str, float], recognised: bool | None) -> Classification:
    """Total and level of a self-scored (or reviewed) sheet; ``recognised`` is the TT 124 recognition."""
    leaves = sheet.leaves()
    lines = [line for item in sheet.items for line in _explain(item, scores, "")]
    deducted = sum(scores.get(d.number, 0) for d in sheet.deductions)
    for d in sheet.deductions:
        if scores.get(d.number):
            lines.append(f"Trừ {_points(scores[d.number])} điểm: {d.text}")
    total = sum(scores.get(leaf.number, 0) for leaf in leaves) - deducted
    scored = sum(leaf.number in scores for leaf in leaves)
    if scored < len(leaves) or recognised is None:
        missing = "chưa chấm hết các mục" if scored < len(leaves) else "chưa đánh giá xong tiêu chuẩn công nhận"
        lines.append(f"Tổng {_points(total)}/{_points(sheet.total)} điểm; {missing} nên chưa phân loại.")
        return Classification(scored, len(leaves), total, None, tuple(lines))
    level = next((lv["code"] for lv in sheet.levels if total >= lv["min_points"]), sheet.levels[-1]["code"])
    lines.append(f"Tổng {_points(total)}/{_points(sheet.total)} điểm → mức {sheet.level_name(level)}.")
    order = [lv["code"] for lv in sheet.levels]
    cap = sheet.level_if_not_recognised
    if not recognised and order.index(level) < order.index(cap):
        level = cap
        lines.append("Chưa được công nhận “An toàn về an ninh, trật tự” nên mức cao nhất là "
                     f"{sheet.level_name(cap)}.")
    return Classification(scored, len(leaves), total, level, tuple(lines))


def as_json(sheet: ScoreSheet) -> dict:
    """The sheet as ``antt score-sheet show --json`` prints it."""
    def item(i: SheetItem) -> dict:
        return {"number": i.number, "text": i.text, "max_points": i.max_points, "items": [item(c) for c in i.items]}

    return {"version": sheet.version, "unit_type": sheet.unit_type, "sample": sheet.sample, "total": sheet.total,
            "items": [item(i) for i in sheet.items], "deductions": [item(d) for d in sheet.deductions],
            "levels": list(sheet.levels), "level_if_not_recognised": sheet.level_if_not_recognised}
