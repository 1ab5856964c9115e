"""Demo campaign events, propaganda and prestigious people for a commune's current year."""

from __future__ import annotations

import random
import uuid
from collections.abc import Sequence
from datetime import date, timedelta

from sqlalchemy import select
from sqlalchemy.orm import Session

from antt_desktop.db.campaigns import Activity, PrestigiousPerson
from antt_desktop.db.models import ResidentialArea
from antt_desktop.domain.campaigns import built_in_campaigns, propaganda_type, vocabulary
from antt_desktop.domain.text import person_name_key, search_key
from antt_desktop.services.demo.demo_people import person

TOPICS = ("phòng, chống ma túy", "phòng, chống mua bán người", "phòng cháy, chữa cháy", "an toàn giao thông",
          "phòng, chống lừa đảo qua mạng", "Luật Lực lượng tham gia bảo vệ ANTT ở cơ sở", "quản lý vũ khí, vật liệu nổ")
SKIPPED_CAMPAIGN = "ngay_mua_ban_nguoi"  # one campaign left unanswered, so the check has something to show


def _activity(owner: str, kind: str, day: date, content: str, area: ResidentialArea | None, rng: random.Random,
              campaign: str = "", people: Sequence[uuid.UUID] = ()) -> Activity:
    channel = rng.choice(vocabulary("channels")) if kind == propaganda_type() else ""
    organisers, place = "Công an xã", ""
    return Activity(owner_unit=owner, activity_type=kind, activity_date=day, content=content,
                    search_key=search_key(f"{content} {place} {organisers} {channel}"),  # as services/activities
                    area_id=area.id if area else None, place=place,
                    campaign_code=campaign, model_id=None, organisers=organisers, participants=rng.randint(10, 80),
                    audience=rng.randint(50, 600) if channel else None, channel=channel, result="Hoàn thành",
                    person_ids=[str(p) for p in people])


def add_activities(session: Session, owner: str, areas: Sequence[ResidentialArea], rng: random.Random,
                   today: date, count: int) -> int:
    """Campaign events in each campaign's window (but one), then ``count`` other activities this year."""
    used: set[str] = set()
    people = []
    for category in vocabulary("person_categories")[:6]:
        p = person(rng, used)
        area = rng.choice(areas)
        people.append(PrestigiousPerson(id=uuid.uuid4(), owner_unit=owner, full_name=p.full_name,
                                        search_key=search_key(p.full_name), sort_key=person_name_key(p.full_name),
                                        category=category, area_id=area.id, title="", ethnicity=p.ethnicity,
                                        religion="Không", phone=p.phone, address=area.name, notes=""))
    session.add_all(people)
    session.flush()
    added = 0
    skipped = next((a for a in areas if a.key_religion), None)  # a key area left uncovered, for the check to show
    covered = [a for a in areas if a is not skipped] or list(areas)
    for campaign in built_in_campaigns():
        first, last = campaign.window(today.year)
        if campaign.code == SKIPPED_CAMPAIGN or first > today:
            continue
        for _ in range(rng.randint(1, 3)):
            day = first + timedelta(days=rng.randint(0, (min(last, today) - first).days))
            session.add(_activity(owner, rng.choice(("Ngày hội", "Ra quân", propaganda_type())), day,
                                  f"Hưởng ứng {campaign.name}", rng.choice(covered), rng, campaign.code,
                                  [rng.choice(people).id]))
            added += 1
    for _ in range(count):
        kind = rng.choice(vocabulary("activity_types")[:7])
        day = date(today.year, 1, 1) + timedelta(days=rng.randint(0, (today - date(today.year, 1, 1)).days))
        area = rng.choice(covered) if kind == propaganda_type() else rng.choice(areas)
        session.add(_activity(owner, kind, day, f"{kind} về {rng.choice(TOPICS)}", area, rng))
        added += 1
    return added


def fill_commune_activities(session: Session, owner: str, today: date) -> int:
    if session.scalar(select(Activity.id).where(Activity.owner_unit == owner).limit(1)):
        return 0
    areas = session.scalars(select(ResidentialArea).where(ResidentialArea.owner_unit == owner,
                                                          ResidentialArea.deleted_at.is_(None))
                            .order_by(ResidentialArea.sort_key)).all()
    return add_activities(session, owner, areas, random.Random(f"activities-{owner}"), today, 120) if areas else 0
