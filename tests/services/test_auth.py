"""Sign-in: Argon2 passwords, the Vietnamese messages, lockout after repeated failures."""

import statistics
import time

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
        failed = session.scalars(select(AuditEntry.summary).where(AuditEntry.action == "login-failed")).all()
    assert failed == ["sai mật khẩu"] * auth.MAX_FAILURES + ["đang tạm khóa"]


def test_every_attempt_during_a_lock_is_audited(database):
    for _ in range(auth.MAX_FAILURES):
        with pytest.raises(UserError, match="Sai tên"):
            auth.login(database, ADMIN, "sai-mat-khau")
    for password in ("doan-mo-1", "doan-mo-2", PASSWORD):
        with pytest.raises(UserError, match="tạm khóa"):
            auth.login(database, ADMIN, password)
    with database.factory() as session:
        during = session.scalars(select(AuditEntry.summary).where(AuditEntry.action == "login-failed")
                                 .order_by(AuditEntry.seq)).all()[auth.MAX_FAILURES:]
    assert during == ["đang tạm khóa, sai mật khẩu", "đang tạm khóa, sai mật khẩu", "đang tạm khóa"]


def test_an_unknown_user_costs_one_argon2_verification_like_a_known_one(database, monkeypatch):
    calls = []
    real = auth._hasher

    class CountingHasher:
        def verify(self, password_hash: str, password: str) -> bool:
            calls.append(password_hash)
            return real.verify(password_hash, password)

    monkeypatch.setattr(auth, "_hasher", CountingHasher())
    for name in (ADMIN, "khong-ton-tai"):
        with pytest.raises(UserError, match="Sai tên đăng nhập hoặc mật khẩu"):
            auth.login(database, name, "sai-mat-khau")
    assert len(calls) == 2 and calls[1] == auth._DUMMY_HASH and calls[0] != auth._DUMMY_HASH
    assert not real.check_needs_rehash(auth._DUMMY_HASH)  # it costs what a real password hash costs


def test_sign_in_time_does_not_tell_which_user_names_exist(database):
    """An attacker timing wrong passwords: an unknown name must not answer much faster than a known one."""
    def median_seconds(name: str) -> float:
        times = []
        for _ in range(5):
            started = time.perf_counter()
            with pytest.raises(UserError):
                auth.login(database, name, "sai-mat-khau")
            times.append(time.perf_counter() - started)
        return statistics.median(times)

    known, unknown = median_seconds(ADMIN), median_seconds("nguoi-la")
    assert unknown > known / 3, (known, unknown)


def test_new_users_need_a_valid_name_and_password(database):
    with pytest.raises(UserError, match="ít nhất 8"):
        auth.create_user(database, "canbo", "ngan", Role.EDITOR)
    with pytest.raises(UserError, match="chữ không dấu"):
        auth.create_user(database, "cán bộ", "mat-khau-dai", Role.EDITOR)
    with pytest.raises(UserError, match="đã có"):
        auth.create_user(database, ADMIN, "mat-khau-dai", Role.EDITOR)
    assert auth.user_count(database) == 1
