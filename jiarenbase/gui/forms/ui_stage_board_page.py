# GENERATED from forms/stage_board_page.ui by packaging/build_forms.py (pyside6-uic) - do not edit.
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
from PySide6.QtWidgets import (QApplication, QCheckBox, QComboBox, QHBoxLayout,
    QLabel, QLineEdit, QPushButton, QSizePolicy,
    QSpacerItem, QVBoxLayout, QWidget)

class Ui_StageBoardPage(object):
    def setupUi(self, StageBoardPage):
        if not StageBoardPage.objectName():
            StageBoardPage.setObjectName(u"StageBoardPage")
        StageBoardPage.resize(1100, 700)
        self.pageLayout = QVBoxLayout(StageBoardPage)
        self.pageLayout.setSpacing(8)
        self.pageLayout.setObjectName(u"pageLayout")
        self.pageLayout.setContentsMargins(24, 20, 24, 20)
        self.topRow = QHBoxLayout()
        self.topRow.setSpacing(8)
        self.topRow.setObjectName(u"topRow")
        self.title = QLabel(StageBoardPage)
        self.title.setObjectName(u"title")

        self.topRow.addWidget(self.title)

        self.topSpacer = QSpacerItem(20, 10, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.topRow.addItem(self.topSpacer)

        self.cohortLabel = QLabel(StageBoardPage)
        self.cohortLabel.setObjectName(u"cohortLabel")

        self.topRow.addWidget(self.cohortLabel)

        self.cohort = QComboBox(StageBoardPage)
        self.cohort.setObjectName(u"cohort")
        self.cohort.setMinimumSize(QSize(300, 0))
        self.cohort.setSizeAdjustPolicy(QComboBox.AdjustToContents)

        self.topRow.addWidget(self.cohort)

        self.search = QLineEdit(StageBoardPage)
        self.search.setObjectName(u"search")
        self.search.setClearButtonEnabled(True)
        self.search.setMinimumSize(QSize(160, 0))

        self.topRow.addWidget(self.search)

        self.readyOnly = QCheckBox(StageBoardPage)
        self.readyOnly.setObjectName(u"readyOnly")

        self.topRow.addWidget(self.readyOnly)

        self.refreshButton = QPushButton(StageBoardPage)
        self.refreshButton.setObjectName(u"refreshButton")

        self.topRow.addWidget(self.refreshButton)


        self.pageLayout.addLayout(self.topRow)

        self.actionRow = QHBoxLayout()
        self.actionRow.setSpacing(8)
        self.actionRow.setObjectName(u"actionRow")
        self.signOffButton = QPushButton(StageBoardPage)
        self.signOffButton.setObjectName(u"signOffButton")

        self.actionRow.addWidget(self.signOffButton)

        self.openStudentButton = QPushButton(StageBoardPage)
        self.openStudentButton.setObjectName(u"openStudentButton")

        self.actionRow.addWidget(self.openStudentButton)

        self.criteriaButton = QPushButton(StageBoardPage)
        self.criteriaButton.setObjectName(u"criteriaButton")

        self.actionRow.addWidget(self.criteriaButton)

        self.attendanceButton = QPushButton(StageBoardPage)
        self.attendanceButton.setObjectName(u"attendanceButton")

        self.actionRow.addWidget(self.attendanceButton)

        self.actionSpacer = QSpacerItem(20, 10, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.actionRow.addItem(self.actionSpacer)

        self.summary = QLabel(StageBoardPage)
        self.summary.setObjectName(u"summary")

        self.actionRow.addWidget(self.summary)


        self.pageLayout.addLayout(self.actionRow)

        self.message = QLabel(StageBoardPage)
        self.message.setObjectName(u"message")
        self.message.setWordWrap(True)

        self.pageLayout.addWidget(self.message)

        self.columns = QHBoxLayout()
        self.columns.setSpacing(10)
        self.columns.setObjectName(u"columns")

        self.pageLayout.addLayout(self.columns)

#if QT_CONFIG(shortcut)
        self.cohortLabel.setBuddy(self.cohort)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.cohort, self.search)
        QWidget.setTabOrder(self.search, self.readyOnly)
        QWidget.setTabOrder(self.readyOnly, self.refreshButton)
        QWidget.setTabOrder(self.refreshButton, self.signOffButton)
        QWidget.setTabOrder(self.signOffButton, self.openStudentButton)
        QWidget.setTabOrder(self.openStudentButton, self.criteriaButton)
        QWidget.setTabOrder(self.criteriaButton, self.attendanceButton)

        self.retranslateUi(StageBoardPage)
    # setupUi

    def retranslateUi(self, StageBoardPage):
        self.title.setText(QCoreApplication.translate("StageBoardPage", u"Stage board", None))
        self.cohortLabel.setText(QCoreApplication.translate("StageBoardPage", u"Cohort", None))
        self.search.setPlaceholderText(QCoreApplication.translate("StageBoardPage", u"Find a student", None))
        self.readyOnly.setText(QCoreApplication.translate("StageBoardPage", u"Ready for sign-off only", None))
        self.refreshButton.setText(QCoreApplication.translate("StageBoardPage", u"Refresh", None))
        self.signOffButton.setText(QCoreApplication.translate("StageBoardPage", u"Sign off\u2026", None))
        self.openStudentButton.setText(QCoreApplication.translate("StageBoardPage", u"Open student", None))
        self.criteriaButton.setText(QCoreApplication.translate("StageBoardPage", u"Stage criteria\u2026", None))
        self.attendanceButton.setText(QCoreApplication.translate("StageBoardPage", u"Cognitive lessons and attendance\u2026", None))
        self.summary.setText("")
        self.message.setText("")
        pass
    # retranslateUi

