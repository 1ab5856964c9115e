"""Run every benchmark and write docs/performance.md: each figure beside its floor measured in the same run.

Usage: .venv/bin/python -m benchmarks.run   (BENCH_COMMUNES and BENCH_MEMBERS_PER_COMMUNE scale the sync run)
"""

from __future__ import annotations

import os
import platform
import sys
from datetime import date
from pathlib import Path

from benchmarks import bundle_startup, excel_bench, excel_hostile, member_filter, startup, sync_bench

ROOT = Path(__file__).resolve().parent.parent


def machine() -> str:
    cpu = platform.machine()
    try:
        cpu = next(line.split(":", 1)[1].strip() for line in Path("/proc/cpuinfo").read_text().splitlines()
                   if line.startswith("model name"))
    except (OSError, StopIteration):
        pass
    return f"{platform.system()} {platform.release()}, {cpu}, {os.cpu_count()} cores, Python {sys.version.split()[0]}"


def verdict(met: bool) -> str:
    return "met" if met else "**missed**"


def bundle_lines(bundle: dict | None) -> list[str]:
    heading = ["## Start-up of the installed (bundled) application", ""]
    if bundle is None:
        return [*heading, "Not measured in this run: build the bundle first with `scripts/build_bundle`.", ""]
    return [*heading,
            f"The PyInstaller one-folder bundle (`dist/ANTT Desktop/`, {bundle['size_mb']:.0f} MB) started with",
            "`--quit-when-shown`: launch, sign-in from a password file, main window on commune demo data, close;",
            "the same command from the source tree, and the bare Qt floor of the table above; median of 5 each.",
            "",
            "| | seconds | ratio to bare Qt |", "|---|---:|---:|",
            f"| bare Qt (floor) | {bundle['bare_s']:.2f} | 1.0× |",
            f"| from the source tree | {bundle['source_s']:.2f} | {bundle['source_s'] / bundle['bare_s']:.1f}× |",
            f"| bundled | {bundle['bundled_s']:.2f} | {bundle['ratio']:.1f}× |", ""]


def postgres_sync_lines(figures: dict | None) -> list[str]:
    if figures is None:
        return ["On PostgreSQL: not measured in this run (no PostgreSQL server binaries on this machine).", ""]
    return ["The same packages imported into a province database on a PostgreSQL server on the same machine",
            "(Unix socket, fsync on), against psycopg `executemany` of the same rows into the same empty schema in",
            "one transaction:", "",
            "| | seconds | records/s | share of floor | target ≥ 1/3 | peak memory |", "|---|---:|---:|---:|---|---:|",
            f"| psycopg executemany (floor) | {figures['floor_s']:.2f} | {figures['floor_rate']:,.0f} | | | |",
            f"| ANTT Desktop on PostgreSQL | {figures['app_s']:.2f} | {figures['app_rate']:,.0f} | "
            f"{figures['share']:.2f} | {verdict(figures['share'] >= 1 / 3)} | {figures['peak_kb'] // 1024} MiB |", ""]


def postgres_report_lines(figures: dict | None) -> list[str]:
    if figures is None:
        return []
    return [f"| PostgreSQL | {figures['app_s']:.2f} | {figures['floor_s']:.3f} | {figures['ratio']:.0f}× | "
            f"{figures['peak_kb'] // 1024} MiB |"]


def excel_lines(excel: list[dict], imports: list[dict], hostile: list[dict]) -> list[str]:
    return [
        "## Excel", "",
        "Import of a members workbook (the file checked against the import's limits, every row validated,",
        "matched, written with its service-history entry, all in one transaction) against openpyxl reading the",
        "same file (read-only, values only: the floor) and python-calamine reading it (the reader the import",
        "uses); peak memory of each in a process of its own; at 5,000 rows the median of three runs, each import",
        "into a fresh copy of the database.", "",
        "| rows | import (s) | openpyxl read-only (s) | ratio | target ≤ 3× | calamine (s) | import peak | "
        "target | openpyxl peak | calamine peak |", "|---:|---:|---:|---:|---|---:|---:|---|---:|---:|",
        *(f"| {r['rows']:,} | {r['import_s']:.2f} | {r['read_s']:.2f} | {r['import_ratio']:.1f}× | "
          f"{verdict(r['import_ratio'] <= 3)} | {r['calamine_s']:.2f} | {r['import_kb'] // 1024} MiB | "
          f"{'< 300 MiB: ' + verdict(r['import_kb'] < 300 * 1024) if r['rows'] >= 100_000 else ''} | "
          f"{r['read_kb'] // 1024} MiB | {r['calamine_kb'] // 1024} MiB |" for r in imports), "",
        "Workbooks of at most 2 MB made to exhaust an importer (`benchmarks/excel_hostile.py`), each given to a",
        "dry run; target: answered in under 30 s and under 500 MiB.", "",
        "| workbook | size | answered in (s) | peak memory | target | answer |", "|---|---:|---:|---:|---|---|",
        *(f"| {h['label']} | {h['bytes'] / 1024:,.0f} KiB | {h['seconds']:.2f} | {h['peak_kb'] // 1024} MiB | "
          f"{verdict(h['seconds'] < 30 and h['peak_kb'] < 500 * 1024)} | {h['answer'][:90]}… |" for h in hostile), "",
        "Export of the members (formatted) against openpyxl write-only writing the same rows.", "",
        "| rows | export (s) | write-only (s) | ratio | peak memory |", "|---:|---:|---:|---:|---:|",
        *(f"| {r['rows']:,} | {r['export_s']:.2f} | {r['write_s']:.2f} | {r['export_ratio']:.1f}× | "
          f"{r['export_kb'] // 1024} MiB |" for r in excel), ""]


def main() -> int:
    s, filters, sync_figures = startup.run(), member_filter.run(), sync_bench.run()
    excel, imports, hostile = excel_bench.run(), excel_bench.run_import(), excel_hostile.run()
    report = sync_figures["report"]
    bundle = bundle_startup.run()
    lines = [
        "# Performance", "",
        f"Measured on {date.today():%d/%m/%Y} on {machine()}. Reproduce with `.venv/bin/python -m benchmarks.run`",
        "(it rewrites this file). Every figure stands beside a floor measured in the same run on the same data;",
        "the suite reports, it does not fail the tests.", "",
        "## Start-up to an interactive main window", "",
        "Wall time of a fresh process (interpreter start included) until the main window is shown on a commune",
        "with demo data, against a bare `QApplication` + `QMainWindow`; median of 5.", "",
        "| | seconds | peak memory | target |", "|---|---:|---:|---|",
        f"| bare Qt (floor) | {s['bare_s']:.2f} | {s['bare_kb'] // 1024} MiB | |",
        f"| ANTT Desktop | {s['app_s']:.2f} | {s['app_kb'] // 1024} MiB | ≤ 1.5× floor: {s['ratio']:.1f}×, "
        f"{verdict(s['ratio'] <= 1.5)} |", "",
        *bundle_lines(bundle),
        "## Member list filter (search as you type)", "",
        "Count of matches and first page of 200 rows in Vietnamese name order, against the same two SQL",
        "statements through raw `sqlite3`; median over the queries " + ", ".join(f"“{q}”" for q in
                                                                               member_filter.QUERIES) + ".", "",
        "| members | app (ms) | raw SQL floor (ms) | ratio | target ≤ 50 ms | peak memory |",
        "|---:|---:|---:|---:|---|---:|",
        *(f"| {r['members']:,} | {r['app_ms']:.1f} | {r['floor_ms']:.1f} | {r['ratio']:.2f}× | "
          f"{verdict(r['app_ms'] <= 50)} | {r['peak_kb'] // 1024} MiB |" for r in filters), "",
        *excel_lines(excel, imports, hostile),
        "## Sync import at the upper level", "",
        f"{sync_figures['communes']} commune packages ({sync_figures['records']:,} records; each commune as",
        "`benchmarks/generate.py` makes it: 10 areas, 20 teams, 150 members with their service history, 30 models,",
        "1,000 activities), each verified, decrypted and merged in its own transaction, against raw",
        "`sqlite3` `executemany` of the same rows into the same empty schema in one transaction.", "",
        "| | seconds | records/s | share of floor | target ≥ 1/3 | peak memory |", "|---|---:|---:|---:|---|---:|",
        f"| raw executemany (floor) | {sync_figures['floor_s']:.2f} | {sync_figures['floor_rate']:,.0f} | | | |",
        f"| ANTT Desktop | {sync_figures['app_s']:.2f} | {sync_figures['app_rate']:,.0f} | "
        f"{sync_figures['share']:.2f} | {verdict(sync_figures['share'] >= 1 / 3)} | "
        f"{sync_figures['peak_kb'] // 1024} MiB |", "",
        *postgres_sync_lines(sync_figures.get("postgresql")),
        "One full package exported (read, serialised, compressed, encrypted chunk by chunk, signed, written",
        "atomically; against raw `sqlite3` reading the same rows) and imported into an empty province, each in",
        "a process of its own for its peak memory. Packages are written and read as a stream, so memory should",
        "not grow with the package.", "",
        "| package | records | file | export (s) | raw read (s) | ratio | export peak | import peak |",
        "|---|---:|---:|---:|---:|---:|---:|---:|",
        *(f"| {p['name']} | {p['records']:,} | {p['bytes'] / 2**20:.1f} MiB | {p['export_s']:.2f} | "
          f"{p['floor_s']:.3f} | {p['ratio']:.0f}× | {p['export_kb'] // 1024} MiB | {p['import_kb'] // 1024} MiB |"
          for p in sync_figures["packages"]), "",
        "## Consolidated report", "",
        f"“Thống kê lực lượng” as xlsx at the province of the import above, holding {report['members']:,} members",
        f"of {report['units']} communes (with the per-commune table), against the aggregate SQL behind its figures.",
        "",
        "| database | report (s) | aggregate SQL (s) | ratio | peak memory |", "|---|---:|---:|---:|---:|",
        f"| SQLite | {report['app_s']:.2f} | {report['floor_s']:.3f} | {report['ratio']:.0f}× | "
        f"{report['peak_kb'] // 1024} MiB |",
        *postgres_report_lines((sync_figures.get("postgresql") or {}).get("report")),
        "",
        "## Where the targets are missed, and why", "",
        "- **Start-up**: profiling (cProfile, `-X importtime`) showed all pages built and filled at start and",
        "  every library imported up front (1.9 s). Pages are now built when first opened, Alembic is loaded only",
        "  when the schema must change, QtCharts and the overview's figures come right after the window is",
        "  shown. What remains is mostly importing SQLAlchemy and the data model (about 0.45 s); the floor is a",
        "  warm bare Qt start of about 0.1 s, which no Python application with a database layer can approach.",
        "  On an old office PC the Qt floor itself is several times larger, so the ratio there is smaller.",
        "- **Excel import**: header matching was recomputing search keys (cached now), and every row was",
        "  flushed separately (now in batches with deferred foreign keys): 22× → about 8–9×. The rest is the",
        "  work openpyxl's read does not do: each row is validated (CCCD, dates, age), matched against existing",
        "  members and teams, and written through the ORM with its history entry and version stamp.",
        "- **Sync import** (met now; it was 0.25 of the floor): every package is verified (Ed25519), decrypted,",
        "  and every record checked (owner, types, catalog codes, JSON shapes: a signed but malformed package is",
        "  refused whole) as it is merged; the floor inserts prepared tuples. A profile showed a durable commit",
        "  per package (about 11 ms each), the lookup of existing rows through SQLAlchemy (2 ms per 500 ids) and",
        "  the per-field conversion. Files chosen together now share a transaction committed every few seconds,",
        "  each package in its own savepoint so that a refused one still leaves nothing; the lookup is plain SQL",
        "  on the converted ids; text fields are checked inline. The rest is parsing the JSON and converting",
        "  UUIDs, dates and times in Python.",
        "- **Sync import on PostgreSQL**: the first measurement gave 0.14 of the floor, each package slower than",
        "  the one before (0.08 s for the first, 1.2 s by the hundredth). The server's log showed the merge's id",
        "  lookup taking 200 ms: psycopg prepares a statement run five times, and PostgreSQL then kept the",
        "  generic plan it had made while the tables were nearly empty, a full scan. The lookup is now planned for",
        "  its values each time (`plan_cache_mode`, for that statement only); every package takes the same time",
        "  however full the database. Files chosen together share a commit, as on SQLite.",
    ]
    (ROOT / "docs" / "performance.md").write_text("\n".join(lines) + "\n", encoding="utf-8")
    print("\n".join(lines))
    return 0


if __name__ == "__main__":
    sys.exit(main())
