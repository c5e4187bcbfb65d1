"""The student file's timeline (学员档案时间线): one dated entry per thing that
happened, built from column-only reads inside the caller's read transaction.
Used by `student_file`; these helpers take a Session, not an actor, and do no
role check of their own."""
from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from datetime import UTC, date, datetime, time

from sqlalchemy import select
from sqlalchemy.orm import Session

from ..db.models import (
    Attendance,
    Certificate,
    Placement,
    PlacementFollowUp,
    SalesScript,
    ScriptVersion,
    ShortVideo,
    StageRecord,
    TrainingModule,
    User,
)
from ..domain.enums import AttendanceStatus, LabelledEnum, Platform, SessionKind, Stage, StageResult


class EventKind(LabelledEnum):
    """What a timeline entry is about (the page filters by it)."""

    STAGE = ("stage", "阶段")
    ATTENDANCE = ("attendance", "出勤")
    SESSION = ("session", "实训")
    SCRIPT = ("script", "话术")
    VIDEO = ("video", "短视频")
    CERTIFICATE = ("certificate", "证书")
    PLACEMENT = ("placement", "就业")
    MENTOR = ("mentor", "导师")


@dataclass(frozen=True)
class TimelineEvent:
    """One dated entry. `at` is local time; an event known only by its date
    (`has_time` False) carries midnight of that day. `notable` marks what deserves
    a second look: an absence, a 特批 sign-off, an overdue follow-up, a job left."""

    kind: EventKind
    at: datetime
    has_time: bool
    title: str
    detail: str
    title_en: str
    detail_en: str
    notable: bool = False
    ref_id: int | None = None

    def text(self, lang: str) -> tuple[str, str]:
        """(title, detail) in the UI language."""
        return (self.title_en, self.detail_en) if lang == "en" else (self.title, self.detail)


STAGE_EN = {Stage.COGNITIVE: "cognitive stage", Stage.PROJECT: "project stage",
            Stage.LIVE: "live-practice stage", Stage.COMPLETED: "completion"}
SEP = " · "


def to_local(utc: datetime | None) -> datetime | None:
    """A stored UTC timestamp (created_at, signed_off_at) in this computer's local time."""
    if utc is None:
        return None
    return utc.replace(tzinfo=UTC).astimezone().replace(tzinfo=None)


def _day(day: date) -> datetime:
    return datetime.combine(day, time.min)


def _en(member: LabelledEnum) -> str:
    return member.value.replace("_", " ")


def _pct(value: float) -> str:
    return f"{value * 100:.1f}%"


def stage_events(s: Session, student_id: int) -> list[TimelineEvent]:
    """Each stage entered, and each sign-off (通过 / 特批通过 with its reason)."""
    R = StageRecord
    rows = s.execute(
        select(R.id, R.stage, R.entered_on, R.signed_off_at, R.result, R.override_reason, User.display_name,
               User.username)
        .outerjoin(User, User.id == R.signed_off_by)
        .where(R.student_id == student_id, R.deleted_at.is_(None))).all()
    out = []
    for r in rows:
        if r.stage is Stage.COMPLETED:
            out.append(TimelineEvent(EventKind.STAGE, _day(r.entered_on), False, "结业", "完成三阶实训",
                                     "Completed the training", "all three stages done", ref_id=r.id))
        else:
            out.append(TimelineEvent(EventKind.STAGE, _day(r.entered_on), False, f"进入{r.stage.zh}",
                                     "", f"Entered the {STAGE_EN[r.stage]}", "", ref_id=r.id))
        if r.signed_off_at is None:
            continue
        signer = r.display_name or r.username or ""
        by_zh, by_en = (f"签核人：{signer}", f"signed off by {signer}") if signer else ("", "")
        if r.result is StageResult.OVERRIDDEN:
            detail = SEP.join(x for x in (f"特批理由：{r.override_reason}", by_zh) if x)
            detail_en = SEP.join(x for x in (f"override reason: {r.override_reason}", by_en) if x)
            out.append(TimelineEvent(EventKind.STAGE, to_local(r.signed_off_at), True, f"{r.stage.zh}特批通过",
                                     detail, f"{STAGE_EN[r.stage].capitalize()} passed by override", detail_en,
                                     notable=True, ref_id=r.id))
        else:
            out.append(TimelineEvent(EventKind.STAGE, to_local(r.signed_off_at), True, f"{r.stage.zh}签核通过",
                                     by_zh, f"{STAGE_EN[r.stage].capitalize()} signed off", by_en, ref_id=r.id))
    return out


def attendance_events(s: Session, student_id: int) -> list[TimelineEvent]:
    """One entry per lesson (认知实训课程) with the student's attendance."""
    A, M = Attendance, TrainingModule
    rows = s.execute(
        select(A.id, A.status, A.reason, A.created_at, M.title, M.scheduled_on, M.hours)
        .join(M, M.id == A.module_id)
        .where(A.student_id == student_id, A.deleted_at.is_(None), M.deleted_at.is_(None))).all()
    out = []
    for r in rows:
        on = r.scheduled_on or to_local(r.created_at).date()
        absent = r.status is AttendanceStatus.ABSENT
        detail, detail_en = r.status.zh, _en(r.status)
        if r.reason:
            detail, detail_en = f"{detail}（{r.reason}）", f"{detail_en} ({r.reason})"
        out.append(TimelineEvent(EventKind.ATTENDANCE, _day(on), False, f"课程：{r.title}", detail,
                                 f"Lesson: {r.title}", detail_en, notable=absent, ref_id=r.id))
    return out


def session_events(sessions: Sequence, growth: Sequence, mentor_names: Mapping[int, str]) -> list[TimelineEvent]:
    """Each practice session with its rubric average and conversion; `sessions`
    are the rows of student_file's own-session read (id, kind, started_at, ended_at,
    platform, mentor_id, viewers, buyers, …), `growth` their points. Runs once per
    session of a student with thousands, so it is written for speed."""
    out = []
    append = out.append
    kind_text = {k: (k.zh, "Live session" if k is SessionKind.LIVE_SESSION else "Mock drill") for k in SessionKind}
    platform_text = {p: (p.zh, _en(p)) for p in Platform}
    mentors = {mid: (f"导师 {name}", f"mentor {name}") for mid, name in mentor_names.items()}
    for r, p in zip(sessions, growth, strict=False):
        sid, kind, started, _end, platform, mentor_id, viewers, buyers = r[:8]
        rubric, conversion, n = p.rubric, p.conversion, p.number
        if rubric is None:
            zh, en = "未评分", "not scored"
        else:
            zh = en = f"{rubric:.1f}"
            zh, en = "评分 " + zh, "rubric " + en
        if conversion is None:
            zh += " · 无观看数据"
            en += " · no viewers recorded"
        else:
            pct = f"{conversion * 100:.1f}%"
            zh += f" · 转化率 {pct}（成交 {buyers:,} / 观看 {viewers:,}）"
            en += f" · conversion {pct} ({buyers:,} buyers / {viewers:,} viewers)"
        p_zh, p_en = platform_text[platform]
        zh += " · " + p_zh
        en += " · " + p_en
        if mentor_id in mentors:
            m_zh, m_en = mentors[mentor_id]
            zh += " · " + m_zh
            en += " · " + m_en
        k_zh, k_en = kind_text[kind]
        append(TimelineEvent(EventKind.SESSION, started, True, f"{k_zh} 第{n}场", zh, f"{k_en} #{n}", en,
                             False, sid))
    return out


def script_events(s: Session, student_id: int) -> list[TimelineEvent]:
    """Each version of each sales script (话术), with the mentor's comment."""
    V, S = ScriptVersion, SalesScript
    rows = s.execute(
        select(V.id, V.version_no, V.created_at, V.mentor_comment, S.title, S.product)
        .join(S, S.id == V.script_id)
        .where(S.student_id == student_id, S.deleted_at.is_(None))).all()
    out = []
    for r in rows:
        comment = (r.mentor_comment or "").strip()
        detail = f"导师点评：{comment}" if comment else (f"商品：{r.product}" if r.product else "")
        detail_en = f"mentor's comment: {comment}" if comment else (f"product: {r.product}" if r.product else "")
        out.append(TimelineEvent(EventKind.SCRIPT, to_local(r.created_at), True, f"话术「{r.title}」第{r.version_no}版",
                                 detail, f"Script “{r.title}” version {r.version_no}", detail_en, ref_id=r.id))
    return out


def video_events(s: Session, student_id: int) -> list[TimelineEvent]:
    """Each short video (短视频) with its figures and what it iterates on."""
    V = ShortVideo
    rows = s.execute(
        select(V.id, V.title, V.platform, V.published_on, V.created_at, V.views, V.likes, V.comments,
               V.iteration_of_id)
        .where(V.student_id == student_id, V.deleted_at.is_(None))).all()
    titles = {r.id: r.title for r in rows}
    out = []
    for r in rows:
        zh = [r.platform.zh, f"播放 {r.views:,}", f"点赞 {r.likes:,}", f"评论 {r.comments:,}"]
        en = [_en(r.platform), f"{r.views:,} views", f"{r.likes:,} likes", f"{r.comments:,} comments"]
        if r.iteration_of_id in titles:
            zh.append(f"迭代自「{titles[r.iteration_of_id]}」")
            en.append(f"iterates on “{titles[r.iteration_of_id]}”")
        if r.published_on is not None:
            at, has_time = _day(r.published_on), False
        else:
            at, has_time = to_local(r.created_at), True
        out.append(TimelineEvent(EventKind.VIDEO, at, has_time, f"短视频「{r.title}」", SEP.join(zh),
                                 f"Short video “{r.title}”", SEP.join(en), ref_id=r.id))
    return out


def certificate_events(s: Session, student_id: int) -> list[TimelineEvent]:
    C = Certificate
    rows = s.execute(
        select(C.id, C.kind, C.occupation, C.work_type, C.level, C.number, C.issued_on, C.issuer)
        .where(C.student_id == student_id, C.deleted_at.is_(None))).all()
    out = []
    for r in rows:
        work = f"（{r.work_type}）" if r.work_type else ""
        work_en = f" ({r.work_type})" if r.work_type else ""
        detail = SEP.join(x for x in (f"证书编号 {r.number}", r.issuer) if x)
        detail_en = SEP.join(x for x in (f"no. {r.number}", r.issuer) if x)
        out.append(TimelineEvent(EventKind.CERTIFICATE, _day(r.issued_on), False,
                                 f"{r.kind.zh}：{r.occupation.zh}{work} {r.level.zh}", detail,
                                 f"{_en(r.kind).capitalize()} certificate: {_en(r.occupation)}{work_en}, "
                                 f"{_en(r.level)}", detail_en, ref_id=r.id))
    return out


def placement_events(s: Session, student_id: int, today: date | None = None) -> list[TimelineEvent]:
    """The placement (就业去向) and its 30/90/180-day follow-ups (done, or due)."""
    today = today or date.today()
    P, F = Placement, PlacementFollowUp
    rows = s.execute(
        select(P.id, P.outcome, P.employer_name, P.position, P.start_date, P.evidence, P.created_at)
        .where(P.student_id == student_id, P.deleted_at.is_(None))).all()
    out = []
    for r in rows:
        detail = SEP.join(x for x in (r.employer_name, r.position, r.evidence.zh) if x)
        detail_en = SEP.join(x for x in (r.employer_name, r.position, _en(r.evidence)) if x)
        at, has_time = (_day(r.start_date), False) if r.start_date else (to_local(r.created_at), True)
        out.append(TimelineEvent(EventKind.PLACEMENT, at, has_time, f"就业去向：{r.outcome.zh}", detail,
                                 f"Placement: {_en(r.outcome)}", detail_en, ref_id=r.id))
    ids = [r.id for r in rows]
    follow_ups = s.execute(
        select(F.id, F.day_mark, F.due_on, F.done_on, F.still_employed, F.note)
        .where(F.placement_id.in_(ids), F.deleted_at.is_(None))).all() if ids else []
    for f in follow_ups:
        note_zh = f"（{f.note}）" if f.note else ""
        note_en = f" ({f.note})" if f.note else ""
        if f.done_on is not None:
            left = f.still_employed is False
            state, state_en = ("已离职", "no longer employed") if left else (
                ("仍在职", "still employed") if f.still_employed else ("已回访", "done"))
            out.append(TimelineEvent(EventKind.PLACEMENT, _day(f.done_on), False, f"{f.day_mark}天回访",
                                     state + note_zh, f"{f.day_mark}-day follow-up", state_en + note_en,
                                     notable=left, ref_id=f.id))
        else:
            overdue = f.due_on < today
            out.append(TimelineEvent(
                EventKind.PLACEMENT, _day(f.due_on), False, f"{f.day_mark}天回访（待完成）",
                (f"已逾期，应于 {f.due_on:%Y-%m-%d} 回访" if overdue else f"应于 {f.due_on:%Y-%m-%d} 回访") + note_zh,
                f"{f.day_mark}-day follow-up (to do)",
                (f"overdue since {f.due_on:%Y-%m-%d}" if overdue else f"due {f.due_on:%Y-%m-%d}") + note_en,
                notable=overdue, ref_id=f.id))
    return out


def mentor_events(assignments: Iterable) -> list[TimelineEvent]:
    """Mentor assigned, changed (陈导师 → 王导师) or kept for the next stage;
    `assignments` in start order with mentor_id, name, stage, start_date, note."""
    out = []
    previous = None
    for a in assignments:
        if previous is None:
            title, title_en = f"指派导师：{a.name}", f"Mentor assigned: {a.name}"
        elif previous.mentor_id != a.mentor_id:
            title, title_en = f"更换导师：{previous.name} → {a.name}", f"Mentor changed: {previous.name} → {a.name}"
        else:
            title, title_en = f"导师{a.name}继续指导", f"{a.name} stays as mentor"
        detail = SEP.join(x for x in (a.stage.zh, a.note) if x)
        detail_en = SEP.join(x for x in (STAGE_EN[a.stage], a.note) if x)
        out.append(TimelineEvent(EventKind.MENTOR, _day(a.start_date), False, title, detail, title_en, detail_en,
                                 ref_id=a.id))
        previous = a
    return out
