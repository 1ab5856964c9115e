"""The column matching a person chose in the import wizard, remembered for the next workbook with the same
headings (kept in settings.json, a few dozen layouts at most)."""

from __future__ import annotations

import hashlib

from antt_desktop.config import Paths, load_settings, save_setting
from antt_desktop.domain.text import search_key
from antt_desktop.exchange.excel_schema import FIELDS

SETTING = "excel_column_choices"
MAX_REMEMBERED = 50


def _layout(kind: str, headings: dict[int, str]) -> str:
    text = "\x1f".join([kind, *(f"{c}:{search_key(h)}" for c, h in sorted(headings.items()) if h)])
    return hashlib.sha256(text.encode("utf-8")).hexdigest()[:32]


def remembered(paths: Paths, kind: str, headings: dict[int, str]) -> dict[int, str] | None:
    """The matching chosen last time for these headings, or None."""
    choices = load_settings(paths).get(SETTING)
    choice = choices.get(_layout(kind, headings)) if isinstance(choices, dict) else None
    if not isinstance(choice, dict):
        return None
    keys = {spec.key for spec in FIELDS[kind]}
    return {int(c): k for c, k in choice.items() if str(c).isdigit() and int(c) in headings and k in keys}


def remember(paths: Paths, kind: str, headings: dict[int, str], mapping: dict[int, str]) -> None:
    choices = load_settings(paths).get(SETTING)
    choices = dict(choices) if isinstance(choices, dict) else {}
    layout = _layout(kind, headings)
    choices.pop(layout, None)
    choices[layout] = {str(c): k for c, k in sorted(mapping.items())}
    while len(choices) > MAX_REMEMBERED:  # the oldest layouts go first
        choices.pop(next(iter(choices)))
    save_setting(paths, SETTING, choices)
