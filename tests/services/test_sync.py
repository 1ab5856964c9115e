"""Sync packages: commune to province and back, idempotent, any order, damaged or foreign files refused whole."""

import json
import uuid
from datetime import date

import pytest
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey
from cryptography.hazmat.primitives.asymmetric.x25519 import X25519PublicKey

from antt_desktop.domain.areas import AreaInput
from antt_desktop.domain.units import Level
from antt_desktop.errors import UserError
from antt_desktop.exchange import sync_format, sync_package
from antt_desktop.services.admin.setup import SetupRequest, initialize
from antt_desktop.services.areas import areas
from antt_desktop.services.forces import member_events
from antt_desktop.services.reports import stats
from antt_desktop.services.sync import sync, sync_import, sync_keys
from tests import cli_runner
from tests.conftest import ADMIN, ADMIN_USER, PASSWORD, exchange_keys

pytestmark = pytest.mark.both_storages


def _send(commune, province, tmp_path, name, full=False):
    result = sync.export_package(commune, ADMIN_USER, tmp_path / name, full)
    return result, sync_import.import_bytes(province, ADMIN_USER, result.path.read_bytes(), name)


def test_the_province_ends_with_exactly_the_communes_data(commune, province, tmp_path):
    result, outcome = _send(commune, province, tmp_path, "p1.anttsync")
    assert outcome.state == "imported" and result.seq == 1
    assert stats.record_counts(province)["by_owner"] == stats.record_counts(commune)["by_owner"]
    again = sync_import.import_bytes(province, ADMIN_USER, result.path.read_bytes(), "p1.anttsync")
    assert again.state == "duplicate" and "không thay đổi gì" in again.message


def test_incremental_packages_carry_only_changes(commune, province, tmp_path):
    _send(commune, province, tmp_path, "p1.anttsync")
    area = areas.list_areas(commune)[0]
    areas.update_area(commune, ADMIN_USER, area.id, AreaInput(area.name, area.kind, 999, 200, set(area.flags)))
    result, outcome = _send(commune, province, tmp_path, "p2.anttsync")
    assert (result.seq, result.records) == (2, 1)
    assert "cập nhật 1" in outcome.message
    assert next(a for a in areas.list_areas(province) if a.id == area.id).population == 999


def test_a_missing_package_is_reported_by_number(commune, province, tmp_path):
    packages = []
    for number in range(3):
        areas.create_area(commune, ADMIN_USER, AreaInput(f"Thôn Mới {number}"))
        packages.append(sync.export_package(commune, ADMIN_USER, tmp_path / f"p{number}.anttsync"))
    outcomes = sync_import.import_files(province, ADMIN_USER, [packages[2].path, packages[0].path])
    assert [o.seq for o in outcomes] == [1, 3]  # sorted by sequence whatever the order given
    [status] = sync.status(province)
    assert status.missing == ((2, 2),)
    assert status.sentence() == "Chưa nhận được gói số 2 của Xã Thượng Lâm (02269)."


def _refused(province, data, reason):
    before = stats.record_counts(province)
    with pytest.raises(UserError, match=reason):
        sync_import.import_bytes(province, ADMIN_USER, data, "x.anttsync")
    assert stats.record_counts(province) == before
    assert sync.status(province) == []


def test_damaged_files_are_refused_whole(commune, province, tmp_path):
    data = sync.export_package(commune, ADMIN_USER, tmp_path / "p.anttsync").path.read_bytes()
    tampered = bytearray(data)
    tampered[len(data) // 2] ^= 0x01
    _refused(province, bytes(tampered), "Chữ ký của gói không đúng")
    _refused(province, data[: len(data) // 3], "bị cắt|Chữ ký")
    _refused(province, b"", "không phải gói đồng bộ")
    _refused(province, b"PK\x03\x04 a zip file", "không phải gói đồng bộ")
    newer = bytearray(data)
    newer[len(sync_format.MAGIC)] = 9
    _refused(province, bytes(newer), "định dạng số 9")


def test_a_package_for_another_unit_is_refused(commune, tmp_path, new_paths):
    other = initialize(new_paths(tmp_path / "khac"), SetupRequest(Level.PROVINCE, "01"))
    data = sync.export_package(commune, ADMIN_USER, tmp_path / "p.anttsync").path.read_bytes()
    _refused(other, data, "gửi cho đơn vị 08, không phải đơn vị này")
    other.close()


def cli_location(paths):
    """The ``antt`` options that reach the same data: the folder, and the server's database if on one."""
    return ["--data-dir", str(paths.data_dir), *(["--db-url", paths.db_url] if paths.on_server else [])]


def opened(path, signing, encryption):
    """The verified header and the records of a package file, by table."""
    with path.open("rb") as handle:
        package = sync_package.open_file(handle)
        package.verify(sync_format.public_bytes(signing))
        records = {}
        for item in package.items(encryption):
            records.setdefault(item["table"], []).extend(item["rows"])
    return package.header, records


def forged(commune, province, records, signer=None, installation=None, seq=7):
    """A package around any records, signed (by the commune unless ``signer``) and encrypted for the province."""
    keys = sync_keys.own_keys(commune)
    signer = signer or keys.signing
    header = {"kind": "data", "sender": "02269", "sender_name": "Xã Thượng Lâm",
              "sender_installation": str(installation or commune.installation().id), "recipient": "08", "seq": seq,
              "created": "2026-01-01T00:00:00+00:00", "schema": "0008", "full": False,
              "signing_public": sync_format.b64(sync_format.public_bytes(signer))}
    province_key = sync_keys.own_keys(province).encryption
    return sync_package.seal(header, sync_package.record_items(records), signer,
                             X25519PublicKey.from_public_bytes(sync_format.public_bytes(province_key)))


def test_records_owned_by_another_unit_are_refused(commune, province):
    row = {"id": str(uuid.uuid4()), "owner_unit": "02270", "version": 1, "name": "Thôn lạ"}
    _refused(province, forged(commune, province, {"residential_areas": [row]}), "thuộc đơn vị khác \\(02270\\)")


def test_a_key_not_registered_for_a_known_sender_is_held_not_merged(commune, province, tmp_path):
    from antt_desktop.services.sync import sync_held

    _send(commune, province, tmp_path, "p1.anttsync")
    before = stats.record_counts(province)
    held = sync_import.import_bytes(province, ADMIN_USER, forged(commune, province, {}, Ed25519PrivateKey.generate()))
    assert held.state == "held" and "chưa được đăng ký" in held.message and "02269" in held.message
    assert stats.record_counts(province) == before
    [waiting] = sync_held.list_held(province)
    assert waiting.sender == "02269" and waiting.fingerprint in held.message


def test_oversized_and_bomb_guards(commune, province, tmp_path, monkeypatch):
    data = sync.export_package(commune, ADMIN_USER, tmp_path / "p.anttsync").path.read_bytes()
    monkeypatch.setattr(sync_package, "MAX_PACKAGE", 100)
    _refused(province, data, "quá lớn")
    monkeypatch.setattr(sync_package, "MAX_PACKAGE", 10**9)
    monkeypatch.setattr(sync_package, "MAX_PAYLOAD", 1000)
    _refused(province, data, "quá lớn sau khi giải nén")


def test_two_pcs_of_one_commune_merge_and_keep_the_losing_edit(commune, tmp_path, new_paths):
    second = initialize(new_paths(tmp_path / "may2"), SetupRequest(Level.COMMUNE, "02269"))
    exchange_keys(commune, second, tmp_path)
    first = sync.export_package(commune, ADMIN_USER, tmp_path / "a1.anttsync", to="02269")
    assert sync_import.import_bytes(second, ADMIN_USER, first.path.read_bytes()).state == "imported"
    area = areas.list_areas(commune)[0]
    areas.update_area(commune, ADMIN_USER, area.id, AreaInput(area.name, area.kind, 111, 10))
    areas.update_area(second, ADMIN_USER, area.id, AreaInput(area.name, area.kind, 222, 20))  # the later edit
    back = sync.export_package(second, ADMIN_USER, tmp_path / "b1.anttsync", to="02269")
    outcome = sync_import.import_bytes(commune, ADMIN_USER, back.path.read_bytes())
    assert "1 xung đột đã ghi lại" in outcome.message
    assert next(a for a in areas.list_areas(commune) if a.id == area.id).population == 222
    [conflict] = sync.conflicts(commune)
    assert json.loads(conflict.losing_row)["population"] == 111
    sync.revert_conflict(commune, ADMIN_USER, conflict.id)
    assert next(a for a in areas.list_areas(commune) if a.id == area.id).population == 111
    assert sync.conflicts(commune) == []
    second.close()


def test_receipt_acknowledges_what_arrived(commune, province, tmp_path):
    _send(commune, province, tmp_path, "p1.anttsync")
    receipt = sync.make_receipt(province, ADMIN_USER, tmp_path / "bien-nhan.anttsync", to="02269")
    outcome = sync_import.import_bytes(commune, ADMIN_USER, receipt.read_bytes())
    assert "đã nhận các gói số 1" in outcome.message
    assert sync.sent(commune)[0].acknowledged_at is not None


def test_cli_sync_round_trip(tmp_path):
    xa, tinh = tmp_path / "xa", tmp_path / "tinh"

    def antt(data, *args):  # the demo's administrator in the commune, the one made by init in the province
        return cli_runner.antt(*args, "--data-dir", data, **({"password": PASSWORD} if data == tinh else {}))
    assert antt(xa, "demo").returncode == 0
    assert antt(tinh, "init", "--level", "province", "--unit-code", "8", "--admin-user", ADMIN,
                "--admin-password-file", cli_runner.password_file(PASSWORD)).returncode == 0
    assert antt(tinh, "keys", "export", "--out", tmp_path / "tinh.key").returncode == 0
    imported = antt(xa, "keys", "import", tmp_path / "tinh.key")
    assert imported.returncode == 0 and "Dấu vân tay" in imported.stdout
    assert antt(xa, "keys", "export", "--out", tmp_path / "xa.key").returncode == 0
    assert antt(tinh, "keys", "import", tmp_path / "xa.key").returncode == 0
    assert antt(xa, "sync", "export", "--out", tmp_path / "p1.anttsync").returncode == 0
    result = antt(tinh, "sync", "import", tmp_path / "p1.anttsync", "--json")
    assert result.returncode == 0, result.stderr
    assert json.loads(result.stdout)["packages"][0]["state"] == "imported"
    assert antt(tinh, "stats", "--json").stdout.split('"counts"')[0] == antt(xa, "stats", "--json").stdout.split(
        '"counts"')[0]
    status = json.loads(antt(tinh, "sync", "status", "--json").stdout)
    assert status["senders"]["02269"]["last_seq"] == 1
    (tmp_path / "hong.anttsync").write_bytes(b"ANTTSYNC\x01 broken")
    refused = antt(tinh, "sync", "import", tmp_path / "hong.anttsync")
    assert refused.returncode == 1 and "hong.anttsync" in refused.stderr


def test_down_packages_carry_plans_directives_and_catalogs_read_only_below(commune, province, tmp_path):
    from datetime import date

    from antt_desktop.domain.campaigns import reminder_weeks
    from antt_desktop.domain.catalog import load_catalog, use_updates
    from antt_desktop.services.database import open_database
    from antt_desktop.services.plans import plans
    from antt_desktop.services.sync import directives

    year = date.today().year
    plan = plans.save_plan(province, ADMIN_USER, plans.PlanInput("Kế hoạch", "12/KH-CAT", date(year, 1, 5),
                                                                 "Công an tỉnh Tuyên Quang", year))
    plans.save_target(province, ADMIN_USER, plan, plans.TargetInput("models_live", 25))
    scan = tmp_path / "30-CAT-PV05.pdf"
    scan.write_bytes(b"%PDF-1.4 van ban chi dao")
    (tmp_path / "gia.pdf").write_bytes(b"MZ not a pdf")
    with pytest.raises(UserError, match="không phải tệp PDF"):  # checked before anything is written
        directives.add_directive(province, ADMIN_USER, "31/CAT", date(year, 2, 1), "Công an tỉnh", "Giả",
                                 files=[tmp_path / "gia.pdf"])
    directives.add_directive(province, ADMIN_USER, "30/CAT-PV05", date(year, 2, 1), "Công an tỉnh",
                             "Hướng dẫn tổ chức Ngày hội toàn dân bảo vệ ANTQ", files=[scan])
    assert [d.number for d in directives.list_directives(province)] == ["30/CAT-PV05"]
    updated = {**load_catalog("campaigns"), "version": "2027.1", "reminder_weeks": 5}
    (tmp_path / "campaigns.json").write_text(json.dumps(updated, ensure_ascii=False), encoding="utf-8")
    directives.publish_catalog(province, ADMIN_USER, tmp_path / "campaigns.json")
    use_updates({})  # the province's own process keeps the shipped catalog for the rest of this test
    down = sync.export_package(province, ADMIN_USER, tmp_path / "down.anttsync", to="02269")
    outcome = sync_import.import_bytes(commune, ADMIN_USER, down.path.read_bytes())
    assert outcome.state == "imported", outcome.message
    [province_plan] = [p for p in plans.list_plans(commune, year) if p.owner_unit == "08"]
    [target] = plans.targets(commune, province_plan.id)
    assert target.read_only
    with pytest.raises(UserError, match="thuộc đơn vị 08"):
        plans.save_target(commune, ADMIN_USER, province_plan.id, plans.TargetInput("models_live", 1), target.id)
    [received] = directives.list_directives(commune)
    assert received.number == "30/CAT-PV05" and [f.filename for f in received.files] == ["30-CAT-PV05.pdf"]
    from antt_desktop.services.attachments import copy_out

    assert copy_out(commune, received.files[0], tmp_path / "mo").read_bytes() == scan.read_bytes()
    assert reminder_weeks() == 3
    reopened = open_database(commune.paths)  # received catalog versions are used from the next start
    try:
        assert reminder_weeks() == 5
    finally:
        reopened.close()
        use_updates({})


def test_a_package_without_personal_data_leaves_the_receivers_copy_alone(commune, province, tmp_path, new_paths):
    from antt_desktop.db.forces import ForceMember
    from antt_desktop.services.sync.sync_keys import own_keys

    _send(commune, province, tmp_path, "p1.anttsync")  # everything, personal data included
    with commune.session(ADMIN_USER.username) as session:
        member = session.query(ForceMember).filter(ForceMember.cccd != "").first()
        member_id, cccd, phone = member.id, member.cccd, member.phone
        member.residence = "Thôn Bản Chợ, xã Thượng Lâm"
    member_events.add_event(commune, ADMIN_USER, member_id, member_events.EventInput(
        "welfare", date(2026, 8, 20), "Bị thương khi làm nhiệm vụ", "Gãy tay khi tuần tra", amount=2_000_000))
    member_events.add_event(commune, ADMIN_USER, member_id, member_events.EventInput(
        "training", date(2026, 9, 5), "Tập huấn nghiệp vụ", "Lớp tập huấn của Công an tỉnh"))
    result = sync.export_package(commune, ADMIN_USER, tmp_path / "p2.anttsync", omit_sensitive=True)
    header, records = opened(result.path, own_keys(commune).signing, own_keys(province).encryption)
    events = {e["kind"]: e for e in records["member_events"]}
    assert "content" not in events["welfare"] and "category" not in events["welfare"]
    assert events["welfare"]["amount"] == 2_000_000  # the support given still counts above
    assert events["training"]["content"] == "Lớp tập huấn của Công an tỉnh"
    [sent] = records["force_members"]
    assert header["omitted"]["force_members"] == ["cccd", "phone", "ethnicity", "religion"]
    assert {"cccd", "phone", "ethnicity", "religion"}.isdisjoint(sent) and sent["residence"].startswith("Thôn Bản")

    outcome = sync_import.import_bytes(province, ADMIN_USER, result.path.read_bytes(), "p2.anttsync")
    assert outcome.state == "imported" and "không kèm dữ liệu cá nhân, giữ nguyên dữ liệu đã có" in outcome.message
    with province.session(ADMIN_USER.username) as session:
        received = session.get(ForceMember, member_id)
        assert (received.residence, received.cccd, received.phone) == ("Thôn Bản Chợ, xã Thượng Lâm", cccd, phone)

    fresh = initialize(new_paths(tmp_path / "tinh2"), SetupRequest(Level.PROVINCE, "08"))
    sync_keys.export_public_key(fresh, tmp_path / "tinh2.key")
    sync_keys.import_public_key(commune, ADMIN_USER, tmp_path / "tinh2.key", replace=True)
    sync_keys.export_public_key(commune, tmp_path / "xa.key")
    sync_keys.import_public_key(fresh, ADMIN_USER, tmp_path / "xa.key")
    whole = sync.export_package(commune, ADMIN_USER, tmp_path / "p3.anttsync", full=True, omit_sensitive=True)
    assert sync_import.import_bytes(fresh, ADMIN_USER, whole.path.read_bytes(), "p3.anttsync").state == "imported"
    with fresh.session(ADMIN_USER.username) as session:
        members = session.query(ForceMember).all()
        assert members and {(m.cccd, m.phone, m.religion) for m in members} == {("", "", "")}
        assert all(m.birth_date for m in members)  # kept: the upper level's statistics count ages
    fresh.close()


def test_the_upper_level_sees_every_unit_below_and_what_is_missing(commune, province, tmp_path):
    from antt_desktop.services.sync.subordinates import subordinates

    area = areas.list_areas(commune)[0]
    packages = []
    for population in (901, 902, 903):
        areas.update_area(commune, ADMIN_USER, area.id, AreaInput(area.name, area.kind, population, 200,
                                                                   set(area.flags)))
        packages.append(sync.export_package(commune, ADMIN_USER, tmp_path / f"p{population}.anttsync").path)
    for package in (packages[0], packages[2]):  # number 2 is still on the USB stick
        assert sync_import.import_bytes(province, ADMIN_USER, package.read_bytes()).state == "imported"
    below = subordinates(province)
    assert len(below) == 124  # Tuyên Quang's communes and wards since 1 July 2025
    thuong_lam = next(u for u in below if u.code == "02269")
    assert (thuong_lam.packages, thuong_lam.missing, thuong_lam.state) == (2, ((2, 2),), "thiếu gói số 2")
    assert thuong_lam.current_to is not None and thuong_lam.records > 0
    assert sum(u.state == "chưa gửi gói nào" for u in below) == 123
    assert subordinates(commune) == []

    done = cli_runner.antt("sync", "status", "--units", "--json", *cli_location(province.paths), password=PASSWORD)
    units = json.loads(done.stdout)["units"]
    assert units["02269"]["missing"] == [[2, 2]] and units["02269"]["state"] == "thiếu gói số 2"
    assert len(units) == 124


def test_imported_rows_are_stored_byte_for_byte_as_the_sender_stored_them(commune, province, tmp_path):
    """The fast insert writes the same values as SQLAlchemy does, and on SQLite the same text for UUIDs, dates,
    times, booleans and JSON."""
    import sqlite3

    from sqlalchemy import select

    from antt_desktop.db.base import Base
    from antt_desktop.services.sync.sync_records import TABLES

    _send(commune, province, tmp_path, "p1.anttsync")
    with commune.engine.connect() as sent, province.engine.connect() as received:
        for name in TABLES:
            table = Base.metadata.tables[name]
            query = select(table).where(table.c.owner_unit == "02269").order_by(table.c.id)
            assert sent.execute(query).all() == received.execute(query).all(), name
    if province.paths.on_server:
        return
    with sqlite3.connect(commune.paths.database) as sent, sqlite3.connect(province.paths.database) as received:
        for name in TABLES:
            query = f"SELECT * FROM {name} WHERE owner_unit = '02269' ORDER BY id"
            assert sent.execute(query).fetchall() == received.execute(query).fetchall(), name
        times = received.execute("SELECT created_at FROM force_members LIMIT 1").fetchone()[0]
        assert len(times) == 26 and times[10] == " " and times[19] == "."  # 2026-01-02 03:04:05.000000


def test_a_target_set_for_one_commune_is_measured_on_its_data_and_sent_to_it_only(commune, province, tmp_path,
                                                                                  new_paths):
    from antt_desktop.services.plans import plans

    year = date.today().year
    other = initialize(new_paths(tmp_path / "xa2"), SetupRequest(Level.COMMUNE, "02266"))
    exchange_keys(other, province, tmp_path)
    _send(commune, province, tmp_path, "p1.anttsync")
    from antt_desktop.domain.campaigns import ActivityInput
    from antt_desktop.services.campaigns import activities

    activities.save_activity(province, ADMIN_USER, ActivityInput(  # an activity that is not the commune's
        "Hội nghị", date(year, 1, 10), "Hội nghị triển khai của tỉnh", place="Công an tỉnh"))
    plan = plans.save_plan(province, ADMIN_USER, plans.PlanInput("Kế hoạch", "15/KH-CAT", date(year, 1, 5),
                                                                 "Công an tỉnh Tuyên Quang", year))
    plans.save_target(province, ADMIN_USER, plan, plans.TargetInput("activities_total", 40, for_unit="02269"))
    plans.save_target(province, ADMIN_USER, plan, plans.TargetInput("models_live", 500))
    with pytest.raises(UserError, match="không trực thuộc"):
        plans.save_target(province, ADMIN_USER, plan, plans.TargetInput("models_live", 5, for_unit="00004"))
    own, everyone = plans.targets(province, plan)
    assert (own.data.for_unit, own.for_unit_name, everyone.data.for_unit) == ("02269", "Xã Thượng Lâm", "")
    from antt_desktop.services.plans.indicators import INDICATORS

    assert own.actual == INDICATORS["activities_total"].compute(commune, year, None) > 0
    assert INDICATORS["activities_total"].compute(province, year, None) == own.actual + 1

    for unit, path in ((commune, "xuong-1.anttsync"), (other, "xuong-2.anttsync")):
        down = sync.export_package(province, ADMIN_USER, tmp_path / path, to=unit.own_unit().code)
        assert sync_import.import_bytes(unit, ADMIN_USER, down.path.read_bytes()).state == "imported"
    [received] = [p for p in plans.list_plans(commune, year) if p.owner_unit == "08"]
    assert sorted(t.data.for_unit for t in plans.targets(commune, received.id)) == ["", "02269"]
    [elsewhere] = [p for p in plans.list_plans(other, year) if p.owner_unit == "08"]
    assert [t.data.for_unit for t in plans.targets(other, elsewhere.id)] == [""]

    plans.save_target(province, ADMIN_USER, plan, plans.TargetInput("activities_total", 40, for_unit="02266"),
                      own.id)  # given to the other commune instead
    for unit, path in ((commune, "xuong-3.anttsync"), (other, "xuong-4.anttsync")):
        down = sync.export_package(province, ADMIN_USER, tmp_path / path, to=unit.own_unit().code)
        assert sync_import.import_bytes(unit, ADMIN_USER, down.path.read_bytes()).state == "imported"
    assert [t.data.for_unit for t in plans.targets(commune, received.id)] == [""]  # its old copy is gone
    assert sorted(t.data.for_unit for t in plans.targets(other, elsewhere.id)) == ["", "02266"]
    other.close()


def test_another_computer_of_the_upper_level_gets_targets_set_for_one_unit_as_they_are(province, tmp_path,
                                                                                         new_paths):
    from antt_desktop.services.plans import plans

    second = initialize(new_paths(tmp_path / "tinh-may2"), SetupRequest(Level.PROVINCE, "08"))
    exchange_keys(province, second, tmp_path)
    year = date.today().year
    plan = plans.save_plan(province, ADMIN_USER, plans.PlanInput("Kế hoạch", "16/KH-CAT", date(year, 1, 5),
                                                                 "Công an tỉnh Tuyên Quang", year))
    plans.save_target(province, ADMIN_USER, plan, plans.TargetInput("activities_total", 40, for_unit="02269"))
    package = sync.export_package(province, ADMIN_USER, tmp_path / "may2.anttsync", to="08")
    assert sync_import.import_bytes(second, ADMIN_USER, package.path.read_bytes()).state == "imported"
    assert [(t.data.for_unit, t.for_unit_name) for t in plans.targets(second, plan)] == [("02269", "Xã Thượng Lâm")]
    second.close()
