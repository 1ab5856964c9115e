"""Whether a catalog version received or installed can replace the one in use: its sections, and the rules of the
catalogs that carry their own (score sheets, member ratings)."""

from __future__ import annotations

from antt_desktop.domain.catalog import CATALOG_NAMES, shipped_catalog
from antt_desktop.domain.member_rating import rating_problems
from antt_desktop.domain.score_sheet import sheet_problems


def catalog_problem(name: str, content: object) -> str | None:
    """Why ``content`` cannot replace catalog ``name`` (in Vietnamese), or None when it can: the same sections
    as the shipped catalog, each of the same kind, so every screen that reads it finds what it expects."""
    if name not in CATALOG_NAMES:
        return f"Danh mục “{name}” không có; chọn một trong: {', '.join(CATALOG_NAMES)}."
    if not isinstance(content, dict) or content.get("catalog") != name or "version" not in content:
        return "Danh mục không hợp lệ (cần các khóa “catalog” và “version”)."
    shipped = shipped_catalog(name)
    missing = sorted(key for key in shipped if key not in content)
    if missing:
        return f"Danh mục mới thiếu phần {', '.join(missing)} so với danh mục đang dùng."
    wrong = sorted(key for key, value in shipped.items() if type(content[key]) is not type(value))
    if wrong:
        return f"Danh mục mới có phần {', '.join(wrong)} không đúng cấu trúc."
    if name.startswith("score_sheet_"):
        problems = sheet_problems(content) or ([] if content["unit_type"] == name.removeprefix("score_sheet_")
                                               else ["bảng điểm của loại đơn vị khác"])
        if problems:
            return "Bảng điểm không dùng được: " + "; ".join(problems[:5]) + "."
    if name == "member_rating":
        if problems := rating_problems(content):
            return "Danh mục xếp loại thành viên không dùng được: " + "; ".join(problems) + "."
    return None
