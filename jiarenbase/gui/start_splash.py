"""The small window shown the moment JiarenBase starts, while the database opens.

# zh_CN: English → 中文
# Classroom operations of the 自家人 live-streaming training base → 自家人直播实训基地教务系统
# Opening the database… → 正在打开数据库…
"""
from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QWidget

from .forms.ui_start_splash import Ui_StartSplash


class StartSplash(QWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent, Qt.WindowType.SplashScreen | Qt.WindowType.FramelessWindowHint)
        self.ui = Ui_StartSplash()
        self.ui.setupUi(self)
        self.ui.title.setStyleSheet("font-size: 22px; font-weight: 600;")
        self.ui.status.setStyleSheet("color: #6b7280;")
        self.setObjectName("startSplash")
        self.setAttribute(Qt.WidgetAttribute.WA_StyledBackground, True)
        self.setStyleSheet("#startSplash { border: 1px solid #9ca3af; }")  # frameless: a thin edge of its own
