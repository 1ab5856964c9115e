"""Campaign days of a year: the catalog's and the added ones, reminders, and whether each was answered."""

from __future__ import annotations

import uuid
from dataclasses import dataclass
from datetime import date, timedelta

from sqlalchemy import select

from antt_desktop.db.campaigns import Activity, CustomCampaign
from antt_desktop.domain.campaigns import Campaign, built_in_campaigns, reminder_weeks
from antt_desktop.domain.dates import format_date
from antt_desktop.domain.text import normalize
from antt_desktop.errors import UserError
from antt_desktop.services.auth import CurrentUser
from antt_desktop.services.database import Database
from antt_desktop.services.roles import Role
from antt_desktop.services.scoping import owned_by


def all_campaigns(database: Database) -> list[Campaign]:
    """Catalog campaigns first, then the added ones, each in date order."""
    with database.factory() as session:
        custom = [Campaign(str(c.id), c.name, c.month, c.day, (c.start_month, c.start_day), (c.end_month, c.end_day),
                           built_in=False)
                  for c in session.scalars(select(CustomCampaign).where(CustomCampaign.deleted_at.is_(None)))]
    order = lambda c: (c.month, c.day)  # noqa: E731
    return sorted(built_in_campaigns(), key=order) + sorted(custom, key=order)


def add_campaign(database: Database, user: CurrentUser, name: str, key_date: date | None,
                 start: date | None, end: date | None) -> uuid.UUID:
    """A campaign repeated every year on the same day and month; its window may span the day."""
    user.require(Role.EDITOR)
    name = normalize(name)
    if not name or key_date is None:
        raise UserError("Hãy ghi tên đợt cao điểm và ngày (ngày/tháng).")
    start, end = start or key_date, end or key_date
    if (start.month, start.day) > (key_date.month, key_date.day) or (end.month, end.day) < (key_date.month,
                                                                                            key_date.day):
        raise UserError("Khoảng thời gian của đợt phải bao gồm ngày chính và nằm trong cùng một năm.")
    with database.session(user.username) as session:
        campaign = CustomCampaign(id=uuid.uuid4(), name=name, month=key_date.month, day=key_date.day,
                                  start_month=start.month, start_day=start.day, end_month=end.month, end_day=end.day)
        session.add(campaign)
        return campaign.id


@dataclass(frozen=True)
class CampaignStatus:
    campaign: Campaign
    year: int
    events: tuple[tuple[date, str], ...]  # (date, content) of the grassroots events held for it

    @property
    def done(self) -> bool:
        return bool(self.events)


def year_checklist(database: Database, year: int, owner: str | None = None) -> list[CampaignStatus]:
    """For each campaign of the year: the events linked to it and held within its window (with ``owner``,
    that unit's only)."""
    with database.factory() as session:
        activities = session.execute(select(Activity.campaign_code, Activity.activity_date, Activity.content).where(
            Activity.deleted_at.is_(None), Activity.campaign_code != "",
            Activity.activity_date.between(date(year, 1, 1), date(year, 12, 31)),
            *owned_by(Activity, owner))).all()
    result = []
    for campaign in all_campaigns(database):
        first, last = campaign.window(year)
        events = tuple(sorted((day, content) for code, day, content in activities
                              if code == campaign.code and first <= day <= last))
        result.append(CampaignStatus(campaign, year, events))
    return result


def reminders(database: Database, today: date) -> list[str]:
    """Campaign days coming within the reminder period that have no event yet."""
    horizon = today + timedelta(weeks=reminder_weeks())
    found = []
    for year in {today.year, horizon.year}:
        for status in year_checklist(database, year):
            key_date = status.campaign.key_date(year)
            if today <= key_date <= horizon and not status.done:
                found.append(f"Sắp đến {status.campaign.name} ({format_date(key_date)}), còn "
                             f"{(key_date - today).days} ngày: chưa có hoạt động hưởng ứng nào.")
    return found
