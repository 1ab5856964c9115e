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
