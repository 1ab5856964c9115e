"""A consolidated report at a province (per-commune table included) against the aggregate SQL behind it."""

from __future__ import annotations

import sqlite3
import tempfile
import time
from datetime import date
from pathlib import Path

from antt_desktop.config import resolve_paths
from antt_desktop.domain.units import Level
from antt_desktop.services import demo, reports
from antt_desktop.services.auth import CurrentUser
from antt_desktop.services.roles import Role
from antt_desktop.services.setup import SetupRequest, initialize
from benchmarks.measure import probe

USER = CurrentUser("bench", "", Role.ADMIN)
AGGREGATE = """
SELECT owner_unit, count(*) FROM force_members WHERE deleted_at IS NULL AND status = 'active' GROUP BY owner_unit;
SELECT owner_unit, count(*) FROM residential_areas WHERE deleted_at IS NULL GROUP BY owner_unit;
SELECT owner_unit, count(*) FROM security_models WHERE deleted_at IS NULL GROUP BY owner_unit;
SELECT owner_unit, count(*) FROM activities WHERE deleted_at IS NULL GROUP BY owner_unit;
SELECT role, count(*) FROM force_members WHERE deleted_at IS NULL AND status = 'active' GROUP BY role;
SELECT education, count(*) FROM force_members WHERE deleted_at IS NULL AND status = 'active' GROUP BY education;
"""


def run() -> dict:
    with tempfile.TemporaryDirectory() as tmp:
        database = initialize(resolve_paths(Path(tmp) / "tinh"), SetupRequest(Level.PROVINCE, "08"))
        demo.fill_province(database, USER, areas_per_commune=3)
        members = database.engine.connect().exec_driver_sql("SELECT count(*) FROM force_members").scalar()
        start = time.perf_counter()
        reports.render(database, USER, "thong-ke-luc-luong", date.today().year, "xlsx", Path(tmp) / "tk.xlsx")
        app_s = time.perf_counter() - start
        database.close()
        peak_kb = probe("report", str(Path(tmp) / "tinh"), str(Path(tmp) / "tk2.xlsx"))["peak_kb"]
        connection = sqlite3.connect(Path(tmp) / "tinh" / "antt.sqlite3")
        start = time.perf_counter()
        for statement in filter(str.strip, AGGREGATE.split(";")):
            connection.execute(statement).fetchall()
        floor_s = time.perf_counter() - start
        connection.close()
    return {"members": members, "app_s": app_s, "floor_s": floor_s, "ratio": app_s / floor_s, "peak_kb": peak_kb}
