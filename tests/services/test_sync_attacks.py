"""Attacks on sync trust beyond the first round, with packages forged by tests/package_forge.py from
docs/sync-format.md: by someone holding only public key files and packages seen in transit, and by a registered
commune turned liar. Each refusal is Vietnamese, exits 1, leaves the data as it was and is audited."""

import base64
import dataclasses
import hashlib
import json
import uuid

import pytest
from cryptography.hazmat.primitives.asymmetric.x25519 import X25519PublicKey

from antt_desktop.config import resolve_paths
from antt_desktop.domain.units import Level
from antt_desktop.services.admin.setup import SetupRequest, initialize
from antt_desktop.services.areas import areas
from antt_desktop.services.demo import demo
from antt_desktop.services.sync import sync, sync_import
from tests import package_forge
from tests.conftest import ADMIN, ADMIN_USER, PASSWORD, exchange_keys
from tests.services import test_sync_trust as trust

commune = trust.commune  # Xã Thượng Lâm (02269) with its first package at Tỉnh Tuyên Quang (08)
antt, refused, last_audit, key_file, real_signer = (trust.antt, trust.refused, trust.last_audit, trust.key_file,
                                                    trust.real_signer)


def recipient_of(database, tmp_path) -> X25519PublicKey:
    """The receiver's encryption key, from its public key file (it travels by e-mail)."""
    return X25519PublicKey.from_public_bytes(package_forge.recipient_key(key_file(database, tmp_path)))


def as_commune(commune, province, tmp_path, rows: dict, seq: int = 2, **claims) -> bytes:
    """A package signed with the registered commune's real key, as the liar it turned into would make it."""
    signer = real_signer(commune)
    claims = {"sender_name": "Xã Thượng Lâm", "sender_parent": "08", **claims}
    head = package_forge.header_for(signer, "02269", str(commune.installation().id), "08", seq=seq, **claims)
    return package_forge.forge(head, package_forge.table_lines(rows), signer, recipient_of(province, tmp_path))


def other_commune(province, tmp_path, members=False):
    """Xã Lâm Bình (02266), registered at the province, with one area imported there."""
    other = initialize(resolve_paths(tmp_path / "lam-binh"), SetupRequest(Level.COMMUNE, "02266", admin_user=ADMIN,
                                                                          admin_password=PASSWORD))
    area = areas.create_area(other, ADMIN_USER, areas.AreaInput("Thôn Nà Liềm", "Thôn", 120, 30, set(), "", ""))
    if members:
        demo.fill_commune(other, ADMIN_USER)
    exchange_keys(other, province, tmp_path)
    package = sync.export_package(other, ADMIN_USER, tmp_path / "lam-binh-1.anttsync")
    assert sync_import.import_bytes(province, ADMIN_USER, package.path.read_bytes()).state == "imported"
    return other, area


def test_a_commune_cannot_take_over_another_communes_record_by_its_id(commune, province, tmp_path):
    other, victim = other_commune(province, tmp_path)
    stolen = package_forge.record("02269", version=victim_version(province, victim.id) + 1, name="Thôn bị chiếm",
                                kind="Thôn", id=str(victim.id))
    forged = tmp_path / "chiem.anttsync"
    forged.write_bytes(as_commune(commune, province, tmp_path, {"residential_areas": [stolen]}))
    refused(province, forged, "trùng mã với bản ghi thuộc đơn vị khác (02266)", "không nhập gì")
    assert last_audit(province).action == "refuse"
    other.close()


def victim_version(database, record_id: uuid.UUID) -> int:
    with database.factory() as session:
        from antt_desktop.db.models import ResidentialArea

        return session.get(ResidentialArea, record_id).version


def test_a_commune_cannot_block_another_communes_next_package_by_using_its_computer_id(commune, province, tmp_path):
    other, _area = other_commune(province, tmp_path)
    seen_in_transit = str(other.installation().id)  # clear text in the header of every package it sends
    squat = tmp_path / "chen-so.anttsync"
    squat.write_bytes(as_commune(commune, province, tmp_path, {}, sender_installation=seen_in_transit))
    antt(province, "sync", "import", squat)

    areas.create_area(other, ADMIN_USER, areas.AreaInput("Thôn Khuôn Nhòa", "Thôn", 80, 20, set(), "", ""))
    genuine = sync.export_package(other, ADMIN_USER, tmp_path / "lam-binh-2.anttsync")
    done = antt(province, "sync", "import", genuine.path)
    assert done.returncode == 0 and "gói số 2 của Xã Lâm Bình" in done.stdout, done.stdout + done.stderr
    assert "Thôn Khuôn Nhòa" in [a.name for a in areas.list_areas(province)]
    other.close()


def test_a_commune_cannot_hang_its_records_under_another_communes_record(commune, province, tmp_path):
    other, victim = other_commune(province, tmp_path)
    team = package_forge.record("02269", name="Tổ cài vào thôn xã khác", force_type="to_bao_ve_antt",
                            area_id=str(victim.id))
    forged = tmp_path / "cai-vao.anttsync"
    forged.write_bytes(as_commune(commune, province, tmp_path, {"force_teams": [team]}))
    refused(province, forged, "force_teams", "gắn vào bản ghi của đơn vị khác (02266)", "không nhập gì")
    assert last_audit(province).action == "refuse"
    other.close()


def test_a_commune_cannot_attach_files_to_another_communes_member(commune, province, tmp_path):
    other, _area = other_commune(province, tmp_path, members=True)
    member = member_of(province, "02266")
    content = b"%PDF-1.4 gia mao"
    sha = hashlib.sha256(content).hexdigest()
    attached = package_forge.record("02269", record_kind="members", record_id=str(member), filename="ky-luat.pdf",
                                  sha256=sha, size=len(content))
    forged = tmp_path / "dinh-kem.anttsync"
    signer = real_signer(commune)
    head = package_forge.header_for(signer, "02269", str(commune.installation().id), "08", seq=2,
                                    sender_name="Xã Thượng Lâm", sender_parent="08")
    lines = package_forge.payload_lines([{"table": "attachments", "rows": [attached]},
                                         {"attachment": sha, "content": base64.b64encode(content).decode()}])
    forged.write_bytes(package_forge.forge(head, lines, signer, recipient_of(province, tmp_path)))
    refused(province, forged, "attachments", "gắn vào bản ghi của đơn vị khác (02266)", "không nhập gì")
    other.close()


def member_of(database, owner: str) -> uuid.UUID:
    from antt_desktop.db.forces import ForceMember

    with database.factory() as session:
        return session.query(ForceMember.id).filter(ForceMember.owner_unit == owner).first()[0]


def test_messages_and_the_audit_trail_name_the_sender_as_configured_here_not_as_the_header_claims(commune, province,
                                                                                                  tmp_path):
    posing = tmp_path / "mao-ten.anttsync"
    posing.write_bytes(as_commune(commune, province, tmp_path, {}, sender_name="Công an tỉnh Tuyên Quang"))
    done = antt(province, "sync", "import", posing)
    assert done.returncode == 0 and "gói số 2 của Xã Thượng Lâm (02269)" in done.stdout, done.stdout + done.stderr
    assert "Công an tỉnh" not in done.stdout
    assert "Công an tỉnh" not in last_audit(province).summary


def test_attached_file_names_and_hashes_from_a_package_cannot_reach_outside_the_data_folder(commune, province,
                                                                                            tmp_path):
    """A path-like or program's name is reduced to a safe base name of a document; a hash that is not one refuses
    the package."""
    from antt_desktop.services import attachments

    member = member_of(province, "02269")
    good_hash = hashlib.sha256(b"x").hexdigest()
    names = ["..\\..\\Startup\\chay.hta", "../ra-ngoai.pdf", "CON.pdf", "bao-cao.pdf.exe"]
    for number, name in enumerate(names, start=2):
        attached = package_forge.record("02269", record_kind="members", record_id=str(member), filename=name,
                                      sha256=good_hash, size=1)
        forged = tmp_path / f"duong-dan-{number}.anttsync"
        forged.write_bytes(as_commune(commune, province, tmp_path, {"attachments": [attached]}, seq=number))
        done = antt(province, "sync", "import", forged)
        assert done.returncode == 0, done.stdout + done.stderr
    stored = [a.filename for a in attachments.list_attachments(province, "members", member)]
    assert len(stored) == len(names)
    for name in stored:
        assert "/" not in name and "\\" not in name and not name.startswith(".")
        assert name.rsplit(".", 1)[-1].lower() not in ("hta", "exe") and name.split(".")[0].upper() != "CON"
    attached = package_forge.record("02269", record_kind="members", record_id=str(member), filename="ho-so.pdf",
                                  sha256="../../../../etc/hostname", size=1)
    forged = tmp_path / "ma-bam.anttsync"
    forged.write_bytes(as_commune(commune, province, tmp_path, {"attachments": [attached]}, seq=len(names) + 2))
    refused(province, forged, "mã băm không hợp lệ", "không nhập gì")
    assert last_audit(province).action == "refuse"


def test_a_stored_attachment_opens_only_as_a_plain_file_inside_the_folder_asked_for(commune, tmp_path):
    from antt_desktop.errors import UserError
    from antt_desktop.services import attachments

    source = tmp_path / "ho-so.pdf"
    source.write_bytes(b"%PDF-1.4\n")
    _name, sha, size = attachments.keep_named(commune, source)
    folder = tmp_path / "mo" / "rieng"
    row = attachments.AttachmentRow(uuid.uuid4(), "../../ra-ngoai.pdf", size, sha, "", "")
    opened = attachments.copy_out(commune, row, folder)
    assert opened.parent == folder and opened.name == "ra-ngoai.pdf"
    for name in ("chay.hta", "cai-dat.exe"):  # opened as what the content is, never as a program
        copy = attachments.copy_out(commune, dataclasses.replace(row, filename=name), folder)
        assert copy.parent == folder and copy.suffix == ".pdf"
    with pytest.raises(UserError):
        attachments.copy_out(commune, dataclasses.replace(row, sha256="../../../../etc/hostname"), folder)


def held_ids(database) -> dict[str, int]:
    return {h["file"]: h["id"]
            for h in json.loads(antt(database, "sync", "held", "--json").stdout)["held"]}


def test_accepting_a_held_package_never_brings_back_a_retired_key(commune, province, tmp_path):
    reinstalled = initialize(resolve_paths(tmp_path / "cai-lai"), SetupRequest(Level.COMMUNE, "02269"))
    assert antt(province, "keys", "import", key_file(reinstalled, tmp_path), "--replace").returncode == 0
    old = sync.export_package(commune, ADMIN_USER, tmp_path / "may-cu.anttsync")  # a lost computer's key
    refused(province, old.path, "chưa được đăng ký")
    before = trust.snapshot(province)
    done = antt(province, "sync", "accept", held_ids(province)["may-cu.anttsync"])
    assert done.returncode == 1 and "đã bị thu hồi" in done.stderr and "antt keys import" in done.stderr, done.stderr
    assert trust.snapshot(province) == before
    assert last_audit(province).action == "refuse" and "đã bị thu hồi" in last_audit(province).summary
    reinstalled.close()


def test_registering_a_key_imports_only_the_held_packages_of_its_unit_and_keeps_the_others(commune, province,
                                                                                            tmp_path):
    from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey

    attacker = Ed25519PrivateKey.generate()
    for code, name in (("02269", "Xã Thượng Lâm"), ("02266", "Xã Lâm Bình")):
        head = package_forge.attacker_header(code, name, "08", attacker)
        forged = tmp_path / f"gia-{code}.anttsync"
        forged.write_bytes(package_forge.forge_lines(head, [], attacker, package_forge.recipient_key(key_file(province,
                                                                                                     tmp_path))))
        refused(province, forged, "chưa được đăng ký")
    assert antt(province, "sync", "accept", held_ids(province)["gia-02269.anttsync"]).returncode == 0
    assert list(held_ids(province)) == ["gia-02266.anttsync"]  # still there for the administrator to reject


@pytest.mark.parametrize("sender", ["2269", "002269", "02269 ", "０２２６９", "О2269"])
def test_a_unit_code_written_differently_does_not_dodge_the_registry(commune, province, tmp_path, sender):
    """The registered commune's own key, its code with leading zeros changed, padded, full-width or Cyrillic."""
    signer = real_signer(commune)
    area = package_forge.record(sender, name="Thôn mã lạ", kind="Thôn")
    head = package_forge.header_for(signer, sender, str(commune.installation().id), "08", seq=2,
                                    sender_name="Xã Thượng Lâm", sender_parent="08")
    forged = tmp_path / "ma-la.anttsync"
    forged.write_bytes(package_forge.forge(head, package_forge.table_lines({"residential_areas": [area]}), signer,
                                           recipient_of(province, tmp_path)))
    refused(province, forged, "không phải cấp trên, cấp dưới hay máy khác của đơn vị này")
    assert last_audit(province).action == "refuse"


def test_a_format_1_package_from_a_registered_commune_cannot_claim_to_forward_another(commune, province, tmp_path):
    signer = real_signer(commune)
    other = package_forge.record("02266", name="Thôn của xã khác", kind="Thôn")
    head = package_forge.header_for(signer, "02269", str(commune.installation().id), "08", seq=2,
                                    sender_name="Xã Thượng Lâm", sender_parent="08", forwarded=["02266"],
                                    counts={"residential_areas": 1})
    payload = package_forge.json_bytes({"records": {"residential_areas": [other]}, "attachments": {}})
    forged = tmp_path / "dinh-dang-1.anttsync"
    forged.write_bytes(package_forge.forge_v1(head, payload, signer, recipient_of(province, tmp_path)))
    refused(province, forged, "không phải đơn vị trung gian trực thuộc đơn vị này")


def test_a_sibling_commune_registered_at_a_commune_cannot_send_it_a_down_package(commune, province, tmp_path):
    sibling = initialize(resolve_paths(tmp_path / "xa-ben"), SetupRequest(Level.COMMUNE, "02266"))
    exchange_keys(sibling, commune, tmp_path)  # registered, yet not above it
    with sibling.session() as session:
        from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey

        from antt_desktop.db.sync import LocalKeys

        signer = Ed25519PrivateKey.from_private_bytes(session.query(LocalKeys).one().signing_private)
    order = package_forge.record("02266", number="5/XA", issued_date="2026-11-30", issuer="Xã bên", title="Chỉ đạo")
    head = package_forge.header_for(signer, "02266", str(sibling.installation().id), "02269", sender_parent="08")
    forged = tmp_path / "xa-ben.anttsync"
    forged.write_bytes(package_forge.forge(head, package_forge.table_lines({"directives": [order]}), signer,
                                           recipient_of(commune, tmp_path)))
    refused(commune, forged, "không phải cấp trên, cấp dưới hay máy khác của đơn vị này")
    sibling.close()


def hostile_key_files(province, commune, tmp_path):
    from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey

    fresh = package_forge.attacker_header("X", "", "", Ed25519PrivateKey.generate())
    genuine = json.loads(key_file(commune, tmp_path).read_text(encoding="utf-8"))

    def key(**changes):
        return json.dumps({"kind": "antt-public-key", "unit_code": "02266", "unit_name": "Xã Lâm Bình",
                           "signing_public": fresh["signing_public"], "encryption_public": fresh["encryption_public"],
                           **changes})
    return {"qua-lon": (key(unit_name="x" * 70_000), "không phải tệp khóa công khai"),
            "long-nhau": ("[" * 30_000 + "]" * 30_000, "không phải tệp khóa công khai"),
            "duong-dan": (key(unit_code="../../08"), "mã đơn vị"),
            "dai-dien": (key(unit_code="*"), "mã đơn vị"),
            "chu-khac": (key(unit_code="０２２６６"), "mã đơn vị"),
            "cua-chinh-may": (key_file(province, tmp_path).read_text(encoding="utf-8"), "chính máy này"),
            "thieu-so-0": (key(unit_code="2269"), "mã đơn vị"),
            "khoa-cua-xa-khac": (key(signing_public=genuine["signing_public"],
                                     encryption_public=genuine["encryption_public"]),
                                 "đã được đăng ký cho đơn vị 02269")}


def test_hostile_key_files_are_refused_whole_and_audited(commune, province, tmp_path):
    for name, (content, reason) in hostile_key_files(province, commune, tmp_path).items():
        path = tmp_path / f"{name}.anttkey"
        path.write_text(content, encoding="utf-8")
        before = trust.snapshot(province)
        done = antt(province, "keys", "import", path)
        assert done.returncode == 1 and reason in done.stderr and "Traceback" not in done.stderr, (name, done.stderr)
        assert trust.snapshot(province) == before
        assert (last_audit(province).action, last_audit(province).record_id) == ("refuse", path.name), name


def test_a_key_file_is_shown_and_kept_under_its_units_name_as_known_here_not_the_name_it_claims(province, tmp_path):
    from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey

    head = package_forge.attacker_header("X", "", "", Ed25519PrivateKey.generate())
    posing = tmp_path / "ten-gia.anttkey"
    posing.write_text(json.dumps({"kind": "antt-public-key", "unit_code": "02266", "unit_name": "Xã Thượng Lâm",
                                  "signing_public": head["signing_public"],
                                  "encryption_public": head["encryption_public"]}), encoding="utf-8")
    done = antt(province, "keys", "import", posing)
    assert done.returncode == 0 and "Đã đăng ký khóa của Xã Lâm Bình (02266)" in done.stdout, done.stdout
    [key] = json.loads(antt(province, "keys", "list", "--json").stdout)["keys"]
    assert (key["unit"], key["name"]) == ("02266", "Xã Lâm Bình")
    assert "Thượng Lâm" not in last_audit(province).summary


def test_an_old_genuine_package_replayed_after_a_newer_one_changes_nothing(commune, province, tmp_path):
    area = areas.list_areas(commune)[0]
    areas.update_area(commune, ADMIN_USER, area.id, dataclasses.replace(area.as_input(), name="Thôn Cũ"))
    old = sync.export_package(commune, ADMIN_USER, tmp_path / "that-2.anttsync")
    areas.update_area(commune, ADMIN_USER, area.id, dataclasses.replace(area.as_input(), name="Thôn Mới"))
    new = sync.export_package(commune, ADMIN_USER, tmp_path / "that-3.anttsync")
    assert antt(province, "sync", "import", new.path).returncode == 0
    assert antt(province, "sync", "import", old.path).returncode == 0  # arrived late: older versions are ignored
    before = trust.snapshot(province)
    again = antt(province, "sync", "import", old.path)
    assert again.returncode == 0 and "đã được nhập trước đây" in again.stdout
    assert trust.snapshot(province) == before
    assert [a.name for a in areas.list_areas(province) if a.id == area.id] == ["Thôn Mới"]
