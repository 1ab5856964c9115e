"""Hostile workbooks: a few bytes that claim huge sheets, merged ranges or strings are answered at once —
read for what they really hold, or refused whole with the limit named — and nothing is written."""

import time
import zipfile

import pytest

from antt_desktop.errors import UserError
from antt_desktop.services.areas import areas
from antt_desktop.services.excel.excel_import import import_file
from tests import cli_runner
from tests.conftest import ADMIN_USER
from tests.xlsx_forge import areas_rows, cell, forge, row, sheet_xml

QUICK = 10  # seconds: every answer here must come at once


def _import(database, path):
    start = time.perf_counter()
    try:
        return import_file(database, ADMIN_USER, "areas", path)
    finally:
        assert time.perf_counter() - start < QUICK


def _refused(database, path, *words):
    with pytest.raises(UserError) as caught:
        _import(database, path)
    for word in words:
        assert word in caught.value.message
    assert areas.list_areas(database) == []  # nothing written
    return caught.value.message


def test_a_huge_merged_range_costs_nothing_and_the_table_is_read(database, tmp_path):
    path = forge(tmp_path / "gop.xlsx", sheet_xml(areas_rows(), ["D3:Z200000"]))
    assert path.stat().st_size < 3000
    _, report = _import(database, path)
    assert report.errors == [] and report.counts["created"] == 2
    assert sorted(a.name for a in areas.list_areas(database)) == ["Thôn Số 1", "Thôn Số 2"]


def test_merging_the_whole_sheet_is_answered_at_once(database, tmp_path):
    path = forge(tmp_path / "gop-ca-trang.xlsx", sheet_xml(areas_rows(), ["A1:XFD1048576"]))
    _refused(database, path, "Không tìm thấy bảng dữ liệu")  # every cell shows “STT”, as in Excel


def test_a_declared_dimension_is_not_believed(database, tmp_path):
    path = forge(tmp_path / "kich-thuoc.xlsx", sheet_xml(areas_rows(), dimension="A1:XFD1048576"))
    _, report = _import(database, path)
    assert report.counts["created"] == 2


def test_one_cell_at_the_last_row_is_refused_naming_the_row_limit(database, tmp_path):
    path = forge(tmp_path / "dong-cuoi.xlsx", sheet_xml(areas_rows() + [row(1048576, ["x"], "C")]))
    _refused(database, path, "1.048.576", "200.000 dòng", "không nhập")


def test_a_cell_far_to_the_right_is_refused_naming_the_cell_limit(database, tmp_path):
    far = f'<row r="300">{cell("XFD300", "x")}</row>'
    path = forge(tmp_path / "cot-xa.xlsx", sheet_xml(areas_rows() + [far]))
    _refused(database, path, "16.384 cột", "4.000.000 ô")


def test_too_many_real_rows_are_refused(database, tmp_path):
    rows = areas_rows(0) + [f'<row r="{n}"><c r="B{n}"><v>{n}</v></c></row>' for n in range(2, 200_003)]
    path = forge(tmp_path / "trieu-dong.xlsx", sheet_xml(rows))
    _refused(database, path, "200.000 dòng")


def test_a_shared_string_repeated_in_every_cell_is_refused(database, tmp_path):
    strings = ('<sst xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><si><t>'
               + "Nà Liềm " * 4000 + "</t></si></sst>")
    cells = [f'<row r="{n}"><c r="B{n}" t="s"><v>0</v></c></row>' for n in range(2, 9000)]
    path = forge(tmp_path / "chuoi.xlsx", sheet_xml(areas_rows(0) + cells), shared_strings=strings)
    assert path.stat().st_size < 200_000
    _refused(database, path, "256 MiB")


def test_a_shared_strings_bomb_is_refused(database, tmp_path):
    strings = ('<sst xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">'
               + "<si><t>a</t></si>" * 2_100_000 + "</sst>")
    path = forge(tmp_path / "bom-chuoi.xlsx", sheet_xml(areas_rows()), shared_strings=strings)
    _refused(database, path, "không nhập")


def test_too_many_merged_ranges_are_refused(database, tmp_path):
    merges = [f"A{n}:B{n}" for n in range(10, 10_012)]
    path = forge(tmp_path / "nhieu-gop.xlsx", sheet_xml(areas_rows(), merges))
    _refused(database, path, "10.002 vùng gộp ô", "10.000")


def test_a_part_that_inflates_a_thousandfold_is_refused(database, tmp_path):
    path = forge(tmp_path / "nen.xlsx", sheet_xml(areas_rows()), extra=[("xl/media/x.xml", b"\0" * 20 * 2**20)])
    _refused(database, path, "nén hơn 100 lần")


def test_a_zip_of_thousands_of_parts_is_refused(database, tmp_path):
    path = forge(tmp_path / "nhieu-phan.xlsx", sheet_xml(areas_rows()),
                 extra=[(f"xl/x{n}.xml", b"<a/>") for n in range(1_001)])
    _refused(database, path, "1.000")


def test_a_damaged_part_is_refused(database, tmp_path):
    path = forge(tmp_path / "hong.xlsx", sheet_xml(areas_rows(50)))
    data = bytearray(path.read_bytes())
    with zipfile.ZipFile(path) as archive:
        info = archive.getinfo("xl/worksheets/sheet1.xml")
    start = info.header_offset + 30 + len(info.filename) + 10
    data[start:start + 40] = b"\xff" * 40
    path.write_bytes(bytes(data))
    _refused(database, path, "Không đọc được tệp hong.xlsx")


def test_the_command_line_refuses_a_bomb_in_one_vietnamese_line(tmp_path):
    data = tmp_path / "d"
    def antt(*args):
        return cli_runner.antt(*args, "--data-dir", data)
    assert antt("init", "--level", "commune", "--unit-code", "02269", *cli_runner.admin_args()).returncode == 0
    path = forge(tmp_path / "dong-cuoi.xlsx", sheet_xml(areas_rows() + [row(1048576, ["x"], "C")]))
    result = antt("import-excel", "areas", path, "--dry-run")
    assert result.returncode == 1
    assert "200.000 dòng" in result.stderr and "Traceback" not in result.stderr
    assert len(result.stderr.strip().splitlines()) == 1
    assert '"areas": 0' in antt("stats", "--json").stdout


def test_a_large_table_is_parsed_again_while_written_with_the_same_result(database, tmp_path, monkeypatch):
    from antt_desktop.services.excel import excel_import

    monkeypatch.setattr(excel_import, "KEEP_PARSED_UP_TO", 1)  # as for a table of more than 20,000 rows
    path = forge(tmp_path / "kdc.xlsx", sheet_xml(areas_rows(30)))
    _, report = _import(database, path)
    assert (report.errors, report.counts["created"]) == ([], 30)
    assert len(areas.list_areas(database)) == 30
