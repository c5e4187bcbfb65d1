# GENERATED from forms/exams_page.ui by packaging/build_forms.py (pyside6-uic) - do not edit.
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
    QLabel, QLineEdit, QPushButton, QSizePolicy,
    QSpacerItem, QStackedWidget, QTableWidget, QTableWidgetItem,
    QVBoxLayout, QWidget)

class Ui_ExamsPage(object):
    def setupUi(self, ExamsPage):
        if not ExamsPage.objectName():
            ExamsPage.setObjectName(u"ExamsPage")
        ExamsPage.resize(900, 560)
        self.mainLayout = QVBoxLayout(ExamsPage)
        self.mainLayout.setObjectName(u"mainLayout")
        self.mainLayout.setContentsMargins(24, 20, 24, 20)
        self.title = QLabel(ExamsPage)
        self.title.setObjectName(u"title")
        self.title.setWordWrap(False)

        self.mainLayout.addWidget(self.title)

        self.toolbar = QHBoxLayout()
        self.toolbar.setObjectName(u"toolbar")
        self.newExam = QPushButton(ExamsPage)
        self.newExam.setObjectName(u"newExam")

        self.toolbar.addWidget(self.newExam)

        self.editExam = QPushButton(ExamsPage)
        self.editExam.setObjectName(u"editExam")

        self.toolbar.addWidget(self.editExam)

        self.registration = QPushButton(ExamsPage)
        self.registration.setObjectName(u"registration")

        self.toolbar.addWidget(self.registration)

        self.enterResults = QPushButton(ExamsPage)
        self.enterResults.setObjectName(u"enterResults")

        self.toolbar.addWidget(self.enterResults)

        self.readiness = QPushButton(ExamsPage)
        self.readiness.setObjectName(u"readiness")

        self.toolbar.addWidget(self.readiness)

        self.toolbarSpacer = QSpacerItem(20, 10, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.toolbar.addItem(self.toolbarSpacer)

        self.search = QLineEdit(ExamsPage)
        self.search.setObjectName(u"search")
        self.search.setClearButtonEnabled(True)
        self.search.setMinimumSize(QSize(240, 0))

        self.toolbar.addWidget(self.search)

        self.refresh = QPushButton(ExamsPage)
        self.refresh.setObjectName(u"refresh")

        self.toolbar.addWidget(self.refresh)


        self.mainLayout.addLayout(self.toolbar)

        self.stack = QStackedWidget(ExamsPage)
        self.stack.setObjectName(u"stack")
        self.tablePage = QWidget()
        self.tablePage.setObjectName(u"tablePage")
        self.tablePageLayout = QVBoxLayout(self.tablePage)
        self.tablePageLayout.setObjectName(u"tablePageLayout")
        self.tablePageLayout.setContentsMargins(0, 0, 0, 0)
        self.table = QTableWidget(self.tablePage)
        self.table.setObjectName(u"table")
        self.table.setEditTriggers(QAbstractItemView.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectRows)
        self.table.setAlternatingRowColors(True)
        self.table.verticalHeader().setVisible(False)

        self.tablePageLayout.addWidget(self.table)

        self.stack.addWidget(self.tablePage)
        self.emptyPage = QWidget()
        self.emptyPage.setObjectName(u"emptyPage")
        self.emptyPageLayout = QVBoxLayout(self.emptyPage)
        self.emptyPageLayout.setObjectName(u"emptyPageLayout")
        self.emptyLabel = QLabel(self.emptyPage)
        self.emptyLabel.setObjectName(u"emptyLabel")
        self.emptyLabel.setAlignment(Qt.AlignCenter)
        self.emptyLabel.setWordWrap(True)

        self.emptyPageLayout.addWidget(self.emptyLabel)

        self.stack.addWidget(self.emptyPage)

        self.mainLayout.addWidget(self.stack)

        self.summary = QLabel(ExamsPage)
        self.summary.setObjectName(u"summary")
        self.summary.setWordWrap(True)

        self.mainLayout.addWidget(self.summary)


        self.retranslateUi(ExamsPage)
    # setupUi

    def retranslateUi(self, ExamsPage):
        self.title.setText(QCoreApplication.translate("ExamsPage", u"Exams", None))
        self.newExam.setText(QCoreApplication.translate("ExamsPage", u"New exam\u2026", None))
        self.editExam.setText(QCoreApplication.translate("ExamsPage", u"Edit\u2026", None))
        self.registration.setText(QCoreApplication.translate("ExamsPage", u"Registration\u2026", None))
        self.enterResults.setText(QCoreApplication.translate("ExamsPage", u"Results\u2026", None))
        self.readiness.setText(QCoreApplication.translate("ExamsPage", u"Exam readiness\u2026", None))
        self.search.setPlaceholderText(QCoreApplication.translate("ExamsPage", u"Search work type or organisation", None))
        self.refresh.setText(QCoreApplication.translate("ExamsPage", u"Refresh", None))
        self.emptyLabel.setText("")
        self.summary.setText("")
        pass
    # retranslateUi

