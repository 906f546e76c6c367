"""Accounts on a shared PC: hashing, lockout, roles, settings."""

import pytest

from app import auth
from db.models import SecurityEvent, User
from tests.conftest import SITE


def test_password_is_stored_as_argon2id(db_path):
    user = User.get(User.username == "admin")
    assert user.password_hash.startswith("$argon2id$")
    assert "admin-pass" not in user.password_hash


def test_login_and_wrong_password_counts_down(db_path):
    session = auth.login("admin", "admin-pass", SITE)
    assert session.role == "admin" and session.actor.username == "admin"
    with pytest.raises(auth.AuthError, match="还可尝试4次"):
        auth.login("admin", "nope", SITE)


def test_lockout_after_repeated_failures(db_path):
    for _ in range(4):
        with pytest.raises(auth.AuthError):
            auth.login("admin", "nope", SITE)
    with pytest.raises(auth.AuthError, match="已锁定"):
        auth.login("admin", "nope", SITE)
    # Even the right password is refused while locked.
    with pytest.raises(auth.AuthError, match="已锁定"):
        auth.login("admin", "admin-pass", SITE)
    auth.unlock_user(auth.system_session(SITE), "admin")
    assert auth.login("admin", "admin-pass", SITE).username == "admin"
    events = [e.event for e in SecurityEvent.select().order_by(SecurityEvent.id)]
    assert "locked_out" in events and "user_unlocked" in events


def test_unknown_user_gets_the_same_message(db_path):
    with pytest.raises(auth.AuthError, match="用户名或密码不正确"):
        auth.login("ghost", "x", SITE)


def test_only_admin_manages_users_and_settings(worker, admin):
    with pytest.raises(auth.PermissionDenied):
        auth.create_user(worker, "li", "李", "worker", "li-pass1")
    with pytest.raises(auth.PermissionDenied):
        auth.set_idle_lock_minutes(worker, 5)
    auth.set_idle_lock_minutes(admin, 5)
    assert auth.idle_lock_minutes() == 5
    with pytest.raises(auth.AuthError, match="至少"):
        auth.create_user(admin, "li", "李", "worker", "123")


def test_change_password(db_path):
    session = auth.login("admin", "admin-pass", SITE)
    with pytest.raises(auth.AuthError, match="原密码"):
        auth.change_password(session, "bad", "new-pass-1")
    auth.change_password(session, "admin-pass", "new-pass-1")
    assert auth.login("admin", "new-pass-1", SITE)
