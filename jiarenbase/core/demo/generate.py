"""Build a realistic demo database: the partner schools, 21 enterprise clients,
mentors, cohorts in every stage with attendance, drills and live sessions in the
10 rooms (never clashing), scripts, videos, exams with 一试双证 certificates,
placements of every outcome, training orders and users."""
from __future__ import annotations

import json
import random
from dataclasses import dataclass
from datetime import date, datetime, timedelta
from decimal import Decimal

from sqlalchemy import func, select, update

from ..db.models import (
    Attendance,
    Certificate,
    Cohort,
    EnterpriseClient,
    EnterpriseTrainingOrder,
    Exam,
    ExamRegistration,
    ExamResult,
    LiveRoom,
    Mentor,
    MentorAssignment,
    PartnerSchool,
    Placement,
    PlacementFollowUp,
    PracticeSession,
    RoomBooking,
    RubricCriterion,
    SalesScript,
    ScriptVersion,
    ServiceAgreement,
    SessionScore,
    Setting,
    ShortVideo,
    StageRecord,
    Student,
    StudentAppraisal,
    SubsidyMaterials,
    SubsidyRate,
    TrainingModule,
    User,
)
from ..domain.enums import (
    AttendanceStatus,
    CertificateKind,
    CohortStatus,
    EvidenceLevel,
    Occupation,
    PlacementOutcome,
    Platform,
    RegistrationStatus,
    Role,
    SessionKind,
    Sex,
    SkillLevel,
    Stage,
    StageResult,
    StudentStatus,
)
from ..domain.idcard import check_char
from ..domain.metrics import rubric_average_percent
from ..domain.subsidy import DEFAULT_RATES, months_since_start
from ..errors import JiarenError
from ..services import base_profile, completion_certificates, users
from ..services.clients import service_end
from ..services.common import audit
from ..services.context import Actor, Database
from . import vocabulary as v
from .schedule import RoomPlanner

PASSWORD = "Jiaren@2025"
DEMO_LOGINS = (("admin", PASSWORD, Role.ADMIN), ("jiaowu", PASSWORD, Role.STAFF),
               ("mentor", PASSWORD, Role.MENTOR))
DEMO_SETTING = "demo_logins"
# (months before today the cohort started, its students' stage)
COHORT_PLAN = ((30, Stage.COMPLETED), (24, Stage.COMPLETED), (18, Stage.COMPLETED), (12, Stage.COMPLETED),
               (6, Stage.LIVE), (3, Stage.PROJECT), (1, Stage.COGNITIVE))


@dataclass(frozen=True)
class DemoResult:
    created: bool
    students: int
    sessions: int
    logins: tuple[tuple[str, str, str], ...]


def _months_ago(today: date, months: int) -> date:
    y, m = divmod(today.year * 12 + today.month - 1 - months, 12)
    return date(y, m + 1, 1)


class _Builder:
    def __init__(self, s, rng: random.Random, today: date) -> None:
        self.s, self.rng, self.today = s, rng, today
        self.planner = RoomPlanner([r.id for r in s.scalars(select(LiveRoom).order_by(LiveRoom.code))])
        self.criteria = list(s.scalars(select(RubricCriterion).order_by(RubricCriterion.position)))
        self.ids: set[str] = set()
        self.sessions = 0
        self.talent = 0.0  # the current student's knack, in rubric points
        self.in_training: list[tuple[Student, Mentor]] = []  # project/live students, for this week's bookings

    def person(self) -> tuple[str, Sex, str, str, bool]:
        rng = self.rng
        sex = rng.choice([Sex.FEMALE, Sex.FEMALE, Sex.MALE])
        name = rng.choice(v.SURNAMES) + rng.choice(v.GIVEN_FEMALE if sex is Sex.FEMALE else v.GIVEN_MALE)
        shanghai = rng.random() < 0.55
        district = rng.choice(v.SHANGHAI_DISTRICTS)
        region = v.REGIONS_SHANGHAI[district] if shanghai else rng.choice(v.REGIONS_ELSEWHERE)
        while True:
            born = date(self.today.year - rng.randint(18, 23), rng.randint(1, 12), rng.randint(1, 28))
            seq = rng.randint(0, 99) * 10 + rng.choice([1, 3, 5, 7, 9] if sex is Sex.MALE else [0, 2, 4, 6, 8])
            body = f"{region}{born:%Y%m%d}{seq:03d}"
            number = body + check_char(body)
            if number not in self.ids:
                self.ids.add(number)
                return name, sex, number, district, shanghai

    def scores(self, progress: float) -> tuple[list[SessionScore], float | None]:
        base = 58 + 30 * progress + self.talent
        raw = {c.id: max(0.0, min(100.0, round(self.rng.gauss(base, 7)))) for c in self.criteria}
        avg = rubric_average_percent({str(k): val for k, val in raw.items()}, 100)
        return [SessionScore(criterion_id=k, score=val) for k, val in raw.items()], avg

    def session(self, student: Student, mentor: Mentor, kind: SessionKind, when: date, progress: float) -> None:
        rng = self.rng
        room_id, booking_start = self.planner.place(when, mentor.id, student.id)
        booking = RoomBooking(room_id=room_id, start=booking_start, end=booking_start + timedelta(hours=2),
                              purpose=kind.zh, mentor_id=mentor.id, students=[student])
        self.s.add(booking)
        self.s.flush()
        if kind is SessionKind.LIVE_SESSION:
            viewers = rng.randint(300, 6000)
            conv = max(0.002, rng.gauss(0.012 + 0.02 * progress, 0.006))
        else:
            viewers = rng.randint(12, 60)
            conv = max(0.0, rng.gauss(0.05 + 0.1 * progress, 0.03))
        buyers = min(viewers, int(viewers * conv))
        orders = buyers + rng.randint(0, max(1, buyers // 5))
        price = Decimal(rng.choice([29.9, 39.9, 59, 68, 88, 128, 168]))
        gmv = (price * orders).quantize(Decimal("0.01"))
        scores, avg = self.scores(progress)
        self.s.add(PracticeSession(
            kind=kind, booking_id=booking.id, student_id=student.id, mentor_id=mentor.id, started_at=booking_start,
            ended_at=booking_start + timedelta(minutes=rng.choice([60, 90, 120])),
            platform=Platform.JIAREN if kind is SessionKind.LIVE_SESSION else rng.choice(list(Platform)[:3]),
            products="、".join(rng.sample(v.PRODUCTS, 2)), viewers=viewers,
            peak_concurrent=max(1, viewers // rng.randint(4, 10)), avg_watch_seconds=rng.randint(25, 180),
            comments=rng.randint(0, viewers // 3), likes=rng.randint(viewers // 2, viewers * 4),
            new_followers=rng.randint(0, viewers // 20 + 1), product_clicks=int(viewers * rng.uniform(0.05, 0.4)),
            orders=orders, buyers=buyers, gmv=gmv, refunds=(gmv * Decimal("0.03")).quantize(Decimal("0.01")),
            rubric_scale=100, rubric_average=avg, scores=scores, mentor_remarks=rng.choice(v.REMARKS),
            review_notes=rng.choice(v.REVIEWS) if kind is SessionKind.LIVE_SESSION else ""))
        self.sessions += 1

    def organisations(self) -> tuple[list[PartnerSchool], list[EnterpriseClient], list[Mentor]]:
        rng = self.rng
        schools = [PartnerSchool(name=n, short_name=sn, contact_person=rng.choice(v.SURNAMES) + "老师",
                                 contact_phone=f"021-5{rng.randint(1000000, 9999999)}") for n, sn in v.PARTNER_SCHOOLS]
        clients = [EnterpriseClient(name=n, industry=ind, contact_person=rng.choice(v.SURNAMES) + "经理",
                                    contact_phone=f"139{rng.randint(10000000, 99999999)}",
                                    since=_months_ago(self.today, rng.randint(6, 34)))
                   for n, ind in v.ENTERPRISE_CLIENTS]
        self.s.add_all(schools + clients)
        self.s.flush()
        mentors = [Mentor(name=n, specialties=spec, is_senior_streamer=senior, weekly_capacity=rng.choice([8, 10, 12]),
                          phone=f"138{rng.randint(10000000, 99999999)}", enterprise_id=rng.choice(clients).id)
                   for n, spec, senior in v.MENTORS]
        self.s.add_all(mentors)
        for c in clients:  # every client has had training delivered (21 served)
            start = c.since or self.today
            self.s.add(EnterpriseTrainingOrder(client_id=c.id, title=f"{c.industry}直播带货专项培训",
                                               trainees=rng.randint(5, 30), hours=rng.choice([8, 16, 24, 32]),
                                               start_date=start, end_date=start + timedelta(days=rng.randint(2, 10))))
        self.s.flush()
        return schools, clients, mentors

    def cohort(self, index: int, months_ago: int, stage: Stage, school: PartnerSchool, size: int,
               mentors: list[Mentor], clients: list[EnterpriseClient]) -> list[Student]:
        rng, s = self.rng, self.s
        start = _months_ago(self.today, months_ago)
        season = "春季" if start.month <= 6 else "秋季"
        done = stage is Stage.COMPLETED
        cohort = Cohort(code=f"ZB{start:%Y%m}-{index:02d}", name=f"{start.year}{season}直播实训{index}班",
                        school_id=school.id, start_date=start, end_date=start + timedelta(days=150),
                        status=CohortStatus.CLOSED if done else CohortStatus.ACTIVE)
        s.add(cohort)
        s.flush()
        modules = [TrainingModule(cohort_id=cohort.id, title=t, scheduled_on=start + timedelta(days=3 * i),
                                  hours=2) for i, t in enumerate(v.MODULES)]
        held = [m for m in modules if m.scheduled_on <= self.today]
        s.add_all(modules)
        s.flush()
        students = []
        order = list(Stage)
        for _ in range(size):
            name, sex, number, district, shanghai = self.person()
            # About one in five of an active cohort still works on the previous stage.
            lagging = stage in (Stage.PROJECT, Stage.LIVE) and rng.random() < 0.2
            st_stage = order[order.index(stage) - 1] if lagging else stage
            born = date(int(number[6:10]), int(number[10:12]), int(number[12:14]))
            st = Student(name=name, sex=sex, id_number=number, birth_date=born, school_id=school.id,
                         cohort_id=cohort.id, student_number=f"{start.year % 100}{rng.randint(100000, 999999)}",
                         major=rng.choice(v.MAJORS), class_name=f"{start.year % 100}级{rng.randint(1, 4)}班",
                         phone=f"1{rng.choice('3578')}{rng.randint(100000000, 999999999)}",
                         hukou_district=district if shanghai else "", residence_district=district,
                         shanghai_hukou=shanghai, stage=st_stage,
                         status=StudentStatus.COMPLETED if done else StudentStatus.ENROLLED,
                         left_school_on=date(start.year + 1, 6, 30) if done else None,
                         contact_consent=rng.random() < 0.8)
            s.add(st)
            students.append(st)
        s.flush()
        for st in students:
            mentor = rng.choice(mentors)
            self.training(st, cohort, held, mentor, st.stage, start)
            if st.stage in (Stage.PROJECT, Stage.LIVE):
                self.in_training.append((st, mentor))
        if done:
            self.outcomes(students, start, clients)
        return students

    def training(self, st: Student, cohort: Cohort, held: list[TrainingModule], mentor: Mentor,
                 stage: Stage, start: date) -> None:
        rng, s = self.rng, self.s
        self.talent = rng.gauss(0, 4)
        for m in held:
            roll = rng.random()
            status = AttendanceStatus.PRESENT if roll < 0.88 else (
                AttendanceStatus.LATE if roll < 0.95 else AttendanceStatus.ABSENT)
            s.add(Attendance(module_id=m.id, student_id=st.id, status=status,
                             reason="病假" if status is AttendanceStatus.ABSENT else ""))
        order = list(Stage)
        reached = order.index(stage)
        entered = {Stage.COGNITIVE: start, Stage.PROJECT: start + timedelta(days=30),
                   Stage.LIVE: start + timedelta(days=90), Stage.COMPLETED: start + timedelta(days=150)}
        for i, stg in enumerate(order[:reached + 1]):
            passed = i < reached
            s.add(StageRecord(student_id=st.id, stage=stg, entered_on=entered[stg],
                              signed_off_at=(datetime.combine(entered[order[i + 1]], datetime.min.time())
                                             if passed else None),
                              result=StageResult.PASSED if passed else None,
                              criteria_snapshot=json.dumps({}) if passed else ""))
            if stg is not Stage.COMPLETED:
                s.add(MentorAssignment(student_id=st.id, mentor_id=mentor.id, stage=stg, start_date=entered[stg],
                                       end_date=entered[order[i + 1]] if passed else None))
        if reached >= 1:  # drills from the project stage on
            drills = rng.randint(2, 5) if stage is Stage.PROJECT else rng.randint(5, 8)
            for k in range(drills):
                day = entered[Stage.PROJECT] + timedelta(days=7 * k + rng.randint(0, 4))
                if day <= self.today:
                    self.session(st, mentor, SessionKind.MOCK_DRILL, day, k / max(drills, 1))
            self.script(st, reached, entered[Stage.PROJECT])
        if reached >= 2:
            lives = rng.randint(0, 2) if stage is Stage.LIVE else rng.randint(3, 5)
            for k in range(lives):
                day = entered[Stage.LIVE] + timedelta(days=10 * k + rng.randint(0, 5))
                if day <= self.today:
                    self.session(st, mentor, SessionKind.LIVE_SESSION, day, 0.5 + k / 10)
            self.videos(st, entered[Stage.LIVE])

    def upcoming_bookings(self) -> None:
        """Room bookings from today to the end of next week for students in the
        project and live stages, so the room week and mentor workload show work ahead."""
        rng = self.rng
        for st, mentor in self.in_training:
            if rng.random() < 0.7:
                kind = SessionKind.LIVE_SESSION if st.stage is Stage.LIVE else SessionKind.MOCK_DRILL
                day = self.today + timedelta(days=rng.randint(1, 13 - self.today.weekday()))
                room_id, start = self.planner.place(day, mentor.id, st.id)
                self.s.add(RoomBooking(room_id=room_id, start=start, end=start + timedelta(hours=2),
                                       purpose=kind.zh, mentor_id=mentor.id, students=[st]))

    def script(self, st: Student, reached: int, since: date) -> None:
        rng = self.rng
        product = rng.choice(v.PRODUCTS)
        script = SalesScript(student_id=st.id, title=f"{product}直播话术", product=product)
        self.s.add(script)
        self.s.flush()
        body = rng.choice(v.SCRIPT_OPENINGS).format(p=product)
        for n in range(1, rng.randint(2, 2 + reached) + 1):
            body = body + rng.choice(v.SCRIPT_BODIES)
            written = datetime.combine(min(self.today, since + timedelta(days=6 * n)), datetime.min.time()) \
                + timedelta(hours=rng.randint(1, 10))  # stored in UTC: Shanghai's working day
            self.s.add(ScriptVersion(script_id=script.id, version_no=n, body=body, created_at=written,
                                     updated_at=written, mentor_comment=rng.choice(v.REMARKS) if n > 1 else ""))

    def videos(self, st: Student, since: date) -> None:
        rng, prev = self.rng, None
        for n in range(rng.randint(1, 3)):
            views = rng.randint(300, 20000)
            video = ShortVideo(student_id=st.id, title=f"{rng.choice(v.PRODUCTS)}开箱第{n + 1}版",
                               platform=rng.choice([Platform.DOUYIN, Platform.KUAISHOU, Platform.WECHAT_CHANNELS]),
                               published_on=min(self.today, since + timedelta(days=5 * n)), views=views,
                               likes=rng.randint(0, views // 10), comments=rng.randint(0, views // 50),
                               iteration_of_id=prev)
            self.s.add(video)
            self.s.flush()
            prev = video.id

    def outcomes(self, students: list[Student], start: date, clients: list[EnterpriseClient]) -> None:
        rng, s = self.rng, self.s
        exam_day = start + timedelta(days=140)
        level = rng.choice([SkillLevel.JUNIOR, SkillLevel.INTERMEDIATE, SkillLevel.INTERMEDIATE, SkillLevel.SENIOR])
        exams = [Exam(occupation=Occupation.STREAMER, work_type="", level=level,
                      exam_date=exam_day, evaluating_org="上海市职业技能鉴定中心", dual_certificate=True,
                      enterprise_issuer="自家人（上海）文化有限公司"),
                 Exam(occupation=Occupation.INTERNET_MARKETER, work_type="直播销售员", level=SkillLevel.JUNIOR,
                      exam_date=exam_day + timedelta(days=3), evaluating_org="上海市职业技能鉴定中心")]
        s.add_all(exams)
        s.flush()
        serial = {k: s.scalar(select(func.count()).select_from(Certificate).where(Certificate.kind == k)) or 0
                  for k in CertificateKind}
        for st in students:
            sits = exams if rng.random() < 0.5 else exams[:1]
            # 报名 list: who sat is 参考; every third of the others registered but stayed away (缺考)
            s.add_all(ExamRegistration(exam_id=exam.id, student_id=st.id, note="",
                                       status=RegistrationStatus.SAT if exam in sits else RegistrationStatus.ABSENT)
                      for exam in exams if exam in sits or st.id % 3 == 0)
            for exam in sits:
                score = round(rng.gauss(74, 10), 1)
                result = ExamResult(exam_id=exam.id, student_id=st.id, score=max(0, min(100, score)),
                                    passed=score >= 60)
                s.add(result)
                s.flush()
                if not result.passed:
                    continue
                kinds = [CertificateKind.SKILL_LEVEL] + ([CertificateKind.ENTERPRISE] if exam.dual_certificate else [])
                for kind in kinds:
                    serial[kind] += 1
                    prefix = "JRZJ" if kind is CertificateKind.SKILL_LEVEL else "JRQY"
                    s.add(Certificate(student_id=st.id, exam_result_id=result.id, kind=kind,
                                      occupation=exam.occupation, work_type=exam.work_type, level=exam.level,
                                      number=f"{prefix}{exam.exam_date.year}{serial[kind]:06d}",
                                      issued_on=exam.exam_date + timedelta(days=20),
                                      issuer=exam.enterprise_issuer if kind is CertificateKind.ENTERPRISE
                                      else exam.evaluating_org))
            if st is not students[0] and rng.random() < 0.06:
                continue  # no outcome recorded yet: waits to be archived to the talent pool
            self.placement(st, clients, flexible=st is students[0])

    def placement(self, st: Student, clients: list[EnterpriseClient], flexible: bool = False) -> None:
        """`flexible`: this graduate works flexibly (every cohort has one, for the subsidy view)."""
        rng, s = self.rng, self.s
        outcome = rng.choices(list(PlacementOutcome), weights=[10, 16, 14, 8, 48, 4])[0]
        if flexible:
            outcome = PlacementOutcome.FLEXIBLE_EMPLOYMENT
        left = st.left_school_on or self.today
        client = rng.choice(clients) if outcome in (PlacementOutcome.EMPLOYED_ON_GRADUATION,
                                                    PlacementOutcome.SIGNED_ENTERPRISE_PROJECT) else None
        begin = left + timedelta(days=rng.randint(0, 60)) if outcome not in (
            PlacementOutcome.TALENT_POOL, PlacementOutcome.UNKNOWN, PlacementOutcome.FURTHER_STUDY) else None
        p = Placement(student_id=st.id, outcome=outcome, employer_client_id=client.id if client else None,
                      employer_name=client.name if client else ("个人直播工作室" if begin else ""),
                      position=rng.choice(v.POSITIONS) if begin else "", start_date=begin,
                      evidence=rng.choice(list(EvidenceLevel)),
                      insured_pension_medical=outcome is PlacementOutcome.FLEXIBLE_EMPLOYMENT and rng.random() < 0.7,
                      subsidy_months_used=_months_used(rng.randint(0, 12), begin, self.today)
                      if outcome is PlacementOutcome.FLEXIBLE_EMPLOYMENT else 0)
        s.add(p)
        s.flush()
        if outcome is PlacementOutcome.FLEXIBLE_EMPLOYMENT:  # 补贴: the first materials already handed in
            s.add(SubsidyMaterials(student_id=st.id, ticked=json.dumps(
                ["身份证原件及复印件", "普通高等学校毕业证书原件及复印件"], ensure_ascii=False)))
        if begin:
            for days in (30, 90, 180):
                due = begin + timedelta(days=days)
                done = due < self.today - timedelta(days=7) and rng.random() < 0.85  # some calls still owed
                s.add(PlacementFollowUp(placement_id=p.id, day_mark=days, due_on=due,
                                        done_on=due if done else None, still_employed=True if done else None))
        if outcome is PlacementOutcome.TALENT_POOL:
            st.in_talent_pool = True
            st.skills = "、".join(rng.sample(["主播", "数据复盘", "短视频剪辑", "话术撰写", "直播中控", "选品"], 3))
        # Enterprise projects often come with a service period (the employer paid the training).
        if client and rng.random() < (0.6 if outcome is PlacementOutcome.SIGNED_ENTERPRISE_PROJECT else 0.25):
            fee = Decimal(rng.choice([3000, 5000, 8000]))
            months = rng.choice([12, 24])
            s.add(ServiceAgreement(student_id=st.id, employer_client_id=client.id, employer_name=client.name,
                                   service_months=months, special_training_fee_paid=True,
                                   fee_amount=fee, start_date=begin, end_date=service_end(begin, months)))


def _months_used(drawn: int, begin: date | None, today: date) -> int:
    """Subsidised months already used: never more than the months since flexible work began."""
    return min(drawn, months_since_start(begin, today)) if begin else 0


def _appraisals(s, seed: int) -> None:
    """A mentor's 鉴定意见 for most completed students (the rest are left to write on paper)."""
    rng = random.Random(seed + 1)  # its own sequence: the rest of the demo stays as it was
    for sid in s.scalars(select(Student.id).where(Student.stage == Stage.COMPLETED).order_by(Student.id)):
        if rng.random() < 0.8:
            s.add(StudentAppraisal(student_id=sid, opinion=rng.choice(v.APPRAISALS)))


def _is_empty(s) -> bool:
    return not s.scalar(select(func.count()).select_from(Student)) and \
        not s.scalar(select(func.count()).select_from(Cohort))


def build_demo(db: Database, students: int = 240, seed: int = 2025, today: date | None = None,
               actor: Actor | None = None) -> DemoResult:
    """Fill an empty database with demo data (one transaction). On a database that
    already holds demo data nothing is added; on one with real data it refuses.
    `actor` (default: the local administrator) is who the audit entries name."""
    today = today or date.today()
    system = actor or Actor.system()
    logins = tuple((u, p, r.zh) for u, p, r in DEMO_LOGINS)
    with db.transaction() as s:
        if not _is_empty(s):
            if s.get(Setting, DEMO_SETTING) is not None:
                return DemoResult(False, s.scalar(select(func.count()).select_from(Student)) or 0,
                                  s.scalar(select(func.count()).select_from(PracticeSession)) or 0, logins)
            raise JiarenError("数据库里已有正式数据，不能再写入演示数据。请用 --data-dir 或 --db 指定一个新的数据库。",
                              "The database already holds real data; use --data-dir or --db for a new one.")
        taken = sorted(s.scalars(select(User.username).where(
            func.lower(User.username).in_([u for u, _, _ in DEMO_LOGINS]))))
        if taken:  # the demo logins are added after the data; refuse before writing anything
            raise JiarenError(f"数据库里已有用户“{'、'.join(taken)}”，与演示账号重名。"
                              "请用 --data-dir 或 --db 指定一个新的数据库。",
                              f"The database already has the user(s) {', '.join(taken)}, which the demo logins "
                              "would clash with; use --data-dir or --db for a new one.")
        if students < len(COHORT_PLAN):
            raise JiarenError(f"学员人数至少为 {len(COHORT_PLAN)}。",
                              f"--students must be at least {len(COHORT_PLAN)}.")
        b = _Builder(s, random.Random(seed), today)
        schools, clients, mentors = b.organisations()
        base_profile.store_profile(s, system, base_profile.DEMO_PROFILE)
        per = students // len(COHORT_PLAN)
        made = 0
        for i, (months, stage) in enumerate(COHORT_PLAN):
            size = per if i < len(COHORT_PLAN) - 1 else students - made
            team = mentors[(i * 3) % len(mentors):][:4] or mentors[:4]
            made += len(b.cohort(i + 1, months, stage, schools[i % len(schools)], size, team, clients))
        b.upcoming_bookings()
        for rates in DEFAULT_RATES.values():  # the subsidy figures staff would confirm in settings
            s.add(SubsidyRate(year=rates.year, minimum_base=rates.minimum_base,
                              contribution_rate=rates.contribution_rate, share=rates.share))
        audit(s, system, "demo", "database", None, after={"students": made, "seed": seed})
        s.add(Setting(key=DEMO_SETTING, value=json.dumps([[u, p, r.value] for u, p, r in DEMO_LOGINS])))
        first_mentor_id = mentors[(4 * 3) % len(mentors)].id  # guides the live-stage cohort
        sessions = b.sessions
    users.add_user(db, system, "admin", PASSWORD, Role.ADMIN, "基地管理员")
    staff = users.add_user(db, system, "jiaowu", PASSWORD, Role.STAFF, "教务老师")
    users.add_user(db, system, "mentor", PASSWORD, Role.MENTOR, "导师", mentor_id=first_mentor_id)
    with db.transaction() as s:  # the demo's sign-offs carry a signer, as real ones do
        s.execute(update(StageRecord).where(StageRecord.signed_off_at.is_not(None)).values(signed_off_by=staff.id))
        completion_certificates.ensure_register(s, system, s.scalars(select(Student.id)).all())
        _appraisals(s, seed)
    return DemoResult(True, made, sessions, logins)
