"""Fuzzing the readers of untrusted files: any input ends in a clear refusal, never a crash or a write."""

import zipfile

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from antt_desktop.errors import UserError
from antt_desktop.exchange import sync_package
from antt_desktop.exchange.excel_reader import read_table
from antt_desktop.services import stats, sync_import
from tests.conftest import ADMIN_USER

SETTINGS = settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])


@SETTINGS
@given(data=st.one_of(st.binary(max_size=400), st.binary(max_size=200).map(lambda b: sync_package.MAGIC + b),
                      st.binary(max_size=200).map(lambda b: sync_package.MAGIC + bytes([1]) + b)))
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
