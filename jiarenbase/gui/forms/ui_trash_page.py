# GENERATED from forms/trash_page.ui by packaging/build_forms.py (pyside6-uic) - do not edit.
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
    QSizePolicy, QSpacerItem, QStackedWidget, QTableView,
    QVBoxLayout, QWidget)

class Ui_TrashPage(object):
    def setupUi(self, TrashPage):
        if not TrashPage.objectName():
            TrashPage.setObjectName(u"TrashPage")
        self.verticalLayout = QVBoxLayout(TrashPage)
        self.verticalLayout.setSpacing(10)
        self.verticalLayout.setObjectName(u"verticalLayout")
        self.verticalLayout.setContentsMargins(24, 20, 24, 20)
        self.title = QLabel(TrashPage)
        self.title.setObjectName(u"title")

        self.verticalLayout.addWidget(self.title)

        self.subtitle = QLabel(TrashPage)
        self.subtitle.setObjectName(u"subtitle")
        self.subtitle.setWordWrap(True)

        self.verticalLayout.addWidget(self.subtitle)

        self.toolbar = QHBoxLayout()
        self.toolbar.setSpacing(8)
        self.toolbar.setObjectName(u"toolbar")
        self.entityLabel = QLabel(TrashPage)
        self.entityLabel.setObjectName(u"entityLabel")

        self.toolbar.addWidget(self.entityLabel)

        self.entityCombo = QComboBox(TrashPage)
        self.entityCombo.setObjectName(u"entityCombo")
        self.entityCombo.setSizeAdjustPolicy(QComboBox.AdjustToMinimumContentsLengthWithIcon)
        self.entityCombo.setMinimumContentsLength(14)

        self.toolbar.addWidget(self.entityCombo)

        self.searchEdit = QLineEdit(TrashPage)
        self.searchEdit.setObjectName(u"searchEdit")
        self.searchEdit.setClearButtonEnabled(True)

        self.toolbar.addWidget(self.searchEdit)

        self.toolbarSpacer = QSpacerItem(40, 20, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.toolbar.addItem(self.toolbarSpacer)

        self.refreshButton = QPushButton(TrashPage)
        self.refreshButton.setObjectName(u"refreshButton")

        self.toolbar.addWidget(self.refreshButton)

        self.restoreButton = QPushButton(TrashPage)
        self.restoreButton.setObjectName(u"restoreButton")

        self.toolbar.addWidget(self.restoreButton)


        self.verticalLayout.addLayout(self.toolbar)

        self.stack = QStackedWidget(TrashPage)
        self.stack.setObjectName(u"stack")
        self.tablePage = QWidget()
        self.tablePage.setObjectName(u"tablePage")
        self.tableLayout = QVBoxLayout(self.tablePage)
        self.tableLayout.setObjectName(u"tableLayout")
        self.tableLayout.setContentsMargins(0, 0, 0, 0)
        self.table = QTableView(self.tablePage)
        self.table.setObjectName(u"table")
        self.table.setEditTriggers(QAbstractItemView.NoEditTriggers)
        self.table.setSelectionMode(QAbstractItemView.SingleSelection)
        self.table.setSelectionBehavior(QAbstractItemView.SelectRows)
        self.table.setSortingEnabled(True)
        self.table.horizontalHeader().setStretchLastSection(True)
        self.table.verticalHeader().setVisible(False)

        self.tableLayout.addWidget(self.table)

        self.stack.addWidget(self.tablePage)
        self.emptyPage = QWidget()
        self.emptyPage.setObjectName(u"emptyPage")
        self.emptyLayout = QVBoxLayout(self.emptyPage)
        self.emptyLayout.setObjectName(u"emptyLayout")
        self.emptyLabel = QLabel(self.emptyPage)
        self.emptyLabel.setObjectName(u"emptyLabel")
        self.emptyLabel.setAlignment(Qt.AlignCenter)
        self.emptyLabel.setWordWrap(True)

        self.emptyLayout.addWidget(self.emptyLabel)

        self.stack.addWidget(self.emptyPage)

        self.verticalLayout.addWidget(self.stack)

        self.status = QLabel(TrashPage)
        self.status.setObjectName(u"status")
        self.status.setWordWrap(True)

        self.verticalLayout.addWidget(self.status)

#if QT_CONFIG(shortcut)
        self.entityLabel.setBuddy(self.entityCombo)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.entityCombo, self.searchEdit)
        QWidget.setTabOrder(self.searchEdit, self.refreshButton)
        QWidget.setTabOrder(self.refreshButton, self.restoreButton)
        QWidget.setTabOrder(self.restoreButton, self.table)

        self.retranslateUi(TrashPage)
    # setupUi

    def retranslateUi(self, TrashPage):
        self.title.setText(QCoreApplication.translate("TrashPage", u"Trash", None))
        self.subtitle.setText(QCoreApplication.translate("TrashPage", u"Deleted records stay here and can be restored. Nothing is erased for good: the audit log refers to them.", None))
        self.entityLabel.setText(QCoreApplication.translate("TrashPage", u"Type:", None))
        self.searchEdit.setPlaceholderText(QCoreApplication.translate("TrashPage", u"Search by name", None))
        self.refreshButton.setText(QCoreApplication.translate("TrashPage", u"Refresh", None))
        self.restoreButton.setText(QCoreApplication.translate("TrashPage", u"Restore", None))
        self.emptyLabel.setText("")
        self.status.setText("")
        pass
    # retranslateUi

