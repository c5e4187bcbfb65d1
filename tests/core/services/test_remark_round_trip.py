"""Issue 17, done when: a remark with line breaks and "：！，" round-trips through the
save, the sessions list, the student file and the student report unchanged (the
report is read back with pdftotext; a line break may print as a new line)."""
from __future__ import annotations

import shutil
import subprocess
from datetime import date, datetime

import pytest

from jiarenbase.core.domain.enums import SessionKind
from jiarenbase.core.services import sessions
from jiarenbase.core.services.listing import ListQuery
from jiarenbase.core.services.reports import ReportKind, ReportRequest, build_report
from jiarenbase.core.services.student_file import student_file
from jiarenbase.core.services.student_timeline import EventKind

REMARK = "第一行：多练习！\n第二行，注意节奏。"


@pytest.mark.skipif(shutil.which("pdftotext") is None, reason="poppler-utils (pdftotext) not installed")
def test_remark_round_trips_through_list_file_and_report(world, tmp_path):
    sid = world.mine[0]
    start = datetime(2025, 5, 6, 14)
    saved = sessions.log_session(world.db, world.mentor, sessions.SessionInput(
        kind=SessionKind.LIVE_SESSION, student_id=sid, started_at=start, ended_at=start.replace(hour=16),
        mentor_id=world.mentor_a.id, mentor_remarks=REMARK, review_notes=REMARK))
    assert (saved.mentor_remarks, saved.review_notes) == (REMARK, REMARK)

    listed = sessions.list_sessions(world.db, world.mentor, ListQuery(filters={"student_id": sid})).rows
    assert [(x.mentor_remarks, x.review_notes) for x in listed] == [(REMARK, REMARK)]

    file = student_file(world.db, world.mentor, sid)  # the file's session entry opens the record
    [event] = [e for e in file.timeline if e.kind is EventKind.SESSION]
    opened = sessions.get_session(world.db, world.mentor, event.ref_id)
    assert (opened.mentor_remarks, opened.review_notes) == (REMARK, REMARK)

    pdf = tmp_path / "student.pdf"
    result = build_report(world.db, world.admin, ReportRequest(ReportKind.STUDENT, student_id=sid), pdf,
                          today=date(2025, 7, 2))
    text = subprocess.run(["pdftotext", "-enc", "UTF-8", str(result.paths[0]), "-"], capture_output=True,
                          text=True, check=True).stdout
    assert "第一行：多练习！" in text and "第二行，注意节奏。" in text
    assert "多练习!" not in text and "第二行," not in text  # nothing turned into ASCII punctuation
