"""Fuzzing the readers of untrusted files: any input ends in a clear refusal, never a crash or a write."""

import importlib.util
import itertools
import os
import subprocess
import sys
import zipfile
from datetime import date, datetime
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from antt_desktop.config import resolve_paths
from antt_desktop.domain.units import Level
from antt_desktop.errors import UserError
from antt_desktop.exchange import sync_format
from antt_desktop.exchange.excel_reader import read_table
from antt_desktop.exchange.workbook_file import OLE_MAGIC
from antt_desktop.services.admin.setup import SetupRequest, initialize
from antt_desktop.services.database import open_database
from antt_desktop.services.reports import reports, stats
from antt_desktop.services.sync import sync_import
from antt_desktop.services.sync.sync_record_check import content_rules
from antt_desktop.services.sync.sync_records import TABLES
from tests.conftest import ADMIN_USER, exchange_keys
from tests.services.test_sync import forged

ROOT = Path(__file__).resolve().parents[2]
SETTINGS = settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])


@SETTINGS
@given(data=st.one_of(st.binary(max_size=400), st.binary(max_size=200).map(lambda b: sync_format.MAGIC + b),
                      st.binary(max_size=200).map(lambda b: sync_format.MAGIC + bytes([1]) + b)))
def test_package_reader_refuses_garbage(database, data):
    before = stats.record_counts(database)
    try:
        sync_import.import_bytes(database, ADMIN_USER, data, "x.anttsync")
    except UserError as exc:
        assert exc.message
    else:
        raise AssertionError("garbage was accepted")
    assert stats.record_counts(database) == before


@SETTINGS
@given(data=st.binary(max_size=600))
def test_old_excel_reader_refuses_garbage(tmp_path_factory, data):
    """Bytes after the OLE2 signature, as a damaged or forged .xls is: refused, never a crash."""
    path = tmp_path_factory.mktemp("fuzz") / "ds.xls"
    path.write_bytes(OLE_MAGIC + data)
    with pytest.raises(UserError) as refused:
        read_table(path, "members")
    assert refused.value.message


@SETTINGS
@given(data=st.binary(max_size=300), zipped=st.booleans())
def test_excel_reader_refuses_garbage(tmp_path_factory, data, zipped):
    path = tmp_path_factory.mktemp("fuzz") / "ds.xlsx"
    if zipped:  # a zip container with random content, as a damaged workbook is
        with zipfile.ZipFile(path, "w") as archive:
            archive.writestr("[Content_Types].xml", data)
            archive.writestr("xl/workbook.xml", data[::-1])
    else:
        path.write_bytes(data)
    try:
        read_table(path, "members")
    except UserError as exc:
        assert exc.message
    else:
        raise AssertionError("garbage was read as a table")


_VALUES = st.one_of(st.none(), st.booleans(), st.integers(min_value=-2**70, max_value=2**70), st.floats(),
                    st.text(max_size=30), st.uuids().map(str), st.dates().map(date.isoformat),
                    st.datetimes().map(datetime.isoformat), st.lists(st.integers(), max_size=2),
                    st.dictionaries(st.text(max_size=3), st.integers(), max_size=2))


def _well_formed(column):
    """A value of the column's type, so that a record built of them reaches the merge and the database."""
    kind = type(column.type).__name__
    return {"Uuid": st.uuids().map(str), "UTCDateTime": st.just("2026-01-02T03:04:05+00:00"),
            "Date": st.dates().map(date.isoformat), "Boolean": st.booleans(), "Integer": st.integers(1, 10**12),
            "BigInteger": st.integers(1, 10**12), "Float": st.floats(0, 1000), "JSON": st.just([])}.get(
        kind, st.text(max_size=10))


@st.composite
def _records(draw):
    """Records of a real table: random fields, or every field well formed but one."""
    name = draw(st.sampled_from(sorted(TABLES)))
    columns = [c for c in TABLES[name].columns if c.name != "owner_unit"]
    if draw(st.booleans()):
        rows = draw(st.lists(st.fixed_dictionaries({"owner_unit": st.just("02269")}, optional={
            c.name: _VALUES for c in columns}), min_size=1, max_size=3))
    else:
        row = draw(st.fixed_dictionaries({"owner_unit": st.just("02269"),
                                          **{c.name: _well_formed(c) for c in columns}}))
        broken = draw(st.sampled_from(columns))
        rows = [{**row, broken.name: draw(_VALUES)}]
    return {name: rows}


@pytest.fixture(scope="module")
def pair(tmp_path_factory):
    folder = tmp_path_factory.mktemp("pair")
    province = initialize(resolve_paths(folder / "tinh"), SetupRequest(Level.PROVINCE, "08"))
    commune = initialize(resolve_paths(folder / "xa"), SetupRequest(Level.COMMUNE, "02269"))
    exchange_keys(commune, province, folder)
    yield commune, province
    commune.close()
    province.close()


def test_the_content_rules_name_tables_that_travel():
    assert set(content_rules()) <= set(TABLES)


_SEQ = itertools.count(1)  # every example a new package number, so none is skipped as already received


@settings(max_examples=int(os.environ.get("ANTT_FUZZ_EXAMPLES", 200)), deadline=None, derandomize=True)
@given(records=_records())
def test_signed_packages_with_malformed_records_are_refused_or_taken_whole(pair, records):
    commune, province = pair
    before = stats.record_counts(province)
    data = forged(commune, province, records, seq=next(_SEQ))
    try:
        outcome = sync_import.import_bytes(province, ADMIN_USER, data, "x.anttsync")
    except UserError as exc:
        assert exc.message
        assert stats.record_counts(province) == before
    else:
        assert outcome.state == "imported"


def test_what_the_fuzzing_let_in_still_opens_and_reports(pair, tmp_path):
    """Whatever the malformed packages above got accepted, the upper level still starts and prints."""
    _commune, province = pair
    reopened = open_database(province.paths)
    try:
        for name in reports.REPORTS:
            out = reports.render(reopened, ADMIN_USER, name, 2026, "pdf", tmp_path / f"{name}.pdf")
            assert out.read_bytes().startswith(b"%PDF")
    finally:
        reopened.close()


@pytest.mark.skipif(importlib.util.find_spec("atheris") is None, reason="atheris is not installed")
@pytest.mark.parametrize(("harness", "runs"), [("package_reader.py", 20000), ("excel_reader.py", 5000),
                                               ("xls_reader.py", 3000)])
def test_coverage_guided_fuzzing_finds_no_uncaught_exception(harness, runs, tmp_path):
    """atheris (libFuzzer) mutates a valid package or workbook (.xlsx, or the records of a .xls); any exception but
    a UserError stops it."""
    done = subprocess.run([sys.executable, str(ROOT / "fuzz" / harness), f"-runs={runs}", "-seed=2026",
                           f"-artifact_prefix={tmp_path}/"], capture_output=True, text=True, timeout=600)
    assert done.returncode == 0, done.stderr[-3000:]
    assert f"Done {runs} runs" in done.stderr
