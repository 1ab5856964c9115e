"""Versioned catalog data shipped in ``resources/catalogs``: regulation vocabularies as data, not code."""

from __future__ import annotations

import json
from functools import cache
from importlib.resources import files

CATALOG_NAMES = ("force_types", "security_models", "campaigns", "typical_criteria", "evaluation",
                 "score_sheet_khu_dan_cu", "score_sheet_xa", "score_sheet_co_quan", "member_rating")
_overrides: dict[str, dict] = {}


def use_updates(updates: dict[str, dict]) -> None:
    """Catalog versions received from an upper level replace the shipped ones (call before the first use)."""
    _overrides.clear()
    _overrides.update(updates)
    load_catalog.cache_clear()


@cache
def shipped_catalog(name: str) -> dict:
    """``resources/catalogs/<name>.json`` as this version ships it."""
    return json.loads((files("antt_desktop") / "resources" / "catalogs" / f"{name}.json").read_text(encoding="utf-8"))


@cache
def load_catalog(name: str) -> dict:
    """The catalog ``name``: an upper level's update if there is one, else the shipped one."""
    return _overrides[name] if name in _overrides else shipped_catalog(name)


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
        from antt_desktop.domain.score_sheet import sheet_problems

        problems = sheet_problems(content) or ([] if content["unit_type"] == name.removeprefix("score_sheet_")
                                               else ["bảng điểm của loại đơn vị khác"])
        if problems:
            return "Bảng điểm không dùng được: " + "; ".join(problems[:5]) + "."
    if name == "member_rating":
        from antt_desktop.domain.member_rating import rating_problems

        if problems := rating_problems(content):
            return "Danh mục xếp loại thành viên không dùng được: " + "; ".join(problems) + "."
    return None
