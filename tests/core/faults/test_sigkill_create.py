"""A new database killed while it is being created is complete or absent.

fault_child.py's "create" worker opens new database files one after another
(bootstrap.open_database: schema, stamp, the rooms and criteria); it is killed
(SIGKILL) at random moments, 40 times, half of them a few milliseconds after a
creation began. Afterwards every file it left opens the way the app opens it and
passes `check` (integrity, foreign keys, orphans, schema revision) — before, a kill
while the tables were being created left a file on which every later start failed
with "table audit_entry already exists"."""
from __future__ import annotations

import os
import random
import signal
import sqlite3
import sys
import time
from collections import Counter

import pytest

from jiarenbase.core.bootstrap import open_database
from jiarenbase.core.db.check import check_database
from jiarenbase.core.db.migrate import APPLICATION_ID, head_revision

pytestmark = [
    pytest.mark.slow,
    pytest.mark.skipif(sys.platform == "win32" or not hasattr(os, "fork"),
                       reason="SIGKILL and fork are POSIX; CI runs on Linux"),
]

KILLS = 40
DELAY = (0.0, 0.3)  # after the worker is ready (a creation takes ~100–200 ms here)
INSIDE = (0.0, 0.12)  # after a creation began


def test_sigkill_while_creating_a_new_database_leaves_it_complete_or_empty(tmp_path):
    from test_sigkill_faults import Server, log_lines, wait_for_begin

    rng = random.Random("sigkill-create")
    where = Counter()
    created: set[str] = set()
    server = Server(tmp_path)
    try:
        for run in range(KILLS):
            pid = server.start("create", "-", run, tmp_path)
            if run % 2:  # a seeded random moment (the fault's timing, not a wait)
                wait_for_begin(tmp_path, run)
                time.sleep(rng.uniform(*INSIDE))
            else:
                time.sleep(rng.uniform(*DELAY))
            os.kill(pid, signal.SIGKILL)
            status = server.reap()
            assert os.WIFSIGNALED(status) and os.WTERMSIG(status) == signal.SIGKILL, (
                f"run {run}: the worker ended on its own ({status}):\n{server.stderr_path.read_text('utf-8')}")
            lines = log_lines(tmp_path, run)
            where["inside create" if lines and lines[-1][0] == "begin" else "between units"] += 1
            created |= {rest[0] for word, _kind, *rest in lines if word == "done"}
    finally:
        server.close()
    files = sorted(tmp_path.glob("new-*.sqlite3"))
    print(f"create: {KILLS} kills, {dict(where)}; {len(files)} files, {len(created)} completed")
    assert sum(n for w, n in where.items() if w.startswith("inside")) >= KILLS // 4, where
    for path in files:
        if path.name in created:  # reported complete: complete before anyone opens it again
            con = sqlite3.connect(path)
            try:
                assert con.execute("SELECT version_num FROM alembic_version").fetchone() == (head_revision(),)
                assert con.execute("PRAGMA application_id").fetchone() == (APPLICATION_ID,)
            finally:
                con.close()
        opened = open_database("sqlite:///" + str(path), tmp_path / "data")
        try:
            bad = [f.zh for f in check_database(opened.db.engine) if not f.ok]
            assert bad == [], f"{path.name}: {bad}"
        finally:
            opened.db.dispose()
