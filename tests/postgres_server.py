"""A throwaway PostgreSQL server for the tests that run on both storages.

Debian's server binaries (``scripts/test`` installs the ``postgresql`` package where it is missing) start a
cluster in a temporary folder that listens on a Unix socket only, so nothing on the machine is touched and
no port can clash. ``ANTT_TEST_POSTGRES_URL`` points the tests at an existing server instead.
"""

from __future__ import annotations

import glob
import itertools
import os
import shutil
import subprocess
from pathlib import Path

from sqlalchemy import create_engine, text
from sqlalchemy.engine import make_url

SERVER_URL_ENV = "ANTT_TEST_POSTGRES_URL"


def server_binaries() -> Path | None:
    """The newest Debian PostgreSQL server's bin folder, or one with initdb on PATH."""
    found = sorted(glob.glob("/usr/lib/postgresql/*/bin/initdb"), key=lambda p: int(Path(p).parent.parent.name))
    if found:
        return Path(found[-1]).parent
    initdb = shutil.which("initdb")
    return Path(initdb).resolve().parent if initdb else None


class PostgresServer:
    """One server for the test session; each test gets databases of its own on it."""

    def __init__(self, url: str, folder: Path | None = None, binaries: Path | None = None) -> None:
        self.url = make_url(url)
        self._folder, self._binaries = folder, binaries
        self._names = itertools.count(1)
        self._created: list[str] = []
        self._admin = create_engine(self.url, isolation_level="AUTOCOMMIT")

    @classmethod
    def start(cls, folder: Path, durable: bool = False) -> PostgresServer:
        """A new cluster in ``folder``; ``durable`` keeps fsync on (for benchmarks, not tests)."""
        binaries = server_binaries()
        if binaries is None:
            raise RuntimeError("no PostgreSQL server binaries (Debian package postgresql)")
        folder.mkdir(parents=True, exist_ok=True)
        as_postgres = os.geteuid() == 0  # the server refuses to run as root
        if as_postgres:
            shutil.chown(folder, "postgres")
        data, socket = folder / "data", folder
        cls._run(as_postgres, binaries / "initdb", "-D", data, "-U", "postgres", "--auth=trust", "-E", "UTF8",
                 "--locale=C.UTF-8")
        options = f"-k {socket} -c listen_addresses= -c max_connections=200"
        if not durable:
            options += " -c fsync=off -c full_page_writes=off"
        cls._run(as_postgres, binaries / "pg_ctl", "-D", data, "-l", folder / "server.log", "-w", "-o", options,
                 "start")
        return cls(f"postgresql+psycopg://postgres@/postgres?host={socket}", folder, binaries)

    @staticmethod
    def _run(as_postgres: bool, *command: object) -> None:
        prefix = ["runuser", "-u", "postgres", "--"] if as_postgres else []
        subprocess.run([*prefix, *map(str, command)], check=True, capture_output=True, cwd="/")

    def new_database(self, template: str = "template0") -> str:
        """The URL of a new, empty database (or a copy of ``template``)."""
        name = f"antt_{os.getpid()}_{next(self._names)}"
        with self._admin.connect() as connection:
            connection.execute(text(f'CREATE DATABASE "{name}" TEMPLATE "{template}" ENCODING \'UTF8\''))
        self._created.append(name)
        return self.url.set(database=name).render_as_string(hide_password=False)

    def stop(self) -> None:
        """Stop the server this session started, or drop the databases made on someone else's."""
        if self._folder is None:
            with self._admin.connect() as connection:
                for name in reversed(self._created):
                    connection.execute(text(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)'))
        self._admin.dispose()
        if self._folder is not None:
            self._run(os.geteuid() == 0, self._binaries / "pg_ctl", "-D", self._folder / "data", "-m", "immediate",
                      "-w", "stop")
            shutil.rmtree(self._folder, ignore_errors=True)
