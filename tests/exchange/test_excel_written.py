"""What a members import writes: stamped records that travel in the next package, one audit entry per record in
an unbroken chain, no value the workbook did not give."""

from datetime import date

import pytest
from openpyxl import Workbook
from sqlalchemy import func, select

from antt_desktop.db.audit import verify_chain
from antt_desktop.db.forces import ForceMember, MemberEvent
from antt_desktop.db.models import AuditEntry, Installation
from antt_desktop.domain.areas import AreaInput
from antt_desktop.errors import UserError
from antt_desktop.exchange.excel_reader import read_table
from antt_desktop.services.areas import areas
from antt_desktop.services.excel import excel_import
from antt_desktop.services.excel.excel_import import import_file
from antt_desktop.services.sync import sync, sync_import
from tests.conftest import ADMIN_USER, exchange_keys

pytestmark = pytest.mark.both_storages

HEADINGS = ["STT", "Họ và tên", "Giới tính", "Ngày sinh", "Số CCCD", "Thôn", "Chức danh", "Dân tộc", "Tôn giáo"]
ROWS = [
    ["Nguyễn Văn An", "Nam", date(1985, 4, 2), "008085012345", "Nà Liềm", "Tổ trưởng", "Tày", "Phật giáo"],
    ["Hà Thị Lan", "Nữ", date(1990, 5, 3), "", "Nà Liềm", "Tổ phó", None, None],
    ["Ma Văn Hùng", "Nam", date(1979, 1, 1), "", "Nà Liềm", "Tổ viên", "", "  "],
]


def _book(path, rows=ROWS):
    workbook = Workbook()
    sheet = workbook.active
    sheet.append(HEADINGS)
    for number, row in enumerate(rows, start=1):
        sheet.append([number, *row])
    workbook.save(path)
    return path


@pytest.fixture
def area(database):
    return areas.create_area(database, ADMIN_USER, AreaInput("Thôn Nà Liềm"))


def test_imported_members_are_stamped_audited_and_travel_in_the_next_package(database, province, area, tmp_path):
    exchange_keys(database, province, tmp_path)
    first = sync.export_package(database, ADMIN_USER, tmp_path / "p1.anttsync")
    sync_import.import_files(province, ADMIN_USER, [first.path])
    _, report = import_file(database, ADMIN_USER, "members", _book(tmp_path / "ds.xlsx"))
    assert report.counts["created"] == 3
    with database.session() as session:
        installation = session.scalar(select(Installation))
        members = session.scalars(select(ForceMember)).all()
        events = session.scalars(select(MemberEvent)).all()
        assert {(m.owner_unit, m.changed_by, m.deleted_at) for m in members} == {("02269", installation.id, None)}
        assert len({m.version for m in members + events}) == 6 and all(m.created_at for m in members)
        assert max(m.version for m in members + events) <= installation.clock
        assert sorted((e.member_id, e.category, e.content) for e in events) == sorted(
            (m.id, "Bắt đầu tham gia", "Nhập từ Excel") for m in members)
        created = dict(session.execute(select(AuditEntry.kind, func.count()).where(AuditEntry.action == "create")
                                       .group_by(AuditEntry.kind)).all())
        assert (created["force_members"], created["member_events"]) == (3, 3)
        names = set(session.scalars(select(AuditEntry.summary).where(AuditEntry.kind == "force_members")))
        assert {"Nguyễn Văn An", "Hà Thị Lan", "Ma Văn Hùng"} <= names
        assert session.scalar(select(AuditEntry.action).order_by(AuditEntry.seq.desc()).limit(1)) == "import"
        assert verify_chain(session) is None
    second = sync.export_package(database, ADMIN_USER, tmp_path / "p2.anttsync")
    assert second.records >= 6  # the three members, their three timeline entries, the new team
    [outcome] = sync_import.import_files(province, ADMIN_USER, [second.path])
    assert outcome.state == "imported", outcome.message
    with province.session() as session:
        arrived = {m.full_name for m in session.scalars(select(ForceMember))}
        assert arrived == {"Nguyễn Văn An", "Hà Thị Lan", "Ma Văn Hùng"}
        assert session.scalar(select(func.count()).select_from(MemberEvent)) == 3


def test_an_empty_ethnicity_or_religion_stays_empty_as_in_the_member_form(database, area, tmp_path):
    import_file(database, ADMIN_USER, "members", _book(tmp_path / "ds.xlsx"))
    with database.session() as session:
        found = {m.full_name: (m.ethnicity, m.religion) for m in session.scalars(select(ForceMember))}
    assert found == {"Nguyễn Văn An": ("Tày", "Phật giáo"), "Hà Thị Lan": ("", ""), "Ma Văn Hùng": ("", "")}


def test_a_person_written_twice_in_one_file_is_added_then_updated(database, area, tmp_path):
    twice = [*ROWS, ["Hà Thị Lan", "Nữ", date(1990, 5, 3), "", "Nà Liềm", "Tổ phó", "Nùng", None]]
    _, report = import_file(database, ADMIN_USER, "members", _book(tmp_path / "ds.xlsx", twice))
    assert (report.counts["created"], report.counts["updated"]) == (3, 1)
    with database.session() as session:
        lan = session.scalars(select(ForceMember).where(ForceMember.full_name == "Hà Thị Lan")).all()
        assert [m.ethnicity for m in lan] == ["Nùng"]
        assert session.scalar(select(func.count()).select_from(AuditEntry).where(
            AuditEntry.kind == "force_members", AuditEntry.action == "update")) == 1
        assert verify_chain(session) is None


def test_importing_the_list_again_updates_only_what_changed(database, area, tmp_path):
    import_file(database, ADMIN_USER, "members", _book(tmp_path / "ds.xlsx"))
    changed = [ROWS[0], ROWS[1][:6] + ["Dao", None], ROWS[2]]
    _, report = import_file(database, ADMIN_USER, "members", _book(tmp_path / "again.xlsx", changed))
    assert (report.counts["created"], report.counts["updated"]) == (0, 3)
    with database.session() as session:
        found = {m.full_name: m.ethnicity for m in session.scalars(select(ForceMember))}
        updates = session.scalars(select(AuditEntry.summary).where(
            AuditEntry.kind == "force_members", AuditEntry.action == "update")).all()
    assert found == {"Nguyễn Văn An": "Tày", "Hà Thị Lan": "Dao", "Ma Văn Hùng": ""}
    assert updates == ["Hà Thị Lan – sửa dân tộc"]


def test_an_import_cancelled_after_some_rows_were_written_leaves_nothing(database, area, tmp_path, monkeypatch):
    monkeypatch.setattr(excel_import, "FLUSH_EVERY", 1)  # each row written as soon as it is converted
    table = read_table(_book(tmp_path / "ds.xlsx"), "members")
    with database.session() as session:
        before = (session.scalar(select(func.count()).select_from(AuditEntry)),
                  session.scalar(select(Installation.clock)))
    asked = []
    with pytest.raises(UserError, match="Đã hủy nhập theo yêu cầu; dữ liệu giữ nguyên"):
        excel_import.run_import(database, ADMIN_USER, "members", table,
                                cancelled=lambda: asked.append(1) or len(asked) > len(ROWS) + 2)
    with database.session() as session:
        assert session.scalar(select(func.count()).select_from(ForceMember)) == 0
        assert session.scalar(select(func.count()).select_from(MemberEvent)) == 0
        assert (session.scalar(select(func.count()).select_from(AuditEntry)),
                session.scalar(select(Installation.clock))) == before
