"""帮助 → 关于: the version, which database and data folder this desktop uses, and the
licences of the components bundled with JiarenBase.

# zh_CN: English → 中文
# About JiarenBase → 关于 JiarenBase
# Classroom operations of the 自家人 live-streaming training base → 自家人直播实训基地教务系统
# Version %1 → 版本 %1
# Database → 数据库
# Data folder → 数据目录
# Bundled components and their licences → 随附组件及其许可协议
# Component → 组件
# Licence → 许可协议
# Open data folder → 打开数据目录
# Close → 关闭
"""
from __future__ import annotations

from importlib import metadata

from PySide6.QtCore import QUrl
from PySide6.QtGui import QDesktopServices, QPixmap
from PySide6.QtWidgets import QDialog, QHeaderView, QTableWidgetItem, QWidget

from ... import __version__
from ..forms.ui_about_dialog import Ui_AboutDialog
from ..theme import ICON

# (distribution, licence) of what the installer bundles
COMPONENTS = (
    ("PySide6", "LGPL-3.0 (Qt for Python, Qt 6)"),
    ("SQLAlchemy", "MIT"),
    ("alembic", "MIT"),
    ("reportlab", "BSD"),
    ("qt-material", "BSD-2-Clause"),
    ("openpyxl", "MIT"),
    ("argon2-cffi", "MIT"),
    ("platformdirs", "MIT"),
    ("psycopg", "LGPL-3.0"),
    ("Jinja2", "BSD-3-Clause"),
    ("Mako", "MIT"),
    ("pillow", "MIT-CMU (HPND)"),
)


def installed_version(name: str) -> str:
    try:
        return metadata.version(name)
    except metadata.PackageNotFoundError:
        return "—"


class AboutDialog(QDialog):
    def __init__(self, ctx, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.ui = Ui_AboutDialog()
        self.ui.setupUi(self)
        self.ui.title.setStyleSheet("font-size: 20px; font-weight: 600;")
        self.ui.icon.setPixmap(QPixmap(str(ICON)).scaled(64, 64))
        self.ui.icon.setFixedSize(72, 72)
        self.ui.headRow.setStretch(1, 1)  # the name and version next to the icon, not pushed right
        self.ui.version.setText(self.tr("Version %1").replace("%1", __version__))
        self.ui.database.setText(ctx.db.describe())
        self.ui.dataDir.setText(str(ctx.data_dir))
        table = self.ui.licences
        table.setColumnCount(2)
        table.setHorizontalHeaderLabels([self.tr("Component"), self.tr("Licence")])
        table.setRowCount(len(COMPONENTS))
        for row, (name, licence) in enumerate(COMPONENTS):
            table.setItem(row, 0, QTableWidgetItem(f"{name} {installed_version(name)}"))
            table.setItem(row, 1, QTableWidgetItem(licence))
        table.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
        self.ui.openDataDir.clicked.connect(self.open_data_dir)
        self.ui.close.clicked.connect(self.accept)

    def open_data_dir(self) -> None:
        QDesktopServices.openUrl(QUrl.fromLocalFile(str(self.ctx.data_dir)))
