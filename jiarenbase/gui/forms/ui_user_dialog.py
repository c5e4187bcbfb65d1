# GENERATED from forms/user_dialog.ui by packaging/build_forms.py (pyside6-uic) - do not edit.
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
from PySide6.QtWidgets import (QAbstractButton, QApplication, QCheckBox, QComboBox,
    QDialog, QDialogButtonBox, QFormLayout, QHBoxLayout,
    QLabel, QLineEdit, QPushButton, QSizePolicy,
    QSpacerItem, QVBoxLayout, QWidget)

from jiarenbase.gui.widgets.search_combo import SearchCombo

class Ui_UserDialog(object):
    def setupUi(self, UserDialog):
        if not UserDialog.objectName():
            UserDialog.setObjectName(u"UserDialog")
        UserDialog.resize(500, 320)
        UserDialog.setSizeGripEnabled(True)
        self.dialogLayout = QVBoxLayout(UserDialog)
        self.dialogLayout.setObjectName(u"dialogLayout")
        self.formError = QLabel(UserDialog)
        self.formError.setObjectName(u"formError")
        self.formError.setWordWrap(True)

        self.dialogLayout.addWidget(self.formError)

        self.form = QFormLayout()
        self.form.setObjectName(u"form")
        self.form.setLabelAlignment(Qt.AlignRight|Qt.AlignVCenter)
        self.form.setFieldGrowthPolicy(QFormLayout.AllNonFixedFieldsGrow)
        self.form.setVerticalSpacing(4)
        self.usernameLabel = QLabel(UserDialog)
        self.usernameLabel.setObjectName(u"usernameLabel")

        self.form.setWidget(0, QFormLayout.ItemRole.LabelRole, self.usernameLabel)

        self.username = QLineEdit(UserDialog)
        self.username.setObjectName(u"username")
        self.username.setMaxLength(40)
        self.username.setMinimumSize(QSize(260, 0))

        self.form.setWidget(0, QFormLayout.ItemRole.FieldRole, self.username)

        self.usernameError = QLabel(UserDialog)
        self.usernameError.setObjectName(u"usernameError")
        self.usernameError.setWordWrap(True)

        self.form.setWidget(1, QFormLayout.ItemRole.FieldRole, self.usernameError)

        self.displayNameLabel = QLabel(UserDialog)
        self.displayNameLabel.setObjectName(u"displayNameLabel")

        self.form.setWidget(2, QFormLayout.ItemRole.LabelRole, self.displayNameLabel)

        self.displayName = QLineEdit(UserDialog)
        self.displayName.setObjectName(u"displayName")
        self.displayName.setMaxLength(60)
        self.displayName.setMinimumSize(QSize(260, 0))

        self.form.setWidget(2, QFormLayout.ItemRole.FieldRole, self.displayName)

        self.displayNameError = QLabel(UserDialog)
        self.displayNameError.setObjectName(u"displayNameError")
        self.displayNameError.setWordWrap(True)

        self.form.setWidget(3, QFormLayout.ItemRole.FieldRole, self.displayNameError)

        self.roleLabel = QLabel(UserDialog)
        self.roleLabel.setObjectName(u"roleLabel")

        self.form.setWidget(4, QFormLayout.ItemRole.LabelRole, self.roleLabel)

        self.role = QComboBox(UserDialog)
        self.role.setObjectName(u"role")
        self.role.setMinimumSize(QSize(260, 0))

        self.form.setWidget(4, QFormLayout.ItemRole.FieldRole, self.role)

        self.roleError = QLabel(UserDialog)
        self.roleError.setObjectName(u"roleError")
        self.roleError.setWordWrap(True)

        self.form.setWidget(5, QFormLayout.ItemRole.FieldRole, self.roleError)

        self.mentorLabel = QLabel(UserDialog)
        self.mentorLabel.setObjectName(u"mentorLabel")

        self.form.setWidget(6, QFormLayout.ItemRole.LabelRole, self.mentorLabel)

        self.mentor = SearchCombo(UserDialog)
        self.mentor.setObjectName(u"mentor")
        self.mentor.setMinimumSize(QSize(260, 0))

        self.form.setWidget(6, QFormLayout.ItemRole.FieldRole, self.mentor)

        self.mentorError = QLabel(UserDialog)
        self.mentorError.setObjectName(u"mentorError")
        self.mentorError.setWordWrap(True)

        self.form.setWidget(7, QFormLayout.ItemRole.FieldRole, self.mentorError)

        self.passwordLabel = QLabel(UserDialog)
        self.passwordLabel.setObjectName(u"passwordLabel")

        self.form.setWidget(8, QFormLayout.ItemRole.LabelRole, self.passwordLabel)

        self.password = QLineEdit(UserDialog)
        self.password.setObjectName(u"password")
        self.password.setEchoMode(QLineEdit.Password)
        self.password.setMaxLength(128)
        self.password.setMinimumSize(QSize(260, 0))

        self.form.setWidget(8, QFormLayout.ItemRole.FieldRole, self.password)

        self.passwordError = QLabel(UserDialog)
        self.passwordError.setObjectName(u"passwordError")
        self.passwordError.setWordWrap(True)

        self.form.setWidget(9, QFormLayout.ItemRole.FieldRole, self.passwordError)

        self.confirmLabel = QLabel(UserDialog)
        self.confirmLabel.setObjectName(u"confirmLabel")

        self.form.setWidget(10, QFormLayout.ItemRole.LabelRole, self.confirmLabel)

        self.confirm = QLineEdit(UserDialog)
        self.confirm.setObjectName(u"confirm")
        self.confirm.setEchoMode(QLineEdit.Password)
        self.confirm.setMaxLength(128)
        self.confirm.setMinimumSize(QSize(260, 0))

        self.form.setWidget(10, QFormLayout.ItemRole.FieldRole, self.confirm)

        self.confirmError = QLabel(UserDialog)
        self.confirmError.setObjectName(u"confirmError")
        self.confirmError.setWordWrap(True)

        self.form.setWidget(11, QFormLayout.ItemRole.FieldRole, self.confirmError)

        self.active = QCheckBox(UserDialog)
        self.active.setObjectName(u"active")

        self.form.setWidget(12, QFormLayout.ItemRole.FieldRole, self.active)

        self.activeError = QLabel(UserDialog)
        self.activeError.setObjectName(u"activeError")
        self.activeError.setWordWrap(True)

        self.form.setWidget(13, QFormLayout.ItemRole.FieldRole, self.activeError)

        self.lockRow = QHBoxLayout()
        self.lockRow.setObjectName(u"lockRow")
        self.lockState = QLabel(UserDialog)
        self.lockState.setObjectName(u"lockState")
        self.lockState.setWordWrap(True)

        self.lockRow.addWidget(self.lockState)

        self.unlock = QPushButton(UserDialog)
        self.unlock.setObjectName(u"unlock")

        self.lockRow.addWidget(self.unlock)


        self.form.setLayout(14, QFormLayout.ItemRole.FieldRole, self.lockRow)


        self.dialogLayout.addLayout(self.form)

        self.bottomSpacer = QSpacerItem(20, 0, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.dialogLayout.addItem(self.bottomSpacer)

        self.buttons = QDialogButtonBox(UserDialog)
        self.buttons.setObjectName(u"buttons")
        self.buttons.setStandardButtons(QDialogButtonBox.Cancel|QDialogButtonBox.Save)

        self.dialogLayout.addWidget(self.buttons)

#if QT_CONFIG(shortcut)
        self.usernameLabel.setBuddy(self.username)
        self.displayNameLabel.setBuddy(self.displayName)
        self.roleLabel.setBuddy(self.role)
        self.mentorLabel.setBuddy(self.mentor)
        self.passwordLabel.setBuddy(self.password)
        self.confirmLabel.setBuddy(self.confirm)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.username, self.displayName)
        QWidget.setTabOrder(self.displayName, self.role)
        QWidget.setTabOrder(self.role, self.mentor)
        QWidget.setTabOrder(self.mentor, self.password)
        QWidget.setTabOrder(self.password, self.confirm)
        QWidget.setTabOrder(self.confirm, self.active)
        QWidget.setTabOrder(self.active, self.buttons)

        self.retranslateUi(UserDialog)
    # setupUi

    def retranslateUi(self, UserDialog):
        UserDialog.setWindowTitle(QCoreApplication.translate("UserDialog", u"User", None))
        self.formError.setText("")
        self.usernameLabel.setText(QCoreApplication.translate("UserDialog", u"User name", None))
        self.usernameError.setText("")
        self.displayNameLabel.setText(QCoreApplication.translate("UserDialog", u"Display name", None))
        self.displayNameError.setText("")
        self.roleLabel.setText(QCoreApplication.translate("UserDialog", u"Role", None))
        self.roleError.setText("")
        self.mentorLabel.setText(QCoreApplication.translate("UserDialog", u"Linked mentor", None))
        self.mentorError.setText("")
        self.passwordLabel.setText(QCoreApplication.translate("UserDialog", u"Password", None))
        self.passwordError.setText("")
        self.confirmLabel.setText(QCoreApplication.translate("UserDialog", u"Confirm password", None))
        self.confirmError.setText("")
        self.active.setText(QCoreApplication.translate("UserDialog", u"Active (may sign in)", None))
        self.activeError.setText("")
        self.lockState.setText("")
        self.unlock.setText(QCoreApplication.translate("UserDialog", u"Unlock", None))
    # retranslateUi

