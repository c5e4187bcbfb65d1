# GENERATED from forms/rooms_page.ui by packaging/build_forms.py (pyside6-uic) - do not edit.
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
from PySide6.QtWidgets import (QApplication, QComboBox, QDateEdit, QHBoxLayout,
    QLabel, QPushButton, QSizePolicy, QSpacerItem,
    QVBoxLayout, QWidget)

from jiarenbase.gui.widgets.room_week_grid import RoomWeekGrid

class Ui_RoomsPage(object):
    def setupUi(self, RoomsPage):
        if not RoomsPage.objectName():
            RoomsPage.setObjectName(u"RoomsPage")
        RoomsPage.resize(1100, 720)
        self.pageLayout = QVBoxLayout(RoomsPage)
        self.pageLayout.setSpacing(10)
        self.pageLayout.setObjectName(u"pageLayout")
        self.pageLayout.setContentsMargins(24, 20, 24, 20)
        self.headerRow = QHBoxLayout()
        self.headerRow.setObjectName(u"headerRow")
        self.title = QLabel(RoomsPage)
        self.title.setObjectName(u"title")

        self.headerRow.addWidget(self.title)

        self.weekLabel = QLabel(RoomsPage)
        self.weekLabel.setObjectName(u"weekLabel")

        self.headerRow.addWidget(self.weekLabel)

        self.headerSpacer = QSpacerItem(20, 20, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.headerRow.addItem(self.headerSpacer)

        self.weekUtilisation = QLabel(RoomsPage)
        self.weekUtilisation.setObjectName(u"weekUtilisation")
        self.weekUtilisation.setAlignment(Qt.AlignRight|Qt.AlignVCenter)

        self.headerRow.addWidget(self.weekUtilisation)


        self.pageLayout.addLayout(self.headerRow)

        self.toolbar = QHBoxLayout()
        self.toolbar.setSpacing(8)
        self.toolbar.setObjectName(u"toolbar")
        self.previousWeek = QPushButton(RoomsPage)
        self.previousWeek.setObjectName(u"previousWeek")

        self.toolbar.addWidget(self.previousWeek)

        self.thisWeek = QPushButton(RoomsPage)
        self.thisWeek.setObjectName(u"thisWeek")

        self.toolbar.addWidget(self.thisWeek)

        self.nextWeek = QPushButton(RoomsPage)
        self.nextWeek.setObjectName(u"nextWeek")

        self.toolbar.addWidget(self.nextWeek)

        self.day = QDateEdit(RoomsPage)
        self.day.setObjectName(u"day")
        self.day.setCalendarPopup(True)
        self.day.setDisplayFormat(u"yyyy-MM-dd")

        self.toolbar.addWidget(self.day)

        self.toolbarSpacer = QSpacerItem(20, 20, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.toolbar.addItem(self.toolbarSpacer)

        self.zoomLabel = QLabel(RoomsPage)
        self.zoomLabel.setObjectName(u"zoomLabel")

        self.toolbar.addWidget(self.zoomLabel)

        self.zoom = QComboBox(RoomsPage)
        self.zoom.setObjectName(u"zoom")
        self.zoom.setSizeAdjustPolicy(QComboBox.AdjustToContents)

        self.toolbar.addWidget(self.zoom)

        self.newBooking = QPushButton(RoomsPage)
        self.newBooking.setObjectName(u"newBooking")

        self.toolbar.addWidget(self.newBooking)


        self.pageLayout.addLayout(self.toolbar)

        self.grid = RoomWeekGrid(RoomsPage)
        self.grid.setObjectName(u"grid")

        self.pageLayout.addWidget(self.grid)

        self.hint = QLabel(RoomsPage)
        self.hint.setObjectName(u"hint")
        self.hint.setWordWrap(True)

        self.pageLayout.addWidget(self.hint)

#if QT_CONFIG(shortcut)
        self.zoomLabel.setBuddy(self.zoom)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.previousWeek, self.thisWeek)
        QWidget.setTabOrder(self.thisWeek, self.nextWeek)
        QWidget.setTabOrder(self.nextWeek, self.day)
        QWidget.setTabOrder(self.day, self.zoom)
        QWidget.setTabOrder(self.zoom, self.newBooking)
        QWidget.setTabOrder(self.newBooking, self.grid)

        self.retranslateUi(RoomsPage)
    # setupUi

    def retranslateUi(self, RoomsPage):
        self.title.setText(QCoreApplication.translate("RoomsPage", u"Live rooms", None))
        self.weekLabel.setText("")
        self.weekUtilisation.setText("")
        self.previousWeek.setText(QCoreApplication.translate("RoomsPage", u"\u25c0 Previous week", None))
#if QT_CONFIG(tooltip)
        self.previousWeek.setToolTip(QCoreApplication.translate("RoomsPage", u"Show the week before (Alt+Left)", None))
#endif // QT_CONFIG(tooltip)
        self.thisWeek.setText(QCoreApplication.translate("RoomsPage", u"This week", None))
        self.nextWeek.setText(QCoreApplication.translate("RoomsPage", u"Next week \u25b6", None))
#if QT_CONFIG(tooltip)
        self.nextWeek.setToolTip(QCoreApplication.translate("RoomsPage", u"Show the week after (Alt+Right)", None))
#endif // QT_CONFIG(tooltip)
#if QT_CONFIG(tooltip)
        self.day.setToolTip(QCoreApplication.translate("RoomsPage", u"Go to the week of this date", None))
#endif // QT_CONFIG(tooltip)
        self.zoomLabel.setText(QCoreApplication.translate("RoomsPage", u"Show", None))
        self.newBooking.setText(QCoreApplication.translate("RoomsPage", u"New booking\u2026", None))
        self.hint.setText("")
        pass
    # retranslateUi

