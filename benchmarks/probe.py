"""Child-process probes, so that start-up time and peak memory are measured on a fresh interpreter.

python -m benchmarks.probe NAME ARGS... prints one JSON line: {"seconds": …, "peak_kb": …}.
"""

from __future__ import annotations

import json
import os
import resource
import sys
import time

START = time.perf_counter()


def _peak_kb() -> int:
    """This process's peak resident memory. ru_maxrss is inherited across fork and exec on Linux (it would report
    the parent's peak), so the kernel's per-process high-water mark is read instead where there is one."""
    try:
        for line in open("/proc/self/status", encoding="ascii"):
            if line.startswith("VmHWM:"):
                return int(line.split()[1])
    except OSError:
        pass
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss


def _done(extra: dict | None = None) -> None:
    peak = _peak_kb()
    print(json.dumps({"seconds": time.perf_counter() - START, "peak_kb": peak, **(extra or {})}))


def bare_qt() -> None:
    from PySide6.QtWidgets import QApplication, QMainWindow

    app = QApplication([])
    window = QMainWindow()
    window.show()
    app.processEvents()
    _done()


def app_window(data_dir: str) -> None:
    """To an interactive main window on an existing database, as after signing in."""
    from PySide6.QtWidgets import QApplication

    from antt_desktop.config import resolve_paths
    from antt_desktop.gui.i18n import install_translators
    from antt_desktop.gui.main_window import MainWindow
    from antt_desktop.services.auth import CurrentUser
    from antt_desktop.services.database import open_database
    from antt_desktop.services.roles import Role

    app = QApplication([])
    install_translators(app, "vi")
    database = open_database(resolve_paths(data_dir))
    window = MainWindow(database, CurrentUser("admin", "", Role.ADMIN), "vi")
    window.show()
    app.processEvents()
    _done()


def excel_import(data_dir: str, path: str) -> None:
    from pathlib import Path

    from antt_desktop.config import resolve_paths
    from antt_desktop.services.auth import CurrentUser
    from antt_desktop.services.database import open_database
    from antt_desktop.services.excel.excel_import import import_file
    from antt_desktop.services.roles import Role

    database = open_database(resolve_paths(data_dir))
    START_WORK = time.perf_counter()
    _, report = import_file(database, CurrentUser("bench", "", Role.ADMIN), "members", Path(path))
    assert not report.errors, report.errors[:3]
    _done({"work": time.perf_counter() - START_WORK, "rows": report.rows})


def openpyxl_read(path: str) -> None:
    """The floor: openpyxl reading every value of the file, read-only (streaming), values only."""
    from openpyxl import load_workbook

    START_WORK = time.perf_counter()
    workbook = load_workbook(path, read_only=True, data_only=True)
    rows = sum(1 for _ in workbook.active.iter_rows(values_only=True))
    _done({"work": time.perf_counter() - START_WORK, "rows": rows})


def calamine_read(path: str) -> None:
    """A second floor: python-calamine (Rust) reading every value of the file."""
    import python_calamine

    START_WORK = time.perf_counter()
    workbook = python_calamine.CalamineWorkbook.from_path(path)
    rows = sum(1 for _ in workbook.get_sheet_by_index(0).iter_rows())
    _done({"work": time.perf_counter() - START_WORK, "rows": rows})


def excel_answer(data_dir: str, kind: str, path: str) -> None:
    """A dry run of any workbook, hostile ones included: the time and memory it takes to answer."""
    from pathlib import Path

    from antt_desktop.errors import UserError
    from antt_desktop.services.excel.excel_import import import_file

    database = _database(data_dir)
    START_WORK = time.perf_counter()
    try:
        _, report = import_file(database, _user(), kind, Path(path), dry_run=True)
        answer = report.summary()
    except UserError as exc:
        answer = exc.message
    _done({"work": time.perf_counter() - START_WORK, "answer": answer})


def sync_import(data_dir: str, folder: str) -> None:
    import re
    from pathlib import Path

    from antt_desktop.config import resolve_paths
    from antt_desktop.services.auth import CurrentUser
    from antt_desktop.services.database import open_database
    from antt_desktop.services.roles import Role
    from antt_desktop.services.sync.sync_import import import_files

    database = open_database(resolve_paths(data_dir))
    user = CurrentUser("bench", "", Role.ADMIN)
    START_WORK = time.perf_counter()
    records = 0
    for outcome in import_files(database, user, sorted(Path(folder).glob("*.anttsync"))):  # all chosen at once
        assert outcome.state == "imported", outcome.message
        records += int(re.search(r"(\d+) bản ghi", outcome.message).group(1))
    _done({"work": time.perf_counter() - START_WORK, "records": records})


def _database(data_dir: str):  # noqa: ANN202
    from antt_desktop.config import resolve_paths
    from antt_desktop.services.database import open_database

    return open_database(resolve_paths(data_dir))


def _user():  # noqa: ANN202
    from antt_desktop.services.auth import CurrentUser
    from antt_desktop.services.roles import Role

    return CurrentUser("bench", "", Role.ADMIN)


def member_filter(data_dir: str) -> None:
    from antt_desktop.services.forces.member_query import MemberFilter, count_members, query_members

    database, user = _database(data_dir), _user()
    for query in ("nguyen", "van an", "thi", "hung", "trieu quang", "d"):
        count_members(database, MemberFilter(query))
        query_members(database, user, MemberFilter(query), 0, 200)
    _done()


def excel_export(data_dir: str, out: str) -> None:
    from pathlib import Path

    from antt_desktop.services.excel.excel_export import export_kind

    export_kind(_database(data_dir), _user(), "members", Path(out))
    _done()


def sync_export(data_dir: str, out: str) -> None:
    from pathlib import Path

    from antt_desktop.services.sync.sync import export_package

    export_package(_database(data_dir), _user(), Path(out), full=True)
    _done()


def report(data_dir: str, out: str) -> None:
    from datetime import date
    from pathlib import Path

    from antt_desktop.services.reports.reports import render

    render(_database(data_dir), _user(), "thong-ke-luc-luong", date.today().year, "xlsx", Path(out))
    _done()


if __name__ == "__main__":
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    {"bare_qt": bare_qt, "app_window": app_window, "excel_import": excel_import, "openpyxl_read": openpyxl_read,
     "calamine_read": calamine_read, "excel_answer": excel_answer,
     "sync_import": sync_import, "member_filter": member_filter, "excel_export": excel_export,
     "sync_export": sync_export, "report": report}[sys.argv[1]](*sys.argv[2:])
