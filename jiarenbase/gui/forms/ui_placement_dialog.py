# GENERATED from forms/placement_dialog.ui by packaging/build_forms.py (pyside6-uic) - do not edit.
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
from PySide6.QtWidgets import (QAbstractButton, QAbstractItemView, QApplication, QCheckBox,
    QComboBox, QDateEdit, QDialog, QDialogButtonBox,
    QFormLayout, QGroupBox, QHBoxLayout, QHeaderView,
    QLabel, QLineEdit, QPlainTextEdit, QPushButton,
    QSizePolicy, QSpacerItem, QTableWidget, QTableWidgetItem,
    QVBoxLayout, QWidget)

class Ui_PlacementDialog(object):
    def setupUi(self, PlacementDialog):
        if not PlacementDialog.objectName():
            PlacementDialog.setObjectName(u"PlacementDialog")
        PlacementDialog.resize(780, 720)
        PlacementDialog.setSizeGripEnabled(True)
        self.dialogLayout = QVBoxLayout(PlacementDialog)
        self.dialogLayout.setObjectName(u"dialogLayout")
        self.formError = QLabel(PlacementDialog)
        self.formError.setObjectName(u"formError")
        self.formError.setWordWrap(True)

        self.dialogLayout.addWidget(self.formError)

        self.form = QFormLayout()
        self.form.setObjectName(u"form")
        self.form.setLabelAlignment(Qt.AlignRight|Qt.AlignVCenter)
        self.form.setFieldGrowthPolicy(QFormLayout.AllNonFixedFieldsGrow)
        self.form.setVerticalSpacing(4)
        self.studentLabel = QLabel(PlacementDialog)
        self.studentLabel.setObjectName(u"studentLabel")

        self.form.setWidget(0, QFormLayout.ItemRole.LabelRole, self.studentLabel)

        self.student = QComboBox(PlacementDialog)
        self.student.setObjectName(u"student")
        self.student.setEditable(True)
        self.student.setMinimumSize(QSize(300, 0))

        self.form.setWidget(0, QFormLayout.ItemRole.FieldRole, self.student)

        self.studentError = QLabel(PlacementDialog)
        self.studentError.setObjectName(u"studentError")
        self.studentError.setWordWrap(True)

        self.form.setWidget(1, QFormLayout.ItemRole.FieldRole, self.studentError)

        self.outcomeLabel = QLabel(PlacementDialog)
        self.outcomeLabel.setObjectName(u"outcomeLabel")

        self.form.setWidget(2, QFormLayout.ItemRole.LabelRole, self.outcomeLabel)

        self.outcome = QComboBox(PlacementDialog)
        self.outcome.setObjectName(u"outcome")
        self.outcome.setEditable(False)
        self.outcome.setMinimumSize(QSize(300, 0))

        self.form.setWidget(2, QFormLayout.ItemRole.FieldRole, self.outcome)

        self.outcomeError = QLabel(PlacementDialog)
        self.outcomeError.setObjectName(u"outcomeError")
        self.outcomeError.setWordWrap(True)

        self.form.setWidget(3, QFormLayout.ItemRole.FieldRole, self.outcomeError)

        self.employerLabel = QLabel(PlacementDialog)
        self.employerLabel.setObjectName(u"employerLabel")

        self.form.setWidget(4, QFormLayout.ItemRole.LabelRole, self.employerLabel)

        self.employer = QComboBox(PlacementDialog)
        self.employer.setObjectName(u"employer")
        self.employer.setEditable(True)
        self.employer.setMinimumSize(QSize(300, 0))

        self.form.setWidget(4, QFormLayout.ItemRole.FieldRole, self.employer)

        self.employerError = QLabel(PlacementDialog)
        self.employerError.setObjectName(u"employerError")
        self.employerError.setWordWrap(True)

        self.form.setWidget(5, QFormLayout.ItemRole.FieldRole, self.employerError)

        self.positionLabel = QLabel(PlacementDialog)
        self.positionLabel.setObjectName(u"positionLabel")

        self.form.setWidget(6, QFormLayout.ItemRole.LabelRole, self.positionLabel)

        self.position = QComboBox(PlacementDialog)
        self.position.setObjectName(u"position")
        self.position.setEditable(True)
        self.position.setMinimumSize(QSize(300, 0))

        self.form.setWidget(6, QFormLayout.ItemRole.FieldRole, self.position)

        self.positionError = QLabel(PlacementDialog)
        self.positionError.setObjectName(u"positionError")
        self.positionError.setWordWrap(True)

        self.form.setWidget(7, QFormLayout.ItemRole.FieldRole, self.positionError)

        self.startDateLabel = QLabel(PlacementDialog)
        self.startDateLabel.setObjectName(u"startDateLabel")

        self.form.setWidget(8, QFormLayout.ItemRole.LabelRole, self.startDateLabel)

        self.startDateRow = QHBoxLayout()
        self.startDateRow.setObjectName(u"startDateRow")
        self.hasStartDate = QCheckBox(PlacementDialog)
        self.hasStartDate.setObjectName(u"hasStartDate")

        self.startDateRow.addWidget(self.hasStartDate)

        self.startDate = QDateEdit(PlacementDialog)
        self.startDate.setObjectName(u"startDate")
        self.startDate.setEnabled(False)
        self.startDate.setCalendarPopup(True)
        sizePolicy = QSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        sizePolicy.setHorizontalStretch(1)
        sizePolicy.setVerticalStretch(0)
        sizePolicy.setHeightForWidth(self.startDate.sizePolicy().hasHeightForWidth())
        self.startDate.setSizePolicy(sizePolicy)

        self.startDateRow.addWidget(self.startDate)


        self.form.setLayout(8, QFormLayout.ItemRole.FieldRole, self.startDateRow)

        self.startDateError = QLabel(PlacementDialog)
        self.startDateError.setObjectName(u"startDateError")
        self.startDateError.setWordWrap(True)

        self.form.setWidget(9, QFormLayout.ItemRole.FieldRole, self.startDateError)

        self.evidenceLabel = QLabel(PlacementDialog)
        self.evidenceLabel.setObjectName(u"evidenceLabel")

        self.form.setWidget(10, QFormLayout.ItemRole.LabelRole, self.evidenceLabel)

        self.evidence = QComboBox(PlacementDialog)
        self.evidence.setObjectName(u"evidence")
        self.evidence.setEditable(False)
        self.evidence.setMinimumSize(QSize(300, 0))

        self.form.setWidget(10, QFormLayout.ItemRole.FieldRole, self.evidence)

        self.evidenceError = QLabel(PlacementDialog)
        self.evidenceError.setObjectName(u"evidenceError")
        self.evidenceError.setWordWrap(True)

        self.form.setWidget(11, QFormLayout.ItemRole.FieldRole, self.evidenceError)

        self.flexibleLabel = QLabel(PlacementDialog)
        self.flexibleLabel.setObjectName(u"flexibleLabel")

        self.form.setWidget(12, QFormLayout.ItemRole.LabelRole, self.flexibleLabel)

        self.flexibleRow = QHBoxLayout()
        self.flexibleRow.setObjectName(u"flexibleRow")
        self.insured = QCheckBox(PlacementDialog)
        self.insured.setObjectName(u"insured")

        self.flexibleRow.addWidget(self.insured)

        self.firstShanghaiJob = QCheckBox(PlacementDialog)
        self.firstShanghaiJob.setObjectName(u"firstShanghaiJob")
        self.firstShanghaiJob.setChecked(True)

        self.flexibleRow.addWidget(self.firstShanghaiJob)

        self.flexibleSpacer = QSpacerItem(0, 20, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.flexibleRow.addItem(self.flexibleSpacer)


        self.form.setLayout(12, QFormLayout.ItemRole.FieldRole, self.flexibleRow)

        self.flexibleError = QLabel(PlacementDialog)
        self.flexibleError.setObjectName(u"flexibleError")
        self.flexibleError.setWordWrap(True)

        self.form.setWidget(13, QFormLayout.ItemRole.FieldRole, self.flexibleError)

        self.noteLabel = QLabel(PlacementDialog)
        self.noteLabel.setObjectName(u"noteLabel")

        self.form.setWidget(14, QFormLayout.ItemRole.LabelRole, self.noteLabel)

        self.note = QPlainTextEdit(PlacementDialog)
        self.note.setObjectName(u"note")
        self.note.setMaximumSize(QSize(16777215, 80))
        self.note.setMinimumSize(QSize(300, 52))
        self.note.setTabChangesFocus(True)

        self.form.setWidget(14, QFormLayout.ItemRole.FieldRole, self.note)

        self.noteError = QLabel(PlacementDialog)
        self.noteError.setObjectName(u"noteError")
        self.noteError.setWordWrap(True)

        self.form.setWidget(15, QFormLayout.ItemRole.FieldRole, self.noteError)


        self.dialogLayout.addLayout(self.form)

        self.followUpGroup = QGroupBox(PlacementDialog)
        self.followUpGroup.setObjectName(u"followUpGroup")
        self.followUpLayout = QVBoxLayout(self.followUpGroup)
        self.followUpLayout.setObjectName(u"followUpLayout")
        self.followUpHint = QLabel(self.followUpGroup)
        self.followUpHint.setObjectName(u"followUpHint")
        self.followUpHint.setWordWrap(True)

        self.followUpLayout.addWidget(self.followUpHint)

        self.followUps = QTableWidget(self.followUpGroup)
        if (self.followUps.columnCount() < 5):
            self.followUps.setColumnCount(5)
        __qtablewidgetitem = QTableWidgetItem()
        self.followUps.setHorizontalHeaderItem(0, __qtablewidgetitem)
        __qtablewidgetitem1 = QTableWidgetItem()
        self.followUps.setHorizontalHeaderItem(1, __qtablewidgetitem1)
        __qtablewidgetitem2 = QTableWidgetItem()
        self.followUps.setHorizontalHeaderItem(2, __qtablewidgetitem2)
        __qtablewidgetitem3 = QTableWidgetItem()
        self.followUps.setHorizontalHeaderItem(3, __qtablewidgetitem3)
        __qtablewidgetitem4 = QTableWidgetItem()
        self.followUps.setHorizontalHeaderItem(4, __qtablewidgetitem4)
        self.followUps.setObjectName(u"followUps")
        self.followUps.setMinimumSize(QSize(0, 120))
        self.followUps.setEditTriggers(QAbstractItemView.NoEditTriggers)
        self.followUps.setSelectionMode(QAbstractItemView.SingleSelection)
        self.followUps.setSelectionBehavior(QAbstractItemView.SelectRows)
        self.followUps.setColumnCount(5)
        self.followUps.horizontalHeader().setStretchLastSection(True)
        self.followUps.verticalHeader().setVisible(False)

        self.followUpLayout.addWidget(self.followUps)

        self.followUpRow = QHBoxLayout()
        self.followUpRow.setObjectName(u"followUpRow")
        self.followUpDateLabel = QLabel(self.followUpGroup)
        self.followUpDateLabel.setObjectName(u"followUpDateLabel")

        self.followUpRow.addWidget(self.followUpDateLabel)

        self.followUpDate = QDateEdit(self.followUpGroup)
        self.followUpDate.setObjectName(u"followUpDate")
        self.followUpDate.setCalendarPopup(True)

        self.followUpRow.addWidget(self.followUpDate)

        self.stillEmployed = QCheckBox(self.followUpGroup)
        self.stillEmployed.setObjectName(u"stillEmployed")
        self.stillEmployed.setChecked(True)

        self.followUpRow.addWidget(self.stillEmployed)

        self.followUpNote = QLineEdit(self.followUpGroup)
        self.followUpNote.setObjectName(u"followUpNote")
        self.followUpNote.setMaxLength(500)

        self.followUpRow.addWidget(self.followUpNote)

        self.recordFollowUp = QPushButton(self.followUpGroup)
        self.recordFollowUp.setObjectName(u"recordFollowUp")

        self.followUpRow.addWidget(self.recordFollowUp)


        self.followUpLayout.addLayout(self.followUpRow)

        self.followUpError = QLabel(self.followUpGroup)
        self.followUpError.setObjectName(u"followUpError")
        self.followUpError.setWordWrap(True)

        self.followUpLayout.addWidget(self.followUpError)


        self.dialogLayout.addWidget(self.followUpGroup)

        self.buttons = QDialogButtonBox(PlacementDialog)
        self.buttons.setObjectName(u"buttons")
        self.buttons.setStandardButtons(QDialogButtonBox.Cancel|QDialogButtonBox.Save)

        self.dialogLayout.addWidget(self.buttons)

#if QT_CONFIG(shortcut)
        self.studentLabel.setBuddy(self.student)
        self.outcomeLabel.setBuddy(self.outcome)
        self.employerLabel.setBuddy(self.employer)
        self.positionLabel.setBuddy(self.position)
        self.startDateLabel.setBuddy(self.hasStartDate)
        self.evidenceLabel.setBuddy(self.evidence)
        self.flexibleLabel.setBuddy(self.insured)
        self.noteLabel.setBuddy(self.note)
        self.followUpDateLabel.setBuddy(self.followUpDate)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.student, self.outcome)
        QWidget.setTabOrder(self.outcome, self.employer)
        QWidget.setTabOrder(self.employer, self.position)
        QWidget.setTabOrder(self.position, self.hasStartDate)
        QWidget.setTabOrder(self.hasStartDate, self.startDate)
        QWidget.setTabOrder(self.startDate, self.evidence)
        QWidget.setTabOrder(self.evidence, self.insured)
        QWidget.setTabOrder(self.insured, self.firstShanghaiJob)
        QWidget.setTabOrder(self.firstShanghaiJob, self.note)
        QWidget.setTabOrder(self.note, self.followUps)
        QWidget.setTabOrder(self.followUps, self.followUpDate)
        QWidget.setTabOrder(self.followUpDate, self.stillEmployed)
        QWidget.setTabOrder(self.stillEmployed, self.followUpNote)
        QWidget.setTabOrder(self.followUpNote, self.recordFollowUp)
        QWidget.setTabOrder(self.recordFollowUp, self.buttons)

        self.retranslateUi(PlacementDialog)
    # setupUi

    def retranslateUi(self, PlacementDialog):
        PlacementDialog.setWindowTitle(QCoreApplication.translate("PlacementDialog", u"Placement", None))
        self.formError.setText("")
        self.studentLabel.setText(QCoreApplication.translate("PlacementDialog", u"Student", None))
        self.studentError.setText("")
        self.outcomeLabel.setText(QCoreApplication.translate("PlacementDialog", u"Outcome", None))
        self.outcomeError.setText("")
        self.employerLabel.setText(QCoreApplication.translate("PlacementDialog", u"Employer", None))
        self.employerError.setText("")
        self.positionLabel.setText(QCoreApplication.translate("PlacementDialog", u"Position", None))
        self.positionError.setText("")
        self.startDateLabel.setText(QCoreApplication.translate("PlacementDialog", u"Start date", None))
        self.hasStartDate.setText(QCoreApplication.translate("PlacementDialog", u"Known", None))
        self.startDate.setDisplayFormat(QCoreApplication.translate("PlacementDialog", u"yyyy-MM-dd", None))
        self.startDateError.setText("")
        self.evidenceLabel.setText(QCoreApplication.translate("PlacementDialog", u"Evidence", None))
        self.evidenceError.setText("")
        self.flexibleLabel.setText(QCoreApplication.translate("PlacementDialog", u"Flexible employment", None))
        self.insured.setText(QCoreApplication.translate("PlacementDialog", u"Pays pension and medical insurance", None))
        self.firstShanghaiJob.setText(QCoreApplication.translate("PlacementDialog", u"First job in Shanghai", None))
        self.flexibleError.setText("")
        self.noteLabel.setText(QCoreApplication.translate("PlacementDialog", u"Note", None))
        self.noteError.setText("")
        self.followUpGroup.setTitle(QCoreApplication.translate("PlacementDialog", u"Follow-ups (30 / 90 / 180 days)", None))
        self.followUpHint.setText("")
        ___qtablewidgetitem = self.followUps.horizontalHeaderItem(0)
        ___qtablewidgetitem.setText(QCoreApplication.translate("PlacementDialog", u"Follow-up", None))
        ___qtablewidgetitem1 = self.followUps.horizontalHeaderItem(1)
        ___qtablewidgetitem1.setText(QCoreApplication.translate("PlacementDialog", u"Due on", None))
        ___qtablewidgetitem2 = self.followUps.horizontalHeaderItem(2)
        ___qtablewidgetitem2.setText(QCoreApplication.translate("PlacementDialog", u"Done on", None))
        ___qtablewidgetitem3 = self.followUps.horizontalHeaderItem(3)
        ___qtablewidgetitem3.setText(QCoreApplication.translate("PlacementDialog", u"Still employed", None))
        ___qtablewidgetitem4 = self.followUps.horizontalHeaderItem(4)
        ___qtablewidgetitem4.setText(QCoreApplication.translate("PlacementDialog", u"Note", None))
        self.followUpDateLabel.setText(QCoreApplication.translate("PlacementDialog", u"Called on", None))
        self.followUpDate.setDisplayFormat(QCoreApplication.translate("PlacementDialog", u"yyyy-MM-dd", None))
        self.stillEmployed.setText(QCoreApplication.translate("PlacementDialog", u"Still employed", None))
        self.followUpNote.setPlaceholderText(QCoreApplication.translate("PlacementDialog", u"What was said (optional)", None))
        self.recordFollowUp.setText(QCoreApplication.translate("PlacementDialog", u"Record follow-up done", None))
        self.followUpError.setText("")
    # retranslateUi

