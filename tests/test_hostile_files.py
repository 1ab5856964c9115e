"""Files handed to the commune by a careless user or an attacker: each refused whole with a Vietnamese
reason, exit 1, no traceback, and the data unchanged."""

from __future__ import annotations

import pytest

from tests.cli_runner import antt
from tests.conftest import ADMIN


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

