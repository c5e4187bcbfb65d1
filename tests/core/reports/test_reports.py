"""The printed reports, read back the way a person or a school would: text
(pdftotext), fonts (pdffonts), page counts and metadata (pdfinfo), and the first
page of each as a PNG under tests/output/reports/ for a person to look at."""
from __future__ import annotations

import re
import shutil
import subprocess
from datetime import date
from pathlib import Path

import pytest
from sqlalchemy import func, select

from jiarenbase.core.bootstrap import open_database
from jiarenbase.core.db.models import AuditEntry, Cohort, PartnerSchool, Student
from jiarenbase.core.demo import build_demo
from jiarenbase.core.domain.enums import Role, Stage, StudentStatus
from jiarenbase.core.errors import NotFound, PermissionDenied, ValidationError
from jiarenbase.core.reports.document import BASE_NAME, DocumentInfo, write_pdf
from jiarenbase.core.reports.dto import RosterRow
from jiarenbase.core.reports.group_report import roster_story
from jiarenbase.core.services import subsidy
from jiarenbase.core.services.context import Actor
from jiarenbase.core.services.progress import Cancelled, CancelToken
from jiarenbase.core.services.reports import (
    ReportKind,
    ReportRequest,
    build_report,
    default_filename,
    find_students,
    report_scopes,
)

pytestmark = pytest.mark.skipif(shutil.which("pdftotext") is None, reason="poppler-utils (pdftotext) not installed")

OUTPUT = Path(__file__).resolve().parents[2] / "output" / "reports"
ADMIN = Actor.system()
STAFF = Actor(user_id=None, username="jiaowu", role=Role.STAFF)
MENTOR = Actor(user_id=None, username="mentor", role=Role.MENTOR, mentor_id=1)


def text_of(pdf: Path, first: int | None = None, last: int | None = None) -> str:
    args = ["pdftotext", "-enc", "UTF-8"]
    if first:
        args += ["-f", str(first), "-l", str(last or first)]
    return subprocess.run(args + [str(pdf), "-"], capture_output=True, text=True, check=True).stdout


def info_of(pdf: Path) -> dict[str, str]:
    out = subprocess.run(["pdfinfo", "-enc", "UTF-8", str(pdf)], capture_output=True, text=True, check=True).stdout
    return {k.strip(): v.strip() for k, _, v in (line.partition(":") for line in out.splitlines())}


def fonts_of(pdf: Path) -> list[list[str]]:
    out = subprocess.run(["pdffonts", str(pdf)], capture_output=True, text=True, check=True).stdout
    return [line.split() for line in out.splitlines()[2:] if line.strip()]


def first_page_png(pdf: Path, name: str) -> Path:
    OUTPUT.mkdir(parents=True, exist_ok=True)
    stem = OUTPUT / name
    subprocess.run(["pdftoppm", "-r", "60", "-png", "-singlefile", "-f", "1", "-l", "1", str(pdf), str(stem)],
                   check=True)
    return stem.with_suffix(".png")


@pytest.fixture(scope="module")
def base(tmp_path_factory):
    """One demo base for the module (reports only read)."""
    opened = open_database(None, tmp_path_factory.mktemp("reports-db"))
    build_demo(opened.db, students=90, seed=2025)
    yield opened.db
    opened.db.dispose()


@pytest.fixture(scope="module")
def facts(base):
    with base.read() as s:
        cohort = s.scalar(select(Student.cohort_id).where(Student.stage == Stage.COMPLETED)
                          .group_by(Student.cohort_id).order_by(func.count().desc()))
        completed = s.scalars(select(Student.id).where(Student.cohort_id == cohort,
                                                       Student.stage == Stage.COMPLETED,
                                                       Student.deleted_at.is_(None))).all()
        student = s.get(Student, completed[0])
        school = s.get(PartnerSchool, student.school_id)
        school_students = s.scalar(select(func.count()).select_from(Student).where(
            Student.school_id == school.id, Student.deleted_at.is_(None)))
        return {"cohort": cohort, "completed": list(completed), "student": student.id,
                "student_name": student.name, "id_number": student.id_number, "school": school.id,
                "school_name": school.name, "school_students": school_students,
                "cohort_code": s.get(Cohort, cohort).code}


def _request(kind: ReportKind, f: dict) -> ReportRequest:
    return {
        ReportKind.CERTIFICATE: ReportRequest(kind, cohort_id=f["cohort"]),
        ReportKind.STUDENT: ReportRequest(kind, student_id=f["student"]),
        ReportKind.SCHOOL: ReportRequest(kind, school_id=f["school"]),
        ReportKind.COHORT: ReportRequest(kind, cohort_id=f["cohort"]),
        ReportKind.MENTOR: ReportRequest(kind),
        ReportKind.ANNUAL: ReportRequest(kind, year=2025),
        ReportKind.SUBSIDY: ReportRequest(kind),
    }[kind]


@pytest.mark.parametrize("kind", list(ReportKind), ids=lambda k: k.value)
def test_every_report_is_an_a4_chinese_document_with_embedded_fonts(base, facts, tmp_path, kind):
    out = tmp_path / default_filename(kind, "测试")
    result = build_report(base, STAFF, _request(kind, facts), out)
    assert result.paths == (out,) and out.exists()
    assert not list(tmp_path.glob("*.part"))
    info = info_of(out)
    assert int(info["Pages"]) == result.pages >= 1
    assert info["Title"] == result.title and "自家人" in info["Author"] and info["Subject"]
    size = "841.89 x 595.276" if kind is ReportKind.CERTIFICATE else "595.276 x 841.89"
    assert info["Page size"].startswith(size) and "A4" in info["Page size"]
    assert b"/Lang (zh-CN)" in out.read_bytes()
    fonts = fonts_of(out)
    assert fonts and all(row[-5:-3] == ["yes", "yes"] for row in fonts), fonts  # embedded, subset
    assert all("WenQuanYi" in row[0] or "YaHei" in row[0] or "Hei" in row[0] for row in fonts)
    text = text_of(out)
    assert BASE_NAME in text and "2026" in text or BASE_NAME in text
    if kind in (ReportKind.CERTIFICATE, ReportKind.SUBSIDY):  # each page a document of its own: no footer
        assert "第 1 页" not in text
    else:
        assert f"第 1 页 共 {result.pages} 页" in text
        assert f"第 {result.pages} 页 共 {result.pages} 页" in text
    assert "□□" not in text
    png = first_page_png(out, f"report_{kind.value}")
    assert png.stat().st_size > 10_000


def test_school_pack_names_the_school_and_its_students(base, facts, tmp_path):
    out = tmp_path / "pack.pdf"
    build_report(base, STAFF, ReportRequest(ReportKind.SCHOOL, school_id=facts["school"]), out)
    text = text_of(out)
    assert facts["school_name"] in text and facts["student_name"] in text
    assert f"学员 {facts['school_students']} 人" in text
    # one completion report per student who did not withdraw
    with base.read() as s:
        printed = s.scalar(select(func.count()).select_from(Student).where(
            Student.school_id == facts["school"], Student.deleted_at.is_(None),
            Student.status != StudentStatus.WITHDRAWN))
    assert text.count("学员结业报告") + text.count("学员阶段报告") >= printed


def test_certificates_one_page_per_completed_student_or_one_file_each(base, facts, tmp_path):
    one = build_report(base, STAFF, ReportRequest(ReportKind.CERTIFICATE, cohort_id=facts["cohort"]),
                       tmp_path / "all.pdf")
    assert one.pages == len(facts["completed"])
    text = text_of(tmp_path / "all.pdf")
    assert text.count("CERTIFICATE OF COMPLETION") == len(facts["completed"])
    assert "认知实训" in text and "实战实训" in text and "盖章" in text
    folder = tmp_path / "each"
    each = build_report(base, STAFF, ReportRequest(ReportKind.CERTIFICATE, cohort_id=facts["cohort"],
                                                   one_file_per_student=True), folder)
    assert len(each.paths) == len(facts["completed"]) == len(list(folder.glob("*.pdf")))
    assert all(int(info_of(p)["Pages"]) == 1 for p in each.paths)
    numbers = {re.search(r"JRB-\S+", text_of(p)).group(0) for p in each.paths}
    assert len(numbers) == len(each.paths)  # every certificate has its own number


def test_certificate_refused_for_a_student_who_has_not_completed(base, tmp_path):
    with base.read() as s:
        learner = s.scalar(select(Student.id).where(Student.stage != Stage.COMPLETED, Student.deleted_at.is_(None)))
    with pytest.raises(ValidationError) as info:
        build_report(base, STAFF, ReportRequest(ReportKind.CERTIFICATE, student_id=learner), tmp_path / "c.pdf")
    assert info.value.fields == ["学员"] and "尚未结业" in info.value.zh
    assert not (tmp_path / "c.pdf").exists()


def test_subsidy_cover_sheets_one_page_per_eligible_graduate(base, tmp_path):
    rows = subsidy.flexible_graduates(base, STAFF)
    eligible = [r for r in rows if r.eligible]
    result = build_report(base, STAFF, ReportRequest(ReportKind.SUBSIDY), tmp_path / "s.pdf")
    # a sheet per eligible graduate, then one page naming the others and why
    assert eligible and result.pages == len(eligible) + (len(eligible) < len(rows))
    text = text_of(tmp_path / "s.pdf")
    assert "就业促进中心" in text and "申请材料清单" in text
    assert all(r.student_name in text for r in eligible)


def test_student_report_masks_the_id_number_by_default(base, facts, tmp_path):
    build_report(base, STAFF, ReportRequest(ReportKind.STUDENT, student_id=facts["student"]), tmp_path / "r.pdf")
    text = text_of(tmp_path / "r.pdf")
    full = facts["id_number"]
    assert full not in text and f"{full[:6]}********{full[-4:]}" in text
    for section in ("阶段记录", "认知课程出勤", "实训统计", "话术打磨", "证书", "就业去向", "导师评语",
                    "评分（0–100）"):
        assert section in text


def test_admin_prints_full_id_numbers_with_a_reason_and_it_is_audited(base, facts, tmp_path):
    request = ReportRequest(ReportKind.STUDENT, student_id=facts["student"], unmasked=True,
                            reason="报送区人社局补贴申请")
    build_report(base, ADMIN, request, tmp_path / "full.pdf")
    assert facts["id_number"] in text_of(tmp_path / "full.pdf")
    with base.read() as s:
        after = s.scalars(select(AuditEntry.after).where(AuditEntry.action == "print_unmasked")
                          .order_by(AuditEntry.id.desc())).first()
    assert after is not None and "报送区人社局补贴申请" in after and str(facts["student"]) in after


def test_unmasked_needs_an_admin_and_a_reason(base, facts, tmp_path):
    request = ReportRequest(ReportKind.STUDENT, student_id=facts["student"], unmasked=True, reason="报送人社局用")
    with pytest.raises(ValidationError) as info:
        build_report(base, STAFF, request, tmp_path / "x.pdf")
    assert info.value.fields == ["显示完整身份证号"]
    with pytest.raises(ValidationError) as info:
        build_report(base, ADMIN, ReportRequest(ReportKind.STUDENT, student_id=facts["student"], unmasked=True),
                     tmp_path / "x.pdf")
    assert info.value.fields == ["用途说明"] and "至少" in info.value.zh
    assert not (tmp_path / "x.pdf").exists()


def test_missing_choices_are_named_all_at_once(base, tmp_path):
    with pytest.raises(ValidationError) as info:
        build_report(base, STAFF, ReportRequest(ReportKind.SCHOOL, one_file_per_student=True), tmp_path / "x.pdf")
    assert info.value.fields == ["合作院校", "输出方式"]
    for kind, field in ((ReportKind.STUDENT, "学员"), (ReportKind.COHORT, "批次"), (ReportKind.CERTIFICATE, "批次"),
                        (ReportKind.ANNUAL, "年份")):
        with pytest.raises(ValidationError) as info:
            build_report(base, STAFF, ReportRequest(kind), tmp_path / "x.pdf")
        assert info.value.fields == [field]


def test_a_deleted_or_unknown_scope_is_a_clear_message(base, tmp_path):
    with pytest.raises(NotFound) as info:
        build_report(base, STAFF, ReportRequest(ReportKind.COHORT, cohort_id=999_999), tmp_path / "x.pdf")
    assert "找不到所选的批次" in info.value.zh


def test_mentors_do_not_print_reports(base, tmp_path):
    with pytest.raises(PermissionDenied):
        report_scopes(base, MENTOR)
    with pytest.raises(PermissionDenied):
        build_report(base, MENTOR, ReportRequest(ReportKind.MENTOR), tmp_path / "x.pdf")


def test_cancel_leaves_no_file_and_keeps_an_older_one(base, facts, tmp_path):
    out = tmp_path / "pack.pdf"
    out.write_bytes(b"%PDF-1.4 older report")
    token = CancelToken()
    seen = []

    def report(done, total):
        seen.append(done)
        if done >= 3:
            token.cancel()

    with pytest.raises(Cancelled):
        build_report(base, STAFF, ReportRequest(ReportKind.SCHOOL, school_id=facts["school"]), out,
                     progress=token.callback(report))
    assert out.read_bytes() == b"%PDF-1.4 older report"
    assert not list(tmp_path.glob("*.part")) and max(seen) == 3


def test_cancelled_certificate_batch_removes_the_files_already_written(base, facts, tmp_path):
    token = CancelToken()

    def report(done, total):
        if done >= 2:
            token.cancel()

    folder = tmp_path / "each"
    with pytest.raises(Cancelled):
        build_report(base, STAFF, ReportRequest(ReportKind.CERTIFICATE, cohort_id=facts["cohort"],
                                                one_file_per_student=True), folder, progress=token.callback(report))
    assert list(folder.iterdir()) == []


def test_progress_reaches_the_total(base, facts, tmp_path):
    seen = []
    build_report(base, STAFF, ReportRequest(ReportKind.SCHOOL, school_id=facts["school"]), tmp_path / "p.pdf",
                 progress=lambda done, total=0: seen.append((done, total)))
    assert seen[-1][0] == seen[-1][1] > 1
    assert [d for d, _ in seen] == sorted(d for d, _ in seen) or seen[0][0] == 0


def test_find_students_by_number_id_card_or_system_number(base, facts):
    with base.read() as s:
        st = s.get(Student, facts["student"])
        number, card = st.student_number, st.id_number
    assert find_students(base, STAFF, number) == [facts["student"]]
    assert find_students(base, STAFF, card.lower()) == [facts["student"]]
    assert find_students(base, STAFF, str(facts["student"])) == [facts["student"]]
    assert find_students(base, STAFF, "没有这个人") == []


def test_a_long_roster_repeats_its_header_on_every_page(tmp_path):
    rows = tuple(RosterRow(f"学员{i:03d}", "310101********0011", f"2400{i:04d}", "JR2025-01", "项目实训", "95%", 12,
                           "78.5", "中级工", "灵活就业") for i in range(1, 901))
    pages = write_pdf(tmp_path / "roster.pdf", DocumentInfo("名单", "测试", date(2025, 9, 1)), roster_story(rows))
    assert pages >= 15
    numbers = []
    for page in range(1, pages + 1):
        page_text = text_of(tmp_path / "roster.pdf", page)
        assert "序号" in page_text and "身份证号" in page_text and "就业去向" in page_text, page
        assert f"第 {page} 页 共 {pages} 页" in page_text
        numbers += re.findall(r"学员(\d{3})", page_text)
    assert numbers == [f"{i:03d}" for i in range(1, 901)]  # every row once, in order, across the chunks


def test_reports_read_the_same_on_every_backend(db, tmp_path):
    """SQLite, and PostgreSQL when CI provides it (the `db` fixture runs on both)."""
    build_demo(db, students=30, seed=11)
    with db.read() as s:
        school = s.scalar(select(PartnerSchool.id).order_by(PartnerSchool.id))
        cohort = s.scalar(select(Student.cohort_id).where(Student.stage == Stage.COMPLETED))
        n_done = s.scalar(select(func.count()).select_from(Student).where(
            Student.cohort_id == cohort, Student.stage == Stage.COMPLETED, Student.deleted_at.is_(None)))
    pack = build_report(db, STAFF, ReportRequest(ReportKind.SCHOOL, school_id=school), tmp_path / "p.pdf")
    assert pack.pages > 2 and "第 1 页 共" in text_of(tmp_path / "p.pdf")
    certs = build_report(db, STAFF, ReportRequest(ReportKind.CERTIFICATE, cohort_id=cohort), tmp_path / "c.pdf")
    assert certs.pages == n_done
    for kind in (ReportKind.ANNUAL, ReportKind.MENTOR, ReportKind.SUBSIDY):
        year = 2025 if kind is ReportKind.ANNUAL else None
        assert build_report(db, STAFF, ReportRequest(kind, year=year), tmp_path / f"{kind.value}.pdf").pages >= 1
