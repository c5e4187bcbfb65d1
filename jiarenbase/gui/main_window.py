"""The main window: navigation on the left, pages on the right, status bar below."""
from __future__ import annotations

from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QLabel, QMainWindow, QWidget

from ..core.errors import JiarenError
from ..core.services import summary as summary_svc
from ..core.services.context import Actor, Database
from .forms.ui_main_window import Ui_MainWindow
from .pages.dashboard import DashboardPage
from .pages.placeholder import PlaceholderPage
from .tasks import TaskRunner


class MainWindow(QMainWindow):
    def __init__(self, db: Database, actor: Actor, tasks: TaskRunner, lang: str = "zh",
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.db, self.actor, self.tasks, self.lang = db, actor, tasks, lang
        self.ui = Ui_MainWindow()
        self.ui.setupUi(self)
        self.setWindowTitle(self.tr("JiarenBase — 自家人 live-streaming training base"))
        self.dashboard = DashboardPage(self)
        self._add_page(self.tr("Dashboard"), self.dashboard)
        later = self.tr("The lists and records of this page are being built; the figures are on the dashboard.")
        for title in (self.tr("Students"), self.tr("Cohorts"), self.tr("Partner schools"),
                      self.tr("Enterprise clients"), self.tr("Mentors"), self.tr("Live rooms"),
                      self.tr("Practice sessions"), self.tr("Placements"), self.tr("Certificates"),
                      self.tr("Reports"), self.tr("Settings")):
            self._add_page(title, PlaceholderPage(title, later, self))
        self.ui.navigation.currentRowChanged.connect(self.ui.pages.setCurrentIndex)
        self.ui.navigation.setCurrentRow(0)
        self.db_label = QLabel(db.describe())
        role = actor.role.zh if lang == "zh" else actor.role.value
        self.user_label = QLabel(f"{actor.display_name or actor.username}（{role}）")
        self.ui.statusbar.addWidget(self.db_label, 1)
        self.ui.statusbar.addPermanentWidget(self.user_label)
        self._restore_geometry()
        self.refresh()

    def _add_page(self, title: str, page: QWidget) -> None:
        self.ui.navigation.addItem(title)
        self.ui.pages.addWidget(page)

    def refresh(self) -> None:
        self.tasks.run(summary_svc.summary, self.db, self.actor, on_done=self.dashboard.show_summary,
                       on_error=self._failed)

    def _failed(self, exc: Exception) -> None:
        text = exc.text(self.lang) if isinstance(exc, JiarenError) else f"{type(exc).__name__}: {exc}"
        self.dashboard.show_error(text)

    def _restore_geometry(self) -> None:
        geometry = QSettings().value("main_window/geometry")
        if geometry is not None:
            self.restoreGeometry(geometry)

    def closeEvent(self, event) -> None:  # noqa: N802 - Qt API
        QSettings().setValue("main_window/geometry", self.saveGeometry())
        super().closeEvent(event)
