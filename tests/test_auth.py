"""Sign-in: Argon2 passwords, the Vietnamese messages, lockout after repeated failures."""

import pytest
from sqlalchemy import select

from antt_desktop.db.models import AuditEntry
from antt_desktop.errors import UserError
from antt_desktop.services import auth
from antt_desktop.services.roles import Role
from tests.conftest import ADMIN, PASSWORD


def test_login_with_the_right_password(database):
    user = auth.login(database, " Admin ", PASSWORD)
    assert (user.username, user.role) == (ADMIN, Role.ADMIN)


def test_wrong_password_is_refused_in_vietnamese(database):
    with pytest.raises(UserError, match="Sai tên đăng nhập hoặc mật khẩu"):
        auth.login(database, ADMIN, "sai-mat-khau")


def test_account_locks_after_repeated_failures(database):
    for _ in range(auth.MAX_FAILURES):
        with pytest.raises(UserError, match="Sai tên"):
            auth.login(database, ADMIN, "sai-mat-khau")
    with pytest.raises(UserError, match="tạm khóa"):
        auth.login(database, ADMIN, PASSWORD)
    with database.factory() as session:
        actions = session.scalars(select(AuditEntry.action).where(AuditEntry.kind == "users")).all()
    assert actions.count("login-failed") == auth.MAX_FAILURES


def test_new_users_need_a_valid_name_and_password(database):
    with pytest.raises(UserError, match="ít nhất 8"):
        auth.create_user(database, "canbo", "ngan", Role.EDITOR)
    with pytest.raises(UserError, match="chữ không dấu"):
        auth.create_user(database, "cán bộ", "mat-khau-dai", Role.EDITOR)
    with pytest.raises(UserError, match="đã có"):
        auth.create_user(database, ADMIN, "mat-khau-dai", Role.EDITOR)
    assert auth.user_count(database) == 1
