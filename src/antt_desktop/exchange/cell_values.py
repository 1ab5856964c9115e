"""Reading the cell values communes really type: dates in any of their shapes, CCCD that lost its zero,
numbers written as text, names with double spaces or decomposed accents."""

from __future__ import annotations

from datetime import date, datetime

from antt_desktop.domain.cccd import clean_cccd
from antt_desktop.domain.dates import parse_date
from antt_desktop.domain.text import normalize, search_key
from antt_desktop.errors import UserError

TRUE_WORDS = {"x", "co", "có", "yes", "true", "1", "dang vien", "v", "đ", "d"}


def text(value: object) -> str:
    if value is None:
        return ""
    if isinstance(value, float) and value.is_integer():
        value = int(value)
    return normalize(str(value))


def integer(value: object, field: str) -> int | None:
    if value is None or text(value) == "":
        return None
    if isinstance(value, (int, float)) and not isinstance(value, bool):
        if float(value).is_integer():
            return int(value)
        raise UserError(f"{field} “{value}” không phải số nguyên.")
    cleaned = text(value).replace(".", "").replace(",", "").replace(" ", "")
    if not (cleaned.isascii() and cleaned.lstrip("-").isdigit()):  # "²", "①" pass isdigit() but not int()
        raise UserError(f"{field} “{value}” không phải là số.")
    return int(cleaned)


def day(value: object, field: str) -> date | None:
    """An Excel date, 'dd/mm/yyyy' or 'd/m/yy' text, or a year alone (taken as 01/01 of that year)."""
    if value is None or text(value) == "":
        return None
    if isinstance(value, datetime):
        return value.date()
    if isinstance(value, date):
        return value
    if isinstance(value, (int, float)) and 1900 <= value <= 2100 and float(value).is_integer():
        return date(int(value), 1, 1)
    raw = text(value)
    if raw.isascii() and raw.isdigit() and len(raw) == 4:
        return date(int(raw), 1, 1)
    return parse_date(raw, field)


def cccd(value: object) -> str:
    if value is None:
        return ""
    if isinstance(value, float) and value.is_integer():
        value = int(value)
    return clean_cccd(value) if isinstance(value, int) else clean_cccd(text(value))


def flag(value: object) -> bool:
    return search_key(text(value)) in TRUE_WORDS
