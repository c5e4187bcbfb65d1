"""阶段标准: edit a cohort's stage-gate criteria (staff only). Attendance is shown
as a percentage; the service stores it as a fraction. Each criterion may be waived
(豁免) for the cohort with a reason of at least 4 characters; the reason shows on
the stage board's cards and in the sign-off dialog."""
# zh_CN: English → 中文
#   Stage criteria → 阶段标准
#   Stage criteria of %1 → %1 的阶段标准
#   What a student of this cohort needs to leave each stage. Cards on the stage board and sign-offs use these at once;
#     sign-offs already made keep the criteria of their day.
#     → 本批次学员离开各阶段需达到的标准。阶段看板和签核立即按新标准计算；已完成的签核保留当时的标准。
#   Cognitive stage (to leave it) → 认知实训（结束条件）
#   Project stage (to leave it) → 项目实训（结束条件）
#   Live-practice stage (to leave it) → 实战实训（结束条件）
#   Lessons attended, at least → 认知课程出勤率不低于
#   Mock drills, at least → 模拟演练次数不少于
#   Mock-drill average score, at least → 模拟演练平均分不低于
#   Live sessions, at least → 实战直播场次不少于
#   Live-session average score, at least → 实战直播平均分不低于
#   Average scores are on the 100-point scale; sessions scored out of 5 count as score × 20.
#     → 平均分按百分制计算；五分制评分按“分数×20”折算。
#   Loading… → 正在载入…
#   Waive → 豁免
#   Reason for waiving (at least 4 characters) → 豁免理由（至少4个字）
#   Stage criteria of %1 saved. → %1 的阶段标准已保存。
#   Stage criteria of %1 saved; waived: %2. → %1 的阶段标准已保存；已豁免：%2。
#   The form now shows the criteria saved meanwhile; make your change again and save.
#     → 表单已显示他人刚保存的标准，请重新修改后再保存。
from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QWidget

from ...core.domain.stages import CHECK_LABELS, CRITERIA_LABELS, StageCriteria, waiver_field
from ...core.errors import ConflictError, JiarenError, ValidationError
from ...core.services import cohorts
from ..context import AppContext
from ..dialog_fit import scroll_body
from ..forms.ui_criteria_dialog import Ui_CriteriaDialog
from ..widgets.field_error import FieldErrors
from ..widgets.stage_card import board_colours

# StageCriteria field → attribute of self.ui
WIDGETS = {"min_module_attendance": "minModuleAttendance", "min_mock_drills": "minMockDrills",
           "min_mock_avg_rubric": "minMockAvg", "min_live_sessions": "minLiveSessions",
           "min_live_avg_rubric": "minLiveAvg"}
# criterion (a check's key) → its waiver check box in self.ui (+ "Reason", "ReasonError")
WAIVERS = {"module_attendance": "waiveAttendance", "mock_drills": "waiveMockDrills",
           "mock_avg_rubric": "waiveMockAvg", "live_sessions": "waiveLiveSessions", "live_avg_rubric": "waiveLiveAvg"}


class CriteriaDialog(QDialog):
    saved = Signal(object)  # StageCriteria

    def __init__(self, ctx: AppContext, cohort_id: int, cohort_name: str = "",
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.cohort_id = cohort_id
        self.cohort_name = cohort_name
        self.criteria: StageCriteria | None = None
        self.version: int | None = None  # the cohort version the criteria were read at
        self.ui = Ui_CriteriaDialog()
        self.ui.setupUi(self)
        scroll_body(self)  # the form scrolls on a short screen; error line and buttons stay
        ui = self.ui
        self.setWindowTitle(self.tr("Stage criteria of %1").replace("%1", cohort_name) if cohort_name
                            else self.tr("Stage criteria"))
        ui.intro.setText(self.tr(
            "What a student of this cohort needs to leave each stage. Cards on the stage board and sign-offs use "
            "these at once; sign-offs already made keep the criteria of their day."))
        ui.scaleNote.setStyleSheet(f"color: {board_colours(self).muted};")
        self.errors = FieldErrors(ui.formError, ctx.lang)
        for name, attr in WIDGETS.items():
            self.errors.bind(CRITERIA_LABELS[name][0], getattr(ui, attr), getattr(ui, attr + "Error"))
        for key, attr in WAIVERS.items():
            box, reason = getattr(ui, attr), getattr(ui, attr + "Reason")
            reason.setPlaceholderText(self.tr("Reason for waiving (at least 4 characters)"))
            box.toggled.connect(reason.setEnabled)
            box.toggled.connect(lambda on, r=reason: on and r.setFocus(Qt.FocusReason.OtherFocusReason))
            self.errors.bind(waiver_field(key)[0], reason, getattr(ui, attr + "ReasonError"))
        labels = [getattr(ui, attr + "Label") for attr in WIDGETS.values()]
        width = max(label.sizeHint().width() for label in labels)
        for label in labels:  # the three boxes line up
            label.setMinimumWidth(width)
            label.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        self.save_button = ui.buttons.button(QDialogButtonBox.StandardButton.Save)
        ui.buttons.button(QDialogButtonBox.StandardButton.RestoreDefaults).clicked.connect(
            lambda: self.fill(StageCriteria()))
        ui.buttons.accepted.connect(self.save)
        ui.buttons.rejected.connect(self.reject)
        self.save_shortcut = QShortcut(QKeySequence(QKeySequence.StandardKey.Save), self)
        self.save_shortcut.activated.connect(self.save)
        self.save_button.setEnabled(False)
        self.load()

    def load(self) -> None:
        self.ctx.ops.run(self, cohorts.criteria_for_edit, self.ctx.db, self.ctx.actor, self.cohort_id,
                         success=self._loaded, failure=self._failed, latest="load")

    def _loaded(self, stored: cohorts.CohortCriteria) -> None:
        self.criteria, self.version = stored.criteria, stored.version
        self.fill(stored.criteria)
        self.save_button.setEnabled(True)
        self.ui.minModuleAttendance.setFocus(Qt.FocusReason.OtherFocusReason)

    def _failed(self, exc: JiarenError) -> None:
        self.save_button.setEnabled(self.criteria is not None)
        if isinstance(exc, ValidationError):
            first = self.errors.show_problems(exc.problems)
            if first is not None:
                first.setFocus(Qt.FocusReason.OtherFocusReason)
        elif isinstance(exc, ConflictError):  # someone saved meanwhile: show their criteria
            self.errors.set_general(self.ctx.message(exc) + "\n" + self.tr(
                "The form now shows the criteria saved meanwhile; make your change again and save."))
            self.load()
        else:
            self.errors.set_general(self.ctx.message(exc))

    def fill(self, c: StageCriteria) -> None:
        ui = self.ui
        ui.minModuleAttendance.setValue(round(c.min_module_attendance * 100))
        ui.minMockDrills.setValue(c.min_mock_drills)
        ui.minMockAvg.setValue(c.min_mock_avg_rubric)
        ui.minLiveSessions.setValue(c.min_live_sessions)
        ui.minLiveAvg.setValue(c.min_live_avg_rubric)
        for key, attr in WAIVERS.items():
            reason = c.waiver(key)
            getattr(ui, attr).setChecked(bool(reason))
            getattr(ui, attr + "Reason").setText(reason)
            getattr(ui, attr + "Reason").setCursorPosition(0)
            getattr(ui, attr + "Reason").setEnabled(bool(reason))

    def gather(self) -> StageCriteria:
        ui = self.ui
        return StageCriteria(min_module_attendance=ui.minModuleAttendance.value() / 100,
                             min_mock_drills=ui.minMockDrills.value(),
                             min_mock_avg_rubric=round(ui.minMockAvg.value(), 1),
                             min_live_sessions=ui.minLiveSessions.value(),
                             min_live_avg_rubric=round(ui.minLiveAvg.value(), 1),
                             waivers={key: getattr(ui, attr + "Reason").text() for key, attr in WAIVERS.items()
                                      if getattr(ui, attr).isChecked()})

    def is_dirty(self) -> bool:
        return self.criteria is not None and self.gather() != self.criteria

    def save(self) -> None:
        if self.criteria is None or self.ctx.ops.pending_for(self):  # still loading, or saving
            return
        self.errors.clear()
        self.ctx.ops.run(self, cohorts.set_criteria, self.ctx.db, self.ctx.actor, self.cohort_id, self.gather(),
                         self.version, success=self._saved, failure=self._failed, busy=[self.save_button])

    def _saved(self, criteria: StageCriteria) -> None:
        self.criteria = criteria
        name = self.cohort_name or str(self.cohort_id)
        if criteria.waivers:
            waived = "、".join(CHECK_LABELS[key][1 if self.ctx.lang == "en" else 0] for key, _ in criteria.waivers)
            self.ctx.notify(self.tr("Stage criteria of %1 saved; waived: %2.").replace("%1", name)
                            .replace("%2", waived))
        else:
            self.ctx.notify(self.tr("Stage criteria of %1 saved.").replace("%1", name))
        self.saved.emit(criteria)
        self.accept()
