"""Packages written and read as a stream: many chunks, a file overwritten while it is read, an export that fails
half way, and packages of the earlier whole-file format still on a USB stick."""

import pytest
from cryptography.hazmat.primitives.asymmetric.x25519 import X25519PublicKey

from antt_desktop.errors import UserError
from antt_desktop.exchange import sync_format, sync_package
from antt_desktop.services.reports import stats
from antt_desktop.services.sync import sync, sync_import, sync_keys
from antt_desktop.services.sync.sync_records import changed_rows
from tests.conftest import ADMIN_USER
from tests.legacy_package import seal_v1
from tests.services.test_sync import forged, opened

pytestmark = pytest.mark.both_storages


def test_a_package_of_many_chunks_arrives_whole(commune, province, tmp_path, monkeypatch):  # noqa: F811
    monkeypatch.setattr(sync_package, "CHUNK", 512)
    result = sync.export_package(commune, ADMIN_USER, tmp_path / "p.anttsync")
    assert result.path.stat().st_size > 20 * 512  # dozens of chunks
    header, records = opened(result.path, sync_keys.own_keys(commune).signing, sync_keys.own_keys(province).encryption)
    assert sum(len(rows) for rows in records.values()) == result.records
    outcome = sync_import.import_files(province, ADMIN_USER, [result.path])[0]
    assert outcome.state == "imported", outcome.message
    assert stats.record_counts(province)["by_owner"] == stats.record_counts(commune)["by_owner"]
    data = result.path.read_bytes()
    dropped = data[:2000] + data[2000 + 4 + 512 + 16:]  # one whole chunk taken out
    before = stats.record_counts(province)
    for damaged_file in (dropped, data[:-1], data + b"\x00"):
        with pytest.raises(UserError, match="Chữ ký|bị cắt"):
            sync_import.import_bytes(province, ADMIN_USER, damaged_file)
    assert stats.record_counts(province) == before


def test_a_file_overwritten_while_it_is_imported_is_refused(commune, province, tmp_path, monkeypatch):  # noqa: F811
    with commune.engine.connect() as connection:
        area = next(row for name, row in changed_rows(connection, {"02269"}, 0) if name == "residential_areas")
    first, second = (forged(commune, province, {"residential_areas": [area]}) for _ in range(2))
    assert first != second and len(first) == len(second)  # the same content, sealed twice
    path = tmp_path / "p.anttsync"
    path.write_bytes(first)
    verify = sync_package.PackageFile.verify

    def verify_then_overwrite(package, key):  # noqa: ANN001, ANN202
        verify(package, key)
        path.write_bytes(second)  # after the signature was checked, before the records are read
    monkeypatch.setattr(sync_package.PackageFile, "verify", verify_then_overwrite)
    before = stats.record_counts(province)
    [outcome] = sync_import.import_files(province, ADMIN_USER, [path])
    assert outcome.state == "refused" and "đã thay đổi trong khi đang nhập" in outcome.message
    assert stats.record_counts(province) == before and sync.status(province) == []


def test_an_export_that_fails_half_way_leaves_no_file_and_no_number_used(commune, tmp_path, monkeypatch):  # noqa: F811
    add = sync_package.PackageWriter.add_record
    written = []

    def add_until_the_stick_is_pulled(writer, table, row):  # noqa: ANN001, ANN202
        if len(written) == 300:
            raise OSError(5, "Input/output error")
        written.append(row)
        add(writer, table, row)
    monkeypatch.setattr(sync_package.PackageWriter, "add_record", add_until_the_stick_is_pulled)
    with pytest.raises(UserError, match="Không ghi được gói .* Hãy kiểm tra USB"):
        sync.export_package(commune, ADMIN_USER, tmp_path / "usb" / "p.anttsync")
    assert list((tmp_path / "usb").iterdir()) == []
    assert sync.sent(commune) == []
    monkeypatch.undo()
    assert sync.export_package(commune, ADMIN_USER, tmp_path / "usb" / "p.anttsync").seq == 1


def test_a_package_of_the_earlier_format_is_still_imported(commune, province, tmp_path):  # noqa: F811
    keys = sync_keys.own_keys(commune)
    with commune.engine.connect() as connection:
        records = {}
        for name, row in changed_rows(connection, {"02269"}, 0):
            records.setdefault(name, []).append(row)
    header = {"kind": "data", "sender": "02269", "sender_name": "Xã Thượng Lâm", "sender_level": "commune",
              "sender_parent": "08", "sender_installation": str(commune.installation().id), "recipient": "08",
              "seq": 1, "prev_hash": "", "created": "2026-06-01T00:00:00+00:00", "schema": "0009", "full": True,
              "counts": {k: len(v) for k, v in records.items()}, "forwarded": [], "omitted": {},
              "signing_public": sync_format.b64(sync_format.public_bytes(keys.signing))}
    recipient = X25519PublicKey.from_public_bytes(sync_format.public_bytes(sync_keys.own_keys(province).encryption))
    data = seal_v1(header, {"records": records, "attachments": {}}, keys.signing, recipient)
    outcome = sync_import.import_bytes(province, ADMIN_USER, data, "cu.anttsync")
    assert outcome.state == "imported" and f"{sum(map(len, records.values()))} bản ghi" in outcome.message
    assert stats.record_counts(province)["by_owner"] == stats.record_counts(commune)["by_owner"]
    assert sync_import.import_bytes(province, ADMIN_USER, data).state == "duplicate"
    damaged = bytearray(data)
    damaged[len(data) // 2] ^= 1
    with pytest.raises(UserError, match="Chữ ký của gói không đúng"):
        sync_import.import_bytes(province, ADMIN_USER, bytes(damaged))


def test_files_chosen_together_are_each_taken_or_refused_whole(commune, province, tmp_path):  # noqa: F811
    from antt_desktop.domain.areas import AreaInput
    from antt_desktop.domain.teams import TeamInput
    from antt_desktop.services.areas import areas
    from antt_desktop.services.forces import teams

    first = sync.export_package(commune, ADMIN_USER, tmp_path / "p1.anttsync").path
    area = areas.create_area(commune, ADMIN_USER, AreaInput("Thôn Khuổi Bốc"))
    second = sync.export_package(commune, ADMIN_USER, tmp_path / "p2.anttsync").path
    teams.create_team(commune, ADMIN_USER, TeamInput("Tổ bảo vệ Khuổi Bốc", "to_bao_ve_antt", area.id))
    third = sync.export_package(commune, ADMIN_USER, tmp_path / "p3.anttsync").path
    before = stats.record_counts(province)
    with pytest.raises(UserError, match="gói số 3 cần dữ liệu của gói trước chưa nhập"):
        sync_import.import_bytes(province, ADMIN_USER, third.read_bytes(), third.name)  # its area is in p2
    assert stats.record_counts(province) == before
    tampered = tmp_path / "hong.anttsync"
    data = bytearray(second.read_bytes())
    data[-100] ^= 1
    tampered.write_bytes(bytes(data))
    seen = []
    outcomes = sync_import.import_files(province, ADMIN_USER, [third, tampered, first],
                                        lambda done, total: seen.append((done, total)))
    by_file = {o.file: o for o in outcomes}
    assert by_file["p1.anttsync"].state == "imported" and by_file["hong.anttsync"].state == "refused"
    assert "cần dữ liệu của gói trước" in by_file["p3.anttsync"].message  # p2 was the damaged copy
    assert seen == [(0, 3), (1, 3), (2, 3), (3, 3)]
    from antt_desktop.services.admin import audit_log

    refusals = audit_log.entries(province, ADMIN_USER, audit_log.AuditFilter(action="refuse"))
    assert sorted(e.record_id for e in refusals) == ["hong.anttsync", "p3.anttsync"]  # found later too
    assert audit_log.verify(province, ADMIN_USER).startswith("Nhật ký nguyên vẹn")
    outcomes = sync_import.import_files(province, ADMIN_USER, [third, second, first])
    assert [o.state for o in outcomes] == ["duplicate", "imported", "imported"]
    assert stats.record_counts(province)["by_owner"] == stats.record_counts(commune)["by_owner"]
    assert sync.status(province)[0].missing == ()


def test_a_file_cut_short_while_it_is_imported_is_refused(commune, province, tmp_path, monkeypatch):  # noqa: F811
    monkeypatch.setattr(sync_package, "CHUNK", 512)
    path = sync.export_package(commune, ADMIN_USER, tmp_path / "p.anttsync").path
    data = path.read_bytes()
    verify = sync_package.PackageFile.verify

    def verify_then_cut(package, key):  # noqa: ANN001, ANN202
        verify(package, key)
        path.write_bytes(data[:3000])  # the stick pulled after the signature was checked
    monkeypatch.setattr(sync_package.PackageFile, "verify", verify_then_cut)
    before = stats.record_counts(province)
    [outcome] = sync_import.import_files(province, ADMIN_USER, [path])
    assert outcome.state == "refused" and "đã thay đổi trong khi đang nhập" in outcome.message
    assert stats.record_counts(province) == before and sync.status(province) == []


def test_one_byte_changed_anywhere_is_refused(commune, province):  # noqa: F811
    with commune.engine.connect() as connection:
        area = next(row for name, row in changed_rows(connection, {"02269"}, 0) if name == "residential_areas")
    data = forged(commune, province, {"residential_areas": [area]})
    before = stats.record_counts(province)
    for position in range(len(data)):
        changed = bytearray(data)
        changed[position] ^= 0x20
        with pytest.raises(UserError):
            sync_import.import_bytes(province, ADMIN_USER, bytes(changed))
    assert stats.record_counts(province) == before and sync.status(province) == []
    assert sync_import.import_bytes(province, ADMIN_USER, data).state == "imported"
