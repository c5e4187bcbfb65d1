"""本机设置: this desktop's database connection, backups, report font and idle lock —
administrators only, whatever screen or script asks.

    saved = save_desktop_settings(db, admin, data_dir, new_config, password=Secret("…"))

The settings file (core/config.py) is a low-level store; this is the one way the
desktop changes these fields. A mentor or staff account gets PermissionDenied (a
mentor could otherwise point the desktop at another database or shrink the number
of backups kept). Each change is audited with its before and after — the database
address without its password, and the password itself never: only that it changed.
The PostgreSQL password goes to the system's credential store (core/credentials.py).
"""
from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from .. import config, credentials, errors_plain
from ..credentials import KeystoreUnavailable, Secret
from ..domain.enums import Role
from .common import audit, require_role
from .context import Actor, Database

# The fields only an administrator changes (theme, language and font size are each person's own)
DESKTOP_FIELDS = ("db_url", "backup_folder", "keep_backups", "backup_max_age_days", "report_font",
                  "idle_lock_minutes")
AUDIT_ENTITY = "setting:desktop"

# What happened to the password (DesktopSaved.password)
KEPT, STORED, REMOVED, NOT_STORED = "kept", "stored", "removed", "not_stored"


@dataclass(frozen=True)
class DesktopSaved:
    config: config.AppConfig  # as written (db_url without a password)
    password: str  # KEPT | STORED | REMOVED | NOT_STORED (no keystore: asked at each start)

    def note(self, lang: str = "zh") -> str:
        """A sentence to add to "已保存" when the password could not be kept."""
        if self.password != NOT_STORED:
            return ""
        return ("本机没有可用的系统密码库，数据库密码没有保存，每次启动时会询问。" if lang != "en" else
                "This computer has no credential store: the database password was not saved and is asked for "
                "at every start.")


def _require_admin(actor: Actor) -> None:
    require_role(actor, Role.ADMIN, action_zh="更改本机设置（数据库连接、备份、报表字体、自动锁定）",
                 action_en="change this desktop's settings (database, backups, report font, idle lock)")


def load_desktop_settings(data_dir: Path | str) -> config.AppConfig:
    """The saved settings (anyone may read them: the page shows a mentor the data folder)."""
    return config.load(data_dir)


@dataclass(frozen=True)
class KeptPassword:
    password: Secret | None  # None: none kept (or no keystore)
    keystore: bool  # this computer has a credential store


def kept_password(actor: Actor, db_url: str) -> KeptPassword:
    """What the keystore holds for `db_url`, for the settings page's masked field.
    Administrators only."""
    _require_admin(actor)
    if not credentials.keystore_available():
        return KeptPassword(None, False)
    try:
        return KeptPassword(credentials.stored_password(db_url), True)
    except KeystoreUnavailable:
        return KeptPassword(None, False)


def save_desktop_settings(db: Database, actor: Actor, data_dir: Path | str, new_config: config.AppConfig,
                          password: Secret | None = None) -> DesktopSaved:
    """Write the desktop fields of `new_config` (the others in the file stay as they
    are). `password`: None leaves the kept one alone, an empty Secret removes it, any
    other is kept in the keystore; a password typed into the address is taken out of
    it the same way. Raises PermissionDenied (not an admin) or ValidationError."""
    _require_admin(actor)
    current = config.load(data_dir)
    url = new_config.db_url.strip()
    address, typed = config.split_password(config.normalise_url(url)) if config.password_in(url) else (url, "")
    if typed and password is None:
        password = Secret(typed)
    wanted = current.with_(**{name: getattr(new_config, name) for name in DESKTOP_FIELDS}).with_(db_url=address)
    config.validate(wanted)
    outcome = _keep_password(address, password)
    before, after = _audited(current), _audited(wanted)
    if outcome in (STORED, REMOVED):  # that it changed, never what it is
        before["db_password"], after["db_password"] = "", "（已更改）" if outcome == STORED else "（已删除）"
    with db.transaction() as s:
        if before != after:
            audit(s, actor, "update", AUDIT_ENTITY, None, before, after)
        try:  # inside the transaction: a file that cannot be written leaves no entry
            config.save(data_dir, wanted)
        except OSError as exc:
            raise errors_plain.os_error(exc, config.config_path(data_dir), saving=True) from exc
    return DesktopSaved(wanted, outcome)


def _keep_password(address: str, password: Secret | None) -> str:
    if password is None or credentials.credential_key(address) is None:
        return KEPT
    try:
        if not password:
            if credentials.stored_password(address) is None:
                return KEPT
            credentials.forget_password(address)
            return REMOVED
        if credentials.stored_password(address) == password:
            return KEPT
        credentials.store_password(address, password)
        return STORED
    except KeystoreUnavailable:
        return NOT_STORED if password else KEPT


def _audited(cfg: config.AppConfig) -> dict[str, object]:
    """The desktop fields as the audit log keeps them: the address without a password."""
    values: dict[str, object] = {name: getattr(cfg, name) for name in DESKTOP_FIELDS}
    values["db_url"] = config.split_password(cfg.db_url)[0] if config.password_in(cfg.db_url) else cfg.db_url
    return values
