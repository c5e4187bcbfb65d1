# GENERATED from forms/attendance_dialog.ui by packaging/build_forms.py (pyside6-uic) - do not edit.
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
from PySide6.QtWidgets import (QAbstractButton, QAbstractItemView, QApplication, QDateEdit,
    QDialog, QDialogButtonBox, QDoubleSpinBox, QFormLayout,
    QGroupBox, QHBoxLayout, QHeaderView, QLabel,
    QLineEdit, QListWidget, QListWidgetItem, QPushButton,
    QSizePolicy, QSpacerItem, QTableWidget, QTableWidgetItem,
    QVBoxLayout, QWidget)

class Ui_AttendanceDialog(object):
    def setupUi(self, AttendanceDialog):
        if not AttendanceDialog.objectName():
            AttendanceDialog.setObjectName(u"AttendanceDialog")
        AttendanceDialog.resize(1060, 660)
        AttendanceDialog.setSizeGripEnabled(True)
        self.dialogLayout = QVBoxLayout(AttendanceDialog)
        self.dialogLayout.setSpacing(8)
        self.dialogLayout.setObjectName(u"dialogLayout")
        self.cohortName = QLabel(AttendanceDialog)
        self.cohortName.setObjectName(u"cohortName")

        self.dialogLayout.addWidget(self.cohortName)

        self.formError = QLabel(AttendanceDialog)
        self.formError.setObjectName(u"formError")
        self.formError.setWordWrap(True)

        self.dialogLayout.addWidget(self.formError)

        self.notice = QLabel(AttendanceDialog)
        self.notice.setObjectName(u"notice")
        self.notice.setWordWrap(True)

        self.dialogLayout.addWidget(self.notice)

        self.body = QHBoxLayout()
        self.body.setSpacing(12)
        self.body.setObjectName(u"body")
        self.lessonSide = QVBoxLayout()
        self.lessonSide.setSpacing(6)
        self.lessonSide.setObjectName(u"lessonSide")
        self.lessonsLabel = QLabel(AttendanceDialog)
        self.lessonsLabel.setObjectName(u"lessonsLabel")

        self.lessonSide.addWidget(self.lessonsLabel)

        self.lessons = QListWidget(AttendanceDialog)
        self.lessons.setObjectName(u"lessons")
        self.lessons.setMinimumSize(QSize(320, 200))
        self.lessons.setMaximumSize(QSize(380, 16777215))

        self.lessonSide.addWidget(self.lessons)

        self.lessonButtons = QHBoxLayout()
        self.lessonButtons.setObjectName(u"lessonButtons")
        self.newLessonButton = QPushButton(AttendanceDialog)
        self.newLessonButton.setObjectName(u"newLessonButton")

        self.lessonButtons.addWidget(self.newLessonButton)

        self.deleteLessonButton = QPushButton(AttendanceDialog)
        self.deleteLessonButton.setObjectName(u"deleteLessonButton")

        self.lessonButtons.addWidget(self.deleteLessonButton)


        self.lessonSide.addLayout(self.lessonButtons)

        self.lessonBox = QGroupBox(AttendanceDialog)
        self.lessonBox.setObjectName(u"lessonBox")
        self.lessonBox.setMaximumSize(QSize(380, 16777215))
        self.lessonForm = QFormLayout(self.lessonBox)
        self.lessonForm.setObjectName(u"lessonForm")
        self.lessonForm.setFieldGrowthPolicy(QFormLayout.AllNonFixedFieldsGrow)
        self.lessonForm.setVerticalSpacing(4)
        self.titleLabel = QLabel(self.lessonBox)
        self.titleLabel.setObjectName(u"titleLabel")

        self.lessonForm.setWidget(0, QFormLayout.ItemRole.LabelRole, self.titleLabel)

        self.title = QLineEdit(self.lessonBox)
        self.title.setObjectName(u"title")
        self.title.setMaxLength(100)

        self.lessonForm.setWidget(0, QFormLayout.ItemRole.FieldRole, self.title)

        self.titleError = QLabel(self.lessonBox)
        self.titleError.setObjectName(u"titleError")
        self.titleError.setWordWrap(True)

        self.lessonForm.setWidget(1, QFormLayout.ItemRole.FieldRole, self.titleError)

        self.dateLabel = QLabel(self.lessonBox)
        self.dateLabel.setObjectName(u"dateLabel")

        self.lessonForm.setWidget(2, QFormLayout.ItemRole.LabelRole, self.dateLabel)

        self.date = QDateEdit(self.lessonBox)
        self.date.setObjectName(u"date")
        self.date.setCalendarPopup(True)

        self.lessonForm.setWidget(2, QFormLayout.ItemRole.FieldRole, self.date)

        self.dateError = QLabel(self.lessonBox)
        self.dateError.setObjectName(u"dateError")
        self.dateError.setWordWrap(True)

        self.lessonForm.setWidget(3, QFormLayout.ItemRole.FieldRole, self.dateError)

        self.hoursLabel = QLabel(self.lessonBox)
        self.hoursLabel.setObjectName(u"hoursLabel")

        self.lessonForm.setWidget(4, QFormLayout.ItemRole.LabelRole, self.hoursLabel)

        self.hours = QDoubleSpinBox(self.lessonBox)
        self.hours.setObjectName(u"hours")
        self.hours.setDecimals(1)
        self.hours.setMinimum(0.000000000000000)
        self.hours.setMaximum(12.000000000000000)
        self.hours.setSingleStep(0.500000000000000)
        self.hours.setValue(2.000000000000000)

        self.lessonForm.setWidget(4, QFormLayout.ItemRole.FieldRole, self.hours)

        self.hoursError = QLabel(self.lessonBox)
        self.hoursError.setObjectName(u"hoursError")
        self.hoursError.setWordWrap(True)

        self.lessonForm.setWidget(5, QFormLayout.ItemRole.FieldRole, self.hoursError)

        self.saveLessonButton = QPushButton(self.lessonBox)
        self.saveLessonButton.setObjectName(u"saveLessonButton")

        self.lessonForm.setWidget(6, QFormLayout.ItemRole.FieldRole, self.saveLessonButton)


        self.lessonSide.addWidget(self.lessonBox)


        self.body.addLayout(self.lessonSide)

        self.sheetSide = QVBoxLayout()
        self.sheetSide.setSpacing(6)
        self.sheetSide.setObjectName(u"sheetSide")
        self.sheetTitle = QLabel(AttendanceDialog)
        self.sheetTitle.setObjectName(u"sheetTitle")
        self.sheetTitle.setWordWrap(True)

        self.sheetSide.addWidget(self.sheetTitle)

        self.sheet = QTableWidget(AttendanceDialog)
        self.sheet.setObjectName(u"sheet")
        self.sheet.setMinimumSize(QSize(560, 260))
        self.sheet.setSelectionBehavior(QAbstractItemView.SelectRows)
        self.sheet.setAlternatingRowColors(True)
        self.sheet.verticalHeader().setVisible(False)

        self.sheetSide.addWidget(self.sheet)

        self.sheetButtons = QHBoxLayout()
        self.sheetButtons.setObjectName(u"sheetButtons")
        self.allPresentButton = QPushButton(AttendanceDialog)
        self.allPresentButton.setObjectName(u"allPresentButton")

        self.sheetButtons.addWidget(self.allPresentButton)

        self.keysHint = QLabel(AttendanceDialog)
        self.keysHint.setObjectName(u"keysHint")

        self.sheetButtons.addWidget(self.keysHint)

        self.sheetSpacer = QSpacerItem(10, 10, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.sheetButtons.addItem(self.sheetSpacer)

        self.tally = QLabel(AttendanceDialog)
        self.tally.setObjectName(u"tally")

        self.sheetButtons.addWidget(self.tally)


        self.sheetSide.addLayout(self.sheetButtons)


        self.body.addLayout(self.sheetSide)


        self.dialogLayout.addLayout(self.body)

        self.buttons = QDialogButtonBox(AttendanceDialog)
        self.buttons.setObjectName(u"buttons")
        self.buttons.setStandardButtons(QDialogButtonBox.Close|QDialogButtonBox.Save)

        self.dialogLayout.addWidget(self.buttons)

#if QT_CONFIG(shortcut)
        self.lessonsLabel.setBuddy(self.lessons)
        self.titleLabel.setBuddy(self.title)
        self.dateLabel.setBuddy(self.date)
        self.hoursLabel.setBuddy(self.hours)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.lessons, self.newLessonButton)
        QWidget.setTabOrder(self.newLessonButton, self.deleteLessonButton)
        QWidget.setTabOrder(self.deleteLessonButton, self.title)
        QWidget.setTabOrder(self.title, self.date)
        QWidget.setTabOrder(self.date, self.hours)
        QWidget.setTabOrder(self.hours, self.saveLessonButton)
        QWidget.setTabOrder(self.saveLessonButton, self.sheet)
        QWidget.setTabOrder(self.sheet, self.allPresentButton)
        QWidget.setTabOrder(self.allPresentButton, self.buttons)

        self.retranslateUi(AttendanceDialog)
    # setupUi

    def retranslateUi(self, AttendanceDialog):
        AttendanceDialog.setWindowTitle(QCoreApplication.translate("AttendanceDialog", u"Cognitive lessons and attendance", None))
        self.cohortName.setText("")
        self.formError.setText("")
        self.notice.setText("")
        self.lessonsLabel.setText(QCoreApplication.translate("AttendanceDialog", u"Lessons", None))
        self.newLessonButton.setText(QCoreApplication.translate("AttendanceDialog", u"New lesson", None))
        self.deleteLessonButton.setText(QCoreApplication.translate("AttendanceDialog", u"Delete lesson", None))
        self.lessonBox.setTitle(QCoreApplication.translate("AttendanceDialog", u"Lesson", None))
        self.titleLabel.setText(QCoreApplication.translate("AttendanceDialog", u"Title", None))
        self.titleError.setText("")
        self.dateLabel.setText(QCoreApplication.translate("AttendanceDialog", u"Date", None))
        self.date.setDisplayFormat(QCoreApplication.translate("AttendanceDialog", u"yyyy-MM-dd", None))
        self.dateError.setText("")
        self.hoursLabel.setText(QCoreApplication.translate("AttendanceDialog", u"Hours", None))
        self.hoursError.setText("")
        self.saveLessonButton.setText(QCoreApplication.translate("AttendanceDialog", u"Save lesson", None))
        self.sheetTitle.setText("")
        self.allPresentButton.setText(QCoreApplication.translate("AttendanceDialog", u"All present", None))
        self.keysHint.setText(QCoreApplication.translate("AttendanceDialog", u"Keys on selected rows: 1 present, 2 late, 3 absent", None))
        self.tally.setText("")
    # retranslateUi

