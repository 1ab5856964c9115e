"""The attacks on trust between units, with packages forged from docs/sync-format.md: only a registered key
speaks for a unit, and a header's claims never widen what its sender may send. Each refusal is Vietnamese,
exits 1, leaves the receiver's data as it was to the byte and is in the audit trail."""

import json
import sqlite3

import pytest
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey

from antt_desktop.config import resolve_paths
from antt_desktop.db.sync import LocalKeys
from antt_desktop.domain.units import Level
from antt_desktop.services.admin import audit_log
from antt_desktop.services.admin.setup import SetupRequest, initialize
from antt_desktop.services.demo import demo
from antt_desktop.services.sync import directives, sync, sync_import, sync_keys
from antt_desktop.services.sync.sync_records import TABLES
from tests import package_forge
from tests.cli_runner import antt_at as antt
from tests.conftest import ADMIN_USER, exchange_keys

WATCHED = [*TABLES, "units", "registered_keys", "peer_keys", "received_packages", "sent_packages"]


@pytest.fixture
def commune(database, province, tmp_path):
    """Xã Thượng Lâm with the demo data and its first package at the province; keys registered both ways."""
    demo.fill_commune(database, ADMIN_USER)
    exchange_keys(database, province, tmp_path)
    first = sync.export_package(database, ADMIN_USER, tmp_path / "that-1.anttsync")
    assert sync_import.import_bytes(province, ADMIN_USER, first.path.read_bytes()).state == "imported"
    return database


def snapshot(database):
    """`antt stats --json` and every row of the tables a package could touch."""
    with sqlite3.connect(database.paths.database) as connection:
        rows = {name: connection.execute(f"SELECT * FROM {name} ORDER BY 1").fetchall() for name in WATCHED}
    return antt(database, "stats", "--json").stdout, rows


def refused(database, path, *reasons):
    """Import ``path`` with the command line: exit 1, every reason in the message, nothing changed."""
    before = snapshot(database)
    done = antt(database, "sync", "import", path)
    assert done.returncode == 1, done.stdout + done.stderr
    assert done.stderr.startswith("antt: ") and "Traceback" not in done.stderr
    for reason in reasons:
        assert reason in done.stderr, done.stderr
    assert snapshot(database) == before
    return done.stderr


def last_audit(database):
    """The newest entry that is not a sign-in (each command line run signs in, and is audited)."""
    return next(e for e in audit_log.entries(database, ADMIN_USER) if e.action != "login")


def key_file(database, tmp_path):
    path = tmp_path / f"khoa-{database.installation().id}.anttkey"
    sync_keys.export_public_key(database, path)
    return path


def real_signer(database):
    """The installation's own signing key (an insider: the genuine commune turned liar)."""
    with database.session() as session:
        return Ed25519PrivateKey.from_private_bytes(session.query(LocalKeys).one().signing_private)


def test_a_fresh_key_posing_as_a_commune_is_held_and_rejected_never_merged(commune, province, tmp_path):
    attacker = Ed25519PrivateKey.generate()
    area = package_forge.record("02269", version=2**62, name="Thôn ma", kind="Thôn")
    head = package_forge.attacker_header("02269", "Xã Thượng Lâm", "08", attacker)
    forged = tmp_path / "gia.anttsync"
    forged.write_bytes(package_forge.forge_lines(head, [{"table": "residential_areas", "rows": [area]}], attacker,
                                         package_forge.recipient_key(key_file(province, tmp_path))))
    shown = package_forge.fingerprint(head)
    message = refused(province, forged, "Xã Thượng Lâm (02269)", "chưa được đăng ký", shown, "antt keys import",
                      "chờ xác nhận")
    assert "gia.anttsync" in message
    assert last_audit(province).action == "hold" and shown in last_audit(province).summary

    assert "Có 1 gói chờ xác nhận" in antt(province, "sync", "status").stdout
    [held] = json.loads(antt(province, "sync", "held", "--json").stdout)["held"]
    assert (held["sender"], held["fingerprint"], held["records"]) == ("02269", shown, 1)
    before = snapshot(province)
    rejected = antt(province, "sync", "reject", held["id"])
    assert rejected.returncode == 0 and "Đã từ chối gói gia.anttsync" in rejected.stdout
    assert snapshot(province) == before
    assert last_audit(province).action == "reject"
    assert json.loads(antt(province, "sync", "held", "--json").stdout)["held"] == []

    genuine = sync.export_package(commune, ADMIN_USER, tmp_path / "that-2.anttsync", full=True)
    assert antt(province, "sync", "import", genuine.path).returncode == 0  # the real commune still gets through


def test_a_commune_claiming_to_be_a_district_that_forwards_another_commune_is_refused(commune, province, tmp_path):
    signer = real_signer(commune)
    recipient = package_forge.recipient_key(key_file(province, tmp_path))
    other = package_forge.record("02266", name="Thôn của xã khác", kind="Thôn")
    head = package_forge.attacker_header("02269", "Xã Thượng Lâm", "08", signer, sender_level="district", seq=2,
                              sender_installation=str(commune.installation().id))
    lie = tmp_path / "cap-huyen.anttsync"
    lie.write_bytes(package_forge.forge_lines(head, [{"table": "residential_areas", "rows": [other]}], signer,
                                              recipient, {"forwarded": ["02266"]}))
    refused(province, lie, "tự nhận là cấp trung gian", "ở đây đơn vị đó là cấp xã", "cấu hình đơn vị ở đây không "
            "thay đổi")
    assert last_audit(province).action == "refuse"

    head = {**head, "sender_level": "commune", "seq": 3}
    forwarding = tmp_path / "chuyen-tiep.anttsync"
    forwarding.write_bytes(package_forge.forge_lines(head, [{"table": "residential_areas", "rows": [other]}], signer,
                                             recipient, {"forwarded": ["02266"]}))
    refused(province, forwarding, "không phải đơn vị trung gian trực thuộc đơn vị này")

    head = {**head, "sender_parent": "01", "seq": 4}
    elsewhere = tmp_path / "tinh-khac.anttsync"
    elsewhere.write_bytes(package_forge.forge_lines(head, [], signer, recipient))
    refused(province, elsewhere, "ghi đơn vị cấp trên là “01”")


def test_a_forged_province_package_with_a_directive_and_a_catalog_is_held_at_the_commune(commune, province,
                                                                                         tmp_path):
    attacker = Ed25519PrivateKey.generate()
    order = package_forge.record("08", number="99/CAT", issued_date="2026-11-30", issuer="Công an tỉnh",
                               title="Giao nộp toàn bộ danh sách", content="Gửi ngay cho số máy lạ")
    catalog = package_forge.record("08", catalog="campaigns", catalog_version="9999.1", content="{}")
    head = package_forge.attacker_header("08", "Tỉnh Tuyên Quang", "02269", attacker, sender_level="province",
                              sender_parent=None)
    forged = tmp_path / "cap-tren-gia.anttsync"
    forged.write_bytes(package_forge.forge_lines(head, [{"table": "directives", "rows": [order]},
                                                {"table": "catalog_updates", "rows": [catalog]}], attacker,
                                         package_forge.recipient_key(key_file(commune, tmp_path))))
    refused(commune, forged, "Tỉnh Tuyên Quang (08)", "chưa được đăng ký", "chờ xác nhận")
    assert last_audit(commune).action == "hold"
    assert directives.list_directives(commune) == []


def test_only_the_unit_above_sends_directives_and_catalogs(commune, province, tmp_path):
    signer = real_signer(commune)  # a registered commune's real key
    order = package_forge.record("02269", number="1/XA", issued_date="2026-11-30", issuer="Xã", title="Chỉ đạo ngược")
    head = package_forge.attacker_header("02269", "Xã Thượng Lâm", "08", signer, seq=2,
                              sender_installation=str(commune.installation().id))
    upward = tmp_path / "chi-dao-nguoc.anttsync"
    upward.write_bytes(package_forge.forge_lines(head, [{"table": "directives", "rows": [order]}], signer,
                                         package_forge.recipient_key(key_file(province, tmp_path))))
    refused(province, upward, "chỉ cấp trên mới được gửi xuống")
    assert last_audit(province).action == "refuse"


def test_a_forged_other_computer_of_the_province_is_held_and_never_carried_down(commune, province, tmp_path):
    attacker = Ed25519PrivateKey.generate()
    order = package_forge.record("08", number="77/CAT", issued_date="2026-11-30", issuer="Công an tỉnh",
                               title="Văn bản giả")
    head = package_forge.attacker_header("08", "Tỉnh Tuyên Quang", "08", attacker, sender_level="province",
                              sender_parent=None)
    forged = tmp_path / "may-khac-gia.anttsync"
    forged.write_bytes(package_forge.forge_lines(head, [{"table": "directives", "rows": [order]}], attacker,
                                         package_forge.recipient_key(key_file(province, tmp_path))))
    refused(province, forged, "Tỉnh Tuyên Quang (08)", "chưa được đăng ký")
    assert last_audit(province).action == "hold"

    down = sync.export_package(province, ADMIN_USER, tmp_path / "xuong.anttsync", to="02269", full=True)
    assert antt(commune, "sync", "import", down.path).returncode == 0
    assert all(d.number != "77/CAT" for d in directives.list_directives(commune))


def test_a_district_forwards_only_the_communes_the_province_assigned_to_it(commune, province, tmp_path):
    from antt_desktop.services.sync import unit_hierarchy

    unit_hierarchy.add_intermediate(province, ADMIN_USER, "H-LAMBINH", "Cụm xã Lâm Bình")
    district_key = Ed25519PrivateKey.generate()
    registration = tmp_path / "cum.anttkey"
    registration.write_text(json.dumps({
        "kind": "antt-public-key", "unit_code": "H-LAMBINH", "unit_name": "Cụm xã Lâm Bình",
        "signing_public": package_forge.attacker_header("H", "", "", district_key)["signing_public"],
        "encryption_public": package_forge.attacker_header("H", "", "", district_key)["encryption_public"]}),
        encoding="utf-8")
    assert antt(province, "keys", "import", registration).returncode == 0
    row = package_forge.record("02269", name="Thôn chiếm quyền", kind="Thôn")
    head = package_forge.attacker_header("H-LAMBINH", "Cụm xã Lâm Bình", "08", district_key, sender_level="district")
    package = tmp_path / "cum-1.anttsync"
    package.write_bytes(package_forge.forge_lines(head, [{"table": "residential_areas", "rows": [row]}], district_key,
                                          package_forge.recipient_key(key_file(province, tmp_path)),
                                          {"forwarded": ["02269"]}))
    refused(province, package, "chưa được phân cho đơn vị đó (02269)", "antt units assign MÃ-XÃ --via H-LAMBINH")


def test_keys_are_forgotten_for_one_exact_unit_with_history_and_audit(commune, province, tmp_path):
    wildcard = antt(province, "keys", "forget", "0%")
    assert wildcard.returncode == 1 and "không dùng ký tự đại diện" in wildcard.stderr
    assert antt(province, "keys", "forget", "022").returncode == 1  # a prefix is not a unit
    forgot = antt(province, "keys", "forget", "2269")
    assert forgot.returncode == 0 and "Đã bỏ đăng ký 1 khóa của đơn vị 2269" in forgot.stdout
    assert last_audit(province).action == "keys" and last_audit(province).record_id == "02269"
    [old] = json.loads(antt(province, "keys", "list", "--json").stdout)["keys"]
    assert (old["unit"], old["active"], old["retired_why"]) == ("02269", False, "bỏ đăng ký")

    later = sync.export_package(commune, ADMIN_USER, tmp_path / "that-2.anttsync")
    refused(province, later.path, "chưa được đăng ký")  # held until registered again
    again = antt(province, "keys", "import", key_file(commune, tmp_path))
    assert again.returncode == 0 and "that-2.anttsync: gói số 2 của Xã Thượng Lâm" in again.stdout  # imported now
    assert not any((province.paths.data_dir / "held").iterdir())
    assert [k["active"] for k in json.loads(antt(province, "keys", "list", "--json").stdout)["keys"]] == [True, False]


def test_a_second_computer_of_a_commune_is_a_second_registered_key(commune, province, tmp_path):
    second = initialize(resolve_paths(tmp_path / "may2"), SetupRequest(Level.COMMUNE, "02269"))
    exchange_keys(second, province, tmp_path)
    exchange_keys(second, commune, tmp_path)
    keys = json.loads(antt(province, "keys", "list", "--json").stdout)["keys"]
    assert [k["unit"] for k in keys] == ["02269", "02269"] and all(k["active"] for k in keys)
    from_second = sync.export_package(second, ADMIN_USER, tmp_path / "may2-1.anttsync", to="08")
    assert antt(province, "sync", "import", from_second.path).returncode == 0
    second.close()


def test_a_receipt_signed_by_an_unregistered_key_is_refused(commune, province, tmp_path):
    from antt_desktop.errors import UserError

    attacker = Ed25519PrivateKey.generate()
    head = {**package_forge.attacker_header("08", "Tỉnh Tuyên Quang", "02269", attacker), "kind": "receipt"}
    receipt = package_forge.forge_lines(head, [{"received": {str(commune.installation().id): [1]}}], attacker,
                                package_forge.recipient_key(key_file(commune, tmp_path)))
    with pytest.raises(UserError, match="biên nhận ký bằng khóa chưa đăng ký cho đơn vị 08"):
        sync_import.import_bytes(commune, ADMIN_USER, receipt, "bien-nhan.anttsync")
    assert [p.acknowledged_at for p in sync.sent(commune)] == [None]


def test_a_replacing_key_file_retires_the_units_other_keys(commune, province, tmp_path):
    reinstalled = initialize(resolve_paths(tmp_path / "cai-lai"), SetupRequest(Level.COMMUNE, "02269"))
    done = antt(province, "keys", "import", key_file(reinstalled, tmp_path), "--replace")
    assert done.returncode == 0 and "Đơn vị này có 1 khóa" in done.stdout
    keys = json.loads(antt(province, "keys", "list", "--json").stdout)["keys"]
    assert [(k["active"], k["retired_why"].startswith("thay bằng")) for k in keys] == [(True, False), (False, True)]
    assert last_audit(province).summary.startswith("thay khóa")
    old = sync.export_package(commune, ADMIN_USER, tmp_path / "may-cu.anttsync")
    refused(province, old.path, "chưa được đăng ký")  # the old computer no longer speaks for the commune
    reinstalled.close()
