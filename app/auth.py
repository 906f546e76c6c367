"""Accounts on a shared PC: roles, memory-hard password hashes, lockout, and the session
every service call carries so that role checks and 'who changed this' live in the core."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from argon2 import PasswordHasher
from argon2.exceptions import InvalidHashError, VerificationError

from app import settings
from app.codes import ROLES
from app.i18n import translate
from db.base import now
from db.changes import Actor
from db.models import SecurityEvent, User

# argon2id (memory-hard); 32 MiB keeps login under ~0.2 s on an old 2-core PC.
_hasher = PasswordHasher(time_cost=2, memory_cost=32 * 1024, parallelism=2)

# Which roles may do what. Checked in the services, so the CLI and GUI obey the same rules.
PERMISSIONS: dict[str, frozenset[str]] = {
    "view_register": frozenset({"worker", "officer", "admin"}),
    "edit_register": frozenset({"worker", "officer", "admin"}),
    "import_register": frozenset({"worker", "admin"}),
    "manage_users": frozenset({"admin"}),
    "change_settings": frozenset({"admin"}),
    # A new version of the follow-up schedule comes from the township (SPEC §4).
    "edit_rules": frozenset({"officer", "admin"}),
    # Stock (issue 4): the worker receives, issues and counts; the officer sees every village.
    "manage_stock": frozenset({"worker", "officer", "admin"}),
    # Incentives (issue 5): the village reviews and posts the notice, the township approves/pays.
    "review_incentives": frozenset({"worker", "officer", "admin"}),
    "approve_incentives": frozenset({"officer", "admin"}),
    "pay_incentives": frozenset({"officer", "admin"}),
    # Returns (issue 6), sync (issue 7), backups (issue 8).
    "prepare_return": frozenset({"worker", "officer", "admin"}),
    "sync": frozenset({"worker", "officer", "admin"}),
    "manage_backups": frozenset({"admin"}),
}

SYSTEM_USERNAME = "system"


def _t(text: str) -> str:
    return translate("auth", text)


class AuthError(RuntimeError):
    pass


class PermissionDenied(AuthError):
    pass


@dataclass(frozen=True)
class Session:
    username: str
    display_name: str
    role: str
    site_code: str

    @property
    def actor(self) -> Actor:
        return Actor(self.username, self.site_code)

    def can(self, permission: str) -> bool:
        return self.role in PERMISSIONS[permission]

    def require(self, permission: str) -> None:
        if not self.can(permission):
            raise PermissionDenied(
                _t("当前用户（{u}，{r}）无权执行此操作").format(
                    u=self.display_name, r=_t(ROLES.get(self.role, self.role))
                )
            )


def system_session(site_code: str) -> Session:
    """The operator of the command line: whoever can run fpreg on the file already holds it."""
    return Session(SYSTEM_USERNAME, _t("系统（命令行）"), "admin", site_code)


def _record(username: str, event: str, detail: str = "") -> None:
    SecurityEvent.create(username=username, event=event, detail=detail)


def _check_password_rules(password: str) -> None:
    minimum = int(settings.get("min_password_length"))
    if len(password) < minimum:
        raise AuthError(_t("密码至少需要{n}个字符").format(n=minimum))


def create_user(
    session: Session | None, username: str, display_name: str, role: str, password: str
) -> User:
    """Create an account. session=None only while setting up a new database."""
    if session is not None:
        session.require("manage_users")
    username = username.strip()
    if not username:
        raise AuthError(_t("用户名不能为空"))
    if role not in ROLES:
        raise AuthError(_t("未知的角色“{r}”").format(r=role))
    if User.select().where(User.username == username).exists():
        raise AuthError(_t("用户名“{u}”已存在").format(u=username))
    _check_password_rules(password)
    user = User.create(
        username=username,
        display_name=display_name.strip() or username,
        role=role,
        password_hash=_hasher.hash(password),
    )
    _record(session.username if session else SYSTEM_USERNAME, "user_created", username)
    return user


def login(username: str, password: str, site_code: str) -> Session:
    user = User.get_or_none(User.username == username.strip())
    generic = _t("用户名或密码不正确")
    if user is None or not user.active:
        _record(username, "login_failed", "unknown or inactive user")
        raise AuthError(generic)
    stamp = now()
    if user.locked_until and user.locked_until > stamp:
        minutes = max(1, int((user.locked_until - stamp).total_seconds() // 60) + 1)
        raise AuthError(
            _t("密码错误次数过多，账户已锁定，请{m}分钟后再试或请管理员解锁").format(m=minutes)
        )
    try:
        _hasher.verify(user.password_hash, password)
    except (VerificationError, InvalidHashError):
        user.failed_attempts += 1
        limit = int(settings.get("max_failed_logins"))
        if user.failed_attempts >= limit:
            user.locked_until = stamp + dt.timedelta(minutes=int(settings.get("lockout_minutes")))
            user.failed_attempts = 0
            user.save()
            _record(user.username, "locked_out")
            raise AuthError(
                _t("密码连续错误{n}次，账户已锁定{m}分钟").format(
                    n=limit, m=settings.get("lockout_minutes")
                )
            ) from None
        user.save()
        _record(user.username, "login_failed")
        left = limit - user.failed_attempts
        raise AuthError(generic + _t("（还可尝试{n}次）").format(n=left)) from None
    if _hasher.check_needs_rehash(user.password_hash):
        user.password_hash = _hasher.hash(password)
    user.failed_attempts = 0
    user.locked_until = None
    user.save()
    _record(user.username, "login")
    return Session(user.username, user.display_name, user.role, site_code)


def change_password(session: Session, old: str, new: str) -> None:
    user = User.get(User.username == session.username)
    try:
        _hasher.verify(user.password_hash, old)
    except (VerificationError, InvalidHashError):
        raise AuthError(_t("原密码不正确")) from None
    _check_password_rules(new)
    user.password_hash = _hasher.hash(new)
    user.save()
    _record(user.username, "password_changed")


def unlock_user(session: Session, username: str) -> None:
    session.require("manage_users")
    User.update(failed_attempts=0, locked_until=None).where(User.username == username).execute()
    _record(session.username, "user_unlocked", username)


def idle_lock_minutes() -> int:
    return int(settings.get("idle_lock_minutes"))


def set_idle_lock_minutes(session: Session, minutes: int) -> None:
    session.require("change_settings")
    if not 1 <= minutes <= 240:
        raise AuthError(_t("自动锁屏时间应在1到240分钟之间"))
    settings.put("idle_lock_minutes", minutes)
    _record(session.username, "setting_changed", f"idle_lock_minutes={minutes}")
