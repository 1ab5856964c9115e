"""Running a probe in a child process and reading its figures."""

from __future__ import annotations

import json
import statistics
import subprocess
import sys
import time


def probe(*args: str, repeat: int = 1) -> dict:
    """Median wall time of ``repeat`` runs (seconds from process start), its 'work' part, and peak RSS (KiB)."""
    results = []
    for _ in range(repeat):
        start = time.perf_counter()
        output = subprocess.run([sys.executable, "-m", "benchmarks.probe", *args], capture_output=True, text=True,
                                check=True).stdout.strip().splitlines()[-1]
        result = json.loads(output)
        result["wall"] = time.perf_counter() - start  # interpreter start and imports included
        results.append(result)
    best = sorted(results, key=lambda r: r["seconds"])[len(results) // 2]
    best["wall_median"] = statistics.median(r["wall"] for r in results)
    return best
