"""Every value of a package bounded before use, tried as an attacker would with packages forged from
docs/sync-format.md: each hostile package is refused whole with a Vietnamese reason (`antt sync import` exits 1),
the refusal is in the audit trail, the province's data is what the good package given with it makes, to the byte."""

from __future__ import annotations

import json
import os
import shutil
import uuid
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest
from cryptography.hazmat.primitives.asymmetric.x25519 import X25519PublicKey
from sqlalchemy import select

from antt_desktop.config import resolve_paths
from antt_desktop.db import migrate
from antt_desktop.db.models import AuditEntry, ResidentialArea
from antt_desktop.domain.areas import AreaInput
from antt_desktop.domain.text import collation_key
from antt_desktop.domain.units import Level
from antt_desktop.exchange import sync_limits
from antt_desktop.services.admin.setup import SetupRequest, initialize
from antt_desktop.services.areas import areas
from antt_desktop.services.database import open_database
from antt_desktop.services.sync import sync, sync_import, sync_keys
from antt_desktop.services.sync.sync_records import TABLES
from tests import package_forge as forge
from tests.cli_runner import antt_at
from tests.conftest import ADMIN, ADMIN_USER, PASSWORD

NOW = datetime.now(UTC)
HLC_NOW = int(NOW.timestamp() * 1000) << 16


class World:
    """A province and a commune that registered each other's keys, the commune's good package (seq 1), and the
    province's tables as that package alone leaves them."""

    def __init__(self, base: Path) -> None:
        self.base = base
        setup = {"admin_user": ADMIN, "admin_password": PASSWORD}
        province = initialize(resolve_paths(base / "tinh"), SetupRequest(Level.PROVINCE, "08", **setup))
        commune = initialize(resolve_paths(base / "xa"), SetupRequest(Level.COMMUNE, "02269", **setup))
        for source, target, name in ((province, commune, "tinh.key"), (commune, province, "xa.key")):
            sync_keys.export_public_key(source, base / name)
            sync_keys.import_public_key(target, ADMIN_USER, base / name)
        for name in ("Thôn Nà Liềm", "Thôn Khuổi Phầy"):
            areas.create_area(commune, ADMIN_USER, AreaInput(name))
        self.good = sync.export_package(commune, ADMIN_USER, base / "good.anttsync", full=True).path
        keys, upper = sync_keys.own_keys(commune), sync_keys.own_keys(province)
        self.signer, self.installation = keys.signing, str(commune.installation().id)
        self.recipient = X25519PublicKey.from_public_bytes(forge.raw_public(upper.encryption))
        self.province_signer, self.province_installation = upper.signing, str(province.installation().id)
        self.commune_recipient = X25519PublicKey.from_public_bytes(forge.raw_public(keys.encryption))
        commune.close()
        province.close()
        self.password_file = base / "mat-khau.txt"
        self.password_file.write_text(PASSWORD, encoding="utf-8")
        reference = self.province_copy(base / "ref")
        database = open_database(reference)
        sync_import.import_files(database, ADMIN_USER, [self.good])
        self.good_receipt = sync.make_receipt(database, ADMIN_USER, base / "bien-nhan.anttsync", to="02269")
        database.close()
        self.expected = tables_of(reference)

    def province_copy(self, target: Path):  # noqa: ANN201
        shutil.copytree(self.base / "tinh", target)
        return resolve_paths(target)

    def commune_copy(self, target: Path):  # noqa: ANN201
        shutil.copytree(self.base / "xa", target)
        return resolve_paths(target)

    def header(self, **changes: object) -> dict:
        return forge.header_for(self.signer, "02269", self.installation, "08",
                                **{"seq": 2, "schema": migrate.head_revision(), "created": NOW.isoformat(), **changes})

    def package(self, records: dict[str, list[dict]] | None = None, header: dict | bytes | None = None,
                payload: bytes | None = None, **options: object) -> bytes:
        """A package of the commune's installation signed with its registered key, for the province."""
        body = payload if payload is not None else forge.table_lines(records or {"residential_areas": [area()]})
        return forge.forge(header if header is not None else self.header(), body, self.signer, self.recipient,
                           **options)

    def area(self, **changes: object) -> dict:
        return area(self.installation, **changes)


def area(installation: str = "", **changes: object) -> dict:
    """A well-formed residential area of the commune, with ``changes``."""
    row = {"id": str(uuid.uuid4()), "owner_unit": "02269", "version": HLC_NOW, "changed_by": installation
           or str(uuid.uuid4()), "created_at": NOW.isoformat(), "updated_at": NOW.isoformat(), "deleted_at": None,
           "name": "Thôn Giả", "kind": "Thôn", "search_key": "thon gia", "sort_key": "x", "population": 100,
           "households": 20, "key_notes": "", "notes": ""}
    row.update(changes)
    return row


def tables_of(paths) -> dict[str, list[tuple]]:  # noqa: ANN001
    database = open_database(paths)
    with database.engine.connect() as connection:
        found = {name: [tuple(row) for row in connection.execute(select(table).order_by(table.c.id))]
                 for name, table in TABLES.items()}
    database.close()
    return found


def refusals(paths, file_name: str) -> list[str]:  # noqa: ANN001
    database = open_database(paths)
    with database.factory() as session:
        found = list(session.scalars(select(AuditEntry.summary).where(AuditEntry.action == "refuse",
                                                                      AuditEntry.record_id == file_name)))
    database.close()
    return found


@pytest.fixture(scope="module")
def world(tmp_path_factory: pytest.TempPathFactory) -> World:
    return World(tmp_path_factory.mktemp("bounds"))



def assert_refused_beside_the_good_one(world: World, tmp_path: Path, data: bytes, reason: str) -> None:
    """`antt sync import BAD GOOD`: exit 1 naming the reason, the good package imported, the tables exactly as
    the good package alone makes them, the refusal in the audit trail."""
    province = world.province_copy(tmp_path / "tinh")
    bad = tmp_path / "xau.anttsync"
    bad.write_bytes(data)
    result = antt_at(province.data_dir, "sync", "import", bad, world.good)
    assert result.returncode == 1, result.stdout + result.stderr
    assert reason in result.stderr and "xau.anttsync" in result.stderr
    assert "Traceback" not in result.stderr
    assert "good.anttsync: gói số 1 của" in result.stdout
    assert tables_of(province) == world.expected
    [audited] = refusals(province, "xau.anttsync")
    assert reason in audited


def deep_json(depth: int) -> str:
    return "[" * depth + "]" * depth


VERSION_AHEAD = ((int((NOW + timedelta(days=3)).timestamp() * 1000)) << 16)


@pytest.mark.parametrize(("changes", "reason"), [
    ({"version": 2**63 - 1}, "(phiên bản) vượt quá đồng hồ máy này"),
    ({"version": VERSION_AHEAD}, "(phiên bản) vượt quá đồng hồ máy này"),
    ({"version": -1}, "(phiên bản) vượt quá đồng hồ máy này"),
    ({"name": "T" * 121}, "trường “name” dài quá 120 ký tự"),
    ({"notes": "ghi chú " * 12_501}, "trường “notes” dài quá 100.000 ký tự"),
    ({"population": 2**40}, "trường “population” vượt quá giá trị cho phép"),
    ({"created_at": "9999-12-31T00:00:00+00:00"}, "trường “created_at” không trong khoảng năm 1900–2100"),
    ({"updated_at": (NOW + timedelta(days=5)).isoformat()}, "trường “updated_at” ở tương lai"),
], ids=["version-2^63-1", "version-days-ahead", "version-negative", "text-over-column", "text-over-100k",
        "integer-range", "date-year-9999", "time-in-future"])
def test_a_record_out_of_bounds_is_refused(world, tmp_path, changes, reason):
    assert_refused_beside_the_good_one(world, tmp_path, world.package({"residential_areas": [
        world.area(name="Thôn Lành"), world.area(**changes)]}), reason)


def test_a_date_column_out_of_its_years_is_refused(world, tmp_path):
    member = {"id": str(uuid.uuid4()), "owner_unit": "02269", "version": HLC_NOW, "changed_by": world.installation,
              "created_at": NOW.isoformat(), "updated_at": NOW.isoformat(), "full_name": "Nguyễn Văn A",
              "gender": "Nam", "birth_date": "0001-01-01"}
    assert_refused_beside_the_good_one(world, tmp_path, world.package({"force_members": [member]}),
                                       "trường “birth_date” không trong khoảng năm 1900–2100")


@pytest.mark.parametrize(("changes", "reason"), [
    ({"seq": 10**9}, "số thứ tự gói phải từ 1 đến 1.000.000"),
    ({"seq": 0}, "số thứ tự gói phải từ 1 đến 1.000.000"),
    ({"created": "9999-01-01T00:00:00+00:00"}, "thời điểm lập gói không phải thời điểm hợp lệ"),
    ({"created": (NOW + timedelta(days=3)).isoformat()}, "thời điểm lập gói ở tương lai"),
    ({"created": "hôm qua"}, "thời điểm lập gói không phải thời điểm hợp lệ"),
    ({"sender_name": "X" * 201}, "trường “sender_name” của phần đầu dài quá 200 ký tự"),
    ({"forwarded": ["0" * 17]}, "danh sách đơn vị chuyển tiếp"),
    ({"omitted": 30_000}, "phần đầu lồng nhau quá 32 tầng"),
], ids=["seq-10^9", "seq-0", "created-year-9999", "created-future", "created-not-a-time", "sender-name-long",
        "forwarded-code-long", "header-nested-30000"])
def test_a_header_out_of_bounds_is_refused(world, tmp_path, changes, reason):
    header = world.header(**{k: v for k, v in changes.items() if k != "omitted"})
    header_bytes = forge.json_bytes(header)
    if "omitted" in changes:  # 30,000 levels: more than Python's parser can take, within the 64 KiB header
        header_bytes = header_bytes[:-1] + b', "omitted": ' + deep_json(changes["omitted"]).encode() + b"}"
        assert len(header_bytes) < 64 * 1024
    assert_refused_beside_the_good_one(world, tmp_path, world.package(header=header_bytes), reason)


def test_a_summary_nested_too_deep_is_refused(world, tmp_path):
    summary = b'{"counts": {}, "forwarded": [], "x": ' + deep_json(20_000).encode() + b"}"
    assert_refused_beside_the_good_one(world, tmp_path, world.package(summary=summary),
                                       "phần tóm tắt lồng nhau quá 32 tầng")


def test_a_summary_counting_out_of_range_is_refused(world, tmp_path):
    summary = forge.json_bytes({"counts": {"residential_areas": 10**12}, "forwarded": []})
    assert_refused_beside_the_good_one(world, tmp_path, world.package(summary=summary),
                                       "số bản ghi theo bảng trong phần tóm tắt")


def test_a_payload_line_nested_too_deep_is_refused(world, tmp_path):
    line = b'{"table": "force_teams", "rows": [{"quotas": ' + deep_json(50_000).encode() + b"}]}\n"
    assert_refused_beside_the_good_one(world, tmp_path, world.package(payload=line),
                                       "một dòng dữ liệu lồng nhau quá 32 tầng")


def test_a_line_of_too_many_values_is_refused(world, tmp_path):
    rows = [world.area(person_ids=[0] * 250_000)]  # half a million JSON values in 1 MB, before any is parsed
    payload = forge.table_lines({"residential_areas": rows})
    assert len(payload) < sync_limits.RATIO_FLOOR
    assert_refused_beside_the_good_one(world, tmp_path, world.package(payload=payload),
                                       "một dòng dữ liệu có quá nhiều giá trị")


def test_a_decompression_bomb_is_refused(world, tmp_path):
    """A 73 KB package whose records unpack to 70 MB (which once took 2 GB of memory to import)."""
    payload = forge.table_lines({"residential_areas": [world.area(notes="A" * 70_000_000)]})
    data = world.package(payload=payload)
    assert len(data) < 100_000
    assert_refused_beside_the_good_one(world, tmp_path, data, f"quá {sync_limits.MAX_RATIO} lần kích thước tệp")


def test_more_records_in_a_line_than_a_batch_is_refused(world, tmp_path):
    rows = [world.area(name=f"Thôn {n}") for n in range(501)]
    assert_refused_beside_the_good_one(world, tmp_path, world.package({"residential_areas": rows}),
                                       "một dòng dữ liệu có hơn 500 bản ghi")


def test_more_records_than_a_package_may_hold_is_refused(world, tmp_path, monkeypatch):
    """The bound itself is 1,000,000 records; shown here with 3 so that the test stays small."""
    monkeypatch.setattr(sync_limits, "MAX_RECORDS", 3)
    province = world.province_copy(tmp_path / "tinh")
    bad = tmp_path / "xau.anttsync"
    bad.write_bytes(world.package({"residential_areas": [world.area(name=f"Thôn {n}") for n in range(4)]}))
    database = open_database(province)
    outcomes = sync_import.import_files(database, ADMIN_USER, [bad, world.good])
    database.close()
    assert [(o.file, o.state) for o in outcomes] == [("good.anttsync", "imported"), ("xau.anttsync", "refused")]
    assert "gói có hơn 3 bản ghi" in outcomes[1].message
    assert tables_of(province) == world.expected
    assert "gói có hơn 3 bản ghi" in refusals(province, "xau.anttsync")[0]


def test_a_line_longer_than_the_bound_is_refused(world, tmp_path, monkeypatch):
    """Any line but an attached file is at most 16 MiB; shown with an 8 KiB bound so that the test stays small."""
    monkeypatch.setattr(sync_limits, "MAX_RECORDS_LINE", 8192)
    province = world.province_copy(tmp_path / "tinh")
    bad = tmp_path / "xau.anttsync"
    bad.write_bytes(world.package({"residential_areas": [world.area(notes="x" * 9000)]}))
    database = open_database(province)
    outcomes = sync_import.import_files(database, ADMIN_USER, [bad, world.good])
    database.close()
    assert outcomes[1].state == "refused" and "một dòng dữ liệu dài quá 8.192 byte" in outcomes[1].message
    assert tables_of(province) == world.expected


def test_derived_keys_are_recomputed_not_taken_from_the_package(world, tmp_path):
    province = world.province_copy(tmp_path / "tinh")
    data = tmp_path / "p2.anttsync"
    row = world.area(name="Thôn Bản Lòng", search_key="khong lien quan", sort_key="0000")
    data.write_bytes(world.package({"residential_areas": [row]}))
    result = antt_at(province.data_dir, "sync", "import", world.good, data)
    assert result.returncode == 0, result.stderr
    database = open_database(province)
    with database.factory() as session:
        area = session.get(ResidentialArea, uuid.UUID(row["id"]))
        assert (area.search_key, area.sort_key) == ("thon thon ban long", collation_key("Thôn Bản Lòng"))
    database.close()


def test_a_wide_gap_is_reported_as_a_range(world, tmp_path):
    """Packages 1 and 1,000,000: `sync status` names the range, never the numbers one by one."""
    province = world.province_copy(tmp_path / "tinh")
    last = tmp_path / "p-cuoi.anttsync"
    last.write_bytes(world.package(header=world.header(seq=sync_limits.MAX_SEQ)))
    assert antt_at(province.data_dir, "sync", "import", world.good, last).returncode == 0
    status = antt_at(province.data_dir, "sync", "status")
    assert status.returncode == 0, status.stderr
    assert "Chưa nhận được gói số 2–999.999 của" in status.stdout
    units = json.loads(antt_at(province.data_dir, "sync", "status", "--units", "--json").stdout)
    assert units["units"]["02269"] == {**units["units"]["02269"], "missing": [[2, 999_999]],
                                       "state": "thiếu gói số 2–999.999"}


def test_a_format_1_package_obeys_the_same_bounds(world, tmp_path):
    payload = b'{"records": {"residential_areas": [{"notes": ' + deep_json(50_000).encode() + b'}]}}'
    nested_v1 = forge.forge_v1(world.header(), payload, world.signer, world.recipient)
    assert_refused_beside_the_good_one(world, tmp_path, nested_v1, "dữ liệu lồng nhau quá 32 tầng")


def test_a_format_1_bomb_is_refused(world, tmp_path):
    payload = json.dumps({"records": {"residential_areas": [world.area(notes="A" * 70_000_000)]},
                          "attachments": {}}).encode()
    assert_refused_beside_the_good_one(world, tmp_path, forge.forge_v1(world.header(), payload, world.signer,
                                                                       world.recipient), "quá lớn sau khi giải nén")


@pytest.mark.parametrize("numbers", [list(range(1, sync_limits.MAX_RECEIPT_SEQS + 2)), [1, 10**9]],
                         ids=["too-many-numbers", "number-10^9"])
def test_a_receipt_out_of_bounds_is_refused(world, tmp_path, numbers):
    commune = world.commune_copy(tmp_path / "xa")
    header = forge.header_for(world.province_signer, "08", world.province_installation, "02269", kind="receipt",
                              sender_level="province", sender_parent="", created=NOW.isoformat())
    bad = tmp_path / "xau.anttsync"
    bad.write_bytes(forge.forge(header, forge.payload_lines([{"received": {world.installation: numbers}}]),
                                world.province_signer, world.commune_recipient))
    before = tables_of(commune)
    result = antt_at(commune.data_dir, "sync", "import", bad, world.good_receipt)
    assert result.returncode == 1
    assert "xau.anttsync: Gói đồng bộ vượt giới hạn an toàn (biên nhận có số gói không hợp lệ)" in result.stderr
    assert "bien-nhan.anttsync: biên nhận của" in result.stdout and "đã nhận các gói số 1." in result.stdout
    assert tables_of(commune) == before
    assert "biên nhận có số gói không hợp lệ" in refusals(commune, "xau.anttsync")[0]


def test_gaps_are_ranges_whatever_their_width():
    assert sync.gaps({1, 2, 5, 9, 1_000_000}) == ((3, 4), (6, 8), (10, 999_999))
    assert sync.gap_text(sync.gaps({1, 2, 5, 9, 1_000_000})) == "3–4, 6–8, 10–999.999"
    assert sync.gap_text(sync.gaps({2})) == "1"
    many = sync.gaps(set(range(1, 40, 2)))  # 1, 3, …, 39: 19 single gaps
    assert sync.gap_text(many) == "2, 4, 6, 8, 10, 12, 14, 16, 18, 20 và 9 khoảng khác"


def test_a_catalog_version_nested_too_deep_is_refused_at_the_commune(world, tmp_path):
    """A down package whose catalog version is JSON text 30,000 levels deep (read when the catalog is checked)."""
    commune = world.commune_copy(tmp_path / "xa")
    province = world.province_copy(tmp_path / "tinh")
    database = open_database(province)
    good = sync.export_package(database, ADMIN_USER, tmp_path / "xuong.anttsync", to="02269").path
    database.close()
    header = forge.header_for(world.province_signer, "08", world.province_installation, "02269", seq=2,
                              sender_level="province", sender_parent=None, created=NOW.isoformat(),
                              schema=migrate.head_revision())
    catalog = {"id": str(uuid.uuid4()), "owner_unit": "08", "version": HLC_NOW,
               "changed_by": world.province_installation, "created_at": NOW.isoformat(),
               "updated_at": NOW.isoformat(), "deleted_at": None,
               "catalog": "force_types", "catalog_version": "2026.9", "content": deep_json(30_000)}
    bad = tmp_path / "xau.anttsync"
    bad.write_bytes(forge.forge(header, forge.table_lines({"catalog_updates": [catalog]}), world.province_signer,
                                world.commune_recipient))
    before = tables_of(commune)
    result = antt_at(commune.data_dir, "sync", "import", bad, good)
    assert result.returncode == 1, result.stdout + result.stderr
    assert "xau.anttsync: Gói đồng bộ vượt giới hạn an toàn (danh mục lồng nhau quá 32 tầng)" in result.stderr
    assert "xuong.anttsync: gói số 1 của" in result.stdout
    assert tables_of(commune) == before  # the province's package had nothing the commune lacked
    assert "danh mục lồng nhau quá 32 tầng" in refusals(commune, "xau.anttsync")[0]


def test_an_attached_file_may_take_a_longer_line(world, tmp_path, monkeypatch):
    """Only a line that is exactly an attached file (two strings) goes past the records line bound (8 KiB here)."""
    import base64
    import hashlib

    monkeypatch.setattr(sync_limits, "MAX_RECORDS_LINE", 8192)
    content = b"%PDF-1.4\n" + os.urandom(12_000)  # a file is kept only when its content is a PDF, JPEG or PNG
    line = {"attachment": hashlib.sha256(content).hexdigest(), "content": base64.b64encode(content).decode()}
    province = world.province_copy(tmp_path / "tinh")
    package = tmp_path / "p2.anttsync"
    package.write_bytes(world.package(payload=forge.table_lines({"residential_areas": [world.area()]})
                                      + forge.payload_lines([line])))
    database = open_database(province)
    [outcome] = sync_import.import_files(database, ADMIN_USER, [package])
    database.close()
    assert outcome.state == "imported", outcome.message
