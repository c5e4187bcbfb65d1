"""工作台: the base in figures (the outcomes issue adds charts)."""
from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFrame, QLabel, QVBoxLayout, QWidget

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
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ui = Ui_DashboardPage()
        self.ui.setupUi(self)
        self.ui.title.setText(self.tr("Dashboard"))
        self.ui.title.setStyleSheet("font-size: 20px; font-weight: 600;")
        self.ui.subtitle.setText(self.tr("Loading figures…"))
        labels = [
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
        self.cards: dict[str, KpiCard] = {}
        for i, (key, title) in enumerate(labels):
            card = KpiCard(title, self)
            self.ui.cards.addWidget(card, i // 4, i % 4)
            self.cards[key] = card

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
