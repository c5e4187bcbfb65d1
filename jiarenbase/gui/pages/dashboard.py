"""工作台: the base in figures (the outcomes issue adds charts)."""
from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFrame, QLabel, QVBoxLayout, QWidget

from ...core.services import summary as summary_svc
from ..context import AppContext
from ..forms.ui_dashboard_page import Ui_DashboardPage

CARD_STYLE = "QFrame#card { border: 1px solid #d0d7de; border-radius: 8px; background: palette(base); }"


class KpiCard(QFrame):
    def __init__(self, title: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("card")
        self.setStyleSheet(CARD_STYLE)
        self.setMinimumSize(180, 96)
        layout = QVBoxLayout(self)
        self.title = QLabel(title)
        self.title.setStyleSheet("color: #57606a;")
        self.value = QLabel("…")
        self.value.setStyleSheet("font-size: 26px; font-weight: 600;")
        self.value.setAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
        layout.addWidget(self.title)
        layout.addWidget(self.value)


class DashboardPage(QWidget):
    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.ui = Ui_DashboardPage()
        self.ui.setupUi(self)
        self.ui.title.setText(self.tr("Dashboard"))
        self.ui.title.setStyleSheet("font-size: 20px; font-weight: 600;")
        self.ui.subtitle.setText(self.tr("Loading figures…"))
        if ctx.is_mentor:
            labels = [("students", self.tr("My students")), ("cognitive", self.tr("Cognitive stage")),
                      ("project", self.tr("Project stage")), ("live", self.tr("Live-practice stage")),
                      ("sessions", self.tr("Sessions I logged")), ("drills", self.tr("Mock drills")),
                      ("lives", self.tr("Live sessions")), ("completed", self.tr("Completed"))]
        else:
            labels = self._staff_cards()
        self.cards: dict[str, KpiCard] = {}
        for i, (key, title) in enumerate(labels):
            card = KpiCard(title, self)
            self.ui.cards.addWidget(card, i // 4, i % 4)
            self.cards[key] = card

    def _staff_cards(self) -> list[tuple[str, str]]:
        return [
            ("total", self.tr("Trained to date")),
            ("cognitive", self.tr("Cognitive stage")),
            ("project", self.tr("Project stage")),
            ("live", self.tr("Live-practice stage")),
            ("completed", self.tr("Completed")),
            ("signed", self.tr("Signed to enterprise projects")),
            ("employed", self.tr("Employed on graduation")),
            ("pool", self.tr("Talent pool")),
            ("clients", self.tr("Enterprise clients served")),
            ("sessions", self.tr("Practice sessions")),
            ("certificates", self.tr("Certificates")),
            ("rooms", self.tr("Live rooms")),
        ]

    def refresh(self) -> None:
        if self.ctx.is_mentor:
            self.ctx.tasks.run(summary_svc.mentor_summary, self.ctx.db, self.ctx.actor,
                               on_done=self.show_mentor_summary, on_error=self._failed)
        else:
            self.ctx.tasks.run(summary_svc.summary, self.ctx.db, self.ctx.actor,
                               on_done=self.show_summary, on_error=self._failed)

    def _failed(self, exc: Exception) -> None:
        self.show_error(self.ctx.message(exc))

    def show_mentor_summary(self, data: dict) -> None:
        by_stage, kinds = data["by_stage"], data["sessions_by_kind"]
        values = {"students": data["students"], "cognitive": by_stage["cognitive"], "project": by_stage["project"],
                  "live": by_stage["live"], "completed": by_stage["completed"], "sessions": data["sessions"],
                  "drills": kinds["mock_drill"], "lives": kinds["live_session"]}
        for key, value in values.items():
            self.cards[key].value.setText(f"{value:,}")
        self.ui.subtitle.setText(self.tr("Your students and the sessions you logged"))

    def show_summary(self, data: dict) -> None:
        st = data["students"]
        by_stage, placed = st["by_stage"], data["placements"]["by_outcome"]
        values = {
            "total": st["total"], "cognitive": by_stage["cognitive"], "project": by_stage["project"],
            "live": by_stage["live"], "completed": by_stage["completed"],
            "signed": placed["signed_enterprise_project"], "employed": placed["employed_on_graduation"],
            "pool": st["in_talent_pool"], "clients": data["enterprise_clients"]["served"],
            "sessions": data["sessions"]["total"], "certificates": data["certificates"]["total"],
            "rooms": data["live_rooms"],
        }
        for key, value in values.items():
            self.cards[key].value.setText(f"{value:,}")
        text = self.tr("%1 partner schools, %2 cohorts, %3 mentors")
        for i, key in enumerate(("partner_schools", "cohorts", "mentors"), start=1):
            text = text.replace(f"%{i}", str(data[key]))
        self.ui.subtitle.setText(text)

    def show_error(self, message: str) -> None:
        self.ui.subtitle.setText(message)
