# GENERATED from forms/login_dialog.ui by packaging/build_forms.py (pyside6-uic) - do not edit.
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
    QGroupBox, QHBoxLayout, QHeaderView, QLabel,
    QLineEdit, QPushButton, QSizePolicy, QSpacerItem,
    QTableWidget, QTableWidgetItem, QVBoxLayout, QWidget)

class Ui_LoginDialog(object):
    def setupUi(self, LoginDialog):
        if not LoginDialog.objectName():
            LoginDialog.setObjectName(u"LoginDialog")
        LoginDialog.resize(440, 420)
        LoginDialog.setModal(True)
        self.verticalLayout = QVBoxLayout(LoginDialog)
        self.verticalLayout.setSpacing(10)
        self.verticalLayout.setObjectName(u"verticalLayout")
        self.verticalLayout.setContentsMargins(28, 24, 28, 20)
        self.title = QLabel(LoginDialog)
        self.title.setObjectName(u"title")

        self.verticalLayout.addWidget(self.title)

        self.subtitle = QLabel(LoginDialog)
        self.subtitle.setObjectName(u"subtitle")
        self.subtitle.setWordWrap(True)

        self.verticalLayout.addWidget(self.subtitle)

        self.fields = QFormLayout()
        self.fields.setObjectName(u"fields")
        self.fields.setLabelAlignment(Qt.AlignRight|Qt.AlignVCenter)
        self.fields.setHorizontalSpacing(12)
        self.fields.setVerticalSpacing(10)
        self.usernameLabel = QLabel(LoginDialog)
        self.usernameLabel.setObjectName(u"usernameLabel")

        self.fields.setWidget(0, QFormLayout.ItemRole.LabelRole, self.usernameLabel)

        self.usernameEdit = QLineEdit(LoginDialog)
        self.usernameEdit.setObjectName(u"usernameEdit")
        self.usernameEdit.setMaxLength(40)

        self.fields.setWidget(0, QFormLayout.ItemRole.FieldRole, self.usernameEdit)

        self.passwordLabel = QLabel(LoginDialog)
        self.passwordLabel.setObjectName(u"passwordLabel")

        self.fields.setWidget(1, QFormLayout.ItemRole.LabelRole, self.passwordLabel)

        self.passwordEdit = QLineEdit(LoginDialog)
        self.passwordEdit.setObjectName(u"passwordEdit")
        self.passwordEdit.setEchoMode(QLineEdit.Password)

        self.fields.setWidget(1, QFormLayout.ItemRole.FieldRole, self.passwordEdit)


        self.verticalLayout.addLayout(self.fields)

        self.errorLabel = QLabel(LoginDialog)
        self.errorLabel.setObjectName(u"errorLabel")
        self.errorLabel.setWordWrap(True)

        self.verticalLayout.addWidget(self.errorLabel)

        self.demoBox = QGroupBox(LoginDialog)
        self.demoBox.setObjectName(u"demoBox")
        self.demoLayout = QVBoxLayout(self.demoBox)
        self.demoLayout.setObjectName(u"demoLayout")
        self.demoHint = QLabel(self.demoBox)
        self.demoHint.setObjectName(u"demoHint")
        self.demoHint.setWordWrap(True)

        self.demoLayout.addWidget(self.demoHint)

        self.demoTable = QTableWidget(self.demoBox)
        if (self.demoTable.columnCount() < 3):
            self.demoTable.setColumnCount(3)
        __qtablewidgetitem = QTableWidgetItem()
        self.demoTable.setHorizontalHeaderItem(0, __qtablewidgetitem)
        __qtablewidgetitem1 = QTableWidgetItem()
        self.demoTable.setHorizontalHeaderItem(1, __qtablewidgetitem1)
        __qtablewidgetitem2 = QTableWidgetItem()
        self.demoTable.setHorizontalHeaderItem(2, __qtablewidgetitem2)
        self.demoTable.setObjectName(u"demoTable")
        self.demoTable.setEditTriggers(QAbstractItemView.NoEditTriggers)
        self.demoTable.setSelectionBehavior(QAbstractItemView.SelectRows)
        self.demoTable.setSelectionMode(QAbstractItemView.SingleSelection)
        self.demoTable.setVerticalScrollBarPolicy(Qt.ScrollBarAlwaysOff)
        self.demoTable.setHorizontalScrollBarPolicy(Qt.ScrollBarAlwaysOff)
        self.demoTable.horizontalHeader().setStretchLastSection(True)
        self.demoTable.verticalHeader().setVisible(False)

        self.demoLayout.addWidget(self.demoTable)


        self.verticalLayout.addWidget(self.demoBox)

        self.databaseLabel = QLabel(LoginDialog)
        self.databaseLabel.setObjectName(u"databaseLabel")
        self.databaseLabel.setWordWrap(True)

        self.verticalLayout.addWidget(self.databaseLabel)

        self.verticalSpacer = QSpacerItem(20, 0, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.verticalLayout.addItem(self.verticalSpacer)

        self.buttons = QHBoxLayout()
        self.buttons.setObjectName(u"buttons")
        self.buttonSpacer = QSpacerItem(40, 20, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.buttons.addItem(self.buttonSpacer)

        self.switchUserButton = QPushButton(LoginDialog)
        self.switchUserButton.setObjectName(u"switchUserButton")
        self.switchUserButton.setAutoDefault(False)

        self.buttons.addWidget(self.switchUserButton)

        self.quitButton = QPushButton(LoginDialog)
        self.quitButton.setObjectName(u"quitButton")
        self.quitButton.setAutoDefault(False)

        self.buttons.addWidget(self.quitButton)

        self.signInButton = QPushButton(LoginDialog)
        self.signInButton.setObjectName(u"signInButton")

        self.buttons.addWidget(self.signInButton)


        self.verticalLayout.addLayout(self.buttons)

#if QT_CONFIG(shortcut)
        self.usernameLabel.setBuddy(self.usernameEdit)
        self.passwordLabel.setBuddy(self.passwordEdit)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.usernameEdit, self.passwordEdit)
        QWidget.setTabOrder(self.passwordEdit, self.signInButton)
        QWidget.setTabOrder(self.signInButton, self.demoTable)
        QWidget.setTabOrder(self.demoTable, self.switchUserButton)
        QWidget.setTabOrder(self.switchUserButton, self.quitButton)

        self.retranslateUi(LoginDialog)

        self.signInButton.setDefault(True)

    # setupUi

    def retranslateUi(self, LoginDialog):
        LoginDialog.setWindowTitle(QCoreApplication.translate("LoginDialog", u"Sign in \u2014 JiarenBase", None))
        self.title.setText(QCoreApplication.translate("LoginDialog", u"JiarenBase", None))
        self.subtitle.setText(QCoreApplication.translate("LoginDialog", u"\u81ea\u5bb6\u4eba live-streaming training base. Sign in to continue.", None))
        self.usernameLabel.setText(QCoreApplication.translate("LoginDialog", u"User name", None))
        self.passwordLabel.setText(QCoreApplication.translate("LoginDialog", u"Password", None))
        self.errorLabel.setText("")
        self.demoBox.setTitle(QCoreApplication.translate("LoginDialog", u"Demo logins", None))
        self.demoHint.setText(QCoreApplication.translate("LoginDialog", u"This is a demo database. Click an account to fill in the fields.", None))
        ___qtablewidgetitem = self.demoTable.horizontalHeaderItem(0)
        ___qtablewidgetitem.setText(QCoreApplication.translate("LoginDialog", u"User name", None))
        ___qtablewidgetitem1 = self.demoTable.horizontalHeaderItem(1)
        ___qtablewidgetitem1.setText(QCoreApplication.translate("LoginDialog", u"Password", None))
        ___qtablewidgetitem2 = self.demoTable.horizontalHeaderItem(2)
        ___qtablewidgetitem2.setText(QCoreApplication.translate("LoginDialog", u"Role", None))
        self.databaseLabel.setText("")
        self.switchUserButton.setText(QCoreApplication.translate("LoginDialog", u"Switch user", None))
        self.quitButton.setText(QCoreApplication.translate("LoginDialog", u"Quit", None))
        self.signInButton.setText(QCoreApplication.translate("LoginDialog", u"Sign in", None))
    # retranslateUi

