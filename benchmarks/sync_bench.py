"""Importing the packages of a province's communes at the upper level, against raw executemany of the same
rows into the same empty schema (the floor): on SQLite, and on a PostgreSQL server (started for the run with
fsync on) where its binaries are installed. Throughput in records per second, peak memory of the import."""

from __future__ import annotations

import os
import random
import shutil
import sqlite3
import tempfile
import time
import uuid
from datetime import UTC, date, datetime
from pathlib import Path

from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey
from cryptography.hazmat.primitives.asymmetric.x25519 import X25519PrivateKey, X25519PublicKey

from antt_desktop.config import resolve_paths
from antt_desktop.db import migrate
from antt_desktop.domain.units import Level, communes
from antt_desktop.exchange.sync_format import b64, public_bytes
from antt_desktop.exchange.sync_package import record_items, seal
from antt_desktop.services.admin.setup import SetupRequest, initialize
from antt_desktop.services.sync.sync_keys import own_keys
from antt_desktop.services.sync.sync_records import TABLES, from_json
from benchmarks import report_bench
from benchmarks.generate import commune_records
from benchmarks.measure import probe

BENCH_PROVINCE = "79"  # the province with the most communes (168): only its own communes may send to it
COMMUNES = int(os.environ.get("BENCH_COMMUNES", "200"))
MEMBERS = int(os.environ.get("BENCH_MEMBERS_PER_COMMUNE", "150"))


def _floor(database_file: Path, packages: list[dict]) -> float:
    """Raw sqlite3 executemany of the same rows, with the same types, in one transaction."""
    statements = []
    for records in packages:  # values prepared before the clock starts: the floor is the database's own work
        for name, rows in records.items():
            table = TABLES[name]
            columns = [c.name for c in table.columns]
            statements.append((f"INSERT INTO {name} ({', '.join(columns)}) VALUES ({', '.join('?' * len(columns))})",
                               [tuple(_plain(from_json(table, row)[c]) for c in columns) for row in rows]))
    connection = sqlite3.connect(database_file)
    start = time.perf_counter()
    with connection:
        for sql, values in statements:
            connection.executemany(sql, values)
    elapsed = time.perf_counter() - start
    connection.close()
    return elapsed


def _postgres_floor(url: str, packages: list[dict]) -> float:
    """psycopg executemany of the same rows, with the same types, in one transaction."""
    import psycopg
    from psycopg.types.json import Json
    from sqlalchemy.engine import make_url

    statements = []
    for records in packages:
        for name, rows in records.items():
            table = TABLES[name]
            columns = [c.name for c in table.columns]
            values = [tuple(Json(v) if isinstance(v, (dict, list)) else v
                            for v in (from_json(table, row)[c] for c in columns)) for row in rows]
            statements.append((f"INSERT INTO {name} ({', '.join(columns)}) VALUES "
                               f"({', '.join(['%s'] * len(columns))})", values))
    parsed = make_url(url)
    with psycopg.connect(dbname=parsed.database, user=parsed.username, host=parsed.query["host"]) as connection:
        start = time.perf_counter()
        with connection.cursor() as cursor:
            for sql, values in statements:
                cursor.executemany(sql, values)
        connection.commit()
        return time.perf_counter() - start


def _same_keys(source_paths, target_paths) -> None:  # noqa: ANN001
    """The server's province decrypts with the file province's keys, so one set of packages serves both."""
    from sqlalchemy import select, update

    from antt_desktop.db.sync import LocalKeys
    from antt_desktop.services.database import open_database

    source = open_database(source_paths)
    with source.engine.connect() as connection:
        signing, encryption = connection.execute(select(LocalKeys.signing_private,
                                                        LocalKeys.encryption_private)).one()
    source.close()
    target = open_database(target_paths)
    with target.engine.begin() as connection:
        connection.execute(update(LocalKeys).values(signing_private=signing, encryption_private=encryption))
    target.close()


def _register(paths, signers: dict[str, Ed25519PrivateKey]) -> None:  # noqa: ANN001
    """The province registers each commune's key, as its administrator does from their key files."""
    from antt_desktop.services.auth import CurrentUser
    from antt_desktop.services.database import open_database
    from antt_desktop.services.roles import Role
    from antt_desktop.services.sync.sync_keys import KeyFile, register_key

    database = open_database(paths)
    with database.session("bench") as session:
        for code, signer in signers.items():
            register_key(session, CurrentUser("bench", "", Role.ADMIN),
                         KeyFile(code, f"Xã {code}", public_bytes(signer), public_bytes(X25519PrivateKey.generate())))
    database.close()


def postgres_figures(folder: Path, source, packages: list[dict], total: int,  # noqa: ANN001
                     signers: dict[str, Ed25519PrivateKey]) -> dict | None:
    """The same import into a province database on a PostgreSQL server, and its floor."""
    from antt_desktop.config import save_setting
    from tests.postgres_server import PostgresServer, server_binaries

    if server_binaries() is None:
        return None
    server = PostgresServer.start(Path(tempfile.mkdtemp(prefix="antt-bench-pg-")), durable=True)
    try:
        paths = resolve_paths(folder / "tinh-pg", server.new_database())
        initialize(paths, SetupRequest(Level.PROVINCE, BENCH_PROVINCE)).close()
        save_setting(paths, "db_url", paths.db_url)  # the probe opens the folder, which names the server
        _same_keys(source, paths)
        _register(paths, signers)
        floor_url = server.new_database()
        engine_paths = resolve_paths(folder / "floor-pg", floor_url)
        from antt_desktop.services.database import open_database

        open_database(engine_paths).close()  # the same empty schema
        floor_s = _postgres_floor(floor_url, packages)
        app = probe("sync_import", str(folder / "tinh-pg"), str(folder / "packages"))
        report = report_bench.measure(folder, paths)
    finally:
        server.stop()
    return {"app_s": app["work"], "floor_s": floor_s, "app_rate": total / app["work"], "floor_rate": total / floor_s,
            "share": floor_s / app["work"], "peak_kb": app["peak_kb"], "report": report}


def _plain(value: object) -> object:
    import json

    if isinstance(value, uuid.UUID):
        return value.hex
    if isinstance(value, (dict, list)):
        return json.dumps(value)
    if isinstance(value, datetime):
        return value.astimezone(UTC).strftime("%Y-%m-%d %H:%M:%S.%f")
    if isinstance(value, date):
        return value.isoformat()
    return value


# A commune's yearly package, and one forty times larger (a district's full package passing on its communes'
# records is of that size): peak memory should not grow with it.
PACKAGE_SIZES = {"commune": {"members": MEMBERS}, "40×": {"members": 40 * MEMBERS, "models": 1200,
                                                        "activities": 40_000}}


def package_figures(folder: Path, name: str, size: dict) -> dict:
    """One full package exported (against raw sqlite3 reading the same rows) and imported into an empty
    province, each in its own process for its peak memory."""
    from sqlalchemy import insert

    from antt_desktop.services.auth import CurrentUser
    from antt_desktop.services.roles import Role
    from antt_desktop.services.sync import sync
    from antt_desktop.services.sync.sync_keys import export_public_key, import_public_key

    user = CurrentUser("bench", "", Role.ADMIN)
    commune = initialize(resolve_paths(folder / f"xa-{name}"), SetupRequest(Level.COMMUNE, "02269"))
    province = initialize(resolve_paths(folder / f"tinh-{name}"), SetupRequest(Level.PROVINCE, "08"))
    export_public_key(province, folder / f"tinh-{name}.key")
    import_public_key(commune, user, folder / f"tinh-{name}.key")
    export_public_key(commune, folder / f"xa-{name}.key")
    import_public_key(province, user, folder / f"xa-{name}.key")
    province.close()
    records = commune_records("02269", str(commune.installation().id), random.Random(3), **size)
    with commune.engine.begin() as connection:
        for table, rows in records.items():
            connection.execute(insert(TABLES[table]), [from_json(TABLES[table], row) for row in rows])
    count = sum(len(rows) for rows in records.values())
    del records
    start = time.perf_counter()
    sync.export_package(commune, user, folder / f"{name}-timed.anttsync", full=True)
    app_s = time.perf_counter() - start
    commune.close()
    package = folder / f"goi-{name}" / "xa.anttsync"
    export_kb = probe("sync_export", str(folder / f"xa-{name}"), str(package))["peak_kb"]
    import_kb = probe("sync_import", str(folder / f"tinh-{name}"), str(package.parent))["peak_kb"]
    connection = sqlite3.connect(folder / f"xa-{name}" / "antt.sqlite3")
    start = time.perf_counter()
    for table in TABLES:
        connection.execute(f"SELECT * FROM {table} WHERE owner_unit = '02269'").fetchall()
    floor_s = time.perf_counter() - start
    connection.close()
    return {"name": name, "records": count, "bytes": package.stat().st_size, "export_s": app_s,
            "floor_s": floor_s, "ratio": app_s / floor_s, "export_kb": export_kb, "import_kb": import_kb}


def run() -> dict:
    rng = random.Random(7)
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        province = initialize(resolve_paths(folder / "tinh"), SetupRequest(Level.PROVINCE, BENCH_PROVINCE))
        recipient = X25519PublicKey.from_public_bytes(public_bytes(own_keys(province).encryption))
        empty_copy = folder / "floor.sqlite3"
        province.close()
        shutil.copy(folder / "tinh" / "antt.sqlite3", empty_copy)
        codes = [c.code for c in communes() if c.province_code == BENCH_PROVINCE][:COMMUNES]
        packages, total, signers = [], 0, {}
        for code in codes:
            signer, installation = Ed25519PrivateKey.generate(), str(uuid.uuid4())
            signers[code] = signer
            records = commune_records(code, installation, rng, MEMBERS)
            total += sum(len(rows) for rows in records.values())
            header = {"kind": "data", "sender": code, "sender_name": f"Xã {code}", "sender_level": "commune",
                      "sender_parent": BENCH_PROVINCE, "sender_installation": installation,
                      "recipient": BENCH_PROVINCE, "seq": 1,
                      "prev_hash": "", "created": datetime.now(UTC).isoformat(), "schema": migrate.HEAD,
                      "full": True, "signing_public": b64(public_bytes(signer))}
            (folder / "packages").mkdir(exist_ok=True)
            (folder / "packages" / f"{code}.anttsync").write_bytes(seal(header, record_items(records), signer,
                                                                          recipient, {"forwarded": []}))
            packages.append(records)
        floor_s = _floor(empty_copy, packages)
        _register(resolve_paths(folder / "tinh"), signers)
        on_server = postgres_figures(folder, resolve_paths(folder / "tinh"), packages, total, signers)
        del packages
        app = probe("sync_import", str(folder / "tinh"), str(folder / "packages"))
        report = report_bench.measure(folder, resolve_paths(folder / "tinh"))
        packages_made = [package_figures(folder, name, size) for name, size in PACKAGE_SIZES.items()]
    return {"packages": packages_made, "postgresql": on_server, "report": report, "communes": len(codes),
            "records": total, "app_s": app["work"], "floor_s": floor_s,
            "app_rate": total / app["work"], "floor_rate": total / floor_s,
            "share": (total / app["work"]) / (total / floor_s), "peak_kb": app["peak_kb"]}
