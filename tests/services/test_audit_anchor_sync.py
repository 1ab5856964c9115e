"""Every package sent up carries the end of the sender's audit trail; the upper level keeps it per sender and
says so when a later package shows that trail cut short."""

from __future__ import annotations

from cryptography.hazmat.primitives.asymmetric.x25519 import X25519PublicKey
from sqlalchemy import select

from antt_desktop.db.audit import current_anchor
from antt_desktop.db.sync import ReceivedPackage
from antt_desktop.exchange import sync_format, sync_package
from antt_desktop.services.sync import sync, sync_import, sync_keys
from tests.conftest import ADMIN_USER
from tests.services.test_sync import _refused, opened


def _anchors(receiver) -> list[tuple[int, int, str]]:
    with receiver.factory() as session:
        return [tuple(r) for r in session.execute(select(ReceivedPackage.seq, ReceivedPackage.audit_count,
                                                         ReceivedPackage.audit_hash).order_by(ReceivedPackage.seq))]


def test_the_header_carries_the_trail_end_and_the_upper_level_keeps_it(commune, province, tmp_path):  # noqa: F811
    with commune.factory() as session:
        before = current_anchor(session)
    path = sync.export_package(commune, ADMIN_USER, tmp_path / "p1.anttsync").path
    header = opened(path, sync_keys.own_keys(commune).signing, sync_keys.own_keys(province).encryption)[0]
    assert header["audit"] == {"count": before.count, "hash": before.hash} and before.count > 0
    outcome = sync_import.import_bytes(province, ADMIN_USER, path.read_bytes(), "p1.anttsync")
    assert outcome.state == "imported" and "CẢNH BÁO" not in outcome.message
    assert _anchors(province) == [(1, before.count, before.hash)]


def test_a_sender_whose_trail_was_cut_is_reported_at_the_upper_level(commune, province, tmp_path):  # noqa: F811
    first = sync.export_package(commune, ADMIN_USER, tmp_path / "p1.anttsync").path
    assert sync_import.import_bytes(province, ADMIN_USER, first.read_bytes()).state == "imported"
    with commune.engine.begin() as connection:  # the commune's PC, in an attacker's hands
        connection.exec_driver_sql("DELETE FROM audit_log")
    second = sync.export_package(commune, ADMIN_USER, tmp_path / "p2.anttsync").path
    outcome = sync_import.import_bytes(province, ADMIN_USER, second.read_bytes(), "p2.anttsync")
    assert outcome.state == "imported"
    assert "nhật ký thao tác của máy gửi đã bị cắt bớt hoặc viết lại" in outcome.message
    assert "gói số 2 ghi 0 mục" in outcome.message
    assert [count for _seq, count, _hash in _anchors(province)][1] == 0


def test_a_malformed_anchor_refuses_the_package_whole(commune, province):  # noqa: F811
    keys = sync_keys.own_keys(commune)
    for forged_anchor in ({"count": -1, "hash": ""}, {"count": 3, "hash": "../../etc"}, "12:abc",
                          {"count": 10**15, "hash": "a" * 64}, {"count": True, "hash": "a" * 64}):
        header = {"kind": "data", "sender": "02269", "sender_name": "Xã Thượng Lâm",
                  "sender_installation": str(commune.installation().id), "recipient": "08", "seq": 1,
                  "created": "2026-01-01T00:00:00+00:00", "schema": "0008", "full": False, "audit": forged_anchor,
                  "signing_public": sync_format.b64(sync_format.public_bytes(keys.signing))}
        province_key = sync_format.public_bytes(sync_keys.own_keys(province).encryption)
        data = sync_package.seal(header, sync_package.record_items({}), keys.signing,
                                 X25519PublicKey.from_public_bytes(province_key))
        _refused(province, data, "mốc nhật ký thao tác .* không hợp lệ")
