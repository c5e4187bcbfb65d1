"""Sales scripts (话术) and their versions (逐字逐句打磨), mentor comments, the
side-by-side comparison of two versions and the advertising-law check.

Comments: a version carries ONE mentor comment (`mentor_comment`); commenting
again replaces it and the audit log keeps every earlier text (no extra table).
A comment save names the text the user saw (`seen_comment`): if someone changed
it meanwhile the save is refused with ConflictError instead of overwriting.

The banned-term list (违禁词) is a shared setting (`compliance.banned_terms`):
everyone reads it (the editor highlights as you type), staff change it.
"""
from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from ..db.models import SalesScript, ScriptVersion, User, utcnow
from ..domain.compliance import (
    DEFAULT_TERMS,
    MAX_CATEGORY_LEN,
    MAX_REASON_LEN,
    MAX_TERM_LEN,
    BannedTerm,
    Finding,
    find_banned_terms,
    normalise,
)
from ..domain.script_diff import ScriptDiff, diff_texts
from ..domain.text import keep_typed, normalise_text
from ..errors import ConflictError, NotFound, ValidationError
from .common import EVERYONE, STAFF, ensure_student_access, insert_row, load_versioned, require_role, update_row
from .context import Actor, Database
from .shared_settings import Versioned, read_setting, read_versioned, write_setting
from .validation import Checker

TERMS_KEY = "compliance.banned_terms"
MAX_TERMS = 500
MAX_BODY = 20_000
MAX_COMMENT = 2_000


@dataclass(frozen=True)
class ScriptVersionDTO:
    id: int
    script_id: int
    version_no: int
    body: str
    mentor_comment: str
    created_at: datetime
    author_name: str = ""
    updated_at: datetime | None = None


@dataclass(frozen=True)
class ScriptDTO:
    id: int
    student_id: int
    title: str
    product: str
    versions: tuple[ScriptVersionDTO, ...]
    version: int = 0  # optimistic lock of the script (title/product)

    @property
    def latest(self) -> ScriptVersionDTO | None:
        return self.versions[-1] if self.versions else None


@dataclass(frozen=True)
class VersionDiff:
    """Two versions side by side: `left` is the older one as asked, `right` the other."""

    left: ScriptVersionDTO
    right: ScriptVersionDTO
    diff: ScriptDiff


def _names(s: Session, user_ids) -> dict[int, str]:
    ids = {i for i in user_ids if i is not None}
    if not ids:
        return {}
    return {u.id: u.display_name or u.username for u in s.scalars(select(User).where(User.id.in_(ids)))}


def _version_dto(v: ScriptVersion, names: dict[int, str] | None = None) -> ScriptVersionDTO:
    author = (names or {}).get(v.author_user_id, "") if v.author_user_id is not None else ""
    return ScriptVersionDTO(v.id, v.script_id, v.version_no, v.body, v.mentor_comment, v.created_at,
                            author, v.updated_at)


def _script_dto(row: SalesScript, names: dict[int, str] | None = None) -> ScriptDTO:
    return ScriptDTO(row.id, row.student_id, row.title, row.product,
                     tuple(_version_dto(v, names) for v in row.versions), row.version)


def _script_dto_named(s: Session, row: SalesScript) -> ScriptDTO:
    return _script_dto(row, _names(s, (v.author_user_id for v in row.versions)))


def _load_version(s: Session, actor: Actor, version_id: int) -> tuple[ScriptVersion, SalesScript]:
    version = s.get(ScriptVersion, version_id)
    script = s.get(SalesScript, version.script_id) if version is not None else None
    if version is None or script is None or script.deleted_at is not None:
        raise NotFound(f"找不到该话术版本（编号 {version_id}），可能已被删除。",
                       f"The script version {version_id} does not exist; it may have been deleted.")
    ensure_student_access(s, actor, script.student_id)
    return version, script


def _check_body(c: Checker, body: str) -> str:
    body = keep_typed(body)
    if not body:
        c.add("话术正文", "不能为空，请填写话术内容。", "is empty; write the script.", "script text")
    elif len(body) > MAX_BODY:
        c.add("话术正文", f"太长（{len(body)} 个字），最多 {MAX_BODY} 个字，请拆成几篇话术。",
              f"is too long ({len(body)} characters); at most {MAX_BODY}. Split it into several scripts.",
              "script text")
    return body


def _check_comment(c: Checker, comment: str) -> str:
    comment = keep_typed(comment)
    if len(comment) > MAX_COMMENT:
        c.add("导师点评", f"太长（{len(comment)} 个字），最多 {MAX_COMMENT} 个字。",
              f"is too long ({len(comment)} characters); at most {MAX_COMMENT}.", "mentor comment")
    return comment


def create_script(db: Database, actor: Actor, student_id: int, title: str, product: str, body: str) -> ScriptDTO:
    """A new script with its first version."""
    require_role(actor, *EVERYONE)
    c = Checker()
    title = c.prose(title, "话术标题", "script title", required=True, max_len=100)
    product = c.text(product, "商品", "product")
    body = _check_body(c, body)
    c.raise_if_any()
    with db.transaction() as s:
        ensure_student_access(s, actor, student_id)
        row = insert_row(s, actor, SalesScript(student_id=student_id, title=title, product=product))
        insert_row(s, actor, ScriptVersion(script_id=row.id, version_no=1, body=body,
                                           author_user_id=actor.user_id))
        s.refresh(row)
        return _script_dto_named(s, row)


def _add_version(s: Session, actor: Actor, script: SalesScript, body: str, mentor_comment: str = "",
                 changes: dict | None = None) -> ScriptVersion:
    """Insert the next version (refused when it repeats the latest) and bump the script,
    applying `changes` (title/product) to it in the same update."""
    last = s.scalar(select(func.max(ScriptVersion.version_no)).where(ScriptVersion.script_id == script.id)) or 0
    previous = s.scalar(select(ScriptVersion.body).where(ScriptVersion.script_id == script.id,
                                                         ScriptVersion.version_no == last))
    if previous is not None and previous == body:
        raise ValidationError.of("话术正文", f"与第 {last} 版完全相同，请修改后再保存为新版本。",
                                 f"is the same as version {last}; change it before saving a new version.",
                                 "script text")
    row = insert_row(s, actor, ScriptVersion(script_id=script.id, version_no=last + 1, body=body,
                                             mentor_comment=mentor_comment,
                                             author_user_id=actor.user_id))
    # bump version/updated_at (re-setting an unchanged title would not emit an UPDATE)
    update_row(s, actor, script, {**(changes or {}), "updated_at": utcnow()})
    return row


def add_script_version(db: Database, actor: Actor, script_id: int, body: str,
                       mentor_comment: str = "") -> ScriptVersionDTO:
    """The next version of a script (话术逐字逐句打磨)."""
    require_role(actor, *EVERYONE)
    c = Checker()
    body = _check_body(c, body)
    mentor_comment = _check_comment(c, mentor_comment)
    c.raise_if_any()
    with db.transaction() as s:
        script = load_versioned(s, SalesScript, script_id, None, "话术", "script")
        ensure_student_access(s, actor, script.student_id)
        row = _add_version(s, actor, script, body, mentor_comment)
        return _version_dto(row, _names(s, [row.author_user_id]))


def scripts_of(db: Database, actor: Actor, student_id: int) -> list[ScriptDTO]:
    require_role(actor, *EVERYONE)
    with db.read() as s:
        ensure_student_access(s, actor, student_id)
        rows = list(s.scalars(select(SalesScript).where(
            SalesScript.student_id == student_id, SalesScript.deleted_at.is_(None)).order_by(SalesScript.id)))
        names = _names(s, (v.author_user_id for r in rows for v in r.versions))
        return [_script_dto(r, names) for r in rows]


def get_script(db: Database, actor: Actor, script_id: int) -> ScriptDTO:
    require_role(actor, *EVERYONE)
    with db.read() as s:
        row = load_versioned(s, SalesScript, script_id, None, "话术", "script")
        ensure_student_access(s, actor, row.student_id)
        return _script_dto_named(s, row)


def save_script(db: Database, actor: Actor, script_id: int, version: int | None, title: str, product: str,
                body: str | None) -> ScriptDTO:
    """Save the script editor in ONE transaction: the title/product change and, when
    `body` is given, the next version with that text — both or neither. `body=None`:
    the text was not edited (only title/product). `version`: the script version the
    editor read; a save by someone else since then (a rename or a new version) is a
    ConflictError. A text identical to the latest version is refused as in
    `add_script_version`."""
    require_role(actor, *EVERYONE)
    c = Checker()
    title = c.prose(title, "话术标题", "script title", required=True, max_len=100)
    product = c.text(product, "商品", "product")
    if body is not None:
        body = _check_body(c, body)
    c.raise_if_any()
    with db.transaction() as s:
        row = load_versioned(s, SalesScript, script_id, version, "话术", "script")
        ensure_student_access(s, actor, row.student_id)
        changes = {"title": title, "product": product} if (row.title, row.product) != (title, product) else {}
        if body is not None:
            _add_version(s, actor, row, body, changes=changes)
        elif changes:
            update_row(s, actor, row, changes)
        s.refresh(row)
        return _script_dto_named(s, row)


def comment_on_version(db: Database, actor: Actor, version_id: int, comment: str,
                       seen_comment: str | None = None) -> ScriptVersionDTO:
    """Set the mentor comment (导师点评) of one version; an empty text removes it.
    `seen_comment`: the comment as the user saw it — a different stored text means
    somebody else commented meanwhile (ConflictError)."""
    require_role(actor, *EVERYONE)
    c = Checker()
    comment = _check_comment(c, comment)
    c.raise_if_any()
    with db.transaction() as s:
        row, _script = _load_version(s, actor, version_id)
        if seen_comment is not None and (row.mentor_comment or "") != seen_comment.strip():
            raise ConflictError("script_version", version_id)
        if (row.mentor_comment or "") != comment:
            update_row(s, actor, row, {"mentor_comment": comment})
        return _version_dto(row, _names(s, [row.author_user_id]))


# --- the banned-term list and the check --------------------------------------------

def _stored_terms(s: Session) -> tuple[BannedTerm, ...]:
    stored = read_setting(s, TERMS_KEY, None)
    if not isinstance(stored, list):
        return DEFAULT_TERMS
    terms = tuple(BannedTerm.from_dict(d) for d in stored if isinstance(d, dict) and d.get("term"))
    return terms or DEFAULT_TERMS


def compliance_terms(db: Database, actor: Actor) -> tuple[BannedTerm, ...]:
    """The banned advertising terms in force (the defaults until staff change them)."""
    require_role(actor, *EVERYONE)
    with db.read() as s:
        return _stored_terms(s)


def compliance_terms_for_edit(db: Database, actor: Actor) -> Versioned[tuple[BannedTerm, ...]]:
    """The banned terms with the setting's version, for the editor that saves them back."""
    require_role(actor, *EVERYONE)
    with db.read() as s:
        return Versioned(_stored_terms(s), read_versioned(s, TERMS_KEY).version)


def _validate_terms(terms) -> tuple[BannedTerm, ...]:
    c = Checker()
    terms = list(terms or ())
    if not terms:
        c.add("违禁词", "列表不能为空：至少保留一个词，或点“恢复默认”。",
              "the list is empty; keep at least one term or restore the defaults.", "banned terms")
    elif len(terms) > MAX_TERMS:
        c.add("违禁词", f"太多（{len(terms)} 个），最多 {MAX_TERMS} 个。",
              f"too many ({len(terms)}); at most {MAX_TERMS}.", "banned terms")
    clean: list[BannedTerm] = []
    seen: dict[str, int] = {}
    for n, t in enumerate(terms, start=1):
        term = normalise_text(t.term)
        category = " ".join(str(t.category or "").split())  # as typed: no NFKC on “：”
        reason = " ".join(str(t.reason or "").split())
        exceptions = tuple(x for x in (normalise_text(e) for e in t.exceptions) if x)
        key = normalise(term)
        if not term:
            c.add("违禁词", f"第 {n} 行的词为空，请填写或删除该行。",
                  f"row {n} has no term; fill it in or delete the row.", "banned term")
        elif len(term) > MAX_TERM_LEN:
            c.add("违禁词", f"第 {n} 行“{term}”太长，最多 {MAX_TERM_LEN} 个字。",
                  f"row {n} '{term}' is too long; at most {MAX_TERM_LEN} characters.", "banned term")
        elif key in seen:
            c.add("违禁词", f"第 {n} 行“{term}”与第 {seen[key]} 行重复，请删除其中一行。",
                  f"row {n} '{term}' repeats row {seen[key]}; delete one of them.", "banned term")
        else:
            seen[key] = n
        if not category:
            c.add("类别", f"第 {n} 行未填写类别（例如“极限词”）。",
                  f"row {n} has no category (e.g. 极限词).", "category")
        elif len(category) > MAX_CATEGORY_LEN:
            c.add("类别", f"第 {n} 行的类别太长，最多 {MAX_CATEGORY_LEN} 个字。",
                  f"row {n}: the category is too long; at most {MAX_CATEGORY_LEN} characters.", "category")
        if len(reason) > MAX_REASON_LEN:
            c.add("原因", f"第 {n} 行的原因太长，最多 {MAX_REASON_LEN} 个字。",
                  f"row {n}: the reason is too long; at most {MAX_REASON_LEN} characters.", "reason")
        for phrase in exceptions:
            if key and key not in normalise(phrase):
                c.add("例外", f"第 {n} 行的例外“{phrase}”不包含“{term}”，不起作用，请改正或删除。",
                      f"row {n}: the exception '{phrase}' does not contain '{term}'; fix or remove it.",
                      "exceptions")
        clean.append(BannedTerm(term, category, reason, exceptions))
    c.raise_if_any()
    return tuple(clean)


def set_compliance_terms(db: Database, actor: Actor, terms, expected_version: int | None = None
                         ) -> tuple[BannedTerm, ...]:
    """Replace the banned-term list (staff only); every row is checked first and
    nothing is stored when one is wrong. `expected_version`: from
    `compliance_terms_for_edit`; another desktop's save since then raises ConflictError."""
    require_role(actor, *STAFF, action_zh="修改违禁词列表", action_en="change the banned-term list")
    clean = _validate_terms(terms)
    with db.transaction() as s:
        write_setting(s, actor, TERMS_KEY, [t.as_dict() for t in clean], expected_version)
    return clean


def check_script_version(db: Database, actor: Actor, version_id: int) -> list[Finding]:
    """The banned terms in one version, with their positions."""
    require_role(actor, *EVERYONE)
    with db.read() as s:
        row, _script = _load_version(s, actor, version_id)
        return find_banned_terms(row.body, _stored_terms(s))


def diff_versions(db: Database, actor: Actor, left_id: int, right_id: int) -> VersionDiff:
    """Two versions of one student's scripts side by side (left: `left_id`)."""
    require_role(actor, *EVERYONE)
    with db.read() as s:
        left, left_script = _load_version(s, actor, left_id)
        right, right_script = _load_version(s, actor, right_id)
        if left_script.student_id != right_script.student_id:
            raise ValidationError.of("版本", "两个版本属于不同学员，不能比较。",
                                     "the two versions belong to different students.", "version")
        names = _names(s, [left.author_user_id, right.author_user_id])
        return VersionDiff(_version_dto(left, names), _version_dto(right, names), diff_texts(left.body, right.body))
