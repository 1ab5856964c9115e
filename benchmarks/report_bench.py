"""A consolidated report at a province (per-commune table included) against the aggregate SQL behind it, measured
by the sync benchmark on the province it has just filled with 200 communes' packages (SQLite and PostgreSQL)."""

from __future__ import annotations

import sqlite3
import time
from datetime import date
from pathlib import Path

from antt_desktop.services.auth import CurrentUser
from antt_desktop.services.reports import reports
from antt_desktop.services.roles import Role
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


def measure(folder: Path, paths) -> dict:  # noqa: ANN001
    """On a province already holding its communes' data (imported packages): the report against the aggregate
    SQL on the same database."""
    from sqlalchemy import create_engine

    from antt_desktop.services.database import open_database

    database = open_database(paths)
    with database.engine.connect() as connection:
        members = connection.exec_driver_sql("SELECT count(*) FROM force_members").scalar()
        units = connection.exec_driver_sql("SELECT count(DISTINCT owner_unit) FROM force_members").scalar()
    start = time.perf_counter()
    reports.render(database, USER, "thong-ke-luc-luong", date.today().year, "xlsx", folder / "tk.xlsx")
    app_s = time.perf_counter() - start
    database.close()
    peak_kb = probe("report", str(paths.data_dir), str(folder / "tk2.xlsx"))["peak_kb"]
    if paths.on_server:
        engine = create_engine(paths.db_url)
        with engine.connect() as connection:
            start = time.perf_counter()
            for statement in filter(str.strip, AGGREGATE.split(";")):
                connection.exec_driver_sql(statement).fetchall()
            floor_s = time.perf_counter() - start
        engine.dispose()
    else:
        connection = sqlite3.connect(paths.database)
        start = time.perf_counter()
        for statement in filter(str.strip, AGGREGATE.split(";")):
            connection.execute(statement).fetchall()
        floor_s = time.perf_counter() - start
        connection.close()
    return {"members": members, "units": units, "app_s": app_s, "floor_s": floor_s, "ratio": app_s / floor_s,
            "peak_kb": peak_kb}
