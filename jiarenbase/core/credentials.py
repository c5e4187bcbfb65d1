"""The PostgreSQL password in the operating system's credential store (系统密码库).

`config.json` holds the connection without its password; the password is kept by
`keyring` (Windows Credential Manager on the desktops) under the service "JiarenBase"
and the key "postgresql://user@host:port/database". Where no keystore is available
(a headless Linux: keyring's fail backend) nothing is stored: the desktop asks for the
password at start and the command line on its terminal, each for that run only.

    opened = open_with_password(url, ask, lambda u: open_database(u, ...))

A password is never logged, never written to a file, never put into a URL that is
shown; the report child process gets it as a `Secret` through its pipe.
"""
from __future__ import annotations

import getpass
import json
import logging
import sys
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import TypeVar

from sqlalchemy.engine import make_url
from sqlalchemy.exc import ArgumentError

from . import config
from .errors import JiarenError

log = logging.getLogger(__name__)
T = TypeVar("T")

SERVICE = "JiarenBase"

# Why a password is asked for (PasswordRequest.reason)
NO_KEYSTORE = "no_keystore"  # this computer has no credential store: asked at every start
NOT_STORED = "not_stored"  # a keystore is there but holds no password for this connection
REFUSED = "refused"  # the server refused the password that was stored or typed


class KeystoreUnavailable(JiarenError):
    """No credential store to keep the password in (or it failed)."""

    def __init__(self, reason: str = "") -> None:
        super().__init__("本机没有可用的系统密码库（如 Windows 凭据管理器），数据库密码无法保存在本机，"
                         "每次启动时会询问密码。",
                         "This computer has no usable credential store (such as Windows Credential Manager): "
                         "the database password cannot be kept here and is asked for at every start.")
        self.reason = reason  # for the log: the backend's own words (never a password)


@dataclass(frozen=True, repr=False)
class Secret:
    """A password that says nothing about itself in a repr, a log line or a traceback."""

    value: str

    def __repr__(self) -> str:
        return "Secret(***)"

    __str__ = __repr__

    def __bool__(self) -> bool:
        return bool(self.value)


@dataclass(frozen=True)
class PasswordRequest:
    """What the desktop's dialog (or the terminal) is told when it must ask."""

    where: str  # "jiaren@10.0.0.5:5432/jiarenbase" — no password
    reason: str  # NO_KEYSTORE | NOT_STORED | REFUSED
    can_store: bool  # a keystore is there to keep the answer
    error: JiarenError  # the server's refusal, in plain words

    @property
    def zh(self) -> str:
        if self.reason == NO_KEYSTORE:
            why = ("本机没有可用的系统密码库，请输入数据库密码。\n这台电脑上没有可以安全保存密码的系统密码库"
                   "（如 Windows 凭据管理器），所以密码不会保存，只用于本次运行；下次启动时会再次询问。")
        elif self.reason == REFUSED:
            why = "数据库服务器拒绝了密码，密码可能已被修改。请输入正确的数据库密码；不清楚请联系管理员。"
        else:
            why = "请输入数据库密码。"
        return f"{why}\n数据库：{self.where}"

    @property
    def en(self) -> str:
        if self.reason == NO_KEYSTORE:
            why = ("This computer has no usable credential store; enter the database password.\nWith no system "
                   "store (such as Windows Credential Manager) to keep it safely, the password is not saved: it is "
                   "used for this run only and asked for again at the next start.")
        elif self.reason == REFUSED:
            why = ("The database server refused the password; it may have been changed. Enter the right database "
                   "password, or ask your administrator.")
        else:
            why = "Enter the database password."
        return f"{why}\nDatabase: {self.where}"

    def text(self, lang: str = "zh") -> str:
        return self.en if lang == "en" else self.zh


@dataclass(frozen=True)
class PasswordAnswer:
    password: Secret
    store: bool = False  # keep it in the keystore once the server has accepted it


AskPassword = Callable[[PasswordRequest], "PasswordAnswer | None"]


# --------------------------------------------------------------------------- addresses

def credential_key(url: str) -> str | None:
    """The keystore's key for a PostgreSQL address ("postgresql://user@host:port/db"),
    None for anything else."""
    try:
        u = make_url(config.normalise_url(url))
    except ArgumentError:
        return None
    if u.get_backend_name() != "postgresql":
        return None
    return f"postgresql://{u.username or ''}@{u.host or 'localhost'}:{u.port or 5432}/{u.database or ''}"


def where(url: str) -> str:
    """user@host:port/database, for a person to read."""
    key = credential_key(url)
    return key.removeprefix("postgresql://") if key else url


def with_password(url: str, password: Secret | str | None) -> str:
    """The address with `password` put in (a Secret's value), for opening an engine only."""
    value = password.value if isinstance(password, Secret) else (password or "")
    return config.join_password(url, value) if value else url


# --------------------------------------------------------------------------- the keystore

def _keyring():
    import keyring  # ~60 ms of imports: only when a PostgreSQL password is wanted

    return keyring


def keystore_available() -> bool:
    """A real credential store is there (not keyring's fail backend, not an empty chain)."""
    try:
        backend = _keyring().get_keyring()
    except Exception as exc:  # noqa: BLE001 - a broken keyring setup means no keystore
        log.warning("No OS keystore: %s", type(exc).__name__)
        return False
    from keyring.backends import chainer, fail

    if isinstance(backend, fail.Keyring):
        return False
    return not (isinstance(backend, chainer.ChainerBackend) and not backend.backends)


def stored_password(url: str) -> Secret | None:
    """The password kept for this connection, None when none is kept. Raises
    KeystoreUnavailable when there is no keystore or it fails."""
    key = credential_key(url)
    if key is None:
        return None
    if not keystore_available():
        raise KeystoreUnavailable("no keyring backend")
    try:
        value = _keyring().get_password(SERVICE, key)
    except Exception as exc:  # noqa: BLE001 - any keyring failure: treated as no keystore
        raise KeystoreUnavailable(type(exc).__name__) from None
    return Secret(value) if value else None


def store_password(url: str, password: Secret | str) -> None:
    """Keep the password for this connection (read back to be sure). Raises KeystoreUnavailable."""
    key = credential_key(url)
    value = password.value if isinstance(password, Secret) else password
    if key is None or not value:
        return
    if not keystore_available():
        raise KeystoreUnavailable("no keyring backend")
    try:
        _keyring().set_password(SERVICE, key, value)
        kept = _keyring().get_password(SERVICE, key)
    except Exception as exc:  # noqa: BLE001
        raise KeystoreUnavailable(type(exc).__name__) from None
    if kept != value:
        raise KeystoreUnavailable("the password read back differs")
    log.info("Database password for %s kept in the OS keystore", key)


def forget_password(url: str) -> None:
    """Remove the password kept for this connection (nothing kept: nothing to do)."""
    key = credential_key(url)
    if key is None or not keystore_available():
        return
    try:
        if _keyring().get_password(SERVICE, key) is not None:
            _keyring().delete_password(SERVICE, key)
            log.info("Database password for %s removed from the OS keystore", key)
    except Exception as exc:  # noqa: BLE001
        raise KeystoreUnavailable(type(exc).__name__) from None


# --------------------------------------------------------------------------- the old plain-text file

def move_plaintext_password(data_dir: Path | str) -> bool:
    """A config.json written by an older version holds the password in its db_url:
    put it into the keystore and rewrite the file without it (atomically). Without a
    keystore the file is left as it is (it holds the only copy) and the log says so.
    True when a password was moved."""
    path = config.config_path(data_dir)
    try:
        raw = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return False
    url = raw.get("db_url") if isinstance(raw, dict) else None
    if not isinstance(url, str) or credential_key(url) is None or not config.password_in(url):
        return False
    address, password = config.split_password(config.normalise_url(url))
    try:
        store_password(address, password)
    except KeystoreUnavailable as exc:
        log.warning("The settings file %s holds the database password in plain text; no OS keystore is "
                    "available (%s), so it stays there. Keep the file private or use a computer with a keystore.",
                    path, exc.reason)
        return False
    raw["db_url"] = address
    config.write_atomic(path, raw)
    log.info("Moved the database password for %s from %s into the OS keystore", credential_key(address), path)
    return True


# --------------------------------------------------------------------------- opening with a password

def login_refused(exc: BaseException) -> bool:
    """The server refused the login for want of the right password."""
    seen: set[int] = set()
    current: BaseException | None = exc
    while current is not None and id(current) not in seen:
        seen.add(id(current))
        low = str(current).lower()
        if "password authentication failed" in low or "no password supplied" in low:
            return True
        current = getattr(current, "orig", None) or current.__cause__
    return False


def open_with_password(url: str, ask: AskPassword | None, open_fn: Callable[[str], T]) -> T:
    """open_fn(url), with the PostgreSQL password filled in: the one in the address,
    else the keystore's. When the server refuses the login, `ask` is asked (None, or
    no answer: the refusal is raised); a typed password the server accepted is kept
    in the keystore when the answer says so. Without a keystore the first try goes
    without a password (PostgreSQL's own PGPASSWORD / pgpass may serve), then asks."""
    if credential_key(url) is None or config.password_in(url):
        return open_fn(url)
    can_store = True
    try:
        password = stored_password(url)
    except KeystoreUnavailable as exc:
        log.warning("No OS keystore available (%s): the database password is asked for at start", exc.reason)
        password, can_store = None, False
    reason = REFUSED if password else (NOT_STORED if can_store else NO_KEYSTORE)
    keep = False
    while True:
        try:
            result = open_fn(with_password(url, password))
        except Exception as exc:
            if ask is None or not login_refused(exc):
                raise
            answer = ask(PasswordRequest(where(url), reason, can_store, config.connection_error(exc, url)))
            if answer is None or not answer.password:
                raise
            password, keep, reason = answer.password, answer.store and can_store, REFUSED
            continue
        if keep and password:
            try:
                store_password(url, password)
            except KeystoreUnavailable as exc:
                log.warning("The database password could not be kept in the OS keystore (%s)", exc.reason)
        return result


def ask_on_terminal(request: PasswordRequest, lang: str = "zh") -> PasswordAnswer | None:
    """The command line's way to ask: on its terminal, without echo; nothing when it
    runs without one (a scheduled task: then PostgreSQL's PGPASSWORD or pgpass file)."""
    stdin = sys.stdin
    if stdin is None or not stdin.isatty():
        return None
    print(request.text(lang), file=sys.stderr)
    value = getpass.getpass("数据库密码：" if lang != "en" else "Database password: ")
    return PasswordAnswer(Secret(value)) if value else None


def terminal_prompt(lang: str) -> AskPassword:
    return lambda request: ask_on_terminal(request, lang)
