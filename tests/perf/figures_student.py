"""Benchmark figures of the student page (学员档案), issue 4:

    student page (2,000 sessions): StudentPage opened on a student with 2,000
        practice sessions in a cohort of 40 (the others 50–200 sessions each):
        the service call, the widgets, both charts drawn (show + grab) — < 300 ms.
        Baseline: a bare widget with two QChartViews holding the same four line
        series of 2,000 points, shown and grabbed at the same size.
    student file service (2,000 sessions): the service call alone (timeline,
        growth, cohort median) — < 150 ms, baseline: reading the student's 2,000
        session rows as tuples.

The database is built once and cached under `work` (student_page_v1.sqlite3)."""
from __future__ import annotations

import os
import random
import sys
from datetime import date, datetime, timedelta
from pathlib import Path

import harness
from sqlalchemy import insert, select

ROOT = Path(__file__).resolve().parents[2]
if str(ROOT) not in sys.path:  # run.py puts only tests/perf on the path
    sys.path.insert(0, str(ROOT))

STAR_SESSIONS = 2000
COHORT = 40
CACHE = "student_page_v1.sqlite3"
SIZE = (1280, 820)


def _id_number(seq: int, born: date) -> str:
    from jiarenbase.core.domain.idcard import check_char

    body = f"310116{born:%Y%m%d}{seq % 1000:03d}"
    return body + check_char(body)


def _sessions(student_id: int, n: int, rng: random.Random, start: datetime) -> list[dict]:
    from jiarenbase.core.domain.enums import Platform, SessionKind

    rows = []
    for i in range(n):
        p = i / max(n - 1, 1)
        live = p > 0.5 and rng.random() < 0.4
        viewers = rng.randint(300, 5000) if live else rng.randint(12, 60)
        conv = max(0.0, rng.gauss((0.012 + 0.02 * p) if live else (0.05 + 0.08 * p), 0.01 if live else 0.03))
        buyers = min(viewers, int(viewers * conv))
        at = start + timedelta(hours=6 * i)
        rows.append(dict(kind=SessionKind.LIVE_SESSION if live else SessionKind.MOCK_DRILL, student_id=student_id,
                         started_at=at, ended_at=at + timedelta(hours=1), platform=Platform.DOUYIN,
                         viewers=viewers, buyers=buyers, orders=buyers, mentor_id=1,
                         rubric_average=max(0.0, min(100.0, rng.gauss(55 + 30 * p, 6)))))
    return rows


def _build(path: Path) -> None:
    """A cohort of 40: student 1 with 2,000 sessions, the others 50–200; each with
    stage records, a mentor, 8 lessons of attendance, a script and two videos."""
    from jiarenbase.core.bootstrap import open_database
    from jiarenbase.core.db.models import (
        Attendance,
        Cohort,
        Mentor,
        MentorAssignment,
        PartnerSchool,
        PracticeSession,
        SalesScript,
        ScriptVersion,
        ShortVideo,
        StageRecord,
        Student,
        TrainingModule,
    )
    from jiarenbase.core.domain.enums import AttendanceStatus, Sex, Stage, StageResult

    rng = random.Random(2000)
    opened = open_database("sqlite:///" + str(path), path.parent / "student_data")
    start = date(2024, 3, 1)
    with opened.db.transaction() as s:
        school = PartnerSchool(name="金山食品工业学校")
        s.add(school)
        s.flush()
        cohort = Cohort(code="PERF-01", name="性能测试班", school_id=school.id, start_date=start)
        mentor = Mentor(name="王导师")
        s.add_all([cohort, mentor])
        s.flush()
        modules = [TrainingModule(cohort_id=cohort.id, title=f"认知课程{i + 1}",
                                  scheduled_on=start + timedelta(days=3 * i))
                   for i in range(8)]
        s.add_all(modules)
        students = [Student(name=f"学员{i + 1:02d}", sex=Sex.FEMALE, id_number=_id_number(i, date(2004, 5, 6)),
                            birth_date=date(2004, 5, 6), school_id=school.id, cohort_id=cohort.id, stage=Stage.LIVE)
                    for i in range(COHORT)]
        s.add_all(students)
        s.flush()
        for st in students:
            for stage, day, done in ((Stage.COGNITIVE, 0, True), (Stage.PROJECT, 30, True), (Stage.LIVE, 90, False)):
                entered = start + timedelta(days=day)
                s.add(StageRecord(student_id=st.id, stage=stage, entered_on=entered,
                                  signed_off_at=datetime.combine(entered + timedelta(days=30), datetime.min.time())
                                  if done else None, result=StageResult.PASSED if done else None))
            s.add(MentorAssignment(student_id=st.id, mentor_id=mentor.id, stage=Stage.LIVE, start_date=start))
            for m in modules:
                s.add(Attendance(module_id=m.id, student_id=st.id, status=AttendanceStatus.PRESENT))
            script = SalesScript(student_id=st.id, title="兴塔大米直播话术", product="兴塔大米")
            s.add(script)
            s.flush()
            for v in range(1, 5):
                s.add(ScriptVersion(script_id=script.id, version_no=v, body="家人们好" * v, mentor_comment="语速放慢"))
            for v in range(2):
                s.add(ShortVideo(student_id=st.id, title=f"大米开箱第{v + 1}版",
                                 published_on=start + timedelta(days=100 + v), views=1000 * (v + 1)))
        rows = []
        for i, st in enumerate(students):
            rows += _sessions(st.id, STAR_SESSIONS if i == 0 else rng.randint(50, 200), rng,
                              datetime.combine(start + timedelta(days=30), datetime.min.time()))
        s.execute(insert(PracticeSession), rows)
    opened.db.dispose()


def _database(work: Path):
    from jiarenbase.core.bootstrap import open_database
    from jiarenbase.core.db.models import Student

    path = work / CACHE
    if not path.exists():
        tmp = work / (CACHE + ".building")
        for p in work.glob(CACHE + ".building*"):
            p.unlink()
        _build(tmp)
        tmp.rename(path)
    db = open_database("sqlite:///" + str(path), work / "student_data").db
    with db.read() as s:
        star = s.scalar(select(Student.id).where(Student.name == "学员01"))
    return db, star


def _app():
    from PySide6.QtWidgets import QApplication

    return QApplication.instance() or QApplication([])


def _themed(app, work: Path) -> None:
    """The light theme the app uses (qt-material writes under HOME: keep it in `work`)."""
    from jiarenbase.gui.theme import apply_theme

    home = os.environ.get("HOME")
    os.environ["HOME"] = str(work / "home")
    try:
        apply_theme(app)
    finally:
        if home is None:
            os.environ.pop("HOME", None)
        else:
            os.environ["HOME"] = home


def _bare_charts(n: int):
    """Two chart views, two line series of n points each — the least a page with
    these charts could cost."""
    from PySide6.QtCharts import QChart, QChartView, QLineSeries, QValueAxis
    from PySide6.QtCore import QPointF, Qt
    from PySide6.QtGui import QPainter
    from PySide6.QtWidgets import QVBoxLayout, QWidget

    rng = random.Random(1)
    w = QWidget()
    layout = QVBoxLayout(w)
    for _ in range(2):
        chart = QChart()
        x, y = QValueAxis(), QValueAxis()
        chart.addAxis(x, Qt.AlignmentFlag.AlignBottom)
        chart.addAxis(y, Qt.AlignmentFlag.AlignLeft)
        for _ in range(2):
            series = QLineSeries()
            series.replace([QPointF(i + 1, rng.uniform(40, 95)) for i in range(n)])
            chart.addSeries(series)
            series.attachAxis(x)
            series.attachAxis(y)
        x.setRange(1, n)
        y.setRange(0, 100)
        view = QChartView(chart)
        view.setRenderHint(QPainter.RenderHint.Antialiasing)
        layout.addWidget(view)
    return w


def figures(work: Path):
    from PySide6.QtCore import QEvent
    from PySide6.QtWidgets import QApplication

    from jiarenbase.core.db.models import PracticeSession
    from jiarenbase.core.services.context import Actor
    from jiarenbase.core.services.student_file import student_file
    from jiarenbase.gui.pages.student_page import StudentPage

    db, star = _database(work)
    app = _app()
    _themed(app, work)
    ctx = harness.app_context(db, Actor.system(), work)
    opened: list = []

    def open_page():
        page = StudentPage(ctx, star)  # starts the service call off the GUI thread
        page.resize(*SIZE)
        page.show()
        harness.drain(ctx, what="the student file")
        QApplication.processEvents()
        page.grab()  # paints everything, both charts included
        opened.append(page)

    def bare():
        w = _bare_charts(STAR_SESSIONS)
        w.resize(*SIZE)
        w.show()
        QApplication.processEvents()
        w.grab()
        opened.append(w)

    def cleanup():
        for w in opened:
            w.close()
            w.deleteLater()
        opened.clear()
        QApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)

    assert student_file(db, ctx.actor, star).kpis.sessions == STAR_SESSIONS
    baseline = harness.time_ms(bare)
    cleanup()
    value = harness.time_ms(open_page)
    cleanup()
    yield harness.under("student page (2,000 sessions)", value, 300, "bare charts, 4×2,000 points", baseline)

    def read_rows():
        with db.read() as s:
            s.execute(select(PracticeSession.id, PracticeSession.started_at, PracticeSession.rubric_average,
                             PracticeSession.buyers, PracticeSession.viewers)
                      .where(PracticeSession.student_id == star, PracticeSession.deleted_at.is_(None))).all()

    base = harness.time_ms(read_rows)
    service = harness.time_ms(lambda: student_file(db, ctx.actor, star))
    yield harness.under("student file service (2,000 sessions)", service, 150, "2,000 session rows read", base)
    db.dispose()
