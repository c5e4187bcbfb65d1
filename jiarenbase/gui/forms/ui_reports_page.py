# GENERATED from forms/reports_page.ui by packaging/build_forms.py (pyside6-uic) - do not edit.
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
from PySide6.QtWidgets import (QApplication, QCheckBox, QComboBox, QDateEdit,
    QFormLayout, QFrame, QGridLayout, QGroupBox,
    QHBoxLayout, QLabel, QLineEdit, QListWidget,
    QListWidgetItem, QProgressBar, QPushButton, QRadioButton,
    QScrollArea, QSizePolicy, QSpacerItem, QSpinBox,
    QSplitter, QStackedWidget, QVBoxLayout, QWidget)

from jiarenbase.gui.widgets.pdf_preview import PdfPreview

class Ui_ReportsPage(object):
    def setupUi(self, ReportsPage):
        if not ReportsPage.objectName():
            ReportsPage.setObjectName(u"ReportsPage")
        self.pageLayout = QVBoxLayout(ReportsPage)
        self.pageLayout.setObjectName(u"pageLayout")
        self.pageLayout.setContentsMargins(24, 20, 24, 20)
        self.title = QLabel(ReportsPage)
        self.title.setObjectName(u"title")

        self.pageLayout.addWidget(self.title)

        self.pageStack = QStackedWidget(ReportsPage)
        self.pageStack.setObjectName(u"pageStack")
        self.workspace = QSplitter()
        self.workspace.setObjectName(u"workspace")
        self.workspace.setOrientation(Qt.Horizontal)
        self.workspace.setChildrenCollapsible(False)
        self.leftColumn = QWidget(self.workspace)
        self.leftColumn.setObjectName(u"leftColumn")
        self.leftColumn.setMinimumSize(QSize(430, 0))
        self.leftColumn.setMaximumSize(QSize(580, 16777215))
        self.leftLayout = QVBoxLayout(self.leftColumn)
        self.leftLayout.setObjectName(u"leftLayout")
        self.leftLayout.setContentsMargins(0, 0, 0, 0)
        self.chooserScroll = QScrollArea(self.leftColumn)
        self.chooserScroll.setObjectName(u"chooserScroll")
        self.chooserScroll.setWidgetResizable(True)
        self.chooserScroll.setFrameShape(QFrame.NoFrame)
        self.chooserScroll.setHorizontalScrollBarPolicy(Qt.ScrollBarAlwaysOff)
        self.chooser = QWidget()
        self.chooser.setObjectName(u"chooser")
        self.chooserLayout = QVBoxLayout(self.chooser)
        self.chooserLayout.setObjectName(u"chooserLayout")
        self.chooserLayout.setContentsMargins(0, -1, 12, -1)
        self.kindHeading = QLabel(self.chooser)
        self.kindHeading.setObjectName(u"kindHeading")

        self.chooserLayout.addWidget(self.kindHeading)

        self.kindList = QListWidget(self.chooser)
        self.kindList.setObjectName(u"kindList")
        self.kindList.setHorizontalScrollBarPolicy(Qt.ScrollBarAlwaysOff)
        self.kindList.setWordWrap(False)
        self.kindList.setTextElideMode(Qt.ElideRight)
        self.kindList.setUniformItemSizes(True)

        self.chooserLayout.addWidget(self.kindList)

        self.scopeBox = QGroupBox(self.chooser)
        self.scopeBox.setObjectName(u"scopeBox")
        self.scopeForm = QFormLayout(self.scopeBox)
        self.scopeForm.setObjectName(u"scopeForm")
        self.scopeForm.setFieldGrowthPolicy(QFormLayout.AllNonFixedFieldsGrow)
        self.schoolLabel = QLabel(self.scopeBox)
        self.schoolLabel.setObjectName(u"schoolLabel")

        self.scopeForm.setWidget(0, QFormLayout.ItemRole.LabelRole, self.schoolLabel)

        self.school = QComboBox(self.scopeBox)
        self.school.setObjectName(u"school")
        self.school.setSizeAdjustPolicy(QComboBox.AdjustToMinimumContentsLengthWithIcon)
        self.school.setMinimumContentsLength(16)

        self.scopeForm.setWidget(0, QFormLayout.ItemRole.FieldRole, self.school)

        self.schoolError = QLabel(self.scopeBox)
        self.schoolError.setObjectName(u"schoolError")
        self.schoolError.setWordWrap(True)

        self.scopeForm.setWidget(1, QFormLayout.ItemRole.FieldRole, self.schoolError)

        self.cohortLabel = QLabel(self.scopeBox)
        self.cohortLabel.setObjectName(u"cohortLabel")

        self.scopeForm.setWidget(2, QFormLayout.ItemRole.LabelRole, self.cohortLabel)

        self.cohort = QComboBox(self.scopeBox)
        self.cohort.setObjectName(u"cohort")
        self.cohort.setSizeAdjustPolicy(QComboBox.AdjustToMinimumContentsLengthWithIcon)
        self.cohort.setMinimumContentsLength(16)

        self.scopeForm.setWidget(2, QFormLayout.ItemRole.FieldRole, self.cohort)

        self.cohortError = QLabel(self.scopeBox)
        self.cohortError.setObjectName(u"cohortError")
        self.cohortError.setWordWrap(True)

        self.scopeForm.setWidget(3, QFormLayout.ItemRole.FieldRole, self.cohortError)

        self.studentLabel = QLabel(self.scopeBox)
        self.studentLabel.setObjectName(u"studentLabel")

        self.scopeForm.setWidget(4, QFormLayout.ItemRole.LabelRole, self.studentLabel)

        self.student = QComboBox(self.scopeBox)
        self.student.setObjectName(u"student")
        self.student.setSizeAdjustPolicy(QComboBox.AdjustToMinimumContentsLengthWithIcon)
        self.student.setMinimumContentsLength(16)

        self.scopeForm.setWidget(4, QFormLayout.ItemRole.FieldRole, self.student)

        self.studentError = QLabel(self.scopeBox)
        self.studentError.setObjectName(u"studentError")
        self.studentError.setWordWrap(True)

        self.scopeForm.setWidget(5, QFormLayout.ItemRole.FieldRole, self.studentError)

        self.appraisalButton = QPushButton(self.scopeBox)
        self.appraisalButton.setObjectName(u"appraisalButton")
        sizePolicy = QSizePolicy(QSizePolicy.Policy.Maximum, QSizePolicy.Policy.Fixed)
        sizePolicy.setHorizontalStretch(0)
        sizePolicy.setVerticalStretch(0)
        sizePolicy.setHeightForWidth(self.appraisalButton.sizePolicy().hasHeightForWidth())
        self.appraisalButton.setSizePolicy(sizePolicy)

        self.scopeForm.setWidget(6, QFormLayout.ItemRole.FieldRole, self.appraisalButton)

        self.mentorLabel = QLabel(self.scopeBox)
        self.mentorLabel.setObjectName(u"mentorLabel")

        self.scopeForm.setWidget(7, QFormLayout.ItemRole.LabelRole, self.mentorLabel)

        self.mentor = QComboBox(self.scopeBox)
        self.mentor.setObjectName(u"mentor")
        self.mentor.setSizeAdjustPolicy(QComboBox.AdjustToMinimumContentsLengthWithIcon)
        self.mentor.setMinimumContentsLength(16)

        self.scopeForm.setWidget(7, QFormLayout.ItemRole.FieldRole, self.mentor)

        self.yearLabel = QLabel(self.scopeBox)
        self.yearLabel.setObjectName(u"yearLabel")

        self.scopeForm.setWidget(8, QFormLayout.ItemRole.LabelRole, self.yearLabel)

        self.year = QSpinBox(self.scopeBox)
        self.year.setObjectName(u"year")
        self.year.setMinimum(2000)
        self.year.setMaximum(2100)
        self.year.setValue(2025)

        self.scopeForm.setWidget(8, QFormLayout.ItemRole.FieldRole, self.year)

        self.yearError = QLabel(self.scopeBox)
        self.yearError.setObjectName(u"yearError")
        self.yearError.setWordWrap(True)

        self.scopeForm.setWidget(9, QFormLayout.ItemRole.FieldRole, self.yearError)

        self.datesLabel = QLabel(self.scopeBox)
        self.datesLabel.setObjectName(u"datesLabel")

        self.scopeForm.setWidget(10, QFormLayout.ItemRole.LabelRole, self.datesLabel)

        self.dates = QWidget(self.scopeBox)
        self.dates.setObjectName(u"dates")
        self.datesLayout = QGridLayout(self.dates)
        self.datesLayout.setObjectName(u"datesLayout")
        self.datesLayout.setContentsMargins(0, 0, 0, 0)
        self.useDates = QCheckBox(self.dates)
        self.useDates.setObjectName(u"useDates")

        self.datesLayout.addWidget(self.useDates, 0, 0, 1, 3)

        self.dateFrom = QDateEdit(self.dates)
        self.dateFrom.setObjectName(u"dateFrom")
        self.dateFrom.setEnabled(False)
        self.dateFrom.setCalendarPopup(True)
        self.dateFrom.setDisplayFormat(u"yyyy-MM-dd")

        self.datesLayout.addWidget(self.dateFrom, 1, 0, 1, 1)

        self.dateAnd = QLabel(self.dates)
        self.dateAnd.setObjectName(u"dateAnd")

        self.datesLayout.addWidget(self.dateAnd, 1, 1, 1, 1)

        self.dateTo = QDateEdit(self.dates)
        self.dateTo.setObjectName(u"dateTo")
        self.dateTo.setEnabled(False)
        self.dateTo.setCalendarPopup(True)
        self.dateTo.setDisplayFormat(u"yyyy-MM-dd")

        self.datesLayout.addWidget(self.dateTo, 1, 2, 1, 1)


        self.scopeForm.setWidget(10, QFormLayout.ItemRole.FieldRole, self.dates)

        self.dateToError = QLabel(self.scopeBox)
        self.dateToError.setObjectName(u"dateToError")
        self.dateToError.setWordWrap(True)

        self.scopeForm.setWidget(11, QFormLayout.ItemRole.FieldRole, self.dateToError)

        self.outputModeLabel = QLabel(self.scopeBox)
        self.outputModeLabel.setObjectName(u"outputModeLabel")

        self.scopeForm.setWidget(12, QFormLayout.ItemRole.LabelRole, self.outputModeLabel)

        self.outputMode = QWidget(self.scopeBox)
        self.outputMode.setObjectName(u"outputMode")
        self.outputModeLayout = QVBoxLayout(self.outputMode)
        self.outputModeLayout.setObjectName(u"outputModeLayout")
        self.outputModeLayout.setContentsMargins(0, 0, 0, 0)
        self.onePdf = QRadioButton(self.outputMode)
        self.onePdf.setObjectName(u"onePdf")
        self.onePdf.setChecked(True)

        self.outputModeLayout.addWidget(self.onePdf)

        self.perStudent = QRadioButton(self.outputMode)
        self.perStudent.setObjectName(u"perStudent")

        self.outputModeLayout.addWidget(self.perStudent)


        self.scopeForm.setWidget(12, QFormLayout.ItemRole.FieldRole, self.outputMode)

        self.outputModeError = QLabel(self.scopeBox)
        self.outputModeError.setObjectName(u"outputModeError")
        self.outputModeError.setWordWrap(True)

        self.scopeForm.setWidget(13, QFormLayout.ItemRole.FieldRole, self.outputModeError)

        self.maskIds = QCheckBox(self.scopeBox)
        self.maskIds.setObjectName(u"maskIds")

        self.scopeForm.setWidget(18, QFormLayout.ItemRole.SpanningRole, self.maskIds)

        self.unmask = QCheckBox(self.scopeBox)
        self.unmask.setObjectName(u"unmask")

        self.scopeForm.setWidget(14, QFormLayout.ItemRole.SpanningRole, self.unmask)

        self.unmaskError = QLabel(self.scopeBox)
        self.unmaskError.setObjectName(u"unmaskError")
        self.unmaskError.setWordWrap(True)

        self.scopeForm.setWidget(15, QFormLayout.ItemRole.SpanningRole, self.unmaskError)

        self.reasonLabel = QLabel(self.scopeBox)
        self.reasonLabel.setObjectName(u"reasonLabel")

        self.scopeForm.setWidget(16, QFormLayout.ItemRole.LabelRole, self.reasonLabel)

        self.reason = QLineEdit(self.scopeBox)
        self.reason.setObjectName(u"reason")
        self.reason.setEnabled(False)

        self.scopeForm.setWidget(16, QFormLayout.ItemRole.FieldRole, self.reason)

        self.reasonError = QLabel(self.scopeBox)
        self.reasonError.setObjectName(u"reasonError")
        self.reasonError.setWordWrap(True)

        self.scopeForm.setWidget(17, QFormLayout.ItemRole.FieldRole, self.reasonError)


        self.chooserLayout.addWidget(self.scopeBox)

        self.chooserSpacer = QSpacerItem(20, 0, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.chooserLayout.addItem(self.chooserSpacer)

        self.chooserScroll.setWidget(self.chooser)

        self.leftLayout.addWidget(self.chooserScroll)

        self.saveBox = QGroupBox(self.leftColumn)
        self.saveBox.setObjectName(u"saveBox")
        self.saveForm = QFormLayout(self.saveBox)
        self.saveForm.setObjectName(u"saveForm")
        self.saveForm.setFieldGrowthPolicy(QFormLayout.AllNonFixedFieldsGrow)
        self.outputPathLabel = QLabel(self.saveBox)
        self.outputPathLabel.setObjectName(u"outputPathLabel")

        self.saveForm.setWidget(0, QFormLayout.ItemRole.LabelRole, self.outputPathLabel)

        self.pathRow = QWidget(self.saveBox)
        self.pathRow.setObjectName(u"pathRow")
        self.pathRowLayout = QHBoxLayout(self.pathRow)
        self.pathRowLayout.setObjectName(u"pathRowLayout")
        self.pathRowLayout.setContentsMargins(0, 0, 0, 0)
        self.outputPath = QLineEdit(self.pathRow)
        self.outputPath.setObjectName(u"outputPath")

        self.pathRowLayout.addWidget(self.outputPath)

        self.browse = QPushButton(self.pathRow)
        self.browse.setObjectName(u"browse")

        self.pathRowLayout.addWidget(self.browse)


        self.saveForm.setWidget(0, QFormLayout.ItemRole.FieldRole, self.pathRow)

        self.outputPathError = QLabel(self.saveBox)
        self.outputPathError.setObjectName(u"outputPathError")
        self.outputPathError.setWordWrap(True)

        self.saveForm.setWidget(1, QFormLayout.ItemRole.FieldRole, self.outputPathError)


        self.leftLayout.addWidget(self.saveBox)

        self.formError = QLabel(self.leftColumn)
        self.formError.setObjectName(u"formError")
        self.formError.setWordWrap(True)

        self.leftLayout.addWidget(self.formError)

        self.buildBar = QHBoxLayout()
        self.buildBar.setObjectName(u"buildBar")
        self.build = QPushButton(self.leftColumn)
        self.build.setObjectName(u"build")

        self.buildBar.addWidget(self.build)

        self.progress = QProgressBar(self.leftColumn)
        self.progress.setObjectName(u"progress")
        self.progress.setValue(0)

        self.buildBar.addWidget(self.progress)

        self.cancel = QPushButton(self.leftColumn)
        self.cancel.setObjectName(u"cancel")

        self.buildBar.addWidget(self.cancel)


        self.leftLayout.addLayout(self.buildBar)

        self.status = QLabel(self.leftColumn)
        self.status.setObjectName(u"status")
        self.status.setWordWrap(True)

        self.leftLayout.addWidget(self.status)

        self.leftLayout.setStretch(0, 1)
        self.workspace.addWidget(self.leftColumn)
        self.previewStack = QStackedWidget(self.workspace)
        self.previewStack.setObjectName(u"previewStack")
        self.emptyHint = QLabel()
        self.emptyHint.setObjectName(u"emptyHint")
        self.emptyHint.setWordWrap(True)
        self.emptyHint.setAlignment(Qt.AlignCenter)
        self.emptyHint.setMargin(40)
        self.previewStack.addWidget(self.emptyHint)
        self.previewPage = QWidget()
        self.previewPage.setObjectName(u"previewPage")
        self.previewLayout = QVBoxLayout(self.previewPage)
        self.previewLayout.setObjectName(u"previewLayout")
        self.previewLayout.setContentsMargins(12, 0, 0, 0)
        self.resultBar = QHBoxLayout()
        self.resultBar.setObjectName(u"resultBar")
        self.resultTitle = QLabel(self.previewPage)
        self.resultTitle.setObjectName(u"resultTitle")
        self.resultTitle.setWordWrap(True)
        sizePolicy1 = QSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
        sizePolicy1.setHorizontalStretch(1)
        sizePolicy1.setVerticalStretch(0)
        sizePolicy1.setHeightForWidth(self.resultTitle.sizePolicy().hasHeightForWidth())
        self.resultTitle.setSizePolicy(sizePolicy1)

        self.resultBar.addWidget(self.resultTitle)

        self.resultSpacer = QSpacerItem(20, 20, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.resultBar.addItem(self.resultSpacer)

        self.printButton = QPushButton(self.previewPage)
        self.printButton.setObjectName(u"printButton")

        self.resultBar.addWidget(self.printButton)

        self.openFolder = QPushButton(self.previewPage)
        self.openFolder.setObjectName(u"openFolder")

        self.resultBar.addWidget(self.openFolder)


        self.previewLayout.addLayout(self.resultBar)

        self.resultInfo = QLabel(self.previewPage)
        self.resultInfo.setObjectName(u"resultInfo")
        self.resultInfo.setWordWrap(True)
        self.resultInfo.setTextInteractionFlags(Qt.TextSelectableByMouse)

        self.previewLayout.addWidget(self.resultInfo)

        self.printBar = QHBoxLayout()
        self.printBar.setObjectName(u"printBar")
        self.printWay = QLabel(self.previewPage)
        self.printWay.setObjectName(u"printWay")

        self.printBar.addWidget(self.printWay)

        self.printHere = QCheckBox(self.previewPage)
        self.printHere.setObjectName(u"printHere")

        self.printBar.addWidget(self.printHere)

        self.printStatus = QLabel(self.previewPage)
        self.printStatus.setObjectName(u"printStatus")
        self.printStatus.setWordWrap(True)
        sizePolicy1.setHeightForWidth(self.printStatus.sizePolicy().hasHeightForWidth())
        self.printStatus.setSizePolicy(sizePolicy1)

        self.printBar.addWidget(self.printStatus)

        self.printProgress = QProgressBar(self.previewPage)
        self.printProgress.setObjectName(u"printProgress")
        self.printProgress.setValue(0)
        self.printProgress.setTextVisible(False)
        self.printProgress.setMinimumSize(QSize(80, 0))
        self.printProgress.setMaximumSize(QSize(240, 16777215))

        self.printBar.addWidget(self.printProgress)

        self.printCancel = QPushButton(self.previewPage)
        self.printCancel.setObjectName(u"printCancel")

        self.printBar.addWidget(self.printCancel)


        self.previewLayout.addLayout(self.printBar)

        self.pageRow = QHBoxLayout()
        self.pageRow.setObjectName(u"pageRow")
        self.pageLabel = QLabel(self.previewPage)
        self.pageLabel.setObjectName(u"pageLabel")

        self.pageRow.addWidget(self.pageLabel)

        self.pageSpin = QSpinBox(self.previewPage)
        self.pageSpin.setObjectName(u"pageSpin")
        self.pageSpin.setMinimum(1)
        self.pageSpin.setMinimumSize(QSize(90, 0))

        self.pageRow.addWidget(self.pageSpin)

        self.pageTotal = QLabel(self.previewPage)
        self.pageTotal.setObjectName(u"pageTotal")

        self.pageRow.addWidget(self.pageTotal)

        self.pageSpacer = QSpacerItem(20, 10, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.pageRow.addItem(self.pageSpacer)


        self.previewLayout.addLayout(self.pageRow)

        self.preview = PdfPreview(self.previewPage)
        self.preview.setObjectName(u"preview")

        self.previewLayout.addWidget(self.preview)

        self.previewLayout.setStretch(4, 1)
        self.previewStack.addWidget(self.previewPage)
        self.workspace.addWidget(self.previewStack)
        self.pageStack.addWidget(self.workspace)
        self.deniedLabel = QLabel()
        self.deniedLabel.setObjectName(u"deniedLabel")
        self.deniedLabel.setWordWrap(True)
        self.deniedLabel.setAlignment(Qt.AlignCenter)
        self.deniedLabel.setMargin(40)
        self.pageStack.addWidget(self.deniedLabel)

        self.pageLayout.addWidget(self.pageStack)

        self.pageLayout.setStretch(1, 1)
#if QT_CONFIG(shortcut)
        self.pageLabel.setBuddy(self.pageSpin)
#endif // QT_CONFIG(shortcut)

        self.retranslateUi(ReportsPage)

        self.build.setDefault(True)

    # setupUi

    def retranslateUi(self, ReportsPage):
        self.title.setText(QCoreApplication.translate("ReportsPage", u"Reports", None))
        self.kindHeading.setText(QCoreApplication.translate("ReportsPage", u"Report", None))
        self.scopeBox.setTitle(QCoreApplication.translate("ReportsPage", u"Scope", None))
        self.schoolLabel.setText(QCoreApplication.translate("ReportsPage", u"Partner school", None))
        self.schoolError.setText("")
        self.cohortLabel.setText(QCoreApplication.translate("ReportsPage", u"Cohort", None))
        self.cohortError.setText("")
        self.studentLabel.setText(QCoreApplication.translate("ReportsPage", u"Student", None))
        self.studentError.setText("")
        self.appraisalButton.setText(QCoreApplication.translate("ReportsPage", u"Appraisal\u2026", None))
#if QT_CONFIG(tooltip)
        self.appraisalButton.setToolTip(QCoreApplication.translate("ReportsPage", u"The mentor's appraisal printed in the student report's closing block", None))
#endif // QT_CONFIG(tooltip)
        self.mentorLabel.setText(QCoreApplication.translate("ReportsPage", u"Mentor", None))
        self.yearLabel.setText(QCoreApplication.translate("ReportsPage", u"Year", None))
        self.yearError.setText("")
        self.datesLabel.setText(QCoreApplication.translate("ReportsPage", u"Start dates", None))
        self.useDates.setText(QCoreApplication.translate("ReportsPage", u"Only cohorts that started between", None))
        self.dateAnd.setText(QCoreApplication.translate("ReportsPage", u"and", None))
        self.dateToError.setText("")
        self.outputModeLabel.setText(QCoreApplication.translate("ReportsPage", u"Output", None))
        self.onePdf.setText(QCoreApplication.translate("ReportsPage", u"Whole cohort: one PDF", None))
        self.perStudent.setText(QCoreApplication.translate("ReportsPage", u"One file per student", None))
        self.outputModeError.setText("")
        self.maskIds.setText(QCoreApplication.translate("ReportsPage", u"Mask ID numbers (the district centre needs them in full)", None))
        self.unmask.setText(QCoreApplication.translate("ReportsPage", u"Show full ID numbers (for official submission)", None))
        self.unmaskError.setText("")
        self.reasonLabel.setText(QCoreApplication.translate("ReportsPage", u"Purpose", None))
        self.reason.setPlaceholderText(QCoreApplication.translate("ReportsPage", u"e.g. subsidy application to the district", None))
        self.reasonError.setText("")
        self.saveBox.setTitle(QCoreApplication.translate("ReportsPage", u"Save to", None))
        self.outputPathLabel.setText(QCoreApplication.translate("ReportsPage", u"File", None))
        self.browse.setText(QCoreApplication.translate("ReportsPage", u"Browse\u2026", None))
        self.outputPathError.setText("")
        self.formError.setText("")
        self.build.setText(QCoreApplication.translate("ReportsPage", u"Build report", None))
        self.cancel.setText(QCoreApplication.translate("ReportsPage", u"Cancel", None))
        self.status.setText("")
        self.emptyHint.setText(QCoreApplication.translate("ReportsPage", u"Choose a report and what it covers on the left, then press Build report. The finished PDF appears here, ready to check and print.", None))
        self.resultTitle.setText("")
        self.printButton.setText(QCoreApplication.translate("ReportsPage", u"Print\u2026", None))
        self.openFolder.setText(QCoreApplication.translate("ReportsPage", u"Open folder", None))
        self.resultInfo.setText("")
        self.printWay.setText("")
        self.printHere.setText(QCoreApplication.translate("ReportsPage", u"Choose the printer and pages", None))
        self.printStatus.setText("")
        self.printCancel.setText(QCoreApplication.translate("ReportsPage", u"Cancel", None))
        self.pageLabel.setText(QCoreApplication.translate("ReportsPage", u"Page", None))
        self.pageTotal.setText("")
        self.deniedLabel.setText("")
        pass
    # retranslateUi

