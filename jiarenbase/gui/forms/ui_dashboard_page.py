# GENERATED from forms/dashboard_page.ui by packaging/build_forms.py (pyside6-uic) - do not edit.
# -*- coding: utf-8 -*-

##
##

from PySide6.QtCore import (QCoreApplication, QDate, QDateTime, QLocale,
    QMetaObject, QObject, QPoint, QRect,
    QSize, QTime, QUrl, Qt)
from PySide6.QtGui import (QBrush, QColor, QConicalGradient, QCursor,
    QFont, QFontDatabase, QGradient, QIcon,
    QImage, QKeySequence, QLinearGradient, QPainter,
    QPalette, QPixmap, QRadialGradient, QTransform)
from PySide6.QtWidgets import (QApplication, QFrame, QGridLayout, QHBoxLayout,
    QLabel, QPushButton, QScrollArea, QSizePolicy,
    QSpacerItem, QVBoxLayout, QWidget)

class Ui_DashboardPage(object):
    def setupUi(self, DashboardPage):
        if not DashboardPage.objectName():
            DashboardPage.setObjectName(u"DashboardPage")
        self.verticalLayout = QVBoxLayout(DashboardPage)
        self.verticalLayout.setObjectName(u"verticalLayout")
        self.verticalLayout.setContentsMargins(0, 0, 0, 0)
        self.scroll = QScrollArea(DashboardPage)
        self.scroll.setObjectName(u"scroll")
        self.scroll.setFrameShape(QFrame.NoFrame)
        self.scroll.setWidgetResizable(True)
        self.content = QWidget()
        self.content.setObjectName(u"content")
        self.contentLayout = QVBoxLayout(self.content)
        self.contentLayout.setSpacing(12)
        self.contentLayout.setObjectName(u"contentLayout")
        self.contentLayout.setContentsMargins(24, 20, 24, 20)
        self.header = QHBoxLayout()
        self.header.setObjectName(u"header")
        self.title = QLabel(self.content)
        self.title.setObjectName(u"title")

        self.header.addWidget(self.title)

        self.headerSpacer = QSpacerItem(40, 20, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.header.addItem(self.headerSpacer)

        self.reload = QPushButton(self.content)
        self.reload.setObjectName(u"reload")

        self.header.addWidget(self.reload)


        self.contentLayout.addLayout(self.header)

        self.subtitle = QLabel(self.content)
        self.subtitle.setObjectName(u"subtitle")
        self.subtitle.setWordWrap(True)

        self.contentLayout.addWidget(self.subtitle)

        self.cards = QGridLayout()
        self.cards.setSpacing(12)
        self.cards.setObjectName(u"cards")

        self.contentLayout.addLayout(self.cards)

        self.charts = QGridLayout()
        self.charts.setSpacing(12)
        self.charts.setObjectName(u"charts")

        self.contentLayout.addLayout(self.charts)

        self.verticalSpacer = QSpacerItem(20, 0, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.contentLayout.addItem(self.verticalSpacer)

        self.scroll.setWidget(self.content)

        self.verticalLayout.addWidget(self.scroll)


        self.retranslateUi(DashboardPage)
    # setupUi

    def retranslateUi(self, DashboardPage):
        self.title.setText(QCoreApplication.translate("DashboardPage", u"Dashboard", None))
        self.reload.setText(QCoreApplication.translate("DashboardPage", u"Reload", None))
        self.subtitle.setText("")
        pass
    # retranslateUi

