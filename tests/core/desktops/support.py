"""Helpers for the several-desktops tests: the PostgreSQL-only marks, and a
private PostgreSQL server the reconnect tests may stop and start.

Why a private server for restarts: the suite runs on two pytest-xdist workers
(`--dist worksteal`, so `xdist_group` is not honoured), and the other worker is
running PostgreSQL tests against the shared server CI started at the same
moment. Restarting that server would break whatever transaction the other worker
has open. So the restart tests start a throw-away cluster of their own with the
same script and binaries CI uses (.ci/postgres.sh, PostgreSQL from Debian's
postgresql-15), restart *that* one, and remove it afterwards (also when a test
fails). Nothing else in the run can see it.
"""
from __future__ import annotations

import os
import shutil
import socket
import subprocess
import tempfile
from pathlib import Path

import pytest

PG_URL = os.environ.get("JIARENBASE_TEST_PG_URL", "")
REPO = Path(__file__).resolve().parents[3]
POSTGRES_SH = REPO / ".ci" / "postgres.sh"

# Every test module here: `pytestmark = PG_ONLY`.
PG_ONLY = [
    pytest.mark.postgres,
    pytest.mark.skipif(not PG_URL, reason="JIARENBASE_TEST_PG_URL is not set: the several-desktops tests need "
                                          "the PostgreSQL server CI starts (bash .ci/postgres.sh start)"),
]


def pg_schema_url(schema: str) -> str:
    """The shared server's URL with its search_path set to `schema` (as tests/conftest.py does)."""
    sep = "&" if "?" in PG_URL else "?"
    return f"{PG_URL}{sep}options=-csearch_path%3D{schema}"


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


class PrivateServer:
    """A PostgreSQL cluster of this test's own: `start()` (via .ci/postgres.sh),
    `stop()` and `start_again()` (pg_ctl on the same data directory, port pinned),
    `remove()` (postgres.sh stop, which also deletes the data)."""

    def __init__(self) -> None:
        # Not under pytest's tmp dir: that is mode 700 and, when the tests run as
        # root (CI), the server runs as the unprivileged `postgres` user.
        self.top = Path(tempfile.mkdtemp(prefix="jiarenbase-desktops-pg-"))
        self.top.chmod(0o755)
        self.datadir = self.top / "data"
        self.env = {**os.environ, "PGDATA_DIR": str(self.datadir), "JB_PG_STATE_FILE": str(self.top / "pg.state"),
                    "JB_PG_PORT": str(_free_port())}
        self.url = ""

    def start(self) -> str:
        done = subprocess.run(["bash", str(POSTGRES_SH), "start"], env=self.env, capture_output=True, text=True,
                              stdin=subprocess.DEVNULL, timeout=120)
        assert done.returncode == 0, f"could not start a private PostgreSQL server:\n{done.stderr}"
        self.url = done.stdout.strip().splitlines()[-1]
        return self.url

    def _pg_ctl(self, *args: str) -> None:
        bindir = self._bindir()
        cmd = [str(bindir / "pg_ctl"), *args, "-D", str(self.datadir), "-w", "-t", "60"]
        if os.geteuid() == 0:  # the server runs as the owner of its data directory
            cmd = ["runuser", "-u", self.datadir.owner(), "--", *cmd]
        # stdout/stderr to files, not pipes: the postmaster inherits them and keeps a pipe open
        with open(self.top / "pg_ctl.log", "ab") as log:
            done = subprocess.run(cmd, stdout=log, stderr=log, stdin=subprocess.DEVNULL, timeout=120)
        assert done.returncode == 0, f"pg_ctl {' '.join(args)} failed: {(self.top / 'pg_ctl.log').read_text()}"

    def _bindir(self) -> Path:
        """Where postgres.sh found them: JB_PG_BINDIR, initdb on PATH, /usr/lib/postgresql/*/bin."""
        if os.environ.get("JB_PG_BINDIR"):
            return Path(os.environ["JB_PG_BINDIR"])
        found = shutil.which("initdb")
        if found and (Path(found).resolve().parent / "pg_ctl").exists():
            return Path(found).resolve().parent
        for cand in sorted(Path("/usr/lib/postgresql").glob("*/bin"), key=lambda p: int(p.parent.name)
                           if p.parent.name.isdigit() else 0, reverse=True):
            if (cand / "pg_ctl").exists():
                return cand
        raise AssertionError("pg_ctl not found (PATH, /usr/lib/postgresql/*/bin, JB_PG_BINDIR)")

    def stop(self, mode: str = "fast") -> None:
        """Shut the server down; `fast` ends every session (as a restart does)."""
        self._pg_ctl("stop", "-m", mode)

    def start_again(self) -> None:
        self._pg_ctl("start", "-l", str(self.datadir / "server.log"))

    def remove(self) -> None:
        subprocess.run(["bash", str(POSTGRES_SH), "stop"], env=self.env, capture_output=True,
                       stdin=subprocess.DEVNULL, timeout=120)
        shutil.rmtree(self.top, ignore_errors=True)
