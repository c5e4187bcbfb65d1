# GENERATED from forms/database_password_dialog.ui by packaging/build_forms.py (pyside6-uic) - do not edit.
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
from PySide6.QtWidgets import (QApplication, QCheckBox, QDialog, QFormLayout,
    QHBoxLayout, QLabel, QLineEdit, QPushButton,
    QSizePolicy, QSpacerItem, QVBoxLayout, QWidget)

class Ui_DatabasePasswordDialog(object):
    def setupUi(self, DatabasePasswordDialog):
        if not DatabasePasswordDialog.objectName():
            DatabasePasswordDialog.setObjectName(u"DatabasePasswordDialog")
        DatabasePasswordDialog.resize(480, 300)
        DatabasePasswordDialog.setModal(True)
        self.dialogLayout = QVBoxLayout(DatabasePasswordDialog)
        self.dialogLayout.setSpacing(10)
        self.dialogLayout.setObjectName(u"dialogLayout")
        self.dialogLayout.setContentsMargins(24, 20, 24, 18)
        self.title = QLabel(DatabasePasswordDialog)
        self.title.setObjectName(u"title")

        self.dialogLayout.addWidget(self.title)

        self.message = QLabel(DatabasePasswordDialog)
        self.message.setObjectName(u"message")
        self.message.setWordWrap(True)

        self.dialogLayout.addWidget(self.message)

        self.serverAnswer = QLabel(DatabasePasswordDialog)
        self.serverAnswer.setObjectName(u"serverAnswer")
        self.serverAnswer.setWordWrap(True)

        self.dialogLayout.addWidget(self.serverAnswer)

        self.fields = QFormLayout()
        self.fields.setObjectName(u"fields")
        self.fields.setHorizontalSpacing(12)
        self.passwordLabel = QLabel(DatabasePasswordDialog)
        self.passwordLabel.setObjectName(u"passwordLabel")

        self.fields.setWidget(0, QFormLayout.ItemRole.LabelRole, self.passwordLabel)

        self.passwordEdit = QLineEdit(DatabasePasswordDialog)
        self.passwordEdit.setObjectName(u"passwordEdit")
        self.passwordEdit.setEchoMode(QLineEdit.Password)

        self.fields.setWidget(0, QFormLayout.ItemRole.FieldRole, self.passwordEdit)


        self.dialogLayout.addLayout(self.fields)

        self.storeCheck = QCheckBox(DatabasePasswordDialog)
        self.storeCheck.setObjectName(u"storeCheck")
        self.storeCheck.setChecked(True)

        self.dialogLayout.addWidget(self.storeCheck)

        self.spacer = QSpacerItem(20, 0, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.dialogLayout.addItem(self.spacer)

        self.buttonRow = QHBoxLayout()
        self.buttonRow.setObjectName(u"buttonRow")
        self.buttonSpacer = QSpacerItem(40, 20, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.buttonRow.addItem(self.buttonSpacer)

        self.connectButton = QPushButton(DatabasePasswordDialog)
        self.connectButton.setObjectName(u"connectButton")

        self.buttonRow.addWidget(self.connectButton)

        self.quitButton = QPushButton(DatabasePasswordDialog)
        self.quitButton.setObjectName(u"quitButton")
        self.quitButton.setAutoDefault(False)

        self.buttonRow.addWidget(self.quitButton)


        self.dialogLayout.addLayout(self.buttonRow)

#if QT_CONFIG(shortcut)
        self.passwordLabel.setBuddy(self.passwordEdit)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.passwordEdit, self.storeCheck)
        QWidget.setTabOrder(self.storeCheck, self.connectButton)
        QWidget.setTabOrder(self.connectButton, self.quitButton)

        self.retranslateUi(DatabasePasswordDialog)

        self.connectButton.setDefault(True)

    # setupUi

    def retranslateUi(self, DatabasePasswordDialog):
        DatabasePasswordDialog.setWindowTitle(QCoreApplication.translate("DatabasePasswordDialog", u"Database password \u2014 JiarenBase", None))
        self.title.setText(QCoreApplication.translate("DatabasePasswordDialog", u"Database password", None))
        self.message.setText("")
        self.serverAnswer.setText("")
        self.passwordLabel.setText(QCoreApplication.translate("DatabasePasswordDialog", u"Password", None))
        self.storeCheck.setText(QCoreApplication.translate("DatabasePasswordDialog", u"Keep it in this computer's system credential store", None))
        self.connectButton.setText(QCoreApplication.translate("DatabasePasswordDialog", u"Connect", None))
        self.quitButton.setText(QCoreApplication.translate("DatabasePasswordDialog", u"Quit", None))
    # retranslateUi

