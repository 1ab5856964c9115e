"""Member-list filter latency: what the list does per keystroke (count + first page, sorted by name)
against the same two statements in raw sqlite3, at 1k, 10k and 100k members."""

from __future__ import annotations

import sqlite3
import statistics
import tempfile
import time
from pathlib import Path

from antt_desktop.domain.text import search_key
from antt_desktop.services.auth import CurrentUser
from antt_desktop.services.forces.member_query import MemberFilter, count_members, query_members
from antt_desktop.services.roles import Role
from benchmarks.generate import province_with_members
from benchmarks.measure import probe

QUERIES = ("nguyen", "van an", "thi", "hung", "trieu quang", "d")
SIZES = (1_000, 10_000, 100_000)
PAGE = 200
USER = CurrentUser("benchmark", "", Role.ADMIN)
RAW_COUNT = ("SELECT count(*) FROM force_members JOIN force_teams ON force_teams.id = force_members.team_id "
             "WHERE force_members.search_key LIKE ? ESCAPE '/' AND force_members.deleted_at IS NULL")
RAW_PAGE = ("SELECT force_members.*, force_teams.name, force_teams.force_type, residential_areas.name "
            "FROM force_members JOIN force_teams ON force_teams.id = force_members.team_id "
            "LEFT OUTER JOIN residential_areas ON residential_areas.id = force_teams.area_id "
            "WHERE force_members.search_key LIKE ? ESCAPE '/' AND force_members.deleted_at IS NULL "
            "ORDER BY force_members.sort_key, force_members.id LIMIT ? OFFSET 0")


def _median_ms(action, repeat: int = 5) -> float:
    timings = []
    for _ in range(repeat):
        start = time.perf_counter()
        action()
        timings.append((time.perf_counter() - start) * 1000)
    return statistics.median(timings)


def measure(size: int) -> dict:
    with tempfile.TemporaryDirectory() as tmp:
        database = province_with_members(Path(tmp) / "data", size)
        raw = sqlite3.connect(database.paths.database)
        app_ms, raw_ms = [], []
        for query in QUERIES:
            pattern = f"%{search_key(query)}%"
            member_filter = MemberFilter(query)
            app_ms.append(_median_ms(lambda f=member_filter: (count_members(database, f),
                                                            query_members(database, USER, f, 0, PAGE))))
            raw_ms.append(_median_ms(lambda p=pattern: (raw.execute(RAW_COUNT, (p,)).fetchone(),
                                                      raw.execute(RAW_PAGE, (p, PAGE)).fetchall())))
        raw.close()
        database.close()
        peak_kb = probe("member_filter", str(Path(tmp) / "data"))["peak_kb"]
    app, floor = statistics.median(app_ms), statistics.median(raw_ms)
    return {"members": size, "app_ms": app, "floor_ms": floor, "ratio": app / floor if floor else float("nan"),
            "peak_kb": peak_kb}


def run() -> list[dict]:
    return [measure(size) for size in SIZES]
