"""结业证书 as printed: the register's number and date, the student's 学时 and photo,
one landscape page each (one PDF, or one file per student in a folder).

Before reading, the students who completed but have no register entry yet are
issued one (completion_certificates.ensure_register); every number and date then
comes from the register, so a reprint shows the same certificate. A revoked
certificate is not printed: refused for one student, left out of a cohort batch.
"""
from __future__ import annotations

from collections import defaultdict
from datetime import date, datetime, time, timedelta
from pathlib import Path

from sqlalchemy import select

from ..db.models import Attendance, Cohort, PracticeSession, Student, StudentPhoto, TrainingModule
from ..domain.enums import AttendanceStatus, Stage
from ..domain.training_hours import session_minutes, training_hours
from ..errors import JiarenError, ValidationError
from ..errors_plain import os_error
from ..reports import dto
from ..reports.certificate import certificates_story
from ..reports.document import cn_date, report_info, write_pdf
from ..sensitive import mask_sensitive
from . import report_data as rd
from .base_profile import read_profile
from .common import in_chunks
from .completion_certificates import RegisterEntry, ensure_register, register_of
from .context import Actor, Database
from .report_builders import _get, _Steps  # the other builders' own: progress steps, a chosen record
from .reports import Progress, ReportKind, ReportRequest, ReportResult, default_filename


def _revoked(entry: RegisterEntry) -> ValidationError:
    when = cn_date(entry.revoked_on) if entry.revoked_on else "此前"
    reason = mask_sensitive(entry.revoke_reason) or "未写明"
    return ValidationError.of(
        "学员", f"{entry.holder_name}的结业证书 {entry.number} 已于{when}撤销（原因：{reason}），不能再打印。",
        f"certificate {entry.number} was revoked on {entry.revoked_on or 'an earlier day'}; it cannot be printed.",
        "student")


# --- reading -----------------------------------------------------------------------

def hours_of(s, register: dict[int, RegisterEntry]) -> dict[int, int]:
    """学时 per student: attended lessons and practice sessions up to and including the
    completion date (so a reprint shows the same figure), see domain/training_hours.py."""
    lessons: dict[int, list[float]] = defaultdict(list)
    minutes: dict[int, list[float]] = defaultdict(list)
    ids = sorted(register)
    for chunk in in_chunks(ids):
        for sid, hours, on in s.execute(
                select(Attendance.student_id, TrainingModule.hours, TrainingModule.scheduled_on)
                .join(TrainingModule, TrainingModule.id == Attendance.module_id)
                .where(Attendance.student_id.in_(chunk), Attendance.deleted_at.is_(None),
                       TrainingModule.deleted_at.is_(None),
                       Attendance.status.in_([AttendanceStatus.PRESENT, AttendanceStatus.LATE]))):
            if on is None or on <= register[sid].issued_on:
                lessons[sid].append(hours)
        for sid, started, ended in s.execute(
                select(PracticeSession.student_id, PracticeSession.started_at, PracticeSession.ended_at)
                .where(PracticeSession.student_id.in_(chunk), PracticeSession.deleted_at.is_(None))):
            if started < datetime.combine(register[sid].issued_on + timedelta(days=1), time.min):
                minutes[sid].append(session_minutes(started, ended))
    return {sid: training_hours(lessons.get(sid, ()), minutes.get(sid, ())) for sid in ids}


def photos_of(s, ids: list[int]) -> dict[int, bytes]:
    out: dict[int, bytes] = {}
    for chunk in in_chunks(ids):
        out.update(s.execute(select(StudentPhoto.student_id, StudentPhoto.image)
                             .where(StudentPhoto.student_id.in_(chunk))).all())
    return out


def certificates_of(s, register: dict[int, RegisterEntry], ids: list[int], unmasked: bool) -> list[dto.Certificate]:
    """The certificates of `ids` (each in `register`), in that order."""
    stages = rd.stage_lines(s, ids)
    hours = hours_of(s, {i: register[i] for i in ids})
    photos = photos_of(s, ids)
    out = []
    for st, school, cohort in rd.student_rows(s, ids):
        entry = register[st.id]
        out.append(dto.Certificate(
            number=entry.number, student=entry.holder_name, id_number=rd.id_text(st.id_number, unmasked),
            school=school, cohort_code=cohort.code if cohort else "", cohort_name=cohort.name if cohort else "",
            cohort_start=cohort.start_date if cohort else None, cohort_end=cohort.end_date if cohort else None,
            stages=stages.get(st.id, ()), completed_on=entry.issued_on, issued_on=entry.issued_on,
            hours=hours.get(st.id, 0), code=entry.code, qr=entry.qr, photo_jpeg=photos.get(st.id)))
    return out


def _chosen(s, req: ReportRequest) -> tuple[list[int], str, bool]:
    """The students to print, the scope's label, and whether it is one student."""
    if req.student_id is not None:
        st = _get(s, Student, req.student_id, "学员", "student")
        if st.stage is not Stage.COMPLETED:
            raise ValidationError.of("学员", f"{st.name}尚未结业（当前：{st.stage.zh}），不能打印结业证书。",
                                     f"{st.name} has not completed the training yet.", "student")
        return [st.id], st.name, True
    cohort = _get(s, Cohort, req.cohort_id, "批次", "cohort")
    label = cohort.name.strip() or cohort.code
    ids = rd.students_of(s, cohort_id=cohort.id, completed_only=True)
    if not ids:
        raise ValidationError.of("批次", f"批次“{label}”还没有结业的学员，没有可打印的结业证书。",
                                 f"cohort {cohort.code} has no students who completed.", "cohort")
    return ids, label, False


# --- writing -----------------------------------------------------------------------

def certificates(db: Database, actor: Actor, req: ReportRequest, out: Path, progress: Progress,
                 today: date) -> ReportResult:
    with db.transaction() as s:  # issue the missing register entries first: numbers are given once
        ids, scope, single = _chosen(s, req)
        ensure_register(s, actor, ids)
    with db.read() as s:
        register = register_of(s, ids)
        revoked = [i for i in ids if i in register and register[i].revoked]
        if single and revoked:
            raise _revoked(register[revoked[0]])
        printed = sorted((i for i in ids if i in register and i not in revoked), key=lambda i: register[i].serial)
        if not printed:
            raise ValidationError.of("批次", f"批次“{scope}”的结业证书都已撤销，没有可打印的结业证书。",
                                     "every certificate of this cohort has been revoked.", "cohort")
        progress(0, len(printed) + 1)
        items = certificates_of(s, register, printed, req.unmasked)
        profile = read_profile(s)
    title = f"结业证书 {scope}" + (f"（另有 {len(revoked)} 份已撤销，未打印）" if revoked else "")
    steps = _Steps(progress, len(items))
    if not req.one_file_per_student:
        pages = write_pdf(out, report_info(title, f"{len(items)} 份结业证书", today, profile, decorated=False),
                          certificates_story(items, steps.mark, profile), landscape_pages=True)
        return ReportResult(ReportKind.CERTIFICATE, (out,), pages, title)
    paths, pages = _one_file_each(out, items, profile, steps, today)
    return ReportResult(ReportKind.CERTIFICATE, paths, pages, title)


def _folder(out: Path) -> None:
    """`out` as the folder of a per-student batch, created if missing; said plainly when it cannot be."""
    if out.exists() and not out.is_dir():
        raise JiarenError(
            f"无法保存到“{out}”：这是一个文件，不是文件夹。每人一个文件时，请选择一个文件夹（或写一个新的文件夹名）。",
            f"Cannot save into '{out}': it is a file, not a folder. For one file per student, choose a folder "
            "(or give a new folder name).")
    try:
        out.mkdir(parents=True, exist_ok=True)
    except OSError as exc:
        raise os_error(exc, name=out, saving=True) from exc


def _one_file_each(out: Path, items: list[dto.Certificate], profile: dto.BaseProfile, steps: _Steps,
                   today: date) -> tuple[tuple[Path, ...], int]:
    _folder(out)
    written: list[Path] = []  # new files of this batch: removed again if it fails or is cancelled
    done: list[Path] = []
    pages = 0
    try:
        for c in items:
            path = out / default_filename(ReportKind.CERTIFICATE, f"{c.student}_{c.number}", today)
            existed = path.exists()
            pages += write_pdf(path, report_info(f"结业证书 {c.student}", c.cohort_name or c.cohort_code, today,
                                                 profile, decorated=False),
                               certificates_story([c], steps.mark, profile), landscape_pages=True)
            done.append(path)
            if not existed:
                written.append(path)
    except BaseException:
        for path in written:
            path.unlink(missing_ok=True)
        raise
    return tuple(done), pages
