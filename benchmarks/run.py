"""Run every benchmark and write docs/performance.md: each figure beside its floor measured in the same run.

Usage: .venv/bin/python -m benchmarks.run
"""

from __future__ import annotations

import os
import platform
import sys
from datetime import date
from pathlib import Path

from benchmarks import member_filter

ROOT = Path(__file__).resolve().parent.parent
FILTER_TARGET_MS = 50


def machine() -> str:
    cpu = platform.processor() or platform.machine()
    try:
        model = next(line.split(":", 1)[1].strip() for line in Path("/proc/cpuinfo").read_text().splitlines()
                     if line.startswith("model name"))
        cpu = model
    except (OSError, StopIteration):
        pass
    return f"{platform.system()} {platform.release()}, {cpu}, {os.cpu_count()} cores, Python {sys.version.split()[0]}"


def main() -> int:
    filters = member_filter.run()
    lines = [
        "# Performance", "",
        f"Measured on {date.today():%d/%m/%Y} on {machine()}.",
        "Reproduce with `.venv/bin/python -m benchmarks.run` (it rewrites this file). Every figure is the median",
        "of several runs and stands beside a floor measured in the same run on the same data.", "",
        "## Member list filter (search as you type)", "",
        "Per keystroke the list counts the matches and fetches the first page of 200 rows sorted in Vietnamese",
        "name order. Floor: the same two SQL statements through raw `sqlite3`. Queries: "
        + ", ".join(f"“{q}”" for q in member_filter.QUERIES) + " (median over them).", "",
        "| members | app (ms) | raw SQL floor (ms) | ratio | target |",
        "|---:|---:|---:|---:|---|",
    ]
    for row in filters:
        verdict = "met" if row["app_ms"] <= FILTER_TARGET_MS else "missed"
        lines.append(f"| {row['members']:,} | {row['app_ms']:.1f} | {row['floor_ms']:.1f} | {row['ratio']:.2f}× | "
                     f"≤ {FILTER_TARGET_MS} ms: {verdict} |")
    (ROOT / "docs" / "performance.md").write_text("\n".join(lines) + "\n", encoding="utf-8")
    print("\n".join(lines))
    return 0


if __name__ == "__main__":
    sys.exit(main())
