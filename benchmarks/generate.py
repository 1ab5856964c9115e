"""Realistic generated data for the benchmarks: a commune's forces, scaled up to an upper level's merge."""

from __future__ import annotations

import random
import uuid
from datetime import UTC, date, datetime
from pathlib import Path

from sqlalchemy import insert

from antt_desktop.config import resolve_paths
from antt_desktop.db.forces import ForceMember, ForceTeam
from antt_desktop.db.models import ResidentialArea
from antt_desktop.domain.areas import KEY_FLAGS
from antt_desktop.domain.forces import ACTIVE, ENDED
from antt_desktop.domain.text import collation_key, person_name_key, search_key
from antt_desktop.domain.units import Level
from antt_desktop.services.admin.setup import SetupRequest, initialize
from antt_desktop.services.database import Database
from antt_desktop.services.demo.demo_people import person

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


def _row_stamp(owner: str, installation: str, version: int) -> dict:
    now = datetime.now(UTC).isoformat()
    return {"id": str(uuid.uuid4()), "owner_unit": owner, "created_at": now, "updated_at": now, "version": version,
            "changed_by": installation, "deleted_at": None}


def commune_records(owner: str, installation: str, rng: random.Random, members: int = 150, models: int = 30,
                    activities: int = 1000) -> dict[str, list[dict]]:
    """One commune's year as package rows: 10 areas, 20 teams, members with their history, models, activities."""
    areas, teams, members_rows, events = [], [], [], []
    for n in range(10):
        name = f"Thôn {n}"
        areas.append({**_row_stamp(owner, installation, n + 1), "name": name, "kind": "Thôn",
                      "search_key": search_key(name), "sort_key": collation_key(name), "population": 800,
                      "households": 200, "key_ethnic": False, "key_religion": False, "key_drugs": False,
                      "key_crime": False, "key_traffic": False,
                      "key_environment": False, "key_notes": "", "notes": ""})
    for n in range(20):
        area = areas[n % 10]
        name = f"Tổ {n} {area['name']}"
        teams.append({**_row_stamp(owner, installation, 100 + n), "name": name, "force_type": "to_bao_ve_antt",
                      "area_id": area["id"], "quotas": {}, "search_key": search_key(name),
                      "sort_key": collation_key(name), "decision_number": "", "decision_date": None,
                      "decision_issuer": "", "notes": ""})
    used: set[str] = set()
    for n in range(members):
        p, team = person(rng, used), teams[n % 20]
        member = {**_row_stamp(owner, installation, 1000 + n), "full_name": p.full_name,
                  "search_key": search_key(p.full_name), "sort_key": person_name_key(p.full_name),
                  "gender": p.gender, "birth_date": p.birth_date.isoformat(), "cccd": p.cccd, "phone": p.phone,
                  "residence": "", "ethnicity": p.ethnicity, "religion": "Không", "education": p.education,
                  "party_member": p.party_member, "team_id": team["id"], "role": "to_vien", "status": "active",
                  "start_date": date(2024, 7, 1).isoformat(), "end_date": None, "end_reason": "",
                  "appointment_number": "", "appointment_date": None, "appointment_issuer": "", "notes": ""}
        members_rows.append(member)
        events.append({**_row_stamp(owner, installation, 100_000 + n), "member_id": member["id"], "kind": "timeline",
                       "event_date": date(2024, 7, 1).isoformat(), "category": "Bắt đầu tham gia", "content": "",
                       "decision_number": "", "issuer": "", "support_proposed": "", "amount": None,
                       "support_given": "", "support_date": None, "support_by": "", "from_value": "",
                       "to_value": team["name"]})
    model_rows, activity_rows = [], []
    fields = ("phong_chong_toi_pham", "quan_ly_doi_tuong", "trat_tu_atgt", "ton_giao", "dan_toc", "pccc")
    for n in range(models):
        area, name = areas[n % 10], f"Mô hình {n} {areas[n % 10]['name']}"
        model_rows.append({**_row_stamp(owner, installation, 200_000 + n), "name": name,
                           "search_key": search_key(name), "sort_key": collation_key(name), "field": fields[n % 6],
                           "status": "active",
                           "scope_kind": "areas", "area_ids": [area["id"]], "scope_name": "", "decision_number": "",
                           "decision_date": None, "decision_issuer": "", "lead_org": "", "head_name": "",
                           "head_member_id": None, "core_members": [], "regulation": "", "typical": False,
                           "typical_level": "", "typical_decision": "", "notes": ""})
    kinds = ("Tuyên truyền", "Tuần tra", "Hội nghị", "Ra quân")
    for n in range(activities):
        kind, day = kinds[n % 4], date.fromordinal(date(2026, 1, 1).toordinal() + rng.randint(0, 300))
        content = f"{kind} số {n}"
        activity_rows.append({**_row_stamp(owner, installation, 300_000 + n), "activity_type": kind,
                              "activity_date": day.isoformat(), "content": content, "search_key": search_key(content),
                              "area_id": areas[n % 10]["id"], "place": "", "campaign_code": "", "model_id": None,
                              "organisers": "Công an xã", "participants": 20, "audience": 100 if n % 4 == 0 else None,
                              "channel": "Loa truyền thanh cơ sở" if n % 4 == 0 else "", "result": "",
                              "person_ids": []})
    return {"residential_areas": areas, "force_teams": teams, "force_members": members_rows, "member_events": events,
            "security_models": model_rows, "activities": activity_rows}
