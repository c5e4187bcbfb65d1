"""The student report (结业报告 / 阶段报告) read the way a school reads it: its title
by state, sales from live sessions only, columns that hold their values, remarks
never alone on a page, the closing block (综合评定, 鉴定意见, 导师签字 / 基地盖章), and
placement text that fits each outcome. PNGs of its pages go to tests/output/reports/."""
from __future__ import annotations

import dataclasses
import re
import shutil
import subprocess
from datetime import date
from pathlib import Path

import pytest
from reportlab.graphics.shapes import Group, String, mmult, transformPoint
from reportlab.graphics.widgetbase import Widget
from reportlab.platypus import KeepTogether, PageBreak, Table
from sqlalchemy import func, select

from jiarenbase.core.bootstrap import open_database
from jiarenbase.core.db.models import PracticeSession, Student
from jiarenbase.core.demo import build_demo
from jiarenbase.core.domain.enums import PlacementOutcome, SessionKind, Stage
from jiarenbase.core.reports import dto
from jiarenbase.core.reports.document import frame_size, report_info, write_pdf
from jiarenbase.core.reports.fonts import register_font
from jiarenbase.core.reports.growth_chart import growth_drawing
from jiarenbase.core.reports.placement_text import placement_text
from jiarenbase.core.reports.student_report import student_story
from jiarenbase.core.reports.tables import PAD, fit_widths, text_width
from jiarenbase.core.services import appraisals, report_data as rd
from jiarenbase.core.services.base_profile import PROFILE_SETTING
from jiarenbase.core.services.context import Actor
from jiarenbase.core.services.reports import ReportKind, ReportRequest, build_report
from jiarenbase.core.services.shared_settings import write_setting

pytestmark = pytest.mark.skipif(shutil.which("pdftotext") is None, reason="poppler-utils (pdftotext) not installed")

OUTPUT = Path(__file__).resolve().parents[2] / "output" / "reports"
ADMIN = Actor.system()
TODAY = date(2026, 12, 7)
BASE = "金山区自家人数字产业人才产学研基地（测试）"
OPINION = ("该生实训态度端正，模拟演练与实战直播进步明显；\n话术打磨认真，能复盘数据。\n\n"
           "建议：继续加强“开场三秒”的节奏！")


def pages_of(pdf: Path, layout: bool = False) -> list[str]:
    args = ["pdftotext", "-enc", "UTF-8"] + (["-layout"] if layout else [])
    text = subprocess.run(args + [str(pdf), "-"], capture_output=True, text=True, check=True).stdout
    return text.split("\f")[:-1]  # pdftotext ends every page with a form feed


def png(pdf: Path, page: int, name: str) -> Path:
    OUTPUT.mkdir(parents=True, exist_ok=True)
    stem = OUTPUT / name
    subprocess.run(["pdftoppm", "-r", "100", "-png", "-singlefile", "-f", str(page), "-l", str(page), str(pdf),
                    str(stem)], check=True)
    return stem.with_suffix(".png")


@pytest.fixture(scope="module")
def base(tmp_path_factory):
    """A demo base of 28 students (reports only read, apart from one appraisal and the profile)."""
    opened = open_database(None, tmp_path_factory.mktemp("student-report-db"))
    build_demo(opened.db, students=28, seed=2025, today=TODAY)
    with opened.db.transaction() as s:
        write_setting(s, ADMIN, PROFILE_SETTING, {"full_name": BASE})
    yield opened.db
    opened.db.dispose()


@pytest.fixture(scope="module")
def chosen(base):
    """A completed student, one in the live stage, and one with drills only (drills carry sales figures)."""
    with base.read() as s:
        def first(*where):
            return s.scalar(select(Student.id).where(*where).order_by(Student.id).limit(1))

        done = first(Student.stage == Stage.COMPLETED)
        live = first(Student.stage == Stage.LIVE)
        P = PracticeSession
        rows = s.execute(select(P.student_id, P.kind, P.gmv).where(P.deleted_at.is_(None))).all()
    kinds: dict[int, set] = {}
    gmv: dict[int, float] = {}
    for sid, kind, amount in rows:
        kinds.setdefault(sid, set()).add(kind)
        gmv[sid] = gmv.get(sid, 0) + float(amount or 0)
    drills_only = min(sid for sid, k in kinds.items() if k == {SessionKind.MOCK_DRILL} and gmv[sid] > 0)
    return {"done": done, "live": live, "drills": drills_only, "drill_gmv": gmv[drills_only]}


def _report(db, student_id: int, out: Path):
    return build_report(db, ADMIN, ReportRequest(ReportKind.STUDENT, student_id=student_id), out, today=TODAY)


def test_title_by_state_and_the_closing_block(base, chosen, tmp_path):
    appraisals.save_appraisal(base, ADMIN, chosen["done"], OPINION)
    done = _report(base, chosen["done"], tmp_path / "done.pdf")
    pages = pages_of(done.paths[0])
    assert done.title.startswith("学员结业报告") and "学员结业报告" in pages[0]
    closing = pages[-1]
    for words in ("综合评定", "综合分", "鉴定意见", "导师签字", "基地盖章", BASE):
        assert words in closing, words
    assert re.search(r"年\s+月\s+日[\s\S]*年\s+月\s+日", closing)  # a date line in each box
    assert re.search(r"综合评定\s+(优秀|良好|合格|待提高) 综合分", pages_of(done.paths[0], layout=True)[-1])
    for line in OPINION.split("\n"):
        assert line in closing  # kept as typed, line by line
    assert BASE in pages[0]  # the header names the base profile's full name
    png(done.paths[0], 1, "student_report_page1")
    png(done.paths[0], done.pages, "student_report_closing")

    live = _report(base, chosen["live"], tmp_path / "live.pdf")
    text = "".join(pages_of(live.paths[0]))
    assert live.title.startswith("学员阶段报告") and "学员阶段报告" in text
    assert "结业报告" not in text and "阶段评定" in text
    png(live.paths[0], 1, "student_stage_report_page1")
    png(live.paths[0], live.pages, "student_stage_report_closing")


def test_drills_only_student_shows_no_sales(base, chosen, tmp_path):
    with base.read() as s:
        (r,) = rd.student_reports(s, [chosen["drills"]], False)
    assert r.stats.drill.count >= 1 and r.stats.live.count == 0 and chosen["drill_gmv"] > 0
    assert (r.stats.gmv, r.stats.viewers, r.stats.buyers, r.stats.best_conversion) == (0, 0, 0, None)
    result = _report(base, chosen["drills"], tmp_path / "drills.pdf")
    text = "\n".join(pages_of(result.paths[0], layout=True))
    drill_row = next(line.split() for line in text.splitlines() if line.strip().startswith("模拟演练 "))
    live_row = next(line.split() for line in text.splitlines() if line.strip().startswith("实战直播 "))
    assert drill_row[-4:] == ["不计"] * 4
    assert live_row == ["实战直播", "0"] + ["—"] * 6
    assert f"{chosen['drill_gmv']:,.0f}" not in text and "尚无实战直播" in text


def test_sales_are_the_live_sessions_only(base, chosen):
    with base.read() as s:
        (r,) = rd.student_reports(s, [chosen["done"]], False)
        live_gmv = s.scalar(select(func.sum(PracticeSession.gmv)).where(
            PracticeSession.student_id == chosen["done"], PracticeSession.kind == SessionKind.LIVE_SESSION,
            PracticeSession.deleted_at.is_(None)))
    assert r.stats.gmv == pytest.approx(float(live_gmv)) == pytest.approx(r.stats.live.gmv)
    assert r.stats.sessions == r.stats.drill.count + r.stats.live.count
    assert sum(p.live for p in r.growth) == r.stats.live.count > 0


LONG = dto.CertificateLine("职业技能等级证书", "互联网营销师（直播销售员）", "高级技师（二级）",
                           "JRZJ2025000037-补", date(2025, 11, 11), "上海市职业技能鉴定中心（金山分中心）")


def _sample(**changes) -> dto.StudentReport:
    base = dto.StudentReport(
        id=1, name="欧阳晓雯", sex="女", id_number="310116********0021", student_number="S001",
        school="上海市金山区某某职业技术学校（中职部）", major="电子商务", class_name="24级直播营销2班",
        cohort_code="ZB202406-01", cohort_name="2024春季直播实训1班", cohort_start=date(2024, 6, 1),
        cohort_end=date(2024, 10, 29), stage="结业", status="已结业", completed=True, mentor="张婷",
        stages=(dto.StageLine("认知实训", date(2024, 6, 1), date(2024, 7, 1), "教务老师", "通过"),
                dto.StageLine("项目实训", date(2024, 7, 1), date(2024, 8, 30), "教务老师", "特批通过",
                              "学员在企业项目中独立完成三场带货，经教研组评议同意。")),
        attendance=dto.AttendanceSummary(8, 7, 1, 0),
        stats=dto.SessionStats(3, 3, 0, 70.0, 60.0, 80.0, drill=dto.KindStats(3, 70.0, 60.0, 80.0)),
        growth=tuple(dto.GrowthPoint(n, 60.0 + n * 5, 0.02, False) for n in range(1, 4)),
        scripts=(dto.ScriptLine("金山农民画丝巾直播话术（第二季·节日特别版）", "金山农民画丝巾", 12, date(2024, 7, 13),
                                "开场三秒留人还需加强，语速偏快；注意与助播配合，商品卖点要先讲清楚再讲价格。"),),
        certificates=(LONG, dataclasses.replace(LONG, kind="企业认证证书", occupation="网络主播", level="初级工")),
        placement=dto.PlacementLine("签约企业项目", "金山湾日用品有限公司", "主播", date(2025, 3, 1), "用人单位确认",
                                    PlacementOutcome.SIGNED_ENTERPRISE_PROJECT.value),
        remarks=(dto.RemarkLine(date(2024, 9, 19), "张婷", "面对镜头比上次自然很多，继续保持。"),),
        grade="合格", grade_basis="综合分 70.0（模拟演练平均分，尚无实战直播评分）", base_name=BASE)
    return dataclasses.replace(base, **changes)


def _tables(flowables) -> list[Table]:
    out = []
    for f in flowables:
        if isinstance(f, KeepTogether):
            out += _tables(f._content)
        elif isinstance(f, Table):
            out.append(f)
    return out


def test_long_values_stay_inside_their_columns(tmp_path):
    width, height = frame_size()
    story = student_story(_sample())
    checked = 0
    for t in _tables(story):
        t.wrap(width, height)
        assert sum(t._colWidths) <= width + 0.01
        for row in t._cellvalues:
            for value, col_width in zip(row, t._colWidths, strict=False):
                if isinstance(value, str) and value:  # plain text must fit; longer values are wrapped Paragraphs
                    assert text_width(value, 8.5) + PAD <= col_width + 0.01 or len(value) <= 4, value
                    checked += 1
    assert checked > 20
    levels = [r for t in _tables(story) for r in t._cellvalues if "高级技师（二级）" in str(r)]
    assert levels  # the long level is in the table, as text that fits or a wrapped paragraph
    write_pdf(tmp_path / "long.pdf", report_info("学员结业报告", "x", TODAY), student_story(_sample()))
    text = "\n".join(pages_of(tmp_path / "long.pdf", layout=True))
    assert "互联网营销师（直播销售员）" in text.replace(" ", "") or "互联网营销师" in text
    assert "特批通过" in text


def test_fit_widths_sizes_columns_to_content_and_wraps_the_widest():
    header = ["证书", "职业（工种）", "等级", "证书编号", "发证日期", "发证机构"]
    rows = [(LONG.kind, LONG.occupation, LONG.level, LONG.number, "2025-11-11", LONG.issuer)]
    widths = fit_widths(header, rows, 480, keep=(2, 3, 4))
    assert sum(widths) == pytest.approx(480)
    assert widths[4] >= text_width("2025-11-11", 8.5) + PAD and widths[3] >= text_width(LONG.number, 8.5) + PAD
    roomy = fit_widths(["A", "B"], [("短", "长一些的文字")], 400)
    assert sum(roomy) == pytest.approx(400) and roomy[1] > roomy[0]


def _remark_only(page: str) -> bool:
    """Whether the page's text, header and footer aside, is only dated remark lines."""
    lines = [line.strip() for line in page.splitlines() if line.strip()]
    body = [x for x in lines[2:]  # the header's base name and title come first; its date and the footer anywhere
            if not re.fullmatch(r"第 \d+ 页 共 \d+ 页|\d{4}年\d{1,2}月\d{1,2}日", x)]
    return bool(body) and all(re.match(r"\d{4}-\d{2}-\d{2}\s", x) for x in body)


def test_no_page_of_a_pack_holds_only_remark_lines(base, tmp_path):
    """Every demo student with remarks, each with none to five extra scripts so the
    remarks fall at every height of a page, one report after the other as in a school pack."""
    with base.read() as s:
        reports = [r for r in rd.student_reports(s, rd.students_of(s), False) if r.remarks]
    extra = dto.ScriptLine("加练话术", "金山蟠桃", 2, date(2025, 5, 1), "节奏更稳，继续练习收尾促单。")
    story, students = [], 0
    for n, r in enumerate(reports):
        story += ([PageBreak()] if story else []) + student_story(
            dataclasses.replace(r, scripts=r.scripts + (extra,) * (n % 6)))
        students += 1
    pdf = tmp_path / "pack.pdf"
    write_pdf(pdf, report_info("学员报告", "pack", TODAY), story)
    pages = pages_of(pdf)
    assert students >= 15 and len(pages) >= 2 * students
    lonely = [i + 1 for i, page in enumerate(pages) if _remark_only(page)]
    assert lonely == []
    assert sum("导师评语" in p for p in pages) == students


def test_no_page_of_the_real_school_pack_holds_only_remark_lines(base, tmp_path):
    """The same check on the pack as the desktop builds it: every cohort of the school
    with the most students ticked in, cover, summary and roster included."""
    from jiarenbase.core.db.models import Cohort

    with base.read() as s:
        school_id = s.scalar(select(Student.school_id).where(Student.school_id.is_not(None))
                             .group_by(Student.school_id).order_by(func.count().desc()).limit(1))
        cohorts = tuple(s.scalars(select(Cohort.id).where(Cohort.school_id == school_id)))
    pdf = tmp_path / "real_pack.pdf"
    build_report(base, ADMIN, ReportRequest(ReportKind.SCHOOL, school_id=school_id, cohort_ids=cohorts), pdf)
    pages = pages_of(pdf)
    assert sum("导师评语" in p for p in pages) >= 5  # students with remarks are in it: the check is not vacuous
    assert [i + 1 for i, page in enumerate(pages) if _remark_only(page)] == []


@pytest.mark.parametrize(("line", "text"), [
    (dto.PlacementLine("签约企业项目", "X公司", "主播", date(2025, 3, 1), "用人单位确认", "signed_enterprise_project"),
     "签约企业项目：X公司 主播，2025年3月1日起（用人单位确认）"),
    (dto.PlacementLine("毕业即就业", "金山湾日用品有限公司", "", date(2026, 7, 9), "本人自述"),
     "毕业即就业：金山湾日用品有限公司，2026年7月9日起（本人自述）"),
    (dto.PlacementLine("灵活就业", "", "", None, "导师确认", "flexible_employment"), "灵活就业（导师确认）"),
    (dto.PlacementLine("升学", "上海工商职业技术学院", "电子商务", date(2025, 9, 1), "本人自述", "further_study"),
     "升学：上海工商职业技术学院 电子商务专业，2025年9月1日入学（本人自述）"),
    (dto.PlacementLine("人才库", "", "", None, "本人自述", "talent_pool"), "已纳入基地人才库（建档留存，待推荐就业）"),
    (dto.PlacementLine("人才库", "", "", date(2025, 3, 1), "用人单位确认"),
     "已纳入基地人才库（建档留存，待推荐就业），2025年3月1日起"),
    (dto.PlacementLine("未知", "", "", None, "本人自述", "unknown"), "去向待确认"),
    (None, "尚未登记就业去向"),
])
def test_placement_text_fits_each_outcome(line, text):
    assert placement_text(line) == text
    assert "—" not in placement_text(line) and " 自 " not in placement_text(line)


def test_every_outcome_has_words():
    for outcome in PlacementOutcome:
        words = placement_text(dto.PlacementLine(outcome.zh, "", "", None, "本人自述", outcome.value))
        assert words and "—" not in words and "：" not in words[-1:]


def _placed_strings(node, transform=(1, 0, 0, 1, 0, 0), out=None) -> list[tuple[str, tuple[float, ...]]]:
    """Every String of a drawing with its box on the drawing (widgets drawn, group transforms applied)."""
    out = [] if out is None else out
    if isinstance(node, String):
        x0, y0, x1, y1 = node.getBounds()
        corners = [transformPoint(transform, p) for p in ((x0, y0), (x1, y1), (x0, y1), (x1, y0))]
        xs, ys = [c[0] for c in corners], [c[1] for c in corners]
        out.append((node.text, (min(xs), min(ys), max(xs), max(ys))))
    elif isinstance(node, Widget):
        _placed_strings(node.draw(), transform, out)
    elif isinstance(node, Group):
        inner = mmult(transform, node.transform) if hasattr(node, "transform") else transform
        for child in node.contents:
            _placed_strings(child, inner, out)
    return out


@pytest.mark.parametrize("sessions", [3, 9, 12, 40, 200])
def test_no_chart_label_touches_another(sessions):
    points = [dto.GrowthPoint(n, 40 + n % 50, 0.01 * (n % 7) if n % 3 == 0 else None, n % 3 == 0)
              for n in range(1, sessions + 1)]
    width, _ = frame_size()
    register_font()
    boxes = _placed_strings(growth_drawing(points, width, 125))
    texts = [t for t, _ in boxes]
    assert any(t.startswith("第 n 次实训") for t in texts) and "100" in texts
    for i, (a, (ax0, ay0, ax1, ay1)) in enumerate(boxes):
        assert ax0 >= -0.5 and ax1 <= width + 0.5, a  # inside the drawing
        for b, (bx0, by0, bx1, by1) in boxes[i + 1:]:
            apart = ax1 <= bx0 + 0.5 or bx1 <= ax0 + 0.5 or ay1 <= by0 + 0.5 or by1 <= ay0 + 0.5
            assert apart, (a, b)
    percents = [t for t in texts if t.endswith("%")]
    assert len(set(percents)) == 5  # the conversion axis has five distinct whole-percent labels
