"""Số định danh cá nhân / CCCD: 12 digits = birth-registration province (3), gender and century (1),
year of birth (2), random (6) — Thông tư 59/2021/TT-BCA."""

from __future__ import annotations

import re
import unicodedata
from datetime import date

from antt_desktop.errors import UserError

# Province codes of birth registration (the 63 provinces before 2025, which the numbers keep).
PROVINCE_CODES = frozenset(
    "001 002 004 006 008 010 011 012 014 015 017 019 020 022 024 025 026 027 030 031 033 034 035 036 037 038 "
    "040 042 044 045 046 048 049 051 052 054 056 058 060 062 064 066 067 068 070 072 074 075 077 079 080 082 "
    "083 084 086 087 089 091 092 093 094 095 096".split()
)
# Fourth digit: (century start, gender) — even digits men, odd digits women.
CENTURY_GENDER = {"0": (1900, "nam"), "1": (1900, "nu"), "2": (2000, "nam"), "3": (2000, "nu"),
                  "4": (2100, "nam"), "5": (2100, "nu"), "6": (2200, "nam"), "7": (2200, "nu"),
                  "8": (1800, "nam"), "9": (1800, "nu")}
_SEPARATORS = re.compile(r"[\s.\-]")


def clean_cccd(value: str | int | None) -> str:
    """Digits only, separators removed; a number that lost its leading zeros in Excel gets them back (every
    CCCD starts with 0: the province codes run from 001 to 096)."""
    if value is None:
        return ""
    text = _SEPARATORS.sub("", unicodedata.normalize("NFKC", str(value)).strip())  # full-width digits typed
    if isinstance(value, int) and 9 <= len(text) < 12:
        text = text.zfill(12)
    return text


def validate_cccd(value: str | int | None, gender: str | None = None, birth_date: date | None = None) -> str:
    """The normalised number, or a UserError saying which part is wrong and why."""
    number = clean_cccd(value)
    if not number:
        return ""
    if not (number.isascii() and number.isdigit()):  # other scripts' digits (٠١٢, ²) are no CCCD
        raise UserError(f"Số CCCD “{value}” có ký tự không phải chữ số; CCCD chỉ gồm 12 chữ số.")
    if len(number) != 12:
        raise UserError(f"Số CCCD “{number}” có {len(number)} chữ số; CCCD phải đủ 12 chữ số.")
    if number[:3] not in PROVINCE_CODES:
        raise UserError(f"Số CCCD “{number}”: 3 số đầu ({number[:3]}) không phải mã tỉnh nơi đăng ký khai sinh.")
    century, cccd_gender = CENTURY_GENDER[number[3]]
    if gender and gender != cccd_gender:
        said = "nam" if cccd_gender == "nam" else "nữ"
        raise UserError(f"Số CCCD “{number}”: chữ số thứ 4 ({number[3]}) là của người giới tính {said}, "
                        "không khớp với giới tính đã nhập.")
    if birth_date is not None:
        year = century + int(number[4:6])
        if birth_date.year != year:
            raise UserError(f"Số CCCD “{number}”: chữ số thứ 4–6 ứng với năm sinh {year}, không khớp với "
                            f"năm sinh đã nhập ({birth_date.year}).")
    return number


def mask_cccd(number: str) -> str:
    """Shown to users who are not admins: only the last 3 digits."""
    return "" if not number else "•" * (len(number) - 3) + number[-3:]
