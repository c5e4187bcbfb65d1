"""Users, passwords (argon2id) and sign-in with lockout."""
from __future__ import annotations

import json
import re
from dataclasses import dataclass
from datetime import datetime, timedelta

from argon2 import PasswordHasher
from argon2.exceptions import InvalidHashError, VerificationError
from sqlalchemy import func, select

from ..db.models import Mentor, Setting, User, utcnow
from ..domain.enums import Role
from ..domain.text import normalise_text
from ..errors import AuthenticationError, ValidationError
from .common import EVERYONE, audit, insert_row, load_versioned, require_role, update_row
from .context import Actor, Database

MAX_FAILED_LOGINS = 5
LOCK_MINUTES = 15
MIN_PASSWORD_LENGTH = 8
_hasher = PasswordHasher()  # argon2id with the library's current recommended parameters


@dataclass(frozen=True)
class UserInput:
    """What an admin may change on an existing account (the user name stays;
    passwords go through set_password)."""

    display_name: str
    role: Role
    mentor_id: int | None = None
    active: bool = True


@dataclass(frozen=True)
class UserDTO:
    id: int
    username: str
    display_name: str
    role: Role
    mentor_id: int | None
    active: bool
    locked_until: datetime | None
    failed_logins: int
    last_login_at: datetime | None
    version: int

    def actor(self, origin: str = "") -> Actor:
        return Actor(self.id, self.username, self.role, self.mentor_id, self.display_name, origin)


def _dto(u: User) -> UserDTO:
    return UserDTO(u.id, u.username, u.display_name, u.role, u.mentor_id, u.active, u.locked_until,
                   u.failed_logins, u.last_login_at, u.version)


def password_problems(password: str) -> list[str]:
    """Why a password is too weak (Chinese), empty when acceptable."""
    problems = []
    if len(password) < MIN_PASSWORD_LENGTH:
        problems.append(f"至少 {MIN_PASSWORD_LENGTH} 位")
    kinds = sum(bool(re.search(p, password)) for p in (r"[a-z]", r"[A-Z]", r"\d", r"[^A-Za-z0-9]"))
    if kinds < 2:
        problems.append("至少包含字母、数字、符号中的两种")
    return problems


def check_password(password: str) -> None:
    """Raise the ValidationError a weak password gets (pure: forms call it as the user types)."""
    problems = password_problems(password)
    if problems:
        raise ValidationError.of("密码", "太弱：" + "，".join(problems) + "。",
                                 f"is too weak: at least {MIN_PASSWORD_LENGTH} characters of two kinds "
                                 "(letters, digits, symbols).", "password")


_check_password = check_password


def has_users(db: Database) -> bool:
    with db.read() as s:
        return bool(s.scalar(select(func.count()).select_from(User)))


DEMO_LOGINS_SETTING = "demo_logins"  # written by core/demo/generate.py


def demo_logins(db: Database) -> list[tuple[str, str, str]]:
    """(user name, password, role code) of the demo accounts, for the sign-in
    dialog of a demo database (演示数据库). Empty on a real database, and only
    accounts that still exist and are active are listed."""
    with db.read() as s:
        setting = s.get(Setting, DEMO_LOGINS_SETTING)
        if setting is None:
            return []
        try:
            listed = [(str(u), str(p), Role(r).value) for u, p, r in json.loads(setting.value or "[]")]
        except (ValueError, TypeError):
            return []
        active = {name.lower() for name in s.scalars(select(User.username).where(
            User.deleted_at.is_(None), User.active.is_(True)))}
    return [row for row in listed if row[0].lower() in active]


def add_user(db: Database, actor: Actor, username: str, password: str, role: Role,
             display_name: str = "", mentor_id: int | None = None) -> UserDTO:
    """Only an admin manages users (the command line acts as the local admin)."""
    require_role(actor, Role.ADMIN, action_zh="管理用户", action_en="manage users")
    username = (username or "").strip()
    if not re.fullmatch(r"[A-Za-z0-9_.\-\u4e00-\u9fff]{2,40}", username):
        raise ValidationError.of("用户名", "应为2–40个字母、数字、汉字或 _ . -，不含空格。",
                                 "must be 2–40 letters, digits, Chinese characters or _ . - without spaces.",
                                 "user name")
    _check_password(password)
    if role is Role.MENTOR and mentor_id is None:
        raise ValidationError.of("关联导师", "导师账号必须关联一位导师。",
                                 "a mentor account needs its mentor.", "mentor")
    with db.transaction() as s:
        if s.scalar(select(User.id).where(func.lower(User.username) == username.lower())) is not None:
            raise ValidationError.of("用户名", f"“{username}”已存在，请换一个。", f"'{username}' exists already.",
                                     "user name")
        if mentor_id is not None and s.get(Mentor, mentor_id) is None:
            raise ValidationError.of("关联导师", "所选导师不存在。", "no such mentor.", "mentor")
        row = insert_row(s, actor, User(username=username, display_name=display_name.strip() or username,
                                        role=role, mentor_id=mentor_id, password_hash=_hasher.hash(password)))
        return _dto(row)


def authenticate(db: Database, username: str, password: str, now: datetime | None = None,
                 origin: str = "") -> UserDTO:
    """Sign in. Five wrong passwords lock the account for 15 minutes. A hash made
    with older argon2 parameters is re-hashed on success. `origin` (where from, see
    Actor.origin) goes into the login and lock entries."""
    now = now or utcnow()
    wrong = AuthenticationError("用户名或密码不正确。", "Wrong user name or password.")
    with db.transaction() as s:
        user = s.scalar(select(User).where(func.lower(User.username) == (username or "").strip().lower(),
                                           User.deleted_at.is_(None)))
        if user is None or not user.active:
            raise wrong
        if user.locked_until and user.locked_until > now:
            minutes = max(1, int((user.locked_until - now).total_seconds() // 60) + 1)
            raise AuthenticationError(f"密码连续输错 {MAX_FAILED_LOGINS} 次，账号已锁定，"
                                      f"请 {minutes} 分钟后再试，或请管理员解锁。",
                                      f"Account locked after {MAX_FAILED_LOGINS} wrong passwords; try again in "
                                      f"{minutes} minutes or ask an admin to unlock it.")
        try:
            _hasher.verify(user.password_hash, password)
        except (VerificationError, InvalidHashError):
            user.failed_logins += 1
            if user.failed_logins >= MAX_FAILED_LOGINS:
                user.locked_until = now + timedelta(minutes=LOCK_MINUTES)
                user.failed_logins = 0
                audit(s, Actor(user.id, user.username, user.role, origin=origin), "locked", User, user.id)
        else:
            if _hasher.check_needs_rehash(user.password_hash):
                user.password_hash = _hasher.hash(password)
            user.failed_logins = 0
            user.locked_until = None
            user.last_login_at = now
            audit(s, Actor(user.id, user.username, user.role, user.mentor_id, origin=origin), "login", User, user.id)
            return _dto(user)
    # The failed attempt is committed above; only then report it.
    raise wrong


def unlock_user(db: Database, actor: Actor, user_id: int) -> UserDTO:
    require_role(actor, Role.ADMIN, action_zh="解锁账号", action_en="unlock accounts")
    with db.transaction() as s:
        row = load_versioned(s, User, user_id, None, "用户", "user")
        return _dto(update_row(s, actor, row, {"locked_until": None, "failed_logins": 0}))


def set_password(db: Database, actor: Actor, user_id: int, password: str) -> None:
    """Admins reset anyone's password; a user changes their own."""
    require_role(actor, *EVERYONE)
    if actor.user_id != user_id:
        require_role(actor, Role.ADMIN, action_zh="修改他人密码", action_en="change others' passwords")
    _check_password(password)
    with db.transaction() as s:
        row = load_versioned(s, User, user_id, None, "用户", "user")
        row.password_hash = _hasher.hash(password)
        audit(s, actor, "set_password", User, user_id)


def list_users(db: Database, actor: Actor) -> list[UserDTO]:
    require_role(actor, Role.ADMIN, action_zh="管理用户", action_en="manage users")
    with db.read() as s:
        return [_dto(u) for u in s.scalars(select(User).where(User.deleted_at.is_(None)).order_by(User.username))]


def get_user(db: Database, actor: Actor, user_id: int) -> UserDTO:
    require_role(actor, Role.ADMIN, action_zh="管理用户", action_en="manage users")
    with db.read() as s:
        return _dto(load_versioned(s, User, user_id, None, "用户", "user"))


def _active_admins_besides(s, user_id: int) -> int:
    return s.scalar(select(func.count()).select_from(User).where(
        User.role == Role.ADMIN, User.active.is_(True), User.deleted_at.is_(None), User.id != user_id)) or 0


def update_user(db: Database, actor: Actor, user_id: int, version: int | None, data: UserInput) -> UserDTO:
    """Change an account's display name, role, mentor link and whether it may sign in.
    A mentor account needs its mentor; other roles keep no mentor link. The last active
    admin cannot be demoted or switched off, and an admin cannot switch off themselves."""
    require_role(actor, Role.ADMIN, action_zh="管理用户", action_en="manage users")
    display_name = normalise_text(data.display_name)
    if len(display_name) > 60:
        raise ValidationError.of("显示名", f"太长（{len(display_name)} 个字），最多 60 个字。",
                                 f"is too long ({len(display_name)} characters); at most 60.", "display name")
    if data.role is Role.MENTOR and data.mentor_id is None:
        raise ValidationError.of("关联导师", "导师账号必须关联一位导师。",
                                 "a mentor account needs its mentor.", "mentor")
    mentor_id = data.mentor_id if data.role is Role.MENTOR else None
    with db.transaction() as s:
        row = load_versioned(s, User, user_id, version, "用户", "user")
        if mentor_id is not None:
            mentor = s.get(Mentor, mentor_id)
            if mentor is None or mentor.deleted_at is not None:
                raise ValidationError.of("关联导师", "所选导师不存在。", "no such mentor.", "mentor")
        if not data.active and actor.user_id == user_id:
            raise ValidationError.of("启用", "不能停用自己正在使用的账号。", "you cannot switch off your own account.",
                                     "active")
        was_admin = row.role is Role.ADMIN and row.active
        if was_admin and (data.role is not Role.ADMIN or not data.active) and not _active_admins_besides(s, user_id):
            field, field_en = ("角色", "role") if data.role is not Role.ADMIN else ("启用", "active")
            raise ValidationError.of(field, "这是唯一启用的管理员账号，至少要保留一个。",
                                     "this is the only active admin account; keep at least one.", field_en)
        values = dict(display_name=display_name or row.username, role=data.role, mentor_id=mentor_id,
                      active=bool(data.active))
        return _dto(update_row(s, actor, row, values))

