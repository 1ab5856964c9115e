"""Passwords (Argon2id, memory-hard), sign-in with lockout, and the signed-in user."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import timedelta

from argon2 import PasswordHasher
from argon2.exceptions import InvalidHashError, VerificationError
from sqlalchemy import func, select
from sqlalchemy.orm import Session

from antt_desktop.db.audit import append_audit
from antt_desktop.db.base import utcnow
from antt_desktop.db.models import User
from antt_desktop.domain.text import normalize
from antt_desktop.errors import PermissionDenied, UserError
from antt_desktop.services.database import Database
from antt_desktop.services.roles import ROLE_LABELS, Role, allows

MAX_FAILURES = 5
LOCKOUT = timedelta(minutes=5)
MIN_PASSWORD = 8
_hasher = PasswordHasher()  # Argon2id, 64 MiB, 3 passes
# Checked against when the user name is unknown, so that a wrong name costs what a wrong password costs
# and the time taken does not tell which user names exist. The hash of a random password nobody knows, with
# the hasher's parameters (a test fails if they change), written out so that start-up does not pay for it.
_DUMMY_HASH = "$argon2id$v=19$m=65536,t=3,p=4$+uYQtHLM8/qyMEqgjMxBbQ$Z6wd9aAMJczXapKMdV62Q6ndxWAF7/V/6Hm14ZdXKMA"


@dataclass(frozen=True)
class CurrentUser:
    username: str
    full_name: str
    role: Role

    def require(self, needed: Role) -> None:
        if not allows(self.role, needed):
            raise PermissionDenied(
                f"Tài khoản “{self.username}” ({ROLE_LABELS[self.role]}) không có quyền làm việc này; "
                f"cần quyền {ROLE_LABELS[needed]}."
            )


def hash_password(password: str) -> str:
    return _hasher.hash(password)


def password_matches(password_hash: str, password: str) -> bool:
    try:
        return _hasher.verify(password_hash, password)
    except (VerificationError, InvalidHashError):
        return False


def check_new_password(password: str) -> None:
    if len(password) < MIN_PASSWORD:
        raise UserError(f"Mật khẩu phải có ít nhất {MIN_PASSWORD} ký tự.")
    if password.strip() != password:
        raise UserError("Mật khẩu không được bắt đầu hoặc kết thúc bằng dấu cách.")


def normalize_username(username: str) -> str:
    name = normalize(username).lower()
    if not name or len(name) > 64 or not all(ch.isalnum() or ch in "._-" for ch in name) or not name.isascii():
        raise UserError("Tên đăng nhập chỉ gồm chữ không dấu, chữ số, dấu chấm, gạch ngang (ví dụ: nguyenvana).")
    return name


def create_user(database: Database, username: str, password: str, role: Role, full_name: str = "",
                by: str = "") -> CurrentUser:
    with database.session(by or normalize(username).lower()) as session:
        return create_user_in(session, username, password, role, full_name, by)


def create_user_in(session: Session, username: str, password: str, role: Role, full_name: str = "",
                   by: str = "") -> CurrentUser:
    """``create_user`` inside a transaction the caller holds."""
    username = normalize_username(username)
    check_new_password(password)
    if session.scalar(select(User).where(User.username == username)):
        raise UserError(f"Tên đăng nhập “{username}” đã có; hãy chọn tên khác.")
    session.add(User(username=username, full_name=normalize(full_name), role=role.value,
                     password_hash=hash_password(password)))
    append_audit(session, by or username, "create", "users", username, ROLE_LABELS[role])
    return CurrentUser(username, normalize(full_name), role)


def user_count(database: Database) -> int:
    with database.factory() as session:
        return session.scalar(select(func.count()).select_from(User)) or 0


def _verify_in_constant_time(password_hash: str | None, password: str) -> bool:
    """One full Argon2 verification whether or not the account exists."""
    try:
        return _hasher.verify(password_hash or _DUMMY_HASH, password) and password_hash is not None
    except (VerificationError, InvalidHashError):
        return False


def login(database: Database, username: str, password: str) -> CurrentUser:
    """Check the password; after repeated failures the account is locked for a few minutes.

    Every attempt costs one Argon2 verification (a dummy hash for an unknown name, and during a lock too) and
    writes an audit entry, so neither the time taken nor the answer tells which names exist."""
    name = normalize(username).lower()
    wrong = UserError("Sai tên đăng nhập hoặc mật khẩu. Hãy kiểm tra phím Caps Lock và bộ gõ tiếng Việt.")
    with database.session(name) as session:
        user = session.scalar(select(User).where(User.username == name))
        known = user is not None and user.active
        matches = _verify_in_constant_time(user.password_hash if known else None, password)
        failure: UserError | None = None
        if not known:
            append_audit(session, name, "login-failed", "users", name, "không có tài khoản")
            failure = wrong
        elif user.locked_until and user.locked_until > utcnow():
            minutes = max(1, int((user.locked_until - utcnow()).total_seconds() // 60) + 1)
            failure = UserError(f"Tài khoản tạm khóa do nhập sai mật khẩu nhiều lần; thử lại sau {minutes} phút.")
            append_audit(session, name, "login-failed", "users", name,
                         "đang tạm khóa" + ("" if matches else ", sai mật khẩu"))
        elif not matches:
            failure = wrong
            user.failed_logins += 1
            if user.failed_logins >= MAX_FAILURES:
                user.failed_logins = 0
                user.locked_until = utcnow() + LOCKOUT
            append_audit(session, name, "login-failed", "users", name, "sai mật khẩu")
        if failure is None:
            user.failed_logins = 0
            user.locked_until = None
            user.last_login_at = utcnow()
            append_audit(session, name, "login", "users", name, "đăng nhập thành công")
            result = CurrentUser(user.username, user.full_name, Role(user.role))
    if failure is not None:
        raise failure
    return result
