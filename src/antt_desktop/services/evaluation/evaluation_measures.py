"""Figures the data gives for score-sheet items that carry a "measure", over the subject's assessment period,
with a suggested score and the records behind the figure. A suggestion is only a suggestion: the officer scores.

Rules (the suggestion is rounded down to a half point):
- campaign_events: campaign days whose date falls in the period (only those the item names by date, "19/8", or
  by name, when it names any), answered by at least one event held in the campaign's window → điểm chuẩn ×
  answered / campaign days;
- models_operating: a model "đang hoạt động" → full points; only models "cần củng cố" → half; none → 0;
- teams_at_strength: teams at their quota → điểm chuẩn × at strength / teams; no team recorded → no suggestion;
- propaganda_sessions: activities of the propaganda kind in the period against the "ít nhất N" the item names
  → điểm chuẩn × min(1, sessions / N); no N in the item → the count only;
- households_share: the data keeps households per area but not those that signed the commitment → "chưa có
  số liệu", no suggestion;
- areas_recognised: residential areas recognised "An toàn về an ninh, trật tự" → điểm chuẩn × share.
A subject the data does not scope (an agency) gets no figure rather than the commune's.
"""

from __future__ import annotations

import math
import re
import uuid
from dataclasses import dataclass, field
from datetime import date

from sqlalchemy import select

from antt_desktop.db.campaigns import Activity
from antt_desktop.domain.campaigns import propaganda_type
from antt_desktop.domain.dates import format_date
from antt_desktop.domain.evaluation import period
from antt_desktop.domain.score_sheet import ScoreSheet, SheetItem
from antt_desktop.domain.security_models import names
from antt_desktop.domain.text import search_key
from antt_desktop.services.areas import areas
from antt_desktop.services.campaigns import campaigns
from antt_desktop.services.database import Database
from antt_desktop.services.evaluation import evaluations
from antt_desktop.services.evaluation.evaluations import Subject
from antt_desktop.services.forces import teams
from antt_desktop.services.scoping import owned_by
from antt_desktop.services.security_models import security_models

NO_DATA = "chưa có số liệu"
_AT_LEAST = re.compile(r"ít nhất\s+0*(\d{1,3})", re.IGNORECASE)


@dataclass(frozen=True)
class Measurement:
    value: str  # what the data shows, in words
    suggested: float | None  # None: the data cannot suggest a score
    reason: str  # how the suggestion follows from the value
    headings: tuple[str, ...] = ()
    records: tuple[tuple[str, ...], ...] = field(default=(), compare=False)  # the records behind the value


def _down_to_half(value: float) -> float:
    return math.floor(value * 2 + 1e-9) / 2


def _share(item: SheetItem, part: int, whole: int) -> float:
    return _down_to_half(item.max_points * min(1.0, part / whole))


def _points(value: float) -> str:
    return f"{value:g}".replace(".", ",")


@dataclass(frozen=True)
class _Scope:
    start: date
    end: date
    area_id: uuid.UUID | None  # a residential area; else the whole unit
    owner: str | None


def _activities(database: Database, scope: _Scope, *conditions) -> list[Activity]:  # noqa: ANN002
    area = [Activity.area_id == scope.area_id] if scope.area_id else []
    with database.factory() as session:
        return list(session.scalars(select(Activity).where(
            Activity.deleted_at.is_(None), Activity.activity_date.between(scope.start, scope.end),
            *owned_by(Activity, scope.owner), *area, *conditions).order_by(Activity.activity_date)))


def _named_in(item: SheetItem, every: list) -> list:
    """The campaign days an item names by their date ("19/8") or their name, else every one."""
    text = search_key(item.text)
    named = [c for c in every if re.search(rf"(?<!\d){c.day}/0?{c.month}(?!\d)", item.text)
             or search_key(c.name) in text]
    return named or every


def _campaign_events(database: Database, scope: _Scope, item: SheetItem) -> Measurement:
    held = _activities(database, scope, Activity.campaign_code != "")
    days, answered, records = 0, 0, []
    for campaign in _named_in(item, campaigns.all_campaigns(database)):
        for year in {scope.start.year, scope.end.year}:
            first, last = campaign.window(year)
            if not scope.start <= date(year, campaign.month, campaign.day) <= scope.end:
                continue
            days += 1
            events = [a for a in held if a.campaign_code == campaign.code and first <= a.activity_date <= last]
            answered += bool(events)
            records += [(format_date(a.activity_date), campaign.name, a.content) for a in events]
    if not days:
        return Measurement(NO_DATA, None, "không có ngày cao điểm nào trong kỳ đánh giá")
    return Measurement(f"{len(records)} hoạt động, hưởng ứng {answered}/{days} ngày, tháng cao điểm",
                       _share(item, answered, days), f"điểm chuẩn × {answered}/{days} đợt có hoạt động",
                       ("Ngày", "Đợt cao điểm", "Nội dung"), tuple(records))


def _models_operating(database: Database, scope: _Scope, item: SheetItem) -> Measurement:
    rows = security_models.list_models(database, security_models.ModelFilter(
        area_id=scope.area_id, owner_unit=scope.owner or ""))
    live = [r for r in rows if r.data.status in security_models.LIVE_STATUSES]
    active = sum(r.data.status == "active" for r in live)
    suggested = item.max_points if active else _down_to_half(item.max_points / 2) if live else 0.0
    reason = ("có mô hình đang hoạt động" if active else "chỉ có mô hình cần củng cố: một nửa điểm" if live
              else "không có mô hình nào đang hoạt động")
    statuses = names("statuses")
    return Measurement(f"{active} mô hình đang hoạt động, {len(live) - active} cần củng cố", suggested, reason,
                       ("Mô hình", "Tình trạng", "Phạm vi"),
                       tuple((r.data.name, statuses.get(r.data.status, r.data.status), r.scope_text) for r in live))


def _teams_at_strength(database: Database, scope: _Scope, item: SheetItem) -> Measurement:
    rows = [t for t in teams.list_teams(database, owner=scope.owner)
            if scope.area_id is None or t.area_id == scope.area_id]
    if not rows:
        return Measurement(f"{NO_DATA} (chưa có tổ nào)", None, "chưa ghi tổ nào cho đơn vị này")
    full = sum(not t.missing for t in rows)
    return Measurement(f"{full}/{len(rows)} tổ đủ định biên", _share(item, full, len(rows)),
                       f"điểm chuẩn × {full}/{len(rows)} tổ đủ định biên", ("Tổ", "Đang tham gia", "Định biên"),
                       tuple((t.name, str(t.active_members), str(t.quota_total)) for t in rows))


def _propaganda_sessions(database: Database, scope: _Scope, item: SheetItem) -> Measurement:
    held = _activities(database, scope, Activity.activity_type == propaganda_type())
    records = tuple((format_date(a.activity_date), a.channel, a.content) for a in held)
    headings = ("Ngày", "Hình thức", "Nội dung")
    wanted = _AT_LEAST.search(item.text)
    if not wanted or int(wanted.group(1)) == 0:
        return Measurement(f"{len(held)} buổi tuyên truyền", None, "mục không ghi số buổi yêu cầu", headings, records)
    target = int(wanted.group(1))
    return Measurement(f"{len(held)} buổi tuyên truyền (yêu cầu ít nhất {target})", _share(item, len(held), target),
                       f"điểm chuẩn × {min(len(held), target)}/{target} buổi", headings, records)


def _households_share(database: Database, scope: _Scope, item: SheetItem) -> Measurement:
    rows = [a for a in areas.list_areas(database, owner=scope.owner) if scope.area_id in (None, a.id)]
    known = [a for a in rows if a.households]
    households = f"{sum(a.households for a in known)} hộ" if known else "số hộ chưa ghi"
    return Measurement(f"{NO_DATA} số hộ đã ký cam kết ({households})", None,
                       "dữ liệu chưa ghi số hộ ký cam kết", ("Khu dân cư", "Số hộ"),
                       tuple((a.name, str(a.households or "")) for a in rows))


def _areas_recognised(database: Database, scope: _Scope, item: SheetItem, year: int) -> Measurement:
    rows = [r for r in evaluations.subjects(database, year, scope.owner) if r.subject.unit_type == "khu_dan_cu"]
    if not rows:
        return Measurement(f"{NO_DATA} (chưa có khu dân cư)", None, "chưa có khu dân cư nào")
    recognised = sum(r.outcome.recognised is True for r in rows)
    return Measurement(f"{recognised}/{len(rows)} khu dân cư đạt", _share(item, recognised, len(rows)),
                       f"điểm chuẩn × {recognised}/{len(rows)} khu dân cư đạt", ("Khu dân cư", "Kết quả"),
                       tuple((r.subject.name, r.outcome.result_text) for r in rows))


def measure(database: Database, year: int, subject: Subject, item: SheetItem) -> Measurement | None:
    """The figure for one item, or None when the item has no measure this version knows."""
    if item.measure not in MEASURES:
        return None
    if subject.unit_type == "co_quan":
        return Measurement(f"{NO_DATA} riêng của cơ quan", None, "dữ liệu không ghi hoạt động theo cơ quan")
    start, end = period(subject.unit_type, year)
    scope = _Scope(start, end, subject.area_id, subject.owner_unit or None)
    if item.measure == "areas_recognised":
        return _areas_recognised(database, scope, item, year)
    return MEASURES[item.measure](database, scope, item)


def measurements(database: Database, year: int, subject: Subject, sheet: ScoreSheet) -> dict[str, Measurement]:
    """Item number → figure, for every item of the sheet that has a measure."""
    found = {}
    for item in sheet.scored().values():
        if item.measure and (result := measure(database, year, subject, item)) is not None:
            found[item.number] = result
    return found


MEASURES = {"campaign_events": _campaign_events, "models_operating": _models_operating,
            "teams_at_strength": _teams_at_strength, "propaganda_sessions": _propaganda_sessions,
            "households_share": _households_share, "areas_recognised": None}
