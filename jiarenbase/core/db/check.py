"""`jiarenbase check`: integrity, migration state, orphaned rows, and whether the
audit log is still append-only and whole (its triggers and its hash chain)."""
from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy import text
from sqlalchemy.engine import Engine

from .audit_chain import missing_triggers, verify_chain
from .migrate import current_revision, head_revision


@dataclass(frozen=True)
class Finding:
    ok: bool
    zh: str
    en: str


# Live rows whose parent is missing or deleted (SQL per check; each counts rows).
ORPHAN_CHECKS = (
    ("学员所属批次不存在或已删除", "students in a missing or deleted cohort",
     "SELECT count(*) FROM student s LEFT JOIN cohort c ON c.id = s.cohort_id "
     "WHERE s.deleted_at IS NULL AND s.cohort_id IS NOT NULL AND (c.id IS NULL OR c.deleted_at IS NOT NULL)"),
    ("实训记录的学员不存在或已删除", "sessions of a missing or deleted student",
     "SELECT count(*) FROM practice_session p LEFT JOIN student s ON s.id = p.student_id "
     "WHERE p.deleted_at IS NULL AND (s.id IS NULL OR s.deleted_at IS NOT NULL)"),
    ("导师分配指向不存在的学员或导师", "mentor assignments to missing students or mentors",
     "SELECT count(*) FROM mentor_assignment a LEFT JOIN student s ON s.id = a.student_id "
     "LEFT JOIN mentor m ON m.id = a.mentor_id WHERE a.deleted_at IS NULL AND (s.id IS NULL OR m.id IS NULL)"),
    ("预约学员名单指向不存在的预约", "booking students without a booking",
     "SELECT count(*) FROM booking_student b LEFT JOIN room_booking r ON r.id = b.booking_id WHERE r.id IS NULL"),
    ("证书的学员不存在", "certificates of a missing student",
     "SELECT count(*) FROM certificate c LEFT JOIN student s ON s.id = c.student_id WHERE s.id IS NULL"),
    ("就业记录的学员不存在", "placements of a missing student",
     "SELECT count(*) FROM placement p LEFT JOIN student s ON s.id = p.student_id WHERE s.id IS NULL"),
)


def check_database(engine: Engine) -> list[Finding]:
    findings: list[Finding] = []
    with engine.connect() as conn:
        if engine.url.get_backend_name() == "sqlite":
            result = [r[0] for r in conn.execute(text("PRAGMA integrity_check"))]
            ok = result == ["ok"]
            findings.append(Finding(ok, "数据库完整性：" + ("正常" if ok else "；".join(result[:5])),
                                    "Integrity: " + ("ok" if ok else "; ".join(result[:5]))))
            fk = conn.execute(text("PRAGMA foreign_key_check")).fetchall()
            findings.append(Finding(not fk, f"外键检查：{'正常' if not fk else f'{len(fk)} 处违反'}",
                                    f"Foreign keys: {'ok' if not fk else f'{len(fk)} violations'}"))
        else:
            conn.execute(text("SELECT 1"))
            findings.append(Finding(True, "数据库连接：正常", "Connection: ok"))
        for zh, en, sql in ORPHAN_CHECKS:
            n = conn.execute(text(sql)).scalar() or 0
            findings.append(Finding(n == 0, f"{zh}：{n} 条", f"{en}: {n}"))
    current, head = current_revision(engine), head_revision()
    findings.append(Finding(current == head, f"数据库结构版本：{current}（最新 {head}）",
                            f"Schema revision: {current} (newest {head})"))
    if current == head:  # an older schema has no chain yet (it gets one when the program upgrades it)
        findings.extend(audit_findings(engine))
    return findings


def audit_findings(engine: Engine) -> list[Finding]:
    """The audit log's guard (its append-only triggers) and its hash chain."""
    with engine.connect() as conn:
        missing = missing_triggers(conn)
    guard = Finding(
        not missing,
        "操作日志防改触发器：" + ("正常" if not missing else
                            f"缺少或被停用 {'、'.join(missing)}——操作日志可以被改动或删除了，请立即告知管理员"),
        "Audit log append-only triggers: " + ("ok" if not missing else
                                              f"missing or disabled: {', '.join(missing)} — the audit log can "
                                              "now be changed or deleted; tell the administrator now"))
    chain = verify_chain(engine)
    return [guard, Finding(chain.ok, chain.zh, chain.en)]
