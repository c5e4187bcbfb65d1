# GENERATED from forms/error_dialog.ui by packaging/build_forms.py (pyside6-uic) - do not edit.
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
from PySide6.QtWidgets import (QApplication, QDialog, QHBoxLayout, QLabel,
    QPlainTextEdit, QPushButton, QSizePolicy, QSpacerItem,
    QVBoxLayout, QWidget)

class Ui_ErrorDialog(object):
    def setupUi(self, ErrorDialog):
        if not ErrorDialog.objectName():
            ErrorDialog.setObjectName(u"ErrorDialog")
        ErrorDialog.resize(560, 380)
        self.verticalLayout = QVBoxLayout(ErrorDialog)
        self.verticalLayout.setSpacing(10)
        self.verticalLayout.setObjectName(u"verticalLayout")
        self.verticalLayout.setContentsMargins(20, 18, 20, 16)
        self.header = QHBoxLayout()
        self.header.setSpacing(14)
        self.header.setObjectName(u"header")
        self.icon = QLabel(ErrorDialog)
        self.icon.setObjectName(u"icon")
        sizePolicy = QSizePolicy(QSizePolicy.Policy.Fixed, QSizePolicy.Policy.Fixed)
        sizePolicy.setHorizontalStretch(0)
        sizePolicy.setVerticalStretch(0)
        sizePolicy.setHeightForWidth(self.icon.sizePolicy().hasHeightForWidth())
        self.icon.setSizePolicy(sizePolicy)
        self.icon.setMinimumSize(QSize(44, 44))
        self.icon.setAlignment(Qt.AlignLeft|Qt.AlignTop)

        self.header.addWidget(self.icon, 0, Qt.AlignTop)

        self.texts = QVBoxLayout()
        self.texts.setObjectName(u"texts")
        self.message = QLabel(ErrorDialog)
        self.message.setObjectName(u"message")
        self.message.setWordWrap(True)

        self.texts.addWidget(self.message)

        self.errorText = QLabel(ErrorDialog)
        self.errorText.setObjectName(u"errorText")
        self.errorText.setWordWrap(True)
        self.errorText.setTextInteractionFlags(Qt.TextSelectableByMouse)

        self.texts.addWidget(self.errorText)

        self.advice = QLabel(ErrorDialog)
        self.advice.setObjectName(u"advice")
        self.advice.setWordWrap(True)

        self.texts.addWidget(self.advice)


        self.header.addLayout(self.texts)


        self.verticalLayout.addLayout(self.header)

        self.details = QPlainTextEdit(ErrorDialog)
        self.details.setObjectName(u"details")
        self.details.setReadOnly(True)
        self.details.setLineWrapMode(QPlainTextEdit.NoWrap)

        self.verticalLayout.addWidget(self.details)

        self.logLabel = QLabel(ErrorDialog)
        self.logLabel.setObjectName(u"logLabel")
        self.logLabel.setWordWrap(True)
        self.logLabel.setTextInteractionFlags(Qt.TextSelectableByMouse)

        self.verticalLayout.addWidget(self.logLabel)

        self.buttons = QHBoxLayout()
        self.buttons.setObjectName(u"buttons")
        self.copyButton = QPushButton(ErrorDialog)
        self.copyButton.setObjectName(u"copyButton")
        self.copyButton.setAutoDefault(False)

        self.buttons.addWidget(self.copyButton)

        self.openLogButton = QPushButton(ErrorDialog)
        self.openLogButton.setObjectName(u"openLogButton")
        self.openLogButton.setAutoDefault(False)

        self.buttons.addWidget(self.openLogButton)

        self.buttonSpacer = QSpacerItem(40, 20, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.buttons.addItem(self.buttonSpacer)

        self.closeButton = QPushButton(ErrorDialog)
        self.closeButton.setObjectName(u"closeButton")

        self.buttons.addWidget(self.closeButton)


        self.verticalLayout.addLayout(self.buttons)


        self.retranslateUi(ErrorDialog)

        self.closeButton.setDefault(True)

    # setupUi

    def retranslateUi(self, ErrorDialog):
        ErrorDialog.setWindowTitle(QCoreApplication.translate("ErrorDialog", u"Unexpected error \u2014 JiarenBase", None))
        self.message.setText(QCoreApplication.translate("ErrorDialog", u"An unexpected error occurred. Your data is safe; the details were written to the log.", None))
        self.errorText.setText("")
        self.advice.setText(QCoreApplication.translate("ErrorDialog", u"You can keep working. If it happens again, copy the details and send them to whoever looks after this computer.", None))
        self.logLabel.setText("")
        self.copyButton.setText(QCoreApplication.translate("ErrorDialog", u"Copy details", None))
        self.openLogButton.setText(QCoreApplication.translate("ErrorDialog", u"Open log folder", None))
        self.closeButton.setText(QCoreApplication.translate("ErrorDialog", u"Close", None))
    # retranslateUi

