"""Managing the people who sign in: roles, activation, password resets by an admin, own password changes."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from sqlalchemy import func, select

from antt_desktop.db.audit import append_audit
from antt_desktop.db.models import User
from antt_desktop.errors import UserError
from antt_desktop.services.auth import CurrentUser, check_new_password, hash_password, password_matches
from antt_desktop.services.database import Database
from antt_desktop.services.roles import ROLE_LABELS, Role


@dataclass(frozen=True)
class UserRow:
    username: str
    full_name: str
    role: Role
    active: bool
    locked_until: datetime | None
    last_login_at: datetime | None


def list_users(database: Database, user: CurrentUser) -> list[UserRow]:
    user.require(Role.ADMIN)
    with database.factory() as session:
        return [UserRow(u.username, u.full_name, Role(u.role), u.active, u.locked_until, u.last_login_at)
                for u in session.scalars(select(User).order_by(User.username))]


def _get(session, username: str) -> User:  # noqa: ANN001
    found = session.scalar(select(User).where(User.username == username))
    if found is None:
        raise UserError(f"Không có tài khoản “{username}”.")
    return found


def _active_admins(session) -> int:  # noqa: ANN001
    return session.scalar(select(func.count()).select_from(User).where(User.role == Role.ADMIN.value,
                                                                       User.active.is_(True))) or 0


def update_user(database: Database, user: CurrentUser, username: str, role: Role, active: bool) -> None:
    """Change a role or (de)activate an account; the last active administrator cannot be removed."""
    user.require(Role.ADMIN)
    with database.session(user.username) as session:
        target = _get(session, username)
        losing_admin = target.role == Role.ADMIN.value and target.active and (role != Role.ADMIN or not active)
        if losing_admin and _active_admins(session) <= 1:
            raise UserError("Phải còn ít nhất một quản trị viên đang hoạt động.")
        target.role, target.active = role.value, active
        append_audit(session, user.username, "update", "users", username,
                     f"{ROLE_LABELS[role]}, {'hoạt động' if active else 'khóa'}")


def reset_password(database: Database, user: CurrentUser, username: str, new_password: str) -> None:
    """An administrator sets a new password (and lifts a lockout)."""
    user.require(Role.ADMIN)
    check_new_password(new_password)
    with database.session(user.username) as session:
        target = _get(session, username)
        target.password_hash = hash_password(new_password)
        target.failed_logins, target.locked_until = 0, None
        append_audit(session, user.username, "reset", "users", username, "đặt lại mật khẩu")


def change_own_password(database: Database, user: CurrentUser, old_password: str, new_password: str) -> None:
    check_new_password(new_password)
    if old_password == new_password:
        raise UserError("Mật khẩu mới phải khác mật khẩu cũ.")
    with database.session(user.username) as session:
        target = _get(session, user.username)
        if not password_matches(target.password_hash, old_password):
            raise UserError("Mật khẩu hiện tại không đúng.")
        target.password_hash = hash_password(new_password)
        append_audit(session, user.username, "update", "users", user.username, "đổi mật khẩu")
