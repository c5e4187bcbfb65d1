"""工作台: the base in figures. Staff see KPI cards and charts read from one
`summary()` call (the same figures `jiarenbase summary --json` prints, so the two agree),
then the students awaiting sign-off per stage (`awaiting_sign_off()`, read apart: it weighs
every open student's evidence); mentors see their own students and their students'
sessions (`mentor_summary()`). Every card's figure is the count of the list it opens
through `open_list(page_key, filters)` (the list's 共 N 条); the follow-ups card shows
the follow-ups panel below, which lists them."""
# zh_CN: English → 中文
#   Reload → 刷新
#   Stage funnel (students who reached each stage) → 阶段漏斗（到达各阶段的学员）
#   Placements by outcome (latest per student) → 就业去向（每人最新一条）
#   Skill-level certificates by level → 职业技能等级证书（按等级）
#   Room utilisation this week → 本周直播间利用率
#   Conversion rate of live sessions, by month → 实战直播转化率（按月）
#   Follow-ups due → 待回访
#   Conversion (12 months) → 转化率（近 12 个月）
#   Live rooms → 直播间
#   This week %1 booked → 本周利用率 %1
#   %1 overdue → 逾期 %1 条
#   %1 due within %2 days → %2 天内到期 %1 条
#   %1 buyers of %2 viewers → 观众 %2 人，购买 %1 人
#   No live sessions yet → 暂无实战直播
#   Intermediate or above: %1 → 中级工及以上：%1
#   %1 students in all → 共 %1 名学员
#   Click a figure to open the list behind it. → 点击任一数字或图表，打开对应的明细列表。
#   %1 awaiting sign-off → 待签核 %1 人
#   Students at this stage; below: ready for sign-off → 该阶段的学员；下方：可签核人数
#   My students' sessions → 我的学员的实训
#   Clients on file → 企业客户
#   %1 served → 已服务 %1 家
#   Placement records with this outcome → 该去向的就业记录
#   Shows the follow-ups below → 查看下方的待回访
from __future__ import annotations

from datetime import date

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QWidget

from ...core.domain.enums import CertificateKind, PlacementOutcome, SessionKind, SkillLevel, Stage
from ...core.errors import JiarenError
from ...core.services import summary as summary_svc
from ..context import AppContext
from ..forms.ui_dashboard_page import Ui_DashboardPage
from ..widgets.dashboard_bar_chart import DashboardBarChart
from ..widgets.dashboard_card import DashboardCard
from ..widgets.dashboard_follow_ups import DashboardFollowUps
from ..widgets.dashboard_trend_chart import DashboardTrendChart

STAGE_CARDS = {"cognitive": Stage.COGNITIVE, "project": Stage.PROJECT, "live": Stage.LIVE,
               "completed": Stage.COMPLETED}


def _n(value: int) -> str:
    return f"{value:,}"


class DashboardPage(QWidget):
    """`refresh()` reads the figures (through ctx.ops, newest request only);
    `open_list(key, filters)` asks the main window to show the page `key` (students,
    placements, …) with `filters` chosen."""

    open_list = Signal(str, object)

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.today: date | None = None  # None: the computer's date (tests fix it)
        self.data: summary_svc.SummaryDTO | summary_svc.MentorSummaryDTO | None = None
        self.awaiting: dict[str, int] | None = None  # 待签核 per stage (staff)
        self.ui = Ui_DashboardPage()
        self.ui.setupUi(self)
        self.ui.title.setText(self.tr("Dashboard"))
        self.ui.title.setStyleSheet("font-size: 20px; font-weight: 600;")
        self.ui.subtitle.setText(self.tr("Loading figures…"))
        self.ui.reload.setText(self.tr("Reload"))
        self.ui.reload.clicked.connect(self.refresh)
        self.cards: dict[str, DashboardCard] = {}
        self.targets: dict[str, tuple[str, dict]] = {}
        if ctx.is_mentor:
            self._build_mentor()
        else:
            self._build_staff()

    # -- layout --------------------------------------------------------------------
    def _card(self, key: str, title: str, page: str, filters: dict, columns: int, tooltip: str = "") -> None:
        card = DashboardCard(title, tooltip, parent=self)
        i = len(self.cards)
        self.ui.cards.addWidget(card, i // columns, i % columns)
        self.cards[key] = card
        self.targets[key] = (page, filters)
        card.clicked.connect(lambda k=key: self._card_clicked(k))

    def _card_clicked(self, key: str) -> None:
        if key == "follow_ups":  # listed in the panel below, not in a list page
            self.ui.scroll.ensureWidgetVisible(self.follow_ups)
            self.follow_ups.list.setFocus()
            return
        self.open_list.emit(*self.targets[key])

    def _build_mentor(self) -> None:
        """The mentor's own students (学员 list, as the service shows them to a mentor) and
        their sessions (实训记录 list): each figure is that list's total."""
        for key, title, page, filters in (
                ("students", self.tr("My students"), "students", {}),
                ("cognitive", self.tr("Cognitive stage"), "students", {"stage": Stage.COGNITIVE}),
                ("project", self.tr("Project stage"), "students", {"stage": Stage.PROJECT}),
                ("live", self.tr("Live-practice stage"), "students", {"stage": Stage.LIVE}),
                ("sessions", self.tr("My students' sessions"), "sessions", {}),
                ("drills", self.tr("Mock drills"), "sessions", {"kind": SessionKind.MOCK_DRILL}),
                ("lives", self.tr("Live sessions"), "sessions", {"kind": SessionKind.LIVE_SESSION}),
                ("completed", self.tr("Completed"), "students", {"stage": Stage.COMPLETED})):
            self._card(key, title, page, filters, 4)

    def _build_staff(self) -> None:
        pl = PlacementOutcome
        cards = [("total", self.tr("Trained to date"), "students", {})]
        titles = {"cognitive": self.tr("Cognitive stage"), "project": self.tr("Project stage"),
                  "live": self.tr("Live-practice stage"), "completed": self.tr("Completed")}
        cards += [(key, titles[key], "students", {"stage": stage}) for key, stage in STAGE_CARDS.items()]
        records = self.tr("Placement records with this outcome")
        cards += [
            ("signed", self.tr("Signed to enterprise projects"), "placements",
             {"outcome": pl.SIGNED_ENTERPRISE_PROJECT}, records),
            ("employed", self.tr("Employed on graduation"), "placements", {"outcome": pl.EMPLOYED_ON_GRADUATION},
             records),
            ("pool", self.tr("Talent pool"), "students", {"in_talent_pool": True}),
            ("clients", self.tr("Clients on file"), "clients", {}),
            ("certificates", self.tr("Certificates"), "certificates", {}),
            ("sessions", self.tr("Practice sessions"), "sessions", {}),
            ("conversion", self.tr("Conversion (12 months)"), "sessions", {"kind": SessionKind.LIVE_SESSION}),
            ("rooms", self.tr("Live rooms"), "rooms", {}),
            ("follow_ups", self.tr("Follow-ups due"), "placements", {}, self.tr("Shows the follow-ups below")),
        ]
        for key, title, page, filters, *tip in cards:
            self._card(key, title, page, filters, 5, *tip)
        for key in ("cognitive", "project", "live"):
            self.cards[key].setToolTip(self.tr("Students at this stage; below: ready for sign-off"))
        self.funnel = DashboardBarChart(self.tr("Stage funnel (students who reached each stage)"))
        self.funnel.bar_clicked.connect(lambda stage: self.open_list.emit("students", {"stage": Stage(stage)}))
        self.outcomes = DashboardBarChart(self.tr("Placements by outcome (latest per student)"), horizontal=True)
        self.outcomes.bar_clicked.connect(
            lambda o: self.open_list.emit("placements", {"outcome": PlacementOutcome(o)}))
        self.levels = DashboardBarChart(self.tr("Skill-level certificates by level"), horizontal=True)
        self.levels.bar_clicked.connect(lambda lv: self.open_list.emit(
            "certificates", {"kind": CertificateKind.SKILL_LEVEL, "level": SkillLevel(lv)}))
        self.utilisation = DashboardBarChart(self.tr("Room utilisation this week"), horizontal=True, percent=True)
        self.utilisation.bar_clicked.connect(lambda _room: self.open_list.emit("rooms", {}))
        self.trend = DashboardTrendChart(self.tr("Conversion rate of live sessions, by month"), lang=self.ctx.lang)
        self.trend.clicked.connect(lambda: self.open_list.emit("sessions", {"kind": SessionKind.LIVE_SESSION}))
        self.follow_ups = DashboardFollowUps()
        self.follow_ups.student_clicked.connect(lambda sid: self.open_list.emit("placements", {"student_id": sid}))
        for i, w in enumerate((self.funnel, self.outcomes, self.levels, self.utilisation, self.trend,
                               self.follow_ups)):
            self.ui.charts.addWidget(w, i // 2, i % 2)

    # -- loading -------------------------------------------------------------------
    def refresh(self) -> None:
        if self.ctx.is_mentor:
            self.ctx.ops.run(self, summary_svc.mentor_summary, self.ctx.db, self.ctx.actor,
                             success=self.show_mentor_summary, failure=self._failed, latest="summary")
        else:
            self.ctx.ops.run(self, summary_svc.summary, self.ctx.db, self.ctx.actor, self.today, False, False,
                             success=self.show_summary, failure=self._failed, latest="summary")

    def _failed(self, exc: JiarenError) -> None:
        self.show_error(self.ctx.message(exc))

    def show_awaiting(self, counts: dict[str, int]) -> None:
        """待签核 per stage, under the stage cards (shown when the figures arrive, in either order)."""
        self.awaiting = counts
        if self.data is not None:
            self._show_awaiting()

    def _show_awaiting(self) -> None:
        for key, n in (self.awaiting or {}).items():
            if key in self.cards:
                self.cards[key].set_value(self.cards[key].value.text(),
                                          self.tr("%1 awaiting sign-off").replace("%1", _n(n)))

    def _awaiting_failed(self, exc: JiarenError) -> None:
        self.awaiting = None  # the stage cards keep their figures, without the line

    def show_mentor_summary(self, data: summary_svc.MentorSummaryDTO) -> None:
        self.data = data
        by_stage, kinds = data.by_stage, data.sessions_by_kind
        values = {"students": data.students, "cognitive": by_stage["cognitive"], "project": by_stage["project"],
                  "live": by_stage["live"], "completed": by_stage["completed"], "sessions": data.sessions,
                  "drills": kinds["mock_drill"], "lives": kinds["live_session"]}
        for key, value in values.items():
            self.cards[key].set_value(_n(value))
        self.ui.subtitle.setText(self.tr("Your students and the sessions you logged"))

    def show_summary(self, data: summary_svc.SummaryDTO) -> None:
        self.data = data
        st = data.students
        by_stage = st.by_stage
        self.cards["total"].set_value(_n(data.trained_to_date))
        for key in STAGE_CARDS:
            self.cards[key].set_value(_n(by_stage[key]))
        records = data.placements.records_by_outcome  # what the 就业 list counts under the outcome
        self.cards["signed"].set_value(_n(records["signed_enterprise_project"]))
        self.cards["employed"].set_value(_n(records["employed_on_graduation"]))
        self.cards["pool"].set_value(_n(st.in_talent_pool))
        clients = data.enterprise_clients
        self.cards["clients"].set_value(_n(clients.total), self.tr("%1 served").replace("%1", _n(clients.served)))
        certs = data.certificates
        senior = sum(n for lv, n in certs.skill_level_by_level.items()
                     if SkillLevel(lv).rank >= SkillLevel.INTERMEDIATE.rank)
        self.cards["certificates"].set_value(_n(certs.total),
                                             self.tr("Intermediate or above: %1").replace("%1", _n(senior)))
        self.cards["sessions"].set_value(_n(data.sessions.total))
        viewers = sum(m.viewers for m in data.conversion_trend)
        buyers = sum(m.buyers for m in data.conversion_trend)
        if viewers:
            self.cards["conversion"].set_value(f"{buyers / viewers:.2%}", self.tr("%1 buyers of %2 viewers")
                                               .replace("%1", _n(buyers)).replace("%2", _n(viewers)))
        else:
            self.cards["conversion"].set_value("—", self.tr("No live sessions yet"))
        self.cards["rooms"].set_value(_n(data.live_rooms), self.tr("This week %1 booked")
                                      .replace("%1", f"{data.rooms_this_week.ratio:.0%}"))
        fu = data.follow_ups
        self.cards["follow_ups"].set_value(
            _n(fu.overdue + fu.due_soon),
            self.tr("%1 overdue").replace("%1", _n(fu.overdue)) + " · " + self.tr(
                "%1 due within %2 days").replace("%1", _n(fu.due_soon)).replace("%2", str(fu.window_days)))
        self._show_awaiting()  # the last counts until the new ones arrive
        self._show_charts(data)
        # Read after the figures (not beside them): they show at once, this follows.
        self.ctx.ops.run(self, summary_svc.awaiting_sign_off, self.ctx.db, self.ctx.actor,
                         success=self.show_awaiting, failure=self._awaiting_failed, latest="awaiting")
        text = self.tr("%1 partner schools, %2 cohorts, %3 mentors")
        for i, value in enumerate((data.partner_schools, data.cohorts, data.mentors), start=1):
            text = text.replace(f"%{i}", str(value))
        self.ui.subtitle.setText(text + " · " + self.tr("Click a figure to open the list behind it."))

    def _show_charts(self, data: summary_svc.SummaryDTO) -> None:
        self.funnel.set_bars([(s.value, s.zh if self.ctx.lang == "zh" else s.value, data.stage_funnel[s.value])
                              for s in Stage])
        label = (lambda e: e.zh) if self.ctx.lang == "zh" else (lambda e: e.value.replace("_", " "))
        self.outcomes.set_bars([(o.value, label(o), data.placements.by_outcome[o.value]) for o in PlacementOutcome])
        self.levels.set_bars([(lv.value, label(lv), data.certificates.skill_level_by_level[lv.value])
                              for lv in SkillLevel])
        self.utilisation.set_bars([(r.room_id, r.name, r.ratio) for r in data.rooms_this_week.by_room])
        self.trend.set_months(data.conversion_trend)
        self.follow_ups.set_follow_ups(data.follow_ups)

    def show_error(self, message: str) -> None:
        self.ui.subtitle.setText(message)
