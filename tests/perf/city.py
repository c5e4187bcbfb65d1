"""The city-scale database of issue 7 (the benchmark's big one), generated fast and cached:

    100,000 students, 2,000,000 practice sessions, 200,000 bookings, 50,000 placements,
    plus 7½ years of cohorts (2018-01 … 2025-09) from 60 partner schools, the 10 live rooms,
    150 mentors, mentor assignments, booking students, placement follow-ups (30/90/180 days),
    certificates, enterprise clients and training orders.

`city_database(work)` returns a `Database` on `work/city_v<VERSION>.sqlite3`, building it
when missing (bump VERSION when the data or the schema changes; older files are removed).
The schema comes from the app's own bootstrap (`open_database`: Alembic + seeded rooms and
criteria); the rows go in through SQLAlchemy Core `insert()` + executemany in chunks, a few
transactions, with journal_mode=OFF / synchronous=OFF only while generating. The insert
tables are "plain" copies of the ORM tables (same names and columns, NullType) so that the
2 M rows skip per-value type processing: values are passed already in the form SQLAlchemy
stores them on SQLite (enum codes, 'YYYY-MM-DD HH:MM:SS.ffffff', 'YYYY-MM-DD', 0/1).

Deterministic: one seeded `random.Random`. Run alone: `python tests/perf/city.py [work]`.
Not generated (not needed by the figures yet): session scores, exams/exam results, scripts,
short videos, stage records, attendance, users."""
from __future__ import annotations

import random
import sys
import time
from datetime import date, timedelta
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

VERSION = 5  # 2: schema 0002 (the dashboard index); 3: schema 0003 (summary indexes); 4, 5: 0005 (sessions list)
STUDENTS = 100_000
SESSIONS = 2_000_000
BOOKINGS = 200_000
PLACEMENTS = 50_000
SCHOOLS = 60
COHORTS = 300
MENTORS = 150
CLIENTS = 200
ORDERS = 600
ROOMS = 10
DELETED_EVERY = 400  # every 400th student is soft-deleted
LIVE_STUDENTS = STUDENTS - STUDENTS // DELETED_EVERY  # what the dashboard counts
TODAY = date(2025, 9, 10)  # the figures' "today" (as figures_dashboard's)
FIRST_DAY = date(2018, 1, 8)
CHUNK = 20_000
NOW = "2025-09-10 08:00:00.000000"


def cache_path(work: Path) -> Path:
    return work / f"city_v{VERSION}.sqlite3"


def city_database(work: Path, log=print):
    """The cached city-scale database (built on first use), opened the way the app opens it."""
    from jiarenbase.core.bootstrap import open_database

    path = cache_path(work)
    if not path.exists():
        for old in work.glob("city_v*.sqlite3*"):
            old.unlink()
        tmp = work / (path.name + ".building")
        t0 = time.perf_counter()
        opened = open_database("sqlite:///" + str(tmp), work / "city_data")
        _generate(opened.db.engine, log)
        opened.db.dispose()
        tmp.rename(path)
        log(f"city database built in {time.perf_counter() - t0:.0f} s: {path}")
    return open_database("sqlite:///" + str(path), work / "city_data").db


# -- values as SQLAlchemy stores them on SQLite ------------------------------------------

def _dt(day: date, hour: int, minute: int = 0) -> str:
    return f"{day.isoformat()} {hour:02d}:{minute:02d}:00.000000"


def _d(day: date | None) -> str | None:
    return day.isoformat() if day else None


def _plain(table):
    """A copy of `table` whose columns carry no type processing, and the defaults of its columns."""
    from decimal import Decimal
    from enum import Enum

    from sqlalchemy import Column, MetaData, Table
    from sqlalchemy.types import NullType

    plain = Table(table.name, MetaData(), *[Column(c.name, c.type if c.primary_key else NullType(),
                                                   primary_key=c.primary_key) for c in table.columns])
    defaults = {}
    for c in table.columns:
        if c.primary_key:
            continue
        value = None
        if c.name in ("created_at", "updated_at"):
            value = NOW
        elif c.name == "version":
            value = 1
        elif c.default is not None and c.default.is_scalar:
            value = c.default.arg
            if isinstance(value, Enum):
                value = value.value
            elif isinstance(value, bool):
                value = int(value)
            elif isinstance(value, Decimal):
                value = float(value)
        defaults[c.name] = value
    return plain, defaults


class _Writer:
    """Chunked executemany into one table; each chunk is one statement, the caller's transaction."""

    def __init__(self, conn, table, log, label: str):
        from sqlalchemy import insert

        plain, self.defaults = _plain(table)
        self.stmt, self.conn, self.log, self.label = insert(plain), conn, log, label
        self.rows: list[dict] = []
        self.count = 0

    def add(self, **values) -> None:
        row = dict(self.defaults)
        row.update(values)
        self.rows.append(row)
        if len(self.rows) >= CHUNK:
            self.flush()

    def flush(self) -> None:
        if self.rows:
            self.conn.execute(self.stmt, self.rows)
            self.count += len(self.rows)
            self.rows = []
            if self.count % 200_000 == 0:
                self.log(f"  {self.label}: {self.count:,}")

    def close(self) -> int:
        self.flush()
        self.log(f"  {self.label}: {self.count:,} rows")
        return self.count


# -- the generator -----------------------------------------------------------------------

SURNAMES = "王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘于蒋蔡余杜叶程苏魏吕丁任沈"
GIVEN = "伟芳娜敏静丽强磊军洋勇艳杰娟涛明超秀霞平刚桂英华玉兰萍红梅琳雪婷颖欣怡佳悦晨宇轩浩然子涵思雨梓"
DISTRICTS = ["金山区", "松江区", "奉贤区", "闵行区", "浦东新区", "徐汇区", "青浦区", "嘉定区", "宝山区", "杨浦区"]
MAJORS = ["电子商务", "市场营销", "网络营销与直播电商", "新媒体运营", "播音与主持", "物流管理", "国际贸易"]
PRODUCTS = ["金山黄桃", "枫泾丁蹄", "亭林雪瓜", "廊下蘑菇", "吕巷水果", "金山农民画文创", "蟠桃", "大米"]
OUTCOMES = (["employed_on_graduation"] * 30 + ["signed_enterprise_project"] * 20 + ["flexible_employment"] * 20
            + ["further_study"] * 8 + ["talent_pool"] * 10 + ["unknown"] * 12)
OCCUPATIONS = ["streamer"] * 5 + ["internet_marketer"] * 3 + ["all_media_operator"] + ["special_ability"]
LEVELS = ["junior"] * 5 + ["intermediate"] * 3 + ["senior"] + ["apprentice"]
PLATFORMS = ["douyin"] * 4 + ["jiaren"] * 3 + ["kuaishou", "wechat_channels", "taobao", "xiaohongshu"]
_ID_WEIGHTS = (7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2)


def _id_number(n: int, birth: date, male: bool) -> str:
    seq = (n // 2900) * 2 + (1 if male else 0)  # unique with the birth date (n % 2900 days)
    body = f"3101{16 + n % 3:02d}{birth:%Y%m%d}{seq:03d}"
    total = sum(int(ch) * w for ch, w in zip(body, _ID_WEIGHTS, strict=True))
    return body + "10X98765432"[total % 11]


def _generate(engine, log) -> None:
    from sqlalchemy import text

    from jiarenbase.core.db.models import (
        Base,
        Certificate,
        Cohort,
        EnterpriseClient,
        EnterpriseTrainingOrder,
        LiveRoom,
        Mentor,
        MentorAssignment,
        PartnerSchool,
        Placement,
        PlacementFollowUp,
        PracticeSession,
        RoomBooking,
        Student,
    )

    rnd = random.Random(7)
    t = Base.metadata.tables
    with engine.connect() as conn:
        for pragma in ("foreign_keys=OFF", "journal_mode=OFF", "synchronous=OFF", "cache_size=-262144",
                       "temp_store=MEMORY"):
            conn.exec_driver_sql(f"PRAGMA {pragma}")
        conn.commit()
        room_ids = [rid for (rid,) in conn.execute(text("SELECT id FROM live_room ORDER BY code"))]
        conn.commit()
        assert len(room_ids) == ROOMS, room_ids

        # Schools, enterprise clients, mentors, cohorts, training orders.
        with conn.begin():
            w = _Writer(conn, PartnerSchool.__table__, log, "partner schools")
            for i in range(1, SCHOOLS + 1):
                w.add(id=i, name=f"上海第{i}职业技术学校", short_name=f"职校{i}", in_shanghai=int(i % 7 != 0),
                      contact_person=rnd.choice(SURNAMES) + "老师", contact_phone=f"021-5{i:07d}",
                      address=f"{rnd.choice(DISTRICTS)}学府路{i}号")
            w.close()
            w = _Writer(conn, EnterpriseClient.__table__, log, "enterprise clients")
            for i in range(1, CLIENTS + 1):
                w.add(id=i, name=f"金山{rnd.choice(PRODUCTS)}电商企业{i}号", industry="直播电商",
                      since=_d(FIRST_DAY + timedelta(days=rnd.randrange(2500))))
            w.close()
            w = _Writer(conn, Mentor.__table__, log, "mentors")
            for i in range(1, MENTORS + 1):
                w.add(id=i, name=rnd.choice(SURNAMES) + rnd.choice(GIVEN) + rnd.choice(GIVEN),
                      phone=f"139{i:08d}", specialties="直播带货、话术", weekly_capacity=rnd.randint(8, 20),
                      enterprise_id=i if i <= CLIENTS and i % 2 else None, is_senior_streamer=int(i % 3 == 0),
                      active=int(i % 25 != 0))
            w.close()
            cohorts = []  # (id, school_id, start, end)
            span = (TODAY - timedelta(days=10) - FIRST_DAY).days
            w = _Writer(conn, Cohort.__table__, log, "cohorts")
            for i in range(1, COHORTS + 1):
                start = FIRST_DAY + timedelta(days=span * (i - 1) // (COHORTS - 1))
                end = start + timedelta(days=rnd.randint(90, 150))
                school = rnd.randint(1, SCHOOLS)
                status = "closed" if end < TODAY else "active"
                cohorts.append((i, school, start, end))
                w.add(id=i, code=f"C{start:%Y%m}-{i:03d}", name=f"{start.year}年第{i}期直播电商班", school_id=school,
                      start_date=_d(start), end_date=_d(end), status=status, rubric_scale=100)
            w.close()
            w = _Writer(conn, EnterpriseTrainingOrder.__table__, log, "training orders")
            for i in range(1, ORDERS + 1):
                start = FIRST_DAY + timedelta(days=rnd.randrange(span))
                w.add(id=i, client_id=rnd.randint(1, CLIENTS * 3 // 4), title="企业直播团队培训",
                      trainees=rnd.randint(5, 60), hours=float(rnd.choice((8, 16, 24, 40))),
                      start_date=_d(start), end_date=_d(start + timedelta(days=rnd.randint(1, 20))))
            w.close()

        # Students (with their assignment) and their sessions, in cohort order.
        log("students and sessions …")
        per_cohort = STUDENTS // COHORTS
        students = []  # (id, cohort index, status, stage, deleted)
        with conn.begin():
            ws = _Writer(conn, Student.__table__, log, "students")
            wa = _Writer(conn, MentorAssignment.__table__, log, "mentor assignments")
            for sid in range(1, STUDENTS + 1):
                ci = min((sid - 1) // per_cohort, COHORTS - 1)
                cid, school, start, end = cohorts[ci]
                progress = (TODAY - start).days / max(1, (end - start).days)
                r = rnd.random()
                if progress >= 1:
                    status = ("completed" if r < 0.80 else "withdrawn" if r < 0.92
                              else "suspended" if r < 0.94 else "enrolled")
                    stage = "completed" if status == "completed" else rnd.choice(("cognitive", "project", "live"))
                else:
                    status = "withdrawn" if r < 0.03 else "suspended" if r < 0.05 else "enrolled"
                    reach = min(2, int(progress * 3 + rnd.random() * 0.8))
                    stage = ("cognitive", "project", "live")[reach]
                male = r > 0.55
                birth = date(1998, 1, 1) + timedelta(days=sid % 2900)
                deleted = sid % DELETED_EVERY == 0
                mentor = 1 + (sid * 7919) % MENTORS
                students.append((sid, ci, status, stage, mentor))
                ws.add(id=sid, name=rnd.choice(SURNAMES) + rnd.choice(GIVEN) + rnd.choice(("", *GIVEN)),
                       sex="male" if male else "female", id_number=_id_number(sid, birth, male),
                       birth_date=_d(birth), student_number=f"S{start.year}{sid:06d}", school_id=school,
                       cohort_id=cid, major=rnd.choice(MAJORS), class_name=f"{start.year % 100}级{sid % 6 + 1}班",
                       phone=f"13{sid % 10}{sid:08d}", hukou_district=rnd.choice(DISTRICTS),
                       residence_district=rnd.choice(DISTRICTS), shanghai_hukou=int(rnd.random() < 0.6),
                       left_school_on=_d(end) if status == "completed" else None, status=status, stage=stage,
                       contact_consent=int(rnd.random() < 0.8),
                       deleted_at=_dt(TODAY - timedelta(days=sid % 300), 10) if deleted else None)
                wa.add(student_id=sid, mentor_id=mentor, stage="project" if stage == "cognitive" else stage,
                       start_date=_d(start), end_date=_d(end) if progress >= 1 else None)
            ws.close()
            wa.close()

        t0 = time.perf_counter()
        written = 0
        w = _Writer(conn, PracticeSession.__table__, log, "practice sessions")
        trans = conn.begin()
        d = 0
        for sid, ci, _status, stage, mentor in students:
            # 5–35 sessions each, paired so that the total is exactly SESSIONS.
            d = rnd.randint(0, 15) if sid % 2 else -d  # even students: minus the previous one's
            n = SESSIONS // STUDENTS + d
            _, _, start, end = cohorts[ci]
            last = min(end, TODAY - timedelta(days=1))
            days = max(1, (last - start).days)
            live_from = n * 3 // 5 if stage in ("live", "completed") else n
            for k in range(n):
                day = start + timedelta(days=days * k // n)
                hour = rnd.randint(8, 20)
                live = k >= live_from
                viewers = rnd.randint(80, 3000) if live else 0
                buyers = int(viewers * rnd.uniform(0.005, 0.05)) if live else 0
                orders = buyers + rnd.randint(0, buyers // 5 + 1) if live else 0
                w.add(kind="live_session" if live else "mock_drill", student_id=sid, mentor_id=mentor,
                      started_at=_dt(day, hour, 30 * (k % 2)), ended_at=_dt(day, hour + 1, 30 * (k % 2)),
                      platform=rnd.choice(PLATFORMS) if live else "jiaren",
                      products=PRODUCTS[(sid + k) % len(PRODUCTS)], viewers=viewers,
                      peak_concurrent=viewers // 8, avg_watch_seconds=rnd.randint(20, 240) if live else 0,
                      comments=viewers // 6, likes=viewers * 2, new_followers=viewers // 30,
                      product_clicks=viewers // 10, orders=orders, buyers=buyers,
                      gmv=round(orders * rnd.uniform(19, 89), 2), refunds=0.0,
                      rubric_average=round(min(98.0, 55 + k * 1.2 + rnd.uniform(-6, 10)), 1),
                      deleted_at=NOW if (sid + k) % 997 == 0 else None)
                written += 1
                if written % 500_000 == 0:  # a few transactions, not one giant one
                    w.flush()
                    trans.commit()
                    trans = conn.begin()
                    log(f"  sessions: {written:,} ({time.perf_counter() - t0:.0f} s)")
        w.close()
        trans.commit()
        assert written == SESSIONS, written

        # Bookings: per room, one-hour slots in opening time (08–22) walked forward with gaps,
        # so no two bookings of a room overlap; the last ones run into the weeks after TODAY.
        log("bookings …")
        with conn.begin():
            wb = _Writer(conn, RoomBooking.__table__, log, "bookings")
            wbs = _Writer(conn, t["booking_student"], log, "booking students")
            per_room = BOOKINGS // ROOMS
            bid = 0
            for room in room_ids:
                day, slot = FIRST_DAY, 0
                for _ in range(per_room):
                    slot += rnd.randint(0, 1)
                    length = rnd.choice((1, 2, 2))
                    if slot + length > 14:
                        day, slot = day + timedelta(days=1), rnd.randint(0, 1)
                    bid += 1
                    sid = 1 + rnd.randrange(STUDENTS)
                    wb.add(id=bid, room_id=room, start=_dt(day, 8 + slot), end=_dt(day, 8 + slot + length),
                           purpose=rnd.choice(("模拟演练", "实战直播", "实战直播", "短视频拍摄")),
                           mentor_id=1 + (sid * 7919) % MENTORS,
                           deleted_at=NOW if bid % 500 == 0 else None)
                    wbs.add(booking_id=bid, student_id=sid)
                    if bid % 3 == 0:
                        wbs.add(booking_id=bid, student_id=1 + (sid + 1) % STUDENTS)
                    slot += length
            wb.close()
            wbs.close()

        # Placements (latest per student counts; 4% of students have a second one), follow-ups,
        # certificates — for the students of finished cohorts.
        log("placements, follow-ups, certificates …")
        with conn.begin():
            wp = _Writer(conn, Placement.__table__, log, "placements")
            wf = _Writer(conn, PlacementFollowUp.__table__, log, "follow-ups")
            wc = _Writer(conn, Certificate.__table__, log, "certificates")
            done = [s for s in students if s[2] == "completed"]
            pid = cert = 0
            for sid, ci, _status, _stage, _mentor in done:
                end = cohorts[ci][3]
                times = 2 if sid % 25 == 0 else 1
                for _ in range(times):
                    if pid == PLACEMENTS:
                        break
                    pid += 1
                    outcome = rnd.choice(OUTCOMES)
                    employed = outcome in ("employed_on_graduation", "signed_enterprise_project",
                                           "flexible_employment")
                    start = end + timedelta(days=rnd.randint(0, 60)) if employed else None
                    if start and start > TODAY:
                        start = TODAY - timedelta(days=rnd.randint(0, 5))
                    client = rnd.randint(1, CLIENTS) if outcome != "flexible_employment" and employed else None
                    wp.add(id=pid, student_id=sid, outcome=outcome, employer_client_id=client,
                           employer_name=f"企业{client}" if client else "", position="主播" if employed else "",
                           start_date=_d(start),
                           evidence=rnd.choice(("self_reported", "mentor_confirmed", "employer_confirmed")),
                           insured_pension_medical=int(outcome == "flexible_employment" and rnd.random() < 0.5),
                           deleted_at=NOW if pid % 1000 == 0 else None)
                    for mark in (30, 90, 180) if start else ():
                        due = start + timedelta(days=mark)
                        late = due >= TODAY - timedelta(days=5) or rnd.random() < 0.01
                        wf.add(placement_id=pid, day_mark=mark, due_on=_d(due),
                               done_on=None if late else _d(due + timedelta(days=rnd.randint(0, 5))),
                               still_employed=None if late else int(rnd.random() < 0.85))
                if rnd.random() < 0.45:
                    cert += 1
                    wc.add(student_id=sid, kind="skill_level", occupation=rnd.choice(OCCUPATIONS),
                           work_type="直播销售员", level=rnd.choice(LEVELS), number=f"3100{cert:010d}",
                           issued_on=_d(end - timedelta(days=rnd.randint(0, 20))), issuer="上海市职业技能鉴定中心")
                if rnd.random() < 0.15:
                    cert += 1
                    wc.add(student_id=sid, kind="enterprise", occupation="streamer", level="junior",
                           number=f"E{cert:010d}", issued_on=_d(end), issuer="金山自家人直播基地")
            assert pid == PLACEMENTS, pid
            wp.close()
            wf.close()
            wc.close()
        log("ANALYZE …")
        conn.exec_driver_sql("ANALYZE")
        conn.commit()
        for pragma in ("journal_mode=WAL", "synchronous=NORMAL", "foreign_keys=ON"):
            conn.exec_driver_sql(f"PRAGMA {pragma}")
        conn.commit()
    _ = LiveRoom  # the rooms come from the bootstrap's seed_rooms


if __name__ == "__main__":
    folder = Path(sys.argv[1]) if len(sys.argv) > 1 else Path(__file__).resolve().parent / ".cache"
    folder.mkdir(exist_ok=True)
    started = time.perf_counter()
    city_database(folder).dispose()
    print(f"ready in {time.perf_counter() - started:.0f} s")
