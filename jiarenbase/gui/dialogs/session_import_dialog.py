"""Import practice sessions from a live platform's CSV export (直播数据导入).

Choose the file and the platform; the columns come pre-mapped from the mapping
saved for that platform (or a guess from the header synonyms); every change of the
mapping or the defaults checks the rows again and the preview shows which rows will
be imported and why the others will not. "Save this mapping" remembers the columns
for the platform on every desktop. Import runs behind a progress dialog, all or
nothing; afterwards `imported` holds the SessionImportResult.

    dialog = SessionImportDialog(ctx, parent)
    if dialog.exec():
        dialog.imported.count
"""
# zh_CN: English → 中文
#   Import sessions from a platform export → 从平台导出文件导入实训记录
#   CSV file → CSV 文件; Choose the CSV exported from the platform's back end → 选择从平台后台导出的 CSV 文件
#   Choose file… → 选择文件…; Platform → 平台; Kind → 类型; Student → 学员; Mentor → 导师; Products → 商品
#   For an export of one student's account: every row is theirs → 单个学员账号的导出：每一行都属于该学员
#   Where the file has none → 文件中没有商品时使用
#   Columns in the file → 文件中的列; Column → 列名; Example → 示例; Field → 对应字段
#   Save this mapping → 保存此映射
#   Remember these columns for this platform on every computer → 在所有电脑上记住此平台的列对应
#   Preview → 预览; (named in the file) → （按文件中的学员）; (each student's mentor) → （各学员的导师）
#   (ignore) → （不导入）; CSV files (*.csv *.txt) → CSV 文件 (*.csv *.txt)
#   Choose the platform export → 选择平台导出文件
#   %1 rows · encoding %2 · separated by %3 → 共 %1 行 · 编码 %2 · 分隔符 %3
#   Using the mapping saved for %1. → 使用为%1保存的列对应。
#   Guessed from the column names: check it, then save it for %1. → 根据列名推测：请核对后为%1保存。
#   Mapping saved for %1. → 已为%1保存列对应。
#   Column mapping saved for %1 → 已保存%1的列对应
#   %1 rows will be imported, %2 rejected, %3 skipped. → 将导入 %1 行，拒绝 %2 行，跳过 %3 行。
#   Import %1 sessions → 导入 %1 条记录; Importing sessions → 正在导入实训记录
#   comma → 逗号; tab → 制表符; semicolon → 分号
from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QComboBox, QDialog, QDialogButtonBox, QFileDialog, QHeaderView, QTableWidgetItem, QWidget

from ...core.domain.enums import Platform, SessionKind
from ...core.errors import ConflictError, JiarenError
from ...core.importing.session_csv import FIELDS, CsvTable, read_session_csv
from ...core.services import session_form, session_import
from ...core.services.session_form import SessionFormData
from ...core.services.session_import import ImportDefaults, SessionImportPreview, SessionImportResult
from ..context import AppContext
from ..dialog_fit import scroll_body
from ..forms.ui_session_import_dialog import Ui_SessionImportDialog
from ..models.session_import_model import SessionImportPreviewModel
from ..widgets.field_error import style_error_label
from ..widgets.progress import run_with_progress
from ..widgets.tinted_rows import TintedRowsDelegate
from .conflict_dialog import ConflictDialog
from .form_values import combo_value, enum_label, fill_combo, fill_enum, select_value

FIELD_COLUMN = 2
REASON_COLUMN = 2  # in the preview: the reason right after the status, the rest behind


class SessionImportDialog(QDialog):
    def __init__(self, ctx: AppContext, parent: QWidget | None = None, *, platform: Platform | None = None,
                 student_id: int | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.ui = Ui_SessionImportDialog()
        self.ui.setupUi(self)
        scroll_body(self)  # the form scrolls on a short screen; error line and buttons stay
        self.form: SessionFormData | None = None
        self.table: CsvTable | None = None
        self.preview: SessionImportPreview | None = None
        self.imported: SessionImportResult | None = None
        self._loading = False
        self.mapping_version: int | None = None  # of the saved mapping the columns came from
        self._preview_pending = False  # a newer preview was asked for than the one shown
        self._student_id = student_id
        self.model = SessionImportPreviewModel(ctx.lang, self)
        self._setup(platform or Platform.DOUYIN)
        ctx.ops.run(self, session_form.session_form_data, ctx.db, ctx.actor, success=self._form_loaded,
                    failure=self._failed)

    # -- service calls ---------------------------------------------------------------
    def _ask(self, kind: str, fn, *args, on_done, on_error=None) -> None:
        """Run `fn` off the GUI thread; of the calls of one kind only the newest one's
        answer is used (a thread pool may deliver an older one later)."""
        self.ctx.ops.run(self, fn, *args, success=on_done, failure=on_error or self._failed, latest=kind)

    # -- set-up -------------------------------------------------------------------
    def _setup(self, platform: Platform) -> None:
        ui = self.ui
        style_error_label(ui.formError)
        ui.formError.hide()
        for label in (ui.fileInfo, ui.mappingState, ui.summary):
            label.setStyleSheet("color: #57606a;")
        fill_enum(ui.platform, Platform, self.ctx.lang)
        select_value(ui.platform, platform)
        fill_enum(ui.kind, SessionKind, self.ctx.lang)
        select_value(ui.kind, SessionKind.LIVE_SESSION)
        ui.mentor.setVisible(not self.ctx.actor.is_mentor)
        ui.mentorLabel.setVisible(not self.ctx.actor.is_mentor)
        ui.preview.setModel(self.model)
        ui.preview.setItemDelegate(TintedRowsDelegate(ui.preview))
        ui.preview.verticalHeader().hide()
        header = ui.mappingTable.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Interactive)
        header.resizeSection(0, 130)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(FIELD_COLUMN, QHeaderView.ResizeMode.ResizeToContents)
        ui.mappingTable.verticalHeader().hide()
        ui.splitter.setSizes([420, 740])
        self.import_button = ui.buttons.button(QDialogButtonBox.StandardButton.Ok)
        ui.buttons.accepted.connect(self.start_import)
        ui.buttons.rejected.connect(self.reject)
        ui.browseButton.clicked.connect(self.browse)
        ui.platform.currentIndexChanged.connect(lambda _i: self._suggest())
        for combo in (ui.kind, ui.student, ui.mentor):
            combo.currentIndexChanged.connect(lambda _i: self.refresh_preview())
        ui.products.editingFinished.connect(self.refresh_preview)
        ui.saveMappingButton.clicked.connect(self.save_mapping)
        self._update_buttons()

    def _form_loaded(self, form: SessionFormData) -> None:
        self.form = form
        fill_combo(self.ui.student, [(s.name, s.id) for s in form.students], none_text=self.tr("(named in the file)"))
        select_value(self.ui.student, self._student_id)
        fill_combo(self.ui.mentor, [(m.name, m.id) for m in form.mentors], none_text=self.tr("(each student's mentor)"))

    # -- file -----------------------------------------------------------------------
    def browse(self) -> None:
        start = str(Path(self.ui.filePath.text()).parent) if self.ui.filePath.text() else str(Path.home())
        chosen, _ = QFileDialog.getOpenFileName(self, self.tr("Choose the platform export"), start,
                                                self.tr("CSV files (*.csv *.txt)"))
        if chosen:
            self.open_file(chosen)

    def open_file(self, path: str) -> None:
        self.ui.filePath.setText(path)
        self._error("")
        self._ask("file", read_session_csv, path, on_done=self._table_loaded, on_error=self._file_failed)

    def _file_failed(self, exc: JiarenError) -> None:
        self.table = None
        self.ui.mappingTable.setRowCount(0)
        self._drop_preview()
        self._failed(exc)

    def _table_loaded(self, table: CsvTable) -> None:
        self.table = table
        self._drop_preview()  # the previous file's rows are not this file's
        names = {",": self.tr("comma"), "\t": self.tr("tab"), ";": self.tr("semicolon")}
        self.ui.fileInfo.setText(self.tr("%1 rows · encoding %2 · separated by %3")
                                 .replace("%1", str(len(table.rows))).replace("%2", table.encoding.upper())
                                 .replace("%3", names.get(table.delimiter, table.delimiter)))
        self._suggest()

    # -- mapping ---------------------------------------------------------------------
    @property
    def platform(self) -> Platform:
        return Platform(combo_value(self.ui.platform))

    def _suggest(self) -> None:
        if self.table is None:
            return
        self._ask("mapping", session_import.suggest_mapping_for_edit, self.ctx.db, self.ctx.actor, self.platform,
                  self.table.headers, on_done=self._fill_mapping)

    def _fill_mapping(self, suggestion: session_import.MappingSuggestion) -> None:
        mapping, saved = suggestion.mapping, suggestion.saved
        self.mapping_version = suggestion.version  # a save over a newer mapping is refused
        table, ui = self.table, self.ui
        assert table is not None
        name = enum_label(self.platform, self.ctx.lang)
        ui.mappingState.setText((self.tr("Using the mapping saved for %1.") if saved else
                                 self.tr("Guessed from the column names: check it, then save it for %1."))
                                .replace("%1", name))
        self._loading = True
        ui.mappingTable.setRowCount(len(table.headers))
        choices = [(self.tr("(ignore)"), "")] + [(zh if self.ctx.lang == "zh" else en, key)
                                                  for key, (zh, en) in FIELDS.items()]
        for r, header in enumerate(table.headers):
            example = next((row[r] for row in table.rows if row[r].strip()), "")
            for c, text in enumerate((header, example)):
                item = QTableWidgetItem(text)
                item.setFlags(Qt.ItemFlag.ItemIsEnabled)
                item.setToolTip(text)
                ui.mappingTable.setItem(r, c, item)
            combo = QComboBox(ui.mappingTable)
            combo.setObjectName(f"field_{r}")
            fill_combo(combo, choices)
            select_value(combo, mapping.get(header, ""))
            combo.currentIndexChanged.connect(lambda _i: self.refresh_preview())
            ui.mappingTable.setCellWidget(r, FIELD_COLUMN, combo)
        ui.mappingTable.resizeRowsToContents()
        self._loading = False
        self.refresh_preview()

    def mapping(self) -> dict[str, str]:
        """CSV header → field as chosen in the table ("" = ignored)."""
        if self.table is None:
            return {}
        out = {}
        for r, header in enumerate(self.table.headers):
            combo = self.ui.mappingTable.cellWidget(r, FIELD_COLUMN)
            out[header] = combo_value(combo) or "" if combo is not None else ""
        return out

    def field_combo(self, header: str) -> QComboBox:
        assert self.table is not None
        return self.ui.mappingTable.cellWidget(self.table.headers.index(header), FIELD_COLUMN)

    def save_mapping(self, version: int | None = None) -> None:
        if self.table is None:
            return
        name = enum_label(self.platform, self.ctx.lang)
        expected = self.mapping_version if version is None else version
        self.ctx.ops.run(self, session_import.save_column_mapping, self.ctx.db, self.ctx.actor, self.platform,
                         self.mapping(), expected, failure=self._mapping_failed, busy=[self.ui.saveMappingButton],
                         success=lambda _m: self._mapping_saved(expected, name))

    def _mapping_saved(self, expected: int | None, name: str) -> None:
        if expected is not None:
            self.mapping_version = expected + 1  # this save's: saving again is not a conflict with itself
        self.ui.mappingState.setText(self.tr("Mapping saved for %1.").replace("%1", name))
        self.ctx.notify(self.tr("Column mapping saved for %1").replace("%1", name))

    def _mapping_failed(self, exc: JiarenError) -> None:
        """A mapping another desktop saved meanwhile: reload it (the columns change), save
        this one over it, or keep choosing."""
        self._failed(exc)
        if not isinstance(exc, ConflictError):
            return
        choice = ConflictDialog.ask(self)
        if choice == ConflictDialog.RELOAD:
            self._suggest()
        elif choice == ConflictDialog.OVERWRITE:
            self._ask("mapping", session_import.suggest_mapping_for_edit, self.ctx.db, self.ctx.actor,
                      self.platform, [], on_done=lambda now: self.save_mapping(now.version))

    # -- preview -----------------------------------------------------------------------
    def defaults(self) -> ImportDefaults:
        ui = self.ui
        return ImportDefaults(kind=SessionKind(combo_value(ui.kind)), student_id=combo_value(ui.student),
                              mentor_id=None if self.ctx.actor.is_mentor else combo_value(ui.mentor),
                              products=ui.products.text().strip())

    def refresh_preview(self) -> None:
        if self.table is None or self._loading or self.form is None:
            return
        self._preview_pending = True  # nothing is imported until the preview of what is on screen is in
        self._update_buttons()
        self._ask("preview", session_import.preview_session_import, self.ctx.db, self.ctx.actor, self.table,
                  self.platform, self.mapping(), self.defaults(), on_done=self._show_preview,
                  on_error=self._preview_failed)

    def _preview_failed(self, exc: JiarenError) -> None:
        self._preview_pending = False
        self._update_buttons()
        self._failed(exc)

    def _drop_preview(self) -> None:
        """Forget the preview shown and any still being made."""
        self.ctx.ops.cancel(self, "preview")
        self._show_preview(None)

    def _show_preview(self, preview: SessionImportPreview | None) -> None:
        self._preview_pending = False
        self.preview = preview
        self.model.set_preview(preview)
        self.ui.preview.resizeColumnsToContents()
        reason = self.ui.preview.horizontalHeader()
        reason.resizeSection(REASON_COLUMN, min(max(reason.sectionSize(REASON_COLUMN), 120), 320))
        if preview is None:
            self.ui.summary.setText("")
        else:
            accepted, skipped = len(preview.accepted), sum(1 for r in preview.rows if r.skipped)
            text = self.tr("%1 rows will be imported, %2 rejected, %3 skipped.").replace(
                "%1", str(accepted)).replace("%2", str(len(preview.rows) - accepted - skipped)).replace(
                "%3", str(skipped))
            self.ui.summary.setText(text)
            self._error("\n".join(p.text(self.ctx.lang) for p in preview.mapping_problems))
        self._update_buttons()

    def _update_buttons(self) -> None:
        n = len(self.preview.accepted) if self.preview else 0
        self.import_button.setText(self.tr("Import %1 sessions").replace("%1", str(n)))
        self.import_button.setEnabled(n > 0 and not self._preview_pending)
        self.ui.saveMappingButton.setEnabled(self.table is not None)

    # -- import -------------------------------------------------------------------------
    def start_import(self) -> None:
        if not self.preview or not self.preview.accepted or self._preview_pending:
            return
        run_with_progress(self.ctx, self, self.tr("Importing sessions"), session_import.import_sessions,
                          self.ctx.db, self.ctx.actor, self.preview, on_done=self._imported,
                          on_error=self._import_failed, on_cancelled=self._import_cancelled,
                          busy=[self.import_button])

    def _imported(self, result: SessionImportResult) -> None:
        self.imported = result
        self.accept()

    def _import_cancelled(self, _exc: JiarenError) -> None:
        self._update_buttons()

    def _import_failed(self, exc: JiarenError) -> None:
        self._update_buttons()
        self._failed(exc)

    def _error(self, text: str) -> None:
        self.ui.formError.setText(text)
        self.ui.formError.setVisible(bool(text))

    def _failed(self, exc: JiarenError) -> None:
        self._error(self.ctx.message(exc))
