# GENERATED from forms/base_profile_dialog.ui by packaging/build_forms.py (pyside6-uic) - do not edit.
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
from PySide6.QtWidgets import (QAbstractButton, QApplication, QDialog, QDialogButtonBox,
    QFormLayout, QFrame, QHBoxLayout, QLabel,
    QLineEdit, QPushButton, QSizePolicy, QSpacerItem,
    QVBoxLayout, QWidget)

class Ui_BaseProfileDialog(object):
    def setupUi(self, BaseProfileDialog):
        if not BaseProfileDialog.objectName():
            BaseProfileDialog.setObjectName(u"BaseProfileDialog")
        BaseProfileDialog.resize(600, 520)
        BaseProfileDialog.setSizeGripEnabled(True)
        self.dialogLayout = QVBoxLayout(BaseProfileDialog)
        self.dialogLayout.setObjectName(u"dialogLayout")
        self.intro = QLabel(BaseProfileDialog)
        self.intro.setObjectName(u"intro")
        self.intro.setWordWrap(True)

        self.dialogLayout.addWidget(self.intro)

        self.formError = QLabel(BaseProfileDialog)
        self.formError.setObjectName(u"formError")
        self.formError.setWordWrap(True)

        self.dialogLayout.addWidget(self.formError)

        self.form = QFormLayout()
        self.form.setObjectName(u"form")
        self.form.setLabelAlignment(Qt.AlignRight|Qt.AlignVCenter)
        self.form.setFieldGrowthPolicy(QFormLayout.AllNonFixedFieldsGrow)
        self.form.setVerticalSpacing(4)
        self.fullNameLabel = QLabel(BaseProfileDialog)
        self.fullNameLabel.setObjectName(u"fullNameLabel")

        self.form.setWidget(0, QFormLayout.ItemRole.LabelRole, self.fullNameLabel)

        self.fullName = QLineEdit(BaseProfileDialog)
        self.fullName.setObjectName(u"fullName")
        self.fullName.setMaxLength(120)
        self.fullName.setMinimumSize(QSize(360, 0))

        self.form.setWidget(0, QFormLayout.ItemRole.FieldRole, self.fullName)

        self.fullNameError = QLabel(BaseProfileDialog)
        self.fullNameError.setObjectName(u"fullNameError")
        self.fullNameError.setWordWrap(True)

        self.form.setWidget(1, QFormLayout.ItemRole.FieldRole, self.fullNameError)

        self.shortNameLabel = QLabel(BaseProfileDialog)
        self.shortNameLabel.setObjectName(u"shortNameLabel")

        self.form.setWidget(2, QFormLayout.ItemRole.LabelRole, self.shortNameLabel)

        self.shortName = QLineEdit(BaseProfileDialog)
        self.shortName.setObjectName(u"shortName")
        self.shortName.setMaxLength(60)

        self.form.setWidget(2, QFormLayout.ItemRole.FieldRole, self.shortName)

        self.shortNameError = QLabel(BaseProfileDialog)
        self.shortNameError.setObjectName(u"shortNameError")
        self.shortNameError.setWordWrap(True)

        self.form.setWidget(3, QFormLayout.ItemRole.FieldRole, self.shortNameError)

        self.operatorLabel = QLabel(BaseProfileDialog)
        self.operatorLabel.setObjectName(u"operatorLabel")

        self.form.setWidget(4, QFormLayout.ItemRole.LabelRole, self.operatorLabel)

        self.operatorName = QLineEdit(BaseProfileDialog)
        self.operatorName.setObjectName(u"operatorName")
        self.operatorName.setMaxLength(120)

        self.form.setWidget(4, QFormLayout.ItemRole.FieldRole, self.operatorName)

        self.operatorNameError = QLabel(BaseProfileDialog)
        self.operatorNameError.setObjectName(u"operatorNameError")
        self.operatorNameError.setWordWrap(True)

        self.form.setWidget(5, QFormLayout.ItemRole.FieldRole, self.operatorNameError)

        self.addressLabel = QLabel(BaseProfileDialog)
        self.addressLabel.setObjectName(u"addressLabel")

        self.form.setWidget(6, QFormLayout.ItemRole.LabelRole, self.addressLabel)

        self.address = QLineEdit(BaseProfileDialog)
        self.address.setObjectName(u"address")
        self.address.setMaxLength(200)

        self.form.setWidget(6, QFormLayout.ItemRole.FieldRole, self.address)

        self.addressError = QLabel(BaseProfileDialog)
        self.addressError.setObjectName(u"addressError")
        self.addressError.setWordWrap(True)

        self.form.setWidget(7, QFormLayout.ItemRole.FieldRole, self.addressError)

        self.phoneLabel = QLabel(BaseProfileDialog)
        self.phoneLabel.setObjectName(u"phoneLabel")

        self.form.setWidget(8, QFormLayout.ItemRole.LabelRole, self.phoneLabel)

        self.phone = QLineEdit(BaseProfileDialog)
        self.phone.setObjectName(u"phone")
        self.phone.setMaxLength(60)
        self.phone.setPlaceholderText(u"021-57290000")

        self.form.setWidget(8, QFormLayout.ItemRole.FieldRole, self.phone)

        self.phoneError = QLabel(BaseProfileDialog)
        self.phoneError.setObjectName(u"phoneError")
        self.phoneError.setWordWrap(True)

        self.form.setWidget(9, QFormLayout.ItemRole.FieldRole, self.phoneError)

        self.contactLabel = QLabel(BaseProfileDialog)
        self.contactLabel.setObjectName(u"contactLabel")

        self.form.setWidget(10, QFormLayout.ItemRole.LabelRole, self.contactLabel)

        self.contact = QLineEdit(BaseProfileDialog)
        self.contact.setObjectName(u"contact")
        self.contact.setMaxLength(60)

        self.form.setWidget(10, QFormLayout.ItemRole.FieldRole, self.contact)

        self.contactError = QLabel(BaseProfileDialog)
        self.contactError.setObjectName(u"contactError")
        self.contactError.setWordWrap(True)

        self.form.setWidget(11, QFormLayout.ItemRole.FieldRole, self.contactError)

        self.directorLabel = QLabel(BaseProfileDialog)
        self.directorLabel.setObjectName(u"directorLabel")

        self.form.setWidget(12, QFormLayout.ItemRole.LabelRole, self.directorLabel)

        self.director = QLineEdit(BaseProfileDialog)
        self.director.setObjectName(u"director")
        self.director.setMaxLength(60)

        self.form.setWidget(12, QFormLayout.ItemRole.FieldRole, self.director)

        self.directorError = QLabel(BaseProfileDialog)
        self.directorError.setObjectName(u"directorError")
        self.directorError.setWordWrap(True)

        self.form.setWidget(13, QFormLayout.ItemRole.FieldRole, self.directorError)

        self.logoLabel = QLabel(BaseProfileDialog)
        self.logoLabel.setObjectName(u"logoLabel")
        self.logoLabel.setAlignment(Qt.AlignRight|Qt.AlignTop)

        self.form.setWidget(14, QFormLayout.ItemRole.LabelRole, self.logoLabel)

        self.logoRow = QHBoxLayout()
        self.logoRow.setSpacing(12)
        self.logoRow.setObjectName(u"logoRow")
        self.logoPreview = QLabel(BaseProfileDialog)
        self.logoPreview.setObjectName(u"logoPreview")
        self.logoPreview.setMinimumSize(QSize(200, 100))
        self.logoPreview.setMaximumSize(QSize(200, 100))
        self.logoPreview.setFrameShape(QFrame.StyledPanel)
        self.logoPreview.setAlignment(Qt.AlignCenter)

        self.logoRow.addWidget(self.logoPreview)

        self.logoButtons = QVBoxLayout()
        self.logoButtons.setObjectName(u"logoButtons")
        self.chooseLogo = QPushButton(BaseProfileDialog)
        self.chooseLogo.setObjectName(u"chooseLogo")

        self.logoButtons.addWidget(self.chooseLogo)

        self.removeLogo = QPushButton(BaseProfileDialog)
        self.removeLogo.setObjectName(u"removeLogo")

        self.logoButtons.addWidget(self.removeLogo)

        self.logoHint = QLabel(BaseProfileDialog)
        self.logoHint.setObjectName(u"logoHint")
        self.logoHint.setWordWrap(True)

        self.logoButtons.addWidget(self.logoHint)

        self.logoSpacer = QSpacerItem(10, 0, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.logoButtons.addItem(self.logoSpacer)


        self.logoRow.addLayout(self.logoButtons)


        self.form.setLayout(14, QFormLayout.ItemRole.FieldRole, self.logoRow)

        self.logoError = QLabel(BaseProfileDialog)
        self.logoError.setObjectName(u"logoError")
        self.logoError.setWordWrap(True)

        self.form.setWidget(15, QFormLayout.ItemRole.FieldRole, self.logoError)


        self.dialogLayout.addLayout(self.form)

        self.spacer = QSpacerItem(20, 0, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.dialogLayout.addItem(self.spacer)

        self.buttons = QDialogButtonBox(BaseProfileDialog)
        self.buttons.setObjectName(u"buttons")
        self.buttons.setStandardButtons(QDialogButtonBox.Cancel|QDialogButtonBox.Save)

        self.dialogLayout.addWidget(self.buttons)

#if QT_CONFIG(shortcut)
        self.fullNameLabel.setBuddy(self.fullName)
        self.shortNameLabel.setBuddy(self.shortName)
        self.operatorLabel.setBuddy(self.operatorName)
        self.addressLabel.setBuddy(self.address)
        self.phoneLabel.setBuddy(self.phone)
        self.contactLabel.setBuddy(self.contact)
        self.directorLabel.setBuddy(self.director)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.fullName, self.shortName)
        QWidget.setTabOrder(self.shortName, self.operatorName)
        QWidget.setTabOrder(self.operatorName, self.address)
        QWidget.setTabOrder(self.address, self.phone)
        QWidget.setTabOrder(self.phone, self.contact)
        QWidget.setTabOrder(self.contact, self.director)
        QWidget.setTabOrder(self.director, self.chooseLogo)
        QWidget.setTabOrder(self.chooseLogo, self.removeLogo)

        self.retranslateUi(BaseProfileDialog)
    # setupUi

    def retranslateUi(self, BaseProfileDialog):
        BaseProfileDialog.setWindowTitle(QCoreApplication.translate("BaseProfileDialog", u"Base profile", None))
        self.intro.setText(QCoreApplication.translate("BaseProfileDialog", u"The issuing body as every certificate and report names it, and the window title. Shared by every desktop.", None))
        self.formError.setText("")
        self.fullNameLabel.setText(QCoreApplication.translate("BaseProfileDialog", u"Full name", None))
        self.fullNameError.setText("")
        self.shortNameLabel.setText(QCoreApplication.translate("BaseProfileDialog", u"Short name", None))
        self.shortNameError.setText("")
        self.operatorLabel.setText(QCoreApplication.translate("BaseProfileDialog", u"Operating company", None))
        self.operatorNameError.setText("")
        self.addressLabel.setText(QCoreApplication.translate("BaseProfileDialog", u"Address", None))
        self.addressError.setText("")
        self.phoneLabel.setText(QCoreApplication.translate("BaseProfileDialog", u"Phone", None))
        self.phoneError.setText("")
        self.contactLabel.setText(QCoreApplication.translate("BaseProfileDialog", u"Contact person", None))
        self.contactError.setText("")
        self.directorLabel.setText(QCoreApplication.translate("BaseProfileDialog", u"Director", None))
        self.directorError.setText("")
        self.logoLabel.setText(QCoreApplication.translate("BaseProfileDialog", u"Logo", None))
        self.logoPreview.setText("")
        self.chooseLogo.setText(QCoreApplication.translate("BaseProfileDialog", u"Choose file\u2026", None))
        self.removeLogo.setText(QCoreApplication.translate("BaseProfileDialog", u"Remove", None))
        self.logoHint.setText(QCoreApplication.translate("BaseProfileDialog", u"PNG or JPEG, at most 2 MB.", None))
        self.logoError.setText("")
    # retranslateUi

