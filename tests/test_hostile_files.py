"""Files handed to the commune by a careless user or an attacker: each refused whole with a Vietnamese
reason, exit 1, no traceback, and the data unchanged."""

from __future__ import annotations

import sqlite3
from contextlib import closing

import pytest

from tests.cli_runner import antt
from tests.conftest import ADMIN, PASSWORD


def _refused(result) -> str:
    assert result.returncode == 1, (result.returncode, result.stderr)
    assert "Traceback" not in result.stderr
    line = result.stderr.strip()
    assert line.startswith("antt: ") and "\n" not in line, line
    return line


@pytest.mark.parametrize("kind", ["directory", "endless", "huge", "not-utf8"])
def test_a_password_file_that_is_no_password_is_refused_quickly(paths, tmp_path, kind):
    file = {"directory": tmp_path, "endless": "/dev/zero", "huge": tmp_path / "huge.txt",
            "not-utf8": tmp_path / "latin.txt"}[kind]
    if kind == "huge":
        file.write_bytes(b"a" * 5_000_000)
    if kind == "not-utf8":
        file.write_bytes(b"\xff\xfemat-khau\n")
    result = antt("--data-dir", paths.data_dir, "stats", as_user=None, timeout=30,
                  env={"ANTT_USER": ADMIN, "ANTT_PASSWORD_FILE": str(file)})
    line = _refused(result)
    assert "tệp mật khẩu" in line.lower()
    assert "Is a directory" not in line and "codec" not in line



def _rows(database_file) -> dict[str, int]:
    with closing(sqlite3.connect(f"file:{database_file}?mode=ro", uri=True)) as connection:
        tables = [r[0] for r in connection.execute("SELECT name FROM sqlite_master WHERE type = 'table'")]
        return {t: connection.execute(f'SELECT count(*) FROM "{t}"').fetchone()[0] for t in tables}


@pytest.mark.parametrize("hidden", [
    "CREATE TRIGGER keep_door AFTER UPDATE ON users BEGIN UPDATE users SET role = 'admin'; END",
    "CREATE VIEW everyone AS SELECT username FROM users",
])
def test_a_backup_of_this_pc_carrying_a_trigger_or_view_is_not_restored(paths, tmp_path, hidden):
    backup = tmp_path / "sao-luu.sqlite3"
    made = antt("--data-dir", paths.data_dir, "backup", "--out", backup, as_user=ADMIN, password=PASSWORD)
    assert made.returncode == 0, made.stderr
    with closing(sqlite3.connect(backup)) as connection:
        connection.execute(hidden)
        connection.commit()
    before = _rows(paths.database)
    line = _refused(antt("--data-dir", paths.data_dir, "restore", backup, as_user=ADMIN, password=PASSWORD))
    assert "không khôi phục" in line.lower()
    with closing(sqlite3.connect(paths.database)) as connection:
        assert connection.execute("SELECT count(*) FROM sqlite_master WHERE type IN ('trigger', 'view')"
                                  ).fetchone()[0] == 0
    after = _rows(paths.database)
    assert after.pop("audit_log") >= before.pop("audit_log")  # the refusal may be written to the trail
    assert after == before
