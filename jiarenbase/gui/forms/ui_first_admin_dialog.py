# GENERATED from forms/first_admin_dialog.ui by packaging/build_forms.py (pyside6-uic) - do not edit.
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
from PySide6.QtWidgets import (QApplication, QDialog, QFormLayout, QHBoxLayout,
    QLabel, QLineEdit, QPushButton, QSizePolicy,
    QSpacerItem, QVBoxLayout, QWidget)

class Ui_FirstAdminDialog(object):
    def setupUi(self, FirstAdminDialog):
        if not FirstAdminDialog.objectName():
            FirstAdminDialog.setObjectName(u"FirstAdminDialog")
        FirstAdminDialog.resize(520, 460)
        FirstAdminDialog.setModal(True)
        self.verticalLayout = QVBoxLayout(FirstAdminDialog)
        self.verticalLayout.setSpacing(10)
        self.verticalLayout.setObjectName(u"verticalLayout")
        self.verticalLayout.setContentsMargins(28, 24, 28, 20)
        self.title = QLabel(FirstAdminDialog)
        self.title.setObjectName(u"title")

        self.verticalLayout.addWidget(self.title)

        self.intro = QLabel(FirstAdminDialog)
        self.intro.setObjectName(u"intro")
        self.intro.setWordWrap(True)

        self.verticalLayout.addWidget(self.intro)

        self.fields = QFormLayout()
        self.fields.setObjectName(u"fields")
        self.fields.setLabelAlignment(Qt.AlignRight|Qt.AlignTop)
        self.fields.setHorizontalSpacing(12)
        self.fields.setVerticalSpacing(4)
        self.usernameLabel = QLabel(FirstAdminDialog)
        self.usernameLabel.setObjectName(u"usernameLabel")

        self.fields.setWidget(0, QFormLayout.ItemRole.LabelRole, self.usernameLabel)

        self.usernameEdit = QLineEdit(FirstAdminDialog)
        self.usernameEdit.setObjectName(u"usernameEdit")
        self.usernameEdit.setText(u"admin")
        self.usernameEdit.setMaxLength(40)

        self.fields.setWidget(0, QFormLayout.ItemRole.FieldRole, self.usernameEdit)

        self.usernameError = QLabel(FirstAdminDialog)
        self.usernameError.setObjectName(u"usernameError")
        self.usernameError.setWordWrap(True)

        self.fields.setWidget(1, QFormLayout.ItemRole.FieldRole, self.usernameError)

        self.displayNameLabel = QLabel(FirstAdminDialog)
        self.displayNameLabel.setObjectName(u"displayNameLabel")

        self.fields.setWidget(2, QFormLayout.ItemRole.LabelRole, self.displayNameLabel)

        self.displayNameEdit = QLineEdit(FirstAdminDialog)
        self.displayNameEdit.setObjectName(u"displayNameEdit")
        self.displayNameEdit.setMaxLength(60)

        self.fields.setWidget(2, QFormLayout.ItemRole.FieldRole, self.displayNameEdit)

        self.displayNameHint = QLabel(FirstAdminDialog)
        self.displayNameHint.setObjectName(u"displayNameHint")
        self.displayNameHint.setWordWrap(True)

        self.fields.setWidget(3, QFormLayout.ItemRole.FieldRole, self.displayNameHint)

        self.passwordLabel = QLabel(FirstAdminDialog)
        self.passwordLabel.setObjectName(u"passwordLabel")

        self.fields.setWidget(4, QFormLayout.ItemRole.LabelRole, self.passwordLabel)

        self.passwordEdit = QLineEdit(FirstAdminDialog)
        self.passwordEdit.setObjectName(u"passwordEdit")
        self.passwordEdit.setEchoMode(QLineEdit.Password)

        self.fields.setWidget(4, QFormLayout.ItemRole.FieldRole, self.passwordEdit)

        self.passwordHint = QLabel(FirstAdminDialog)
        self.passwordHint.setObjectName(u"passwordHint")
        self.passwordHint.setWordWrap(True)

        self.fields.setWidget(5, QFormLayout.ItemRole.FieldRole, self.passwordHint)

        self.confirmLabel = QLabel(FirstAdminDialog)
        self.confirmLabel.setObjectName(u"confirmLabel")

        self.fields.setWidget(6, QFormLayout.ItemRole.LabelRole, self.confirmLabel)

        self.confirmEdit = QLineEdit(FirstAdminDialog)
        self.confirmEdit.setObjectName(u"confirmEdit")
        self.confirmEdit.setEchoMode(QLineEdit.Password)

        self.fields.setWidget(6, QFormLayout.ItemRole.FieldRole, self.confirmEdit)

        self.confirmError = QLabel(FirstAdminDialog)
        self.confirmError.setObjectName(u"confirmError")
        self.confirmError.setWordWrap(True)

        self.fields.setWidget(7, QFormLayout.ItemRole.FieldRole, self.confirmError)


        self.verticalLayout.addLayout(self.fields)

        self.errorLabel = QLabel(FirstAdminDialog)
        self.errorLabel.setObjectName(u"errorLabel")
        self.errorLabel.setWordWrap(True)

        self.verticalLayout.addWidget(self.errorLabel)

        self.verticalSpacer = QSpacerItem(20, 0, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.verticalLayout.addItem(self.verticalSpacer)

        self.buttons = QHBoxLayout()
        self.buttons.setObjectName(u"buttons")
        self.buttonSpacer = QSpacerItem(40, 20, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.buttons.addItem(self.buttonSpacer)

        self.quitButton = QPushButton(FirstAdminDialog)
        self.quitButton.setObjectName(u"quitButton")
        self.quitButton.setAutoDefault(False)

        self.buttons.addWidget(self.quitButton)

        self.createButton = QPushButton(FirstAdminDialog)
        self.createButton.setObjectName(u"createButton")

        self.buttons.addWidget(self.createButton)


        self.verticalLayout.addLayout(self.buttons)

#if QT_CONFIG(shortcut)
        self.usernameLabel.setBuddy(self.usernameEdit)
        self.displayNameLabel.setBuddy(self.displayNameEdit)
        self.passwordLabel.setBuddy(self.passwordEdit)
        self.confirmLabel.setBuddy(self.confirmEdit)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.usernameEdit, self.displayNameEdit)
        QWidget.setTabOrder(self.displayNameEdit, self.passwordEdit)
        QWidget.setTabOrder(self.passwordEdit, self.confirmEdit)
        QWidget.setTabOrder(self.confirmEdit, self.createButton)
        QWidget.setTabOrder(self.createButton, self.quitButton)

        self.retranslateUi(FirstAdminDialog)

        self.createButton.setDefault(True)

    # setupUi

    def retranslateUi(self, FirstAdminDialog):
        FirstAdminDialog.setWindowTitle(QCoreApplication.translate("FirstAdminDialog", u"First start \u2014 JiarenBase", None))
        self.title.setText(QCoreApplication.translate("FirstAdminDialog", u"Welcome to JiarenBase", None))
        self.intro.setText(QCoreApplication.translate("FirstAdminDialog", u"This database has no accounts yet. Create the administrator account first; the administrator then adds the accounts of staff and mentors.", None))
        self.usernameLabel.setText(QCoreApplication.translate("FirstAdminDialog", u"User name", None))
        self.usernameError.setText("")
        self.displayNameLabel.setText(QCoreApplication.translate("FirstAdminDialog", u"Display name", None))
        self.displayNameEdit.setPlaceholderText(QCoreApplication.translate("FirstAdminDialog", u"e.g. Base administrator", None))
        self.displayNameHint.setText(QCoreApplication.translate("FirstAdminDialog", u"Shown in the status bar and the audit log.", None))
        self.passwordLabel.setText(QCoreApplication.translate("FirstAdminDialog", u"Password", None))
        self.passwordHint.setText("")
        self.confirmLabel.setText(QCoreApplication.translate("FirstAdminDialog", u"Password again", None))
        self.confirmError.setText("")
        self.errorLabel.setText("")
        self.quitButton.setText(QCoreApplication.translate("FirstAdminDialog", u"Quit", None))
        self.createButton.setText(QCoreApplication.translate("FirstAdminDialog", u"Create and sign in", None))
    # retranslateUi

