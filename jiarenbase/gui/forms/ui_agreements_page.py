# GENERATED from forms/agreements_page.ui by packaging/build_forms.py (pyside6-uic) - do not edit.
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
from PySide6.QtWidgets import (QAbstractItemView, QApplication, QComboBox, QHBoxLayout,
    QHeaderView, QLabel, QLineEdit, QPushButton,
    QSizePolicy, QSpacerItem, QStackedWidget, QTableWidget,
    QTableWidgetItem, QVBoxLayout, QWidget)

class Ui_AgreementsPage(object):
    def setupUi(self, AgreementsPage):
        if not AgreementsPage.objectName():
            AgreementsPage.setObjectName(u"AgreementsPage")
        self.pageLayout = QVBoxLayout(AgreementsPage)
        self.pageLayout.setObjectName(u"pageLayout")
        self.pageLayout.setContentsMargins(24, 20, 24, 20)
        self.title = QLabel(AgreementsPage)
        self.title.setObjectName(u"title")

        self.pageLayout.addWidget(self.title)

        self.toolBar = QHBoxLayout()
        self.toolBar.setObjectName(u"toolBar")
        self.show = QComboBox(AgreementsPage)
        self.show.setObjectName(u"show")
        self.show.setSizeAdjustPolicy(QComboBox.AdjustToContents)

        self.toolBar.addWidget(self.show)

        self.search = QLineEdit(AgreementsPage)
        self.search.setObjectName(u"search")
        self.search.setClearButtonEnabled(True)
        self.search.setMinimumSize(QSize(200, 0))

        self.toolBar.addWidget(self.search)

        self.toolSpacer = QSpacerItem(40, 20, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.toolBar.addItem(self.toolSpacer)

        self.newButton = QPushButton(AgreementsPage)
        self.newButton.setObjectName(u"newButton")

        self.toolBar.addWidget(self.newButton)

        self.editButton = QPushButton(AgreementsPage)
        self.editButton.setObjectName(u"editButton")

        self.toolBar.addWidget(self.editButton)


        self.pageLayout.addLayout(self.toolBar)

        self.summary = QLabel(AgreementsPage)
        self.summary.setObjectName(u"summary")
        self.summary.setWordWrap(True)

        self.pageLayout.addWidget(self.summary)

        self.stack = QStackedWidget(AgreementsPage)
        self.stack.setObjectName(u"stack")
        self.table = QTableWidget()
        self.table.setObjectName(u"table")
        self.table.setEditTriggers(QAbstractItemView.NoEditTriggers)
        self.table.setSelectionMode(QAbstractItemView.SingleSelection)
        self.table.setSelectionBehavior(QAbstractItemView.SelectRows)
        self.table.setWordWrap(False)
        self.stack.addWidget(self.table)
        self.table.horizontalHeader().setHighlightSections(False)
        self.table.verticalHeader().setVisible(False)
        self.emptyLabel = QLabel()
        self.emptyLabel.setObjectName(u"emptyLabel")
        self.emptyLabel.setWordWrap(True)
        self.emptyLabel.setAlignment(Qt.AlignCenter)
        self.stack.addWidget(self.emptyLabel)

        self.pageLayout.addWidget(self.stack)

        self.legend = QLabel(AgreementsPage)
        self.legend.setObjectName(u"legend")
        self.legend.setWordWrap(True)

        self.pageLayout.addWidget(self.legend)

        self.pageLayout.setStretch(3, 1)

        self.retranslateUi(AgreementsPage)
    # setupUi

    def retranslateUi(self, AgreementsPage):
        self.title.setText(QCoreApplication.translate("AgreementsPage", u"Service agreements", None))
        self.search.setPlaceholderText(QCoreApplication.translate("AgreementsPage", u"Student or employer", None))
        self.newButton.setText(QCoreApplication.translate("AgreementsPage", u"New agreement\u2026", None))
        self.editButton.setText(QCoreApplication.translate("AgreementsPage", u"Edit\u2026", None))
        self.summary.setText("")
        self.emptyLabel.setText("")
        self.legend.setText("")
        pass
    # retranslateUi

