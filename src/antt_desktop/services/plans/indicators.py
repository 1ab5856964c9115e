"""Computable indicators for plan targets: each reads live data for a year. Extensible: a data area adds its
own with ``register`` (the evaluation area adds the share of areas recognised "An toàn về ANTT")."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import date

from sqlalchemy import distinct, func, select

from antt_desktop.db.campaigns import Activity
from antt_desktop.db.forces import MemberEvent
from antt_desktop.domain.campaigns import propaganda_type
from antt_desktop.domain.security_models import names
from antt_desktop.services.areas import key_areas
from antt_desktop.services.campaigns import campaigns
from antt_desktop.services.database import Database
from antt_desktop.services.evaluation import evaluations
from antt_desktop.services.forces import teams
from antt_desktop.services.scoping import owned_by
from antt_desktop.services.security_models import security_models


@dataclass(frozen=True)
class Indicator:
    code: str
    name: str
    unit: str
    compute: Callable[[Database, int, str | None], float]  # database, year, the unit measured (None: all)


INDICATORS: dict[str, Indicator] = {}


def register(indicator: Indicator) -> None:
    INDICATORS[indicator.code] = indicator


def _percent(part: float, whole: float) -> float:
    return round(100 * part / whole, 1) if whole else 0.0


def _year_activities(database: Database, year: int, owner: str | None, *conditions) -> float:  # noqa: ANN002
    with database.factory() as session:
        return float(session.scalar(select(func.count()).select_from(Activity).where(
            Activity.deleted_at.is_(None), Activity.activity_date.between(date(year, 1, 1), date(year, 12, 31)),
            *owned_by(Activity, owner), *conditions)) or 0)


def _live_models(database: Database, owner: str | None) -> list[security_models.ModelRow]:
    return [r for r in security_models.list_models(database, security_models.ModelFilter(owner_unit=owner or ""))
            if r.data.status in security_models.LIVE_STATUSES]


def _members_trained(database: Database, year: int, owner: str | None) -> float:
    with database.factory() as session:
        return float(session.scalar(select(func.count(distinct(MemberEvent.member_id))).where(
            MemberEvent.kind == "training", MemberEvent.deleted_at.is_(None), *owned_by(MemberEvent, owner),
            MemberEvent.event_date.between(date(year, 1, 1), date(year, 12, 31)))) or 0)


def _teams_full(database: Database, year: int, owner: str | None) -> float:
    summary = teams.staffing_summary(database, owner)
    return _percent(summary.teams - summary.teams_short, summary.teams)


def _campaigns_answered(database: Database, year: int, owner: str | None) -> float:
    statuses = campaigns.year_checklist(database, year, owner)
    return _percent(sum(s.done for s in statuses), len(statuses))


def _key_areas_covered(database: Database, year: int, owner: str | None) -> float:
    rows = key_areas.coverage(database, year, owner)
    return _percent(sum(r.covered for r in rows), len(rows))


def _audience(database: Database, year: int, owner: str | None) -> float:
    with database.factory() as session:
        return float(session.scalar(select(func.coalesce(func.sum(Activity.audience), 0)).where(
            Activity.deleted_at.is_(None), Activity.activity_type == propaganda_type(), *owned_by(Activity, owner),
            Activity.activity_date.between(date(year, 1, 1), date(year, 12, 31)))) or 0)


def _areas_recognised(database: Database, year: int, owner: str | None) -> float:
    rows = [r for r in evaluations.subjects(database, year, owner) if r.subject.unit_type == "khu_dan_cu"]
    return _percent(sum(r.outcome.recognised is True for r in rows), len(rows))


for _indicator in (
    Indicator("models_live", "Số mô hình tự phòng, tự quản đang hoạt động", "mô hình",
              lambda db, year, owner: float(len(_live_models(db, owner)))),
    Indicator("typical_models", "Số mô hình điển hình", "mô hình",
              lambda db, year, owner: float(sum(r.data.typical for r in _live_models(db, owner)))),
    Indicator("active_members", "Số thành viên lực lượng đang tham gia", "người",
              lambda db, year, owner: float(teams.staffing_summary(db, owner).active_members)),
    Indicator("teams_full_pct", "Tỷ lệ tổ, đội đủ định biên", "%", _teams_full),
    Indicator("members_trained", "Số thành viên lực lượng được đào tạo, tập huấn trong năm", "người",
              _members_trained),
    Indicator("campaign_events", "Số hoạt động hưởng ứng các ngày, tháng cao điểm", "hoạt động",
              lambda db, year, owner: float(sum(len(s.events) for s in campaigns.year_checklist(db, year, owner)))),
    Indicator("campaigns_answered_pct", "Tỷ lệ đợt cao điểm có hoạt động ở cơ sở", "%", _campaigns_answered),
    Indicator("propaganda_sessions", "Số buổi tuyên truyền", "buổi",
              lambda db, year, owner: _year_activities(db, year, owner, Activity.activity_type == propaganda_type())),
    Indicator("propaganda_audience", "Số lượt người được tuyên truyền", "lượt người", _audience),
    Indicator("key_areas_covered_pct", "Tỷ lệ địa bàn trọng điểm được tuyên truyền", "%", _key_areas_covered),
    Indicator("activities_total", "Tổng số hoạt động của phong trào", "hoạt động",
              lambda db, year, owner: _year_activities(db, year, owner)),
    Indicator("areas_recognised_pct", "Tỷ lệ khu dân cư đạt tiêu chuẩn “An toàn về an ninh, trật tự”", "%",
              _areas_recognised),
):
    register(_indicator)
for _code, _name in names("fields").items():
    register(Indicator(f"models_field_{_code}", f"Số mô hình lĩnh vực {_name.lower()}", "mô hình",
                       lambda db, year, owner, code=_code: float(sum(r.data.field == code
                                                                     for r in _live_models(db, owner)))))
