"""Excel import of a members workbook against openpyxl (read-only, values only) and python-calamine reading the
same file, at 5,000 and 100,000 rows for peak memory; export against openpyxl write-only writing the same rows."""

from __future__ import annotations

import random
import shutil
import tempfile
import time
from pathlib import Path

from openpyxl import Workbook

from antt_desktop.config import resolve_paths
from antt_desktop.domain.areas import AreaInput
from antt_desktop.domain.units import Level
from antt_desktop.services.admin.setup import SetupRequest, initialize
from antt_desktop.services.areas import areas
from antt_desktop.services.auth import CurrentUser
from antt_desktop.services.database import open_database
from antt_desktop.services.demo.demo_people import person
from antt_desktop.services.excel import excel_export
from antt_desktop.services.excel.excel_import import import_file
from antt_desktop.services.roles import Role
from benchmarks.measure import probe

SIZES = (1_000, 5_000)  # export
IMPORT_SIZES = (5_000, 100_000)
USER = CurrentUser("bench", "", Role.ADMIN)
HEADINGS = ["STT", "Họ và tên", "Giới tính", "Ngày sinh", "Số CCCD", "Khu dân cư", "Chức danh", "Dân tộc"]


def _workbook(path: Path, rows: int) -> None:
    workbook = Workbook(write_only=True)
    sheet = workbook.create_sheet("Danh sách")
    sheet.append(["DANH SÁCH TỔ BẢO VỆ ANTT"])
    sheet.append(HEADINGS)
    rng, used = random.Random(rows), set()
    for number in range(1, rows + 1):
        p = person(rng, used)
        sheet.append([number, p.full_name, "Nam" if p.gender == "nam" else "Nữ", p.birth_date, p.cccd,
                      f"Thôn {number % 10}", "Tổ viên", p.ethnicity])
    workbook.save(path)


def _import_median(template: Path, book: Path, runs: int) -> dict:
    """The median of ``runs`` imports, each into a fresh copy of the database (a second import would update)."""
    results = []
    for number in range(runs):
        folder = template.with_name(f"run{number}")
        shutil.copytree(template, folder)
        results.append(probe("excel_import", str(folder), str(book)))
    return sorted(results, key=lambda r: r["work"])[len(results) // 2]


def run_import() -> list[dict]:
    results = []
    for size in IMPORT_SIZES:
        runs = 3 if size <= 5_000 else 1  # the machine may be shared: a median where it is cheap
        with tempfile.TemporaryDirectory() as tmp:
            folder, book = Path(tmp) / "data", Path(tmp) / "ds.xlsx"
            database = initialize(resolve_paths(folder), SetupRequest(Level.COMMUNE, "02269"))
            for number in range(10):
                areas.create_area(database, USER, AreaInput(f"Thôn {number}"))
            database.close()
            _workbook(book, size)
            floor = probe("openpyxl_read", str(book), repeat=runs)
            rust = probe("calamine_read", str(book), repeat=runs)
            app = _import_median(folder, book, runs)
        results.append({"rows": size, "import_s": app["work"], "read_s": floor["work"], "calamine_s": rust["work"],
                        "import_ratio": app["work"] / floor["work"], "import_kb": app["peak_kb"],
                        "read_kb": floor["peak_kb"], "calamine_kb": rust["peak_kb"]})
    return results


def run() -> list[dict]:
    results = []
    for size in SIZES:
        with tempfile.TemporaryDirectory() as tmp:
            folder, book = Path(tmp) / "data", Path(tmp) / "ds.xlsx"
            database = initialize(resolve_paths(folder), SetupRequest(Level.COMMUNE, "02269"))
            for number in range(10):
                areas.create_area(database, USER, AreaInput(f"Thôn {number}"))
            database.close()
            _workbook(book, size)
            database = open_database(resolve_paths(folder))
            import_file(database, USER, "members", book)  # the members to export
            database.close()
            exported = probe("excel_export", str(folder), str(Path(tmp) / "out.xlsx"))
            database = open_database(resolve_paths(folder))
            start = time.perf_counter()
            excel_export.export_kind(database, USER, "members", Path(tmp) / "out.xlsx")
            export_s = time.perf_counter() - start
            rows = list(excel_export.rows_of(database, USER, "members"))
            database.close()
            start = time.perf_counter()
            workbook = Workbook(write_only=True)
            sheet = workbook.create_sheet()
            for row in rows:
                sheet.append(row)
            workbook.save(Path(tmp) / "floor.xlsx")
            floor_export_s = time.perf_counter() - start
        results.append({"rows": size, "export_s": export_s, "write_s": floor_export_s,
                        "export_ratio": export_s / floor_export_s, "export_kb": exported["peak_kb"]})
    return results
