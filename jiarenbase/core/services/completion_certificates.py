"""The completion-certificate register (结业证书登记): issue, read, revoke, verify.

A 结业证书 is written once, when the student completes: its number (per cohort, in
completion order), its issue date (the completion date), the holder's name as printed
and the verification code are stored and never recomputed, so every reprint shows the
same certificate. Undoing a completion sign-off leaves the register row in place:
numbers are never reused, and signing the student off again finds the same row.

Serials are given out under the audit-chain lock (PostgreSQL: an advisory lock;
SQLite: the write lock), so two desktops issuing at the same moment queue instead
of colliding on (cohort, serial) or the number.

Verification is for anyone holding the paper: it shows the holder's masked name and
ID number, the cohort, the completion date and the status, never the full name or ID.
"""
from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from datetime import UTC, date, datetime
from enum import Enum

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from ..db import audit_chain
from ..db.models import Cohort, CompletionCertificate, StageRecord, Student, utcnow
from ..domain.certificate_code import certificate_key, codes_match, parse_verify_text, qr_text, verification_code
from ..domain.enums import Role, Stage
from ..domain.idcard import mask_id
from ..errors import NotFound, ValidationError
from ..sensitive import mask_sensitive
from .audit_masking import audit_key
from .common import audit, in_chunks, insert_row, require_role, snapshot
from .context import Actor, Database

REASON_MIN = 6


@dataclass(frozen=True)
class RegisterEntry:
    """One row of the register as printed and verified."""

    student_id: int
    number: str
    serial: int
    issued_on: date
    holder_name: str
    code: str
    qr: str  # the QR code's text, "JRBCERT:<number>:<code>"
    revoked: bool
    revoked_on: date | None
    revoke_reason: str


class VerifyStatus(Enum):
    VALID = "有效"
    REVOKED = "已撤销"
    UNKNOWN = "未找到"
    MISMATCH = "核验码不符"

    @property
    def zh(self) -> str:
        return self.value


@dataclass(frozen=True)
class Verification:
    """What `verify` tells the person holding the paper. The holder's facts are
    filled only when the number and the code match a registered certificate."""

    status: VerifyStatus
    number: str
    holder: str = ""  # masked: 陆*, 欧***
    id_number: str = ""  # masked: 310116********0290
    cohort_name: str = ""
    cohort_code: str = ""
    issued_on: date | None = None  # the completion date
    revoked_on: date | None = None
    revoke_reason: str = ""

    @property
    def valid(self) -> bool:
        return self.status is VerifyStatus.VALID


def mask_name(name: str) -> str:
    """陆一 → 陆*, 欧阳明月 → 欧***: the first character kept."""
    name = (name or "").strip()
    return name[:1] + "*" * max(1, len(name) - 1) if name else ""


def _local_date(utc: datetime | None) -> date | None:
    return utc.replace(tzinfo=UTC).astimezone().date() if utc is not None else None


def _entry(row: CompletionCertificate) -> RegisterEntry:
    return RegisterEntry(student_id=row.student_id, number=row.number, serial=row.serial, issued_on=row.issued_on,
                         holder_name=row.holder_name, code=row.code, qr=qr_text(row.number, row.code),
                         revoked=row.revoked_at is not None, revoked_on=_local_date(row.revoked_at),
                         revoke_reason=row.revoke_reason or "")


def _key(s: Session) -> bytes:
    return certificate_key(audit_key(s))


def _next_serial(s: Session, cohort_id: int | None) -> int:
    where = CompletionCertificate.cohort_id == cohort_id if cohort_id is not None \
        else CompletionCertificate.cohort_id.is_(None)
    return (s.scalar(select(func.max(CompletionCertificate.serial)).where(where)) or 0) + 1


def _number_taken(s: Session, number: str) -> bool:
    return s.scalar(select(CompletionCertificate.id).where(CompletionCertificate.number == number)) is not None


def _issue(s: Session, actor: Actor, key: bytes, student: Student, issued_on: date, serial: int,
           cohort_code: str) -> CompletionCertificate:
    number = f"JRB-{cohort_code or 'X'}-{serial:03d}"
    while _number_taken(s, number):  # only if a cohort's code was once another's
        serial += 1
        number = f"JRB-{cohort_code or 'X'}-{serial:03d}"
    holder = student.name.strip()
    return insert_row(s, actor, CompletionCertificate(
        student_id=student.id, cohort_id=student.cohort_id, serial=serial, number=number, issued_on=issued_on,
        holder_name=holder, code=verification_code(key, number, holder, issued_on), revoke_reason=""))


def _cohort_code(s: Session, cohort_id: int | None) -> str:
    return (s.scalar(select(Cohort.code).where(Cohort.id == cohort_id)) or "") if cohort_id is not None else ""


def issue_on_completion(s: Session, actor: Actor, student: Student, on: date) -> CompletionCertificate:
    """The student's certificate, issued now (dated `on`, the completion date) unless
    one exists, which is returned unchanged. In the caller's transaction."""
    audit_chain.lock_chain(s)
    existing = s.scalar(select(CompletionCertificate).where(CompletionCertificate.student_id == student.id))
    if existing is not None:
        return existing
    return _issue(s, actor, _key(s), student, on, _next_serial(s, student.cohort_id),
                  _cohort_code(s, student.cohort_id))


def _unregistered(s: Session, student_ids: list[int]) -> list[Student]:
    found: list[Student] = []
    for chunk in in_chunks(student_ids):
        found.extend(s.scalars(select(Student).where(
            Student.id.in_(chunk), Student.stage == Stage.COMPLETED, Student.deleted_at.is_(None),
            ~Student.id.in_(select(CompletionCertificate.student_id)))))
    return found


def _completion_dates(s: Session, student_ids: list[int]) -> dict[int, date]:
    dates: dict[int, date] = {}
    for chunk in in_chunks(student_ids):
        dates.update(s.execute(select(StageRecord.student_id, func.max(StageRecord.entered_on)).where(
            StageRecord.student_id.in_(chunk), StageRecord.stage == Stage.COMPLETED,
            StageRecord.deleted_at.is_(None)).group_by(StageRecord.student_id)).all())
    return dates


def ensure_register(s: Session, actor: Actor, student_ids: Iterable[int]) -> None:
    """Give every completed student among `student_ids` who has no certificate yet one:
    dated their completion (the live COMPLETED stage record's day, else today),
    numbered after the cohort's last serial in completion-date, then id, order.
    In the caller's transaction (call it inside `db.transaction()`, not `db.read()`)."""
    ids = sorted(set(student_ids))
    if not ids or not _unregistered(s, ids):
        return  # the common case takes no lock
    audit_chain.lock_chain(s)
    missing = _unregistered(s, ids)  # again: another desktop may have issued meanwhile
    if not missing:
        return
    key = _key(s)
    dates = _completion_dates(s, [st.id for st in missing])
    today = date.today()
    serials: dict[int | None, int] = {}
    codes: dict[int | None, str] = {}
    for st in sorted(missing, key=lambda st: (dates.get(st.id) or today, st.id)):
        if st.cohort_id not in serials:
            serials[st.cohort_id] = _next_serial(s, st.cohort_id)
            codes[st.cohort_id] = _cohort_code(s, st.cohort_id)
        row = _issue(s, actor, key, st, dates.get(st.id) or today, serials[st.cohort_id], codes[st.cohort_id])
        serials[st.cohort_id] = row.serial + 1


def register_of(s: Session, student_ids: Iterable[int]) -> dict[int, RegisterEntry]:
    """The register entries of these students, keyed by student id (those without one are absent)."""
    result: dict[int, RegisterEntry] = {}
    for chunk in in_chunks(sorted(set(student_ids))):
        for row in s.scalars(select(CompletionCertificate).where(CompletionCertificate.student_id.in_(chunk))):
            result[row.student_id] = _entry(row)
    return result


def _normal_number(number: str) -> str:
    return (number or "").strip().upper()


def _find(s: Session, number: str) -> CompletionCertificate | None:
    return s.scalar(select(CompletionCertificate).where(func.upper(CompletionCertificate.number) == number))


def revoke(db: Database, actor: Actor, number: str, reason: str) -> RegisterEntry:
    """An administrator revokes a certificate with a written reason; the row stays and
    every verification then says 已撤销 with the date and the reason."""
    require_role(actor, Role.ADMIN, action_zh="撤销结业证书", action_en="revoke a completion certificate")
    reason = (reason or "").strip()
    if len(reason) < REASON_MIN:
        raise ValidationError.of(
            "撤销原因", f"请写明撤销的原因（至少{REASON_MIN}个字），例如“学员材料不实，经基地研究决定撤销”。",
            f"write why the certificate is revoked (at least {REASON_MIN} characters).", "reason for revoking")
    wanted = _normal_number(number)
    with db.transaction() as s:
        audit_chain.lock_chain(s)  # two administrators revoking at once: the second sees the first
        row = _find(s, wanted)
        if row is None:
            raise NotFound(f"登记簿中没有编号为“{wanted}”的结业证书，请核对证书编号。",
                           f"No completion certificate numbered '{wanted}' is registered; check the number.")
        if row.revoked_at is not None:
            raise ValidationError.of(
                "证书编号", f"证书 {row.number} 已于 {_local_date(row.revoked_at):%Y-%m-%d} 撤销"
                f"（原因：{row.revoke_reason}），无需再次撤销。",
                f"certificate {row.number} was already revoked on {_local_date(row.revoked_at):%Y-%m-%d}.",
                "certificate number")
        before = snapshot(row)
        row.revoked_at, row.revoked_by, row.revoke_reason = utcnow(), actor.user_id, reason[:200]
        s.flush()
        audit(s, actor, "revoke", CompletionCertificate, row.id, before, snapshot(row))
        return _entry(row)


def verify(db: Database, text: str) -> Verification:
    """Check a certificate from its QR text ("JRBCERT:<number>:<code>") or from the
    number and code typed by a person. The result never holds the full name or ID."""
    parsed = parse_verify_text(text)
    if parsed is None:
        raise ValidationError.of(
            "核验内容", "无法识别。请输入扫码得到的整段文字，或“证书编号 核验码”"
            "（中间空一格，例如 JRB-ZB202406-01-003 K7P2Q9XM）。",
            "not recognised. Enter the whole text the QR code gives, or the certificate number and the "
            "code separated by a space (e.g. JRB-ZB202406-01-003 K7P2Q9XM).", "verification text")
    number, code = parsed
    with db.read() as s:
        row = _find(s, _normal_number(number))
        if row is None:
            return Verification(VerifyStatus.UNKNOWN, number)
        if not codes_match(code, row.code):
            return Verification(VerifyStatus.MISMATCH, row.number)
        id_number = s.scalar(select(Student.id_number).where(Student.id == row.student_id)) or ""
        cohort = s.get(Cohort, row.cohort_id) if row.cohort_id is not None else None
        revoked = row.revoked_at is not None
        return Verification(
            VerifyStatus.REVOKED if revoked else VerifyStatus.VALID, row.number,
            holder=mask_name(row.holder_name), id_number=mask_id(id_number),
            cohort_name=cohort.name if cohort else "", cohort_code=cohort.code if cohort else "",
            issued_on=row.issued_on, revoked_on=_local_date(row.revoked_at) if revoked else None,
            revoke_reason=mask_sensitive(row.revoke_reason or "") if revoked else "")
