"""Checking an installation: the desktop app started on a data folder, signed in from a password file, every
work area opened once; and, where PyInstaller is installed, the one-folder bundle built and smoke-started."""

import importlib.util
import os
import subprocess
import sys
from pathlib import Path

import pytest

from antt_desktop.services.demo import demo
from tests.conftest import ADMIN, ADMIN_USER, PASSWORD

ROOT = Path(__file__).resolve().parents[2]
START = "from antt_desktop.gui.app import main; main()"


def _desktop(paths, *args, password=PASSWORD, tmp_path):  # noqa: ANN001
    password_file = tmp_path / "mat-khau.txt"
    password_file.write_text(password, encoding="utf-8")
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen")
    return subprocess.run([sys.executable, "-c", START, "--data-dir", str(paths.data_dir), "--user", ADMIN,
                           "--password-file", str(password_file), *args],
                          capture_output=True, text=True, timeout=120, env=env)


def test_every_work_area_opens_on_demo_data(paths, database, tmp_path):
    demo.fill_commune(database, ADMIN_USER)
    database.close()
    done = _desktop(paths, "--check-pages", tmp_path=tmp_path)
    assert done.returncode == 0, done.stderr
    assert "main window shown after" in done.stdout and "10 work areas opened" in done.stdout


def test_a_wrong_password_from_a_file_is_refused_in_vietnamese(paths, tmp_path):
    done = _desktop(paths, "--quit-when-shown", password="sai-mat-khau", tmp_path=tmp_path)
    assert done.returncode == 1
    assert "Sai tên đăng nhập hoặc mật khẩu" in done.stderr


def test_a_missing_password_file_is_a_usage_error(paths, tmp_path):
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen")
    done = subprocess.run([sys.executable, "-c", START, "--data-dir", str(paths.data_dir), "--password-file",
                           str(tmp_path / "khong-co.txt")], capture_output=True, text=True, timeout=60, env=env)
    assert done.returncode == 2 and "không đọc được tệp mật khẩu" in done.stderr


@pytest.mark.skipif(importlib.util.find_spec("PyInstaller") is None, reason="PyInstaller is not installed")
def test_the_bundle_builds_and_starts_on_a_fresh_data_folder(tmp_path):
    subprocess.run([sys.executable, "-m", "PyInstaller", "--noconfirm", "--log-level", "WARN",
                    "--distpath", str(tmp_path / "dist"), "--workpath", str(tmp_path / "work"),
                    str(ROOT / "installer" / "antt_desktop.spec")], check=True, capture_output=True, timeout=900)
    sys.path.insert(0, str(ROOT / "installer"))
    try:
        from smoke_test import smoke
    finally:
        sys.path.remove(str(ROOT / "installer"))
    times = smoke(tmp_path / "dist" / "ANTT Desktop", starts=1)
    assert len(times) == 1
