"""First run: the installation's level and unit, its administrative parents, and the first admin."""

from __future__ import annotations

from dataclasses import dataclass

from antt_desktop import __version__
from antt_desktop.config import Paths, ensure_writable
from antt_desktop.db.audit import append_audit
from antt_desktop.db.models import Installation, Unit
from antt_desktop.domain.text import normalize
from antt_desktop.domain.units import Level, find_official, normalize_custom_code
from antt_desktop.errors import UserError
from antt_desktop.services.auth import check_new_password, create_user_in, normalize_username
from antt_desktop.services.database import Database, database_exists, open_database, where
from antt_desktop.services.roles import Role
from antt_desktop.services.sync.sync_keys import ensure_keys


@dataclass(frozen=True)
class SetupRequest:
    level: Level
    unit_code: str
    name: str = ""
    province_code: str = ""  # the parent province of an intermediate unit
    admin_user: str = ""
    admin_password: str = ""
    admin_full_name: str = ""


def units_for(request: SetupRequest) -> list[Unit]:
    """The own unit first, then its parents, from the official list (or by hand for an intermediate unit)."""
    if request.level is Level.COMMUNE:
        commune = find_official(request.unit_code, Level.COMMUNE)
        return [Unit(code=commune.code, name=commune.name, level=Level.COMMUNE, parent_code=commune.province_code,
                     official=True),
                Unit(code=commune.province_code, name=commune.province_name, level=Level.PROVINCE, official=True)]
    if request.level is Level.PROVINCE:
        province = find_official(request.unit_code, Level.PROVINCE)
        return [Unit(code=province.code, name=province.name, level=Level.PROVINCE, official=True)]
    code = normalize_custom_code(request.unit_code)
    name = normalize(request.name)
    if not name:
        raise UserError("Đơn vị cấp trung gian không có trong danh mục chính thức: hãy nhập tên đơn vị (--name).")
    if not request.province_code:
        raise UserError("Hãy chọn tỉnh, thành phố mà đơn vị cấp trung gian trực thuộc (--province).")
    province = find_official(request.province_code, Level.PROVINCE)
    return [Unit(code=code, name=name, level=Level.DISTRICT, parent_code=province.code, official=False),
            Unit(code=province.code, name=province.name, level=Level.PROVINCE, official=True)]


def initialize(paths: Paths, request: SetupRequest) -> Database:
    """Create the database with its identity and admin; refuses, changing nothing, if one exists."""
    if database_exists(paths) and (not paths.on_server or _installed(paths)):
        raise UserError(
            f"Trong {where(paths)} đã có cơ sở dữ liệu; lệnh khởi tạo không làm gì để khỏi mất dữ liệu. "
            "Muốn khởi tạo lại, hãy dùng một thư mục dữ liệu khác."
        )
    units = units_for(request)
    if request.admin_user or request.admin_password:
        normalize_username(request.admin_user)
        check_new_password(request.admin_password)
    ensure_writable(paths)
    if paths.on_server:  # one transaction for the schema, one for the identity: a failure leaves it empty
        _fill(open_database(paths), request, units)
        return open_database(paths)
    partial = Paths(paths.data_dir / ".init-partial")
    for leftover in partial.data_dir.glob("*"):
        leftover.unlink()
    database = open_database(partial)
    _fill(database, request, units)
    partial.database.replace(paths.database)
    for leftover in partial.data_dir.glob("*"):
        leftover.unlink()
    partial.data_dir.rmdir()
    return open_database(paths)


def _installed(paths: Paths) -> bool:
    database = open_database(paths)
    try:
        return database.installation() is not None
    finally:
        database.close()


def _fill(database: Database, request: SetupRequest, units: list[Unit]) -> None:
    """The units, the installation with its keys, and the first admin, written into a new database."""
    try:
        if units[0].name and request.name and request.level is not Level.DISTRICT:
            units[0].name = normalize(request.name)
        with database.session(request.admin_user) as session:
            for unit in reversed(units):
                session.add(unit)
                session.flush()
            session.add(Installation(level=request.level.value, unit_code=units[0].code, clock=0,
                                     app_version=__version__))
            append_audit(session, request.admin_user, "init", "installation", units[0].code, units[0].name)
            ensure_keys(session)  # the installation's signing and encryption key pairs
            if request.admin_user:
                session.flush()
                create_user_in(session, request.admin_user, request.admin_password, Role.ADMIN,
                               request.admin_full_name)
        if database.engine.dialect.name == "sqlite":
            with database.engine.connect() as connection:
                connection.exec_driver_sql("PRAGMA wal_checkpoint(TRUNCATE)")
    finally:
        database.close()
