# GENERATED from forms/audit_page.ui by packaging/build_forms.py (pyside6-uic) - do not edit.
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
    QDateEdit, QHBoxLayout, QHeaderView, QLabel,
    QLineEdit, QPushButton, QSizePolicy, QSpacerItem,
    QSplitter, QStackedWidget, QTableView, QVBoxLayout,
    QWidget)

class Ui_AuditPage(object):
    def setupUi(self, AuditPage):
        if not AuditPage.objectName():
            AuditPage.setObjectName(u"AuditPage")
        AuditPage.resize(960, 600)
        self.verticalLayout = QVBoxLayout(AuditPage)
        self.verticalLayout.setSpacing(8)
        self.verticalLayout.setObjectName(u"verticalLayout")
        self.verticalLayout.setContentsMargins(24, 20, 24, 20)
        self.headerRow = QHBoxLayout()
        self.headerRow.setSpacing(16)
        self.headerRow.setObjectName(u"headerRow")
        self.title = QLabel(AuditPage)
        self.title.setObjectName(u"title")

        self.headerRow.addWidget(self.title)

        self.subtitle = QLabel(AuditPage)
        self.subtitle.setObjectName(u"subtitle")
        self.subtitle.setWordWrap(True)
        self.subtitle.setAlignment(Qt.AlignLeft|Qt.AlignBottom)

        self.headerRow.addWidget(self.subtitle)

        self.countLabel = QLabel(AuditPage)
        self.countLabel.setObjectName(u"countLabel")
        self.countLabel.setAlignment(Qt.AlignRight|Qt.AlignVCenter)

        self.headerRow.addWidget(self.countLabel)

        self.headerRow.setStretch(1, 1)

        self.verticalLayout.addLayout(self.headerRow)

        self.filterRow = QHBoxLayout()
        self.filterRow.setSpacing(6)
        self.filterRow.setObjectName(u"filterRow")
        self.userLabel = QLabel(AuditPage)
        self.userLabel.setObjectName(u"userLabel")

        self.filterRow.addWidget(self.userLabel)

        self.userCombo = QComboBox(AuditPage)
        self.userCombo.setObjectName(u"userCombo")
        self.userCombo.setSizeAdjustPolicy(QComboBox.AdjustToMinimumContentsLengthWithIcon)
        self.userCombo.setMinimumContentsLength(8)

        self.filterRow.addWidget(self.userCombo)

        self.entityLabel = QLabel(AuditPage)
        self.entityLabel.setObjectName(u"entityLabel")

        self.filterRow.addWidget(self.entityLabel)

        self.entityCombo = QComboBox(AuditPage)
        self.entityCombo.setObjectName(u"entityCombo")
        self.entityCombo.setSizeAdjustPolicy(QComboBox.AdjustToMinimumContentsLengthWithIcon)
        self.entityCombo.setMinimumContentsLength(8)

        self.filterRow.addWidget(self.entityCombo)

        self.actionLabel = QLabel(AuditPage)
        self.actionLabel.setObjectName(u"actionLabel")

        self.filterRow.addWidget(self.actionLabel)

        self.actionCombo = QComboBox(AuditPage)
        self.actionCombo.setObjectName(u"actionCombo")
        self.actionCombo.setSizeAdjustPolicy(QComboBox.AdjustToMinimumContentsLengthWithIcon)
        self.actionCombo.setMinimumContentsLength(8)

        self.filterRow.addWidget(self.actionCombo)

        self.recordEdit = QLineEdit(AuditPage)
        self.recordEdit.setObjectName(u"recordEdit")
        self.recordEdit.setMaximumSize(QSize(150, 16777215))
        self.recordEdit.setClearButtonEnabled(True)

        self.filterRow.addWidget(self.recordEdit)

        self.filterSpacer = QSpacerItem(10, 20, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.filterRow.addItem(self.filterSpacer)


        self.verticalLayout.addLayout(self.filterRow)

        self.dateRow = QHBoxLayout()
        self.dateRow.setSpacing(6)
        self.dateRow.setObjectName(u"dateRow")
        self.dateCheck = QCheckBox(AuditPage)
        self.dateCheck.setObjectName(u"dateCheck")

        self.dateRow.addWidget(self.dateCheck)

        self.dateFrom = QDateEdit(AuditPage)
        self.dateFrom.setObjectName(u"dateFrom")
        self.dateFrom.setEnabled(False)
        self.dateFrom.setCalendarPopup(True)
        self.dateFrom.setDisplayFormat(u"yyyy-MM-dd")

        self.dateRow.addWidget(self.dateFrom)

        self.dateToLabel = QLabel(AuditPage)
        self.dateToLabel.setObjectName(u"dateToLabel")

        self.dateRow.addWidget(self.dateToLabel)

        self.dateTo = QDateEdit(AuditPage)
        self.dateTo.setObjectName(u"dateTo")
        self.dateTo.setEnabled(False)
        self.dateTo.setCalendarPopup(True)
        self.dateTo.setDisplayFormat(u"yyyy-MM-dd")

        self.dateRow.addWidget(self.dateTo)

        self.dateSpacer = QSpacerItem(10, 20, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.dateRow.addItem(self.dateSpacer)

        self.clearButton = QPushButton(AuditPage)
        self.clearButton.setObjectName(u"clearButton")

        self.dateRow.addWidget(self.clearButton)

        self.refreshButton = QPushButton(AuditPage)
        self.refreshButton.setObjectName(u"refreshButton")

        self.dateRow.addWidget(self.refreshButton)

        self.exportButton = QPushButton(AuditPage)
        self.exportButton.setObjectName(u"exportButton")

        self.dateRow.addWidget(self.exportButton)


        self.verticalLayout.addLayout(self.dateRow)

        self.splitter = QSplitter(AuditPage)
        self.splitter.setObjectName(u"splitter")
        self.splitter.setOrientation(Qt.Vertical)
        self.splitter.setChildrenCollapsible(False)
        self.stack = QStackedWidget(self.splitter)
        self.stack.setObjectName(u"stack")
        self.tablePage = QWidget()
        self.tablePage.setObjectName(u"tablePage")
        self.tablePageLayout = QVBoxLayout(self.tablePage)
        self.tablePageLayout.setObjectName(u"tablePageLayout")
        self.tablePageLayout.setContentsMargins(0, 0, 0, 0)
        self.table = QTableView(self.tablePage)
        self.table.setObjectName(u"table")
        self.table.setMinimumSize(QSize(0, 120))
        self.table.setEditTriggers(QAbstractItemView.NoEditTriggers)
        self.table.setAlternatingRowColors(True)
        self.table.setSelectionMode(QAbstractItemView.SingleSelection)
        self.table.setSelectionBehavior(QAbstractItemView.SelectRows)
        self.table.setWordWrap(False)
        self.table.horizontalHeader().setHighlightSections(False)
        self.table.horizontalHeader().setStretchLastSection(True)
        self.table.verticalHeader().setVisible(False)

        self.tablePageLayout.addWidget(self.table)

        self.stack.addWidget(self.tablePage)
        self.emptyPage = QWidget()
        self.emptyPage.setObjectName(u"emptyPage")
        self.emptyPageLayout = QVBoxLayout(self.emptyPage)
        self.emptyPageLayout.setObjectName(u"emptyPageLayout")
        self.emptyLabel = QLabel(self.emptyPage)
        self.emptyLabel.setObjectName(u"emptyLabel")
        self.emptyLabel.setAlignment(Qt.AlignCenter)
        self.emptyLabel.setWordWrap(True)

        self.emptyPageLayout.addWidget(self.emptyLabel)

        self.emptyHint = QLabel(self.emptyPage)
        self.emptyHint.setObjectName(u"emptyHint")
        self.emptyHint.setAlignment(Qt.AlignHCenter|Qt.AlignTop)
        self.emptyHint.setWordWrap(True)

        self.emptyPageLayout.addWidget(self.emptyHint)

        self.stack.addWidget(self.emptyPage)
        self.splitter.addWidget(self.stack)
        self.detailPanel = QWidget(self.splitter)
        self.detailPanel.setObjectName(u"detailPanel")
        self.detailLayout = QVBoxLayout(self.detailPanel)
        self.detailLayout.setSpacing(4)
        self.detailLayout.setObjectName(u"detailLayout")
        self.detailLayout.setContentsMargins(0, 6, 0, 0)
        self.detailHeader = QHBoxLayout()
        self.detailHeader.setSpacing(16)
        self.detailHeader.setObjectName(u"detailHeader")
        self.detailTitle = QLabel(self.detailPanel)
        self.detailTitle.setObjectName(u"detailTitle")
        self.detailTitle.setTextInteractionFlags(Qt.TextSelectableByMouse)

        self.detailHeader.addWidget(self.detailTitle)

        self.detailOrigin = QLabel(self.detailPanel)
        self.detailOrigin.setObjectName(u"detailOrigin")
        self.detailOrigin.setWordWrap(True)
        self.detailOrigin.setTextInteractionFlags(Qt.TextSelectableByMouse)

        self.detailHeader.addWidget(self.detailOrigin)

        self.detailHeader.setStretch(1, 1)

        self.detailLayout.addLayout(self.detailHeader)

        self.detailStack = QStackedWidget(self.detailPanel)
        self.detailStack.setObjectName(u"detailStack")
        self.changesPage = QWidget()
        self.changesPage.setObjectName(u"changesPage")
        self.changesLayout = QVBoxLayout(self.changesPage)
        self.changesLayout.setObjectName(u"changesLayout")
        self.changesLayout.setContentsMargins(0, 0, 0, 0)
        self.changesTable = QTableView(self.changesPage)
        self.changesTable.setObjectName(u"changesTable")
        self.changesTable.setMinimumSize(QSize(0, 90))
        self.changesTable.setEditTriggers(QAbstractItemView.NoEditTriggers)
        self.changesTable.setSelectionMode(QAbstractItemView.SingleSelection)
        self.changesTable.setSelectionBehavior(QAbstractItemView.SelectRows)
        self.changesTable.setWordWrap(False)
        self.changesTable.horizontalHeader().setHighlightSections(False)
        self.changesTable.verticalHeader().setVisible(False)

        self.changesLayout.addWidget(self.changesTable)

        self.detailStack.addWidget(self.changesPage)
        self.detailEmptyPage = QWidget()
        self.detailEmptyPage.setObjectName(u"detailEmptyPage")
        self.detailEmptyLayout = QVBoxLayout(self.detailEmptyPage)
        self.detailEmptyLayout.setObjectName(u"detailEmptyLayout")
        self.detailEmptyLabel = QLabel(self.detailEmptyPage)
        self.detailEmptyLabel.setObjectName(u"detailEmptyLabel")
        self.detailEmptyLabel.setAlignment(Qt.AlignCenter)
        self.detailEmptyLabel.setWordWrap(True)

        self.detailEmptyLayout.addWidget(self.detailEmptyLabel)

        self.detailStack.addWidget(self.detailEmptyPage)

        self.detailLayout.addWidget(self.detailStack)

        self.splitter.addWidget(self.detailPanel)

        self.verticalLayout.addWidget(self.splitter)

#if QT_CONFIG(shortcut)
        self.userLabel.setBuddy(self.userCombo)
        self.entityLabel.setBuddy(self.entityCombo)
        self.actionLabel.setBuddy(self.actionCombo)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.userCombo, self.entityCombo)
        QWidget.setTabOrder(self.entityCombo, self.actionCombo)
        QWidget.setTabOrder(self.actionCombo, self.recordEdit)
        QWidget.setTabOrder(self.recordEdit, self.dateCheck)
        QWidget.setTabOrder(self.dateCheck, self.dateFrom)
        QWidget.setTabOrder(self.dateFrom, self.dateTo)
        QWidget.setTabOrder(self.dateTo, self.clearButton)
        QWidget.setTabOrder(self.clearButton, self.refreshButton)
        QWidget.setTabOrder(self.refreshButton, self.exportButton)
        QWidget.setTabOrder(self.exportButton, self.table)
        QWidget.setTabOrder(self.table, self.changesTable)

        self.retranslateUi(AuditPage)

        self.stack.setCurrentIndex(0)

    # setupUi

    def retranslateUi(self, AuditPage):
        self.title.setText(QCoreApplication.translate("AuditPage", u"Audit log", None))
        self.subtitle.setText(QCoreApplication.translate("AuditPage", u"Who did what and when, newest first. ID numbers and mobile numbers are masked.", None))
        self.countLabel.setText("")
        self.userLabel.setText(QCoreApplication.translate("AuditPage", u"User:", None))
        self.entityLabel.setText(QCoreApplication.translate("AuditPage", u"Record:", None))
        self.actionLabel.setText(QCoreApplication.translate("AuditPage", u"Action:", None))
        self.recordEdit.setPlaceholderText(QCoreApplication.translate("AuditPage", u"Record no.", None))
        self.dateCheck.setText(QCoreApplication.translate("AuditPage", u"Dates:", None))
        self.dateToLabel.setText(QCoreApplication.translate("AuditPage", u"to", None))
        self.clearButton.setText(QCoreApplication.translate("AuditPage", u"Clear filters", None))
        self.refreshButton.setText(QCoreApplication.translate("AuditPage", u"Refresh", None))
        self.exportButton.setText(QCoreApplication.translate("AuditPage", u"Export\u2026", None))
        self.emptyLabel.setText("")
        self.emptyHint.setText("")
        self.detailTitle.setText("")
        self.detailOrigin.setText("")
        self.detailEmptyLabel.setText("")
        pass
    # retranslateUi

