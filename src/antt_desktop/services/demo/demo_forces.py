"""Demo grassroots forces: for each area a Tổ bảo vệ ANTT and an Đội dân phòng, staffed with a few gaps; most
Tổ bảo vệ ANTT have their members rated for the last ended period."""

from __future__ import annotations

import random
import uuid
from collections.abc import Iterable
from datetime import date, timedelta

from sqlalchemy import select
from sqlalchemy.orm import Session

from antt_desktop.db.forces import ForceMember, ForceTeam, MemberEvent, MemberRating
from antt_desktop.db.models import ResidentialArea
from antt_desktop.domain.forces import ACTIVE, force_type
from antt_desktop.domain.member_rating import rating_rules
from antt_desktop.domain.teams import suggested_team_name
from antt_desktop.domain.text import collation_key, person_name_key, search_key
from antt_desktop.services.demo.demo_people import person
from antt_desktop.services.forces.members import TIMELINE

PLAN = (("to_bao_ve_antt", {"to_truong": 1, "to_pho": 1, "to_vien": 3}),
        ("dan_phong", {"doi_truong": 1, "doi_pho": 1, "doi_vien": 8}))
LAW_START = date(2024, 7, 1)


def add_forces(session: Session, owner: str, areas: Iterable[ResidentialArea], rng: random.Random,
               used_cccd: set[str]) -> int:
    """Teams and members for the given areas of one owner unit, in the caller's transaction."""
    added = 0
    for area in areas:
        for type_code, quotas in PLAN:
            name = suggested_team_name(type_code, area.name)
            team = ForceTeam(id=uuid.uuid4(), owner_unit=owner, name=name, force_type=type_code, area_id=area.id,
                             quotas=dict(quotas), search_key=search_key(name), sort_key=collation_key(name),
                             decision_number=f"{rng.randint(10, 300)}/QĐ-UBND", decision_date=LAW_START,
                             decision_issuer="Ủy ban nhân dân xã", notes="")
            session.add(team)
            session.flush()  # the team row first: members refer to it
            staffed = []
            for role in force_type(type_code).roles:
                filled = quotas[role.code] - (1 if rng.random() < 0.12 else 0)
                for _ in range(filled):
                    records = _member(owner, team, role.code, role.name, area.name, rng, used_cccd)
                    session.add_all(records)
                    staffed.append(records[0])
                    added += 1
            rating_rng = random.Random(f"{owner} {name}")  # its own: the rest of the demo data stays as it was
            if type_code in rating_rules().force_types and rating_rng.random() < 0.7:
                session.flush()
                session.add_all(_ratings(owner, staffed, rating_rng))
    return added


def _ratings(owner: str, staffed: list[ForceMember], rng: random.Random) -> list[MemberRating]:
    """The last ended period's rating of a team's members: one at the top level when the cap allows, a few
    "hoàn thành", the rest "tốt"."""
    rules = rating_rules()
    year = rules.last_ended_year(date.today())
    ratable = [m for m in staffed if rules.not_ratable_reason(m.full_name, m.start_date, m.end_date, year) is None]
    codes = [lv.code for lv in rules.levels]
    good, done = codes[min(1, len(codes) - 1)], codes[min(2, len(codes) - 1)]
    best = rng.randrange(len(ratable)) if ratable and rules.cap(len(ratable)) else -1
    ratings = []
    for index, member in enumerate(ratable):
        level = rules.top_level if index == best else (done if rng.random() < 0.25 else good)
        ratings.append(MemberRating(owner_unit=owner, member_id=member.id, year=year, level=level, note=""))
    return ratings


def _member(owner: str, team: ForceTeam, role: str, role_label: str, area_name: str, rng: random.Random,
            used_cccd: set[str]) -> list:
    p = person(rng, used_cccd)
    start = LAW_START + timedelta(days=rng.randint(0, 400))
    member = ForceMember(id=uuid.uuid4(), owner_unit=owner, full_name=p.full_name, search_key=search_key(p.full_name),
                         sort_key=person_name_key(p.full_name), gender=p.gender, birth_date=p.birth_date,
                         cccd=p.cccd, phone=p.phone, residence=area_name, ethnicity=p.ethnicity, religion="Không",
                         education=p.education, party_member=p.party_member, team_id=team.id, role=role,
                         status=ACTIVE, start_date=start, end_reason="", appointment_number="",
                         appointment_issuer="", notes="")
    joined = MemberEvent(owner_unit=owner, member_id=member.id, kind=TIMELINE, event_date=start,
                         category="Bắt đầu tham gia", to_value=f"{role_label} – {team.name}")
    return [member, joined]


def fill_commune_forces(session: Session, owner: str) -> int:
    """Forces for the commune's demo areas, unless the commune already has teams."""
    if session.scalar(select(ForceTeam.id).where(ForceTeam.owner_unit == owner).limit(1)):
        return 0
    areas = session.scalars(select(ResidentialArea).where(ResidentialArea.owner_unit == owner,
                                                          ResidentialArea.deleted_at.is_(None))).all()
    return add_forces(session, owner, areas, random.Random(owner), set())
