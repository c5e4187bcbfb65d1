"""The process the SIGKILL fault tests kill (test_sigkill_faults.py). POSIX only.

Run as a script, it imports JiarenBase once (≈0.7 s of CPU) and then serves
requests on stdin, one per line: "<scenario> <db_url> <run> <workdir>". For each
it forks a worker (a fork costs milliseconds; a fresh interpreter 0.7 s) that opens
the database, writes "pid <pid>" to stdout once it is ready, and then does the
scenario's work in a loop through the real services until it is killed:

- import:  a 200-row roster CSV → roster_import.preview_roster → import_roster
           (school, cohort and students in one transaction);
- session: sessions.log_session with six rubric scores;
- backup:  sessions.log_session, then services.backup.backup_now (page by page);
- create:  bootstrap.open_database on a new file, one after another (new-<run>-<k>.sqlite3):
           the schema of a new database is created, stamped and seeded.

Before each unit the worker appends "begin <unit>" to <workdir>/log-<run>.txt, and
after it has COMMITTED "done <unit> <details>": every "done" line names something
that must survive the kill. Lines are written with os.write (no buffer to lose).
When the worker is gone the server answers "exit <wait status>".
"""
from __future__ import annotations

import os
import sys
import traceback
from datetime import date, datetime, timedelta
from pathlib import Path

from sqlalchemy import select
from sqlalchemy.orm import configure_mappers

from jiarenbase.core.db.engine import create_engine
from jiarenbase.core.db.models import RubricCriterion, Student
from jiarenbase.core.domain.enums import SessionKind
from jiarenbase.core.domain.idcard import check_char
from jiarenbase.core.domain.metrics import SessionCounts
from jiarenbase.core.services import backup as backup_service, roster_import, sessions
from jiarenbase.core.services.context import Actor, Database

ROWS = 200
SCHOOL = "故障测试学院"
ADMIN = Actor.system()


def id_number(batch: int, seq: int) -> str:
    """A valid, unique 18-digit ID number: one birth date per batch, seq 1..999."""
    born = date(1980, 1, 1) + timedelta(days=batch)  # batches 0..9,999: born 1980–2007
    first17 = f"310116{born:%Y%m%d}{seq:03d}"
    return first17 + check_char(first17)


SURNAMES = "王李张刘陈杨黄赵吴周"
GIVEN = "伟芳娜敏静丽强磊军洋勇艳杰娟涛明超秀霞平"


def person_name(batch: int, seq: int) -> str:
    return SURNAMES[batch % 10] + GIVEN[seq % 20] + GIVEN[(seq // 20 + batch) % 20]


def cohort_code(run: int, j: int) -> str:
    return f"K{run:02d}-{j:02d}"


def write_roster(path: Path, batch: int) -> Path:
    lines = ["姓名,身份证号,手机号,专业"]
    lines += [f"{person_name(batch, i)},{id_number(batch, i)},139{batch:04d}{i:04d},电子商务"
              for i in range(1, ROWS + 1)]
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return path


class Log:
    def __init__(self, path: Path):
        self.fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_APPEND, 0o644)

    def __call__(self, line: str) -> None:
        os.write(self.fd, (line + "\n").encode("utf-8"))


def session_input(student_id: int, criteria: list[int], n: int) -> sessions.SessionInput:
    start = datetime(2025, 3, 1, 9, 0) + timedelta(minutes=n)
    return sessions.SessionInput(
        kind=SessionKind.MOCK_DRILL, student_id=student_id, started_at=start, ended_at=start + timedelta(minutes=30),
        counts=SessionCounts(viewers=100 + n % 50, comments=n % 17, orders=n % 5),
        scores={cid: float(60 + (n + k) % 40) for k, cid in enumerate(criteria)},
        mentor_remarks=f"故障测试 {n}")


def work(scenario: str, db: Database, run: int, workdir: Path, log: Log) -> None:
    if scenario == "import":
        j = 0
        while True:
            batch, code = run * 200 + j, cohort_code(run, j)  # room for 200 imports a run (~20 ms each)
            preview = roster_import.preview_roster(db, ADMIN, write_roster(workdir / f"roster-{run}.csv", batch))
            assert len(preview.accepted) == ROWS, preview.rejected[:1]
            log(f"begin import {code}")
            out = roster_import.import_roster(db, ADMIN, preview, SCHOOL, code)
            log(f"done import {code} {out.added}")
            j += 1
    with db.read() as s:
        students = list(s.scalars(select(Student.id).where(Student.deleted_at.is_(None)).order_by(Student.id)))
        criteria = list(s.scalars(select(RubricCriterion.id).where(RubricCriterion.deleted_at.is_(None))))
    n = run * 10_000
    while True:
        n += 1
        log(f"begin session {n}")
        dto = sessions.log_session(db, ADMIN, session_input(students[n % len(students)], criteria, n))
        log(f"done session {dto.id} {len(dto.scores)}")
        if scenario == "backup":
            log(f"begin backup {n}")
            path = backup_service.backup_now(db, ADMIN, workdir / "backups", keep=3, progress=lambda d, t: None)
            log(f"done backup {path.name}")


def create(run: int, workdir: Path) -> None:
    from jiarenbase.core.bootstrap import open_database

    log = Log(workdir / f"log-{run}.txt")
    os.write(1, f"pid {os.getpid()}\n".encode())
    k = 0
    while True:
        name = f"new-{run:02d}-{k:03d}.sqlite3"
        log(f"begin create {name}")
        open_database("sqlite:///" + str(workdir / name), workdir / "data").db.dispose()
        log(f"done create {name}")
        k += 1


def warm_up_creation() -> None:
    """Create one database here, before the forks: Alembic's imports and revision files
    are loaded once, so a worker's creation takes what it takes in a running app."""
    import tempfile

    from jiarenbase.core.bootstrap import open_database

    with tempfile.TemporaryDirectory() as tmp:
        open_database("sqlite:///" + str(Path(tmp) / "warm.sqlite3"), Path(tmp) / "data").db.dispose()


def worker(scenario: str, url: str, run: int, workdir: Path) -> None:
    if scenario == "create":
        create(run, workdir)
    db = Database(create_engine(url))
    with db.read() as s:  # connected: pragmas set, schema readable
        s.execute(select(Student.id).limit(1)).all()
    log = Log(workdir / f"log-{run}.txt")
    os.write(1, f"pid {os.getpid()}\n".encode())
    work(scenario, db, run, workdir, log)


def serve() -> None:
    configure_mappers()  # once here, not in every worker
    warm_up_creation()
    os.write(1, b"ready\n")
    for line in sys.stdin:
        scenario, url, run, workdir = line.split()
        pid = os.fork()
        if pid == 0:  # the worker: it only ever ends by being killed (or by an error)
            code = 3
            try:
                worker(scenario, url, int(run), Path(workdir))
            except BaseException:  # noqa: BLE001 - reported to the test through stderr and the status
                traceback.print_exc()
                sys.stderr.flush()
            os._exit(code)
        _, status = os.waitpid(pid, 0)
        os.write(1, f"exit {status}\n".encode())


if __name__ == "__main__":
    serve()
