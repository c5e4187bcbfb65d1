# GENERATED from forms/about_dialog.ui by packaging/build_forms.py (pyside6-uic) - do not edit.
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
from PySide6.QtWidgets import (QAbstractItemView, QApplication, QDialog, QFormLayout,
    QHBoxLayout, QHeaderView, QLabel, QPushButton,
    QSizePolicy, QSpacerItem, QTableWidget, QTableWidgetItem,
    QVBoxLayout, QWidget)

class Ui_AboutDialog(object):
    def setupUi(self, AboutDialog):
        if not AboutDialog.objectName():
            AboutDialog.setObjectName(u"AboutDialog")
        AboutDialog.resize(560, 520)
        self.layout = QVBoxLayout(AboutDialog)
        self.layout.setObjectName(u"layout")
        self.headRow = QHBoxLayout()
        self.headRow.setObjectName(u"headRow")
        self.icon = QLabel(AboutDialog)
        self.icon.setObjectName(u"icon")
        self.icon.setMinimumSize(QSize(72, 72))

        self.headRow.addWidget(self.icon)

        self.headText = QVBoxLayout()
        self.headText.setObjectName(u"headText")
        self.title = QLabel(AboutDialog)
        self.title.setObjectName(u"title")

        self.headText.addWidget(self.title)

        self.subtitle = QLabel(AboutDialog)
        self.subtitle.setObjectName(u"subtitle")
        self.subtitle.setWordWrap(True)

        self.headText.addWidget(self.subtitle)

        self.version = QLabel(AboutDialog)
        self.version.setObjectName(u"version")

        self.headText.addWidget(self.version)


        self.headRow.addLayout(self.headText)


        self.layout.addLayout(self.headRow)

        self.facts = QFormLayout()
        self.facts.setObjectName(u"facts")
        self.databaseLabel = QLabel(AboutDialog)
        self.databaseLabel.setObjectName(u"databaseLabel")

        self.facts.setWidget(0, QFormLayout.ItemRole.LabelRole, self.databaseLabel)

        self.database = QLabel(AboutDialog)
        self.database.setObjectName(u"database")
        self.database.setWordWrap(True)
        self.database.setTextInteractionFlags(Qt.TextSelectableByMouse)

        self.facts.setWidget(0, QFormLayout.ItemRole.FieldRole, self.database)

        self.dataDirLabel = QLabel(AboutDialog)
        self.dataDirLabel.setObjectName(u"dataDirLabel")

        self.facts.setWidget(1, QFormLayout.ItemRole.LabelRole, self.dataDirLabel)

        self.dataDir = QLabel(AboutDialog)
        self.dataDir.setObjectName(u"dataDir")
        self.dataDir.setWordWrap(True)
        self.dataDir.setTextInteractionFlags(Qt.TextSelectableByMouse)

        self.facts.setWidget(1, QFormLayout.ItemRole.FieldRole, self.dataDir)


        self.layout.addLayout(self.facts)

        self.licencesLabel = QLabel(AboutDialog)
        self.licencesLabel.setObjectName(u"licencesLabel")

        self.layout.addWidget(self.licencesLabel)

        self.licences = QTableWidget(AboutDialog)
        self.licences.setObjectName(u"licences")
        self.licences.setEditTriggers(QAbstractItemView.NoEditTriggers)
        self.licences.setSelectionMode(QAbstractItemView.NoSelection)
        self.licences.horizontalHeader().setStretchLastSection(True)
        self.licences.verticalHeader().setVisible(False)

        self.layout.addWidget(self.licences)

        self.buttons = QHBoxLayout()
        self.buttons.setObjectName(u"buttons")
        self.openDataDir = QPushButton(AboutDialog)
        self.openDataDir.setObjectName(u"openDataDir")

        self.buttons.addWidget(self.openDataDir)

        self.buttonSpacer = QSpacerItem(20, 10, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.buttons.addItem(self.buttonSpacer)

        self.close = QPushButton(AboutDialog)
        self.close.setObjectName(u"close")

        self.buttons.addWidget(self.close)


        self.layout.addLayout(self.buttons)


        self.retranslateUi(AboutDialog)

        self.close.setDefault(True)

    # setupUi

    def retranslateUi(self, AboutDialog):
        AboutDialog.setWindowTitle(QCoreApplication.translate("AboutDialog", u"About JiarenBase", None))
        self.title.setText(QCoreApplication.translate("AboutDialog", u"JiarenBase", None))
        self.subtitle.setText(QCoreApplication.translate("AboutDialog", u"Classroom operations of the \u81ea\u5bb6\u4eba live-streaming training base", None))
        self.version.setText("")
        self.databaseLabel.setText(QCoreApplication.translate("AboutDialog", u"Database", None))
        self.dataDirLabel.setText(QCoreApplication.translate("AboutDialog", u"Data folder", None))
        self.licencesLabel.setText(QCoreApplication.translate("AboutDialog", u"Bundled components and their licences", None))
        self.openDataDir.setText(QCoreApplication.translate("AboutDialog", u"Open data folder", None))
        self.close.setText(QCoreApplication.translate("AboutDialog", u"Close", None))
    # retranslateUi

