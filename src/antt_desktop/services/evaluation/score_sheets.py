"""The province's own score sheet (Quyết định 510): read from the workbook it publishes, checked row by row, and
installed as a catalog version that replaces the sample here and travels down to the units below."""

from __future__ import annotations

import json
import re
from dataclasses import dataclass
from datetime import date
from pathlib import Path

from rapidfuzz import fuzz, process

from antt_desktop.db.audit import append_audit
from antt_desktop.db.directives import CatalogUpdate
from antt_desktop.domain.catalog import shipped_catalog
from antt_desktop.domain.catalog_check import catalog_problem
from antt_desktop.domain.dates import format_date
from antt_desktop.domain.score_sheet import CLI_KINDS, ScoreSheet, catalog_name, from_content, sheet_for, sheet_problems
from antt_desktop.domain.text import search_key, without_controls
from antt_desktop.domain.units import Level
from antt_desktop.errors import UserError
from antt_desktop.exchange.score_sheet_layout import layout_of, unit_type_named
from antt_desktop.exchange.score_sheet_reader import read_published_sheet
from antt_desktop.services.admin.audit_log import record_refusal
from antt_desktop.services.auth import CurrentUser
from antt_desktop.services.database import Database
from antt_desktop.services.roles import Role
from antt_desktop.services.sync.catalog_versions import apply_catalog_updates

KIND_NAMES = {"khu_dan_cu": "khu dân cư", "xa": "xã, phường, đặc khu", "co_quan": "cơ quan, doanh nghiệp, cơ sở "
              "giáo dục"}
VERSION = re.compile(r"[0-9A-Za-z][0-9A-Za-z._-]{0,39}")
MAX_PROBLEMS_SHOWN = 200
SAME_WORDING = 90  # rapidfuzz token_set_ratio of a province item and a sample item said the same way
MIN_WORDS = 5  # shorter wordings ("Tuyên truyền") are in too many items to say which one is meant
ROW = re.compile(r"Dòng (\d+):")
MENTIONED = re.compile(r"(?:mục|số thứ tự) “?([0-9A-Za-zĐđ.]{1,12})")


@dataclass(frozen=True)
class InstalledSheet:
    unit_type: str
    version: str
    items: int
    total: float
    levels_from_file: bool


def unit_type_of(kind: str) -> str:
    """``khu-dan-cu``/``xa``/``co-quan`` (or the catalog's own code) → the unit type."""
    if kind in CLI_KINDS:
        return CLI_KINDS[kind]
    if kind in CLI_KINDS.values():
        return kind
    raise UserError(f"Loại bảng điểm “{kind[:30]}” không có; chọn một trong: {', '.join(CLI_KINDS)}.")


def _version(path: Path, given: str | None, today: date) -> str:
    if given is not None:
        if not VERSION.fullmatch(given):
            raise UserError(f"Phiên bản “{given[:40]}” không hợp lệ: dùng chữ không dấu, số, dấu chấm, gạch ngang, "
                            "tối đa 40 ký tự (ví dụ TQ-2026).")
        return given
    stem = re.sub(r"[^a-z0-9]+", "-", search_key(path.stem)).strip("-")[:30] or "bang-diem"
    return f"{stem}-{today:%Y%m%d}"


def _with_rows(problems: list[str], rows: dict[str, int]) -> list[str]:
    """Each problem of the checked content with the Excel row of the item it names."""
    out = []
    for problem in problems:
        found = MENTIONED.search(problem)
        row = rows.get(found.group(1)) if found else None
        out.append(f"Dòng {row}: {problem}." if row else f"{problem[:1].upper()}{problem[1:]}.")
    return out


def _carry_measures(items: list[dict], sample: dict) -> None:
    """An item worded as a sample item that the data can measure keeps that measure (the suggested score)."""
    measured = {}

    def collect(nodes: list) -> None:
        for node in nodes:
            if node.get("measure"):
                measured[search_key(node["text"])] = node["measure"]
            collect(node.get("items", []))

    collect(sample["items"])

    def walk(nodes: list[dict]) -> None:
        for node in nodes:
            if not node["items"] and measured and len(search_key(node["text"]).split()) >= MIN_WORDS:
                wording, score, _index = process.extractOne(search_key(node["text"]), list(measured),
                                                            scorer=fuzz.token_set_ratio)
                if score >= SAME_WORDING:
                    node["measure"] = measured[wording]
            walk(node["items"])

    walk(items)


def _row_order(problem: str) -> int:
    found = ROW.match(problem)
    return int(found.group(1)) if found else 10**9


def read_sheet(path: Path, unit_type: str, version: str | None = None, today: date | None = None) -> dict:
    """The catalog content of a province's workbook, or a UserError listing every problem, row by row."""
    today = today or date.today()
    published = read_published_sheet(path)
    named = unit_type_named(published.titles)
    if named and named != unit_type:
        raise UserError(f"Tệp {path.name} là bảng điểm của {KIND_NAMES[named]} (theo tiêu đề), không phải của "
                        f"{KIND_NAMES[unit_type]}; không cài đặt. Hãy chọn đúng loại (--for) hoặc đúng tệp.")
    layout = layout_of(published)
    sample = shipped_catalog(catalog_name(unit_type))
    levels = layout.levels or sample["levels"]
    codes = [level["code"] for level in levels]
    cap = sample["level_if_not_recognised"]
    cap = cap if cap in codes else codes[min(1, len(codes) - 1)]  # one below the top when the names differ
    title = next((t for t in published.titles if "diem" in search_key(t)), sample["title"])
    content = {"catalog": catalog_name(unit_type), "version": _version(path, version, today),
               "source": f"Bảng điểm của tỉnh, nhập từ tệp {path.name} ngày {format_date(today)}.",
               "sample": False, "unit_type": unit_type, "title": title[:300], "items": layout.items,
               "deductions": layout.deductions, "levels": levels, "level_if_not_recognised": cap}
    _carry_measures(layout.items, sample)
    problems = list(layout.problems)
    if not problems or not any(p.startswith("Bảng điểm có quá") for p in problems):
        problems += _with_rows(sheet_problems(content), layout.rows)
    if not problems and (problem := catalog_problem(content["catalog"], content)):
        problems.append(problem)
    if problems:
        problems.sort(key=_row_order)
        shown = problems[:MAX_PROBLEMS_SHOWN]
        more = f"\n  … và {len(problems) - len(shown)} lỗi nữa." if len(problems) > len(shown) else ""
        raise UserError(f"Bảng điểm trong tệp {path.name} có {len(problems)} lỗi, chưa cài đặt gì. Hãy sửa tệp rồi "
                        "nhập lại:\n" + "\n".join(f"  {p}" for p in shown) + more)
    return content


def install_sheet(database: Database, user: CurrentUser, path: Path, kind: str,
                  version: str | None = None) -> InstalledSheet:
    """Install a province's workbook as the score sheet of a kind of unit: a catalog version used here from now
    on and sent down to the units below in the next package."""
    user.require(Role.ADMIN)
    unit_type = unit_type_of(kind)
    if database.installation().level != Level.PROVINCE:
        refusal = ("Chỉ Công an tỉnh cài đặt bảng điểm của tỉnh; bảng điểm đó đến đơn vị này qua gói đồng bộ của cấp "
                   "trên (Đồng bộ → Nhập gói…). Chưa cài đặt gì.")
        record_refusal(database, user.username, "score_sheet", path.name, refusal)
        raise UserError(refusal)
    try:
        content = read_sheet(path, unit_type, version)
    except UserError as exc:
        record_refusal(database, user.username, "score_sheet", path.name, exc.message)
        raise
    with database.session(user.username) as session:
        session.add(CatalogUpdate(catalog=content["catalog"], catalog_version=content["version"],
                                  content=json.dumps(content, ensure_ascii=False)))
        append_audit(session, user.username, "import", "score_sheet", content["catalog"],
                     f"{content['version']} từ {path.name[:120]}")
    apply_catalog_updates(database)
    sheet = from_content(content)
    return InstalledSheet(unit_type, sheet.version, len(sheet.scored()), sheet.total,
                          content["levels"] != shipped_catalog(catalog_name(unit_type))["levels"])


def sheet_in_use(kind: str) -> ScoreSheet:
    return sheet_for(unit_type_of(kind))


def _points(value: float) -> str:
    return f"{value:g}".replace(".", ",")


def _printable(text: str) -> str:
    """A text of a sheet as a terminal shows it: no control character acts (ESC, BEL …), line breaks folded."""
    return " ".join(without_controls(str(text)).split())


def sheet_text(sheet: ScoreSheet) -> str:
    """The sheet in use as a readable table (``antt score-sheet show``); a sheet received before its texts were
    checked still prints no control character."""
    origin = ("BẢNG ĐIỂM MẪU (chưa có bảng điểm của tỉnh)" if sheet.sample
              else "Bảng điểm của tỉnh")
    lines = [_printable(sheet.title), f"{origin}; phiên bản {_printable(sheet.version)}; tổng "
             f"{_points(sheet.total)} điểm.", f"{'STT':<8} {'Điểm chuẩn':>10}  Nội dung"]

    def walk(items, indent: str) -> None:  # noqa: ANN001
        for item in items:
            lines.append(f"{_printable(item.number):<8} {_points(item.max_points):>10}  {indent}"
                         f"{_printable(item.text)}")
            walk(item.items, indent + "  ")

    walk(sheet.items, "")
    if sheet.deductions:
        lines.append("Điểm trừ:")
        walk(sheet.deductions, "")
    lines.append("Phân loại: " + "; ".join(f"{_printable(level['name'])} từ {_points(level['min_points'])} điểm"
                                           for level in sheet.levels) + ".")
    lines.append(f"Chưa được công nhận “An toàn về an ninh, trật tự”: cao nhất mức "
                 f"{_printable(sheet.level_name(sheet.level_if_not_recognised))}.")
    return "\n".join(lines)
