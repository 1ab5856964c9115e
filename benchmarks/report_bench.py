"""A consolidated report at a province (per-commune table included) against the aggregate SQL behind it, on
SQLite and on a PostgreSQL server (started for the run with fsync on) where its binaries are installed."""

from __future__ import annotations

import sqlite3
import tempfile
import time
from datetime import date
from pathlib import Path

from antt_desktop.config import resolve_paths, save_setting
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


def _measure(folder: Path, paths) -> dict:  # noqa: ANN001
    """Fill a province, time the report, then the aggregate SQL on the same database."""
    from sqlalchemy import create_engine

    database = initialize(paths, SetupRequest(Level.PROVINCE, "08"))
    if paths.on_server:
        save_setting(paths, "db_url", paths.db_url)  # the probe opens the folder, which names the server
    demo.fill_province(database, USER, areas_per_commune=3)
    members = database.engine.connect().exec_driver_sql("SELECT count(*) FROM force_members").scalar()
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
    return {"members": members, "app_s": app_s, "floor_s": floor_s, "ratio": app_s / floor_s, "peak_kb": peak_kb}


def run() -> dict:
    from tests.postgres_server import PostgresServer, server_binaries

    with tempfile.TemporaryDirectory() as tmp:
        figures = _measure(Path(tmp), resolve_paths(Path(tmp) / "tinh"))
        if server_binaries() is not None:
            server = PostgresServer.start(Path(tempfile.mkdtemp(prefix="antt-bench-pg-")), durable=True)
            try:
                figures["postgresql"] = _measure(Path(tmp), resolve_paths(Path(tmp) / "tinh-pg",
                                                                          server.new_database()))
            finally:
                server.stop()
    return figures
