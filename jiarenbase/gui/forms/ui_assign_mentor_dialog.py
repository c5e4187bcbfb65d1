# GENERATED from forms/assign_mentor_dialog.ui by packaging/build_forms.py (pyside6-uic) - do not edit.
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
    QDateEdit, QDialog, QDialogButtonBox, QFormLayout,
    QHeaderView, QLabel, QPlainTextEdit, QSizePolicy,
    QTableWidget, QTableWidgetItem, QVBoxLayout, QWidget)

class Ui_AssignMentorDialog(object):
    def setupUi(self, AssignMentorDialog):
        if not AssignMentorDialog.objectName():
            AssignMentorDialog.setObjectName(u"AssignMentorDialog")
        AssignMentorDialog.resize(600, 560)
        AssignMentorDialog.setSizeGripEnabled(True)
        self.dialogLayout = QVBoxLayout(AssignMentorDialog)
        self.dialogLayout.setObjectName(u"dialogLayout")
        self.heading = QLabel(AssignMentorDialog)
        self.heading.setObjectName(u"heading")
        self.heading.setWordWrap(True)

        self.dialogLayout.addWidget(self.heading)

        self.studentsLabel = QLabel(AssignMentorDialog)
        self.studentsLabel.setObjectName(u"studentsLabel")
        self.studentsLabel.setWordWrap(True)

        self.dialogLayout.addWidget(self.studentsLabel)

        self.formError = QLabel(AssignMentorDialog)
        self.formError.setObjectName(u"formError")
        self.formError.setWordWrap(True)

        self.dialogLayout.addWidget(self.formError)

        self.form = QFormLayout()
        self.form.setObjectName(u"form")
        self.form.setLabelAlignment(Qt.AlignRight|Qt.AlignVCenter)
        self.form.setFieldGrowthPolicy(QFormLayout.AllNonFixedFieldsGrow)
        self.form.setVerticalSpacing(4)
        self.mentorLabel = QLabel(AssignMentorDialog)
        self.mentorLabel.setObjectName(u"mentorLabel")

        self.form.setWidget(0, QFormLayout.ItemRole.LabelRole, self.mentorLabel)

        self.mentor = QComboBox(AssignMentorDialog)
        self.mentor.setObjectName(u"mentor")
        self.mentor.setMinimumSize(QSize(300, 0))

        self.form.setWidget(0, QFormLayout.ItemRole.FieldRole, self.mentor)

        self.mentorHint = QLabel(AssignMentorDialog)
        self.mentorHint.setObjectName(u"mentorHint")
        self.mentorHint.setWordWrap(True)

        self.form.setWidget(1, QFormLayout.ItemRole.FieldRole, self.mentorHint)

        self.mentorError = QLabel(AssignMentorDialog)
        self.mentorError.setObjectName(u"mentorError")
        self.mentorError.setWordWrap(True)

        self.form.setWidget(2, QFormLayout.ItemRole.FieldRole, self.mentorError)

        self.stageLabel = QLabel(AssignMentorDialog)
        self.stageLabel.setObjectName(u"stageLabel")

        self.form.setWidget(3, QFormLayout.ItemRole.LabelRole, self.stageLabel)

        self.stage = QComboBox(AssignMentorDialog)
        self.stage.setObjectName(u"stage")
        self.stage.setMinimumSize(QSize(300, 0))

        self.form.setWidget(3, QFormLayout.ItemRole.FieldRole, self.stage)

        self.stageError = QLabel(AssignMentorDialog)
        self.stageError.setObjectName(u"stageError")
        self.stageError.setWordWrap(True)

        self.form.setWidget(4, QFormLayout.ItemRole.FieldRole, self.stageError)

        self.startLabel = QLabel(AssignMentorDialog)
        self.startLabel.setObjectName(u"startLabel")

        self.form.setWidget(5, QFormLayout.ItemRole.LabelRole, self.startLabel)

        self.start = QDateEdit(AssignMentorDialog)
        self.start.setObjectName(u"start")
        self.start.setCalendarPopup(True)

        self.form.setWidget(5, QFormLayout.ItemRole.FieldRole, self.start)

        self.startError = QLabel(AssignMentorDialog)
        self.startError.setObjectName(u"startError")
        self.startError.setWordWrap(True)

        self.form.setWidget(6, QFormLayout.ItemRole.FieldRole, self.startError)

        self.noteLabel = QLabel(AssignMentorDialog)
        self.noteLabel.setObjectName(u"noteLabel")

        self.form.setWidget(7, QFormLayout.ItemRole.LabelRole, self.noteLabel)

        self.note = QPlainTextEdit(AssignMentorDialog)
        self.note.setObjectName(u"note")
        self.note.setMaximumSize(QSize(16777215, 80))
        self.note.setMinimumSize(QSize(300, 52))
        self.note.setTabChangesFocus(True)

        self.form.setWidget(7, QFormLayout.ItemRole.FieldRole, self.note)

        self.noteError = QLabel(AssignMentorDialog)
        self.noteError.setObjectName(u"noteError")
        self.noteError.setWordWrap(True)

        self.form.setWidget(8, QFormLayout.ItemRole.FieldRole, self.noteError)


        self.dialogLayout.addLayout(self.form)

        self.historyLabel = QLabel(AssignMentorDialog)
        self.historyLabel.setObjectName(u"historyLabel")

        self.dialogLayout.addWidget(self.historyLabel)

        self.history = QTableWidget(AssignMentorDialog)
        self.history.setObjectName(u"history")
        self.history.setEditTriggers(QAbstractItemView.NoEditTriggers)
        self.history.setAlternatingRowColors(True)
        self.history.setSelectionMode(QAbstractItemView.NoSelection)
        self.history.setWordWrap(False)
        self.history.setMinimumSize(QSize(0, 140))
        self.history.horizontalHeader().setHighlightSections(False)
        self.history.horizontalHeader().setStretchLastSection(True)
        self.history.verticalHeader().setVisible(False)

        self.dialogLayout.addWidget(self.history)

        self.buttons = QDialogButtonBox(AssignMentorDialog)
        self.buttons.setObjectName(u"buttons")
        self.buttons.setStandardButtons(QDialogButtonBox.Cancel|QDialogButtonBox.Save)

        self.dialogLayout.addWidget(self.buttons)

        self.dialogLayout.setStretch(5, 1)
#if QT_CONFIG(shortcut)
        self.mentorLabel.setBuddy(self.mentor)
        self.stageLabel.setBuddy(self.stage)
        self.startLabel.setBuddy(self.start)
        self.noteLabel.setBuddy(self.note)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.mentor, self.stage)
        QWidget.setTabOrder(self.stage, self.start)
        QWidget.setTabOrder(self.start, self.note)
        QWidget.setTabOrder(self.note, self.history)
        QWidget.setTabOrder(self.history, self.buttons)

        self.retranslateUi(AssignMentorDialog)
    # setupUi

    def retranslateUi(self, AssignMentorDialog):
        AssignMentorDialog.setWindowTitle(QCoreApplication.translate("AssignMentorDialog", u"Assign a mentor", None))
        self.heading.setText(QCoreApplication.translate("AssignMentorDialog", u"Assign a mentor", None))
        self.studentsLabel.setText("")
        self.formError.setText("")
        self.mentorLabel.setText(QCoreApplication.translate("AssignMentorDialog", u"Mentor", None))
#if QT_CONFIG(tooltip)
        self.mentor.setToolTip(QCoreApplication.translate("AssignMentorDialog", u"Mentors with the students they guide now", None))
#endif // QT_CONFIG(tooltip)
        self.mentorHint.setText("")
        self.mentorError.setText("")
        self.stageLabel.setText(QCoreApplication.translate("AssignMentorDialog", u"Stage", None))
        self.stageError.setText("")
        self.startLabel.setText(QCoreApplication.translate("AssignMentorDialog", u"Starting", None))
        self.start.setDisplayFormat(QCoreApplication.translate("AssignMentorDialog", u"yyyy-MM-dd", None))
#if QT_CONFIG(tooltip)
        self.start.setToolTip(QCoreApplication.translate("AssignMentorDialog", u"The day the new mentor takes over; the previous assignment ends that day", None))
#endif // QT_CONFIG(tooltip)
        self.startError.setText("")
        self.noteLabel.setText(QCoreApplication.translate("AssignMentorDialog", u"Note", None))
        self.note.setPlaceholderText(QCoreApplication.translate("AssignMentorDialog", u"e.g. why the mentor changes", None))
        self.noteError.setText("")
        self.historyLabel.setText(QCoreApplication.translate("AssignMentorDialog", u"Assignment history", None))
    # retranslateUi

