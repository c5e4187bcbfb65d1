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
from PySide6.QtWidgets import (QApplication, QGridLayout, QLabel, QSizePolicy,
    QSpacerItem, QVBoxLayout, QWidget)

class Ui_DashboardPage(object):
    def setupUi(self, DashboardPage):
        if not DashboardPage.objectName():
            DashboardPage.setObjectName(u"DashboardPage")
        self.verticalLayout = QVBoxLayout(DashboardPage)
        self.verticalLayout.setObjectName(u"verticalLayout")
        self.verticalLayout.setContentsMargins(24, 20, 24, 20)
        self.title = QLabel(DashboardPage)
        self.title.setObjectName(u"title")

        self.verticalLayout.addWidget(self.title)

        self.subtitle = QLabel(DashboardPage)
        self.subtitle.setObjectName(u"subtitle")
        self.subtitle.setWordWrap(True)

        self.verticalLayout.addWidget(self.subtitle)

        self.cards = QGridLayout()
        self.cards.setSpacing(16)
        self.cards.setObjectName(u"cards")

        self.verticalLayout.addLayout(self.cards)

        self.verticalSpacer = QSpacerItem(20, 40, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.verticalLayout.addItem(self.verticalSpacer)


        self.retranslateUi(DashboardPage)
    # setupUi

    def retranslateUi(self, DashboardPage):
        self.title.setText(QCoreApplication.translate("DashboardPage", u"Dashboard", None))
        self.subtitle.setText("")
        pass
    # retranslateUi

