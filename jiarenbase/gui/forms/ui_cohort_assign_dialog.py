# GENERATED from forms/cohort_assign_dialog.ui by packaging/build_forms.py (pyside6-uic) - do not edit.
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
    QHBoxLayout, QHeaderView, QLabel, QLineEdit,
    QPushButton, QSizePolicy, QSplitter, QStackedWidget,
    QTableWidget, QTableWidgetItem, QVBoxLayout, QWidget)

from jiarenbase.gui.widgets.search_combo import SearchCombo

class Ui_CohortAssignDialog(object):
    def setupUi(self, CohortAssignDialog):
        if not CohortAssignDialog.objectName():
            CohortAssignDialog.setObjectName(u"CohortAssignDialog")
        CohortAssignDialog.resize(1100, 640)
        CohortAssignDialog.setSizeGripEnabled(True)
        self.dialogLayout = QVBoxLayout(CohortAssignDialog)
        self.dialogLayout.setObjectName(u"dialogLayout")
        self.heading = QLabel(CohortAssignDialog)
        self.heading.setObjectName(u"heading")

        self.dialogLayout.addWidget(self.heading)

        self.formError = QLabel(CohortAssignDialog)
        self.formError.setObjectName(u"formError")
        self.formError.setWordWrap(True)

        self.dialogLayout.addWidget(self.formError)

        self.options = QHBoxLayout()
        self.options.setObjectName(u"options")
        self.cohortLabel = QLabel(CohortAssignDialog)
        self.cohortLabel.setObjectName(u"cohortLabel")

        self.options.addWidget(self.cohortLabel)

        self.cohort = SearchCombo(CohortAssignDialog)
        self.cohort.setObjectName(u"cohort")
        self.cohort.setMinimumSize(QSize(260, 0))
        sizePolicy = QSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        sizePolicy.setHorizontalStretch(1)
        sizePolicy.setVerticalStretch(0)
        sizePolicy.setHeightForWidth(self.cohort.sizePolicy().hasHeightForWidth())
        self.cohort.setSizePolicy(sizePolicy)

        self.options.addWidget(self.cohort)

        self.stageLabel = QLabel(CohortAssignDialog)
        self.stageLabel.setObjectName(u"stageLabel")

        self.options.addWidget(self.stageLabel)

        self.stage = QComboBox(CohortAssignDialog)
        self.stage.setObjectName(u"stage")
        self.stage.setMinimumSize(QSize(180, 0))

        self.options.addWidget(self.stage)

        self.onlyUnassigned = QCheckBox(CohortAssignDialog)
        self.onlyUnassigned.setObjectName(u"onlyUnassigned")
        self.onlyUnassigned.setChecked(True)

        self.options.addWidget(self.onlyUnassigned)

        self.suggestButton = QPushButton(CohortAssignDialog)
        self.suggestButton.setObjectName(u"suggestButton")

        self.options.addWidget(self.suggestButton)


        self.dialogLayout.addLayout(self.options)

        self.splitter = QSplitter(CohortAssignDialog)
        self.splitter.setObjectName(u"splitter")
        self.splitter.setOrientation(Qt.Horizontal)
        self.splitter.setChildrenCollapsible(False)
        self.mentorsPane = QWidget(self.splitter)
        self.mentorsPane.setObjectName(u"mentorsPane")
        self.mentorsLayout = QVBoxLayout(self.mentorsPane)
        self.mentorsLayout.setObjectName(u"mentorsLayout")
        self.mentorsLayout.setContentsMargins(0, 0, 0, 0)
        self.mentorsLabel = QLabel(self.mentorsPane)
        self.mentorsLabel.setObjectName(u"mentorsLabel")

        self.mentorsLayout.addWidget(self.mentorsLabel)

        self.mentors = QTableWidget(self.mentorsPane)
        self.mentors.setObjectName(u"mentors")
        self.mentors.setEditTriggers(QAbstractItemView.NoEditTriggers)
        self.mentors.setSelectionMode(QAbstractItemView.NoSelection)
        self.mentors.setWordWrap(False)
        self.mentors.setMinimumSize(QSize(380, 0))
        self.mentors.horizontalHeader().setHighlightSections(False)
        self.mentors.verticalHeader().setVisible(False)

        self.mentorsLayout.addWidget(self.mentors)

        self.splitter.addWidget(self.mentorsPane)
        self.studentsPane = QWidget(self.splitter)
        self.studentsPane.setObjectName(u"studentsPane")
        self.studentsLayout = QVBoxLayout(self.studentsPane)
        self.studentsLayout.setObjectName(u"studentsLayout")
        self.studentsLayout.setContentsMargins(0, 0, 0, 0)
        self.studentsLabel = QLabel(self.studentsPane)
        self.studentsLabel.setObjectName(u"studentsLabel")

        self.studentsLayout.addWidget(self.studentsLabel)

        self.studentsStack = QStackedWidget(self.studentsPane)
        self.studentsStack.setObjectName(u"studentsStack")
        self.students = QTableWidget()
        self.students.setObjectName(u"students")
        self.students.setEditTriggers(QAbstractItemView.NoEditTriggers)
        self.students.setAlternatingRowColors(True)
        self.students.setSelectionMode(QAbstractItemView.NoSelection)
        self.students.setWordWrap(False)
        self.studentsStack.addWidget(self.students)
        self.students.horizontalHeader().setHighlightSections(False)
        self.students.horizontalHeader().setStretchLastSection(True)
        self.students.verticalHeader().setVisible(False)
        self.emptyLabel = QLabel()
        self.emptyLabel.setObjectName(u"emptyLabel")
        self.emptyLabel.setWordWrap(True)
        self.emptyLabel.setAlignment(Qt.AlignCenter)
        self.studentsStack.addWidget(self.emptyLabel)

        self.studentsLayout.addWidget(self.studentsStack)

        self.splitter.addWidget(self.studentsPane)

        self.dialogLayout.addWidget(self.splitter)

        self.summary = QLabel(CohortAssignDialog)
        self.summary.setObjectName(u"summary")
        self.summary.setWordWrap(True)

        self.dialogLayout.addWidget(self.summary)

        self.bottom = QHBoxLayout()
        self.bottom.setObjectName(u"bottom")
        self.startLabel = QLabel(CohortAssignDialog)
        self.startLabel.setObjectName(u"startLabel")

        self.bottom.addWidget(self.startLabel)

        self.start = QDateEdit(CohortAssignDialog)
        self.start.setObjectName(u"start")
        self.start.setCalendarPopup(True)

        self.bottom.addWidget(self.start)

        self.noteLabel = QLabel(CohortAssignDialog)
        self.noteLabel.setObjectName(u"noteLabel")

        self.bottom.addWidget(self.noteLabel)

        self.note = QLineEdit(CohortAssignDialog)
        self.note.setObjectName(u"note")
        self.note.setMaxLength(2000)
        sizePolicy.setHeightForWidth(self.note.sizePolicy().hasHeightForWidth())
        self.note.setSizePolicy(sizePolicy)

        self.bottom.addWidget(self.note)

        self.buttons = QDialogButtonBox(CohortAssignDialog)
        self.buttons.setObjectName(u"buttons")
        self.buttons.setStandardButtons(QDialogButtonBox.Cancel|QDialogButtonBox.Save)

        self.bottom.addWidget(self.buttons)


        self.dialogLayout.addLayout(self.bottom)

        self.dialogLayout.setStretch(3, 1)
#if QT_CONFIG(shortcut)
        self.cohortLabel.setBuddy(self.cohort)
        self.stageLabel.setBuddy(self.stage)
        self.startLabel.setBuddy(self.start)
        self.noteLabel.setBuddy(self.note)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.cohort, self.stage)
        QWidget.setTabOrder(self.stage, self.onlyUnassigned)
        QWidget.setTabOrder(self.onlyUnassigned, self.suggestButton)
        QWidget.setTabOrder(self.suggestButton, self.mentors)
        QWidget.setTabOrder(self.mentors, self.students)
        QWidget.setTabOrder(self.students, self.start)
        QWidget.setTabOrder(self.start, self.note)
        QWidget.setTabOrder(self.note, self.buttons)

        self.retranslateUi(CohortAssignDialog)
    # setupUi

    def retranslateUi(self, CohortAssignDialog):
        CohortAssignDialog.setWindowTitle(QCoreApplication.translate("CohortAssignDialog", u"Assign mentors to a cohort", None))
        self.heading.setText(QCoreApplication.translate("CohortAssignDialog", u"Assign mentors to a cohort", None))
        self.formError.setText("")
        self.cohortLabel.setText(QCoreApplication.translate("CohortAssignDialog", u"Cohort", None))
        self.stageLabel.setText(QCoreApplication.translate("CohortAssignDialog", u"Stage", None))
        self.onlyUnassigned.setText(QCoreApplication.translate("CohortAssignDialog", u"Only students without a mentor", None))
#if QT_CONFIG(tooltip)
        self.onlyUnassigned.setToolTip(QCoreApplication.translate("CohortAssignDialog", u"Untick to share out every student of the cohort again (students stay with their mentor where the balance allows)", None))
#endif // QT_CONFIG(tooltip)
        self.suggestButton.setText(QCoreApplication.translate("CohortAssignDialog", u"Suggest", None))
#if QT_CONFIG(tooltip)
        self.suggestButton.setToolTip(QCoreApplication.translate("CohortAssignDialog", u"Share the students among the ticked mentors, least loaded first", None))
#endif // QT_CONFIG(tooltip)
        self.mentorsLabel.setText(QCoreApplication.translate("CohortAssignDialog", u"Mentors sharing the cohort", None))
        self.studentsLabel.setText(QCoreApplication.translate("CohortAssignDialog", u"Proposal", None))
        self.emptyLabel.setText("")
        self.summary.setText("")
        self.startLabel.setText(QCoreApplication.translate("CohortAssignDialog", u"Starting", None))
        self.start.setDisplayFormat(QCoreApplication.translate("CohortAssignDialog", u"yyyy-MM-dd", None))
        self.noteLabel.setText(QCoreApplication.translate("CohortAssignDialog", u"Note", None))
    # retranslateUi

