# GENERATED from forms/videos_panel.ui by packaging/build_forms.py (pyside6-uic) - do not edit.
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
from PySide6.QtWidgets import (QApplication, QHBoxLayout, QHeaderView, QLabel,
    QPushButton, QSizePolicy, QTreeWidget, QTreeWidgetItem,
    QVBoxLayout, QWidget)

class Ui_VideosPanel(object):
    def setupUi(self, VideosPanel):
        if not VideosPanel.objectName():
            VideosPanel.setObjectName(u"VideosPanel")
        VideosPanel.resize(800, 360)
        self.panelLayout = QVBoxLayout(VideosPanel)
        self.panelLayout.setObjectName(u"panelLayout")
        self.panelLayout.setContentsMargins(0, 0, 0, 0)
        self.toolbar = QHBoxLayout()
        self.toolbar.setObjectName(u"toolbar")
        self.summary = QLabel(VideosPanel)
        self.summary.setObjectName(u"summary")
        self.summary.setWordWrap(True)
        sizePolicy = QSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
        sizePolicy.setHorizontalStretch(1)
        sizePolicy.setVerticalStretch(0)
        sizePolicy.setHeightForWidth(self.summary.sizePolicy().hasHeightForWidth())
        self.summary.setSizePolicy(sizePolicy)

        self.toolbar.addWidget(self.summary)

        self.addVideo = QPushButton(VideosPanel)
        self.addVideo.setObjectName(u"addVideo")

        self.toolbar.addWidget(self.addVideo)

        self.addIteration = QPushButton(VideosPanel)
        self.addIteration.setObjectName(u"addIteration")

        self.toolbar.addWidget(self.addIteration)

        self.editVideo = QPushButton(VideosPanel)
        self.editVideo.setObjectName(u"editVideo")

        self.toolbar.addWidget(self.editVideo)

        self.deleteVideo = QPushButton(VideosPanel)
        self.deleteVideo.setObjectName(u"deleteVideo")

        self.toolbar.addWidget(self.deleteVideo)


        self.panelLayout.addLayout(self.toolbar)

        self.error = QLabel(VideosPanel)
        self.error.setObjectName(u"error")
        self.error.setWordWrap(True)

        self.panelLayout.addWidget(self.error)

        self.tree = QTreeWidget(VideosPanel)
        self.tree.setObjectName(u"tree")
        self.tree.setAlternatingRowColors(True)
        self.tree.setRootIsDecorated(True)
        self.tree.setUniformRowHeights(True)
        self.tree.setAllColumnsShowFocus(True)

        self.panelLayout.addWidget(self.tree)

        self.emptyLabel = QLabel(VideosPanel)
        self.emptyLabel.setObjectName(u"emptyLabel")
        self.emptyLabel.setAlignment(Qt.AlignCenter)
        self.emptyLabel.setWordWrap(True)

        self.panelLayout.addWidget(self.emptyLabel)

        QWidget.setTabOrder(self.tree, self.addVideo)
        QWidget.setTabOrder(self.addVideo, self.addIteration)
        QWidget.setTabOrder(self.addIteration, self.editVideo)
        QWidget.setTabOrder(self.editVideo, self.deleteVideo)

        self.retranslateUi(VideosPanel)
    # setupUi

    def retranslateUi(self, VideosPanel):
        self.summary.setText("")
        self.addVideo.setText(QCoreApplication.translate("VideosPanel", u"Add video", None))
        self.addIteration.setText(QCoreApplication.translate("VideosPanel", u"Add iteration", None))
        self.editVideo.setText(QCoreApplication.translate("VideosPanel", u"Edit", None))
        self.deleteVideo.setText(QCoreApplication.translate("VideosPanel", u"Delete", None))
        self.error.setText("")
        ___qtreewidgetitem = self.tree.headerItem()
        ___qtreewidgetitem.setText(7, QCoreApplication.translate("VideosPanel", u"vs previous", None))
        ___qtreewidgetitem.setText(6, QCoreApplication.translate("VideosPanel", u"Like rate", None))
        ___qtreewidgetitem.setText(5, QCoreApplication.translate("VideosPanel", u"Comments", None))
        ___qtreewidgetitem.setText(4, QCoreApplication.translate("VideosPanel", u"Likes", None))
        ___qtreewidgetitem.setText(3, QCoreApplication.translate("VideosPanel", u"Views", None))
        ___qtreewidgetitem.setText(2, QCoreApplication.translate("VideosPanel", u"Published", None))
        ___qtreewidgetitem.setText(1, QCoreApplication.translate("VideosPanel", u"Platform", None))
        ___qtreewidgetitem.setText(0, QCoreApplication.translate("VideosPanel", u"Title", None))
        self.emptyLabel.setText(QCoreApplication.translate("VideosPanel", u"No short videos yet. Click \u201cAdd video\u201d to record the first one.", None))
        pass
    # retranslateUi

