# GENERATED from forms/client_detail_dialog.ui by packaging/build_forms.py (pyside6-uic) - do not edit.
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
from PySide6.QtWidgets import (QAbstractButton, QAbstractItemView, QApplication, QDateEdit,
    QDialog, QDialogButtonBox, QDoubleSpinBox, QGridLayout,
    QGroupBox, QHeaderView, QLabel, QLineEdit,
    QPushButton, QSizePolicy, QSpinBox, QStackedWidget,
    QTabWidget, QTableWidget, QTableWidgetItem, QVBoxLayout,
    QWidget)

class Ui_ClientDetailDialog(object):
    def setupUi(self, ClientDetailDialog):
        if not ClientDetailDialog.objectName():
            ClientDetailDialog.setObjectName(u"ClientDetailDialog")
        ClientDetailDialog.resize(820, 560)
        ClientDetailDialog.setSizeGripEnabled(True)
        self.dialogLayout = QVBoxLayout(ClientDetailDialog)
        self.dialogLayout.setObjectName(u"dialogLayout")
        self.clientName = QLabel(ClientDetailDialog)
        self.clientName.setObjectName(u"clientName")
        self.clientName.setWordWrap(True)

        self.dialogLayout.addWidget(self.clientName)

        self.summary = QLabel(ClientDetailDialog)
        self.summary.setObjectName(u"summary")
        self.summary.setWordWrap(True)

        self.dialogLayout.addWidget(self.summary)

        self.tabs = QTabWidget(ClientDetailDialog)
        self.tabs.setObjectName(u"tabs")
        self.ordersTab = QWidget()
        self.ordersTab.setObjectName(u"ordersTab")
        self.ordersLayout = QVBoxLayout(self.ordersTab)
        self.ordersLayout.setObjectName(u"ordersLayout")
        self.ordersStack = QStackedWidget(self.ordersTab)
        self.ordersStack.setObjectName(u"ordersStack")
        self.orders = QTableWidget()
        self.orders.setObjectName(u"orders")
        self.orders.setEditTriggers(QAbstractItemView.NoEditTriggers)
        self.orders.setSelectionBehavior(QAbstractItemView.SelectRows)
        self.orders.setWordWrap(False)
        self.ordersStack.addWidget(self.orders)
        self.orders.horizontalHeader().setHighlightSections(False)
        self.orders.verticalHeader().setVisible(False)
        self.ordersEmpty = QLabel()
        self.ordersEmpty.setObjectName(u"ordersEmpty")
        self.ordersEmpty.setWordWrap(True)
        self.ordersEmpty.setAlignment(Qt.AlignCenter)
        self.ordersStack.addWidget(self.ordersEmpty)

        self.ordersLayout.addWidget(self.ordersStack)

        self.addOrderBox = QGroupBox(self.ordersTab)
        self.addOrderBox.setObjectName(u"addOrderBox")
        self.addOrderLayout = QGridLayout(self.addOrderBox)
        self.addOrderLayout.setObjectName(u"addOrderLayout")
        self.orderTitleLabel = QLabel(self.addOrderBox)
        self.orderTitleLabel.setObjectName(u"orderTitleLabel")

        self.addOrderLayout.addWidget(self.orderTitleLabel, 0, 0, 1, 1)

        self.orderTitle = QLineEdit(self.addOrderBox)
        self.orderTitle.setObjectName(u"orderTitle")
        self.orderTitle.setMaxLength(100)

        self.addOrderLayout.addWidget(self.orderTitle, 0, 1, 1, 3)

        self.traineesLabel = QLabel(self.addOrderBox)
        self.traineesLabel.setObjectName(u"traineesLabel")

        self.addOrderLayout.addWidget(self.traineesLabel, 0, 4, 1, 1)

        self.trainees = QSpinBox(self.addOrderBox)
        self.trainees.setObjectName(u"trainees")
        self.trainees.setMaximum(9999)

        self.addOrderLayout.addWidget(self.trainees, 0, 5, 1, 1)

        self.startLabel = QLabel(self.addOrderBox)
        self.startLabel.setObjectName(u"startLabel")

        self.addOrderLayout.addWidget(self.startLabel, 1, 0, 1, 1)

        self.start = QDateEdit(self.addOrderBox)
        self.start.setObjectName(u"start")
        self.start.setCalendarPopup(True)

        self.addOrderLayout.addWidget(self.start, 1, 1, 1, 1)

        self.endLabel = QLabel(self.addOrderBox)
        self.endLabel.setObjectName(u"endLabel")

        self.addOrderLayout.addWidget(self.endLabel, 1, 2, 1, 1)

        self.end = QDateEdit(self.addOrderBox)
        self.end.setObjectName(u"end")
        self.end.setCalendarPopup(True)

        self.addOrderLayout.addWidget(self.end, 1, 3, 1, 1)

        self.hoursLabel = QLabel(self.addOrderBox)
        self.hoursLabel.setObjectName(u"hoursLabel")

        self.addOrderLayout.addWidget(self.hoursLabel, 1, 4, 1, 1)

        self.hours = QDoubleSpinBox(self.addOrderBox)
        self.hours.setObjectName(u"hours")
        self.hours.setDecimals(1)
        self.hours.setMaximum(9999.000000000000000)

        self.addOrderLayout.addWidget(self.hours, 1, 5, 1, 1)

        self.orderError = QLabel(self.addOrderBox)
        self.orderError.setObjectName(u"orderError")
        self.orderError.setWordWrap(True)

        self.addOrderLayout.addWidget(self.orderError, 2, 0, 1, 5)

        self.addOrder = QPushButton(self.addOrderBox)
        self.addOrder.setObjectName(u"addOrder")

        self.addOrderLayout.addWidget(self.addOrder, 2, 5, 1, 1)


        self.ordersLayout.addWidget(self.addOrderBox)

        self.ordersLayout.setStretch(0, 1)
        self.tabs.addTab(self.ordersTab, "")
        self.placementsTab = QWidget()
        self.placementsTab.setObjectName(u"placementsTab")
        self.placementsLayout = QVBoxLayout(self.placementsTab)
        self.placementsLayout.setObjectName(u"placementsLayout")
        self.placementsStack = QStackedWidget(self.placementsTab)
        self.placementsStack.setObjectName(u"placementsStack")
        self.placements = QTableWidget()
        self.placements.setObjectName(u"placements")
        self.placements.setEditTriggers(QAbstractItemView.NoEditTriggers)
        self.placements.setSelectionBehavior(QAbstractItemView.SelectRows)
        self.placements.setWordWrap(False)
        self.placementsStack.addWidget(self.placements)
        self.placements.horizontalHeader().setHighlightSections(False)
        self.placements.verticalHeader().setVisible(False)
        self.placementsEmpty = QLabel()
        self.placementsEmpty.setObjectName(u"placementsEmpty")
        self.placementsEmpty.setWordWrap(True)
        self.placementsEmpty.setAlignment(Qt.AlignCenter)
        self.placementsStack.addWidget(self.placementsEmpty)

        self.placementsLayout.addWidget(self.placementsStack)

        self.tabs.addTab(self.placementsTab, "")

        self.dialogLayout.addWidget(self.tabs)

        self.buttons = QDialogButtonBox(ClientDetailDialog)
        self.buttons.setObjectName(u"buttons")
        self.buttons.setStandardButtons(QDialogButtonBox.Close)

        self.dialogLayout.addWidget(self.buttons)

        self.dialogLayout.setStretch(2, 1)
#if QT_CONFIG(shortcut)
        self.orderTitleLabel.setBuddy(self.orderTitle)
        self.traineesLabel.setBuddy(self.trainees)
        self.startLabel.setBuddy(self.start)
        self.endLabel.setBuddy(self.end)
        self.hoursLabel.setBuddy(self.hours)
#endif // QT_CONFIG(shortcut)

        self.retranslateUi(ClientDetailDialog)
    # setupUi

    def retranslateUi(self, ClientDetailDialog):
        ClientDetailDialog.setWindowTitle(QCoreApplication.translate("ClientDetailDialog", u"Orders and placements", None))
        self.clientName.setText("")
        self.summary.setText("")
        self.ordersEmpty.setText(QCoreApplication.translate("ClientDetailDialog", u"No training delivered to this client yet. Add the first order below.", None))
        self.addOrderBox.setTitle(QCoreApplication.translate("ClientDetailDialog", u"Add a training order", None))
        self.orderTitleLabel.setText(QCoreApplication.translate("ClientDetailDialog", u"Training", None))
        self.orderTitle.setPlaceholderText(QCoreApplication.translate("ClientDetailDialog", u"e.g. live-commerce host training", None))
        self.traineesLabel.setText(QCoreApplication.translate("ClientDetailDialog", u"Trainees", None))
        self.startLabel.setText(QCoreApplication.translate("ClientDetailDialog", u"From", None))
        self.start.setDisplayFormat(QCoreApplication.translate("ClientDetailDialog", u"yyyy-MM-dd", None))
        self.endLabel.setText(QCoreApplication.translate("ClientDetailDialog", u"To", None))
        self.end.setDisplayFormat(QCoreApplication.translate("ClientDetailDialog", u"yyyy-MM-dd", None))
        self.hoursLabel.setText(QCoreApplication.translate("ClientDetailDialog", u"Hours", None))
        self.orderError.setText("")
        self.addOrder.setText(QCoreApplication.translate("ClientDetailDialog", u"Add order", None))
        self.tabs.setTabText(self.tabs.indexOf(self.ordersTab), QCoreApplication.translate("ClientDetailDialog", u"Training orders", None))
        self.placementsEmpty.setText(QCoreApplication.translate("ClientDetailDialog", u"No graduate placed at this client yet.", None))
        self.tabs.setTabText(self.tabs.indexOf(self.placementsTab), QCoreApplication.translate("ClientDetailDialog", u"Placements", None))
    # retranslateUi

