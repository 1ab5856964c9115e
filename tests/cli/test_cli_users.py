"""The command line acts as a named user and is refused what that user's role is refused in the window."""

from __future__ import annotations

import json
import subprocess
import sys

import pytest
from openpyxl import load_workbook
from sqlalchemy import select

from antt_desktop.config import resolve_paths
from antt_desktop.db.models import AuditEntry
from antt_desktop.domain.cccd import mask_cccd
from antt_desktop.services import auth
from antt_desktop.services.database import open_existing
from antt_desktop.services.roles import Role
from tests.cli_runner import antt, cli_env, password_file

VIEWER, VIEWER_PASSWORD = "xem", "mat-khau-chi-xem"
EDITOR, EDITOR_PASSWORD = "canbo", "mat-khau-can-bo"


@pytest.fixture(scope="module")
def demo_folder(tmp_path_factory):
    """Commune demo data with a viewer and an editor besides the demo administrator."""
    data = tmp_path_factory.mktemp("cli-users") / "d"
    made = antt("demo", "--data-dir", data, as_user=None)  # a folder without a database needs no sign-in
    assert made.returncode == 0, made.stderr
    database = open_existing(resolve_paths(data))
    auth.create_user(database, VIEWER, VIEWER_PASSWORD, Role.VIEWER, by="admin")
    auth.create_user(database, EDITOR, EDITOR_PASSWORD, Role.EDITOR, by="admin")
    database.close()
    return data


def _audit(data, action: str) -> list[tuple[str, str]]:
    database = open_existing(resolve_paths(data))
    with database.factory() as session:
        rows = session.execute(select(AuditEntry.username, AuditEntry.summary).where(AuditEntry.action == action)
                               .order_by(AuditEntry.seq)).all()
    database.close()
    return [tuple(r) for r in rows]


def _one_vietnamese_line(stderr: str) -> bool:
    return stderr.count("\n") == 1 and stderr.startswith("antt: ") and "Traceback" not in stderr


def test_without_credentials_and_no_terminal_the_command_is_refused(demo_folder):
    for args in (["stats"], ["export-excel", "members", demo_folder.parent / "x.xlsx"], ["audit", "verify"]):
        done = antt(*args, "--data-dir", demo_folder, as_user=None)
        assert done.returncode == 1 and "cần đăng nhập" in done.stderr and "--user" in done.stderr, done.stderr
        assert _one_vietnamese_line(done.stderr)
    assert not (demo_folder.parent / "x.xlsx").exists()
    named_only = subprocess.run([sys.executable, "-m", "antt_desktop", "stats", "--data-dir", str(demo_folder)],
                                env=cli_env(None, ANTT_USER="admin"), stdin=subprocess.DEVNULL,
                                capture_output=True, text=True, encoding="utf-8", timeout=120)
    assert named_only.returncode == 1 and "cần đăng nhập" in named_only.stderr


def test_a_wrong_password_or_an_unknown_user_is_refused_and_audited(demo_folder):
    wrong = antt("stats", "--data-dir", demo_folder, password="doan-bua-1")
    assert wrong.returncode == 1 and "Sai tên đăng nhập hoặc mật khẩu" in wrong.stderr
    unknown = antt("stats", "--data-dir", demo_folder, as_user="ke-la")
    assert unknown.returncode == 1 and unknown.stderr == wrong.stderr
    assert ("ke-la", "không có tài khoản") in _audit(demo_folder, "login-failed")


def test_flags_sign_in_as_well_as_the_environment(demo_folder):
    done = antt("stats", "--json", "--data-dir", demo_folder, "--user", VIEWER, "--password-file",
                password_file(VIEWER_PASSWORD), as_user=None)
    assert done.returncode == 0, done.stderr
    assert json.loads(done.stdout)["counts"]["areas"] == 10
    assert _audit(demo_folder, "login")[-1][0] == VIEWER


def test_a_viewer_is_refused_a_write_and_the_data_is_unchanged(demo_folder, tmp_path):
    before = antt("stats", "--json", "--data-dir", demo_folder).stdout
    template = tmp_path / "mau.xlsx"
    assert antt("template", "areas", template, as_user=None).returncode == 0  # reads no data: no sign-in
    sheet_book = load_workbook(template)
    sheet = sheet_book.active
    sheet.append(["Thôn Kẻ Gian"])
    sheet_book.save(template)
    for args in (["import-excel", "areas", template], ["backup", "--out", tmp_path / "b.sqlite3"],
                 ["keys", "import", template], ["audit", "verify"], ["restore", tmp_path / "b.sqlite3"],
                 ["demo"]):
        done = antt(*args, "--data-dir", demo_folder, as_user=VIEWER, password=VIEWER_PASSWORD)
        assert done.returncode == 1 and "không có quyền" in done.stderr and "Chỉ xem" in done.stderr, (args, done)
        assert _one_vietnamese_line(done.stderr)
    assert not (tmp_path / "b.sqlite3").exists()
    assert antt("stats", "--json", "--data-dir", demo_folder).stdout == before
    editor = antt("audit", "verify", "--data-dir", demo_folder, as_user=EDITOR, password=EDITOR_PASSWORD)
    assert editor.returncode == 1 and "cần quyền Quản trị" in editor.stderr


def test_exports_mask_cccd_for_non_administrators_and_the_trail_names_the_user(demo_folder, tmp_path):
    def cccd_column(path):
        rows = list(load_workbook(path, read_only=True).active.iter_rows(values_only=True))
        heading = next(i for i, row in enumerate(rows) if row and any(c and "CCCD" in str(c) for c in row))
        column = next(j for j, c in enumerate(rows[heading]) if c and "CCCD" in str(c))
        return [row[column] for row in rows[heading + 1:] if row and row[column]]

    as_admin, as_viewer = tmp_path / "admin.xlsx", tmp_path / "xem.xlsx"
    assert antt("export-excel", "members", as_admin, "--data-dir", demo_folder).returncode == 0
    done = antt("export-excel", "members", as_viewer, "--data-dir", demo_folder, as_user=VIEWER,
                password=VIEWER_PASSWORD)
    assert done.returncode == 0, done.stderr
    full, masked = cccd_column(as_admin), cccd_column(as_viewer)
    assert full and all(str(n).isdigit() and len(str(n)) == 12 for n in full)
    assert masked == [mask_cccd(str(n)) for n in full] and not set(map(str, full)) & set(map(str, masked))
    exports = _audit(demo_folder, "export")
    assert [name for name, _summary in exports[-2:]] == ["admin", VIEWER]
    assert all(name != "cli" for name, _summary in _audit(demo_folder, "login"))
