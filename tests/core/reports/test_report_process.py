"""Reports built in a child process (what the desktop does): the same file, progress
and Cancel across the process boundary, the child's errors raised in the caller."""
from __future__ import annotations

import re

import pytest
from sqlalchemy import select

from jiarenbase.core.bootstrap import open_database
from jiarenbase.core.db.models import PartnerSchool, Student
from jiarenbase.core.demo import build_demo
from jiarenbase.core.domain.enums import Role, Stage
from jiarenbase.core.errors import ValidationError
from jiarenbase.core.services.context import Actor
from jiarenbase.core.services.progress import Cancelled, CancelToken
from jiarenbase.core.services.report_process import build_in_child
from jiarenbase.core.services.reports import ReportKind, ReportRequest

STAFF = Actor(user_id=None, username="jiaowu", role=Role.STAFF)


@pytest.fixture(scope="module")
def base(tmp_path_factory):
    opened = open_database(None, tmp_path_factory.mktemp("child-db"))
    build_demo(opened.db, students=40, seed=5)
    yield opened.db
    opened.db.dispose()


def _school(db) -> int:
    with db.read() as s:
        return s.scalar(select(PartnerSchool.id).order_by(PartnerSchool.id))


def test_a_report_built_in_a_child_process(base, tmp_path):
    seen = []
    out = tmp_path / "pack.pdf"
    result = build_in_child(base, STAFF, ReportRequest(ReportKind.SCHOOL, school_id=_school(base)), out,
                            progress=lambda done, total=0: seen.append((done, total)))
    assert result.paths == (out,) and result.pages > 2
    data = out.read_bytes()
    assert data.startswith(b"%PDF") and data.rstrip().endswith(b"%%EOF")
    assert len(re.findall(rb"/Type /Page\b", data)) == result.pages
    assert seen and seen[-1][0] == seen[-1][1] > 0


def test_the_childs_validation_error_reaches_the_caller_intact(base, tmp_path):
    with base.read() as s:
        learner = s.scalar(select(Student.id).where(Student.stage != Stage.COMPLETED))
    with pytest.raises(ValidationError) as info:
        build_in_child(base, STAFF, ReportRequest(ReportKind.CERTIFICATE, student_id=learner), tmp_path / "c.pdf")
    assert info.value.fields == ["学员"] and "尚未结业" in info.value.zh and "not completed" in info.value.en
    assert not list(tmp_path.iterdir())


def test_cancel_stops_the_child_and_leaves_no_file(base, tmp_path):
    token = CancelToken()
    out = tmp_path / "pack.pdf"

    def report(done, total):
        if done >= 2:
            token.cancel()

    with pytest.raises(Cancelled):
        build_in_child(base, STAFF, ReportRequest(ReportKind.SCHOOL, school_id=_school(base)), out,
                       progress=token.callback(report))
    assert not list(tmp_path.iterdir())


def test_an_in_memory_database_is_built_in_process(tmp_path):
    opened = open_database("sqlite://", tmp_path / "data")
    build_demo(opened.db, students=20, seed=2)
    result = build_in_child(opened.db, STAFF, ReportRequest(ReportKind.MENTOR), tmp_path / "m.pdf")
    assert result.pages >= 1 and (tmp_path / "m.pdf").exists()


def test_the_child_gets_the_password_through_its_pipe_only(opened, tmp_path, monkeypatch):
    """The address the child is given has no password; the password travels apart as a
    Secret inside the pickled Process object, not on the child's command line."""
    import multiprocessing as mp
    import os
    import sys

    from sqlalchemy.engine import make_url

    from jiarenbase.core.credentials import Secret

    db = opened.db
    build_demo(db, students=12, seed=4)
    password = db.engine.url.password or ""  # the PostgreSQL test server's (empty on SQLite)
    spawn = mp.get_context("spawn")
    made, argv = [], []

    def spy_process(*args, **kwargs):
        made.append(kwargs["args"])
        return type(spawn).Process(*args, **kwargs)

    monkeypatch.setattr(spawn, "Process", spy_process)
    if sys.platform != "win32":
        from multiprocessing import util

        real = util.spawnv_passfds
        monkeypatch.setattr(util, "spawnv_passfds", lambda path, args, fds: argv.extend(args) or real(path, args, fds))
    environ = dict(os.environ)
    result = build_in_child(db, STAFF, ReportRequest(ReportKind.MENTOR), tmp_path / "m.pdf")
    assert result.pages >= 1
    [args] = made
    url, secret = args[0], args[1]
    assert make_url(url).password is None and secret == Secret(password) and "***" in repr(secret)
    assert not any(isinstance(a, str) and password and f":{password}@" in a for a in args)
    command_line = " ".join(a.decode() if isinstance(a, bytes) else str(a) for a in argv)
    assert "spawn_main" in command_line and not (password and f":{password}@" in command_line)
    assert dict(os.environ) == environ  # nothing put into the environment the child inherits
