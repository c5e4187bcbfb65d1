# GENERATED from forms/list_page.ui by packaging/build_forms.py (pyside6-uic) - do not edit.
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
from PySide6.QtWidgets import (QAbstractItemView, QApplication, QHBoxLayout, QHeaderView,
    QLabel, QLineEdit, QPushButton, QSizePolicy,
    QSpacerItem, QStackedWidget, QTableView, QVBoxLayout,
    QWidget)

from jiarenbase.gui.widgets.action_bar import ActionBar

class Ui_ListPage(object):
    def setupUi(self, ListPage):
        if not ListPage.objectName():
            ListPage.setObjectName(u"ListPage")
        ListPage.resize(960, 600)
        self.verticalLayout = QVBoxLayout(ListPage)
        self.verticalLayout.setSpacing(12)
        self.verticalLayout.setObjectName(u"verticalLayout")
        self.verticalLayout.setContentsMargins(24, 20, 24, 20)
        self.headerRow = QHBoxLayout()
        self.headerRow.setObjectName(u"headerRow")
        self.title = QLabel(ListPage)
        self.title.setObjectName(u"title")

        self.headerRow.addWidget(self.title)

        self.headerSpacer = QSpacerItem(40, 20, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.headerRow.addItem(self.headerSpacer)

        self.countLabel = QLabel(ListPage)
        self.countLabel.setObjectName(u"countLabel")
        self.countLabel.setAlignment(Qt.AlignRight|Qt.AlignVCenter)

        self.headerRow.addWidget(self.countLabel)


        self.verticalLayout.addLayout(self.headerRow)

        self.toolbar = QHBoxLayout()
        self.toolbar.setSpacing(8)
        self.toolbar.setObjectName(u"toolbar")
        self.search = QLineEdit(ListPage)
        self.search.setObjectName(u"search")
        self.search.setMinimumSize(QSize(150, 0))
        self.search.setMaximumSize(QSize(280, 16777215))
        self.search.setClearButtonEnabled(True)

        self.toolbar.addWidget(self.search)

        self.filters = QHBoxLayout()
        self.filters.setSpacing(8)
        self.filters.setObjectName(u"filters")

        self.toolbar.addLayout(self.filters)

        self.actions = ActionBar(ListPage)
        self.actions.setObjectName(u"actions")
        self.newButton = QPushButton(self.actions)
        self.newButton.setObjectName(u"newButton")
        self.editButton = QPushButton(self.actions)
        self.editButton.setObjectName(u"editButton")
        self.deleteButton = QPushButton(self.actions)
        self.deleteButton.setObjectName(u"deleteButton")
        self.exportButton = QPushButton(self.actions)
        self.exportButton.setObjectName(u"exportButton")
        self.refreshButton = QPushButton(self.actions)
        self.refreshButton.setObjectName(u"refreshButton")

        self.toolbar.addWidget(self.actions)

        self.toolbar.setStretch(2, 1)

        self.verticalLayout.addLayout(self.toolbar)

        self.stack = QStackedWidget(ListPage)
        self.stack.setObjectName(u"stack")
        self.tablePage = QWidget()
        self.tablePage.setObjectName(u"tablePage")
        self.tablePageLayout = QVBoxLayout(self.tablePage)
        self.tablePageLayout.setObjectName(u"tablePageLayout")
        self.tablePageLayout.setContentsMargins(0, 0, 0, 0)
        self.table = QTableView(self.tablePage)
        self.table.setObjectName(u"table")
        self.table.setEditTriggers(QAbstractItemView.NoEditTriggers)
        self.table.setAlternatingRowColors(True)
        self.table.setSelectionMode(QAbstractItemView.ExtendedSelection)
        self.table.setSelectionBehavior(QAbstractItemView.SelectRows)
        self.table.setWordWrap(False)
        self.table.horizontalHeader().setHighlightSections(False)
        self.table.verticalHeader().setVisible(False)

        self.tablePageLayout.addWidget(self.table)

        self.stack.addWidget(self.tablePage)
        self.emptyPage = QWidget()
        self.emptyPage.setObjectName(u"emptyPage")
        self.emptyPageLayout = QVBoxLayout(self.emptyPage)
        self.emptyPageLayout.setObjectName(u"emptyPageLayout")
        self.emptyTop = QSpacerItem(20, 40, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.emptyPageLayout.addItem(self.emptyTop)

        self.emptyLabel = QLabel(self.emptyPage)
        self.emptyLabel.setObjectName(u"emptyLabel")
        self.emptyLabel.setAlignment(Qt.AlignCenter)
        self.emptyLabel.setWordWrap(True)

        self.emptyPageLayout.addWidget(self.emptyLabel)

        self.emptyHint = QLabel(self.emptyPage)
        self.emptyHint.setObjectName(u"emptyHint")
        self.emptyHint.setAlignment(Qt.AlignCenter)
        self.emptyHint.setWordWrap(True)

        self.emptyPageLayout.addWidget(self.emptyHint)

        self.emptyBottom = QSpacerItem(20, 40, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.emptyPageLayout.addItem(self.emptyBottom)

        self.stack.addWidget(self.emptyPage)

        self.verticalLayout.addWidget(self.stack)


        self.retranslateUi(ListPage)

        self.stack.setCurrentIndex(0)

    # setupUi

    def retranslateUi(self, ListPage):
        self.title.setText(QCoreApplication.translate("ListPage", u"List", None))
        self.countLabel.setText("")
        self.search.setPlaceholderText(QCoreApplication.translate("ListPage", u"Search", None))
        self.newButton.setText(QCoreApplication.translate("ListPage", u"New", None))
        self.editButton.setText(QCoreApplication.translate("ListPage", u"Edit", None))
        self.deleteButton.setText(QCoreApplication.translate("ListPage", u"Delete", None))
        self.exportButton.setText(QCoreApplication.translate("ListPage", u"Export\u2026", None))
        self.refreshButton.setText(QCoreApplication.translate("ListPage", u"Refresh", None))
        self.emptyLabel.setText(QCoreApplication.translate("ListPage", u"No records yet", None))
        self.emptyHint.setText("")
        pass
    # retranslateUi

