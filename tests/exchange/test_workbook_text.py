"""Formula injection: a name typed or imported as a formula comes out of every workbook the app writes as the
text it is (no <f> element in the sheet XML, a string cell), and an export re-imports to the same text."""

import os
import re
import subprocess
import sys
import zipfile

import pytest
from openpyxl import load_workbook
from sqlalchemy import select

from antt_desktop.db.forces import ForceMember
from antt_desktop.domain.areas import AreaInput
from antt_desktop.domain.campaigns import PersonInput
from antt_desktop.exchange.error_workbook import write_error_workbook
from antt_desktop.exchange.excel_reader import read_table
from antt_desktop.exchange.excel_schema import FIELDS
from antt_desktop.services.areas import areas
from antt_desktop.services.campaigns import persons
from antt_desktop.services.demo import demo
from antt_desktop.services.excel import excel_export
from antt_desktop.services.excel.excel_import import RowError, import_file
from antt_desktop.services.reports import reports
from tests.conftest import ADMIN, ADMIN_USER, PASSWORD

HOSTILE = ['=HYPERLINK("http://x"&B6,"y")', "=cmd|' /C calc'!A0", "+1+cmd|' /C calc'!A0", "-2+3", "@SUM(A1:A2)"]
YEAR = 2026


def formulas(path):
    """Every formula element of every sheet of the workbook, as written in its XML."""
    with zipfile.ZipFile(path) as archive:
        return [f for name in archive.namelist() if name.startswith("xl/worksheets/")
                for f in re.findall(r"<f[ >].*?</f>|<f/>", archive.read(name).decode("utf-8"))]


def texts(path):
    book = load_workbook(path)
    return {cell.value: cell.data_type for ws in book.worksheets for row in ws.iter_rows() for cell in row
            if isinstance(cell.value, str)}


@pytest.fixture
def hostile(database):
    """A commune whose areas, a member and a person are named like formulas."""
    demo.fill_commune(database, ADMIN_USER)
    for name in HOSTILE[:2]:
        areas.create_area(database, ADMIN_USER, AreaInput(name))
    persons.save_person(database, ADMIN_USER, PersonInput(HOSTILE[0], "Người có uy tín", notes=HOSTILE[1]))
    with database.session(ADMIN_USER.username) as session:
        member = session.scalars(select(ForceMember).where(ForceMember.status == "active")).first()
        member.full_name = HOSTILE[1]
    return database


def test_exports_write_formula_like_names_as_text_and_read_them_back(hostile, tmp_path):
    for kind in ("areas", "members", "persons"):
        out = tmp_path / f"{kind}.xlsx"
        excel_export.export_kind(hostile, ADMIN_USER, kind, out)
        assert formulas(out) == [], kind
        expected = set(HOSTILE[:2]) if kind != "members" else {HOSTILE[1]}
        assert all(texts(out).get(value) == "s" for value in expected), kind
        read_back = {value for _, row in read_table(out, kind).rows for value in row.values()}
        assert expected <= read_back, kind  # the importer reads the very text


def test_the_export_command_writes_no_formula(hostile, tmp_path):
    secret = tmp_path / "pw"
    secret.write_text(PASSWORD, encoding="utf-8")
    env = {**os.environ, "ANTT_USER": ADMIN, "ANTT_PASSWORD_FILE": str(secret)}
    for kind in ("areas", "persons", "members"):
        out = tmp_path / f"cli-{kind}.xlsx"
        done = subprocess.run([sys.executable, "-m", "antt_desktop", "export-excel", kind, str(out), "--data-dir",
                               str(hostile.paths.data_dir)], capture_output=True, text=True, env=env, timeout=120)
        assert done.returncode == 0, done.stderr
        assert formulas(out) == [] and texts(out).get(HOSTILE[1]) == "s", kind


def test_reimporting_an_export_keeps_the_text(hostile, tmp_path):
    out = tmp_path / "areas.xlsx"
    excel_export.export_kind(hostile, ADMIN_USER, "areas", out)
    before = {a.name for a in areas.list_areas(hostile)}
    _table, report = import_file(hostile, ADMIN_USER, "areas", out)
    assert not report.errors and report.counts["created"] == 0  # each row matched its area by the same name
    assert {a.name for a in areas.list_areas(hostile)} == before and set(HOSTILE[:2]) <= before


def test_every_report_workbook_has_no_formula(hostile, tmp_path):
    for name in reports.REPORTS:
        out = reports.render(hostile, ADMIN_USER, name, YEAR, "xlsx", tmp_path / f"{name}.xlsx")
        assert formulas(out) == [], name
    listed = texts(tmp_path / "luc-luong-dia-ban.xlsx")
    assert listed.get(HOSTILE[1]) == "s"


def test_templates_and_the_error_workbook_have_no_formula(tmp_path):
    for kind in FIELDS:
        out = excel_export.template(kind, tmp_path / f"mau-{kind}.xlsx")
        assert formulas(out) == [], kind
    errors = [RowError(6, HOSTILE[1], 1, HOSTILE[0]), RowError(7, HOSTILE[4], 2, "Ghi chú")]
    out = write_error_workbook(tmp_path / "loi.xlsx", [(1, "Họ và tên"), (2, "Ghi chú")],
                               {6: {1: HOSTILE[0], 2: HOSTILE[3]}, 7: {1: HOSTILE[2], 2: "\tx"}}, errors)
    assert formulas(out) == []
    written = texts(out)
    assert all(written.get(value) == "s" for value in HOSTILE)
    sheet = load_workbook(out)["Dòng lỗi"]
    assert [sheet.cell(2, c).value for c in (1, 2, 3)] == [6, HOSTILE[0], HOSTILE[3]]
