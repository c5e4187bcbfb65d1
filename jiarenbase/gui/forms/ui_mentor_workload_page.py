# GENERATED from forms/mentor_workload_page.ui by packaging/build_forms.py (pyside6-uic) - do not edit.
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
from PySide6.QtWidgets import (QAbstractItemView, QApplication, QHBoxLayout, QHeaderView,
    QLabel, QPushButton, QSizePolicy, QSpacerItem,
    QStackedWidget, QTableWidget, QTableWidgetItem, QVBoxLayout,
    QWidget)

class Ui_MentorWorkloadPage(object):
    def setupUi(self, MentorWorkloadPage):
        if not MentorWorkloadPage.objectName():
            MentorWorkloadPage.setObjectName(u"MentorWorkloadPage")
        self.pageLayout = QVBoxLayout(MentorWorkloadPage)
        self.pageLayout.setObjectName(u"pageLayout")
        self.pageLayout.setContentsMargins(24, 20, 24, 20)
        self.title = QLabel(MentorWorkloadPage)
        self.title.setObjectName(u"title")

        self.pageLayout.addWidget(self.title)

        self.weekBar = QHBoxLayout()
        self.weekBar.setObjectName(u"weekBar")
        self.previousWeek = QPushButton(MentorWorkloadPage)
        self.previousWeek.setObjectName(u"previousWeek")

        self.weekBar.addWidget(self.previousWeek)

        self.thisWeek = QPushButton(MentorWorkloadPage)
        self.thisWeek.setObjectName(u"thisWeek")

        self.weekBar.addWidget(self.thisWeek)

        self.nextWeek = QPushButton(MentorWorkloadPage)
        self.nextWeek.setObjectName(u"nextWeek")

        self.weekBar.addWidget(self.nextWeek)

        self.weekLabel = QLabel(MentorWorkloadPage)
        self.weekLabel.setObjectName(u"weekLabel")

        self.weekBar.addWidget(self.weekLabel)

        self.weekSpacer = QSpacerItem(40, 20, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.weekBar.addItem(self.weekSpacer)


        self.pageLayout.addLayout(self.weekBar)

        self.summary = QLabel(MentorWorkloadPage)
        self.summary.setObjectName(u"summary")
        self.summary.setWordWrap(True)

        self.pageLayout.addWidget(self.summary)

        self.stack = QStackedWidget(MentorWorkloadPage)
        self.stack.setObjectName(u"stack")
        self.table = QTableWidget()
        self.table.setObjectName(u"table")
        self.table.setEditTriggers(QAbstractItemView.NoEditTriggers)
        self.table.setSelectionMode(QAbstractItemView.SingleSelection)
        self.table.setSelectionBehavior(QAbstractItemView.SelectRows)
        self.table.setWordWrap(False)
        self.table.setSortingEnabled(False)
        self.stack.addWidget(self.table)
        self.table.horizontalHeader().setHighlightSections(False)
        self.table.verticalHeader().setVisible(False)
        self.emptyLabel = QLabel()
        self.emptyLabel.setObjectName(u"emptyLabel")
        self.emptyLabel.setWordWrap(True)
        self.emptyLabel.setAlignment(Qt.AlignCenter)
        self.stack.addWidget(self.emptyLabel)

        self.pageLayout.addWidget(self.stack)

        self.legend = QLabel(MentorWorkloadPage)
        self.legend.setObjectName(u"legend")
        self.legend.setWordWrap(True)

        self.pageLayout.addWidget(self.legend)

        self.pageLayout.setStretch(3, 1)

        self.retranslateUi(MentorWorkloadPage)
    # setupUi

    def retranslateUi(self, MentorWorkloadPage):
        self.title.setText(QCoreApplication.translate("MentorWorkloadPage", u"Mentor workload", None))
        self.previousWeek.setText(QCoreApplication.translate("MentorWorkloadPage", u"Previous week", None))
        self.thisWeek.setText(QCoreApplication.translate("MentorWorkloadPage", u"This week", None))
        self.nextWeek.setText(QCoreApplication.translate("MentorWorkloadPage", u"Next week", None))
        self.weekLabel.setText("")
        self.summary.setText("")
        self.emptyLabel.setText("")
        self.legend.setText(QCoreApplication.translate("MentorWorkloadPage", u"Sessions this week = room bookings of the mentor in the week plus sessions logged without such a booking.", None))
        pass
    # retranslateUi

