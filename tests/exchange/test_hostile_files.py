"""Files handed to the commune by a careless user or an attacker: each refused whole with a Vietnamese
reason, exit 1, no traceback, and the data unchanged."""

from __future__ import annotations

import sqlite3
import uuid
import zipfile
from contextlib import closing

import pytest

from tests.cli_runner import antt
from tests.conftest import ADMIN, PASSWORD
from tests.xlsx_forge import areas_rows, forge, sheet_xml


def _refused(result) -> str:
    assert result.returncode == 1, (result.returncode, result.stderr)
    assert "Traceback" not in result.stderr
    line = result.stderr.strip()
    assert line.startswith("antt: ") and "\n" not in line, line
    return line


@pytest.mark.parametrize("kind", ["directory", "endless", "huge", "not-utf8"])
def test_a_password_file_that_is_no_password_is_refused_quickly(paths, tmp_path, kind):
    file = {"directory": tmp_path, "endless": "/dev/zero", "huge": tmp_path / "huge.txt",
            "not-utf8": tmp_path / "latin.txt"}[kind]
    if kind == "huge":
        file.write_bytes(b"a" * 5_000_000)
    if kind == "not-utf8":
        file.write_bytes(b"\xff\xfemat-khau\n")
    result = antt("--data-dir", paths.data_dir, "stats", as_user=None, timeout=30,
                  env={"ANTT_USER": ADMIN, "ANTT_PASSWORD_FILE": str(file)})
    line = _refused(result)
    assert "tệp mật khẩu" in line.lower()
    assert "Is a directory" not in line and "codec" not in line



def _rows(database_file) -> dict[str, int]:
    with closing(sqlite3.connect(f"file:{database_file}?mode=ro", uri=True)) as connection:
        tables = [r[0] for r in connection.execute("SELECT name FROM sqlite_master WHERE type = 'table'")]
        return {t: connection.execute(f'SELECT count(*) FROM "{t}"').fetchone()[0] for t in tables}


@pytest.mark.parametrize("hidden", [
    "CREATE TRIGGER keep_door AFTER UPDATE ON users BEGIN UPDATE users SET role = 'admin'; END",
    "CREATE VIEW everyone AS SELECT username FROM users",
])
def test_a_backup_of_this_pc_carrying_a_trigger_or_view_is_not_restored(paths, tmp_path, hidden):
    backup = tmp_path / "sao-luu.sqlite3"
    made = antt("--data-dir", paths.data_dir, "backup", "--out", backup, as_user=ADMIN, password=PASSWORD)
    assert made.returncode == 0, made.stderr
    with closing(sqlite3.connect(backup)) as connection:
        connection.execute(hidden)
        connection.commit()
    before = _rows(paths.database)
    line = _refused(antt("--data-dir", paths.data_dir, "restore", backup, as_user=ADMIN, password=PASSWORD))
    assert "không khôi phục" in line.lower()
    with closing(sqlite3.connect(paths.database)) as connection:
        assert connection.execute("SELECT count(*) FROM sqlite_master WHERE type IN ('trigger', 'view')"
                                  ).fetchone()[0] == 0
    after = _rows(paths.database)
    assert after.pop("audit_log") >= before.pop("audit_log")  # the refusal may be written to the trail
    assert after == before


ODS_CONTENT = (
    '<?xml version="1.0" encoding="UTF-8"?><office:document-content '
    'xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" '
    'xmlns:table="urn:oasis:names:tc:opendocument:xmlns:table:1.0" '
    'xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0" office:version="1.2">'
    '<office:body><office:spreadsheet><table:table table:name="Danh sách"><table:table-row>'
    + "".join(f'<table:table-cell office:value-type="string"><text:p>{h}</text:p></table:table-cell>'
              for h in ("STT", "Tên khu dân cư", "Số hộ"))
    + '</table:table-row><table:table-row table:number-rows-repeated="3000"><table:table-cell '
    'office:value-type="string" table:number-columns-repeated="2000"><text:p>Thôn Ma</text:p></table:table-cell>'
    '</table:table-row></table:table></office:spreadsheet></office:body></office:document-content>')
ODS_MANIFEST = """<?xml version="1.0" encoding="UTF-8"?>
<manifest:manifest xmlns:manifest="urn:oasis:names:tc:opendocument:xmlns:manifest:1.0">
<manifest:file-entry manifest:full-path="/" manifest:media-type="application/vnd.oasis.opendocument.spreadsheet"/>
<manifest:file-entry manifest:full-path="content.xml" manifest:media-type="text/xml"/></manifest:manifest>"""


def _ods(path, with_xlsx_parts: bool = False):
    """A spreadsheet whose few bytes repeat one cell 6,000,000 times (ODS's number-rows/columns-repeated)."""
    if with_xlsx_parts:  # an .xlsx that also carries an ODS content part, named .ods
        forge(path, sheet_xml(areas_rows(1)), extra=[("mimetype", b"application/vnd.oasis.opendocument.spreadsheet"),
                                                     ("META-INF/manifest.xml", ODS_MANIFEST.encode()),
                                                     ("content.xml", ODS_CONTENT.encode())])
        return path
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as archive:
        archive.writestr("mimetype", "application/vnd.oasis.opendocument.spreadsheet")
        archive.writestr("META-INF/manifest.xml", ODS_MANIFEST)
        archive.writestr("content.xml", ODS_CONTENT)
    return path


@pytest.mark.parametrize("name, with_xlsx_parts", [("khu.ods", False), ("khu.xlsx", False), ("khu.ods", True)])
def test_an_opendocument_spreadsheet_is_refused_before_its_repeated_cells_are_expanded(paths, tmp_path, name,
                                                                                      with_xlsx_parts):
    book = _ods(tmp_path / name, with_xlsx_parts)
    before = _rows(paths.database)
    result = antt("--data-dir", paths.data_dir, "import-excel", "areas", book, as_user=ADMIN, password=PASSWORD)
    if with_xlsx_parts:  # read as the .xlsx it is: its one area, never the ODS part's 6,000,000 cells
        assert result.returncode == 0, result.stderr
        assert _rows(paths.database)["residential_areas"] == before["residential_areas"] + 1
        return
    line = _refused(result)
    assert f"Tệp {name} là bảng tính OpenDocument (.ods); phần mềm chỉ nhập tệp Excel" in line
    assert "Lưu thành… (Save As) dạng Excel (.xlsx)" in line
    after = _rows(paths.database)
    assert after.pop("audit_log") >= before.pop("audit_log")
    assert after == before


@pytest.mark.parametrize("command", [
    ["backup", "--out", "{db}"],
    ["export-excel", "areas", "{db}"],
    ["template", "areas", "{db}"],
    ["report", "mo-hinh", "--year", "2026", "--format", "xlsx", "--out", "{db}"],
    ["keys", "export", "--out", "{db}"],
    ["export-excel", "areas", "{settings}"],
    ["export-excel", "areas", "{db}-wal"],
])
def test_no_output_is_written_over_the_data_folders_own_files(paths, command):
    files = {"db": paths.database, "settings": paths.settings}
    args = [part.format(**files) for part in command]
    paths.settings.write_text('{"theme": "light"}', encoding="utf-8")
    kept = {name: path.read_bytes() for name, path in files.items()}
    line = _refused(antt("--data-dir", paths.data_dir, *args, as_user=ADMIN, password=PASSWORD))
    assert "dữ liệu" in line and "chọn tệp khác" in line
    assert {name: path.read_bytes() for name, path in files.items()} == kept
    assert not paths.database.with_name(paths.database.name + "-wal").exists() or "-wal" not in args[-1]


def test_the_window_cannot_save_a_workbook_or_report_over_the_database_either(database, paths):
    from antt_desktop.errors import UserError
    from antt_desktop.services.excel import excel_export
    from antt_desktop.services.reports import reports
    from tests.conftest import ADMIN_USER

    kept = paths.database.read_bytes()
    for save in (lambda: excel_export.export_kind(database, ADMIN_USER, "areas", paths.database),
                 lambda: reports.render(database, ADMIN_USER, "mo-hinh", 2026, "xlsx", paths.database)):
        with pytest.raises(UserError, match="tệp dữ liệu của ANTT Desktop"):
            save()
    assert paths.database.read_bytes() == kept


def test_a_cccd_in_other_digits_is_stored_in_plain_digits_or_refused_never_a_traceback(paths, tmp_path):
    from datetime import date

    from openpyxl import Workbook

    from antt_desktop.domain.cccd import validate_cccd
    from antt_desktop.errors import UserError

    assert validate_cccd("0010８５０１２３４５", "nam", date(1985, 1, 1)) == "001085012345"  # full-width, typed
    assert validate_cccd("001２８５０１２３４５", "nam", date(2085, 1, 1)) == "001285012345"
    for other in ("٠٠١٠٨٥٠١٢٣٤٥", "001০85012345"):  # Arabic-Indic, Bengali
        with pytest.raises(UserError, match="không phải chữ số"):
            validate_cccd(other, "nam", date(1985, 1, 1))
    book = Workbook()
    book.active.append(["STT", "Họ và tên", "Giới tính", "Ngày sinh", "Số CCCD", "Khu dân cư", "Chức danh",
                        "Lực lượng"])
    book.active.append([1, "Trần Văn Hỏng", "Nam", "01/01/1985", "001০85012345", "Thôn Một", "Tổ viên",
                        "Tổ bảo vệ ANTT"])
    book.save(tmp_path / "cccd.xlsx")
    before = _rows(paths.database)
    result = antt("--data-dir", paths.data_dir, "import-excel", "members", tmp_path / "cccd.xlsx", as_user=ADMIN,
                  password=PASSWORD)
    assert result.returncode == 1 and "Traceback" not in result.stderr, result.stderr
    assert "dữ liệu giữ nguyên" in result.stderr and "không phải chữ số" in result.stderr
    after = _rows(paths.database)
    assert after.pop("audit_log") >= before.pop("audit_log")
    assert after == before


@pytest.mark.parametrize("households", ["²", "①", "¹²"])
def test_a_number_in_superscript_or_circled_digits_is_a_row_error_not_a_traceback(paths, tmp_path, households):
    from openpyxl import Workbook

    book = Workbook()
    book.active.append(["STT", "Tên khu dân cư", "Số hộ"])
    book.active.append([1, "Thôn Mới", households])
    book.save(tmp_path / "khu.xlsx")
    before = _rows(paths.database)
    result = antt("--data-dir", paths.data_dir, "import-excel", "areas", tmp_path / "khu.xlsx", as_user=ADMIN,
                  password=PASSWORD)
    assert result.returncode == 1 and "Traceback" not in result.stderr, result.stderr
    assert f"Số hộ “{households}” không phải là số" in result.stderr
    after = _rows(paths.database)
    assert after.pop("audit_log") >= before.pop("audit_log")
    assert after == before


def test_a_year_in_superscript_digits_is_a_date_error_not_a_traceback():
    from antt_desktop.errors import UserError
    from antt_desktop.exchange.cell_values import day

    with pytest.raises(UserError):
        day("²⁰²⁴", "Ngày sinh")


def test_a_backup_whose_schema_version_lies_is_refused_and_the_live_data_stays(paths, tmp_path):
    backup = tmp_path / "sao-luu-cu.sqlite3"
    made = antt("--data-dir", paths.data_dir, "backup", "--out", backup, as_user=ADMIN, password=PASSWORD)
    assert made.returncode == 0, made.stderr
    with closing(sqlite3.connect(backup)) as connection:  # tables of today, a version that says 0012
        connection.execute("UPDATE alembic_version SET version_num = '0012'")
        connection.commit()
    before = _rows(paths.database)
    line = _refused(antt("--data-dir", paths.data_dir, "restore", backup, as_user=ADMIN, password=PASSWORD))
    assert "không khôi phục" in line.lower()
    after = _rows(paths.database)
    assert after.pop("audit_log") >= before.pop("audit_log")
    assert after == before
    still = antt("--data-dir", paths.data_dir, "stats", as_user=ADMIN, password=PASSWORD)
    assert still.returncode == 0, still.stderr


def test_a_database_whose_schema_version_lies_is_refused_in_one_line_not_a_traceback(paths):
    with closing(sqlite3.connect(paths.database)) as connection:
        connection.execute("UPDATE alembic_version SET version_num = '0012'")
        connection.commit()
    before = _rows(paths.database)
    line = _refused(antt("--data-dir", paths.data_dir, "stats", as_user=ADMIN, password=PASSWORD))
    assert "nâng cấp" in line and "sao lưu" in line
    assert _rows(paths.database) == before
    assert list(paths.backups.glob("truoc-nang-cap-*.sqlite3"))


def _key_file(tmp_path, name: str, content: bytes):
    path = tmp_path / name
    path.write_bytes(content)
    return path


@pytest.mark.parametrize("kind", ["endless", "nested", "list", "large", "long-code"])
def test_a_hostile_key_file_is_refused_quickly_with_the_keys_unchanged(paths, tmp_path, kind):
    import base64
    import json

    key = base64.b64encode(bytes(32)).decode()
    file = {
        "endless": lambda: "/dev/zero",
        "nested": lambda: _key_file(tmp_path, "k.json", b"[" * 100_000 + b"]" * 100_000),
        "list": lambda: _key_file(tmp_path, "k.json", b"[1, 2]"),
        "large": lambda: _key_file(tmp_path, "k.json", b" " * 3_000_000 + b"{}"),
        "long-code": lambda: _key_file(tmp_path, "k.json", json.dumps({
            "kind": "antt-public-key", "unit_code": "9" * 5000, "unit_name": "x" * 100_000,
            "signing_public": key, "encryption_public": key}).encode()),
    }[kind]()
    before = _rows(paths.database)
    line = _refused(antt("--data-dir", paths.data_dir, "keys", "import", file, as_user=ADMIN, password=PASSWORD,
                         timeout=60))
    assert "khóa công khai" in line
    after = _rows(paths.database)
    assert after.pop("audit_log") >= before.pop("audit_log")
    assert after == before


def test_an_endless_device_given_as_a_workbook_is_refused_at_once(paths):
    before = _rows(paths.database)
    line = _refused(antt("--data-dir", paths.data_dir, "import-excel", "areas", "/dev/zero", as_user=ADMIN,
                         password=PASSWORD, timeout=60))
    assert "không phải tệp" in line
    assert _rows(paths.database)["residential_areas"] == before["residential_areas"]


@pytest.mark.parametrize("born", ["30/12/1899", "01/01/1800", "01/01/0001"])
def test_a_member_born_more_than_120_years_ago_is_refused(born):
    from datetime import date

    from antt_desktop.domain.dates import parse_date
    from antt_desktop.domain.members import MemberInput
    from antt_desktop.errors import UserError

    member = MemberInput(full_name="Lê Văn Cụ", gender="nam", birth_date=parse_date(born), team_id=uuid.uuid4(),
                         role="to-vien", start_date=None)
    with pytest.raises(UserError, match="120 tuổi"):
        member.validated(today=date(2026, 12, 1))


def test_control_and_bidi_characters_from_a_workbook_are_not_stored_and_exports_still_work(paths, tmp_path):
    from tests.xlsx_forge import AREA_HEADER, row

    # OOXML's _xHHHH_ escape lets a cell carry control characters that XML itself cannot; U+202E reverses text
    book = forge(tmp_path / "khu.xlsx", sheet_xml([row(1, AREA_HEADER),
                                                   row(2, [1, "Thôn_x0001_Điều_x001B_Khiển\u202eexe.pdf", 5])]))
    imported = antt("--data-dir", paths.data_dir, "import-excel", "areas", book, as_user=ADMIN, password=PASSWORD)
    assert imported.returncode == 0, imported.stderr
    with closing(sqlite3.connect(paths.database)) as connection:
        (name,) = connection.execute("SELECT name FROM residential_areas").fetchone()
    assert name == "ThônĐiềuKhiểnexe.pdf"
    for args in (["export-excel", "areas", tmp_path / "khu-ra.xlsx"],
                 ["report", "luc-luong-dia-ban", "--year", "2026", "--format", "docx", "--out", tmp_path / "bc.docx"]):
        done = antt("--data-dir", paths.data_dir, *args, as_user=ADMIN, password=PASSWORD)
        assert done.returncode == 0, done.stderr


def _nameless_last_entry(path):
    """The last entry ("Q") renamed to "" in its local header and the central directory (zipfile cannot write it)."""
    import struct

    data = bytearray(path.read_bytes())
    local = data.rfind(b"PK\x03\x04")
    assert data[local + 30:local + 31] == b"Q"
    struct.pack_into("<H", data, local + 26, 0)
    del data[local + 30]
    central = data.rfind(b"PK\x01\x02")
    assert data[central + 46:central + 47] == b"Q"
    struct.pack_into("<H", data, central + 28, 0)
    del data[central + 46]
    end = data.rfind(b"PK\x05\x06")
    size, offset = struct.unpack_from("<II", data, end + 12)
    struct.pack_into("<II", data, end + 12, size - 1, offset - 1)
    path.write_bytes(bytes(data))
    return path


def test_a_workbook_with_a_nameless_part_is_refused_not_a_traceback(paths, tmp_path):
    book = _nameless_last_entry(forge(tmp_path / "khu.xlsx", sheet_xml(areas_rows(1)), extra=[("Q", b"x")]))
    before = _rows(paths.database)
    result = antt("--data-dir", paths.data_dir, "import-excel", "areas", book, as_user=ADMIN, password=PASSWORD)
    assert "Traceback" not in result.stderr and result.returncode in (0, 1), result.stderr
    if result.returncode == 1:
        assert _rows(paths.database)["residential_areas"] == before["residential_areas"]


def test_a_zip_that_the_bounds_check_cannot_open_is_not_read_without_it(paths, tmp_path):
    import struct

    book = forge(tmp_path / "khu.xlsx", sheet_xml(areas_rows(1)))
    data = bytearray(book.read_bytes())
    central = data.find(b"PK\x01\x02")
    struct.pack_into("<H", data, central + 6, 237)  # "needs zip version 23.7": Python's zipfile gives up
    book.write_bytes(bytes(data))
    before = _rows(paths.database)
    line = _refused(antt("--data-dir", paths.data_dir, "import-excel", "areas", book, as_user=ADMIN,
                         password=PASSWORD))
    assert "không phải tệp Excel (.xlsx, .xls)" in line
    assert _rows(paths.database)["residential_areas"] == before["residential_areas"]


def test_the_error_report_is_never_written_over_the_workbook_being_imported(paths, tmp_path):
    from openpyxl import Workbook

    book = Workbook()
    book.active.append(["STT", "Tên khu dân cư", "Số hộ"])
    book.active.append([1, "Thôn Mới", "nhiều"])
    source = tmp_path / "khu.xlsx"
    book.save(source)
    kept = source.read_bytes()
    line = _refused(antt("--data-dir", paths.data_dir, "import-excel", "areas", source, "--error-report",
                         tmp_path / "." / "khu.xlsx", as_user=ADMIN, password=PASSWORD))
    assert "tệp đang nhập" in line
    assert source.read_bytes() == kept


def test_the_window_cannot_save_the_error_list_over_the_workbook_being_imported(database, tmp_path):
    from openpyxl import Workbook

    from antt_desktop.errors import UserError
    from antt_desktop.services.excel import excel_export
    from antt_desktop.services.excel.excel_import import import_file
    from tests.conftest import ADMIN_USER

    book = Workbook()
    book.active.append(["STT", "Tên khu dân cư", "Số hộ"])
    book.active.append([1, "Thôn Mới", "nhiều"])
    source = tmp_path / "khu.xlsx"
    book.save(source)
    kept = source.read_bytes()
    table, report = import_file(database, ADMIN_USER, "areas", source, dry_run=True)
    assert report.errors
    with pytest.raises(UserError, match="tệp đang nhập"):
        excel_export.error_report(table, report, tmp_path / "." / "khu.xlsx", source)
    assert source.read_bytes() == kept
