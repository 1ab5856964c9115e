"""Campaign days (catalog data plus ones an upper level or the unit adds), their yearly windows, and what a
user types for an activity or a prestigious person."""

from __future__ import annotations

import uuid
from dataclasses import dataclass, replace
from datetime import date
from functools import cache

from antt_desktop.domain.catalog import load_catalog
from antt_desktop.domain.dates import format_date
from antt_desktop.domain.text import normalize
from antt_desktop.errors import UserError


@dataclass(frozen=True)
class Campaign:
    code: str
    name: str
    month: int
    day: int
    start: tuple[int, int]
    end: tuple[int, int]
    built_in: bool = True

    def key_date(self, year: int) -> date:
        return date(year, self.month, self.day)

    def window(self, year: int) -> tuple[date, date]:
        """The period of the year in which events count for this campaign."""
        return date(year, *self.start), date(year, *self.end)

    def label(self, year: int) -> str:
        return f"{self.name} ({format_date(self.key_date(year))[:5]})"


@cache
def built_in_campaigns() -> tuple[Campaign, ...]:
    return tuple(Campaign(c["code"], c["name"], c["month"], c["day"], tuple(c["start"]), tuple(c["end"]))
                 for c in load_catalog("campaigns")["campaigns"])


def campaign_on(campaigns: list[Campaign], day: date) -> Campaign | None:
    """The campaign whose day ``day`` is (the first one, if several fall on it)."""
    return next((c for c in campaigns if c.key_date(day.year) == day), None)


def vocabulary(key: str) -> tuple[str, ...]:
    """activity_types, channels or person_categories."""
    return tuple(load_catalog("campaigns")[key])


def propaganda_type() -> str:
    return load_catalog("campaigns")["propaganda_type"]


def reminder_weeks() -> int:
    return int(load_catalog("campaigns")["reminder_weeks"])


@dataclass(frozen=True)
class ActivityInput:
    activity_type: str
    activity_date: date | None
    content: str
    area_id: uuid.UUID | None = None
    place: str = ""
    campaign_code: str = ""
    model_id: uuid.UUID | None = None
    organisers: str = ""
    participants: int | None = None
    audience: int | None = None
    channel: str = ""
    result: str = ""
    person_ids: tuple[uuid.UUID, ...] = ()

    def validated(self, today: date | None = None) -> ActivityInput:
        today = today or date.today()
        if self.activity_type not in vocabulary("activity_types"):
            raise UserError("Hãy chọn loại hoạt động (tuyên truyền, hội nghị, ra quân…).")
        if self.activity_date is None:
            raise UserError("Chưa nhập ngày tổ chức hoạt động.")
        if self.activity_date.year < 2000 or self.activity_date.year > today.year + 1:
            raise UserError(f"Ngày {format_date(self.activity_date)} nằm ngoài khoảng năm hợp lý.")
        content = normalize(self.content)
        if not content:
            raise UserError("Hãy ghi nội dung hoạt động.")
        for label, value in (("Số người tham gia", self.participants), ("Số người được tuyên truyền", self.audience)):
            if value is not None and not 0 <= value <= 10_000_000:
                raise UserError(f"{label} không hợp lệ.")
        if self.activity_type == propaganda_type() and not normalize(self.channel):
            raise UserError("Hoạt động tuyên truyền cần ghi hình thức (loa truyền thanh, lưu động, Zalo…).")
        return replace(self, content=content, place=normalize(self.place), organisers=normalize(self.organisers),
                       channel=normalize(self.channel), result=normalize(self.result))


@dataclass(frozen=True)
class PersonInput:
    full_name: str
    category: str
    area_id: uuid.UUID | None = None
    title: str = ""
    ethnicity: str = ""
    religion: str = ""
    phone: str = ""
    address: str = ""
    notes: str = ""

    def validated(self) -> PersonInput:
        name = normalize(self.full_name)
        if not name:
            raise UserError("Chưa nhập họ và tên.")
        if self.category not in vocabulary("person_categories"):
            raise UserError("Hãy chọn loại (người có uy tín, nhân sĩ, trí thức, chức sắc, chức việc…).")
        return replace(self, full_name=name, title=normalize(self.title), ethnicity=normalize(self.ethnicity),
                       religion=normalize(self.religion), phone=normalize(self.phone).replace(" ", ""),
                       address=normalize(self.address), notes=normalize(self.notes))
