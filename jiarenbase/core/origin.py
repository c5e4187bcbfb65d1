"""Where a person acts from (来源): the program, the operating-system user and the
machine, e.g. "cli alice@DESK-01". It travels as Actor.origin and is kept in each
audit entry, so an entry made at the command line names the Windows account and
the computer even when it names no JiarenBase user."""
from __future__ import annotations

import getpass
import os
import platform
import socket

MAX_ORIGIN = 120  # AuditEntry.origin is String(120)


def os_user_and_machine() -> tuple[str, str]:
    """The signed-in operating-system user and this computer's name ("?" when unknown).
    getpass.getuser reads LOGNAME/USER/LNAME/USERNAME (Windows sets USERNAME), then the
    password database, which a Windows machine or a container may not have."""
    try:
        user = getpass.getuser()
    except Exception:  # noqa: BLE001 - OSError/KeyError/ImportError, by platform and Python version
        user = os.environ.get("USERNAME") or os.environ.get("USER") or ""
    try:
        machine = socket.gethostname() or platform.node()
    except OSError:
        machine = platform.node()
    return user.strip() or "?", machine.strip() or "?"


def origin(program: str) -> str:
    """"<program> <OS user>@<machine>", printable characters only, at most MAX_ORIGIN long."""
    user, machine = os_user_and_machine()
    text = f"{program} {user}@{machine}"
    return "".join(ch for ch in text if ch.isprintable())[:MAX_ORIGIN]
