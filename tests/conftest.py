"""Shared fixtures: Qt offscreen for every GUI test, and a fresh initialised data folder per test.

Initialising (migrations plus an Argon2 hash) is done once into a template folder that each test copies.
"""

from __future__ import annotations

import os
import shutil
from pathlib import Path

import pytest

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from antt_desktop.config import Paths, resolve_paths  # noqa: E402
from antt_desktop.domain.units import Level  # noqa: E402
from antt_desktop.services.auth import CurrentUser  # noqa: E402
from antt_desktop.services.database import Database, open_database  # noqa: E402
from antt_desktop.services.roles import Role  # noqa: E402
from antt_desktop.services.setup import SetupRequest, initialize  # noqa: E402

COMMUNE = "02269"
ADMIN, PASSWORD = "admin", "mat-khau-2026"
ADMIN_USER = CurrentUser(ADMIN, "Quản trị", Role.ADMIN)
EDITOR_USER = CurrentUser("nhaplieu", "Cán bộ nhập liệu", Role.EDITOR)
VIEWER_USER = CurrentUser("xem", "Chỉ xem", Role.VIEWER)


@pytest.fixture(scope="session")
def template_dir(tmp_path_factory: pytest.TempPathFactory) -> Path:
    folder = tmp_path_factory.mktemp("template")
    initialize(resolve_paths(folder), SetupRequest(Level.COMMUNE, COMMUNE, admin_user=ADMIN,
                                                   admin_password=PASSWORD)).close()
    return folder


@pytest.fixture
def paths(tmp_path: Path, template_dir: Path) -> Paths:
    """An initialised commune data folder of its own (Xã Thượng Lâm, admin/mat-khau-2026)."""
    target = tmp_path / "data"
    shutil.copytree(template_dir, target)
    return resolve_paths(target)


@pytest.fixture
def database(paths: Paths) -> Database:
    db = open_database(paths)
    yield db
    db.close()


@pytest.fixture
def empty_paths(tmp_path: Path) -> Paths:
    return resolve_paths(tmp_path / "fresh")


@pytest.fixture(scope="module")
def vietnamese(qapp):
    """The GUI tests read the Vietnamese texts a user sees (``pytestmark = pytest.mark.usefixtures(...)``)."""
    from antt_desktop.gui.i18n import install_translators

    translators = install_translators(qapp, "vi")
    yield
    for translator in translators:
        qapp.removeTranslator(translator)
