"""Start-up of the bundled application (dist/ANTT Desktop/, built by scripts/build_bundle): launch to the main
window and back, signed in from a password file, on commune demo data; against the same command run from the
source tree and a bare QApplication + QMainWindow. Skipped when no bundle has been built."""

from __future__ import annotations

import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from antt_desktop.config import resolve_paths
from antt_desktop.domain.units import Level
from antt_desktop.services.admin.setup import SetupRequest, initialize
from antt_desktop.services.auth import CurrentUser
from antt_desktop.services.demo import demo
from antt_desktop.services.roles import Role
from benchmarks.measure import probe

ROOT = Path(__file__).resolve().parent.parent
BUNDLE = ROOT / "dist" / "ANTT Desktop" / ("ANTT Desktop.exe" if sys.platform == "win32" else "ANTT Desktop")
REPEAT = 5
PASSWORD = "mat-khau-do-thoi-gian"


def _median_wall(command: list[str], env: dict[str, str]) -> float:
    times = []
    for _ in range(REPEAT):
        started = time.perf_counter()
        subprocess.run(command, env=env, check=True, capture_output=True, timeout=120)
        times.append(time.perf_counter() - started)
    return statistics.median(times)


def run() -> dict | None:
    if not BUNDLE.is_file():
        return None
    with tempfile.TemporaryDirectory() as tmp:
        folder, password_file = Path(tmp) / "data", Path(tmp) / "password.txt"
        database = initialize(resolve_paths(folder), SetupRequest(Level.COMMUNE, "02269", admin_user="admin",
                                                                   admin_password=PASSWORD))
        demo.fill_commune(database, CurrentUser("bench", "", Role.ADMIN))
        database.close()
        password_file.write_text(PASSWORD, encoding="utf-8")
        env = dict(os.environ, QT_QPA_PLATFORM="offscreen")
        args = ["--data-dir", str(folder), "--user", "admin", "--password-file", str(password_file),
                "--quit-when-shown"]
        bundled = _median_wall([str(BUNDLE), *args], env)
        source = _median_wall([sys.executable, "-c", "from antt_desktop.gui.app import main; main()", *args], env)
        bare = probe("bare_qt", repeat=REPEAT)["wall_median"]
    size = sum(p.stat().st_size for p in BUNDLE.parent.rglob("*") if p.is_file() and not p.is_symlink())
    return {"bundled_s": bundled, "source_s": source, "bare_s": bare, "ratio": bundled / bare,
            "size_mb": size / 1_048_576}
