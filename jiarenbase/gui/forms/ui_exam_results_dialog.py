# GENERATED from forms/exam_results_dialog.ui by packaging/build_forms.py (pyside6-uic) - do not edit.
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
from PySide6.QtWidgets import (QAbstractButton, QAbstractItemView, QApplication, QDialog,
    QDialogButtonBox, QHBoxLayout, QHeaderView, QLabel,
    QPushButton, QSizePolicy, QSpacerItem, QTableWidget,
    QTableWidgetItem, QVBoxLayout, QWidget)

from jiarenbase.gui.widgets.search_combo import SearchCombo

class Ui_ExamResultsDialog(object):
    def setupUi(self, ExamResultsDialog):
        if not ExamResultsDialog.objectName():
            ExamResultsDialog.setObjectName(u"ExamResultsDialog")
        ExamResultsDialog.resize(860, 560)
        ExamResultsDialog.setSizeGripEnabled(True)
        self.mainLayout = QVBoxLayout(ExamResultsDialog)
        self.mainLayout.setObjectName(u"mainLayout")
        self.examSummary = QLabel(ExamResultsDialog)
        self.examSummary.setObjectName(u"examSummary")
        self.examSummary.setWordWrap(True)

        self.mainLayout.addWidget(self.examSummary)

        self.cohortRow = QHBoxLayout()
        self.cohortRow.setObjectName(u"cohortRow")
        self.cohortLabel = QLabel(ExamResultsDialog)
        self.cohortLabel.setObjectName(u"cohortLabel")

        self.cohortRow.addWidget(self.cohortLabel)

        self.cohort = SearchCombo(ExamResultsDialog)
        self.cohort.setObjectName(u"cohort")
        self.cohort.setMinimumSize(QSize(260, 0))

        self.cohortRow.addWidget(self.cohort)

        self.checkAll = QPushButton(ExamResultsDialog)
        self.checkAll.setObjectName(u"checkAll")

        self.cohortRow.addWidget(self.checkAll)

        self.cohortSpacer = QSpacerItem(20, 10, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.cohortRow.addItem(self.cohortSpacer)


        self.mainLayout.addLayout(self.cohortRow)

        self.table = QTableWidget(ExamResultsDialog)
        self.table.setObjectName(u"table")
        self.table.setEditTriggers(QAbstractItemView.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectRows)
        self.table.setAlternatingRowColors(True)
        self.table.verticalHeader().setVisible(False)

        self.mainLayout.addWidget(self.table)

        self.formError = QLabel(ExamResultsDialog)
        self.formError.setObjectName(u"formError")
        self.formError.setWordWrap(True)

        self.mainLayout.addWidget(self.formError)

        self.outcome = QLabel(ExamResultsDialog)
        self.outcome.setObjectName(u"outcome")
        self.outcome.setWordWrap(True)

        self.mainLayout.addWidget(self.outcome)

        self.buttons = QDialogButtonBox(ExamResultsDialog)
        self.buttons.setObjectName(u"buttons")
        self.buttons.setStandardButtons(QDialogButtonBox.Close|QDialogButtonBox.Save)

        self.mainLayout.addWidget(self.buttons)

#if QT_CONFIG(shortcut)
        self.cohortLabel.setBuddy(self.cohort)
#endif // QT_CONFIG(shortcut)

        self.retranslateUi(ExamResultsDialog)
    # setupUi

    def retranslateUi(self, ExamResultsDialog):
        ExamResultsDialog.setWindowTitle(QCoreApplication.translate("ExamResultsDialog", u"Exam results", None))
        self.examSummary.setText("")
        self.cohortLabel.setText(QCoreApplication.translate("ExamResultsDialog", u"Add students of cohort", None))
        self.checkAll.setText(QCoreApplication.translate("ExamResultsDialog", u"Check all", None))
        self.formError.setText("")
        self.outcome.setText("")
    # retranslateUi

