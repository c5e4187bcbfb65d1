# GENERATED from forms/conflict_dialog.ui by packaging/build_forms.py (pyside6-uic) - do not edit.
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
    QPushButton, QSizePolicy, QSpacerItem, QVBoxLayout,
    QWidget)

class Ui_ConflictDialog(object):
    def setupUi(self, ConflictDialog):
        if not ConflictDialog.objectName():
            ConflictDialog.setObjectName(u"ConflictDialog")
        ConflictDialog.resize(460, 220)
        self.dialogLayout = QVBoxLayout(ConflictDialog)
        self.dialogLayout.setSpacing(12)
        self.dialogLayout.setObjectName(u"dialogLayout")
        self.messageRow = QHBoxLayout()
        self.messageRow.setSpacing(16)
        self.messageRow.setObjectName(u"messageRow")
        self.icon = QLabel(ConflictDialog)
        self.icon.setObjectName(u"icon")
        self.icon.setAlignment(Qt.AlignLeft|Qt.AlignTop)

        self.messageRow.addWidget(self.icon)

        self.texts = QVBoxLayout()
        self.texts.setObjectName(u"texts")
        self.message = QLabel(ConflictDialog)
        self.message.setObjectName(u"message")
        self.message.setWordWrap(True)

        self.texts.addWidget(self.message)

        self.detail = QLabel(ConflictDialog)
        self.detail.setObjectName(u"detail")
        self.detail.setWordWrap(True)

        self.texts.addWidget(self.detail)


        self.messageRow.addLayout(self.texts)


        self.dialogLayout.addLayout(self.messageRow)

        self.spacer = QSpacerItem(20, 0, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.dialogLayout.addItem(self.spacer)

        self.buttonRow = QHBoxLayout()
        self.buttonRow.setObjectName(u"buttonRow")
        self.buttonSpacer = QSpacerItem(40, 20, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.buttonRow.addItem(self.buttonSpacer)

        self.reloadButton = QPushButton(ConflictDialog)
        self.reloadButton.setObjectName(u"reloadButton")

        self.buttonRow.addWidget(self.reloadButton)

        self.overwriteButton = QPushButton(ConflictDialog)
        self.overwriteButton.setObjectName(u"overwriteButton")
        self.overwriteButton.setAutoDefault(False)

        self.buttonRow.addWidget(self.overwriteButton)

        self.cancelButton = QPushButton(ConflictDialog)
        self.cancelButton.setObjectName(u"cancelButton")
        self.cancelButton.setAutoDefault(False)

        self.buttonRow.addWidget(self.cancelButton)


        self.dialogLayout.addLayout(self.buttonRow)

        QWidget.setTabOrder(self.reloadButton, self.overwriteButton)
        QWidget.setTabOrder(self.overwriteButton, self.cancelButton)

        self.retranslateUi(ConflictDialog)

        self.reloadButton.setDefault(True)

    # setupUi

    def retranslateUi(self, ConflictDialog):
        ConflictDialog.setWindowTitle(QCoreApplication.translate("ConflictDialog", u"Record changed", None))
        self.message.setText(QCoreApplication.translate("ConflictDialog", u"This record was changed by someone else since you opened it.", None))
        self.detail.setText(QCoreApplication.translate("ConflictDialog", u"Reload shows the saved record and discards your changes. Overwrite saves your values over the other person's changes.", None))
        self.reloadButton.setText(QCoreApplication.translate("ConflictDialog", u"Reload", None))
        self.overwriteButton.setText(QCoreApplication.translate("ConflictDialog", u"Overwrite", None))
        self.cancelButton.setText(QCoreApplication.translate("ConflictDialog", u"Cancel", None))
    # retranslateUi

