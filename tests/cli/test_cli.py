"""The ``antt`` command contract of DESIGN §6: exit codes, Vietnamese one-line reasons, --data-dir."""

import json

import pytest

from tests import cli_runner
from tests.conftest import PASSWORD


def antt(*args, env_data_dir=None, **kwargs):
    """``antt`` as the demo administrator (``password=`` for a folder initialised here)."""
    return cli_runner.antt(*args, env={"ANTT_DATA_DIR": str(env_data_dir)} if env_data_dir else None, **kwargs)


@pytest.fixture
def password_file(tmp_path):
    path = tmp_path / "pw.txt"
    path.write_text("mat-khau-2026\n", encoding="utf-8")
    return path


def test_init_then_refuse_a_second_init(tmp_path, password_file):
    data = tmp_path / "d"
    first = antt("init", "--data-dir", data, "--level", "commune", "--unit-code", "2269",
                 "--admin-user", "admin", "--admin-password-file", password_file)
    assert first.returncode == 0, first.stderr
    assert "Xã Thượng Lâm (02269)" in first.stdout
    before = (data / "antt.sqlite3").read_bytes()
    second = antt("init", "--data-dir", data, "--level", "province", "--unit-code", "01")
    assert second.returncode == 1
    assert second.stderr.count("\n") == 1 and "đã có cơ sở dữ liệu" in second.stderr
    assert (data / "antt.sqlite3").read_bytes() == before


def test_unknown_unit_code_exits_1_and_creates_nothing(tmp_path):
    result = antt("init", "--data-dir", tmp_path / "d", "--level", "commune", "--unit-code", "99999")
    assert result.returncode == 1
    assert "Không có xã, phường, đặc khu nào mang mã 99999" in result.stderr
    assert not (tmp_path / "d").exists()


@pytest.mark.parametrize("args", [["frobnicate"], ["init", "--level", "city", "--unit-code", "1"], ["stats", "--x"]])
def test_wrong_usage_exits_2(tmp_path, args):
    result = antt(*args, "--data-dir", tmp_path)
    assert result.returncode == 2
    assert "lỗi cú pháp lệnh" in result.stderr


def test_demo_and_stats_json(tmp_path):
    data = tmp_path / "d"
    demo = antt("demo", "--data-dir", data)
    assert demo.returncode == 0, demo.stderr
    assert "admin / antt2026" in demo.stdout
    stats = antt("stats", "--json", env_data_dir=data)  # ANTT_DATA_DIR instead of --data-dir
    assert stats.returncode == 0, stats.stderr
    counts = json.loads(stats.stdout)
    assert set(counts) == {"counts", "by_owner"} and list(counts["by_owner"]) == ["02269"]
    assert (counts["counts"]["areas"], counts["counts"]["teams"], counts["counts"]["models"]) == (10, 20, 30)
    assert 120 <= counts["counts"]["members"] <= 160
    assert counts["by_owner"]["02269"] == {k: v for k, v in counts["counts"].items() if v}
    again = antt("demo", "--data-dir", data)
    assert "Đã thêm 0 khu dân cư, 0 thành viên lực lượng, 0 mô hình tự phòng, tự quản và 0 hoạt động" in again.stdout
    assert antt("stats", "--json", "--data-dir", data).stdout == stats.stdout


def test_stats_on_a_folder_without_data_exits_1(tmp_path):
    result = antt("stats", "--data-dir", tmp_path / "none")
    assert result.returncode == 1 and "Chưa khởi tạo" in result.stderr


def test_a_file_that_is_not_a_database_is_refused_untouched(tmp_path):
    data = tmp_path / "d"
    data.mkdir()
    (data / "antt.sqlite3").write_bytes(b"not a database at all")
    result = antt("stats", "--data-dir", data)
    assert result.returncode == 1 and "không phải SQLite" in result.stderr
    assert (data / "antt.sqlite3").read_bytes() == b"not a database at all"


def test_province_demo_fills_areas_owned_by_its_communes(tmp_path):
    data = tmp_path / "p"
    assert antt("demo", "--scale", "province", "--data-dir", data).returncode == 0
    counts = json.loads(antt("stats", "--json", "--data-dir", data).stdout)
    assert len(counts["by_owner"]) == 124  # Tuyên Quang's communes since 1/7/2025
    assert counts["counts"]["areas"] == 1240 and counts["counts"]["teams"] == 2480
    assert counts["counts"]["members"] > 15_000
    assert all(code.isdigit() and len(code) == 5 for code in counts["by_owner"])


def test_a_directive_with_its_scanned_text_and_one_with_a_fake_pdf(tmp_path):
    data = tmp_path / "tinh"
    assert antt("init", "--level", "province", "--unit-code", "08", "--data-dir", data, "--admin-user", "admin",
                "--admin-password-file", cli_runner.password_file(PASSWORD)).returncode == 0
    scan, fake = tmp_path / "30-CAT.pdf", tmp_path / "gia.pdf"
    scan.write_bytes(b"%PDF-1.4 van ban")
    fake.write_bytes(b"MZ\x90\x00 not a pdf")
    common = ["directive", "add", "--number", "30/CAT-PV05", "--date", "01/02/2026", "--issuer", "Công an tỉnh",
              "--title", "Hướng dẫn Ngày hội", "--data-dir", data]
    done = antt(*common, "--file", scan, password=PASSWORD)
    assert done.returncode == 0 and "kèm 1 tệp" in done.stdout
    refused = antt(*common, "--file", fake, password=PASSWORD)
    assert refused.returncode == 1 and "gia.pdf không phải tệp PDF" in refused.stderr
    assert refused.stderr.count("\n") == 1
