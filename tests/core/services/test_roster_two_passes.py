"""An import staff can finish in two passes (issue 17): warnings are imported and
flagged, a duplicate ID under two names rejects both rows, the error workbook
keeps the original row numbers, the title row names the school, and a new
cohort's code follows the base's pattern. The messy roster is built here."""
from __future__ import annotations

from datetime import date

import pytest
from openpyxl import Workbook, load_workbook
from sqlalchemy import select

from jiarenbase.core.db.models import Cohort, Student
from jiarenbase.core.domain.cohort_codes import next_cohort_code
from jiarenbase.core.domain.enums import Role, Sex
from jiarenbase.core.domain.idcard import check_char
from jiarenbase.core.errors import PermissionDenied, ValidationError
from jiarenbase.core.importing import write_error_workbook
from jiarenbase.core.importing.errors_workbook import ROW_COLUMN
from jiarenbase.core.importing.model import join_messages
from jiarenbase.core.importing.title import school_named_in
from jiarenbase.core.services import cohorts, organisations, roster_import
from jiarenbase.core.services.cohorts import CohortInput
from jiarenbase.core.services.context import Actor


def make_id(seq: int, *, male: bool) -> str:
    if (seq % 2 == 1) != male:
        seq += 1
    first17 = f"31011620040506{seq:03d}"
    return first17 + check_char(first17)


SHARED = make_id(301, male=True)  # rows 8 and 25: one of them is mistyped
TWICE = make_id(401, male=False)  # rows 10 and 12: the same person listed twice


def messy_roster(path):
    """Row 1 the title (full-width school name), row 2 the header, students from row 3:
    row 5 says 女 for a male ID, row 6 has a short phone, rows 8/25 share an ID
    under two names, rows 10/12 are the same person twice; the rest are fine."""
    wb = Workbook()
    ws = wb.active
    ws.append(["上海中侨职业技术大学　２０２６届直播实训学员名单"])
    ws.append(["姓名", "身份证号", "性别", "手机号"])
    special = {
        5: ["赵六", make_id(101, male=True), "女", "13800000005"],
        6: ["周八", make_id(103, male=False), "女", "1380013"],
        8: ["莫勇", SHARED, "男", "13800000008"],
        10: ["林小雨", TWICE, "女", "13800000010"],
        12: ["林小雨", TWICE, "女", "13800000012"],
        25: ["陆一", SHARED, "男", "13800000025"],
    }
    for row in range(3, 26):
        ws.append(special.get(row, [f"学员{chr(0x4e00 + row)}", make_id(row * 2 + 1, male=True), "男",
                                    f"139000000{row:02d}"]))
    wb.save(path)
    return path


@pytest.fixture
def preview(db, admin, tmp_path):
    return roster_import.preview_roster(db, admin, messy_roster(tmp_path / "名单.xlsx"))


def rows(p):
    return {r.excel_row: r for r in p.rows}


def test_sex_and_phone_are_warnings_and_the_students_are_imported(db, admin, preview):
    by_row = rows(preview)
    sex, phone = by_row[5], by_row[6]
    assert sex.accepted and phone.accepted and [r.excel_row for r in preview.warned] == [5, 6]
    assert [p.severity for p in sex.problems] == ["warning"] and "填的是“女”" in sex.problems[0].zh
    assert [p.severity for p in phone.problems] == ["warning"] and "“1380013”" in phone.problems[0].zh
    out = roster_import.import_roster(db, admin, preview, "上海中侨职业技术大学", "ZB202612-01",
                                      cohort_name="2026冬季直播实训1班", start_date=date(2026, 12, 1),
                                      end_date=date(2027, 4, 30))
    assert (out.added, out.skipped_existing, out.rejected, out.warnings) == (20, 1, 2, 2)
    with db.read() as s:
        zhao = s.scalar(select(Student).where(Student.name == "赵六"))
        zhou = s.scalar(select(Student).where(Student.name == "周八"))
        assert zhao.sex is Sex.MALE and zhou.phone == ""
        assert s.scalar(select(Student).where(Student.id_number == SHARED)) is None
        assert len(s.scalars(select(Student).where(Student.id_number == TWICE)).all()) == 1
        cohort = s.scalar(select(Cohort).where(Cohort.code == "ZB202612-01"))
        assert (cohort.name, cohort.start_date, cohort.end_date) == ("2026冬季直播实训1班", date(2026, 12, 1),
                                                                     date(2027, 4, 30))


def test_same_id_under_two_names_rejects_both_rows(preview):
    by_row = rows(preview)
    expected = "第8行与第25行身份证号相同但姓名不同（莫勇 / 陆一），请核对哪一行录错"
    for n in (8, 25):
        assert by_row[n] in preview.rejected
        assert [p.zh for p in by_row[n].errors] == [expected + "。"]


def test_same_person_twice_is_imported_once(preview):
    by_row = rows(preview)
    assert by_row[10] in preview.accepted
    assert by_row[12].repeats == 10 and by_row[12] in preview.already_enrolled
    assert not by_row[12].errors and "与第10行是同一人" in by_row[12].problems[0].zh


def test_error_workbook_starts_with_the_original_row(preview, tmp_path):
    out = tmp_path / "errors.xlsx"
    assert write_error_workbook(preview, out) == 2
    ws = load_workbook(out).active
    assert ws.cell(row=1, column=1).value == ROW_COLUMN
    assert [ws.cell(row=r, column=1).value for r in (2, 3)] == [8, 25]
    assert [ws.cell(row=r, column=2).value for r in (2, 3)] == ["莫勇", "陆一"]


def test_messages_in_one_cell_are_joined_cleanly():
    joined = join_messages(["性别：填的是“女”，请核对。", "手机：已留空。"])
    assert joined == "性别：填的是“女”，请核对；手机：已留空。" and "。；" not in joined
    assert join_messages(["sex: check it.", "mobile: left empty."], "en") == "sex: check it; mobile: left empty."
    assert join_messages([]) == ""


def test_the_title_row_names_a_known_school(db, admin, preview, tmp_path):
    assert "上海中侨职业技术大学" in preview.title
    path = messy_roster(tmp_path / "again.xlsx")
    assert roster_import.school_in_title(db, admin, path) is None  # not known yet
    school = organisations.create_school(db, admin, organisations.SchoolInput(name="上海中侨职业技术大学"))
    organisations.create_school(db, admin, organisations.SchoolInput(name="中侨"))
    assert roster_import.school_in_title(db, admin, path) == (school.id, "上海中侨职业技术大学")  # the longest
    assert school_named_in("ＡＢＣ 学校 名单", [(1, "abc学校")]) == 1
    assert roster_import.school_in_title(db, admin, tmp_path / "missing.xlsx") is None


def test_cohort_code_suggestion_follows_the_base(db, admin):
    assert next_cohort_code([], date(2026, 12, 8)) == "ZB202612-01"
    codes = ["ZB202406-01", "ZB202612-01", "ZB202612-03", "ZB202611-07", "2025-SP-03"]
    assert next_cohort_code(codes, date(2026, 12, 8)) == "ZB202612-04"
    assert next_cohort_code(["JR202612-02", "JR202601-01", "ZB202612-05"], date(2026, 12, 1)) == "JR202612-03"
    cohorts.create_cohort(db, admin, CohortInput(code="ZB202612-01", name="冬季1班"))
    assert cohorts.suggest_cohort_code(db, admin, date(2026, 12, 8)) == "ZB202612-02"
    assert cohorts.suggest_cohort_code(db, admin, date(2027, 3, 1)) == "ZB202703-01"
    with pytest.raises(PermissionDenied):
        cohorts.suggest_cohort_code(db, Actor(user_id=None, username="m", role=Role.MENTOR), date(2026, 12, 8))


def test_a_new_cohort_needs_a_name_valid_dates_and_a_free_code(db, admin, preview):
    with pytest.raises(ValidationError) as info:
        roster_import.check_new_cohort(db, admin, CohortInput(code="", name="", start_date=date(2026, 12, 1),
                                                              end_date=date(2026, 11, 1)))
    text = info.value.zh
    assert "批次编号" in text and "批次名称" in text and "结束日期" in text
    cohorts.create_cohort(db, admin, CohortInput(code="ZB202612-01", name="冬季1班"))
    with pytest.raises(ValidationError, match="已被使用"):
        roster_import.check_new_cohort(db, admin, CohortInput(code="ZB202612-01", name="冬季2班"))
    with pytest.raises(ValidationError, match="已被使用"):  # the import itself refuses it too
        roster_import.import_roster(db, admin, preview, "上海中侨职业技术大学", "ZB202612-01", cohort_name="冬季2班")
    roster_import.check_new_cohort(db, admin, CohortInput(code="ZB202612-02", name="冬季2班"))
