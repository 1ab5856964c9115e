"""Running the ``antt`` command in a subprocess as a named user, the way a script would.

``antt(...)`` signs in through ANTT_USER and ANTT_PASSWORD_FILE (the demo administrator unless told
otherwise); ``as_user=None`` runs with no credentials at all, as an anonymous caller would. ``antt_at(place,
...)`` runs on a test's own data folder (or a database's) as the administrator the test fixtures create.
"""

from __future__ import annotations

import hashlib
import os
import subprocess
import sys
import tempfile
from pathlib import Path

from antt_desktop.services.demo.demo import DEMO_ADMIN, DEMO_PASSWORD

_FOLDER = Path(tempfile.mkdtemp(prefix="antt-test-passwords-"))


def password_file(password: str) -> Path:
    """A file holding the password (one per distinct password, kept for the test session)."""
    path = _FOLDER / f"{hashlib.sha256(password.encode()).hexdigest()[:16]}.txt"
    if not path.exists():
        path.write_text(password + "\n", encoding="utf-8")
    return path


def cli_env(as_user: str | None = DEMO_ADMIN, password: str = DEMO_PASSWORD, **extra: str) -> dict[str, str]:
    """The environment of a subprocess that signs in as ``as_user`` (or as nobody when it is None)."""
    env = {k: v for k, v in os.environ.items() if k not in ("ANTT_USER", "ANTT_PASSWORD_FILE", "ANTT_DATA_DIR")}
    if as_user is not None:
        env.update(ANTT_USER=as_user, ANTT_PASSWORD_FILE=str(password_file(password)))
    env.update(extra)
    return env


def antt(*args: object, as_user: str | None = DEMO_ADMIN, password: str = DEMO_PASSWORD,
         env: dict[str, str] | None = None, timeout: float = 120, **kwargs: object) -> subprocess.CompletedProcess:
    """``antt ARGS…`` as ``as_user``; ``env`` adds variables (ANTT_DATA_DIR…) to the credentials."""
    return subprocess.run([sys.executable, "-m", "antt_desktop", *map(str, args)], capture_output=True, text=True,
                          encoding="utf-8", env=cli_env(as_user, password, **(env or {})), timeout=timeout,
                          **{"stdin": subprocess.DEVNULL, **kwargs})


def admin_args() -> list[object]:
    """What ``antt init`` takes to create the administrator that ``antt(...)`` signs in as by default."""
    return ["--admin-user", DEMO_ADMIN, "--admin-password-file", password_file(DEMO_PASSWORD)]


def antt_at(place: object, *args: object, timeout: float = 300, **kwargs: object) -> subprocess.CompletedProcess:
    """``antt ARGS… --data-dir FOLDER`` as the fixtures' administrator; ``place`` is the data folder or a database."""
    from tests.conftest import ADMIN, PASSWORD

    folder = place.paths.data_dir if hasattr(place, "paths") else place
    return antt(*args, "--data-dir", folder, as_user=ADMIN, password=PASSWORD, timeout=timeout, **kwargs)
