"""Smoke-starts a built bundle on a fresh data folder, offscreen: `antt init` and `antt stats`, the desktop
application until its main window is shown (timed), then demo data, every work area opened once, and a PDF
report. Prints the start-up times; exits non-zero on any failure."""

from __future__ import annotations

import os
import subprocess
import sys
import tempfile
import time
from pathlib import Path

PASSWORD = "mat-khau-kiem-tra"


def executables(bundle: Path) -> tuple[Path, Path]:
    suffix = ".exe" if sys.platform == "win32" else ""
    return bundle / f"ANTT Desktop{suffix}", bundle / f"antt{suffix}"


def _run(command: list[str], env: dict[str, str]) -> tuple[str, float]:
    started = time.perf_counter()
    done = subprocess.run(command, env=env, capture_output=True, text=True, timeout=180)
    elapsed = time.perf_counter() - started
    if done.returncode != 0:
        raise RuntimeError(f"{Path(command[0]).name} exited with {done.returncode}: {done.stderr.strip()}")
    return done.stdout, elapsed


def smoke(bundle: Path, starts: int = 3) -> list[float]:
    """The wall-clock seconds of each start of the desktop application, from launch to the main window closed."""
    gui, cli = executables(bundle)
    with tempfile.TemporaryDirectory(prefix="antt-smoke-") as folder:
        data, password_file = Path(folder) / "data", Path(folder) / "password.txt"
        password_file.write_text(PASSWORD, encoding="utf-8")
        env = dict(os.environ, QT_QPA_PLATFORM="offscreen", ANTT_DATA_DIR=str(data))
        _run([str(cli), "init", "--level", "commune", "--unit-code", "02269", "--admin-user", "admin",
              "--admin-password-file", str(password_file)], env)
        env.update(ANTT_USER="admin", ANTT_PASSWORD_FILE=str(password_file))  # antt acts as a named user
        stats, _ = _run([str(cli), "stats", "--json"], env)
        if '"' not in stats:
            raise RuntimeError(f"antt stats printed no JSON: {stats!r}")
        times = []
        for _ in range(starts):
            shown, elapsed = _run([str(gui), "--user", "admin", "--password-file", str(password_file),
                                   "--quit-when-shown"], env)
            if "main window shown" not in shown:
                raise RuntimeError(f"the main window did not open: {shown!r}")
            times.append(elapsed)
        _run([str(cli), "demo"], env)
        _run([str(gui), "--user", "admin", "--password-file", str(password_file), "--check-pages"], env)
        report = Path(folder) / "bao-cao.pdf"
        _run([str(cli), "report", "tong-hop-nam", "--year", "2026", "--format", "pdf", "--out", str(report)], env)
        if not report.read_bytes().startswith(b"%PDF"):
            raise RuntimeError("the bundled report is not a PDF")
        return times

