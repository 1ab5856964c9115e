"""Shared fixtures: Qt offscreen for every GUI test, and a fresh initialised data folder per test.

Initialising (migrations plus an Argon2 hash) is done once into a template that each test copies. Tests
marked ``both_storages`` run twice: on SQLite, and on a PostgreSQL server started for the session.
"""

from __future__ import annotations

import os
import shutil
import tempfile
from collections.abc import Callable
from pathlib import Path

import pytest

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from antt_desktop.config import Paths, resolve_paths  # noqa: E402
from antt_desktop.domain.units import Level  # noqa: E402
from antt_desktop.services.admin.setup import SetupRequest, initialize  # noqa: E402
from antt_desktop.services.auth import CurrentUser  # noqa: E402
from antt_desktop.services.database import Database, open_database  # noqa: E402
from antt_desktop.services.roles import Role  # noqa: E402

COMMUNE = "02269"
ADMIN, PASSWORD = "admin", "mat-khau-2026"
ADMIN_USER = CurrentUser(ADMIN, "Quản trị", Role.ADMIN)
EDITOR_USER = CurrentUser("nhaplieu", "Cán bộ nhập liệu", Role.EDITOR)
VIEWER_USER = CurrentUser("xem", "Chỉ xem", Role.VIEWER)


SQLITE, POSTGRESQL = "sqlite", "postgresql"


def pytest_configure(config: pytest.Config) -> None:
    config.addinivalue_line("markers", "both_storages: run on SQLite and again on a PostgreSQL server")


def pytest_generate_tests(metafunc: pytest.Metafunc) -> None:
    if "storage" in metafunc.fixturenames and metafunc.definition.get_closest_marker("both_storages"):
        metafunc.parametrize("storage", [SQLITE, POSTGRESQL], indirect=True)


@pytest.fixture
def storage(request: pytest.FixtureRequest) -> str:
    """Where the test's databases live: SQLite files, or databases on the session's PostgreSQL server."""
    return getattr(request, "param", SQLITE)


@pytest.fixture(scope="session")
def postgres():
    from tests.postgres_server import SERVER_URL_ENV, PostgresServer, server_binaries

    if os.environ.get(SERVER_URL_ENV):
        server = PostgresServer(os.environ[SERVER_URL_ENV])
    elif server_binaries() is None:
        message = "PostgreSQL server not installed here (scripts/test installs Debian's postgresql)"
        if os.environ.get("CI"):
            pytest.fail(message)
        pytest.skip(message)
    else:
        server = PostgresServer.start(Path(tempfile.mkdtemp(prefix="antt-pg-")))
    yield server
    server.stop()


@pytest.fixture
def new_paths(storage: str, request: pytest.FixtureRequest) -> Callable[[Path], Paths]:
    """Paths for a new, empty installation: the folder, and on PostgreSQL a new database of its own."""
    if storage == SQLITE:
        return resolve_paths
    server = request.getfixturevalue("postgres")
    return lambda folder: resolve_paths(folder, server.new_database())


@pytest.fixture(scope="session")
def template_dir(tmp_path_factory: pytest.TempPathFactory) -> Path:
    folder = tmp_path_factory.mktemp("template")
    initialize(resolve_paths(folder), TEMPLATE_SETUP).close()
    return folder


TEMPLATE_SETUP = SetupRequest(Level.COMMUNE, COMMUNE, admin_user=ADMIN, admin_password=PASSWORD)


@pytest.fixture(scope="session")
def postgres_template(postgres, tmp_path_factory: pytest.TempPathFactory) -> str:
    """The name of an initialised commune database on the server, copied by each test."""
    from sqlalchemy.engine import make_url

    url = postgres.new_database()
    initialize(resolve_paths(tmp_path_factory.mktemp("pg-template"), url), TEMPLATE_SETUP).close()
    return make_url(url).database


@pytest.fixture
def paths(tmp_path: Path, template_dir: Path, storage: str, request: pytest.FixtureRequest) -> Paths:
    """An initialised commune data folder of its own (Xã Thượng Lâm, admin/mat-khau-2026)."""
    target = tmp_path / "data"
    if storage == SQLITE:
        shutil.copytree(template_dir, target)
        return resolve_paths(target)
    server = request.getfixturevalue("postgres")
    target.mkdir()
    return resolve_paths(target, server.new_database(request.getfixturevalue("postgres_template")))


@pytest.fixture
def database(paths: Paths) -> Database:
    db = open_database(paths)
    yield db
    db.close()


@pytest.fixture
def empty_paths(tmp_path: Path) -> Paths:
    return resolve_paths(tmp_path / "fresh")


@pytest.fixture
def province(tmp_path: Path, new_paths: Callable[[Path], Paths]) -> Database:
    """Tỉnh Tuyên Quang (08), empty, with the administrator admin / mat-khau-2026."""
    database = initialize(new_paths(tmp_path / "tinh"), SetupRequest(Level.PROVINCE, "08", admin_user=ADMIN,
                                                                     admin_password=PASSWORD))
    yield database
    database.close()


@pytest.fixture
def commune(database: Database, province: Database, tmp_path: Path) -> Database:
    """Xã Thượng Lâm with the demo data, its key and the province's registered both ways."""
    from antt_desktop.services.demo import demo

    demo.fill_commune(database, ADMIN_USER)
    exchange_keys(database, province, tmp_path)
    return database


def exchange_keys(first: Database, second: Database, folder: Path) -> None:
    """Each installation registers the other's key file, as two units do after comparing fingerprints by phone
    (a commune and its province, a commune and its intermediate unit, two computers of one unit)."""
    from antt_desktop.services.sync.sync_keys import export_public_key, import_public_key

    for source, target in ((first, second), (second, first)):
        key_file = folder / f"khoa-{source.installation().id}.anttkey"
        export_public_key(source, key_file)
        import_public_key(target, ADMIN_USER, key_file)


@pytest.fixture(scope="module")
def vietnamese(qapp):
    """The GUI tests read the Vietnamese texts a user sees (``pytestmark = pytest.mark.usefixtures(...)``)."""
    from antt_desktop.gui.i18n import install_translators

    translators = install_translators(qapp, "vi")
    yield
    for translator in translators:
        qapp.removeTranslator(translator)
