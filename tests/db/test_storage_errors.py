"""Storage failing under the user: a full disk (SQLite's real "database or disk is full", the database capped
with max_page_count) or a database locked by another program becomes a Vietnamese message, and nothing of the
half-done work is kept. (A read-only data folder: tests/services/test_setup.py.)"""

import sqlite3

import pytest
from openpyxl import Workbook
from sqlalchemy import event

from antt_desktop.errors import UserError
from antt_desktop.services.areas import areas
from antt_desktop.services.excel import excel_import
from tests.conftest import ADMIN_USER


def _cap_growth(database, spare_pages: int) -> None:
    """From now on the database file may grow by ``spare_pages`` pages only, as on a nearly full disk."""
    with sqlite3.connect(database.paths.database) as connection:
        limit = connection.execute("PRAGMA page_count").fetchone()[0] + spare_pages
    event.listen(database.engine, "connect",
                 lambda dbapi_connection, _record: dbapi_connection.execute(f"PRAGMA max_page_count = {limit}"))
    database.engine.dispose()  # the pooled connections reopen with the cap


def test_import_on_a_full_disk_says_so_and_keeps_the_data_as_it_was(database, tmp_path):
    before = len(areas.list_areas(database))
    workbook = Workbook()
    workbook.active.append(["Tên khu dân cư", "Loại", "Số nhân khẩu", "Số hộ"])
    for n in range(1, 3001):
        workbook.active.append([f"Thôn Bản Mới Có Tên Khá Dài Số {n}", "Thôn", 300 + n, 80 + n % 50])
    workbook.save(tmp_path / "kdc.xlsx")
    _cap_growth(database, spare_pages=5)
    with pytest.raises(UserError) as refused:
        excel_import.import_file(database, ADMIN_USER, "areas", tmp_path / "kdc.xlsx")
    assert refused.value.message == ("Ổ đĩa đã đầy nên không lưu được. Hãy giải phóng dung lượng rồi thử lại; "
                                     "dữ liệu cũ vẫn nguyên.")
    assert len(areas.list_areas(database)) == before
    with sqlite3.connect(database.paths.database) as connection:
        assert connection.execute("PRAGMA integrity_check").fetchone()[0] == "ok"


def test_a_database_held_by_another_program_says_so_and_saves_nothing(database):
    """Another window (or a copy program) keeps the file locked: after the busy wait the user is told why."""
    from antt_desktop.domain.areas import AreaInput

    holder = sqlite3.connect(database.paths.database, timeout=0)
    holder.execute("BEGIN EXCLUSIVE")
    try:
        with pytest.raises(UserError) as refused:
            areas.create_area(database, ADMIN_USER, AreaInput("Thôn Nà Liềm", population=800))
    finally:
        holder.rollback()
        holder.close()
    assert refused.value.message == ("Cơ sở dữ liệu đang bị một chương trình khác giữ. Hãy đóng cửa sổ ANTT Desktop "
                                     "khác rồi thử lại.")
    assert [a.name for a in areas.list_areas(database)] == []


def test_a_read_only_database_says_so_and_saves_nothing(database):
    """The file can be read but not written (a write-protected USB copy, a folder without write permission):
    SQLite's own "attempt to write a readonly database" becomes a message that says what to check."""
    from antt_desktop.domain.areas import AreaInput

    event.listen(database.engine, "connect",
                 lambda dbapi_connection, _record: dbapi_connection.execute("PRAGMA query_only = ON"))
    database.engine.dispose()
    with pytest.raises(UserError) as refused:
        areas.create_area(database, ADMIN_USER, AreaInput("Thôn Nà Liềm", population=800))
    assert refused.value.message == "Thư mục dữ liệu chỉ cho phép đọc nên không lưu được. Hãy kiểm tra quyền ghi."
    assert areas.list_areas(database) == []
