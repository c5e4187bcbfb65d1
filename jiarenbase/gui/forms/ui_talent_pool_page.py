# GENERATED from forms/talent_pool_page.ui by packaging/build_forms.py (pyside6-uic) - do not edit.
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
from PySide6.QtWidgets import (QAbstractItemView, QApplication, QCheckBox, QComboBox,
    QDoubleSpinBox, QGridLayout, QGroupBox, QHBoxLayout,
    QHeaderView, QLabel, QLineEdit, QPushButton,
    QSizePolicy, QSpacerItem, QSplitter, QStackedWidget,
    QTableWidget, QTableWidgetItem, QTextBrowser, QVBoxLayout,
    QWidget)

class Ui_TalentPoolPage(object):
    def setupUi(self, TalentPoolPage):
        if not TalentPoolPage.objectName():
            TalentPoolPage.setObjectName(u"TalentPoolPage")
        self.pageLayout = QVBoxLayout(TalentPoolPage)
        self.pageLayout.setObjectName(u"pageLayout")
        self.pageLayout.setContentsMargins(24, 20, 24, 20)
        self.title = QLabel(TalentPoolPage)
        self.title.setObjectName(u"title")

        self.pageLayout.addWidget(self.title)

        self.filters = QGridLayout()
        self.filters.setObjectName(u"filters")
        self.filters.setHorizontalSpacing(8)
        self.skillLabel = QLabel(TalentPoolPage)
        self.skillLabel.setObjectName(u"skillLabel")

        self.filters.addWidget(self.skillLabel, 0, 0, 1, 1)

        self.skill = QLineEdit(TalentPoolPage)
        self.skill.setObjectName(u"skill")
        self.skill.setClearButtonEnabled(True)

        self.filters.addWidget(self.skill, 0, 1, 1, 3)

        self.minLevelLabel = QLabel(TalentPoolPage)
        self.minLevelLabel.setObjectName(u"minLevelLabel")

        self.filters.addWidget(self.minLevelLabel, 0, 4, 1, 1)

        self.minLevel = QComboBox(TalentPoolPage)
        self.minLevel.setObjectName(u"minLevel")
        self.minLevel.setMinimumSize(QSize(130, 0))

        self.filters.addWidget(self.minLevel, 0, 5, 1, 1)

        self.occupation = QComboBox(TalentPoolPage)
        self.occupation.setObjectName(u"occupation")
        self.occupation.setMinimumSize(QSize(150, 0))

        self.filters.addWidget(self.occupation, 0, 6, 1, 1)

        self.minConversionLabel = QLabel(TalentPoolPage)
        self.minConversionLabel.setObjectName(u"minConversionLabel")

        self.filters.addWidget(self.minConversionLabel, 1, 0, 1, 1)

        self.minConversion = QDoubleSpinBox(TalentPoolPage)
        self.minConversion.setObjectName(u"minConversion")
        self.minConversion.setDecimals(1)
        self.minConversion.setMaximum(100.000000000000000)
        self.minConversion.setSingleStep(0.500000000000000)
        self.minConversion.setMinimumSize(QSize(100, 0))

        self.filters.addWidget(self.minConversion, 1, 1, 1, 1)

        self.minRubricLabel = QLabel(TalentPoolPage)
        self.minRubricLabel.setObjectName(u"minRubricLabel")

        self.filters.addWidget(self.minRubricLabel, 1, 2, 1, 1)

        self.minRubric = QDoubleSpinBox(TalentPoolPage)
        self.minRubric.setObjectName(u"minRubric")
        self.minRubric.setDecimals(0)
        self.minRubric.setMaximum(100.000000000000000)
        self.minRubric.setMinimumSize(QSize(90, 0))

        self.filters.addWidget(self.minRubric, 1, 3, 1, 1)

        self.consentOnly = QCheckBox(TalentPoolPage)
        self.consentOnly.setObjectName(u"consentOnly")

        self.filters.addWidget(self.consentOnly, 1, 4, 1, 2)

        self.searchButtons = QHBoxLayout()
        self.searchButtons.setObjectName(u"searchButtons")
        self.searchButton = QPushButton(TalentPoolPage)
        self.searchButton.setObjectName(u"searchButton")

        self.searchButtons.addWidget(self.searchButton)

        self.clearButton = QPushButton(TalentPoolPage)
        self.clearButton.setObjectName(u"clearButton")

        self.searchButtons.addWidget(self.clearButton)


        self.filters.addLayout(self.searchButtons, 1, 6, 1, 1)

        self.filterSpacer = QSpacerItem(0, 20, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.filters.addItem(self.filterSpacer, 0, 7, 2, 1)


        self.pageLayout.addLayout(self.filters)

        self.searchError = QLabel(TalentPoolPage)
        self.searchError.setObjectName(u"searchError")
        self.searchError.setWordWrap(True)

        self.pageLayout.addWidget(self.searchError)

        self.splitter = QSplitter(TalentPoolPage)
        self.splitter.setObjectName(u"splitter")
        self.splitter.setOrientation(Qt.Horizontal)
        self.splitter.setChildrenCollapsible(False)
        self.resultsStack = QStackedWidget(self.splitter)
        self.resultsStack.setObjectName(u"resultsStack")
        self.results = QTableWidget()
        self.results.setObjectName(u"results")
        self.results.setEditTriggers(QAbstractItemView.NoEditTriggers)
        self.results.setSelectionMode(QAbstractItemView.ExtendedSelection)
        self.results.setSelectionBehavior(QAbstractItemView.SelectRows)
        self.results.setAlternatingRowColors(True)
        self.resultsStack.addWidget(self.results)
        self.results.verticalHeader().setVisible(False)
        self.emptyState = QLabel()
        self.emptyState.setObjectName(u"emptyState")
        self.emptyState.setAlignment(Qt.AlignCenter)
        self.emptyState.setWordWrap(True)
        self.resultsStack.addWidget(self.emptyState)
        self.splitter.addWidget(self.resultsStack)
        self.fileGroup = QGroupBox(self.splitter)
        self.fileGroup.setObjectName(u"fileGroup")
        self.fileLayout = QVBoxLayout(self.fileGroup)
        self.fileLayout.setObjectName(u"fileLayout")
        self.candidateFile = QTextBrowser(self.fileGroup)
        self.candidateFile.setObjectName(u"candidateFile")
        self.candidateFile.setMinimumSize(QSize(340, 0))
        self.candidateFile.setOpenLinks(False)

        self.fileLayout.addWidget(self.candidateFile)

        self.splitter.addWidget(self.fileGroup)

        self.pageLayout.addWidget(self.splitter)

        self.bottomBar = QHBoxLayout()
        self.bottomBar.setObjectName(u"bottomBar")
        self.summary = QLabel(TalentPoolPage)
        self.summary.setObjectName(u"summary")

        self.bottomBar.addWidget(self.summary)

        self.bottomSpacer = QSpacerItem(40, 20, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.bottomBar.addItem(self.bottomSpacer)

        self.archiveButton = QPushButton(TalentPoolPage)
        self.archiveButton.setObjectName(u"archiveButton")

        self.bottomBar.addWidget(self.archiveButton)

        self.exportButton = QPushButton(TalentPoolPage)
        self.exportButton.setObjectName(u"exportButton")

        self.bottomBar.addWidget(self.exportButton)


        self.pageLayout.addLayout(self.bottomBar)

        self.pageLayout.setStretch(3, 1)
#if QT_CONFIG(shortcut)
        self.skillLabel.setBuddy(self.skill)
        self.minLevelLabel.setBuddy(self.minLevel)
        self.minConversionLabel.setBuddy(self.minConversion)
        self.minRubricLabel.setBuddy(self.minRubric)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.skill, self.minLevel)
        QWidget.setTabOrder(self.minLevel, self.occupation)
        QWidget.setTabOrder(self.occupation, self.minConversion)
        QWidget.setTabOrder(self.minConversion, self.minRubric)
        QWidget.setTabOrder(self.minRubric, self.consentOnly)
        QWidget.setTabOrder(self.consentOnly, self.searchButton)
        QWidget.setTabOrder(self.searchButton, self.clearButton)
        QWidget.setTabOrder(self.clearButton, self.results)
        QWidget.setTabOrder(self.results, self.candidateFile)
        QWidget.setTabOrder(self.candidateFile, self.archiveButton)
        QWidget.setTabOrder(self.archiveButton, self.exportButton)

        self.retranslateUi(TalentPoolPage)

        self.searchButton.setDefault(True)

    # setupUi

    def retranslateUi(self, TalentPoolPage):
        self.title.setText(QCoreApplication.translate("TalentPoolPage", u"Talent pool", None))
        self.skillLabel.setText(QCoreApplication.translate("TalentPoolPage", u"Skills", None))
        self.skill.setPlaceholderText(QCoreApplication.translate("TalentPoolPage", u"e.g. \u4e3b\u64ad \u6570\u636e\u590d\u76d8 (all words must match)", None))
        self.minLevelLabel.setText(QCoreApplication.translate("TalentPoolPage", u"Certificate at least", None))
        self.minConversionLabel.setText(QCoreApplication.translate("TalentPoolPage", u"Best conversion \u2265", None))
        self.minConversion.setSuffix(QCoreApplication.translate("TalentPoolPage", u" %", None))
        self.minRubricLabel.setText(QCoreApplication.translate("TalentPoolPage", u"Average rubric \u2265", None))
        self.consentOnly.setText(QCoreApplication.translate("TalentPoolPage", u"Only those who agreed to be contacted", None))
        self.searchButton.setText(QCoreApplication.translate("TalentPoolPage", u"Search", None))
        self.clearButton.setText(QCoreApplication.translate("TalentPoolPage", u"Clear", None))
        self.searchError.setText("")
        self.emptyState.setText("")
        self.fileGroup.setTitle(QCoreApplication.translate("TalentPoolPage", u"Candidate file", None))
        self.summary.setText("")
        self.archiveButton.setText(QCoreApplication.translate("TalentPoolPage", u"Archive unplaced graduates\u2026", None))
        self.exportButton.setText(QCoreApplication.translate("TalentPoolPage", u"Export shortlist\u2026", None))
        pass
    # retranslateUi

