"""Importing the packages of a province's communes at the upper level, against raw sqlite3 executemany of the
same rows into the same empty schema (the floor). Throughput in records per second, peak memory of the import."""

from __future__ import annotations

import os
import random
import shutil
import sqlite3
import tempfile
import time
import uuid
from datetime import UTC, date, datetime
from pathlib import Path

from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey
from cryptography.hazmat.primitives.asymmetric.x25519 import X25519PublicKey

from antt_desktop.config import resolve_paths
from antt_desktop.db import migrate
from antt_desktop.domain.text import collation_key, person_name_key, search_key
from antt_desktop.domain.units import Level, communes
from antt_desktop.exchange.sync_package import b64, public_bytes, seal
from antt_desktop.services.demo_people import person
from antt_desktop.services.setup import SetupRequest, initialize
from antt_desktop.services.sync_keys import own_keys
from antt_desktop.services.sync_records import TABLES, from_json
from benchmarks.measure import probe

COMMUNES = int(os.environ.get("BENCH_COMMUNES", "200"))
MEMBERS = int(os.environ.get("BENCH_MEMBERS_PER_COMMUNE", "500"))  # records ≈ 2 × members + 30


def _stamp(owner: str, installation: str, version: int) -> dict:
    now = datetime.now(UTC).isoformat()
    return {"id": str(uuid.uuid4()), "owner_unit": owner, "created_at": now, "updated_at": now, "version": version,
            "changed_by": installation, "deleted_at": None}


def _records(owner: str, installation: str, rng: random.Random) -> dict[str, list[dict]]:
    areas, teams, members, events = [], [], [], []
    for n in range(10):
        name = f"Thôn {n}"
        areas.append({**_stamp(owner, installation, n + 1), "name": name, "kind": "Thôn",
                      "search_key": search_key(name), "sort_key": collation_key(name), "population": 800,
                      "households": 200, "key_ethnic": False, "key_religion": False, "key_drugs": False,
                      "key_crime": False, "key_traffic": False,
                      "key_environment": False, "key_notes": "", "notes": ""})
    for n in range(20):
        area = areas[n % 10]
        name = f"Tổ {n} {area['name']}"
        teams.append({**_stamp(owner, installation, 100 + n), "name": name, "force_type": "to_bao_ve_antt",
                      "area_id": area["id"], "quotas": {}, "search_key": search_key(name),
                      "sort_key": collation_key(name), "decision_number": "", "decision_date": None,
                      "decision_issuer": "", "notes": ""})
    used: set[str] = set()
    for n in range(MEMBERS):
        p, team = person(rng, used), teams[n % 20]
        member = {**_stamp(owner, installation, 1000 + n), "full_name": p.full_name,
                  "search_key": search_key(p.full_name), "sort_key": person_name_key(p.full_name),
                  "gender": p.gender, "birth_date": p.birth_date.isoformat(), "cccd": p.cccd, "phone": p.phone,
                  "residence": "", "ethnicity": p.ethnicity, "religion": "Không", "education": p.education,
                  "party_member": p.party_member, "team_id": team["id"], "role": "to_vien", "status": "active",
                  "start_date": date(2024, 7, 1).isoformat(), "end_date": None, "end_reason": "",
                  "appointment_number": "", "appointment_date": None, "appointment_issuer": "", "notes": ""}
        members.append(member)
        events.append({**_stamp(owner, installation, 100_000 + n), "member_id": member["id"], "kind": "timeline",
                       "event_date": date(2024, 7, 1).isoformat(), "category": "Bắt đầu tham gia", "content": "",
                       "decision_number": "", "issuer": "", "support_proposed": "", "amount": None,
                       "support_given": "", "support_date": None, "support_by": "", "from_value": "",
                       "to_value": team["name"]})
    return {"residential_areas": areas, "force_teams": teams, "force_members": members, "member_events": events}


def _floor(database_file: Path, packages: list[dict]) -> float:
    """Raw sqlite3 executemany of the same rows, with the same types, in one transaction."""
    statements = []
    for records in packages:  # values prepared before the clock starts: the floor is the database's own work
        for name, rows in records.items():
            table = TABLES[name]
            columns = [c.name for c in table.columns]
            statements.append((f"INSERT INTO {name} ({', '.join(columns)}) VALUES ({', '.join('?' * len(columns))})",
                               [tuple(_plain(from_json(table, row)[c]) for c in columns) for row in rows]))
    connection = sqlite3.connect(database_file)
    start = time.perf_counter()
    with connection:
        for sql, values in statements:
            connection.executemany(sql, values)
    elapsed = time.perf_counter() - start
    connection.close()
    return elapsed


def _plain(value: object) -> object:
    import json

    if isinstance(value, uuid.UUID):
        return value.hex
    if isinstance(value, dict):
        return json.dumps(value)
    if isinstance(value, datetime):
        return value.astimezone(UTC).strftime("%Y-%m-%d %H:%M:%S.%f")
    if isinstance(value, date):
        return value.isoformat()
    return value


def export_figures(folder: Path) -> dict:
    """A commune's full package of its records, against raw sqlite3 reading the same rows."""
    from sqlalchemy import insert

    from antt_desktop.services import sync
    from antt_desktop.services.auth import CurrentUser
    from antt_desktop.services.roles import Role
    from antt_desktop.services.sync_keys import export_public_key, import_public_key

    user = CurrentUser("bench", "", Role.ADMIN)
    commune = initialize(resolve_paths(folder / "xa"), SetupRequest(Level.COMMUNE, "02269"))
    province = initialize(resolve_paths(folder / "tinh2"), SetupRequest(Level.PROVINCE, "08"))
    export_public_key(province, folder / "tinh2.key")
    import_public_key(commune, user, folder / "tinh2.key")
    records = _records("02269", str(commune.installation().id), random.Random(3))
    with commune.engine.begin() as connection:
        for name, rows in records.items():
            connection.execute(insert(TABLES[name]), [from_json(TABLES[name], row) for row in rows])
    count = sum(len(rows) for rows in records.values())
    start = time.perf_counter()
    sync.export_package(commune, user, folder / "xa.anttsync", full=True)
    app_s = time.perf_counter() - start
    commune.close()
    province.close()
    connection = sqlite3.connect(folder / "xa" / "antt.sqlite3")
    start = time.perf_counter()
    for name in TABLES:
        connection.execute(f"SELECT * FROM {name} WHERE owner_unit = '02269'").fetchall()
    floor_s = time.perf_counter() - start
    connection.close()
    return {"export_records": count, "export_s": app_s, "export_floor_s": floor_s, "export_ratio": app_s / floor_s}


def run() -> dict:
    rng = random.Random(7)
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        province = initialize(resolve_paths(folder / "tinh"), SetupRequest(Level.PROVINCE, "08"))
        recipient = X25519PublicKey.from_public_bytes(public_bytes(own_keys(province).encryption))
        empty_copy = folder / "floor.sqlite3"
        province.close()
        shutil.copy(folder / "tinh" / "antt.sqlite3", empty_copy)
        codes = [c.code for c in communes()][:COMMUNES]
        packages, total = [], 0
        for code in codes:
            signer, installation = Ed25519PrivateKey.generate(), str(uuid.uuid4())
            records = _records(code, installation, rng)
            total += sum(len(rows) for rows in records.values())
            header = {"kind": "data", "sender": code, "sender_name": f"Xã {code}", "sender_level": "commune",
                      "sender_parent": None, "sender_installation": installation, "recipient": "08", "seq": 1,
                      "prev_hash": "", "created": datetime.now(UTC).isoformat(), "schema": migrate.HEAD,
                      "full": True, "signing_public": b64(public_bytes(signer))}
            (folder / "packages").mkdir(exist_ok=True)
            (folder / "packages" / f"{code}.anttsync").write_bytes(seal(header, {"records": records,
                                                                                   "attachments": {}},
                                                                          signer, recipient))
            packages.append(records)
        floor_s = _floor(empty_copy, packages)
        del packages
        app = probe("sync_import", str(folder / "tinh"), str(folder / "packages"))
        exported = export_figures(folder)
    return {**exported, "communes": COMMUNES, "records": total, "app_s": app["work"], "floor_s": floor_s,
            "app_rate": total / app["work"], "floor_rate": total / floor_s,
            "share": (total / app["work"]) / (total / floor_s), "peak_kb": app["peak_kb"]}
