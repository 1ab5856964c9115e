"""Dates as Vietnamese officers write them: dd/mm/yyyy, read strictly and shown zero-padded."""

from __future__ import annotations

import re
import unicodedata
from datetime import date

from antt_desktop.errors import UserError

_DMY = re.compile(r"^(\d{1,2})[/.\-](\d{1,2})[/.\-](\d{4}|\d{2})$")
_IN_WORDS = re.compile(r"^(?:ngày\s*)?(\d{1,2})\s*tháng\s*(\d{1,2})\s*năm\s*(\d{4})$", re.IGNORECASE)  # as in letters


def parse_date(text: str | None, field: str = "Ngày") -> date | None:
    """'5/3/2024' or 'ngày 5 tháng 3 năm 2024' → date(2024, 3, 5); empty → None; an impossible or malformed
    date → UserError."""
    value = (text or "").strip()
    if not value:
        return None
    match = _DMY.match(value) or _IN_WORDS.match(unicodedata.normalize("NFC", value))
    if not match:
        raise UserError(f"{field} “{value}” không đúng dạng ngày/tháng/năm (ví dụ 05/03/2024).")
    day, month, year = (int(part) for part in match.groups())
    if len(match.group(3)) == 2:  # "5/3/24"; a four-digit "0001" stays year 1 (and is refused where it matters)
        year += 2000 if year <= date.today().year % 100 else 1900
    try:
        return date(year, month, day)
    except ValueError:
        raise UserError(f"{field} “{value}” không có thật trên lịch.") from None


def format_date(value: date | None) -> str:
    return value.strftime("%d/%m/%Y") if value else ""


def age_on(birth: date, day: date) -> int:
    return day.year - birth.year - ((day.month, day.day) < (birth.month, birth.day))
