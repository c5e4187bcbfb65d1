"""Restore (从备份恢复): verify the candidate, show what it holds, then swap it in.

Nothing that replaces the database trusts the file it was given:

1. The candidate is read without ever pasting its path into a URI (a `#`, `?` or
   `%20` in a Windows path once made SQLite open, and create, another file):
   SQLite's copy is made with the backup API from `Path.as_uri()` + `mode=ro`
   into a staging file beside the database; a PostgreSQL dump is read through
   `pg_restore` to the end (a truncated dump fails here).
2. It is checked: integrity (PRAGMA integrity_check; pg_restore read every byte),
   that it is a JiarenBase database (application_id, the expected tables, one
   schema revision) and that its revision is one this version knows — a backup
   from a newer version is refused.
3. `Candidate.contents` (revision, per-table row counts) is what the caller shows
   before asking to go on.
4. The swap: SQLite copies the verified staging file into the database with the
   backup API, in one write transaction (a failure or a kill leaves the old data);
   PostgreSQL runs pg_restore with --single-transaction --exit-on-error, so the
   database changes only when the whole restore went through.
"""
from __future__ import annotations

import logging
import os
import re
import sqlite3
import subprocess
import tempfile
import time
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path

from sqlalchemy import func, select, text
from sqlalchemy.engine import Engine

from ..errors import JiarenError
from . import backup as backups
from .engine import sqlite_path
from .migrate import APPLICATION_ID, head_revision, known_revisions
from .models import Base

log = logging.getLogger(__name__)

# Tables every JiarenBase database has had since revision 0001. When a migration adds
# a table, list it here under its revision, so that older backups still pass.
TABLES_ADDED: dict[str, frozenset[str]] = {
    "0008": frozenset({"completion_certificate", "student_photo", "student_appraisal"}),
    "0009": frozenset({"exam_registration", "subsidy_materials"}),
}
STALE_STAGING_SECONDS = 3600
SWAP_BUSY_TIMEOUT_S = 10  # how long the swap waits for another connection's write to end
SQLITE_BUSY, SQLITE_LOCKED = 5, 6
PG_LOCK_WAIT_S = 60  # how long the restore waits for a desktop still using the database


def required_tables(revision: str) -> frozenset[str]:
    later = {t for rev, tables in TABLES_ADDED.items() if rev > revision for t in tables}
    return frozenset(Base.metadata.tables) - later | {"alembic_version"}


@dataclass(frozen=True)
class BackupContents:
    """What a verified backup holds: shown to the person before the swap."""

    source: Path
    revision: str
    counts: dict[str, int] = field(default_factory=dict)  # table → rows


class RestoreRefused(JiarenError):
    """The candidate failed a check; nothing was changed."""


def _not_ours(path: Path) -> RestoreRefused:
    return RestoreRefused(f"“{path.name}”不是 JiarenBase 的 SQLite 备份文件（缺少 JiarenBase 的数据表或标记），"
                          "不能用来恢复。数据库未作任何改动。",
                          f"'{path.name}' is not a JiarenBase SQLite backup (JiarenBase's tables or mark are "
                          "missing); it cannot be restored. The database was not changed.")


def _damaged(path: Path, detail_zh: str = "", detail_en: str = "") -> RestoreRefused:
    return RestoreRefused(f"备份文件“{path.name}”已损坏或不完整（可能复制时被截断）{detail_zh}，不能用来恢复。"
                          "数据库未作任何改动；请换用另一份备份。",
                          f"The backup '{path.name}' is damaged or incomplete (perhaps cut short while copied)"
                          f"{detail_en}; it cannot be restored. The database was not changed; use another backup.")


def too_new(revision: str) -> RestoreRefused:
    return RestoreRefused(f"此备份来自更新版本的 JiarenBase（结构版本 {revision}），请先升级程序。"
                          f"（本程序的结构版本为 {head_revision()}；数据库未作任何改动。）",
                          f"This backup comes from a newer JiarenBase (schema revision {revision}); upgrade the "
                          f"program first. (This program's schema revision is {head_revision()}; the database "
                          "was not changed.)")


def check_revision(path: Path, revisions: list[str]) -> str:
    if len(revisions) != 1:
        raise _not_ours(path)
    revision = revisions[0]
    if revision not in known_revisions():
        raise too_new(revision)
    return revision


class Candidate:
    """A verified backup, ready to be swapped in (see `prepare`)."""

    contents: BackupContents

    def swap_in(self, engine: Engine) -> None:
        raise NotImplementedError


# --------------------------------------------------------------------------- SQLite

class _SqliteCandidate(Candidate):
    def __init__(self, engine: Engine, source: Path) -> None:
        live = sqlite_path(str(engine.url))
        if live is None:
            raise JiarenError("内存数据库无法恢复。", "An in-memory database cannot be restored.")
        _clear_stale_staging(live)
        self.staged = live.with_name(f"{live.name}.restore-{backups._stamp()}.part")
        self.contents = self._stage_and_check(source, live)

    def _stage_and_check(self, source: Path, live: Path) -> BackupContents:
        with open(source, "rb") as fh:
            if fh.read(16) != b"SQLite format 3\x00":
                raise _not_ours(source)
        try:
            # the backup API from a read-only URI built by pathlib: '#', '?', '%', spaces and
            # Chinese characters are escaped, so SQLite opens exactly this file and never creates one
            # immutable: nothing is written beside the backup (no -shm/-wal), unless it has a -wal of its own
            wal = Path(str(source) + "-wal").exists()
            src = sqlite3.connect(source.resolve().as_uri() + ("?mode=ro" if wal else "?mode=ro&immutable=1"), uri=True)
            backups._sqlite_copy(src, self.staged)
            con = sqlite3.connect(str(self.staged))
        except sqlite3.DatabaseError as exc:
            backups.remove_part(self.staged)
            raise _damaged(source) from exc
        except OSError as exc:  # the staging copy: full or read-only disk
            backups.remove_part(self.staged)
            raise backups.BackupFailed(self.staged, exc) from exc
        try:
            return self._check(con, source, live)
        except sqlite3.DatabaseError as exc:
            self.discard()
            raise _damaged(source) from exc
        except BaseException:
            self.discard()
            raise
        finally:
            con.close()

    def _check(self, con: sqlite3.Connection, source: Path, live: Path) -> BackupContents:
        con.execute("PRAGMA journal_mode=DELETE")  # the staging file is one plain file
        result = [r[0] for r in con.execute("PRAGMA integrity_check")]
        if result != ["ok"]:
            raise _damaged(source, "（完整性检查未通过）", " (integrity check failed)")
        app_id = con.execute("PRAGMA application_id").fetchone()[0]
        names = {r[0] for r in con.execute("SELECT name FROM sqlite_master WHERE type = 'table'")}
        if app_id not in (0, APPLICATION_ID) or "alembic_version" not in names:
            raise _not_ours(source)
        revision = check_revision(source, [r[0] for r in con.execute("SELECT version_num FROM alembic_version")])
        if not required_tables(revision) <= names:
            raise _not_ours(source)
        live_page = _page_size(live)
        if live_page and con.execute("PRAGMA page_size").fetchone()[0] != live_page:
            con.execute(f"PRAGMA page_size = {live_page}")  # a WAL database takes pages of its own size only
            con.execute("VACUUM")
        counts = {t: con.execute(f'SELECT count(*) FROM "{t}"').fetchone()[0]
                  for t in sorted(names & set(Base.metadata.tables))}
        return BackupContents(source, revision, counts)

    def swap_in(self, engine: Engine) -> None:
        live = sqlite_path(str(engine.url))
        engine.dispose()  # no pooled connection may hold the old pages
        deadline = time.monotonic() + SWAP_BUSY_TIMEOUT_S

        def give_up_when_busy(status: int, _remaining: int, _total: int) -> None:
            # the backup API retries a locked database forever; another program's write has this long
            if status in (SQLITE_BUSY, SQLITE_LOCKED) and time.monotonic() > deadline:
                failed = RestoreFailed.of("the database stayed locked by another program")
                raise RestoreFailed(failed.zh + "数据库正被另一个程序（例如打开着的 JiarenBase）使用："
                                    "请先关闭它再恢复。",
                                    failed.en + " Another program (e.g. JiarenBase still open) is using the "
                                    "database: close it, then restore again.")

        src = sqlite3.connect(str(self.staged))
        try:
            dst = sqlite3.connect(str(live), timeout=SWAP_BUSY_TIMEOUT_S)
            try:  # all pages in one step, one write transaction on the database: all of it, or none
                src.backup(dst, pages=-1, progress=give_up_when_busy, sleep=0.05)
            finally:
                dst.close()
        except RestoreFailed:
            raise
        except sqlite3.Error as exc:
            raise RestoreFailed.of(exc) from exc
        finally:
            src.close()

    def discard(self) -> None:
        backups.remove_part(self.staged)


def _page_size(path: Path) -> int | None:
    if not path.is_file():
        return None
    con = sqlite3.connect(str(path))
    try:
        return con.execute("PRAGMA page_size").fetchone()[0]
    finally:
        con.close()


def _clear_stale_staging(live: Path) -> None:
    """Staging files of a restore that was killed, once an hour old."""
    now = time.time()
    for p in live.parent.glob(f"{live.name}.restore-*.part*"):
        try:
            if now - p.stat().st_mtime > STALE_STAGING_SECONDS:
                p.unlink()
        except OSError:
            pass


class RestoreFailed(JiarenError):
    """The swap itself failed; the database is as it was."""

    @classmethod
    def of(cls, exc: BaseException | str) -> RestoreFailed:
        log.warning("Restore failed: %s", exc)
        return cls("恢复失败：替换数据库时出错，数据库保持原样，未作改动。",
                   "The restore failed while replacing the database; the database was left as it was.")


# --------------------------------------------------------------------------- PostgreSQL

COPY_LINE = re.compile(r'^COPY ("?[^" ]+"?)\.("?[^" (]+"?) \(.*\) FROM stdin;$')
TOC_TABLE = re.compile(r"^\d+; \d+ \d+ TABLE (\S+) (\S+) ")


class _PgCandidate(Candidate):
    def __init__(self, engine: Engine, source: Path) -> None:
        self.source = source
        with open(source, "rb") as fh:
            if fh.read(5) != b"PGDMP":
                raise RestoreRefused(f"“{source.name}”不是 JiarenBase 的 PostgreSQL 备份文件（pg_dump -Fc 格式）。"
                                     "数据库未作任何改动。",
                                     f"'{source.name}' is not a JiarenBase PostgreSQL backup (pg_dump -Fc). "
                                     "The database was not changed.")
        tool = backups._pg_tool("pg_restore")
        listing = subprocess.run([tool, "-l", str(source)], capture_output=True, text=True)
        if listing.returncode:
            log.warning("pg_restore -l %s: %s", source, listing.stderr.strip())
            raise _damaged(source)
        tables: dict[str, set[str]] = {}
        for line in listing.stdout.splitlines():
            m = TOC_TABLE.match(line)
            if m:
                tables.setdefault(m.group(1), set()).add(m.group(2))
        target = _target_schema(engine)
        if target not in tables or "alembic_version" not in tables[target]:
            if tables and "alembic_version" in set().union(*tables.values()):
                raise RestoreRefused(
                    f"“{source.name}”是另一个数据库模式（{'、'.join(sorted(tables))}）的备份，与当前数据库"
                    f"（模式 {target}）不符，不能用来恢复。数据库未作任何改动。",
                    f"'{source.name}' backs up another schema ({', '.join(sorted(tables))}), not this database's "
                    f"({target}); it cannot be restored. The database was not changed.")
            raise _not_ours(source)
        revisions, counts = self._read_data(tool, source)
        revision = check_revision(source, revisions)
        if not required_tables(revision) <= tables[target]:
            raise _not_ours(source)
        self.contents = BackupContents(source, revision, {t: counts.get(t, 0) for t in sorted(
            tables[target] & set(Base.metadata.tables))})

    @staticmethod
    def _read_data(tool: str, source: Path) -> tuple[list[str], dict[str, int]]:
        """Read every row of the dump (to the end: a truncated one fails here), counting
        the rows of each table and keeping alembic_version's."""
        counts: dict[str, int] = {}
        revisions: list[str] = []
        table = None
        with subprocess.Popen([tool, "-a", "-f", "-", str(source)], stdout=subprocess.PIPE,
                              stderr=subprocess.PIPE, text=True, encoding="utf-8", errors="replace") as proc:
            for line in proc.stdout:
                line = line.rstrip("\n")
                if table is None:
                    m = COPY_LINE.match(line)
                    if m:
                        table = m.group(2).strip('"')
                        counts[table] = 0
                elif line == "\\.":
                    table = None
                else:
                    counts[table] += 1
                    if table == "alembic_version":
                        revisions.append(line)
            err = proc.stderr.read()
        if proc.returncode:
            log.warning("pg_restore -a %s: %s", source, err.strip())
            raise _damaged(source)
        return revisions, counts

    def swap_in(self, engine: Engine) -> None:
        engine.dispose()
        args, env = backups._pg_env(engine)
        env["PGAPPNAME"] = app = f"jiarenbase-restore-{os.getpid()}"
        cmd = [backups._pg_tool("pg_restore"), *args, "--clean", "--if-exists", "--no-owner",
               "--single-transaction", "--exit-on-error", "-d", engine.url.database or "", str(self.source)]
        with tempfile.TemporaryFile("w+", encoding="utf-8", errors="replace") as err:
            proc = subprocess.Popen(cmd, env=env, stdout=subprocess.DEVNULL, stderr=err, text=True)
            blocked = _cancel_when_blocked(engine, proc, app)
            err.seek(0)
            stderr = err.read().strip()
        if proc.returncode:
            failed = RestoreFailed.of(stderr)
            if blocked:
                failed = RestoreFailed(failed.zh + "数据库正被其他电脑上的 JiarenBase 使用："
                                       "请先关闭所有电脑上的 JiarenBase 再恢复。",
                                       failed.en + " JiarenBase on another desktop is using the database: close "
                                       "it on every desktop, then restore again.")
            raise failed

    def discard(self) -> None:
        pass


def _cancel_when_blocked(engine: Engine, proc: subprocess.Popen, app: str) -> bool:
    """Wait for pg_restore. A desktop still working in the database holds locks the
    restore needs; pg_restore's own script turns lock_timeout off, so a statement
    that has waited for a lock for PG_LOCK_WAIT_S is cancelled here — the single
    transaction then rolls back and nothing changed. True when that happened."""
    blocked = False
    while proc.poll() is None:
        try:
            proc.wait(timeout=0.5)
        except subprocess.TimeoutExpired:
            pass
        else:
            break
        with engine.connect() as conn:
            stuck = conn.execute(text(
                "SELECT pid FROM pg_stat_activity WHERE application_name = :app AND wait_event_type = 'Lock' "
                "AND now() - query_start > make_interval(secs => :wait)"), {"app": app, "wait": PG_LOCK_WAIT_S}).all()
            for (pid,) in stuck:
                conn.execute(text("SELECT pg_cancel_backend(:pid)"), {"pid": pid})
                blocked = True
    engine.dispose()
    return blocked


def _target_schema(engine: Engine) -> str:
    with engine.connect() as conn:
        return conn.execute(text("SELECT current_schema()")).scalar() or "public"


# --------------------------------------------------------------------------- the steps

@contextmanager
def prepare(engine: Engine, source: Path) -> Iterator[Candidate]:
    """A verified candidate (its staging file is removed when the block ends)."""
    source = Path(source)
    if not source.is_file():
        raise RestoreRefused(f"找不到备份文件“{source}”。", f"Backup file '{source}' not found.")
    sqlite = engine.url.get_backend_name() == "sqlite"
    candidate = _SqliteCandidate(engine, source) if sqlite else _PgCandidate(engine, source)
    try:
        yield candidate
    finally:
        candidate.discard()


def table_counts(engine: Engine) -> dict[str, int]:
    """Row counts of the live database's JiarenBase tables (to show beside the backup's)."""
    from sqlalchemy import inspect

    present = set(inspect(engine).get_table_names())
    with engine.connect() as conn:
        return {name: conn.execute(select(func.count()).select_from(table)).scalar() or 0
                for name, table in sorted(Base.metadata.tables.items()) if name in present}


def restore(engine: Engine, source: Path) -> BackupContents:
    """Verify, then swap (no safety copy, no question: services.backup.restore_from does those)."""
    with prepare(engine, source) as candidate:
        candidate.swap_in(engine)
        return candidate.contents
