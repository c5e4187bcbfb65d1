"""The main window: navigation on the left, pages on the right, menus, status bar.

Each role sees its own app: a mentor gets the pages of a mentor's work (MENTOR_PAGES),
not lists that would only be empty for them or say "ask staff". 文件 → 注销 and
切换用户 are asked of the desktop session (gui/session_loop.py) through signals.

# zh_CN: English → 中文
#   Switch user… → 切换用户…
#   Sign out → 注销
#   Audit log → 操作日志
#   Import photos… → 导入照片…
#   Photos named by student number (学号.jpg) in a folder → 文件夹中按学号命名的照片（学号.jpg）
#   Verify… → 核验…
#   Check a completion certificate by its QR code or number and code → 按二维码或证书编号与核验码核验结业证书
"""
from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace

from PySide6.QtCore import QSettings, QSize, Qt, QUrl, Signal
from PySide6.QtGui import QAction, QDesktopServices, QKeySequence
from PySide6.QtWidgets import QDialog, QLabel, QMainWindow, QMessageBox, QSizePolicy, QWidget

from . import audit_warning
from .connection_watch import ConnectionWatch
from .context import AppContext
from .forms.ui_main_window import Ui_MainWindow
from .notices import NoticeArea
from .pages.dashboard import DashboardPage
from .window_fit import fit_window

FIRST_SIZE = QSize(1366, 820)  # the first window: this, or the screen's available area if smaller
# Rows compact enough that an administrator's 21 pages fit a 1366×768 screen (the list scrolls on smaller ones).
NAVIGATION_STYLE = "QListWidget::item { height: 28px; min-height: 28px; padding: 0px 12px; }"
PageFactory = Callable[[AppContext, QWidget], QWidget]

# What a mentor works with: the own students and their stages, the rooms, the sessions
# they log, their own load, their students' exams (results, readiness) and the cohorts'
# dates. Left out, each a dead end for a mentor: 合作院校, 企业 and 导师 (staff's records;
# 导师 would list colleagues' mobile numbers), 就业, 人才库, 补贴, 服务期协议 and 证书 (staff
# record them; a mentor's students' placements and certificates are in the student file),
# 报表 (staff print them), 用户 and 回收站 (administrators).
MENTOR_PAGES = frozenset({"dashboard", "students", "cohorts", "stage_board", "mentor_workload", "rooms",
                          "sessions", "exams", "settings"})


class MainWindow(QMainWindow):
    sign_out_requested = Signal()  # 文件 → 注销
    switch_user_requested = Signal()  # 文件 → 切换用户
    closed = Signal()  # the window was closed (its state saved)

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.ui = Ui_MainWindow()
        self.ui.setupUi(self)
        self.setWindowTitle(self.tr("JiarenBase — 自家人 live-streaming training base"))
        self.page_keys: list[str] = []
        self._student_windows: dict[int, QWidget] = {}
        self.pages: dict[str, QWidget] = {}
        for key, title, factory in self._page_table():
            page = factory(ctx, self)
            self.page_keys.append(key)
            self.pages[key] = page
            self.ui.navigation.addItem(title)
            self.ui.pages.addWidget(page)
        self.dashboard: DashboardPage = self.pages["dashboard"]  # type: ignore[assignment]
        for key, page in self.pages.items():
            if key != "dashboard" and hasattr(page, "changed"):
                page.changed.connect(self.dashboard.refresh)
        self.ui.navigation.setStyleSheet(NAVIGATION_STYLE)
        self.ui.navigation.currentRowChanged.connect(self._show_page)
        self._wire_pages()
        self._build_menus()
        self.db_label = QLabel(ctx.db.describe())
        self.user_label = QLabel(self._person(ctx.actor.display_name or ctx.actor.username))
        self.ui.statusbar.addWidget(self.db_label, 1)
        self.ui.statusbar.addPermanentWidget(self.user_label)
        self.notice_area = NoticeArea(ctx.notices, self.ui.statusbar, ctx.undo)
        self.connection_watch = ConnectionWatch.install(ctx, self.ui.statusbar)  # PostgreSQL: lost / back
        audit_warning.install(self, ctx)  # administrators: a red warning while the audit chain is broken
        self._restore_state()
        self.dashboard.refresh()
        self._load_title()
        self._load_person()

    def _load_title(self) -> None:
        """The window is named after the base (设置 → 基地信息), read in the background."""
        from ..core.services.base_profile import load_profile, window_title

        self.ctx.ops.run(self, load_profile, self.ctx.db, self.ctx.actor,
                         success=lambda profile: self.setWindowTitle(window_title(profile)))

    def _person(self, name: str) -> str:
        role = self.ctx.actor.role.zh if self.ctx.lang == "zh" else self.ctx.actor.role.value
        return f"{name}（{role}）"

    def _load_person(self) -> None:
        """A mentor's account is shown by the mentor's own name (王敏（导师）), not the
        account's display name (often just "导师")."""
        from ..core.services.mentors import get_mentor

        if self.ctx.actor.mentor_id is not None:
            self.ctx.ops.run(self, get_mentor, self.ctx.db, self.ctx.actor, self.ctx.actor.mentor_id,
                             success=lambda mentor: self.user_label.setText(self._person(mentor.name)),
                             failure=lambda _exc: None)  # a mentor record since deleted: the account's name stays

    # -- pages -------------------------------------------------------------
    def _page_table(self) -> list[tuple[str, str, PageFactory]]:
        """The navigation, in the order staff know from the brief (工作台 … 设置);
        administrators also get 用户, 操作日志 and 回收站; mentors only MENTOR_PAGES."""
        from .pages.agreements_page import AgreementsPage
        from .pages.exams_page import ExamsPage
        from .pages.mentor_workload_page import MentorWorkloadPage
        from .pages.reports_page import ReportsPage
        from .pages.rooms_page import RoomsPage
        from .pages.settings_page import SettingsPage
        from .pages.stage_board_page import StageBoardPage
        from .pages.subsidy_page import SubsidyPage
        from .pages.talent_pool_page import TalentPoolPage

        lists = dict(self._list_pages())
        table: list[tuple[str, str, PageFactory]] = [
            ("dashboard", self.tr("Dashboard"), lambda c, p: DashboardPage(c, p))]
        for key in ("students", "cohorts"):
            table.append((key, *lists[key]))
        table.append(("stage_board", self.tr("Stage board"), lambda c, p: StageBoardPage(c, p)))
        for key in ("schools", "clients", "mentors"):
            table.append((key, *lists[key]))
        table.append(("mentor_workload", self.tr("Mentor workload"),
                      lambda c, p: MentorWorkloadPage(c, p)))
        table.append(("rooms", self.tr("Live rooms"), lambda c, p: RoomsPage(c, p)))
        table.append(("sessions", *lists["sessions"]))
        table.append(("placements", *lists["placements"]))
        table.append(("talent_pool", self.tr("Talent pool"), lambda c, p: TalentPoolPage(c, p)))
        table.append(("subsidy", self.tr("Subsidy"), lambda c, p: SubsidyPage(c, p)))
        table.append(("agreements", self.tr("Service agreements"), lambda c, p: AgreementsPage(c, p)))
        table.append(("certificates", *lists["certificates"]))
        table.append(("exams", self.tr("Exams"), lambda c, p: ExamsPage(c, p)))
        table.append(("reports", self.tr("Reports"), lambda c, p: ReportsPage(c, p)))
        table.append(("settings", self.tr("Settings"), lambda c, p: SettingsPage(c, p)))
        if self.ctx.is_admin:
            from .pages.audit_page import AuditPage
            from .pages.trash_page import TrashPage

            table.append(("users", *lists["users"]))
            table.append(("audit", self.tr("Audit log"), lambda c, p: AuditPage(c, p)))
            table.append(("trash", self.tr("Trash"), lambda c, p: TrashPage(c, p)))
        if self.ctx.is_mentor:
            table = [row for row in table if row[0] in MENTOR_PAGES]
        return table

    def _list_pages(self) -> list[tuple[str, tuple[str, PageFactory]]]:
        """Each record list with its create/edit dialog wired in."""
        from .dialogs.client_dialog import ClientDialog
        from .dialogs.cohort_dialog import CohortDialog
        from .dialogs.mentor_dialog import MentorDialog
        from .dialogs.placement_dialog import PlacementDialog
        from .dialogs.school_dialog import SchoolDialog
        from .dialogs.session_dialog import SessionDialog
        from .dialogs.student_dialog import StudentDialog
        from .dialogs.user_dialog import UserDialog
        from .models.spec import tr_spec
        from .pages.list_page import ListPage
        from .pages.specs import ALL_SPECS

        dialogs = {"students": StudentDialog, "cohorts": CohortDialog, "schools": SchoolDialog,
                   "clients": ClientDialog, "mentors": MentorDialog, "users": UserDialog,
                   "sessions": SessionDialog, "placements": PlacementDialog}
        out = []
        for spec in ALL_SPECS:
            dialog = dialogs.get(spec.key)
            wired = replace(spec, dialog=dialog, can_create=spec.can_create and dialog is not None)
            out.append((spec.key, (tr_spec(spec.title), (lambda sp: lambda c, p: ListPage(c, sp, p))(wired))))
        return out

    def _wire_pages(self) -> None:
        """Page-specific actions that open the training-flow dialogs and windows."""
        from .pages.session_actions import add_session_actions

        students, cohorts = self.pages["students"], self.pages["cohorts"]
        students.add_action(self.tr("Student file"), lambda: self._open_selected_student(students),
                            needs_selection=True, tooltip=self.tr("Timeline and growth charts of the student"))
        students.set_activation(lambda: self._open_selected_student(students))  # double-click, Enter; F2 edits
        students.add_action(self.tr("Assign mentor"), lambda: self.assign_mentor(students),
                            needs_selection=True, staff_only=True)
        students.add_action(self.tr("Import photos…"), lambda: self._import_photos(), staff_only=True,
                            tooltip=self.tr("Photos named by student number (学号.jpg) in a folder"))
        cohorts.add_action(self.tr("Assign mentors by cohort"), lambda: self.assign_cohort(cohorts),
                           needs_selection=True, staff_only=True)
        add_session_actions(self.pages["sessions"])
        certificates = self.pages.get("certificates")  # not a mentor's page
        if certificates is not None:
            certificates.add_action(self.tr("Verify…"), lambda: self._verify_certificate(),
                                    tooltip=self.tr("Check a completion certificate by its QR code or number and code"))
        clients = self.pages.get("clients")  # not a mentor's page
        if clients is not None:
            clients.add_action(self.tr("Orders and placements"), lambda: self.client_detail(clients),
                               needs_selection=True)
        self.pages["stage_board"].student_requested.connect(self.open_student)
        self.pages["rooms"].log_session_requested.connect(self.log_session_for_booking)
        self.dashboard.open_list.connect(self.open_list)

    def open_list(self, key: str, filters: dict | None = None) -> None:
        """A dashboard figure opens the list behind it, filtered as the figure counts."""
        from .pages.list_page import ListPage

        filters = dict(filters or {})
        if key == "placements" and "student_id" in filters:  # a follow-up: the student's file
            self.open_student(filters["student_id"])
            return
        if key == "students" and filters.pop("in_talent_pool", None):
            key = "talent_pool"
        if key not in self.pages:
            return
        self.show_page(key)
        page = self.pages[key]
        if isinstance(page, ListPage):
            for name in page.filter_keys():  # only what the figure counts: other filters back to all
                page.set_filter(name, filters.get(name))

    def _import_photos(self) -> None:
        from .photo_import import import_photos

        import_photos(self, self.ctx)

    def _verify_certificate(self) -> None:
        from .dialogs.certificate_verify_dialog import open_verify_dialog

        open_verify_dialog(self, self.ctx)

    def _open_selected_student(self, page) -> None:
        for record in page.selected_records()[:5]:  # a handful of windows at most
            self.open_student(record.id)

    def open_student(self, student_id: int) -> QWidget:
        """The student file (学员档案) in its own window, one per student."""
        from .pages.student_page import StudentPage

        window = self._student_windows.get(student_id)
        if window is None:
            window = StudentPage(self.ctx, student_id, self)
            window.setWindowFlag(Qt.WindowType.Window)
            window.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
            fit_window(window, None, QSize(1280, 820))  # at most the screen
            window.destroyed.connect(lambda *_a, sid=student_id: self._student_windows.pop(sid, None))
            self._student_windows[student_id] = window
        window.show()
        window.raise_()
        window.activateWindow()
        return window

    def log_session_for_booking(self, booking_id: int) -> None:
        """记录实训 from a booking in the room week: the session form pre-filled from it."""
        from .dialogs.session_dialog import SessionDialog

        self._run_modal(SessionDialog(self.ctx, None, self, booking_id=booking_id), self.pages["sessions"])

    def client_detail(self, page) -> None:
        """订单与就业: an enterprise client's training orders and the graduates placed there."""
        from .dialogs.client_detail_dialog import ClientDetailDialog

        records = page.selected_records()
        if records:
            self._run_modal(ClientDetailDialog(self.ctx, records[0].id, self), page)

    def assign_mentor(self, page) -> None:
        from .dialogs.assign_mentor_dialog import AssignMentorDialog

        ids = [r.id for r in page.selected_records()]
        if ids:
            self._run_modal(AssignMentorDialog(self.ctx, ids, self), page)

    def assign_cohort(self, page) -> None:
        from .dialogs.cohort_assign_dialog import CohortAssignDialog

        records = page.selected_records()
        if records:
            self._run_modal(CohortAssignDialog(self.ctx, records[0].id, self), page)

    def _run_modal(self, dialog, page) -> None:
        """Run a dialog; when it saved something, refresh the page and the dashboard."""
        try:
            changed = dialog.exec() == QDialog.DialogCode.Accepted
        finally:
            dialog.deleteLater()
        if changed:
            page.refresh()
            self.dashboard.refresh()

    def _show_page(self, row: int) -> None:
        # Only the page in front sets how small the window may be: one wide page must
        # not keep the window wider than a laptop screen on every other page.
        for i in range(self.ui.pages.count()):
            policy = QSizePolicy.Policy.Preferred if i == row else QSizePolicy.Policy.Ignored
            self.ui.pages.widget(i).setSizePolicy(policy, policy)
        self.ui.pages.setCurrentIndex(row)
        lazy = getattr(self.ui.pages.currentWidget(), "lazy", None)
        if lazy is not None:  # loads the page now, also while the window is still hidden
            lazy.ensure()

    def show_page(self, key: str) -> None:
        self.ui.navigation.setCurrentRow(self.page_keys.index(key))

    # -- menus -------------------------------------------------------------
    def _build_menus(self) -> None:
        bar = self.menuBar()
        file_menu = bar.addMenu(self.tr("&File"))
        self.import_action = QAction(self.tr("Import roster…"), self)
        self.import_action.setShortcut(QKeySequence("Ctrl+I"))
        self.import_action.triggered.connect(self.import_roster)
        self.import_action.setVisible(not self.ctx.is_mentor)
        file_menu.addAction(self.import_action)
        self.backup_action = QAction(self.tr("Back up now"), self)
        self.backup_action.triggered.connect(self.backup_now)
        self.backup_action.setVisible(not self.ctx.is_mentor)
        file_menu.addAction(self.backup_action)
        self.open_data_dir = QAction(self.tr("Open data folder"), self)
        self.open_data_dir.triggered.connect(
            lambda: QDesktopServices.openUrl(QUrl.fromLocalFile(str(self.ctx.data_dir))))
        self.open_data_dir.setVisible(not self.ctx.is_mentor)  # the database file, its backups and logs
        file_menu.addAction(self.open_data_dir)
        file_menu.addSeparator()
        self.switch_user_action = QAction(self.tr("Switch user…"), self)
        self.switch_user_action.triggered.connect(self.switch_user_requested)
        file_menu.addAction(self.switch_user_action)
        self.sign_out_action = QAction(self.tr("Sign out"), self)
        self.sign_out_action.triggered.connect(self.sign_out_requested)
        file_menu.addAction(self.sign_out_action)
        file_menu.addSeparator()
        quit_action = QAction(self.tr("E&xit"), self)
        quit_action.setShortcut(QKeySequence.StandardKey.Quit)
        quit_action.triggered.connect(self.close)
        file_menu.addAction(quit_action)
        edit_menu = bar.addMenu(self.tr("&Edit"))
        self.undo_action = self.ctx.undo.createUndoAction(self, self.tr("Undo"))
        self.undo_action.setShortcut(QKeySequence.StandardKey.Undo)
        edit_menu.addAction(self.undo_action)
        self.refresh_action = QAction(self.tr("Refresh"), self)
        self.refresh_action.setShortcut(QKeySequence.StandardKey.Refresh)
        self.refresh_action.triggered.connect(self.refresh_current)
        edit_menu.addAction(self.refresh_action)
        help_menu = bar.addMenu(self.tr("&Help"))
        about = QAction(self.tr("About JiarenBase"), self)
        about.triggered.connect(self.show_about)
        help_menu.addAction(about)

    def import_roster(self) -> None:
        from .dialogs.import_wizard import ImportWizard

        wizard = ImportWizard(self.ctx, self)
        wizard.exec()
        if "students" in self.pages:
            self.pages["students"].refresh()
        self.dashboard.refresh()

    def backup_now(self) -> None:
        """A backup into the folder chosen in 设置, behind a progress dialog with Cancel."""
        from ..core import config
        from ..core.services import backup
        from .widgets.progress import run_with_progress

        settings = config.load(self.ctx.data_dir)
        run_with_progress(self.ctx, self, self.tr("Back up now"), backup.backup_now, self.ctx.db, self.ctx.actor,
                          settings.backup_path(self.ctx.data_dir), keep=settings.keep_backups,
                          on_done=lambda path: QMessageBox.information(
                              self, self.tr("Back up now"), self.tr("Backup saved to %1").replace("%1", str(path))),
                          on_error=lambda exc: QMessageBox.warning(self, self.tr("Back up now"),
                                                                   self.ctx.message(exc)),
                          on_cancelled=lambda _exc: None)

    def refresh_current(self) -> None:
        page = self.ui.pages.currentWidget()
        if hasattr(page, "refresh"):
            page.refresh()

    def show_about(self) -> None:
        from .dialogs.about_dialog import AboutDialog

        dialog = AboutDialog(self.ctx, self)
        try:
            dialog.exec()
        finally:
            dialog.deleteLater()

    # -- state -------------------------------------------------------------
    def _restore_state(self) -> None:
        settings = QSettings()
        fit_window(self, settings.value("main_window/geometry"), FIRST_SIZE)  # on the screen, at most its size
        last = settings.value("main_window/page", "dashboard")
        self.ui.navigation.setCurrentRow(self.page_keys.index(last) if last in self.page_keys else 0)

    def closeEvent(self, event) -> None:
        settings = QSettings()
        settings.setValue("main_window/geometry", self.saveGeometry())
        settings.setValue("main_window/page", self.page_keys[self.ui.navigation.currentRow()])
        super().closeEvent(event)
        if event.isAccepted():
            self.closed.emit()
