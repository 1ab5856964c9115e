"""The rows of a published score sheet made into a score-sheet catalog's content: item numbers as provinces
write them ("1", "1a", "1.1", "a)", "a.", unnumbered rows under an item), a section "Điểm trừ" for deductions,
the level thresholds ("Xuất sắc: từ 90 điểm"). Every problem is kept with its row; nothing is guessed."""

from __future__ import annotations

import math
import re
from dataclasses import dataclass, field

from antt_desktop.domain.score_sheet import MAX_ITEMS, MAX_TEXT
from antt_desktop.domain.text import search_key
from antt_desktop.exchange.score_sheet_reader import PublishedSheet, SheetRow

ARABIC = re.compile(r"(\d{1,3})\.?")
ARABIC_LETTER = re.compile(r"(\d{1,3})\.?([a-zđ])\)?\.?")
DOTTED = re.compile(r"\d{1,3}(?:\.\d{1,3}){1,7}\.?")
LETTER = re.compile(r"\(?([a-zđ])[).]?")
BULLET = {"-", "+", "•", "*", "–", "·"}
ROMAN = re.compile(r"(?:i|ii|iii|iv|v|vi|vii|viii|ix|x)\.?", re.IGNORECASE)
SECTION_LETTER = re.compile(r"[A-E]\.?")
POINTS_TEXT = re.compile(r"(trừ\s*)?([-−]\s*)?(\d{1,4}(?:[.,]\d{1,2})?)\s*(?:điểm|đ)?", re.IGNORECASE)
DEDUCTION_WORDS = ("diem tru", "tru diem", "cac truong hop tru", "noi dung tru")
LEVEL_NAMES = {"xuat sac": "Xuất sắc", "tot": "Tốt", "kha": "Khá", "trung binh": "Trung bình", "yeu": "Yếu",
               "kem": "Kém"}
THRESHOLD = re.compile(r"\b(xuat sac|tot|kha|trung binh|yeu|kem)\b\s*[:\-–(]?\s*(?:loai\s*)?"
                       r"(tu|tren|dat tu|dat|duoi|tu tren)\s*(\d{1,3}(?:[.,]\d)?)\b")


@dataclass
class Layout:
    items: list[dict] = field(default_factory=list)
    deductions: list[dict] = field(default_factory=list)
    levels: list[dict] = field(default_factory=list)
    rows: dict[str, int] = field(default_factory=dict)  # item number → Excel row
    problems: list[str] = field(default_factory=list)  # "Dòng 12: …"


def _points(value: object) -> float | None:
    """A number of points as written (5, 2.5, "2,5", "-5", "trừ 5 điểm"), negative when written with a minus or
    "trừ" (a deduction's points are taken as they are; any other item's are refused); None when not a number."""
    if isinstance(value, bool) or value is None:
        return None
    if isinstance(value, (int, float)):
        return float(value) if math.isfinite(value) else None
    match = POINTS_TEXT.fullmatch(str(value).strip())
    if not match:
        return None
    points = float(match.group(3).replace(",", "."))
    return -points if match.group(1) or match.group(2) else points


def is_threshold(text: str) -> bool:
    return THRESHOLD.search(search_key(text)) is not None


def levels_from(notes: list[str]) -> list[dict]:
    """The level thresholds written under (or in) the table, highest first; empty when fewer than two."""
    found: dict[str, float] = {}
    for note in notes:
        for name, word, number in THRESHOLD.findall(search_key(note)):
            found.setdefault(name, 0.0 if word == "duoi" else float(number.replace(",", ".")))
    levels = [{"code": name.replace(" ", "_"), "name": LEVEL_NAMES[name], "min_points": points}
              for name, points in sorted(found.items(), key=lambda kv: -kv[1])]
    return levels if len(levels) >= 2 else []


class _Builder:
    def __init__(self, layout: Layout) -> None:
        self.layout = layout
        self.nodes: dict[str, dict] = {}
        self.depths: dict[str, int] = {}
        self.numbered: dict | None = None  # the last item with a number of its own (parent of "a)" and bullets)
        self.arabic: dict | None = None  # the last item numbered with digits (parent of "a)")
        self.previous: dict | None = None
        self.in_deductions = False
        self.count = 0

    def problem(self, row: SheetRow, text: str) -> None:
        self.layout.problems.append(f"Dòng {row.row}: {text}")

    def add(self, row: SheetRow) -> None:
        key = search_key(row.text)
        points = _points(row.points)
        if not row.text and not row.number:
            return
        if is_threshold(row.text):
            return
        if any(word in key for word in DEDUCTION_WORDS) and (points is None or not row.number
                                                             or ROMAN.fullmatch(row.number)):
            self.in_deductions = True
            return
        if ROMAN.fullmatch(row.number) or (SECTION_LETTER.fullmatch(row.number) and row.text.upper() == row.text):
            self.in_deductions = False  # a part of the sheet ("I. TIÊU CHÍ CHẤM ĐIỂM"): its items follow
            return
        if not row.number and points is None and self.previous is not None:
            self.previous["text"] = f"{self.previous['text']} {row.text}"[:MAX_TEXT + 1]  # text over two rows
            return
        if row.text.startswith("="):
            self.problem(row, "nội dung là công thức (bắt đầu bằng “=”); hãy ghi nội dung bằng chữ.")
            return
        if points is None and row.points not in (None, ""):
            self.problem(row, f"điểm “{str(row.points)[:20]}” không phải là số điểm (ví dụ 5 hoặc 2,5).")
            return
        if points is None and (self.in_deductions or not row.number or row.number in BULLET):
            self.problem(row, "thiếu điểm chuẩn (ô trống hoặc là công thức chưa được tính); hãy ghi số điểm.")
            return
        self.count += 1
        if self.count > MAX_ITEMS:
            return
        if self.in_deductions:
            self._deduction(row, abs(points) if points is not None else None)
        else:
            self._item(row, points)

    def _deduction(self, row: SheetRow, points: float | None) -> None:
        digits = re.sub(r"[^0-9A-Za-z]", "", row.number)[:8]
        number = f"T{digits or len(self.layout.deductions) + 1}"
        node = {"number": number, "text": row.text, "max_points": points, "items": []}
        self._register(row, node, 3)
        self.layout.deductions.append(node)

    def _item(self, row: SheetRow, points: float | None) -> None:
        number = row.number.rstrip(")").strip() if row.number not in BULLET else ""
        lower = row.number.lower()
        parent: dict | None = None
        if ARABIC.fullmatch(row.number):
            number = ARABIC.fullmatch(row.number).group(1)
        elif match := ARABIC_LETTER.fullmatch(lower):
            number, parent = f"{match.group(1)}{match.group(2)}", self.nodes.get(match.group(1))
            if parent is None:
                return self.problem(row, f"mục {number} không có mục {match.group(1)} ở trên.")
        elif DOTTED.fullmatch(row.number):
            number = row.number.rstrip(".")
            parent_number = number.rsplit(".", 1)[0]
            parent = self.nodes.get(parent_number)
            if parent is None:
                return self.problem(row, f"mục {number} không có mục {parent_number} ở trên.")
        elif match := LETTER.fullmatch(lower):
            parent = self.arabic
            if parent is None:
                return self.problem(row, f"mục “{row.number}” không thuộc mục số nào ở trên.")
            number = f"{parent['number']}{match.group(1)}"
        elif not row.number or row.number in BULLET:
            parent = self.numbered
            if parent is None:
                return self.problem(row, "dòng không có số thứ tự và không thuộc mục nào ở trên.")
            number = f"{parent['number']}.{len(parent['items']) + 1}"
        else:
            return self.problem(row, f"số thứ tự “{row.number[:20]}” không đọc được (dùng 1, 1a, 1.1, a) …).")
        node = {"number": number, "text": row.text, "max_points": points, "items": []}
        depth = self.depths[parent["number"]] + 1 if parent else 1
        self._register(row, node, depth)
        (parent["items"] if parent else self.layout.items).append(node)
        if row.number and row.number not in BULLET:
            self.numbered = node
            if not LETTER.fullmatch(lower):
                self.arabic = node

    def _register(self, row: SheetRow, node: dict, depth: int) -> None:
        if node["number"] in self.nodes:
            self.problem(row, f"số thứ tự {node['number']} lặp lại.")
        self.nodes.setdefault(node["number"], node)
        self.depths.setdefault(node["number"], depth)
        self.layout.rows.setdefault(node["number"], row.row)
        self.previous = node


def _fill_parents(nodes: list[dict], layout: Layout) -> None:
    """An item whose points are left blank takes the sum of its sub-items (provinces often write only those)."""
    for node in nodes:
        _fill_parents(node["items"], layout)
        if node["max_points"] is not None:
            continue
        children = [child["max_points"] for child in node["items"]]
        if children and None not in children:
            node["max_points"] = sum(children)
        else:
            layout.problems.append(f"Dòng {layout.rows[node['number']]}: thiếu điểm chuẩn của mục {node['number']} "
                                   "(ô trống hoặc là công thức chưa được tính); hãy ghi số điểm.")


def layout_of(sheet: PublishedSheet) -> Layout:
    layout = Layout()
    builder = _Builder(layout)
    for row in sheet.rows:
        builder.add(row)
    _fill_parents(layout.items, layout)
    if builder.count > MAX_ITEMS or sheet.truncated:
        layout.problems = [f"Bảng điểm có quá {MAX_ITEMS} mục; bảng điểm thật chỉ có vài chục mục. Hãy kiểm tra "
                           "lại tệp (có thể chọn nhầm tệp)."]
    layout.levels = levels_from(sheet.notes)
    return layout


def unit_type_named(titles: list[str]) -> str | None:
    """The kind of unit a sheet's title names ("… ở khu dân cư", "… xã, phường", "… cơ quan, doanh nghiệp")."""
    for title in titles:
        key = search_key(title)
        if not any(word in key for word in ("diem", "phan loai", "tieu chi")):
            continue
        if any(word in key for word in ("co quan", "doanh nghiep", "co so giao duc", "nha truong")):
            return "co_quan"
        if "khu dan cu" in key:
            return "khu_dan_cu"
        if re.search(r"\b(xa|phuong|dac khu)\b", key):
            return "xa"
    return None
