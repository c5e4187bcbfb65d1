# GENERATED from forms/student_page.ui by packaging/build_forms.py (pyside6-uic) - do not edit.
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
    QHBoxLayout, QHeaderView, QLabel, QPushButton,
    QSizePolicy, QSpacerItem, QSplitter, QStackedWidget,
    QTabWidget, QTreeView, QVBoxLayout, QWidget)

class Ui_StudentPage(object):
    def setupUi(self, StudentPage):
        if not StudentPage.objectName():
            StudentPage.setObjectName(u"StudentPage")
        StudentPage.resize(1200, 780)
        self.verticalLayout = QVBoxLayout(StudentPage)
        self.verticalLayout.setSpacing(8)
        self.verticalLayout.setObjectName(u"verticalLayout")
        self.verticalLayout.setContentsMargins(24, 20, 24, 20)
        self.headerRow = QHBoxLayout()
        self.headerRow.setSpacing(10)
        self.headerRow.setObjectName(u"headerRow")
        self.nameLabel = QLabel(StudentPage)
        self.nameLabel.setObjectName(u"nameLabel")

        self.headerRow.addWidget(self.nameLabel)

        self.stageBadge = QLabel(StudentPage)
        self.stageBadge.setObjectName(u"stageBadge")

        self.headerRow.addWidget(self.stageBadge)

        self.statusLabel = QLabel(StudentPage)
        self.statusLabel.setObjectName(u"statusLabel")

        self.headerRow.addWidget(self.statusLabel)

        self.headerSpacer = QSpacerItem(40, 20, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.headerRow.addItem(self.headerSpacer)

        self.scriptsButton = QPushButton(StudentPage)
        self.scriptsButton.setObjectName(u"scriptsButton")

        self.headerRow.addWidget(self.scriptsButton)

        self.refreshButton = QPushButton(StudentPage)
        self.refreshButton.setObjectName(u"refreshButton")

        self.headerRow.addWidget(self.refreshButton)


        self.verticalLayout.addLayout(self.headerRow)

        self.metaLabel = QLabel(StudentPage)
        self.metaLabel.setObjectName(u"metaLabel")
        self.metaLabel.setWordWrap(True)
        self.metaLabel.setTextInteractionFlags(Qt.TextSelectableByMouse)

        self.verticalLayout.addWidget(self.metaLabel)

        self.kpiRow = QHBoxLayout()
        self.kpiRow.setSpacing(12)
        self.kpiRow.setObjectName(u"kpiRow")

        self.verticalLayout.addLayout(self.kpiRow)

        self.tabs = QTabWidget(StudentPage)
        self.tabs.setObjectName(u"tabs")
        self.overviewTab = QWidget()
        self.overviewTab.setObjectName(u"overviewTab")
        self.overviewLayout = QVBoxLayout(self.overviewTab)
        self.overviewLayout.setObjectName(u"overviewLayout")
        self.overviewLayout.setContentsMargins(6, 6, 6, 6)
        self.splitter = QSplitter(self.overviewTab)
        self.splitter.setObjectName(u"splitter")
        self.splitter.setOrientation(Qt.Horizontal)
        self.splitter.setChildrenCollapsible(False)
        self.chartStack = QStackedWidget(self.splitter)
        self.chartStack.setObjectName(u"chartStack")
        self.chartsPage = QWidget()
        self.chartsPage.setObjectName(u"chartsPage")
        self.chartsLayout = QVBoxLayout(self.chartsPage)
        self.chartsLayout.setSpacing(6)
        self.chartsLayout.setObjectName(u"chartsLayout")
        self.chartsLayout.setContentsMargins(0, 0, 0, 0)
        self.chartStack.addWidget(self.chartsPage)
        self.emptyPage = QWidget()
        self.emptyPage.setObjectName(u"emptyPage")
        self.emptyLayout = QVBoxLayout(self.emptyPage)
        self.emptyLayout.setSpacing(8)
        self.emptyLayout.setObjectName(u"emptyLayout")
        self.emptyTopSpacer = QSpacerItem(20, 40, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.emptyLayout.addItem(self.emptyTopSpacer)

        self.emptyLabel = QLabel(self.emptyPage)
        self.emptyLabel.setObjectName(u"emptyLabel")
        self.emptyLabel.setAlignment(Qt.AlignCenter)

        self.emptyLayout.addWidget(self.emptyLabel)

        self.emptyHint = QLabel(self.emptyPage)
        self.emptyHint.setObjectName(u"emptyHint")
        self.emptyHint.setAlignment(Qt.AlignHCenter|Qt.AlignTop)
        self.emptyHint.setWordWrap(True)

        self.emptyLayout.addWidget(self.emptyHint)

        self.emptyBottomSpacer = QSpacerItem(20, 40, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.emptyLayout.addItem(self.emptyBottomSpacer)

        self.chartStack.addWidget(self.emptyPage)
        self.splitter.addWidget(self.chartStack)
        self.timelinePane = QWidget(self.splitter)
        self.timelinePane.setObjectName(u"timelinePane")
        self.timelineLayout = QVBoxLayout(self.timelinePane)
        self.timelineLayout.setSpacing(6)
        self.timelineLayout.setObjectName(u"timelineLayout")
        self.timelineLayout.setContentsMargins(0, 0, 0, 0)
        self.filterRow = QHBoxLayout()
        self.filterRow.setSpacing(8)
        self.filterRow.setObjectName(u"filterRow")
        self.timelineTitle = QLabel(self.timelinePane)
        self.timelineTitle.setObjectName(u"timelineTitle")

        self.filterRow.addWidget(self.timelineTitle)

        self.filterSpacer = QSpacerItem(20, 20, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.filterRow.addItem(self.filterSpacer)

        self.kindLabel = QLabel(self.timelinePane)
        self.kindLabel.setObjectName(u"kindLabel")

        self.filterRow.addWidget(self.kindLabel)

        self.kindCombo = QComboBox(self.timelinePane)
        self.kindCombo.setObjectName(u"kindCombo")
        self.kindCombo.setSizeAdjustPolicy(QComboBox.AdjustToContents)

        self.filterRow.addWidget(self.kindCombo)

        self.notableCheck = QCheckBox(self.timelinePane)
        self.notableCheck.setObjectName(u"notableCheck")

        self.filterRow.addWidget(self.notableCheck)


        self.timelineLayout.addLayout(self.filterRow)

        self.timelineView = QTreeView(self.timelinePane)
        self.timelineView.setObjectName(u"timelineView")
        self.timelineView.setEditTriggers(QAbstractItemView.NoEditTriggers)
        self.timelineView.setAlternatingRowColors(True)
        self.timelineView.setSelectionBehavior(QAbstractItemView.SelectRows)
        self.timelineView.setRootIsDecorated(False)
        self.timelineView.setUniformRowHeights(True)
        self.timelineView.setItemsExpandable(False)
        self.timelineView.header().setStretchLastSection(True)

        self.timelineLayout.addWidget(self.timelineView)

        self.countLabel = QLabel(self.timelinePane)
        self.countLabel.setObjectName(u"countLabel")

        self.timelineLayout.addWidget(self.countLabel)

        self.splitter.addWidget(self.timelinePane)

        self.overviewLayout.addWidget(self.splitter)

        self.tabs.addTab(self.overviewTab, "")
        self.videosTab = QWidget()
        self.videosTab.setObjectName(u"videosTab")
        self.videosLayout = QVBoxLayout(self.videosTab)
        self.videosLayout.setObjectName(u"videosLayout")
        self.videosLayout.setContentsMargins(6, 6, 6, 6)
        self.tabs.addTab(self.videosTab, "")

        self.verticalLayout.addWidget(self.tabs)

#if QT_CONFIG(shortcut)
        self.kindLabel.setBuddy(self.kindCombo)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.scriptsButton, self.refreshButton)
        QWidget.setTabOrder(self.refreshButton, self.tabs)
        QWidget.setTabOrder(self.tabs, self.kindCombo)
        QWidget.setTabOrder(self.kindCombo, self.notableCheck)
        QWidget.setTabOrder(self.notableCheck, self.timelineView)

        self.retranslateUi(StudentPage)

        self.tabs.setCurrentIndex(0)

    # setupUi

    def retranslateUi(self, StudentPage):
        StudentPage.setWindowTitle(QCoreApplication.translate("StudentPage", u"Student file", None))
        self.nameLabel.setText(QCoreApplication.translate("StudentPage", u"Loading\u2026", None))
        self.stageBadge.setText("")
        self.statusLabel.setText("")
        self.scriptsButton.setText(QCoreApplication.translate("StudentPage", u"Sales scripts\u2026", None))
#if QT_CONFIG(tooltip)
        self.scriptsButton.setToolTip(QCoreApplication.translate("StudentPage", u"Versions, diffs, mentor comments and the compliance check of this student's sales scripts", None))
#endif // QT_CONFIG(tooltip)
        self.refreshButton.setText(QCoreApplication.translate("StudentPage", u"Refresh", None))
        self.metaLabel.setText("")
        self.emptyLabel.setText(QCoreApplication.translate("StudentPage", u"No practice sessions yet", None))
        self.emptyHint.setText(QCoreApplication.translate("StudentPage", u"The growth curves appear here once the first mock drill or live session is logged.", None))
        self.timelineTitle.setText(QCoreApplication.translate("StudentPage", u"Timeline", None))
        self.kindLabel.setText(QCoreApplication.translate("StudentPage", u"Show:", None))
        self.notableCheck.setText(QCoreApplication.translate("StudentPage", u"Needs attention only", None))
#if QT_CONFIG(tooltip)
        self.notableCheck.setToolTip(QCoreApplication.translate("StudentPage", u"Absences, override sign-offs, overdue follow-ups and jobs left", None))
#endif // QT_CONFIG(tooltip)
        self.countLabel.setText("")
        self.tabs.setTabText(self.tabs.indexOf(self.overviewTab), QCoreApplication.translate("StudentPage", u"Growth and timeline", None))
        self.tabs.setTabText(self.tabs.indexOf(self.videosTab), QCoreApplication.translate("StudentPage", u"Short videos", None))
    # retranslateUi

