# GENERATED from forms/start_splash.ui by packaging/build_forms.py (pyside6-uic) - do not edit.
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
from PySide6.QtWidgets import (QApplication, QLabel, QSizePolicy, QSpacerItem,
    QVBoxLayout, QWidget)

class Ui_StartSplash(object):
    def setupUi(self, StartSplash):
        if not StartSplash.objectName():
            StartSplash.setObjectName(u"StartSplash")
        StartSplash.resize(420, 180)
        self.layout = QVBoxLayout(StartSplash)
        self.layout.setSpacing(10)
        self.layout.setObjectName(u"layout")
        self.layout.setContentsMargins(28, 24, 28, 24)
        self.title = QLabel(StartSplash)
        self.title.setObjectName(u"title")

        self.layout.addWidget(self.title)

        self.subtitle = QLabel(StartSplash)
        self.subtitle.setObjectName(u"subtitle")
        self.subtitle.setWordWrap(True)

        self.layout.addWidget(self.subtitle)

        self.spacer = QSpacerItem(20, 10, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.layout.addItem(self.spacer)

        self.status = QLabel(StartSplash)
        self.status.setObjectName(u"status")
        self.status.setWordWrap(True)

        self.layout.addWidget(self.status)


        self.retranslateUi(StartSplash)
    # setupUi

    def retranslateUi(self, StartSplash):
        StartSplash.setWindowTitle(QCoreApplication.translate("StartSplash", u"JiarenBase", None))
        self.title.setText(QCoreApplication.translate("StartSplash", u"JiarenBase", None))
        self.subtitle.setText(QCoreApplication.translate("StartSplash", u"Classroom operations of the \u81ea\u5bb6\u4eba live-streaming training base", None))
        self.status.setText(QCoreApplication.translate("StartSplash", u"Opening the database\u2026", None))
    # retranslateUi

