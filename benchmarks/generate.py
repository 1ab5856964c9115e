"""Realistic generated data for the benchmarks: a commune's forces, scaled up to an upper level's merge."""

from __future__ import annotations

import random
import uuid
from datetime import UTC, date, datetime
from pathlib import Path

from sqlalchemy import insert

from antt_desktop.config import resolve_paths
from antt_desktop.db.force_models import ForceMember, ForceTeam
from antt_desktop.db.models import ResidentialArea
from antt_desktop.domain.areas import KEY_FLAGS
from antt_desktop.domain.forces import ACTIVE, ENDED
from antt_desktop.domain.text import collation_key, person_name_key, search_key
from antt_desktop.domain.units import Level
from antt_desktop.services.database import Database
from antt_desktop.services.demo_people import person
from antt_desktop.services.setup import SetupRequest, initialize

MEMBERS_PER_TEAM = 8
TEAMS_PER_AREA = 2


def _stamp(owner: str, installation: uuid.UUID, version: int) -> dict:
    now = datetime.now(UTC)
    return {"id": uuid.uuid4(), "owner_unit": owner, "created_at": now, "updated_at": now, "version": version,
            "changed_by": installation, "deleted_at": None}


def province_with_members(folder: Path, members: int, seed: int = 1) -> Database:
    """A province installation holding ``members`` force members spread over its communes' areas and teams."""
    database = initialize(resolve_paths(folder), SetupRequest(Level.PROVINCE, "08"))
    installation = database.installation().id
    rng = random.Random(seed)
    teams_needed = max(1, members // MEMBERS_PER_TEAM)
    areas, teams, rows = [], [], []
    for index in range(max(1, teams_needed // TEAMS_PER_AREA)):
        owner = f"{2269 + index // 10:05d}"
        name = f"Thôn {rng.choice(('Nà', 'Bản', 'Đồng', 'Tân'))} {index}"
        areas.append({**_stamp(owner, installation, index), "name": name, "kind": "Thôn",
                      "search_key": search_key(name), "sort_key": collation_key(name), "population": 800,
                      "households": 200,
                      **{flag: False for flag in KEY_FLAGS}, "key_notes": "", "notes": ""})
    for index in range(teams_needed):
        area = areas[index % len(areas)]
        type_code = "to_bao_ve_antt" if index % 2 == 0 else "dan_phong"
        name = f"{'Tổ bảo vệ ANTT' if index % 2 == 0 else 'Đội dân phòng'} {area['name']}"
        teams.append({**_stamp(area["owner_unit"], installation, index), "name": name, "force_type": type_code,
                      "area_id": area["id"], "quotas": {}, "search_key": search_key(name),
                      "sort_key": collation_key(name), "decision_number": "", "decision_date": None,
                      "decision_issuer": "", "notes": ""})
    used: set[str] = set()
    for index in range(members):
        team = teams[index % len(teams)]
        p = person(rng, used)
        role = ("to_vien" if team["force_type"] == "to_bao_ve_antt" else "doi_vien")
        rows.append({**_stamp(team["owner_unit"], installation, index), "full_name": p.full_name,
                     "search_key": search_key(p.full_name), "sort_key": person_name_key(p.full_name),
                     "gender": p.gender, "birth_date": p.birth_date, "cccd": p.cccd, "phone": p.phone,
                     "residence": "", "ethnicity": p.ethnicity, "religion": "Không", "education": p.education,
                     "party_member": p.party_member, "team_id": team["id"], "role": role,
                     "status": ENDED if rng.random() < 0.1 else ACTIVE, "start_date": date(2024, 7, 1),
                     "end_date": None, "end_reason": "", "appointment_number": "", "appointment_date": None,
                     "appointment_issuer": "", "notes": ""})
    with database.engine.begin() as connection:
        connection.execute(insert(ResidentialArea), areas)
        connection.execute(insert(ForceTeam), teams)
        for start in range(0, len(rows), 5000):
            connection.execute(insert(ForceMember), rows[start:start + 5000])
    return database
