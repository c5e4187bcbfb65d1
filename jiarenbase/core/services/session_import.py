"""Practice sessions imported from a live platform's CSV export (直播数据导入).

The column mapping (CSV header → field) is kept per platform in the shared settings,
so a platform is mapped once and every desktop reuses it. A preview checks every
row with the domain rules and the user's scope (mentors: only their own students);
`import_sessions` writes the accepted rows in one transaction — all or nothing —
with an audit entry per session and one for the import.
"""
from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass, field

from sqlalchemy import select

from ..db.models import PracticeSession
from ..domain.enums import Platform, SessionKind
from ..errors import Problem, ValidationError
from ..importing.session_csv import FIELDS, CsvTable, ParsedRow, check_mapping, guess_mapping, parse_rows
from .common import EVERYONE, audit, insert_row, require_role
from .context import Actor, Database
from .session_form import session_form_data
from .sessions import SessionDTO, SessionInput, check_session, session_dto
from .shared_settings import lock_setting, read_setting, read_versioned, write_setting

MAPPING_KEY = "session_csv_mapping:"
MAX_HEADER = 100
PROGRESS_EVERY = 20


@dataclass(frozen=True)
class ImportDefaults:
    """What the file does not say: applied to every row."""

    kind: SessionKind = SessionKind.LIVE_SESSION
    student_id: int | None = None  # for rows without a student column (one student's export)
    mentor_id: int | None = None  # None: the student's current mentor (mentors: always themselves)
    products: str = ""


@dataclass(frozen=True)
class ImportRow:
    line: int  # line of the file
    cells: dict[str, str]
    problems: tuple[Problem, ...] = ()
    data: SessionInput | None = None  # set when accepted
    student_name: str = ""
    skipped: bool = False  # a totals row or a session imported before: not an error

    @property
    def accepted(self) -> bool:
        return self.data is not None and not self.problems


@dataclass(frozen=True)
class SessionImportPreview:
    file_name: str
    platform: Platform
    rows: tuple[ImportRow, ...]
    mapping_problems: tuple[Problem, ...] = ()

    @property
    def accepted(self) -> tuple[ImportRow, ...]:
        return tuple(r for r in self.rows if r.accepted)

    @property
    def rejected(self) -> tuple[ImportRow, ...]:
        return tuple(r for r in self.rows if not r.accepted)


@dataclass(frozen=True)
class SessionImportResult:
    sessions: tuple[SessionDTO, ...] = field(default_factory=tuple)

    @property
    def count(self) -> int:
        return len(self.sessions)


def _key(platform: Platform) -> str:
    return MAPPING_KEY + Platform(platform).value


def _clean_mapping(mapping: dict[str, str]) -> dict[str, str]:
    """Only str → known field (or "" = deliberately ignored)."""
    problems: list[Problem] = []
    out: dict[str, str] = {}
    for header, name in (mapping or {}).items():
        header = str(header).strip()
        if not header or len(header) > MAX_HEADER:
            problems.append(Problem("列对应", f"列名“{header[:20]}”为空或太长（最多{MAX_HEADER}字）。",
                                    "a column name is empty or too long.", "mapping"))
        elif name and name not in FIELDS:
            problems.append(Problem("列对应", f"“{header}”对应到未知字段“{name}”。",
                                    f"'{header}' is mapped to an unknown field '{name}'.", "mapping"))
        else:
            out[header] = name or ""
    dupes = [p for p in check_mapping({h: f for h, f in out.items() if f}) if p.field not in ("开始时间", "结束时间")]
    problems.extend(dupes)
    if problems:
        raise ValidationError(problems)
    return out


def get_column_mapping(db: Database, actor: Actor, platform: Platform) -> dict[str, str] | None:
    """The mapping saved for `platform` (header → field; "" = ignored), None if never saved."""
    require_role(actor, *EVERYONE)
    with db.read() as s:
        value = read_setting(s, _key(platform), None)
    return {str(k): str(v) for k, v in value.items()} if isinstance(value, dict) else None


def save_column_mapping(db: Database, actor: Actor, platform: Platform, mapping: dict[str, str],
                        expected_version: int | None = None) -> dict[str, str]:
    """Remember `mapping` for `platform` on every desktop (audited). Headers kept from an
    earlier mapping stay unless `mapping` names them (exports vary a little by month).
    `expected_version`: from `suggest_mapping_for_edit`; another desktop's save since
    then raises ConflictError."""
    require_role(actor, *EVERYONE)
    clean = _clean_mapping(mapping)
    with db.transaction() as s:
        lock_setting(s, _key(platform), expected_version)
        stored = read_setting(s, _key(platform), None)
        merged = {str(k): str(v) for k, v in stored.items()} if isinstance(stored, dict) else {}
        for header in clean:  # a field now taken by another header leaves its old header
            merged = {h: f for h, f in merged.items() if not (clean[header] and f == clean[header])}
        merged.update(clean)
        write_setting(s, actor, _key(platform), merged, expected_version)
    return merged


@dataclass(frozen=True)
class MappingSuggestion:
    """A mapping for a file's headers, whether a saved one was used, and the saved
    mapping's version (0: never saved) for `save_column_mapping`."""

    mapping: dict[str, str]
    saved: bool
    version: int


def suggest_mapping_for_edit(db: Database, actor: Actor, platform: Platform,
                             headers: Sequence[str]) -> MappingSuggestion:
    """`suggest_mapping` with the version of the saved mapping it started from."""
    require_role(actor, *EVERYONE)
    with db.read() as s:
        stored = read_versioned(s, _key(platform), None)
    saved = {str(k): str(v) for k, v in stored.value.items()} if isinstance(stored.value, dict) else {}
    mapping, used = _suggest(saved, platform, headers)
    return MappingSuggestion(mapping, used, stored.version)


def suggest_mapping(db: Database, actor: Actor, platform: Platform,
                    headers: Sequence[str]) -> tuple[dict[str, str], bool]:
    """(mapping for these headers, whether a saved mapping was used): the saved choices
    for the headers it knows, a guess from the synonyms for the others."""
    return _suggest(get_column_mapping(db, actor, platform) or {}, platform, headers)


def _suggest(saved: dict[str, str], platform: Platform, headers: Sequence[str]) -> tuple[dict[str, str], bool]:
    known = {h: saved[h] for h in headers if h in saved}
    guess = guess_mapping([h for h in headers if h not in known], platform)
    taken = {f for f in known.values() if f}
    out = dict(known)
    for h in headers:
        if h not in out:
            name = guess.get(h, "")
            out[h] = "" if name in taken else name
            taken.add(out[h])
    return {h: out[h] for h in headers}, bool(known)


# ------------------------------------------------------------------- preview

class _Students:
    """The students the actor may log for, found by 学号, phone or (unique) name."""

    def __init__(self, choices) -> None:
        self.by_id = {c.id: c for c in choices}
        self.by_number = {c.student_number: c for c in choices if c.student_number}
        self.by_phone = {c.phone: c for c in choices if c.phone}
        self.by_name: dict[str, list] = {}
        for c in choices:
            self.by_name.setdefault(c.name, []).append(c)

    def find(self, text: str):
        t = text.strip()
        hit = self.by_number.get(t) or self.by_phone.get(t)
        if hit:
            return hit, None
        named = self.by_name.get(t, [])
        if len(named) == 1:
            return named[0], None
        if named:
            return None, Problem("学员", f"有{len(named)}位学员叫“{t}”，请在文件中改用学号。",
                                 f"{len(named)} students are called '{t}'; use the student number.", "Student")
        return None, Problem("学员", f"找不到学员“{t}”（或不是您指导的学员），请核对姓名或学号。",
                             f"no student '{t}' among those you may log for; check the name or number.",
                             "Student")


def _existing_starts(db: Database, student_ids: set[int], rows: list[ParsedRow]) -> set[tuple[int, object]]:
    starts = {r.start for r in rows if r.start is not None}
    if not student_ids or not starts:
        return set()
    with db.read() as s:
        found = s.execute(select(PracticeSession.student_id, PracticeSession.started_at).where(
            PracticeSession.deleted_at.is_(None), PracticeSession.student_id.in_(student_ids),
            PracticeSession.started_at >= min(starts), PracticeSession.started_at <= max(starts)))
        return {(sid, at) for sid, at in found}


def preview_session_import(db: Database, actor: Actor, table: CsvTable, platform: Platform,
                           mapping: dict[str, str],
                           defaults: ImportDefaults = ImportDefaults()) -> SessionImportPreview:
    """Check every row of `table` under `mapping`: numbers (domain rules), times, the
    student (scope!), and sessions already imported (same student, same start)."""
    require_role(actor, *EVERYONE)
    platform = Platform(platform)
    mapping_problems = tuple(check_mapping(mapping))
    form = session_form_data(db, actor)
    students = _Students(form.students)
    parsed = parse_rows(table, mapping) if not mapping_problems else []
    default = students.by_id.get(defaults.student_id) if defaults.student_id is not None else None
    if defaults.student_id is not None and default is None:
        mapping_problems += (Problem("默认学员", "所选学员不存在，或不是您指导的学员。",
                                     "the chosen student does not exist or is not yours.", "Default student"),)
    resolved = []
    for r in parsed:
        problems = list(r.problems)
        student, problem = (students.find(r.student) if r.student else (default, None))
        if r.summary:
            student = None
        elif problem:
            problems.append(problem)
        elif student is None:
            problems.append(Problem("学员", "这一行没有学员：请选择“默认学员”，或在文件中加一列学员姓名/学号。",
                                    "no student: choose a default student or add a student column.", "Student"))
        resolved.append((r, student, problems))
    existing = _existing_starts(db, {st.id for _r, st, _p in resolved if st}, parsed)
    seen: set[tuple[int, object]] = set()
    rows = []
    for r, student, problems in resolved:
        if r.summary:
            rows.append(ImportRow(r.line, r.cells, r.problems, skipped=True))
            continue
        data = None
        skipped = False
        if student is not None and r.start is not None:
            key = (student.id, r.start)
            if key in existing or key in seen:
                skipped = True
                problems.append(Problem("开始时间", "这场直播已经导入过（同一学员、同一开始时间），已跳过。",
                                        "this session was imported before (same student and start); skipped.",
                                        "Start time"))
            seen.add(key)
        if not problems and student is not None and r.counts is not None:
            mentor_id = form.default_mentor_id if actor.is_mentor else (defaults.mentor_id or student.mentor_id)
            data = SessionInput(kind=defaults.kind, student_id=student.id, started_at=r.start, ended_at=r.end,
                                counts=r.counts, rubric_scale=student.rubric_scale, mentor_id=mentor_id,
                                platform=platform, products=r.products or defaults.products)
        rows.append(ImportRow(r.line, r.cells, tuple(problems), data, student.name if student else "", skipped))
    return SessionImportPreview(table.file_name, platform, tuple(rows), mapping_problems)


def import_sessions(db: Database, actor: Actor, preview: SessionImportPreview, *,
                    progress: Callable[[int, int], None] | None = None) -> SessionImportResult:
    """Write the preview's accepted rows in one transaction: every row is checked again
    (scope, numbers, duplicates); one failure and nothing is written."""
    require_role(actor, *EVERYONE)
    rows = preview.accepted
    if not rows:
        raise ValidationError.of("导入", "没有可导入的行：请先改正被拒绝的行或列对应。",
                                 "there are no rows to import; fix the rejected rows or the mapping.", "import")
    out = []
    with db.transaction() as s:
        for i, row in enumerate(rows):
            if progress is not None and i % PROGRESS_EVERY == 0:
                progress(i, len(rows))  # may raise Cancelled: the transaction rolls back
            data = row.data
            assert data is not None
            try:
                values, scores, student_name, mentor_name = check_session(s, actor, data)
            except ValidationError as exc:
                raise ValidationError([Problem(f"第{row.line}行 {p.field}", p.zh, p.en,
                                               f"line {row.line} {p.field_en}") for p in exc.problems]) from exc
            dupe = s.scalar(select(PracticeSession.id).where(
                PracticeSession.deleted_at.is_(None), PracticeSession.student_id == data.student_id,
                PracticeSession.started_at == data.started_at).limit(1))
            if dupe is not None:
                raise ValidationError.of(f"第{row.line}行", f"学员“{student_name}”这一场已经记录过，请重新预览。",
                                         "this session was recorded meanwhile; preview again.", f"line {row.line}")
            record = insert_row(s, actor, PracticeSession(**values))
            out.append(session_dto(record, student_name, mentor_name))
        if progress is not None:
            progress(len(rows), len(rows))
        audit(s, actor, "import", PracticeSession, None, after={
            "file": preview.file_name, "platform": preview.platform.value, "sessions": len(out),
            "rejected": len(preview.rejected)})
    return SessionImportResult(tuple(out))


__all__ = ["ImportDefaults", "ImportRow", "SessionImportPreview", "SessionImportResult", "get_column_mapping",
           "import_sessions", "preview_session_import", "save_column_mapping", "suggest_mapping"]
