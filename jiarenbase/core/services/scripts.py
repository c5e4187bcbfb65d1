"""Sales scripts (话术) and their versions (逐字逐句打磨)."""
from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from sqlalchemy import func, select

from ..db.models import SalesScript, ScriptVersion, utcnow
from ..errors import ValidationError
from .common import EVERYONE, ensure_student_access, insert_row, load_versioned, require_role, update_row
from .context import Actor, Database
from .validation import Checker


@dataclass(frozen=True)
class ScriptVersionDTO:
    id: int
    script_id: int
    version_no: int
    body: str
    mentor_comment: str
    created_at: datetime


@dataclass(frozen=True)
class ScriptDTO:
    id: int
    student_id: int
    title: str
    product: str
    versions: tuple[ScriptVersionDTO, ...]


def _version_dto(v: ScriptVersion) -> ScriptVersionDTO:
    return ScriptVersionDTO(v.id, v.script_id, v.version_no, v.body, v.mentor_comment, v.created_at)


def _script_dto(row: SalesScript) -> ScriptDTO:
    return ScriptDTO(row.id, row.student_id, row.title, row.product, tuple(_version_dto(v) for v in row.versions))


def create_script(db: Database, actor: Actor, student_id: int, title: str, product: str, body: str) -> ScriptDTO:
    """A new script with its first version."""
    require_role(actor, *EVERYONE)
    c = Checker()
    title = c.text(title, "话术标题", "script title", required=True)
    product = c.text(product, "商品", "product")
    if not (body or "").strip():
        c.add("话术正文", "不能为空，请填写话术内容。", "is empty; write the script.", "script text")
    c.raise_if_any()
    with db.transaction() as s:
        ensure_student_access(s, actor, student_id)
        row = insert_row(s, actor, SalesScript(student_id=student_id, title=title, product=product), "sales_script")
        insert_row(s, actor, ScriptVersion(script_id=row.id, version_no=1, body=body.strip(),
                                           author_user_id=actor.user_id), "script_version")
        s.refresh(row)
        return _script_dto(row)


def add_script_version(db: Database, actor: Actor, script_id: int, body: str,
                       mentor_comment: str = "") -> ScriptVersionDTO:
    """The next version of a script (话术逐字逐句打磨)."""
    require_role(actor, *EVERYONE)
    if not (body or "").strip():
        raise ValidationError.of("话术正文", "不能为空，请填写话术内容。", "is empty; write the script.", "script text")
    with db.transaction() as s:
        script = load_versioned(s, SalesScript, script_id, None, "话术", "script")
        ensure_student_access(s, actor, script.student_id)
        last = s.scalar(select(func.max(ScriptVersion.version_no)).where(ScriptVersion.script_id == script_id)) or 0
        row = insert_row(s, actor, ScriptVersion(script_id=script_id, version_no=last + 1, body=body.strip(),
                                                 mentor_comment=(mentor_comment or "").strip(),
                                                 author_user_id=actor.user_id), "script_version")
        # bump version/updated_at (re-setting an unchanged title would not emit an UPDATE)
        update_row(s, actor, script, {"updated_at": utcnow()}, "sales_script")
        return _version_dto(row)


def scripts_of(db: Database, actor: Actor, student_id: int) -> list[ScriptDTO]:
    require_role(actor, *EVERYONE)
    with db.read() as s:
        ensure_student_access(s, actor, student_id)
        return [_script_dto(r) for r in s.scalars(select(SalesScript).where(
            SalesScript.student_id == student_id, SalesScript.deleted_at.is_(None)).order_by(SalesScript.id))]
