"""Plausible Vietnamese people for demo data and benchmarks: names with diacritics, valid CCCD numbers."""

from __future__ import annotations

import random
from dataclasses import dataclass
from datetime import date, timedelta

FAMILY = ("Nguyễn", "Trần", "Lê", "Phạm", "Hoàng", "Vũ", "Đặng", "Bùi", "Đỗ", "Ngô", "Dương", "Ma", "Nông", "Hà",
          "Triệu", "Bàn", "Quan", "Lý", "Hoàng Thị", "Lương")
MIDDLE_MEN = ("Văn", "Đức", "Minh", "Quang", "Hữu", "Xuân", "Thanh", "Công", "Tiến")
MIDDLE_WOMEN = ("Thị", "Thu", "Thanh", "Ngọc", "Minh")
GIVEN_MEN = ("An", "Bình", "Cường", "Dũng", "Đạt", "Hải", "Hùng", "Khánh", "Lợi", "Mạnh", "Nam", "Phong", "Quân",
             "Sơn", "Thắng", "Tuấn", "Vinh", "Chiến", "Thành", "Toàn", "Đông", "Hưng")
GIVEN_WOMEN = ("Anh", "Giang", "Hạnh", "Hương", "Lan", "Linh", "Mai", "Nga", "Thủy", "Yến", "Hoa", "Duyên")
ETHNICITIES = ("Tày", "Tày", "Dao", "Kinh", "Kinh", "Nùng", "Mông")
EDUCATION = ("Trung học cơ sở", "Trung học phổ thông", "Trung học phổ thông", "Trung cấp", "Cao đẳng")


@dataclass(frozen=True)
class Person:
    full_name: str
    gender: str
    birth_date: date
    cccd: str
    phone: str
    ethnicity: str
    education: str
    party_member: bool


def person(rng: random.Random, used_cccd: set[str], birth_province: str = "008") -> Person:
    gender = "nu" if rng.random() < 0.18 else "nam"
    family = rng.choice(FAMILY)
    if family.endswith("Thị"):
        gender = "nu"
        name = f"{family} {rng.choice(GIVEN_WOMEN)}"
    elif gender == "nu":
        name = f"{family} {rng.choice(MIDDLE_WOMEN)} {rng.choice(GIVEN_WOMEN)}"
    else:
        name = f"{family} {rng.choice(MIDDLE_MEN)} {rng.choice(GIVEN_MEN)}"
    birth = date(1960, 1, 1) + timedelta(days=rng.randint(0, 365 * 44))
    century_digit = (0 if birth.year < 2000 else 2) + (1 if gender == "nu" else 0)
    while True:
        cccd = f"{birth_province}{century_digit}{birth.year % 100:02d}{rng.randint(0, 999_999):06d}"
        if cccd not in used_cccd:
            used_cccd.add(cccd)
            break
    phone = f"0{rng.choice((3, 8, 9))}{rng.randint(10_000_000, 99_999_999)}"
    return Person(name, gender, birth, cccd, phone, rng.choice(ETHNICITIES), rng.choice(EDUCATION),
                  rng.random() < 0.35)
