"""实训记录: log or edit one mock drill (模拟演练) or live session (实战直播).

Mentors fill it between two streams, so it opens with one service call, pre-fills
from a room booking or a student, keeps the keyboard flowing (Tab order from the
.ui, Ctrl+S saves, Esc asks before dropping edits) and checks as the user types:
the derived ratios follow every keystroke (core.domain.metrics) and impossible
numbers are refused under their field with the reason.

    dialog = SessionDialog(ctx, None, parent, booking_id=12)
    if dialog.exec():
        dialog.saved  # the SessionDTO
"""
# zh_CN: English → 中文
#   Practice session → 实训记录; Log practice session → 记录实训; Edit practice session → 编辑实训记录
#   Kind → 类型; Student → 学员; Mentor → 导师; Start → 开始时间; End → 结束时间; Platform → 平台
#   Products → 商品; e.g. Jinshan peaches, Fengjing rice wine → 例如：金山蟠桃、枫泾黄酒
#   Numbers from the platform → 平台数据; Viewers (UV) → 观看人数; Peak online → 最高在线
#   Avg. watch (s) → 平均观看（秒）; Comments → 评论数; Likes → 点赞数; New followers → 新增粉丝
#   Product clicks → 商品点击; Orders → 订单数; Buyers → 成交人数; GMV (¥) → 成交金额（元）
#   Refunds (¥) → 退款金额（元）
#   Unique viewers; 1,234 or 1.2万 are fine → 观看人数（去重）；可填 1,234 或 1.2万
#   Most viewers online at the same time → 同一时刻最多在线人数
#   Seconds, or e.g. 1分23秒 / 01:23 → 秒数，或如 1分23秒 / 01:23
#   Clicks on products (one viewer may click many times) → 商品点击次数（一人可多次点击）
#   Orders placed → 下单数; People who bought → 成交人数; Gross merchandise value in yuan → 成交金额（元）
#   Refunded amount in yuan → 退款金额（元）
#   Conversion → 转化率; Click rate → 商品点击率; GPM → GPM; UV value → UV价值; Avg. order value → 客单价
#   Buyers ÷ viewers → 成交人数 ÷ 观看人数; Product clicks ÷ viewers → 商品点击 ÷ 观看人数
#   GMV per 1,000 viewers → 每千次观看成交额; GMV per viewer → 每位观众成交额; GMV per order → 每单成交额
#   Rubric scores → 评分; Rubric scores (%1) → 评分（%1）; Average: %1 of 100 → 平均：%1 分（百分制）
#   Mentor remarks → 导师点评; Data review → 数据复盘
#   What went well, what to work on next → 亮点与下次改进
#   Data review (数据复盘): what the numbers say → 数据复盘：数据说明了什么
#   (none) → （无）; From booking: %1 → 来自预约：%1
#   This booking has several students: choose the one this record is for. → 此预约有多名学员：请选择本条记录的学员。
#   None of this booking's students is yours: choose a student. → 此预约中没有您指导的学员：请选择学员。
#   Type a name to search → 输入姓名搜索
#   choose a student from the list (type part of the name to search). → 请从列表中选择学员（可输入姓名搜索）。
#   Session in the future → 未来的实训
#   This session starts in the future (%1). Save it anyway? → 本次实训的开始时间在未来（%1），仍要保存吗？
#   Practice session saved: %1 → 已保存实训记录：%1
from __future__ import annotations

from datetime import datetime, timedelta

from PySide6.QtCore import QDateTime, Qt
from PySide6.QtWidgets import QCompleter, QLabel, QLineEdit, QMessageBox, QWidget

from ...core.domain.enums import Platform, SessionKind
from ...core.domain.metrics import derive_metrics, rubric_average_percent
from ...core.errors import Problem, ValidationError
from ...core.importing.platform_numbers import counts_from_text, scores_from_text
from ...core.services import session_form, sessions
from ...core.services.session_form import SessionFormData, StudentChoice
from ...core.services.sessions import SessionDTO, SessionInput
from ..context import AppContext
from ..forms.ui_session_dialog import Ui_SessionDialog
from ..widgets.field_error import style_error_label
from .form_values import combo_value, fill_combo, fill_enum, select_value
from .record_dialog import RecordDialog

# count field (SessionCounts) → ui attribute
COUNTS = {"viewers": "viewers", "peak_concurrent": "peakConcurrent", "avg_watch_seconds": "avgWatchSeconds",
          "comments": "comments", "likes": "likes", "new_followers": "newFollowers",
          "product_clicks": "productClicks", "orders": "orders", "buyers": "buyers", "gmv": "gmv",
          "refunds": "refunds"}
RATIOS = {"conversion_rate": ("conversion", "{:.2%}"), "product_click_rate": ("clickRate", "{:.1%}"),
          "gpm": ("gpm", "¥{:,.2f}"), "uv_value": ("uvValue", "¥{:,.2f}"),
          "avg_order_value": ("avgOrderValue", "¥{:,.2f}")}
NONE = "—"


def _qdt(value: datetime) -> QDateTime:
    return QDateTime(value.year, value.month, value.day, value.hour, value.minute, value.second)


class SessionDialog(RecordDialog):
    FIELDS = {"类型": "kind", "学员": "student", "导师": "mentor", "开始时间": "start", "结束时间": "end",
              "平台": "platform", "商品": "products", "观看人数": "viewers", "最高在线": "peakConcurrent",
              "平均观看时长（秒）": "avgWatchSeconds", "评论数": "comments", "点赞数": "likes",
              "新增粉丝": "newFollowers", "商品点击": "productClicks", "订单数": "orders", "成交人数": "buyers",
              "成交金额": "gmv", "退款金额": "refunds", "导师点评": "mentorRemarks", "数据复盘": "reviewNotes"}
    REQUIRED = ("kind", "student", "start", "end")

    def __init__(self, ctx: AppContext, session_id: int | None, parent: QWidget | None = None, *,
                 booking_id: int | None = None, student_id: int | None = None) -> None:
        super().__init__(ctx, session_id, parent)
        self.booking_id, self.student_id = booking_id, student_id
        self.form: SessionFormData | None = None
        self.scale = 100
        self.score_edits: dict[int, QLineEdit] = {}  # criterion id → input
        self._names: dict[int, str] = {}
        self._touched: set[str] = set()  # fields the user has left: their problems show live
        self._show_all = False  # after a save attempt every problem shows
        self._mentor_chosen = False
        self._field_of: dict[QWidget, str] = {}  # input → the field its problems belong to
        self._future_confirmed: datetime | None = None  # the future start the user said Yes to
        self.ui = Ui_SessionDialog()
        self.ui.setupUi(self)
        self.setup_form(self.ui)
        self._prepare_widgets()
        self.start()

    # -- set-up -------------------------------------------------------------------
    def _prepare_widgets(self) -> None:
        ui = self.ui
        fill_enum(ui.kind, SessionKind, self.ctx.lang)
        fill_enum(ui.platform, Platform, self.ctx.lang)
        for w in (ui.bookingInfo, ui.studentHint):
            w.setStyleSheet("color: #57606a;")
            w.hide()
        ui.student.setInsertPolicy(ui.student.InsertPolicy.NoInsert)
        ui.student.lineEdit().setPlaceholderText(self.tr("Type a name to search"))
        completer = QCompleter(ui.student.model(), ui.student)
        completer.setFilterMode(Qt.MatchFlag.MatchContains)
        completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        completer.setCompletionMode(QCompleter.CompletionMode.PopupCompletion)
        ui.student.setCompleter(completer)
        ui.student.currentIndexChanged.connect(self._student_changed)
        self._watch_leaving(ui.student.lineEdit(), "学员")
        ui.mentor.activated.connect(self._mentor_picked)
        ui.start.dateTimeChanged.connect(self._start_changed)
        ui.end.dateTimeChanged.connect(self._end_changed)
        fields = {attr: field for field, attr in self.FIELDS.items()}
        for attr in COUNTS.values():
            edit: QLineEdit = getattr(ui, attr)
            edit.textChanged.connect(self.recheck)
            self._watch_leaving(edit, fields[attr])
        for attr, _fmt in RATIOS.values():
            getattr(ui, attr + "Value").setStyleSheet("font-size: 15px; font-weight: 600;")
            getattr(ui, attr + "Caption").setStyleSheet("color: #57606a;")
        ui.rubricAverage.setStyleSheet("color: #57606a;")
        self._show_ratios(derive_metrics(counts_from_text({})[0]))

    def titles(self) -> tuple[str, str]:
        return self.tr("Log practice session"), self.tr("Edit practice session")

    def choices(self):
        return [(session_form.session_form_data, (self.booking_id, self.student_id), self._form_loaded)]

    def _form_loaded(self, form: SessionFormData) -> None:
        self.form = form
        ui = self.ui
        students = list(form.students)
        first = set(form.booking.student_ids) if form.booking else set()
        students.sort(key=lambda s: s.id not in first)  # the booking's students on top
        fill_combo(ui.student, [(self._student_text(s), s.id) for s in students])
        ui.student.setCurrentIndex(-1)
        fill_combo(ui.mentor, [(m.name, m.id) for m in form.mentors],
                   none_text=None if self.ctx.actor.is_mentor else self.tr("(none)"))
        ui.mentor.setEnabled(not self.ctx.actor.is_mentor)
        self._build_rubric(form)

    @staticmethod
    def _student_text(s: StudentChoice) -> str:
        return f"{s.name}  {s.cohort_code}".strip() if s.cohort_code else s.name

    def _build_rubric(self, form: SessionFormData, scored: set[int] = frozenset()) -> None:
        """One score input per active criterion (plus inactive ones this record scored),
        in the Tab order between the numbers and the remarks."""
        columns = (self.ui.rubricForm, self.ui.rubricForm2)
        for layout in columns:
            while layout.rowCount():
                layout.removeRow(0)
        for edit in self.score_edits.values():
            self._field_of.pop(edit, None)
        self.score_edits.clear()
        shown = [c for c in form.criteria if c.active or c.id in scored]
        half = (len(shown) + 1) // 2
        for i, c in enumerate(shown):
            form_layout = columns[0 if i < half else 1]
            edit = QLineEdit(self.ui.rubricGroup)
            edit.setObjectName(f"score_{c.id}")
            edit.setMaximumWidth(90)
            edit.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
            edit.setToolTip(c.description)
            label = QLabel(c.name, self.ui.rubricGroup)
            label.setBuddy(edit)
            label.setToolTip(c.description)
            error = QLabel(self.ui.rubricGroup)
            style_error_label(error)
            form_layout.addRow(label, edit)
            form_layout.addRow(error)  # spans the row: room for the reason
            self.errors.bind(c.name, edit, error)
            edit.textChanged.connect(self.recheck)
            self._watch_leaving(edit, c.name)
            self.score_edits[c.id] = edit
            self._names[c.id] = c.name
        chain = [self.ui.refunds, *self.score_edits.values(), self.ui.mentorRemarks]
        for a, b in zip(chain, chain[1:], strict=False):
            QWidget.setTabOrder(a, b)
        self._apply_scale(self.scale)

    def _apply_scale(self, scale: int) -> None:
        self.scale = scale
        text = "0–100" if scale == 100 else "1–5"
        self.ui.rubricGroup.setTitle(self.tr("Rubric scores (%1)").replace("%1", text))
        for edit in self.score_edits.values():
            edit.setPlaceholderText(text)
        self.recheck()

    # -- new / edit -----------------------------------------------------------------
    def prepare_new(self) -> None:
        form, ui = self.form, self.ui
        assert form is not None
        end = datetime.now().replace(second=0, microsecond=0)
        end -= timedelta(minutes=end.minute % 5)
        start, kind, mentor_id, student_id = end - timedelta(hours=1), SessionKind.MOCK_DRILL, None, self.student_id
        booking = form.booking
        if booking is not None:
            start, end, kind, mentor_id = booking.start, booking.end, booking.kind, booking.mentor_id
            ui.bookingInfo.setText(self.tr("From booking: %1").replace("%1", booking.label))
            ui.bookingInfo.show()
            if len(booking.student_ids) == 1:
                student_id = booking.student_ids[0]
            else:
                ui.studentHint.setText(self.tr("This booking has several students: choose the one this record is for.")
                                       if booking.student_ids else
                                       self.tr("None of this booking's students is yours: choose a student."))
                ui.studentHint.show()
        select_value(ui.kind, kind)
        select_value(ui.platform, Platform.JIAREN)
        self._set_times(start, end)
        if student_id is not None:
            select_value(ui.student, student_id)
        else:
            ui.student.setCurrentIndex(-1)
        default_mentor = form.default_mentor_id or mentor_id
        if default_mentor is not None:
            select_value(ui.mentor, default_mentor)
            self._mentor_chosen = mentor_id is not None
        self.recheck()
        (ui.student if student_id is None else ui.viewers).setFocus()

    def load(self, db, actor, record_id: int) -> SessionDTO:
        return sessions.get_session(db, actor, record_id)

    def fill(self, dto: SessionDTO) -> None:
        ui = self.ui
        select_value(ui.kind, dto.kind)
        if not select_value(ui.student, dto.student_id):  # e.g. no longer assigned: show it anyway
            ui.student.addItem(dto.student_name, dto.student_id)
            select_value(ui.student, dto.student_id)
        if not select_value(ui.mentor, dto.mentor_id) and dto.mentor_id is not None:  # e.g. inactive now
            ui.mentor.addItem(dto.mentor_name, dto.mentor_id)
            select_value(ui.mentor, dto.mentor_id)
        self._mentor_chosen = True
        self._set_times(dto.started_at, dto.ended_at)
        select_value(ui.platform, dto.platform)
        ui.products.setText(dto.products)
        for name, attr in COUNTS.items():
            getattr(ui, attr).setText(str(getattr(dto.counts, name)))
        if self.form is not None:
            self._build_rubric(self.form, set(dto.scores))
        self._apply_scale(dto.rubric_scale)
        for cid, score in dto.scores.items():
            if cid in self.score_edits:
                self.score_edits[cid].setText(f"{score:g}")
        ui.mentorRemarks.setPlainText(dto.mentor_remarks)
        ui.reviewNotes.setPlainText(dto.review_notes)
        self.recheck()

    def _set_times(self, start: datetime, end: datetime) -> None:
        self.ui.start.blockSignals(True)
        self.ui.start.setDateTime(_qdt(start))
        self.ui.start.blockSignals(False)
        self.ui.end.setDateTime(_qdt(end))
        self._duration = end - start

    # -- reacting to input ------------------------------------------------------------
    def _current_student(self) -> StudentChoice | None:
        sid = combo_value(self.ui.student)
        return next((s for s in self.form.students if s.id == sid), None) if self.form else None

    def _student_changed(self, _index: int) -> None:
        student = self._current_student()
        if student is None:
            return
        if self.is_new:
            self._apply_scale(student.rubric_scale)
            if not self._mentor_chosen and not self.ctx.actor.is_mentor and student.mentor_id:
                select_value(self.ui.mentor, student.mentor_id)
        self._touch("学员")

    def _start_changed(self, value: QDateTime) -> None:
        """Moving the start keeps the length: the end moves with it."""
        start = value.toPython()
        self.ui.end.setDateTime(_qdt(start + getattr(self, "_duration", timedelta(hours=1))))
        self._touch("开始时间")

    # Slots here are bound methods, never lambdas that hold `self`: focus leaves the
    # field once more while the dialog is being destroyed, and PySide skips a bound
    # slot of a receiver that is going away (a lambda would run on the dead dialog).
    def _watch_leaving(self, edit: QLineEdit, field: str) -> None:
        """From the first time the user leaves `edit`, the problems of `field` show."""
        self._field_of[edit] = field
        edit.editingFinished.connect(self._left_field)

    def _left_field(self) -> None:
        field = self._field_of.get(self.sender())
        if field is not None:
            self._touch(field)

    def _end_changed(self, _value: QDateTime) -> None:
        self._touch("结束时间")

    def _mentor_picked(self, _index: int) -> None:
        self._mentor_chosen = True

    def _touch(self, field: str) -> None:
        self._touched.add(field)
        if field == "结束时间":
            self._duration = self.ui.end.dateTime().toPython() - self.ui.start.dateTime().toPython()
        self.recheck()

    def problems(self) -> tuple[SessionInput | None, list[Problem]]:
        """The input as typed and everything wrong with it (pure checks, no database)."""
        ui = self.ui
        start, end = ui.start.dateTime().toPython(), ui.end.dateTime().toPython()
        counts, problems = counts_from_text({n: getattr(ui, a).text() for n, a in COUNTS.items()}, start, end)
        named, score_problems = scores_from_text({self._names[c]: e.text() for c, e in self.score_edits.items()},
                                                 self.scale)
        problems += score_problems
        student_id = self._student_id()
        if student_id is None:
            problems.append(Problem("学员", "请从列表中选择学员（可输入姓名搜索）。",
                                    self.tr("choose a student from the list (type part of the name to search)."),
                                    "Student"))
        self._show_ratios(derive_metrics(counts))
        average = rubric_average_percent(named, self.scale) if named and not score_problems else None
        ui.rubricAverage.setText("" if average is None else
                                 self.tr("Average: %1 of 100").replace("%1", f"{average:.1f}"))
        if problems or student_id is None:
            return None, problems
        by_name = {n: c for c, n in self._names.items()}
        return SessionInput(
            kind=SessionKind(combo_value(ui.kind)), student_id=student_id, started_at=start, ended_at=end,
            counts=counts, scores={by_name[n]: v for n, v in named.items()}, rubric_scale=self.scale,
            mentor_id=combo_value(ui.mentor), booking_id=self.record.booking_id if self.record else self.booking_id,
            platform=Platform(combo_value(ui.platform)), products=ui.products.text(),
            mentor_remarks=ui.mentorRemarks.toPlainText(), review_notes=ui.reviewNotes.toPlainText()), []

    def _student_id(self) -> int | None:
        combo = self.ui.student
        text = combo.currentText().strip()
        if combo.currentIndex() >= 0 and combo.itemText(combo.currentIndex()).strip() == text:
            return combo.currentData()
        index = combo.findText(text, Qt.MatchFlag.MatchFixedString)
        return combo.itemData(index) if index >= 0 and text else None

    def recheck(self, *_args) -> None:
        """Ratios follow the counts; problems show under the fields the user has left."""
        if not hasattr(self, "errors"):  # a signal during set-up, before the form is bound
            return
        _data, problems = self.problems()
        by_field: dict[str, list[str]] = {}
        for p in problems:
            by_field.setdefault(p.field, []).append(p.en if self.ctx.lang == "en" else p.zh)
        for field in self.errors.fields():
            shown = self._show_all or field in self._touched
            self.errors.set_error(field, "\n".join(by_field.get(field, [])) if shown else "")
        self._fit_height()

    def _fit_height(self) -> None:
        """Grow (never past the screen) when error lines need more room than there is."""
        if not self.isVisible():
            return
        self.layout().activate()
        want = self.layout().totalHeightForWidth(self.width())
        want = max(want, self.layout().totalMinimumSize().height())
        screen = self.screen().availableGeometry().height() - 40 if self.screen() else want
        if want > self.height():
            self.resize(self.width(), min(want, screen))

    def _show_ratios(self, metrics) -> None:
        for name, (attr, fmt) in RATIOS.items():
            value = getattr(metrics, name)
            getattr(self.ui, attr + "Value").setText(NONE if value is None else fmt.format(value))

    # -- saving ------------------------------------------------------------------------
    def gather(self) -> SessionInput:
        self._show_all = True
        data, problems = self.problems()
        if problems or data is None:
            raise ValidationError(problems)
        return data

    def save(self) -> None:
        """A start after now is asked about once (a typo in the date, or logged ahead by mistake):
        Yes saves, No returns to the form. An edit that keeps the stored start is not asked."""
        data, problems = self.problems()
        if data is not None and not problems and not self.busy and not self._confirm_future(data.started_at):
            return
        super().save()

    def _confirm_future(self, start: datetime) -> bool:
        if start <= datetime.now() or start == self._future_confirmed or \
                (self.record is not None and start == self.record.started_at):
            return True
        answer = QMessageBox.question(
            self, self.tr("Session in the future"),
            self.tr("This session starts in the future (%1). Save it anyway?").replace("%1", f"{start:%Y-%m-%d %H:%M}"),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No, QMessageBox.StandardButton.No)
        if answer != QMessageBox.StandardButton.Yes:
            return False
        self._future_confirmed = start
        return True

    def saved_notice(self, dto: SessionDTO) -> str:
        kind = dto.kind.zh if self.ctx.lang == "zh" else dto.kind.value.replace("_", " ")
        return self.tr("Practice session saved: %1").replace(
            "%1", f"{dto.student_name} {dto.started_at:%Y-%m-%d} {kind}")

    def create(self, db, actor, data: SessionInput) -> SessionDTO:
        return sessions.log_session(db, actor, data)

    def update(self, db, actor, record_id: int, version: int | None, data: SessionInput) -> SessionDTO:
        return sessions.update_session(db, actor, record_id, version, data)

    def accept(self) -> None:
        if self.saved_id is not None:
            self.saved = self.record  # the SessionDTO (the list page reads `saved.id`)
        super().accept()
