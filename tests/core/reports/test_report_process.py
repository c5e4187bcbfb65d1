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
