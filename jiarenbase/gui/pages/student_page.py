"""学员档案: one student's page — header, key figures, the two learning curves
against the cohort median, the timeline of everything, the sales scripts (a
dialog) and the short videos (a tab). Usable as a page or as its own window (Esc
and Ctrl+W close the window)."""
# zh_CN: English → 中文
#   Student file → 学员档案
#   Student file — %1 → 学员档案 — %1
#   Loading… → 正在载入…
#   Sales scripts… → 话术…
#   Versions, diffs, mentor comments and the compliance check of this student's sales scripts
#     → 该学员话术的各个版本、版本对比、导师点评和合规检查
#   Refresh → 刷新
#   Growth and timeline → 成长曲线与时间线
#   Short videos → 短视频
#   Timeline → 时间线
#   Show: → 显示：
#   Needs attention only → 只看需关注
#   Absences, override sign-offs, overdue follow-ups and jobs left → 缺勤、特批签核、逾期回访和离职
#   No practice sessions yet → 尚无实训记录
#   The growth curves appear here once the first mock drill or live session is logged.
#     → 记录第一场模拟演练或实战直播后，这里会显示成长曲线。
#   All → 全部
#   Rubric average per session → 每场实训评分均值
#   Rubric average (0–100) → 评分均值（0–100）
#   Conversion rate per session → 每场实训转化率
#   Conversion rate (%) → 转化率（%）
#   Sessions → 实训场次
#   %1 mock drills, %2 live sessions → 模拟演练 %1 场，实战直播 %2 场
#   Average rubric → 平均评分
#   Best conversion → 最佳转化率
#   Certificates → 证书
#   Cohort %1 → 批次 %1
#   No cohort → 未分批次
#   Mentor: %1 → 导师：%1
#   Last mentor: %1 → 最后一位导师：%1
#   No mentor assigned → 未分配导师
#   ID %1 → 身份证 %1
#   Student no. %1 → 学号 %1
#   Median of %1 students of the cohort at each session number → 同批次 %1 名学员在第 N 场的中位数
#   %1 of %2 entries → %2 条中的 %1 条
#   %1 entries → %1 条
#   Could not open the student file → 无法打开学员档案
#   Short videos are not available in this version. → 此版本暂不提供短视频功能。
#   Sales scripts are not available in this version. → 此版本暂不提供话术功能。
from __future__ import annotations

import importlib
import importlib.util

from PySide6.QtCore import QEvent, Qt, Signal
from PySide6.QtGui import QKeySequence, QPalette, QShortcut
from PySide6.QtWidgets import QFrame, QLabel, QScrollArea, QVBoxLayout, QWidget

from ...core.domain.enums import SessionKind, Stage
from ...core.errors import JiarenError
from ...core.services import student_file as student_file_svc
from ...core.services.student_file import EventKind, StudentFile
from ..context import AppContext
from ..forms.ui_student_page import Ui_StudentPage
from ..models.timeline_model import TimelineModel, kind_icon, kind_label
from ..muted_text import muted_colour
from ..widgets.growth_chart import GrowthChart

STAGE_COLOURS = {Stage.COGNITIVE: "#0969da", Stage.PROJECT: "#8250df", Stage.LIVE: "#cf222e",
                 Stage.COMPLETED: "#1a7f37"}
CHART_MIN_HEIGHT = 200  # readable axes and legend; on a short screen (1280×720 at 125 %) the column scrolls
KPI_STYLE = "QFrame#kpi { border: 1px solid %s; border-radius: 6px; }"  # the palette's Mid


SCRIPTS_MODULE = "jiarenbase.gui.dialogs.scripts_dialog"
VIDEOS_MODULE = "jiarenbase.gui.widgets.videos_panel"


def available(module: str) -> bool:
    """Whether a module is part of this build (without importing it)."""
    return importlib.util.find_spec(module) is not None


def optional_class(module: str, name: str):
    """A class from a module that may not be part of this build (None then); a
    module that exists but fails to import raises as usual."""
    if not available(module):
        return None
    return getattr(importlib.import_module(module), name)


class _Kpi(QFrame):
    def __init__(self, title: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("kpi")
        layout = QVBoxLayout(self)
        layout.setContentsMargins(12, 6, 12, 6)
        layout.setSpacing(0)
        self.title = QLabel(title)
        self.value = QLabel("–")
        self.value.setStyleSheet("font-size: 20px; font-weight: 600;")
        self.hint = QLabel("")
        for w in (self.title, self.value, self.hint):
            layout.addWidget(w)
        self.apply_colours()

    def apply_colours(self) -> None:
        self.setStyleSheet(KPI_STYLE % self.palette().color(QPalette.ColorRole.Mid).name())
        for label in (self.title, self.hint):
            label.setStyleSheet(f"color: {muted_colour()};")


class StudentPage(QWidget):
    """`loaded` fires once the file is shown; `failed(message)` when it cannot be
    opened (not found, or not this mentor's student)."""

    loaded = Signal()
    failed = Signal(str)

    def __init__(self, ctx: AppContext, student_id: int, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx, self.student_id = ctx, student_id
        self.file: StudentFile | None = None
        self.ui = Ui_StudentPage()
        self.ui.setupUi(self)
        self.setWindowTitle(self.tr("Student file"))
        self.ui.nameLabel.setStyleSheet("font-size: 22px; font-weight: 600;")
        self.ui.timelineTitle.setStyleSheet("font-weight: 600;")
        self._apply_colours()
        self.kpis = {key: _Kpi(title, self) for key, title in (
            ("sessions", self.tr("Sessions")), ("rubric", self.tr("Average rubric")),
            ("conversion", self.tr("Best conversion")), ("certificates", self.tr("Certificates")))}
        for card in self.kpis.values():
            self.ui.kpiRow.addWidget(card)
        self.ui.kpiRow.addStretch(1)
        self.rubric_chart = GrowthChart(self.tr("Rubric average per session"), self.tr("Rubric average (0–100)"),
                                        "%d", self)
        self.conversion_chart = GrowthChart(self.tr("Conversion rate per session"), self.tr("Conversion rate (%)"),
                                            "%.0f%%", self)
        self.ui.chartsLayout.addWidget(self._chart_column(self.rubric_chart, self.conversion_chart))
        self.model = TimelineModel(self)
        self.ui.timelineView.setModel(self.model)
        header, fm = self.ui.timelineView.header(), self.ui.timelineView.fontMetrics()
        header.resizeSection(TimelineModel.WHEN, fm.horizontalAdvance("2025-12-31 23:59") + 48)  # + dot, margins
        header.resizeSection(TimelineModel.EVENT, fm.horizontalAdvance("话术「兴塔大米直播话术」第1版") + 16)
        self.ui.kindCombo.addItem(self.tr("All"), None)
        for kind in EventKind:
            self.ui.kindCombo.addItem(kind_icon(kind), kind_label(kind), kind)
        self.ui.splitter.setStretchFactor(0, 1)
        self.ui.splitter.setStretchFactor(1, 1)
        self.ui.splitter.setSizes([600, 600])
        self.ui.kindCombo.currentIndexChanged.connect(self._filter_changed)
        self.ui.notableCheck.toggled.connect(self._filter_changed)
        self.ui.refreshButton.clicked.connect(self.reload)
        self.ui.scriptsButton.clicked.connect(self.open_scripts)
        self.ui.tabs.currentChanged.connect(self._tab_changed)
        for keys in ("Esc", "Ctrl+W", "Ctrl+F4"):  # Ctrl+F4: Windows' own "close document"
            QShortcut(QKeySequence(keys), self, activated=self.close_window)
        self.videos_panel: QWidget | None = None
        self.scripts_dialog: QWidget | None = None
        if not available(SCRIPTS_MODULE):  # imported when first opened
            self.ui.scriptsButton.setEnabled(False)
            self.ui.scriptsButton.setToolTip(self.tr("Sales scripts are not available in this version."))
        self.reload()

    def _apply_colours(self) -> None:
        muted = muted_colour()
        self.ui.emptyLabel.setStyleSheet(f"font-size: 18px; color: {muted};")
        self.ui.emptyHint.setStyleSheet(f"color: {muted};")
        self.ui.metaLabel.setStyleSheet(f"color: {muted};")
        for card in getattr(self, "kpis", {}).values():
            card.apply_colours()

    def changeEvent(self, event) -> None:
        super().changeEvent(event)
        if event.type() == QEvent.Type.StyleChange:  # the theme changed (设置 → 主题)
            self._apply_colours()

    def _chart_column(self, *charts: GrowthChart) -> QScrollArea:
        """The charts one above the other, scrolling when the window is too short for both."""
        column = QWidget(self)
        layout = QVBoxLayout(column)
        layout.setContentsMargins(0, 0, 0, 0)
        for chart in charts:
            chart.setMinimumSize(280, CHART_MIN_HEIGHT)
            layout.addWidget(chart)
        scroll = QScrollArea(self)
        scroll.setObjectName("chartScroll")
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        scroll.setWidget(column)
        return scroll

    def close_window(self) -> None:
        """Esc, Ctrl+W: closes the student file when it is its own window (not as a page)."""
        if self.isWindow():
            self.close()

    # --- loading -------------------------------------------------------------------
    def reload(self) -> None:
        self.ctx.ops.run(self, student_file_svc.student_file, self.ctx.db, self.ctx.actor, self.student_id,
                         success=self.show_file, failure=self._failed, latest="file", busy=[self.ui.refreshButton])

    def _failed(self, exc: JiarenError) -> None:
        message = self.ctx.message(exc)
        self.ui.nameLabel.setText(self.tr("Could not open the student file"))
        self.ui.metaLabel.setText(message)
        self.ui.tabs.setEnabled(False)
        self.ui.scriptsButton.setEnabled(False)
        self.failed.emit(message)

    def show_file(self, f: StudentFile) -> None:
        self.file = f
        self.ui.tabs.setEnabled(True)
        self.setWindowTitle(self.tr("Student file — %1").replace("%1", f.name))
        self._show_header(f)
        self._show_kpis(f)
        self._show_charts(f)
        self.model.set_events(f.timeline, self.ctx.lang)
        self._update_count()
        self.loaded.emit()

    def _show_header(self, f: StudentFile) -> None:
        zh = self.ctx.lang != "en"
        self.ui.nameLabel.setText(f.name)
        stage = f.stage.zh if zh else f.stage.value
        self.ui.stageBadge.setText(stage)
        self.ui.stageBadge.setStyleSheet(
            f"background: {STAGE_COLOURS[f.stage]}; color: white; border-radius: 9px; padding: 2px 10px;")
        self.ui.statusLabel.setText(f.status.zh if zh else f.status.value)
        if f.mentor_name:
            mentor = (self.tr("Mentor: %1") if f.mentor_is_current else self.tr("Last mentor: %1")) \
                .replace("%1", f.mentor_name)
        else:
            mentor = self.tr("No mentor assigned")
        cohort = (self.tr("Cohort %1").replace("%1", f"{f.cohort_code} {f.cohort_name}".strip())
                  if f.cohort_id else self.tr("No cohort"))
        parts = [cohort, f.school_name, mentor, self.tr("ID %1").replace("%1", f.id_number_masked)]
        if f.student_number:
            parts.append(self.tr("Student no. %1").replace("%1", f.student_number))
        self.ui.metaLabel.setText("  ·  ".join(p for p in parts if p))

    def _show_kpis(self, f: StudentFile) -> None:
        k = f.kpis
        self.kpis["sessions"].value.setText(f"{k.sessions:,}")
        self.kpis["sessions"].hint.setText(self.tr("%1 mock drills, %2 live sessions")
                                           .replace("%1", f"{k.mock_drills:,}").replace("%2", f"{k.live_sessions:,}"))
        self.kpis["rubric"].value.setText("–" if k.average_rubric is None else f"{k.average_rubric:.1f}")
        self.kpis["conversion"].value.setText("–" if k.best_conversion is None else f"{k.best_conversion * 100:.1f}%")
        self.kpis["certificates"].value.setText(f"{k.certificates:,}")
        median = self.tr("Median of %1 students of the cohort at each session number") \
            .replace("%1", str(f.cohort_median.students))
        for key in ("rubric", "conversion"):
            self.kpis[key].hint.setText("")
            self.kpis[key].setToolTip(median)

    def _show_charts(self, f: StudentFile) -> None:
        if not f.growth:
            self.ui.chartStack.setCurrentWidget(self.ui.emptyPage)
            return
        self.ui.chartStack.setCurrentWidget(self.ui.chartsPage)
        rubric = [(p.number, p.rubric) for p in f.growth if p.rubric is not None]
        conversion = [(p.number, p.conversion * 100) for p in f.growth if p.conversion is not None]
        live = {p.number for p in f.growth if p.kind is SessionKind.LIVE_SESSION}
        m = f.cohort_median
        rubric_median = [(n, v) for n, v in enumerate(m.rubric, start=1) if v is not None]
        conversion_median = [(n, v * 100) for n, v in enumerate(m.conversion, start=1) if v is not None]
        self.rubric_chart.set_data(f.name, rubric, rubric_median, [pt for pt in rubric if pt[0] in live], 100)
        top = max([v for _, v in conversion] + [v for _, v in conversion_median] + [1.0])
        self.conversion_chart.set_data(f.name, conversion, conversion_median,
                                       [pt for pt in conversion if pt[0] in live], top * 1.1)

    # --- timeline filter -------------------------------------------------------------
    def _filter_changed(self, *_args) -> None:
        data = self.ui.kindCombo.currentData()  # Qt hands the str enum back as a plain str
        self.model.set_filter(EventKind(data) if data else None, self.ui.notableCheck.isChecked())
        self._update_count()

    def _update_count(self) -> None:
        shown, total = self.model.rowCount(), self.model.total()
        text = self.tr("%1 entries").replace("%1", f"{total:,}") if shown == total else \
            self.tr("%1 of %2 entries").replace("%1", f"{shown:,}").replace("%2", f"{total:,}")
        self.ui.countLabel.setText(text)

    # --- scripts and videos (built by their own modules, opened on demand) ----------------
    def open_scripts(self) -> None:
        ScriptsDialog = optional_class(SCRIPTS_MODULE, "ScriptsDialog")
        if ScriptsDialog is None:
            return
        self.scripts_dialog = ScriptsDialog(self.ctx, self.student_id, self)
        self.scripts_dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.scripts_dialog.finished.connect(self.reload)  # new versions show in the timeline
        self.scripts_dialog.open()

    def _tab_changed(self, index: int) -> None:
        if self.ui.tabs.widget(index) is self.ui.videosTab and self.videos_panel is None:
            VideosPanel = optional_class(VIDEOS_MODULE, "VideosPanel")
            if VideosPanel is None:
                panel = QLabel(self.tr("Short videos are not available in this version."))
                panel.setAlignment(Qt.AlignmentFlag.AlignCenter)
            else:
                panel = VideosPanel(self.ctx, self.student_id, self.ui.videosTab)
            self.videos_panel = panel
            self.ui.videosLayout.addWidget(panel)
