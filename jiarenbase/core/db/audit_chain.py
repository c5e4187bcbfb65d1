"""The audit log's hash chain (操作日志校验链).

Each entry carries entry_hash = SHA-256 over a canonical text of its content (when,
who, from where, what, which record, before, after) and the previous entry's hash
(prev_hash; "" for the first). Changing an entry changes its hash; deleting one
from the middle, or swapping two, leaves the next entry pointing at a hash that is
no longer before it. `verify_chain` walks the log in id order and names the first
entry that does not fit.

Appends are serialised, so two desktops (PostgreSQL) or two programs (SQLite)
writing at once cannot both chain onto the same entry: the first append of a
transaction takes the chain lock — PostgreSQL: an advisory lock held to the end of
the transaction; SQLite: the database's write lock, taken by a write that changes
nothing — and only then reads the newest hash. The rest of that transaction's
entries chain on in memory (the lock is still held).

What the chain cannot show: the hash is not secret, so someone who can write the
database and recompute every later hash can rewrite the log, and deleting the
newest entries leaves a shorter chain that is still whole. Backups (and, on
PostgreSQL, an application role that may only INSERT and SELECT) are the defence
there.
"""
from __future__ import annotations

import hashlib
import json
from dataclasses import dataclass
from datetime import datetime

from sqlalchemy import event, select, text
from sqlalchemy.engine import Connection, Engine
from sqlalchemy.orm import Session

from .models import AuditEntry
from .models.security import APPEND_ONLY_TRIGGERS

GENESIS = ""  # the prev_hash of the first entry
CHAIN_LOCK = 0x4A524155  # "JRAU": PostgreSQL advisory lock key for appends (not the schema lock)
_TAIL = "audit_chain_tail"  # session.info key: the newest hash, valid while this transaction holds the lock
_STREAM_ROWS = 5_000


def _at_text(at: datetime | None) -> str:
    # Always with microseconds: what SQLite and PostgreSQL both give back for a stored datetime.
    return at.isoformat(sep=" ", timespec="microseconds") if at is not None else ""


_CANONICAL = json.JSONEncoder(ensure_ascii=False, separators=(",", ":"))  # made once: 500k entries are checked


def entry_digest(at: datetime | None, user_id: int | None, username: str, origin: str, action: str,
                 entity: str, entity_id: int | None, before: str, after: str, prev_hash: str) -> str:
    """The hex SHA-256 of one entry's canonical text (a JSON array, no spaces, UTF-8)."""
    canonical = _CANONICAL.encode(["jiarenbase-audit-1", _at_text(at), user_id, username or "", origin or "",
                                   action, entity, entity_id, before or "", after or "", prev_hash or ""])
    return hashlib.sha256(canonical.encode("utf-8")).hexdigest()


def _digest_of(entry: AuditEntry) -> str:
    return entry_digest(entry.at, entry.user_id, entry.username, entry.origin, entry.action, entry.entity,
                        entry.entity_id, entry.before, entry.after, entry.prev_hash)


# --- appending ---------------------------------------------------------------

def lock_chain(session: Session) -> None:
    """Hold the chain lock until this transaction ends (idempotent within it)."""
    if _TAIL in session.info:
        return
    conn = session.connection()
    if conn.dialect.name == "postgresql":
        conn.execute(text("SELECT pg_advisory_xact_lock(:key)"), {"key": CHAIN_LOCK})
    else:
        # SQLite has one writer at a time: a write statement starts the write transaction
        # (waiting up to the busy timeout), so nobody appends between our read and our insert.
        conn.execute(text("UPDATE setting SET key = key WHERE 0 = 1"))
    session.info[_TAIL] = None  # locked; the newest hash is read when first needed


def append(session: Session, entry: AuditEntry) -> AuditEntry:
    """Chain `entry` onto the log and add it to the session (its transaction must commit it)."""
    lock_chain(session)
    tail = session.info.get(_TAIL)
    if tail is None:  # first entry of this transaction: read the newest hash under the lock
        tail = session.scalar(select(AuditEntry.entry_hash).order_by(AuditEntry.id.desc()).limit(1)) or GENESIS
    entry.prev_hash = tail
    entry.entry_hash = _digest_of(entry)
    session.add(entry)
    session.info[_TAIL] = entry.entry_hash
    return entry


@event.listens_for(Session, "after_transaction_end")
def _forget_tail(session: Session, transaction) -> None:
    # The lock ends with the transaction, and a savepoint rolled back may take entries (and,
    # on PostgreSQL, the lock) with it: then lock and read again. A flush's inner
    # "subtransaction" ends too, and changes nothing.
    if transaction.parent is None or transaction.nested:
        session.info.pop(_TAIL, None)


# --- checking ----------------------------------------------------------------

@dataclass(frozen=True)
class ChainCheck:
    ok: bool
    entries: int  # entries read (up to and including the first broken one when broken)
    first_broken_id: int | None
    zh: str
    en: str


_COLUMNS = [AuditEntry.__table__.c[name] for name in (
    "id", "at", "user_id", "username", "origin", "action", "entity", "entity_id", "before", "after",
    "prev_hash", "entry_hash")]


def verify_chain(engine: Engine | Connection) -> ChainCheck:
    """Walk the whole log in id order (streamed) and name the first entry whose own
    hash or whose link to the entry before it is wrong."""
    if isinstance(engine, Connection):
        return _verify(engine)
    with engine.connect() as conn:
        try:
            return _verify(conn)
        finally:
            conn.rollback()


def _verify(conn: Connection) -> ChainCheck:
    stmt = select(*_COLUMNS).order_by(AuditEntry.id)
    rows = conn.execution_options(stream_results=True, yield_per=_STREAM_ROWS).execute(stmt)
    expected_prev, previous_id, n = GENESIS, None, 0
    try:
        for row in rows.tuples():  # plain tuples: attribute access per row costs more than the hashing
            entry_id, at, user_id, username, origin, action, entity, entity_id, before, after, prev, stored = row
            n += 1
            if not stored or stored != entry_digest(at, user_id, username, origin, action, entity, entity_id,
                                                    before, after, prev):
                return _broken_content(entry_id, bool(stored), n)
            if prev != expected_prev:
                return _broken_link(entry_id, previous_id, n)
            expected_prev, previous_id = stored, entry_id
    finally:
        rows.close()
    return ChainCheck(True, n, None, f"操作日志校验链：完整（{n} 条）",
                      f"Audit trail hash chain: intact ({n} entries)")


def _broken_content(entry_id: int, has_hash: bool, n: int) -> ChainCheck:
    if not has_hash:
        zh_why, en_why = "没有校验值（不是本程序写入的，或写入它的程序绕过了校验链）", \
            "has no hash (it was not written by this program, or the program bypassed the chain)"
    else:
        zh_why, en_why = "的内容与它的校验值不符（被改动过）", "does not match its hash (it was changed)"
    return ChainCheck(
        False, n, entry_id,
        f"操作日志第 {entry_id} 条{zh_why}。操作日志可能被人直接在数据库里改动或删除过；"
        "请保留现有备份，不要再清理旧备份，并请管理员对照备份核查。",
        f"Audit entry {entry_id} {en_why}. The audit log may have been changed or deleted directly in the "
        "database; keep the existing backups and have an administrator compare them.")


def _broken_link(entry_id: int, previous_id: int | None, n: int) -> ChainCheck:
    where_zh = f"第 {previous_id} 条与第 {entry_id} 条之间" if previous_id is not None else f"第 {entry_id} 条之前"
    where_en = (f"between entries {previous_id} and {entry_id}" if previous_id is not None
                else f"before entry {entry_id}")
    return ChainCheck(
        False, n, entry_id,
        f"操作日志第 {entry_id} 条与它前面的条目接不上：{where_zh}的条目被删除、改动或调换了顺序。"
        "请保留现有备份，不要再清理旧备份，并请管理员对照备份核查。",
        f"Audit entry {entry_id} does not follow the entry before it: entries {where_en} were deleted, changed "
        "or reordered. Keep the existing backups and have an administrator compare them.")


# --- the append-only triggers --------------------------------------------------

def missing_triggers(conn: Connection) -> list[str]:
    """The append-only triggers that are gone (or, on PostgreSQL, disabled: named with " (disabled)")."""
    expected, table = APPEND_ONLY_TRIGGERS.get(conn.dialect.name, ()), {"table": AuditEntry.__tablename__}
    if conn.dialect.name == "sqlite":
        present = set(conn.execute(text(
            "SELECT name FROM sqlite_master WHERE type = 'trigger' AND tbl_name = :table"), table).scalars())
        return [name for name in expected if name not in present]
    if conn.dialect.name == "postgresql":
        # tgenabled: 'O' fires normally, 'A' always, 'R' only for replication, 'D' disabled.
        state = {name: enabled for name, enabled in conn.execute(text(
            "SELECT tgname, tgenabled FROM pg_trigger WHERE NOT tgisinternal "
            "AND tgrelid = to_regclass(:table)"), table)}
        return [name if name not in state else f"{name} (disabled)" for name in expected
                if state.get(name) not in ("O", "A")]
    return []
