"""Backups: verified copies naming their unit and installation, private keys never in clear, one automatic backup
a day, restore with a preview, a safety copy first and an audit entry; another unit's or installation's backup
refused unless this PC replaces that one."""

import base64
import sqlite3
from contextlib import closing

import pytest

from antt_desktop.config import resolve_paths
from antt_desktop.db.backup import MANIFEST_TABLE
from antt_desktop.domain.areas import AreaInput
from antt_desktop.domain.units import Level
from antt_desktop.errors import UserError
from antt_desktop.services.admin import audit_log, backups
from antt_desktop.services.admin.backup_restore import RestoreOptions, plan, restore
from antt_desktop.services.admin.setup import SetupRequest, initialize
from antt_desktop.services.areas import areas
from antt_desktop.services.database import open_database
from antt_desktop.services.reports import stats
from antt_desktop.services.sync import sync_keys
from tests.cli_runner import antt_at
from tests.conftest import ADMIN, ADMIN_USER, EDITOR_USER

PASSPHRASE = "cụm mật khẩu sao lưu 2026"


def _secrets(database):
    keys = backups.private_keys(database)
    return [keys.signing, keys.encryption, *(base64.b64encode(k) for k in (keys.signing, keys.encryption)),
            keys.signing.hex().encode(), keys.encryption.hex().encode()]


def _holds_no_clear_key(path, database):
    data = path.read_bytes()
    return not any(secret in data for secret in _secrets(database))


def _restored(paths):
    database = open_database(paths)
    try:
        return ([a.name for a in areas.list_areas(database)], sync_keys.own_keys(database).fingerprint,
                str(database.installation().id), audit_log.entries(database, ADMIN_USER))
    finally:
        database.close()


@pytest.fixture
def other_commune(tmp_path):
    """Another unit's installation (another commune of Tuyên Quang) with one area."""
    database = initialize(resolve_paths(tmp_path / "xa-khac"), SetupRequest(Level.COMMUNE, "02266"))
    areas.create_area(database, ADMIN_USER, AreaInput("Thôn Của Xã Khác"))
    yield database
    database.close()


def test_backup_restore_round_trip_keeps_a_safety_copy_the_keys_and_an_audit_entry(database, tmp_path):
    areas.create_area(database, EDITOR_USER, AreaInput("Thôn Nà Liềm"))
    fingerprint = sync_keys.own_keys(database).fingerprint
    (tmp_path / "usb").mkdir()
    saved = backups.backup_now(database, EDITOR_USER, tmp_path / "usb")
    assert saved.exists() and saved.parent == tmp_path / "usb" and _holds_no_clear_key(saved, database)
    areas.create_area(database, EDITOR_USER, AreaInput("Thôn Thêm Sau"))
    paths = database.paths
    database.close()
    done = restore(paths, saved, ADMIN_USER)
    assert "Xã Thượng Lâm (02269)" in done.found.describe() and "1 khu dân cư" in done.found.describe()
    assert "không kèm khóa riêng" in done.found.describe() and "được giữ nguyên" in done.keys
    names, after, _installation, trail = _restored(paths)
    assert names == ["Thôn Nà Liềm"] and after == fingerprint
    assert trail[0].action == "restore" and trail[0].username == ADMIN and saved.name == trail[0].record_id
    assert backups.preview(done.safety).records["residential_areas"] == 2  # what was there before the restore
    assert _holds_no_clear_key(done.safety, open_database(paths))
    with closing(sqlite3.connect(paths.database)) as connection:  # the manifest does not stay in the live data
        assert connection.execute("SELECT count(*) FROM sqlite_master WHERE name = ?",
                                  (MANIFEST_TABLE,)).fetchone()[0] == 0


def test_automatic_backup_once_a_day_sealed_for_this_pc_and_restorable_when_the_database_is_lost(database):
    first = backups.automatic_backup(database, keep=2)
    assert first is not None and backups.automatic_backup(database, keep=2) is None
    assert len(list(database.paths.backups.glob("tu-dong-*.sqlite3"))) == 1
    assert _holds_no_clear_key(first, database) and "chỉ mở được trên máy đã sao lưu" in backups.preview(
        first).describe()
    fingerprint, installation = sync_keys.own_keys(database).fingerprint, str(database.installation().id)
    paths = database.paths
    database.close()
    paths.database.write_bytes(b"SQLite format 3\x00" + b"\x00" * 300)  # the disk damaged the live file
    done = restore(paths, first, ADMIN_USER)
    assert done.safety.name.startswith("hong-truoc-khoi-phuc")
    _names, after, restored_installation, _trail = _restored(paths)
    assert (after, restored_installation) == (fingerprint, installation)


def test_a_backup_holds_the_keys_only_sealed_under_its_passphrase(database, tmp_path):
    with pytest.raises(UserError, match="ít nhất 10 ký tự"):
        backups.backup_now(database, ADMIN_USER, tmp_path / "ngan.sqlite3", key_passphrase="ngắn")
    with pytest.raises(UserError):
        backups.backup_now(database, EDITOR_USER, tmp_path / "nhap-lieu.sqlite3", key_passphrase=PASSPHRASE)
    saved = backups.backup_now(database, ADMIN_USER, tmp_path / "co-khoa.sqlite3", key_passphrase=PASSPHRASE)
    assert _holds_no_clear_key(saved, database) and PASSPHRASE.encode() not in saved.read_bytes()
    found = backups.preview(saved)
    assert found.keys == "passphrase" and found.manifest["installation"] == str(database.installation().id)
    assert found.manifest["unit"] == {"code": "02269", "name": "Xã Thượng Lâm", "level": "commune"}


def test_a_backup_of_another_unit_is_refused_with_both_named_and_the_data_unchanged(database, other_commune,
                                                                                    tmp_path):
    foreign = backups.backup_now(other_commune, ADMIN_USER, tmp_path / "xa-khac.sqlite3")
    before = stats.record_counts(database)
    with pytest.raises(UserError) as refused:
        restore(database.paths, foreign, ADMIN_USER)
    message = refused.value.message
    assert "(02266)" in message and "Xã Thượng Lâm (02269)" in message and "Không khôi phục" in message
    assert str(other_commune.installation().id)[:8] in message and str(database.installation().id)[:8] in message
    assert stats.record_counts(database) == before and not list(database.paths.backups.glob("truoc-khoi-phuc-*"))
    [entry] = [e for e in audit_log.entries(database, ADMIN_USER) if e.action == "restore-refused"]
    assert entry.record_id == foreign.name


def test_a_backup_of_another_computer_of_the_same_unit_is_refused(database, tmp_path):
    second = initialize(resolve_paths(tmp_path / "may-2"), SetupRequest(Level.COMMUNE, "02269"))
    saved = backups.backup_now(second, ADMIN_USER, tmp_path / "may-2.sqlite3")
    second_id = str(second.installation().id)[:8]
    second.close()
    with pytest.raises(UserError, match=f"máy cài đặt {second_id}; máy này là Xã Thượng Lâm"):
        restore(database.paths, saved, ADMIN_USER)


def test_this_pc_replaces_another_with_the_passphrase_audited(database, other_commune, tmp_path):
    saved = backups.backup_now(other_commune, ADMIN_USER, tmp_path / "xa-khac.sqlite3", key_passphrase=PASSPHRASE)
    fingerprint, installation = sync_keys.own_keys(other_commune).fingerprint, str(other_commune.installation().id)
    paths = database.paths
    database.close()
    wrong = RestoreOptions("mật khẩu sai rồi đấy", take_over=True)
    with pytest.raises(UserError, match="Cụm mật khẩu của khóa riêng trong bản sao lưu không đúng"):
        restore(paths, saved, ADMIN_USER, wrong)
    with pytest.raises(UserError, match="hãy cho cụm mật khẩu"):
        restore(paths, saved, ADMIN_USER, RestoreOptions(take_over=True))
    names, _fp, here, _trail = _restored(paths)
    assert names == [] and here != installation  # nothing changed by the refusals
    done = restore(paths, saved, ADMIN_USER, RestoreOptions(PASSPHRASE, take_over=True))
    assert "Khóa riêng của bản sao lưu được khôi phục" in done.keys
    names, after, here, trail = _restored(paths)
    assert (names, after, here) == (["Thôn Của Xã Khác"], fingerprint, installation)
    assert trail[0].action == "restore" and "máy này thay thế" in trail[0].summary and "(02266)" in trail[0].summary
    assert plan(paths, saved).foreign == ""  # this PC is that installation now


def test_without_its_keys_a_restore_makes_new_ones_and_names_who_must_register_them(database, other_commune,
                                                                                   tmp_path):
    sync_keys.export_public_key(database, tmp_path / "xa.key")
    sync_keys.import_public_key(other_commune, ADMIN_USER, tmp_path / "xa.key")
    saved = backups.backup_now(other_commune, ADMIN_USER, tmp_path / "xa-khac.sqlite3", key_passphrase=PASSPHRASE)
    old = sync_keys.own_keys(other_commune).fingerprint
    fresh = resolve_paths(tmp_path / "may-moi")
    with pytest.raises(UserError, match="máy này là máy chưa có dữ liệu"):
        restore(fresh, saved, ADMIN_USER)
    done = restore(fresh, saved, ADMIN_USER, RestoreOptions(take_over=True, new_keys=True))
    _names, after, _here, _trail = _restored(fresh)
    assert after != old and f"dấu vân tay {after}" in done.keys and "Xã Thượng Lâm (02269)" in done.keys


def test_a_forged_manifest_or_a_broken_file_is_not_restored(database, other_commune, tmp_path):
    foreign = backups.backup_now(other_commune, ADMIN_USER, tmp_path / "gia.sqlite3")
    with closing(sqlite3.connect(database.paths.database)) as live, closing(sqlite3.connect(foreign)) as forged:
        manifest = forged.execute(f"SELECT content FROM {MANIFEST_TABLE}").fetchone()[0]
        here = live.execute("SELECT id FROM installation").fetchone()[0]
        forged.execute(f"UPDATE {MANIFEST_TABLE} SET content = ?", (manifest.replace(
            str(other_commune.installation().id), str(database.installation().id)).replace("02266", "02269"),))
        forged.commit()
    assert here
    with pytest.raises(UserError, match="không khớp dữ liệu bên trong"):
        restore(database.paths, foreign, ADMIN_USER)
    fake = tmp_path / "khong-phai.sqlite3"
    fake.write_bytes(b"not a database")
    with pytest.raises(UserError, match="không phải SQLite"):
        restore(database.paths, fake, ADMIN_USER)
    assert [p.name for p in database.paths.backups.glob("truoc-khoi-phuc-*")] == []


def test_an_old_backup_with_clear_keys_of_this_installation_is_still_restored(database, tmp_path):
    old = tmp_path / "kieu-cu.sqlite3"
    with closing(sqlite3.connect(database.paths.database)) as src, closing(sqlite3.connect(old)) as dst:
        src.backup(dst)
    assert backups.preview(old).keys == "clear"
    fingerprint, paths = sync_keys.own_keys(database).fingerprint, database.paths
    database.close()
    restore(paths, old, ADMIN_USER)
    assert _restored(paths)[1] == fingerprint



def test_cli_backup_with_sealed_keys_and_restore_on_a_replacing_pc(database, tmp_path):
    data, fresh = database.paths.data_dir, tmp_path / "may-moi"
    fingerprint = sync_keys.own_keys(database).fingerprint
    database.close()
    (tmp_path / "cum.txt").write_text(PASSPHRASE + "\n", encoding="utf-8")
    (tmp_path / "sai.txt").write_text("không phải cụm này\n", encoding="utf-8")
    made = antt_at(data, "backup", "--out", tmp_path / "sao-luu.sqlite3", "--key-passphrase-file", tmp_path / "cum.txt")
    assert made.returncode == 0 and "đã kiểm tra toàn vẹn" in made.stdout and "mã hóa bằng cụm mật khẩu" in made.stdout
    again = antt_at(data, "restore", tmp_path / "sao-luu.sqlite3")
    assert again.returncode == 0 and "Đã khôi phục" in again.stdout and "truoc-khoi-phuc" in again.stdout
    refused = antt_at(fresh, "restore", tmp_path / "sao-luu.sqlite3")
    assert refused.returncode == 1 and "--take-over-installation" in refused.stderr
    assert "Traceback" not in refused.stderr
    wrong = antt_at(fresh, "restore", tmp_path / "sao-luu.sqlite3", "--take-over-installation",
                  "--key-passphrase-file", tmp_path / "sai.txt")
    assert wrong.returncode == 1 and "Cụm mật khẩu của khóa riêng" in wrong.stderr
    assert not (fresh / "antt.sqlite3").exists()
    done = antt_at(fresh, "restore", tmp_path / "sao-luu.sqlite3", "--take-over-installation",
                 "--key-passphrase-file", tmp_path / "cum.txt")
    assert done.returncode == 0, done.stderr
    assert f"dấu vân tay {fingerprint}" in done.stdout


def test_after_restoring_an_older_backup_the_next_package_follows_the_last_one_sent(database, tmp_path):
    from antt_desktop.services.sync import sync

    province = initialize(resolve_paths(tmp_path / "tinh"), SetupRequest(Level.PROVINCE, "08"))
    sync_keys.export_public_key(province, tmp_path / "tinh.key")
    province.close()
    sync_keys.import_public_key(database, ADMIN_USER, tmp_path / "tinh.key")
    saved = backups.backup_now(database, ADMIN_USER, tmp_path / "hom-qua.sqlite3")
    areas.create_area(database, ADMIN_USER, AreaInput("Thôn Gửi Sau Sao Lưu"))
    sent = sync.export_package(database, ADMIN_USER, tmp_path / "p1.anttsync")
    clock = database.installation().clock
    paths = database.paths
    database.close()
    restore(paths, saved, ADMIN_USER)
    reopened = open_database(paths)
    try:
        assert reopened.installation().clock >= clock
        assert sync.export_package(reopened, ADMIN_USER, tmp_path / "p2.anttsync").seq == sent.seq + 1
    finally:
        reopened.close()


def test_sealed_keys_with_a_costly_key_derivation_are_refused_at_once(database, tmp_path):
    import json
    import stat

    saved = backups.backup_now(database, ADMIN_USER, tmp_path / "co-khoa.sqlite3", key_passphrase=PASSPHRASE)
    assert stat.S_IMODE((database.paths.data_dir / "this-pc.json").stat().st_mode) == 0o600
    with closing(sqlite3.connect(saved)) as forged:
        manifest = json.loads(forged.execute(f"SELECT content FROM {MANIFEST_TABLE}").fetchone()[0])
        manifest["keys"]["kdf"]["n"] = 2**30  # would take gigabytes and minutes to try
        forged.execute(f"UPDATE {MANIFEST_TABLE} SET content = ?", (json.dumps(manifest),))
        forged.commit()
    other = resolve_paths(tmp_path / "may-moi")
    with pytest.raises(UserError, match="theo cách không nhận ra"):
        restore(other, saved, ADMIN_USER, RestoreOptions(PASSPHRASE, take_over=True))
    assert not other.database.exists()


def test_old_backups_on_this_pc_holding_keys_in_clear_are_sealed_once(database):
    database.paths.backups.mkdir(exist_ok=True)
    old = database.paths.backups / "tu-dong-20250101-080000.sqlite3"
    with closing(sqlite3.connect(database.paths.database)) as src, closing(sqlite3.connect(old)) as dst:
        src.backup(dst)
    assert not _holds_no_clear_key(old, database)
    assert backups.automatic_backup(database) is not None
    assert _holds_no_clear_key(old, database) and backups.preview(old).keys == "this-pc"
    assert backups.seal_old_backups(database.paths) == []  # nothing left to do
