# GENERATED from forms/readiness_dialog.ui by packaging/build_forms.py (pyside6-uic) - do not edit.
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
from PySide6.QtWidgets import (QAbstractButton, QAbstractItemView, QApplication, QComboBox,
    QDialog, QDialogButtonBox, QHBoxLayout, QHeaderView,
    QLabel, QPushButton, QSizePolicy, QSpacerItem,
    QTableWidget, QTableWidgetItem, QVBoxLayout, QWidget)

from jiarenbase.gui.widgets.search_combo import SearchCombo

class Ui_ReadinessDialog(object):
    def setupUi(self, ReadinessDialog):
        if not ReadinessDialog.objectName():
            ReadinessDialog.setObjectName(u"ReadinessDialog")
        ReadinessDialog.resize(900, 640)
        ReadinessDialog.setSizeGripEnabled(True)
        self.mainLayout = QVBoxLayout(ReadinessDialog)
        self.mainLayout.setObjectName(u"mainLayout")
        self.pickRow = QHBoxLayout()
        self.pickRow.setObjectName(u"pickRow")
        self.cohortLabel = QLabel(ReadinessDialog)
        self.cohortLabel.setObjectName(u"cohortLabel")

        self.pickRow.addWidget(self.cohortLabel)

        self.cohort = SearchCombo(ReadinessDialog)
        self.cohort.setObjectName(u"cohort")
        self.cohort.setMinimumSize(QSize(240, 0))

        self.pickRow.addWidget(self.cohort)

        self.levelLabel = QLabel(ReadinessDialog)
        self.levelLabel.setObjectName(u"levelLabel")

        self.pickRow.addWidget(self.levelLabel)

        self.level = QComboBox(ReadinessDialog)
        self.level.setObjectName(u"level")
        self.level.setMinimumSize(QSize(140, 0))

        self.pickRow.addWidget(self.level)

        self.pickSpacer = QSpacerItem(20, 10, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.pickRow.addItem(self.pickSpacer)


        self.mainLayout.addLayout(self.pickRow)

        self.barText = QLabel(ReadinessDialog)
        self.barText.setObjectName(u"barText")
        self.barText.setWordWrap(True)

        self.mainLayout.addWidget(self.barText)

        self.readyTitle = QLabel(ReadinessDialog)
        self.readyTitle.setObjectName(u"readyTitle")
        self.readyTitle.setWordWrap(False)

        self.mainLayout.addWidget(self.readyTitle)

        self.readyTable = QTableWidget(ReadinessDialog)
        self.readyTable.setObjectName(u"readyTable")
        self.readyTable.setEditTriggers(QAbstractItemView.NoEditTriggers)
        self.readyTable.setSelectionBehavior(QAbstractItemView.SelectRows)
        self.readyTable.setAlternatingRowColors(True)
        self.readyTable.verticalHeader().setVisible(False)

        self.mainLayout.addWidget(self.readyTable)

        self.notReadyTitle = QLabel(ReadinessDialog)
        self.notReadyTitle.setObjectName(u"notReadyTitle")
        self.notReadyTitle.setWordWrap(False)

        self.mainLayout.addWidget(self.notReadyTitle)

        self.notReadyTable = QTableWidget(ReadinessDialog)
        self.notReadyTable.setObjectName(u"notReadyTable")
        self.notReadyTable.setEditTriggers(QAbstractItemView.NoEditTriggers)
        self.notReadyTable.setSelectionBehavior(QAbstractItemView.SelectRows)
        self.notReadyTable.setAlternatingRowColors(True)
        self.notReadyTable.verticalHeader().setVisible(False)

        self.mainLayout.addWidget(self.notReadyTable)

        self.addRow = QHBoxLayout()
        self.addRow.setObjectName(u"addRow")
        self.examLabel = QLabel(ReadinessDialog)
        self.examLabel.setObjectName(u"examLabel")

        self.addRow.addWidget(self.examLabel)

        self.exam = QComboBox(ReadinessDialog)
        self.exam.setObjectName(u"exam")
        self.exam.setMinimumSize(QSize(320, 0))

        self.addRow.addWidget(self.exam)

        self.addToExam = QPushButton(ReadinessDialog)
        self.addToExam.setObjectName(u"addToExam")

        self.addRow.addWidget(self.addToExam)

        self.addSpacer = QSpacerItem(20, 10, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.addRow.addItem(self.addSpacer)


        self.mainLayout.addLayout(self.addRow)

        self.message = QLabel(ReadinessDialog)
        self.message.setObjectName(u"message")
        self.message.setWordWrap(True)

        self.mainLayout.addWidget(self.message)

        self.buttons = QDialogButtonBox(ReadinessDialog)
        self.buttons.setObjectName(u"buttons")
        self.buttons.setStandardButtons(QDialogButtonBox.Close)

        self.mainLayout.addWidget(self.buttons)

#if QT_CONFIG(shortcut)
        self.cohortLabel.setBuddy(self.cohort)
        self.levelLabel.setBuddy(self.level)
        self.examLabel.setBuddy(self.exam)
#endif // QT_CONFIG(shortcut)

        self.retranslateUi(ReadinessDialog)
    # setupUi

    def retranslateUi(self, ReadinessDialog):
        ReadinessDialog.setWindowTitle(QCoreApplication.translate("ReadinessDialog", u"Exam readiness", None))
        self.cohortLabel.setText(QCoreApplication.translate("ReadinessDialog", u"Cohort", None))
        self.levelLabel.setText(QCoreApplication.translate("ReadinessDialog", u"Level", None))
        self.barText.setText("")
        self.readyTitle.setText(QCoreApplication.translate("ReadinessDialog", u"Ready", None))
        self.notReadyTitle.setText(QCoreApplication.translate("ReadinessDialog", u"Not ready yet", None))
        self.examLabel.setText(QCoreApplication.translate("ReadinessDialog", u"Exam", None))
        self.addToExam.setText(QCoreApplication.translate("ReadinessDialog", u"Register checked students for the exam\u2026", None))
        self.message.setText("")
    # retranslateUi

