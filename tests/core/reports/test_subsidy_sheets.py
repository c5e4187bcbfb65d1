"""灵活就业社会保险补贴申请材料封面, read back as the district centre and the base's staff
would: the full ID number by default (and that print in the audit log), masking on request,
the hukou line, the seal / 经办人 / 受理 boxes, and the graduates who get no sheet and why.
Leaves tests/output/reports/subsidy_sheet.png and subsidy_ineligible.png (100 dpi)."""
from __future__ import annotations

import json
import shutil
import subprocess
from datetime import date
from pathlib import Path

import pytest
from sqlalchemy import select

from jiarenbase.core.bootstrap import open_database
from jiarenbase.core.db.models import AuditEntry, Cohort, PartnerSchool, Placement, Student
from jiarenbase.core.domain.enums import PlacementOutcome, Role, Sex, Stage, StudentStatus
from jiarenbase.core.domain.idcard import check_char
from jiarenbase.core.errors import ValidationError
from jiarenbase.core.reports.dto import BaseProfile
from jiarenbase.core.services import base_profile
from jiarenbase.core.services.context import Actor, Database
from jiarenbase.core.services.reports import ReportKind, ReportRequest, build_report

pytestmark = pytest.mark.skipif(shutil.which("pdftotext") is None, reason="poppler-utils (pdftotext) not installed")

OUTPUT = Path(__file__).resolve().parents[2] / "output" / "reports"
TODAY = date(2026, 12, 7)
STAFF = Actor(user_id=None, username="jiaowu", role=Role.STAFF)
PROFILE = BaseProfile(full_name="自家人直播实训基地（测试）", short_name="自家人实训基地",
                      address="上海市金山区卫清西路 88 号", phone="021-57290000", contact="周老师")


def _id(seq: int) -> str:
    first17 = f"310116{date(2004, 5, 6):%Y%m%d}{seq:03d}"
    return first17 + check_char(first17)


def _student(s, name: str, seq: int, cohort: Cohort, **kw) -> Student:
    st = Student(name=name, sex=Sex.MALE if seq % 2 else Sex.FEMALE, id_number=_id(seq), birth_date=date(2004, 5, 6),
                 student_number=f"2026{seq:04d}", school_id=cohort.school_id, cohort_id=cohort.id,
                 phone=f"1380000{seq:04d}", left_school_on=date(2026, 6, 30), status=StudentStatus.COMPLETED,
                 stage=Stage.COMPLETED, **kw)
    s.add(st)
    s.flush()
    return st


def _flexible(s, st: Student, start: date, *, used: int = 0, insured: bool = True) -> None:
    s.add(Placement(student_id=st.id, outcome=PlacementOutcome.FLEXIBLE_EMPLOYMENT, employer_name="个人直播工作室",
                    start_date=start, first_shanghai_job=True, insured_pension_medical=insured,
                    subsidy_months_used=used))


def populate(db: Database) -> dict:
    """School 1: 外省市 (宝山区, eligible), 上海户籍 (金山区, eligible), the August case (9 months
    used since August 2026: not eligible). School 2: one graduate, not insured. School 3: a
    graduate with no flexible employment."""
    with db.transaction() as s:
        schools = [PartnerSchool(name=n, in_shanghai=True)
                   for n in ("上海测试职业技术学院", "上海第二测试学校", "上海第三测试学校")]
        s.add_all(schools)
        s.flush()
        cohorts = [Cohort(code=f"T2026-0{i + 1}", name=f"2026春季直播实训{i + 1}班", school_id=sc.id,
                          start_date=date(2026, 3, 1), end_date=date(2026, 6, 30)) for i, sc in enumerate(schools)]
        s.add_all(cohorts)
        s.flush()
        outer = _student(s, "宋外省", 11, cohorts[0], shanghai_hukou=False, residence_district="宝山区")
        local = _student(s, "金本市", 12, cohorts[0], shanghai_hukou=True, hukou_district="金山区")
        august = _student(s, "林八月", 13, cohorts[0], shanghai_hukou=True, hukou_district="浦东新区")
        uninsured = _student(s, "吴未保", 14, cohorts[1], shanghai_hukou=True, hukou_district="松江区")
        nobody = _student(s, "郑无业", 15, cohorts[2], shanghai_hukou=True, hukou_district="闵行区")
        _flexible(s, outer, date(2026, 7, 15), used=2)
        _flexible(s, local, date(2026, 8, 1))
        _flexible(s, august, date(2026, 8, 14), used=9)
        _flexible(s, uninsured, date(2026, 8, 1), insured=False)
        ids = {"outer": outer.id, "local": local.id, "august": august.id, "uninsured": uninsured.id,
               "nobody": nobody.id, "school": schools[0].id, "school2": schools[1].id, "school3": schools[2].id}
        ids["id_numbers"] = {k: st.id_number for k, st in (("outer", outer), ("local", local), ("august", august))}
    base_profile.save_profile(db, Actor.system(), PROFILE)
    return ids


@pytest.fixture(scope="module")
def base(tmp_path_factory):
    opened = open_database(None, tmp_path_factory.mktemp("subsidy-db"))
    facts = populate(opened.db)
    yield opened.db, facts
    opened.db.dispose()


def text_of(pdf: Path, page: int | None = None) -> str:
    args = ["pdftotext", "-enc", "UTF-8"] + (["-f", str(page), "-l", str(page)] if page else [])
    return subprocess.run(args + [str(pdf), "-"], capture_output=True, text=True, check=True).stdout


def png(pdf: Path, page: int, name: str) -> None:
    OUTPUT.mkdir(parents=True, exist_ok=True)
    subprocess.run(["pdftoppm", "-r", "100", "-png", "-singlefile", "-f", str(page), "-l", str(page), str(pdf),
                    str(OUTPUT / name)], check=True)


def unmasked_prints(db: Database) -> list[dict]:
    with db.read() as s:
        return [json.loads(a) for a in s.scalars(select(AuditEntry.after).where(
            AuditEntry.action == "print_unmasked").order_by(AuditEntry.id))]


def build(db: Database, tmp_path: Path, name: str = "s.pdf", **kw):
    out = tmp_path / name
    return build_report(db, STAFF, ReportRequest(ReportKind.SUBSIDY, **kw), out, today=TODAY), out


def test_full_id_by_default_and_the_print_is_audited(base, tmp_path):
    db, f = base
    before = len(unmasked_prints(db))
    result, out = build(db, tmp_path, school_id=f["school"])
    assert result.pages == 3  # two sheets, then the page of graduates without one
    sheets = {text_of(out, 1), text_of(out, 2)}
    for who, name in (("local", "金本市"), ("outer", "宋外省")):  # one sheet each, with the full ID number
        assert [name in page and f["id_numbers"][who] in page for page in sheets].count(True) == 1
    assert f["id_numbers"]["august"] not in text_of(out)
    prints = unmasked_prints(db)
    assert len(prints) == before + 1
    entry = prints[-1]
    assert entry["report"] == "subsidy" and entry["sheets"] == 2
    assert sorted(entry["student_ids"]) == sorted([f["outer"], f["local"]])
    assert sorted(entry["students"]) == sorted(["宋外省", "金本市"])
    assert not any(n in json.dumps(entry, ensure_ascii=False) for n in f["id_numbers"].values())
    png(out, 1, "subsidy_sheet")
    png(out, 3, "subsidy_ineligible")


def test_masked_on_request_and_not_audited(base, tmp_path):
    db, f = base
    before = len(unmasked_prints(db))
    _, out = build(db, tmp_path, student_id=f["local"], masked=True)
    text = text_of(out)
    full = f["id_numbers"]["local"]
    assert full not in text and f"{full[:6]}********{full[-4:]}" in text
    assert len(unmasked_prints(db)) == before


def test_hukou_line_says_shanghai_or_another_province(base, tmp_path):
    db, f = base
    _, out = build(db, tmp_path, "outer.pdf", student_id=f["outer"])
    assert "外省市户籍 / 居住区 宝山区" in text_of(out)
    assert "《上海市居住证》" in text_of(out)
    _, out = build(db, tmp_path, "local.pdf", student_id=f["local"])
    text = text_of(out)
    assert "上海户籍 金山区" in text and "外省市" not in text and "金山区就业促进中心" in text


def test_sheet_has_the_seal_handler_and_acceptance_boxes_and_the_base_profile(base, tmp_path):
    db, f = base
    result, out = build(db, tmp_path, student_id=f["local"])
    assert result.pages == 1
    text = text_of(out)
    for words in ("基地盖章", "盖章处", "基地经办人", "经办人（签字）", "受理（区就业促进中心填写）", "受理人",
                  "受理日期", "受理编号", "申请人签字"):
        assert words in text, words
    assert "报送单位：自家人直播实训基地（测试）" in text and "上海市金山区卫清西路 88 号" in text
    assert "021-57290000" in text and "第 1 页" not in text  # each sheet stands alone: no running footer
    info = subprocess.run(["pdfinfo", "-enc", "UTF-8", str(out)], capture_output=True, text=True, check=True).stdout
    assert "自家人直播实训基地（测试）" in info


def test_one_ineligible_graduate_is_refused_naming_the_condition(base, tmp_path):
    db, f = base
    before = len(unmasked_prints(db))
    with pytest.raises(ValidationError) as info:
        build(db, tmp_path, "august.pdf", student_id=f["august"])
    assert info.value.fields == ["学员", "补贴月数"]
    assert "林八月不符合灵活就业社会保险补贴条件" in info.value.zh
    assert "已享受9个月" in info.value.zh and "2026年8月" in info.value.zh and "以来的5个月" in info.value.zh
    assert not (tmp_path / "august.pdf").exists() and len(unmasked_prints(db)) == before


def test_a_student_without_flexible_employment_is_refused(base, tmp_path):
    db, f = base
    with pytest.raises(ValidationError) as info:
        build(db, tmp_path, student_id=f["nobody"])
    assert info.value.fields == ["学员"] and "郑无业没有登记灵活就业" in info.value.zh


def test_nobody_eligible_says_so_with_the_reason_per_graduate(base, tmp_path):
    db, f = base
    before = len(unmasked_prints(db))
    result, out = build(db, tmp_path, school_id=f["school2"])
    text = text_of(out)
    assert result.pages == 1 and "没有符合条件的灵活就业毕业生" in text
    assert "吴未保" in text and "社会保险" in text and "未参加本市城镇职工基本养老、医疗保险" in text
    assert len(unmasked_prints(db)) == before  # no sheet, no ID printed
    result, out = build(db, tmp_path, "none.pdf", school_id=f["school3"])
    assert "本次范围内没有登记为灵活就业的毕业生" in text_of(out)


def test_the_ineligible_page_names_each_graduate_and_condition(base, tmp_path):
    db, f = base
    _, out = build(db, tmp_path, school_id=f["school"])
    last = text_of(out, 3)
    assert "不符合条件、未出具封面的灵活就业毕业生" in last
    assert "林八月" in last and "补贴月数" in last and "已享受9个月" in last
    assert "宋外省" not in last and "金本市" not in last


def test_sheets_build_on_every_backend(db, tmp_path):
    """SQLite, and PostgreSQL when CI provides it."""
    f = populate(db)
    result, out = build(db, tmp_path, school_id=f["school"])
    assert result.pages == 3 and f["id_numbers"]["outer"] in text_of(out, 1) + text_of(out, 2)
