"""Administrative units from the official post-2025 list (QĐ 19/2025/QĐ-TTg) carried by vietnam-provinces.

Provinces have 2-digit codes and communes (xã, phường, đặc khu) 5-digit ones; codes are accepted with or
without their leading zeros. An intermediate unit (a former district, a cluster of communes) has no official
code: it is created by hand with a code of its own.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from enum import StrEnum
from functools import cache

from vietnam_provinces import Province, ProvinceCode, VietNamDivisionType, Ward, WardCode

from antt_desktop.domain.text import search_key
from antt_desktop.errors import UserError


class Level(StrEnum):
    COMMUNE = "commune"
    DISTRICT = "district"
    PROVINCE = "province"


LEVEL_LABELS = {Level.COMMUNE: "Cấp xã", Level.DISTRICT: "Cấp trung gian (huyện cũ, cụm xã)",
                Level.PROVINCE: "Cấp tỉnh"}
_CUSTOM_CODE = re.compile(r"^[A-Z][A-Z0-9_-]{1,15}$")


@dataclass(frozen=True)
class OfficialUnit:
    code: str
    name: str
    level: Level
    province_code: str
    province_name: str

    @property
    def search_text(self) -> str:
        return search_key(f"{self.name} {self.province_name} {self.code}")

    @property
    def label(self) -> str:
        if self.level is Level.PROVINCE:
            return f"{self.name} ({self.code})"
        return f"{self.name}, {self.province_name} ({self.code})"


def _province_name(province: Province) -> str:
    if province.division_type is VietNamDivisionType.TINH and not province.name.startswith("Tỉnh"):
        return f"Tỉnh {province.name}"
    return province.name


@cache
def provinces() -> tuple[OfficialUnit, ...]:
    return tuple(
        OfficialUnit(f"{int(p.code):02d}", _province_name(p), Level.PROVINCE, f"{int(p.code):02d}",
                     _province_name(p))
        for p in Province.iter_all()
    )


@cache
def communes() -> tuple[OfficialUnit, ...]:
    names = {unit.code: unit.name for unit in provinces()}
    result = []
    for ward in Ward.iter_all():
        province_code = f"{int(ward.province_code):02d}"
        result.append(OfficialUnit(f"{int(ward.code):05d}", ward.name, Level.COMMUNE, province_code,
                                   names[province_code]))
    return tuple(result)


def normalize_official_code(code: str, level: Level) -> str:
    """'2269' → '02269' for a commune, '8' → '08' for a province; letters are refused."""
    cleaned = (code or "").strip()
    if not cleaned.isdigit():
        raise UserError(f"Mã đơn vị “{code}” không hợp lệ: mã chính thức chỉ gồm chữ số (ví dụ 02269).")
    return cleaned.zfill(5 if level is Level.COMMUNE else 2)


def find_official(code: str, level: Level) -> OfficialUnit:
    """The official province or commune with this code, or a UserError naming the code."""
    normalized = normalize_official_code(code, level)
    try:
        if level is Level.COMMUNE:
            ward = Ward.from_code(WardCode(int(normalized)))
            return next(u for u in communes() if u.code == f"{int(ward.code):05d}")
        Province.from_code(ProvinceCode(int(normalized)))
        return next(u for u in provinces() if u.code == normalized)
    except (ValueError, StopIteration):
        kind = "xã, phường, đặc khu" if level is Level.COMMUNE else "tỉnh, thành phố"
        raise UserError(
            f"Không có {kind} nào mang mã {normalized} trong danh mục đơn vị hành chính hiện hành. "
            "Hãy kiểm tra lại mã (tra trong danh sách khi khởi tạo)."
        ) from None


def is_unit_code(code: object) -> bool:
    """An official code (2 digits a province, 5 a commune) or an intermediate unit's hand-made code."""
    return isinstance(code, str) and (re.fullmatch(r"[0-9]{2}|[0-9]{5}", code) is not None
                                      or _CUSTOM_CODE.match(code) is not None)


def normalize_custom_code(code: str) -> str:
    """A hand-made code for an intermediate unit: letters first, so it never clashes with official ones."""
    cleaned = (code or "").strip().upper()
    if not _CUSTOM_CODE.match(cleaned):
        raise UserError(
            f"Mã đơn vị trung gian “{code}” không hợp lệ: dùng 2–16 ký tự gồm chữ cái không dấu, chữ số, "
            "gạch ngang, bắt đầu bằng chữ cái (ví dụ H-YENSON)."
        )
    return cleaned


def search_units(query: str, level: Level, limit: int = 200) -> list[OfficialUnit]:
    """Official units whose name, province and code hold every word of the query, diacritics and case aside
    ("Thuong Lam Tuyen Quang" finds Xã Thượng Lâm of Tuyên Quang); where some hold the whole phrase, only those."""
    units = communes() if level is Level.COMMUNE else provinces()
    key = search_key(query)
    if not key:
        return list(units)[:limit]
    found = [u for u in units if key in u.search_text]
    if not found:
        words = key.split()
        found = [u for u in units if all(word in u.search_text for word in words)]
    return found[:limit]
