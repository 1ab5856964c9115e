"""Activities (events and propaganda): add, edit, delete, list with filters, and per-year figures."""

from __future__ import annotations

import uuid
from dataclasses import dataclass
from datetime import date

from sqlalchemy import select
from sqlalchemy.orm import Session

from antt_desktop.db.campaigns import Activity, PrestigiousPerson
from antt_desktop.db.models import ResidentialArea
from antt_desktop.db.security_models import SecurityModel
from antt_desktop.domain.campaigns import ActivityInput
from antt_desktop.domain.text import search_key
from antt_desktop.errors import UserError
from antt_desktop.services import scoping
from antt_desktop.services.auth import CurrentUser
from antt_desktop.services.campaigns.campaigns import all_campaigns
from antt_desktop.services.database import Database
from antt_desktop.services.roles import Role
from antt_desktop.services.scoping import own_record, owned_by

RECORD_KIND = "activities"


@dataclass(frozen=True)
class ActivityFilter:
    year: int | None = None
    query: str = ""
    activity_type: str = ""
    campaign_code: str = ""
    area_id: uuid.UUID | None = None
    include_deleted: bool = False
    owner_unit: str = ""  # at an upper level: one unit below


@dataclass(frozen=True)
class ActivityRow:
    id: uuid.UUID
    data: ActivityInput
    area_name: str
    campaign_name: str
    deleted: bool
    owner_unit: str = ""


def _input(a: Activity) -> ActivityInput:
    return ActivityInput(a.activity_type, a.activity_date, a.content, a.area_id, a.place, a.campaign_code,
                         a.model_id, a.organisers, a.participants, a.audience, a.channel, a.result,
                         tuple(uuid.UUID(p) for p in a.person_ids))


def list_activities(database: Database, f: ActivityFilter = ActivityFilter()) -> list[ActivityRow]:  # noqa: B008
    statement = select(Activity, ResidentialArea.name).outerjoin(
        ResidentialArea, ResidentialArea.id == Activity.area_id).order_by(Activity.activity_date.desc(),
                                                                          Activity.owner_unit, Activity.id)
    if f.year:
        statement = statement.where(Activity.activity_date.between(date(f.year, 1, 1), date(f.year, 12, 31)))
    key = search_key(f.query)
    if key:
        statement = statement.where(Activity.search_key.contains(key, autoescape=True))
    if f.activity_type:
        statement = statement.where(Activity.activity_type == f.activity_type)
    if f.campaign_code:
        statement = statement.where(Activity.campaign_code == f.campaign_code)
    if f.area_id:
        statement = statement.where(Activity.area_id == f.area_id)
    statement = statement.where(*owned_by(Activity, f.owner_unit))
    if not f.include_deleted:
        statement = statement.where(Activity.deleted_at.is_(None))
    campaigns = {c.code: c.name for c in all_campaigns(database)}
    with database.factory() as session:
        return [ActivityRow(a.id, _input(a), area or "", campaigns.get(a.campaign_code, ""), a.is_deleted,
                            a.owner_unit) for a, area in session.execute(statement)]


def apply_activity(session: Session, activity: Activity, data: ActivityInput, campaigns: set[str]) -> None:
    if data.area_id:
        own_record(session, ResidentialArea, data.area_id, "khu dân cư", live=True)
    if data.model_id and session.get(SecurityModel, data.model_id) is None:
        raise UserError("Không tìm thấy mô hình đã chọn.")
    if data.campaign_code and data.campaign_code not in campaigns:
        raise UserError("Đợt cao điểm đã chọn không còn trong danh mục.")
    for person_id in data.person_ids:
        if session.get(PrestigiousPerson, person_id) is None:
            raise UserError("Không tìm thấy người có uy tín đã chọn.")
    for name in ("activity_type", "activity_date", "content", "area_id", "place", "campaign_code", "model_id",
                 "organisers", "participants", "audience", "channel", "result"):
        setattr(activity, name, getattr(data, name))
    activity.person_ids = [str(p) for p in data.person_ids]
    activity.search_key = search_key(f"{data.content} {data.place} {data.organisers} {data.channel}")


def save_activity(database: Database, user: CurrentUser, data: ActivityInput,
                  activity_id: uuid.UUID | None = None) -> uuid.UUID:
    """Create (no id) or update an activity."""
    user.require(Role.EDITOR)
    clean = data.validated()
    campaigns = {c.code for c in all_campaigns(database)}
    with database.session(user.username) as session:
        if activity_id is None:
            activity = Activity(id=uuid.uuid4())
            apply_activity(session, activity, clean, campaigns)
            session.add(activity)  # after the checks, which query (and would flush a half-filled row)
        else:
            activity = own_record(session, Activity, activity_id, "hoạt động", live=True)
            apply_activity(session, activity, clean, campaigns)
        return activity.id


def set_deleted(database: Database, user: CurrentUser, activity_id: uuid.UUID, deleted: bool) -> None:
    scoping.set_deleted(database, user, Activity, activity_id, "hoạt động", deleted)
