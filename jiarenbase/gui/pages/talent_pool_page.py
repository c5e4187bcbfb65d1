"""人才库: answer an enterprise client's request from the talent pool — search by
skills, certificate level and session metrics, read a candidate's file (skills,
best sessions, certificates, contact consent) and export a shortlist to Excel.
Staff also archive the graduates not placed (建档留档). Mentors see their own
students in the pool and cannot archive or export.

    page = TalentPoolPage(ctx)   # searches when first shown
"""
# zh_CN: English → 中文
#   Talent pool → 人才库; Skills → 技能; e.g. 主播 数据复盘 (all words must match) → 如：主播 数据复盘（须全部包含）
#   Certificate at least → 证书等级不低于; Any level → 不限等级; Any occupation → 不限职业
#   Best conversion ≥ → 最佳转化率 ≥
#   Average rubric ≥ → 平均评分 ≥
#   Only those who agreed to be contacted → 仅限同意联系的
#   Search → 搜索; Clear → 清除; Candidate file → 候选人档案
#   Archive unplaced graduates… → 未就业结业学员归档…; Export shortlist… → 导出候选名单…
#   Name → 姓名; Cohort → 批次; Top certificate → 最高证书; Best conversion → 最佳转化率; Avg rubric → 平均评分
#   Sessions → 实训场次; Consent → 同意联系; Yes → 是; No → 否
#   %1 candidates · %2 selected → 共 %1 人 · 已选 %2 人
#   No one in the talent pool matches. Loosen a filter, e.g. a lower certificate level.
#     → 人才库中没有符合条件的学员。请放宽条件，例如降低证书等级。
#   The talent pool is empty. Graduates not placed are archived here with their file.
#     → 人才库还是空的。未就业的结业学员会在此建档留档。
#   Choose a candidate to see the file. → 选择一名候选人查看档案。
#   Agreed to be contacted by enterprise clients → 已同意企业联系
#   Has NOT agreed to be contacted: pass requests on through the base → 未同意被联系：请经基地转达
#   Phone → 手机; School → 院校; Major → 专业; Left school → 离校日期; Best sessions → 最佳实训; Certificates → 证书
#   No sessions logged. → 暂无实训记录。; No certificates. → 暂无证书。; Note → 备注
#   Rubric → 评分; Conversion → 转化率; Viewers → 观看; Buyers → 成交
#   Archive to talent pool → 归入人才库
#   Every graduate who completed training is placed, in the pool or has an unknown outcome to find out.
#     → 所有结业学员均已就业、已在人才库，或去向未知待核实。
#   Archive %1 graduates not placed into the talent pool?\n%2 → 将 %1 名未就业的结业学员归入人才库？\n%2
#   %1 archived to the talent pool. → 已将 %1 人归入人才库。
#   Shortlist saved: %1 (%2 candidates) → 候选名单已保存：%1（%2 人）
#   Excel workbook (*.xlsx) → Excel 工作簿 (*.xlsx); shortlist → 候选名单
from __future__ import annotations

import html
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFileDialog, QMessageBox, QTableWidgetItem, QWidget

from ...core.domain.enums import Occupation, SkillLevel
from ...core.errors import JiarenError
from ...core.services import talent_pool
from ...core.services.talent_pool import CandidateDTO, CandidateFileDTO, TalentQuery
from ..context import AppContext
from ..dialogs.form_values import enum_label, enum_value, fill_combo
from ..forms.ui_talent_pool_page import Ui_TalentPoolPage
from ..lazy import LazyLoad
from ..widgets.field_error import style_error_label
from ..widgets.table_fit import fit_columns

NUMBER = Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter


def _percent(value: float | None) -> str:
    return "—" if value is None else f"{value:.1%}"


def _score(value: float | None) -> str:
    return "—" if value is None else f"{value:.1f}"


class TalentPoolPage(QWidget):
    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.ui = Ui_TalentPoolPage()
        self.ui.setupUi(self)
        self.setObjectName("talent_pool")
        self.rows: list[CandidateDTO] = []
        self.file: CandidateFileDTO | None = None
        self._filtered = False
        self.lazy = LazyLoad(self, self.search, refresh_key=False)  # F5 is the main window's
        ui = self.ui
        ui.title.setStyleSheet("font-size: 20px; font-weight: 600;")
        ui.emptyState.setStyleSheet("color: palette(mid); font-size: 14px;")
        style_error_label(ui.searchError)
        ui.searchError.hide()
        fill_combo(ui.minLevel, ((enum_label(m, ctx.lang), m) for m in SkillLevel), none_text=self.tr("Any level"))
        fill_combo(ui.occupation, ((enum_label(m, ctx.lang), m) for m in Occupation),
                   none_text=self.tr("Any occupation"))
        headers = [self.tr("Name"), self.tr("Cohort"), self.tr("Skills"), self.tr("Top certificate"),
                   self.tr("Best conversion"), self.tr("Avg rubric"), self.tr("Sessions"), self.tr("Consent")]
        ui.results.setColumnCount(len(headers))
        ui.results.setHorizontalHeaderLabels(headers)
        ui.splitter.setStretchFactor(0, 3)
        ui.splitter.setStretchFactor(1, 2)
        ui.splitter.setSizes([820, 440])
        ui.bottomBar.setStretch(0, 1)
        ui.candidateFile.setStyleSheet("QTextBrowser { color: #24292f; }")
        ui.searchButton.clicked.connect(self.search)
        ui.skill.returnPressed.connect(self.search)
        ui.clearButton.clicked.connect(self.clear_filters)
        ui.results.itemSelectionChanged.connect(self._selection_changed)
        ui.archiveButton.clicked.connect(self.archive_unplaced)
        ui.exportButton.clicked.connect(self.export_shortlist)
        staff = not ctx.actor.is_mentor
        ui.archiveButton.setVisible(staff)
        ui.exportButton.setVisible(staff)
        ui.candidateFile.setPlaceholderText(self.tr("Choose a candidate to see the file."))
        self._update_buttons()

    def refresh(self) -> None:
        self.search()

    # -- search ------------------------------------------------------------------
    def query(self) -> TalentQuery:
        ui = self.ui
        return TalentQuery(
            skill=ui.skill.text().strip(), min_level=enum_value(ui.minLevel, SkillLevel),
            occupation=enum_value(ui.occupation, Occupation),
            min_best_conversion=ui.minConversion.value() / 100 if ui.minConversion.value() > 0 else None,
            min_average_rubric=ui.minRubric.value() if ui.minRubric.value() > 0 else None,
            consent_only=ui.consentOnly.isChecked())

    def search(self) -> None:
        self.lazy.started = True  # (also when called before the page was first shown)
        q = self.query()
        self._filtered = q != TalentQuery()
        self.ctx.ops.run(self, talent_pool.search_talent_pool, self.ctx.db, self.ctx.actor, q,
                         success=self._show_results, failure=self._failed, latest="search",
                         busy=[self.ui.searchButton])

    def clear_filters(self) -> None:
        ui = self.ui
        ui.skill.clear()
        ui.minLevel.setCurrentIndex(0)
        ui.occupation.setCurrentIndex(0)
        ui.minConversion.setValue(0)
        ui.minRubric.setValue(0)
        ui.consentOnly.setChecked(False)
        self.search()

    def _failed(self, exc: JiarenError) -> None:
        self.ui.searchError.setText(self.ctx.message(exc))
        self.ui.searchError.show()

    def _show_results(self, rows: list[CandidateDTO]) -> None:
        ui = self.ui
        ui.searchError.hide()
        self.rows = rows
        table = ui.results
        table.setSortingEnabled(False)
        table.setRowCount(len(rows))
        yes, no = self.tr("Yes"), self.tr("No")
        for r, c in enumerate(rows):
            values = (c.name, c.cohort_code, c.skills, enum_label(c.top_level, self.ctx.lang) if c.top_level else "—",
                      _percent(c.best_conversion), _score(c.average_rubric), str(c.sessions),
                      yes if c.contact_consent else no)
            for col, text in enumerate(values):
                item = QTableWidgetItem(text)
                if col in (4, 5, 6):
                    item.setTextAlignment(NUMBER)
                if col == 2:
                    item.setToolTip(c.skills)
                table.setItem(r, col, item)
        fit_columns(table, stretch=2)
        if rows:
            ui.resultsStack.setCurrentWidget(table)
            table.selectRow(0)
        else:
            ui.emptyState.setText(self.tr(
                "No one in the talent pool matches. Loosen a filter, e.g. a lower certificate level.")
                if self._filtered else self.tr(
                "The talent pool is empty. Graduates not placed are archived here with their file."))
            ui.resultsStack.setCurrentWidget(ui.emptyState)
            self._show_file(None)
        self._update_buttons()

    # -- candidate file -----------------------------------------------------------
    def selected(self) -> list[CandidateDTO]:
        rows = sorted({i.row() for i in self.ui.results.selectionModel().selectedRows()})
        return [self.rows[r] for r in rows if r < len(self.rows)]

    def _selection_changed(self) -> None:
        chosen = self.selected()
        self._update_buttons()
        if len(chosen) != 1:
            return
        self.ctx.ops.run(self, talent_pool.candidate_file, self.ctx.db, self.ctx.actor, chosen[0].student_id,
                         success=self._show_file, failure=self._failed, latest="file")

    def _show_file(self, f: CandidateFileDTO | None) -> None:
        self.file = f
        if f is None:
            self.ui.candidateFile.clear()
            return
        self.ui.candidateFile.setHtml(self.file_html(f))

    def file_html(self, f: CandidateFileDTO) -> str:
        c, e, lang = f.candidate, html.escape, self.ctx.lang
        # Translated first: lupdate cannot see tr() inside an f-string.
        agreed = e(self.tr("Agreed to be contacted by enterprise clients"))
        refused = e(self.tr("Has NOT agreed to be contacted: pass requests on through the base"))
        best, no_sessions = e(self.tr("Best sessions")), e(self.tr("No sessions logged."))
        certificates, no_certificates = e(self.tr("Certificates")), e(self.tr("No certificates."))
        note = e(self.tr("Note"))
        consent = (f'<p style="color:#1a7f37"><b>✔ {agreed}</b></p>'
                   if c.contact_consent else
                   f'<p style="color:#b42318"><b>✘ {refused}</b></p>')
        facts = [(self.tr("Cohort"), c.cohort_code), (self.tr("School"), c.school_name), (self.tr("Major"), f.major),
                 (self.tr("Left school"), f.left_school_on.isoformat() if f.left_school_on else ""),
                 (self.tr("Phone"), f.phone if c.contact_consent else "—"), (self.tr("Skills"), c.skills)]
        rows = "".join(f"<tr><td style='color:#57606a;padding-right:10px'>{e(k)}</td><td>{e(v or '—')}</td></tr>"
                       for k, v in facts)
        parts = [f"<h3>{e(c.name)}</h3>", consent, f"<table>{rows}</table>",
                 f"<h4>{best}</h4>"]
        if f.best_sessions:
            head = "".join(f"<th align='left'>{e(h)}</th>" for h in (
                "", self.tr("Rubric"), self.tr("Conversion"), self.tr("Viewers"), self.tr("Buyers")))
            body = "".join(
                f"<tr><td style='white-space:nowrap'>{s.started_at:%Y-%m-%d} {e(enum_label(s.kind, lang))}</td>"
                f"<td>{_score(s.rubric_average)}</td><td>{_percent(s.conversion)}</td><td>{s.viewers}</td><td>{s.buyers}</td></tr>"
                for s in f.best_sessions)
            parts.append(f"<table cellspacing='0' cellpadding='3'><tr>{head}</tr>{body}</table>")
        else:
            parts.append(f"<p>{no_sessions}</p>")
        parts.append(f"<h4>{certificates}</h4>")
        if f.certificates:
            parts.append("<ul>" + "".join(
                f"<li>{e(enum_label(x.level, lang))} · {e(enum_label(x.occupation, lang))} {e(x.work_type)} · "
                f"{e(enum_label(x.kind, lang))} {e(x.number)} ({x.issued_on:%Y-%m-%d})</li>"
                for x in f.certificates) + "</ul>")
        else:
            parts.append(f"<p>{no_certificates}</p>")
        if f.pool_note:
            pool_note = e(f.pool_note).replace("\n", "<br>")  # kept as typed: its lines too
            parts.append(f"<p><span style='color:#57606a'>{note}</span> {pool_note}</p>")
        return '<div style="color:#24292f">' + "".join(parts) + "</div>"

    def _update_buttons(self) -> None:
        n = len(self.selected()) if self.rows else 0
        self.ui.exportButton.setEnabled(bool(self.rows))
        self.ui.summary.setText(self.tr("%1 candidates · %2 selected").replace("%1", str(len(self.rows)))
                                .replace("%2", str(n)))

    # -- archive / export -------------------------------------------------------------
    def archive_unplaced(self) -> None:
        self.ctx.ops.run(self, talent_pool.unplaced_graduates, self.ctx.db, self.ctx.actor,
                         success=self._confirm_archive, failure=self._failed, busy=[self.ui.archiveButton])

    def _confirm_archive(self, graduates: list) -> None:
        title = self.tr("Archive to talent pool")
        if not graduates:
            QMessageBox.information(self, title, self.tr(
                "Every graduate who completed training is placed, in the pool or has an unknown outcome to find out."))
            return
        names = "、".join(g.name for g in graduates[:20]) + ("…" if len(graduates) > 20 else "")
        text = self.tr("Archive %1 graduates not placed into the talent pool?\n%2").replace(
            "%1", str(len(graduates))).replace("%2", names)
        if QMessageBox.question(self, title, text) != QMessageBox.StandardButton.Yes:
            return
        self.ctx.ops.run(self, talent_pool.archive_to_talent_pool, self.ctx.db, self.ctx.actor,
                         [g.student_id for g in graduates], success=self._archived, failure=self._failed,
                         busy=[self.ui.archiveButton])

    def _archived(self, n: int) -> None:
        self.ctx.notify(self.tr("%1 archived to the talent pool.").replace("%1", str(n)))
        self.search()

    def export_shortlist(self) -> None:
        chosen = self.selected() or self.rows
        if not chosen:
            return
        default = str(Path(self.ctx.data_dir) / (self.tr("shortlist") + ".xlsx"))
        path, _ = QFileDialog.getSaveFileName(self, self.tr("Export shortlist…"), default,
                                              self.tr("Excel workbook (*.xlsx)"))
        if not path:
            return
        if not path.lower().endswith(".xlsx"):
            path += ".xlsx"
        self.ctx.ops.run(self, talent_pool.export_shortlist, self.ctx.db, self.ctx.actor, Path(path),
                         [c.student_id for c in chosen], busy=[self.ui.exportButton],
                         success=lambda n: self.ctx.notify(self.tr("Shortlist saved: %1 (%2 candidates)")
                                                           .replace("%1", path).replace("%2", str(n))),
                         failure=lambda exc: QMessageBox.warning(self, self.tr("Export shortlist…"),
                                                                 self.ctx.message(exc)))
