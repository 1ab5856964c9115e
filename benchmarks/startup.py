"""Start-up to an interactive main window (commune demo data) against a bare QApplication + QMainWindow."""

from __future__ import annotations

import tempfile
from pathlib import Path

from antt_desktop.config import resolve_paths
from antt_desktop.domain.units import Level
from antt_desktop.services.admin.setup import SetupRequest, initialize
from antt_desktop.services.auth import CurrentUser
from antt_desktop.services.demo import demo
from antt_desktop.services.roles import Role
from benchmarks.measure import probe

REPEAT = 5


def run() -> dict:
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp) / "data"
        database = initialize(resolve_paths(folder), SetupRequest(Level.COMMUNE, "02269"))
        demo.fill_commune(database, CurrentUser("bench", "", Role.ADMIN))
        database.close()
        bare = probe("bare_qt", repeat=REPEAT)
        app = probe("app_window", str(folder), repeat=REPEAT)
    return {"bare_s": bare["wall_median"], "app_s": app["wall_median"],
            "ratio": app["wall_median"] / bare["wall_median"], "bare_kb": bare["peak_kb"], "app_kb": app["peak_kb"]}
