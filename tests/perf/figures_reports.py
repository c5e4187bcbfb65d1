"""Benchmark figures of the printed reports, issue 6:

    school pack (1,000 students): `build_report` end to end — reading the data,
        the cover, summary, a 1,000-row roster and 1,000 completion reports with
        growth charts, header/footer, written to disk — ≤ 1.5× the baseline.
        Baseline: raw ReportLab (SimpleDocTemplate, plain canvas) laying out the
        same tables, paragraphs and charts from data read beforehand.
    500 certificates: one PDF of 500 结业证书 end to end — < 10 s (baseline: the
        same pages laid out by raw ReportLab).

The database is the demo generator's 1,000 students, all moved to one partner
school, 500 of them completed in one cohort; built once, cached under `work`."""
from __future__ import annotations

import shutil
import sys
from datetime import date
from pathlib import Path

import harness
from sqlalchemy import select, update

ROOT = Path(__file__).resolve().parents[2]
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

CACHE = "reports_1000_v1.sqlite3"
STUDENTS = 1000
CERTIFICATES = 500
TODAY = date(2026, 11, 23)


def _build(path: Path) -> None:
    from jiarenbase.core.bootstrap import open_database
    from jiarenbase.core.db.models import Cohort, PartnerSchool, Student
    from jiarenbase.core.demo import build_demo
    from jiarenbase.core.domain.enums import Stage, StudentStatus

    opened = open_database("sqlite:///" + str(path), path.parent / "reports_data")
    build_demo(opened.db, students=STUDENTS, seed=1000)
    with opened.db.transaction() as s:
        school = s.scalar(select(PartnerSchool.id).order_by(PartnerSchool.id))
        cohort = s.scalar(select(Cohort.id).order_by(Cohort.id))
        s.execute(update(Student).values(school_id=school))
        first = list(s.scalars(select(Student.id).order_by(Student.id).limit(CERTIFICATES)))
        s.execute(update(Student).where(Student.id.in_(first))
                  .values(cohort_id=cohort, stage=Stage.COMPLETED, status=StudentStatus.COMPLETED))
    opened.db.dispose()


def _database(work: Path):
    from jiarenbase.core.bootstrap import open_database
    from jiarenbase.core.db.models import Cohort, PartnerSchool

    path = work / CACHE
    if not path.exists():
        tmp = work / (CACHE + ".building")
        for p in work.glob(CACHE + ".building*"):
            p.unlink()
        shutil.rmtree(work / "reports_data", ignore_errors=True)
        _build(tmp)
        tmp.rename(path)
    db = open_database("sqlite:///" + str(path), work / "reports_data").db
    with db.read() as s:
        return db, s.scalar(select(PartnerSchool.id).order_by(PartnerSchool.id)), \
            s.scalar(select(Cohort.id).order_by(Cohort.id))


def _raw_build(path: Path, story, landscape_pages: bool = False) -> None:
    from reportlab.lib.pagesizes import A4, landscape
    from reportlab.lib.units import mm
    from reportlab.platypus import SimpleDocTemplate

    from jiarenbase.core.reports.document import MARGIN
    from jiarenbase.core.reports.fonts import FONT_NAME

    SimpleDocTemplate(str(path), pagesize=landscape(A4) if landscape_pages else A4, leftMargin=MARGIN,
                      rightMargin=MARGIN, topMargin=20 * mm, bottomMargin=18 * mm,
                      initialFontName=FONT_NAME).build(story)


def figures(work: Path):
    from jiarenbase.core.reports.certificate import certificates_story
    from jiarenbase.core.reports.fonts import register_font
    from jiarenbase.core.reports.group_report import school_pack_story
    from jiarenbase.core.services import (
        certificate_builders as cb,
        completion_certificates as register,
        group_figures as gf,
        report_builders as rb,
        report_data as rd,
    )
    from jiarenbase.core.services.context import Actor
    from jiarenbase.core.services.reports import ReportKind, ReportRequest, build_report

    db, school_id, cohort_id = _database(work)
    register_font()
    actor = Actor.system()
    out = work / "reports_out"
    out.mkdir(exist_ok=True)

    # -- the school pack ------------------------------------------------------
    with db.read() as s:
        ids = rd.students_of(s, school_id=school_id)
        reports = rd.student_reports(s, ids, False)
    statuses = {r.id: r.status for r in reports}
    assert len(reports) == STUDENTS
    summary = gf.group_summary("学校 实训情况汇总", "全部批次", [("", "", "", reports)], {})
    roster = rb._roster(reports, statuses)
    printed = [r for r in reports if statuses.get(r.id) != "退出"]

    def raw_pack() -> None:
        _raw_build(out / "raw_pack.pdf", school_pack_story("学校", summary, roster, printed, TODAY))

    def our_pack() -> None:
        result = build_report(db, actor, ReportRequest(ReportKind.SCHOOL, school_id=school_id), out / "pack.pdf",
                              today=TODAY)
        our_pack.pages = result.pages

    raw = harness.time_ms(raw_pack, repeat=1, warmup=0)
    ours = harness.time_ms(our_pack, repeat=1, warmup=0)
    yield harness.within_ratio(f"school pack ({STUDENTS:,} students, {our_pack.pages:,} pages)", ours, 1.5,
                               "raw ReportLab, same content", raw)

    # -- 500 certificates -----------------------------------------------------------
    with db.transaction() as s:  # the register, as the builder keeps it (numbers issued once)
        completed = rd.students_of(s, cohort_id=cohort_id, completed_only=True)
        register.ensure_register(s, actor, completed)
    with db.read() as s:
        items = cb.certificates_of(s, register.register_of(s, completed), completed, False)
    assert len(items) >= CERTIFICATES

    def raw_certs() -> None:
        _raw_build(out / "raw_certs.pdf", certificates_story(items), landscape_pages=True)

    def our_certs() -> None:
        result = build_report(db, actor, ReportRequest(ReportKind.CERTIFICATE, cohort_id=cohort_id),
                              out / "certs.pdf", today=TODAY)
        our_certs.pages = result.pages

    raw = harness.time_ms(raw_certs, repeat=1, warmup=0)
    ours = harness.time_ms(our_certs, repeat=1, warmup=0)
    yield harness.under(f"{our_certs.pages} certificates (one PDF)", ours, 10_000, "raw ReportLab, same pages", raw)
