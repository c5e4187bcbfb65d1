# GENERATED from forms/subsidy_page.ui by packaging/build_forms.py (pyside6-uic) - do not edit.
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
from PySide6.QtWidgets import (QAbstractItemView, QApplication, QComboBox, QDateEdit,
    QGridLayout, QHBoxLayout, QHeaderView, QLabel,
    QLineEdit, QPushButton, QScrollArea, QSizePolicy,
    QSpacerItem, QSplitter, QStackedWidget, QTableWidget,
    QTableWidgetItem, QVBoxLayout, QWidget)

class Ui_SubsidyPage(object):
    def setupUi(self, SubsidyPage):
        if not SubsidyPage.objectName():
            SubsidyPage.setObjectName(u"SubsidyPage")
        self.pageLayout = QVBoxLayout(SubsidyPage)
        self.pageLayout.setObjectName(u"pageLayout")
        self.pageLayout.setContentsMargins(24, 20, 24, 20)
        self.title = QLabel(SubsidyPage)
        self.title.setObjectName(u"title")

        self.pageLayout.addWidget(self.title)

        self.toolBar = QHBoxLayout()
        self.toolBar.setObjectName(u"toolBar")
        self.show = QComboBox(SubsidyPage)
        self.show.setObjectName(u"show")
        self.show.setSizeAdjustPolicy(QComboBox.AdjustToContents)

        self.toolBar.addWidget(self.show)

        self.search = QLineEdit(SubsidyPage)
        self.search.setObjectName(u"search")
        self.search.setClearButtonEnabled(True)
        self.search.setMinimumSize(QSize(200, 0))

        self.toolBar.addWidget(self.search)

        self.toolSpacer = QSpacerItem(40, 20, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.toolBar.addItem(self.toolSpacer)

        self.ratesButton = QPushButton(SubsidyPage)
        self.ratesButton.setObjectName(u"ratesButton")

        self.toolBar.addWidget(self.ratesButton)

        self.refreshButton = QPushButton(SubsidyPage)
        self.refreshButton.setObjectName(u"refreshButton")

        self.toolBar.addWidget(self.refreshButton)


        self.pageLayout.addLayout(self.toolBar)

        self.summary = QLabel(SubsidyPage)
        self.summary.setObjectName(u"summary")
        self.summary.setWordWrap(True)

        self.pageLayout.addWidget(self.summary)

        self.splitter = QSplitter(SubsidyPage)
        self.splitter.setObjectName(u"splitter")
        self.splitter.setOrientation(Qt.Horizontal)
        self.splitter.setChildrenCollapsible(False)
        self.stack = QStackedWidget(self.splitter)
        self.stack.setObjectName(u"stack")
        self.table = QTableWidget()
        self.table.setObjectName(u"table")
        self.table.setEditTriggers(QAbstractItemView.NoEditTriggers)
        self.table.setSelectionMode(QAbstractItemView.SingleSelection)
        self.table.setSelectionBehavior(QAbstractItemView.SelectRows)
        self.table.setWordWrap(False)
        self.table.setSortingEnabled(False)
        self.stack.addWidget(self.table)
        self.table.horizontalHeader().setHighlightSections(False)
        self.table.verticalHeader().setVisible(False)
        self.emptyLabel = QLabel()
        self.emptyLabel.setObjectName(u"emptyLabel")
        self.emptyLabel.setWordWrap(True)
        self.emptyLabel.setAlignment(Qt.AlignCenter)
        self.stack.addWidget(self.emptyLabel)
        self.splitter.addWidget(self.stack)
        self.detailScroll = QScrollArea(self.splitter)
        self.detailScroll.setObjectName(u"detailScroll")
        self.detailScroll.setWidgetResizable(True)
        self.detailScroll.setMinimumSize(QSize(340, 0))
        self.detailScroll.setMaximumSize(QSize(500, 16777215))
        self.detail = QWidget()
        self.detail.setObjectName(u"detail")
        self.detailLayout = QVBoxLayout(self.detail)
        self.detailLayout.setObjectName(u"detailLayout")
        self.detailName = QLabel(self.detail)
        self.detailName.setObjectName(u"detailName")
        self.detailName.setWordWrap(True)

        self.detailLayout.addWidget(self.detailName)

        self.detailVerdict = QLabel(self.detail)
        self.detailVerdict.setObjectName(u"detailVerdict")
        self.detailVerdict.setWordWrap(True)

        self.detailLayout.addWidget(self.detailVerdict)

        self.reasonsTitle = QLabel(self.detail)
        self.reasonsTitle.setObjectName(u"reasonsTitle")

        self.detailLayout.addWidget(self.reasonsTitle)

        self.reasons = QLabel(self.detail)
        self.reasons.setObjectName(u"reasons")
        self.reasons.setWordWrap(True)
        self.reasons.setTextFormat(Qt.RichText)
        self.reasons.setTextInteractionFlags(Qt.TextSelectableByMouse)

        self.detailLayout.addWidget(self.reasons)

        self.centreTitle = QLabel(self.detail)
        self.centreTitle.setObjectName(u"centreTitle")

        self.detailLayout.addWidget(self.centreTitle)

        self.centre = QLabel(self.detail)
        self.centre.setObjectName(u"centre")
        self.centre.setWordWrap(True)
        self.centre.setTextInteractionFlags(Qt.TextSelectableByMouse)

        self.detailLayout.addWidget(self.centre)

        self.materialsTitle = QLabel(self.detail)
        self.materialsTitle.setObjectName(u"materialsTitle")

        self.detailLayout.addWidget(self.materialsTitle)

        self.materials = QWidget(self.detail)
        self.materials.setObjectName(u"materials")
        self.materialsLayout = QVBoxLayout(self.materials)
        self.materialsLayout.setObjectName(u"materialsLayout")
        self.materialsLayout.setContentsMargins(0, 0, 0, 0)

        self.detailLayout.addWidget(self.materials)

        self.materialsNote = QLabel(self.detail)
        self.materialsNote.setObjectName(u"materialsNote")
        self.materialsNote.setWordWrap(True)

        self.detailLayout.addWidget(self.materialsNote)

        self.applied = QLabel(self.detail)
        self.applied.setObjectName(u"applied")
        self.applied.setWordWrap(True)

        self.detailLayout.addWidget(self.applied)

        self.applyBar = QGridLayout()
        self.applyBar.setObjectName(u"applyBar")
        self.appliedOnLabel = QLabel(self.detail)
        self.appliedOnLabel.setObjectName(u"appliedOnLabel")

        self.applyBar.addWidget(self.appliedOnLabel, 0, 0, 1, 1)

        self.appliedOn = QDateEdit(self.detail)
        self.appliedOn.setObjectName(u"appliedOn")
        self.appliedOn.setCalendarPopup(True)

        self.applyBar.addWidget(self.appliedOn, 0, 1, 1, 1)

        self.markApplied = QPushButton(self.detail)
        self.markApplied.setObjectName(u"markApplied")

        self.applyBar.addWidget(self.markApplied, 1, 0, 1, 1)

        self.clearApplied = QPushButton(self.detail)
        self.clearApplied.setObjectName(u"clearApplied")

        self.applyBar.addWidget(self.clearApplied, 1, 1, 1, 1)

        self.applySpacer = QSpacerItem(10, 20, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.applyBar.addItem(self.applySpacer, 0, 2, 1, 1)


        self.detailLayout.addLayout(self.applyBar)

        self.detailError = QLabel(self.detail)
        self.detailError.setObjectName(u"detailError")
        self.detailError.setWordWrap(True)

        self.detailLayout.addWidget(self.detailError)

        self.detailSpacer = QSpacerItem(20, 10, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.detailLayout.addItem(self.detailSpacer)

        self.detailScroll.setWidget(self.detail)
        self.splitter.addWidget(self.detailScroll)

        self.pageLayout.addWidget(self.splitter)

        self.pageLayout.setStretch(3, 1)
#if QT_CONFIG(shortcut)
        self.appliedOnLabel.setBuddy(self.appliedOn)
#endif // QT_CONFIG(shortcut)

        self.retranslateUi(SubsidyPage)
    # setupUi

    def retranslateUi(self, SubsidyPage):
        self.title.setText(QCoreApplication.translate("SubsidyPage", u"Flexible-employment subsidy", None))
        self.search.setPlaceholderText(QCoreApplication.translate("SubsidyPage", u"Student, cohort or district", None))
        self.ratesButton.setText(QCoreApplication.translate("SubsidyPage", u"Subsidy rates\u2026", None))
        self.refreshButton.setText(QCoreApplication.translate("SubsidyPage", u"Refresh", None))
        self.summary.setText("")
        self.emptyLabel.setText("")
        self.detailName.setText("")
        self.detailVerdict.setText("")
        self.reasonsTitle.setText(QCoreApplication.translate("SubsidyPage", u"Why", None))
        self.reasons.setText("")
        self.centreTitle.setText(QCoreApplication.translate("SubsidyPage", u"Where to apply", None))
        self.centre.setText("")
        self.materialsTitle.setText(QCoreApplication.translate("SubsidyPage", u"Materials to bring", None))
        self.materialsNote.setText(QCoreApplication.translate("SubsidyPage", u"Tick what the graduate has ready; each tick is saved.", None))
        self.applied.setText("")
        self.appliedOnLabel.setText(QCoreApplication.translate("SubsidyPage", u"Applied on", None))
        self.appliedOn.setDisplayFormat(QCoreApplication.translate("SubsidyPage", u"yyyy-MM-dd", None))
        self.markApplied.setText(QCoreApplication.translate("SubsidyPage", u"Mark applied", None))
        self.clearApplied.setText(QCoreApplication.translate("SubsidyPage", u"Not applied", None))
        self.detailError.setText("")
        pass
    # retranslateUi

