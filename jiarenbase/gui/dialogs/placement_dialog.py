"""就业去向: record or edit where a student went, and tick off the follow-up calls.

The employer is an enterprise client chosen from the list or any name typed in;
the position offers the usual ones (主播, 运营, 数据分析师, 视频剪辑师, 成本核价师)
and takes any other. Follow-ups at 30/90/180 days are scheduled by the service
once a start date is saved; a follow-up is recorded as done here on its own
(it has its own version), without saving the rest of the form.

    dialog = PlacementDialog(ctx, None, parent, student_id=12)
"""
# zh_CN: English → 中文
#   New placement → 登记就业去向; Edit placement → 编辑就业去向; Placement → 就业去向
#   Student → 学员; Outcome → 去向; Employer → 用人单位; Position → 岗位; Start date → 开始日期; Known → 已知
#   Evidence → 证明材料; Flexible employment → 灵活就业; Pays pension and medical insurance → 已缴养老和医疗保险
#   First job in Shanghai → 在沪首次就业; Note → 备注
#   Follow-ups (30 / 90 / 180 days) → 回访（30 / 90 / 180 天）
#   Follow-up → 回访; Due on → 应访日期; Done on → 回访日期; Still employed → 仍在岗; Note → 备注
#   Called on → 回访日期; What was said (optional) → 回访记录（选填）; Record follow-up done → 记录已回访
#   %1 days → %1 天; Yes → 是; No → 否; overdue → 已逾期
#   Type a name to search → 输入姓名搜索
#   Enterprise client, or type the employer's name → 选择企业客户，或直接填写用人单位名称
#   Follow-ups are scheduled at 30, 90 and 180 days after the start date once the placement is saved.
#     → 保存后将按开始日期安排第 30、90、180 天回访。
#   No follow-ups for this outcome. → 此去向无需回访。
#   Choose a follow-up in the table first. → 请先在表格中选择一次回访。
#   choose a student from the list (type part of the name to search). → 请从列表中选择学员（可输入姓名搜索）。
#   Follow-up recorded: %1, %2 days → 已记录回访：%1，第 %2 天
from __future__ import annotations

from datetime import date

from PySide6.QtCore import Qt
from PySide6.QtGui import QBrush, QColor
from PySide6.QtWidgets import QCompleter, QHeaderView, QTableWidgetItem, QWidget

from ...core.domain.enums import EvidenceLevel, PlacementOutcome
from ...core.errors import Problem, ValidationError
from ...core.services import placement_records, placements
from ...core.services.placement_records import FollowUpDTO, PlacementFormData, PlacementRecordDTO
from ...core.services.placements import PlacementInput
from ..context import AppContext
from ..forms.ui_placement_dialog import Ui_PlacementDialog
from .form_values import (
    enum_value,
    fill_combo,
    fill_enum,
    link_optional_date,
    optional_date,
    select_value,
    set_optional_date,
    to_qdate,
)
from .record_dialog import RecordDialog

OVERDUE = QColor("#b42318")
NO_FOLLOW_UP = (PlacementOutcome.TALENT_POOL, PlacementOutcome.UNKNOWN)


class PlacementDialog(RecordDialog):
    FIELDS = {"学员": "student", "去向": "outcome", "用人单位": "employer", "岗位": "position",
              "开始日期": "startDate", "证明材料": "evidence", "备注": "note"}
    REQUIRED = ("student", "outcome")

    def __init__(self, ctx: AppContext, record_id: int | None, parent: QWidget | None = None, *,
                 student_id: int | None = None) -> None:
        super().__init__(ctx, record_id, parent)
        self.student_id = student_id
        self.form: PlacementFormData | None = None
        self.follow_ups: list[FollowUpDTO] = []
        self.follow_up_recorded = False
        self.ui = Ui_PlacementDialog()
        self.ui.setupUi(self)
        self.setup_form(self.ui)
        for field, attr in (("回访日期", "followUpDate"), ("回访记录", "followUpNote")):
            self.errors.bind(field, getattr(self.ui, attr), self.ui.followUpError)
        self._prepare_widgets()
        self.start()

    def _prepare_widgets(self) -> None:
        ui = self.ui
        fill_enum(ui.outcome, PlacementOutcome, self.ctx.lang)
        fill_enum(ui.evidence, EvidenceLevel, self.ctx.lang)
        ui.student.setInsertPolicy(ui.student.InsertPolicy.NoInsert)
        ui.student.lineEdit().setPlaceholderText(self.tr("Type a name to search"))
        completer = QCompleter(ui.student.model(), ui.student)
        completer.setFilterMode(Qt.MatchFlag.MatchContains)
        completer.setCompletionMode(QCompleter.CompletionMode.PopupCompletion)
        ui.student.setCompleter(completer)
        ui.employer.setInsertPolicy(ui.employer.InsertPolicy.NoInsert)
        ui.employer.lineEdit().setPlaceholderText(self.tr("Enterprise client, or type the employer's name"))
        ui.position.setInsertPolicy(ui.position.InsertPolicy.NoInsert)
        link_optional_date(ui.hasStartDate, ui.startDate)
        set_optional_date(ui.hasStartDate, ui.startDate, None)
        ui.outcome.currentIndexChanged.connect(self._outcome_changed)
        ui.followUpHint.setStyleSheet("color: #57606a;")
        table = ui.followUps
        header = table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setStretchLastSection(True)
        for column, width in enumerate((125, 165, 125, 165)):  # room for the themed (upper-case) headers
            table.setColumnWidth(column, width)
        table.verticalHeader().setDefaultSectionSize(28)
        table.itemSelectionChanged.connect(self._update_follow_up_buttons)
        ui.followUpDate.setDate(to_qdate(date.today()))
        ui.followUpDate.setMaximumDate(to_qdate(date.today()))
        ui.recordFollowUp.clicked.connect(self.record_follow_up)
        self._outcome_changed()
        self._show_follow_ups([])

    def titles(self) -> tuple[str, str]:
        return self.tr("New placement"), self.tr("Edit placement")

    def choices(self):
        return [(placement_records.placement_form_data, (), self._form_loaded)]

    def _form_loaded(self, form: PlacementFormData) -> None:
        self.form = form
        ui = self.ui
        fill_combo(ui.student, [(f"{s.name}  {s.detail}".strip(), s.id) for s in form.students])
        ui.student.setCurrentIndex(-1)
        fill_combo(ui.employer, [(c.name, c.id) for c in form.clients])
        ui.employer.setCurrentIndex(-1)
        fill_combo(ui.position, [(p, p) for p in form.positions])
        ui.position.setCurrentIndex(-1)

    def prepare_new(self) -> None:
        if self.student_id is not None:
            select_value(self.ui.student, self.student_id)
        select_value(self.ui.outcome, PlacementOutcome.EMPLOYED_ON_GRADUATION)

    # -- load / fill ---------------------------------------------------------------
    def load(self, db, actor, record_id: int) -> PlacementRecordDTO:
        return placement_records.get_placement(db, actor, record_id)

    def fill(self, dto: PlacementRecordDTO) -> None:
        ui = self.ui
        if not select_value(ui.student, dto.student_id):  # not in the list (e.g. left the cohort)
            ui.student.addItem(dto.student_name, dto.student_id)
            ui.student.setCurrentIndex(ui.student.count() - 1)
        ui.student.setEnabled(False)  # a placement stays with its student
        select_value(ui.outcome, dto.outcome)
        if dto.employer_client_id is None or not select_value(ui.employer, dto.employer_client_id):
            ui.employer.setCurrentIndex(-1)
            ui.employer.setEditText(dto.employer_name)
        i = ui.position.findText(dto.position)
        ui.position.setCurrentIndex(i)
        if i < 0:
            ui.position.setEditText(dto.position)
        set_optional_date(ui.hasStartDate, ui.startDate, dto.start_date)
        select_value(ui.evidence, dto.evidence)
        ui.insured.setChecked(dto.insured_pension_medical)
        ui.firstShanghaiJob.setChecked(dto.first_shanghai_job)
        ui.note.setPlainText(dto.note)
        self._show_follow_ups(list(dto.follow_ups))

    def _outcome_changed(self, *_args) -> None:
        outcome = enum_value(self.ui.outcome, PlacementOutcome)
        flexible = outcome is PlacementOutcome.FLEXIBLE_EMPLOYMENT
        row = self.ui.form.getWidgetPosition(self.ui.flexibleLabel)[0]
        self.ui.form.setRowVisible(row, flexible)
        self.mark_required(self.ui.employerLabel, outcome in (PlacementOutcome.EMPLOYED_ON_GRADUATION,
                                                              PlacementOutcome.SIGNED_ENTERPRISE_PROJECT))
        self._update_hint()

    # -- follow-ups ----------------------------------------------------------------
    def _show_follow_ups(self, rows: list[FollowUpDTO]) -> None:
        self.follow_ups = rows
        table = self.ui.followUps
        table.setRowCount(len(rows))
        today = date.today()
        yes, no = self.tr("Yes"), self.tr("No")
        for r, f in enumerate(rows):
            due = f.due_on.isoformat()
            if f.done_on is None and f.due_on < today:
                due += "  " + self.tr("overdue")
            values = (self.tr("%1 days").replace("%1", str(f.day_mark)), due,
                      f.done_on.isoformat() if f.done_on else "—",
                      "—" if f.still_employed is None else (yes if f.still_employed else no), f.note)
            for c, text in enumerate(values):
                item = QTableWidgetItem(text)
                if c == 1 and f.done_on is None and f.due_on < today:
                    item.setForeground(QBrush(OVERDUE))
                table.setItem(r, c, item)
        open_rows = [r for r, f in enumerate(rows) if f.done_on is None]
        if open_rows:
            table.selectRow(open_rows[0])
        self._update_hint()
        self._update_follow_up_buttons()

    def _update_hint(self) -> None:
        ui = self.ui
        outcome = enum_value(ui.outcome, PlacementOutcome)
        if self.follow_ups:
            ui.followUpHint.hide()
            return
        ui.followUpHint.setText(self.tr("No follow-ups for this outcome.") if outcome in NO_FOLLOW_UP else self.tr(
            "Follow-ups are scheduled at 30, 90 and 180 days after the start date once the placement is saved."))
        ui.followUpHint.show()

    def _selected_follow_up(self) -> FollowUpDTO | None:
        rows = self.ui.followUps.selectionModel().selectedRows()
        return self.follow_ups[rows[0].row()] if rows else None

    def _update_follow_up_buttons(self) -> None:
        chosen = self._selected_follow_up()
        usable = bool(self.follow_ups)
        for w in (self.ui.followUpDate, self.ui.stillEmployed, self.ui.followUpNote):
            w.setEnabled(usable)
        self.ui.recordFollowUp.setEnabled(chosen is not None and chosen.done_on is None)

    def record_follow_up(self) -> None:
        chosen = self._selected_follow_up()
        self.errors.set_error("回访日期", "")
        if chosen is None:
            self.errors.set_error("回访日期", self.tr("Choose a follow-up in the table first."))
            return
        ui = self.ui

        def done(dto: FollowUpDTO) -> None:
            self.follow_up_recorded = True
            name = self.record.student_name if self.record else ui.student.currentText()
            self.ctx.notify(self.tr("Follow-up recorded: %1, %2 days").replace("%2", str(dto.day_mark))
                            .replace("%1", name))
            ui.followUpNote.clear()
            self._show_follow_ups([dto if f.id == dto.id else f for f in self.follow_ups])

        self.run(placement_records.record_follow_up, chosen.id, chosen.version, ui.followUpDate.date().toPython(),
                 ui.stillEmployed.isChecked(), ui.followUpNote.text(), on_done=done)

    def snapshot(self) -> list:
        """What the placement inputs show (to tell whether anything was edited); the
        follow-up inputs are saved on their own and left out."""
        ui = self.ui
        return [ui.student.currentText(), ui.outcome.currentIndex(), ui.employer.currentText(),
                ui.position.currentText(), ui.hasStartDate.isChecked(), ui.startDate.text(), ui.evidence.currentIndex(),
                ui.insured.isChecked(), ui.firstShanghaiJob.isChecked(), ui.note.toPlainText()]

    # -- save --------------------------------------------------------------------------
    def gather(self) -> PlacementInput:
        ui = self.ui
        student_id = ui.student.currentData() if ui.student.currentIndex() >= 0 and \
            ui.student.currentText() == ui.student.itemText(ui.student.currentIndex()) else None
        if student_id is None:
            raise ValidationError(Problem("学员", self.tr(
                "choose a student from the list (type part of the name to search)."),
                "choose a student from the list (type part of the name to search).", "student"))
        text = ui.employer.currentText().strip()
        i = ui.employer.findText(text, Qt.MatchFlag.MatchExactly)
        client_id = ui.employer.itemData(i) if text and i >= 0 else None
        old = self.record
        return PlacementInput(
            student_id=student_id, outcome=enum_value(ui.outcome, PlacementOutcome), employer_client_id=client_id,
            employer_name="" if client_id else text, position=ui.position.currentText().strip(),
            start_date=optional_date(ui.hasStartDate, ui.startDate),
            evidence=enum_value(ui.evidence, EvidenceLevel), first_shanghai_job=ui.firstShanghaiJob.isChecked(),
            insured_pension_medical=ui.insured.isChecked(),
            subsidy_months_used=old.subsidy_months_used if old else 0,
            subsidy_applied_on=old.subsidy_applied_on if old else None, note=ui.note.toPlainText())

    def create(self, db, actor, data: PlacementInput):
        dto = placements.record_placement(db, actor, data)
        return placement_records.get_placement(db, actor, dto.id)

    def update(self, db, actor, record_id: int, version: int | None, data: PlacementInput) -> PlacementRecordDTO:
        return placement_records.update_placement(db, actor, record_id, version, data)

    def reject(self) -> None:
        # A follow-up recorded and nothing else edited: close as "changed" so the list refreshes.
        if self.follow_up_recorded and not self.is_dirty():
            self.accept()
            return
        super().reject()
