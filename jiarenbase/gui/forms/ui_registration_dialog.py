# GENERATED from forms/registration_dialog.ui by packaging/build_forms.py (pyside6-uic) - do not edit.
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

class Ui_RegistrationDialog(object):
    def setupUi(self, RegistrationDialog):
        if not RegistrationDialog.objectName():
            RegistrationDialog.setObjectName(u"RegistrationDialog")
        RegistrationDialog.resize(860, 560)
        RegistrationDialog.setSizeGripEnabled(True)
        self.mainLayout = QVBoxLayout(RegistrationDialog)
        self.mainLayout.setObjectName(u"mainLayout")
        self.examSummary = QLabel(RegistrationDialog)
        self.examSummary.setObjectName(u"examSummary")
        self.examSummary.setWordWrap(True)

        self.mainLayout.addWidget(self.examSummary)

        self.addRow = QHBoxLayout()
        self.addRow.setObjectName(u"addRow")
        self.studentLabel = QLabel(RegistrationDialog)
        self.studentLabel.setObjectName(u"studentLabel")

        self.addRow.addWidget(self.studentLabel)

        self.student = SearchCombo(RegistrationDialog)
        self.student.setObjectName(u"student")
        self.student.setMinimumSize(QSize(220, 0))

        self.addRow.addWidget(self.student)

        self.addStudent = QPushButton(RegistrationDialog)
        self.addStudent.setObjectName(u"addStudent")

        self.addRow.addWidget(self.addStudent)

        self.addSpacer = QSpacerItem(20, 10, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.addRow.addItem(self.addSpacer)

        self.statusLabel = QLabel(RegistrationDialog)
        self.statusLabel.setObjectName(u"statusLabel")

        self.addRow.addWidget(self.statusLabel)

        self.status = QComboBox(RegistrationDialog)
        self.status.setObjectName(u"status")
        self.status.setSizeAdjustPolicy(QComboBox.AdjustToContents)

        self.addRow.addWidget(self.status)

        self.setStatus = QPushButton(RegistrationDialog)
        self.setStatus.setObjectName(u"setStatus")

        self.addRow.addWidget(self.setStatus)

        self.remove = QPushButton(RegistrationDialog)
        self.remove.setObjectName(u"remove")

        self.addRow.addWidget(self.remove)


        self.mainLayout.addLayout(self.addRow)

        self.table = QTableWidget(RegistrationDialog)
        self.table.setObjectName(u"table")
        self.table.setEditTriggers(QAbstractItemView.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.ExtendedSelection)
        self.table.setAlternatingRowColors(True)
        self.table.verticalHeader().setVisible(False)

        self.mainLayout.addWidget(self.table)

        self.summary = QLabel(RegistrationDialog)
        self.summary.setObjectName(u"summary")
        self.summary.setWordWrap(True)

        self.mainLayout.addWidget(self.summary)

        self.formError = QLabel(RegistrationDialog)
        self.formError.setObjectName(u"formError")
        self.formError.setWordWrap(True)

        self.mainLayout.addWidget(self.formError)

        self.bottomRow = QHBoxLayout()
        self.bottomRow.setObjectName(u"bottomRow")
        self.results = QPushButton(RegistrationDialog)
        self.results.setObjectName(u"results")

        self.bottomRow.addWidget(self.results)

        self.buttons = QDialogButtonBox(RegistrationDialog)
        self.buttons.setObjectName(u"buttons")
        self.buttons.setStandardButtons(QDialogButtonBox.Close)

        self.bottomRow.addWidget(self.buttons)


        self.mainLayout.addLayout(self.bottomRow)

#if QT_CONFIG(shortcut)
        self.studentLabel.setBuddy(self.student)
        self.statusLabel.setBuddy(self.status)
#endif // QT_CONFIG(shortcut)

        self.retranslateUi(RegistrationDialog)
    # setupUi

    def retranslateUi(self, RegistrationDialog):
        RegistrationDialog.setWindowTitle(QCoreApplication.translate("RegistrationDialog", u"Exam registration", None))
        self.examSummary.setText("")
        self.studentLabel.setText(QCoreApplication.translate("RegistrationDialog", u"Add a student", None))
        self.addStudent.setText(QCoreApplication.translate("RegistrationDialog", u"Add", None))
        self.statusLabel.setText(QCoreApplication.translate("RegistrationDialog", u"Selected:", None))
        self.setStatus.setText(QCoreApplication.translate("RegistrationDialog", u"Set status", None))
        self.remove.setText(QCoreApplication.translate("RegistrationDialog", u"Remove", None))
        self.summary.setText("")
        self.formError.setText("")
        self.results.setText(QCoreApplication.translate("RegistrationDialog", u"Results\u2026", None))
    # retranslateUi

