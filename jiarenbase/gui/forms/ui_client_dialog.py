# GENERATED from forms/client_dialog.ui by packaging/build_forms.py (pyside6-uic) - do not edit.
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
from PySide6.QtWidgets import (QAbstractButton, QApplication, QCheckBox, QDateEdit,
    QDialog, QDialogButtonBox, QFormLayout, QHBoxLayout,
    QLabel, QLineEdit, QPlainTextEdit, QSizePolicy,
    QSpacerItem, QVBoxLayout, QWidget)

class Ui_ClientDialog(object):
    def setupUi(self, ClientDialog):
        if not ClientDialog.objectName():
            ClientDialog.setObjectName(u"ClientDialog")
        ClientDialog.resize(480, 340)
        ClientDialog.setSizeGripEnabled(True)
        self.dialogLayout = QVBoxLayout(ClientDialog)
        self.dialogLayout.setObjectName(u"dialogLayout")
        self.formError = QLabel(ClientDialog)
        self.formError.setObjectName(u"formError")
        self.formError.setWordWrap(True)

        self.dialogLayout.addWidget(self.formError)

        self.form = QFormLayout()
        self.form.setObjectName(u"form")
        self.form.setLabelAlignment(Qt.AlignRight|Qt.AlignVCenter)
        self.form.setFieldGrowthPolicy(QFormLayout.AllNonFixedFieldsGrow)
        self.form.setVerticalSpacing(4)
        self.nameLabel = QLabel(ClientDialog)
        self.nameLabel.setObjectName(u"nameLabel")

        self.form.setWidget(0, QFormLayout.ItemRole.LabelRole, self.nameLabel)

        self.name = QLineEdit(ClientDialog)
        self.name.setObjectName(u"name")
        self.name.setMaxLength(100)
        self.name.setMinimumSize(QSize(260, 0))

        self.form.setWidget(0, QFormLayout.ItemRole.FieldRole, self.name)

        self.nameError = QLabel(ClientDialog)
        self.nameError.setObjectName(u"nameError")
        self.nameError.setWordWrap(True)

        self.form.setWidget(1, QFormLayout.ItemRole.FieldRole, self.nameError)

        self.industryLabel = QLabel(ClientDialog)
        self.industryLabel.setObjectName(u"industryLabel")

        self.form.setWidget(2, QFormLayout.ItemRole.LabelRole, self.industryLabel)

        self.industry = QLineEdit(ClientDialog)
        self.industry.setObjectName(u"industry")
        self.industry.setMaxLength(60)
        self.industry.setMinimumSize(QSize(260, 0))

        self.form.setWidget(2, QFormLayout.ItemRole.FieldRole, self.industry)

        self.industryError = QLabel(ClientDialog)
        self.industryError.setObjectName(u"industryError")
        self.industryError.setWordWrap(True)

        self.form.setWidget(3, QFormLayout.ItemRole.FieldRole, self.industryError)

        self.contactPersonLabel = QLabel(ClientDialog)
        self.contactPersonLabel.setObjectName(u"contactPersonLabel")

        self.form.setWidget(4, QFormLayout.ItemRole.LabelRole, self.contactPersonLabel)

        self.contactPerson = QLineEdit(ClientDialog)
        self.contactPerson.setObjectName(u"contactPerson")
        self.contactPerson.setMaxLength(40)
        self.contactPerson.setMinimumSize(QSize(260, 0))

        self.form.setWidget(4, QFormLayout.ItemRole.FieldRole, self.contactPerson)

        self.contactPersonError = QLabel(ClientDialog)
        self.contactPersonError.setObjectName(u"contactPersonError")
        self.contactPersonError.setWordWrap(True)

        self.form.setWidget(5, QFormLayout.ItemRole.FieldRole, self.contactPersonError)

        self.contactPhoneLabel = QLabel(ClientDialog)
        self.contactPhoneLabel.setObjectName(u"contactPhoneLabel")

        self.form.setWidget(6, QFormLayout.ItemRole.LabelRole, self.contactPhoneLabel)

        self.contactPhone = QLineEdit(ClientDialog)
        self.contactPhone.setObjectName(u"contactPhone")
        self.contactPhone.setMaxLength(40)
        self.contactPhone.setMinimumSize(QSize(260, 0))

        self.form.setWidget(6, QFormLayout.ItemRole.FieldRole, self.contactPhone)

        self.contactPhoneError = QLabel(ClientDialog)
        self.contactPhoneError.setObjectName(u"contactPhoneError")
        self.contactPhoneError.setWordWrap(True)

        self.form.setWidget(7, QFormLayout.ItemRole.FieldRole, self.contactPhoneError)

        self.sinceLabel = QLabel(ClientDialog)
        self.sinceLabel.setObjectName(u"sinceLabel")

        self.form.setWidget(8, QFormLayout.ItemRole.LabelRole, self.sinceLabel)

        self.sinceRow = QHBoxLayout()
        self.sinceRow.setObjectName(u"sinceRow")
        self.hasSince = QCheckBox(ClientDialog)
        self.hasSince.setObjectName(u"hasSince")

        self.sinceRow.addWidget(self.hasSince)

        self.since = QDateEdit(ClientDialog)
        self.since.setObjectName(u"since")
        self.since.setEnabled(False)
        self.since.setCalendarPopup(True)
        sizePolicy = QSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        sizePolicy.setHorizontalStretch(1)
        sizePolicy.setVerticalStretch(0)
        sizePolicy.setHeightForWidth(self.since.sizePolicy().hasHeightForWidth())
        self.since.setSizePolicy(sizePolicy)

        self.sinceRow.addWidget(self.since)


        self.form.setLayout(8, QFormLayout.ItemRole.FieldRole, self.sinceRow)

        self.sinceError = QLabel(ClientDialog)
        self.sinceError.setObjectName(u"sinceError")
        self.sinceError.setWordWrap(True)

        self.form.setWidget(9, QFormLayout.ItemRole.FieldRole, self.sinceError)

        self.noteLabel = QLabel(ClientDialog)
        self.noteLabel.setObjectName(u"noteLabel")

        self.form.setWidget(10, QFormLayout.ItemRole.LabelRole, self.noteLabel)

        self.note = QPlainTextEdit(ClientDialog)
        self.note.setObjectName(u"note")
        self.note.setMaximumSize(QSize(16777215, 110))
        self.note.setTabChangesFocus(True)
        self.note.setMinimumSize(QSize(260, 64))

        self.form.setWidget(10, QFormLayout.ItemRole.FieldRole, self.note)

        self.noteError = QLabel(ClientDialog)
        self.noteError.setObjectName(u"noteError")
        self.noteError.setWordWrap(True)

        self.form.setWidget(11, QFormLayout.ItemRole.FieldRole, self.noteError)


        self.dialogLayout.addLayout(self.form)

        self.bottomSpacer = QSpacerItem(20, 0, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.dialogLayout.addItem(self.bottomSpacer)

        self.buttons = QDialogButtonBox(ClientDialog)
        self.buttons.setObjectName(u"buttons")
        self.buttons.setStandardButtons(QDialogButtonBox.Cancel|QDialogButtonBox.Save)

        self.dialogLayout.addWidget(self.buttons)

#if QT_CONFIG(shortcut)
        self.nameLabel.setBuddy(self.name)
        self.industryLabel.setBuddy(self.industry)
        self.contactPersonLabel.setBuddy(self.contactPerson)
        self.contactPhoneLabel.setBuddy(self.contactPhone)
        self.sinceLabel.setBuddy(self.since)
        self.noteLabel.setBuddy(self.note)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.name, self.industry)
        QWidget.setTabOrder(self.industry, self.contactPerson)
        QWidget.setTabOrder(self.contactPerson, self.contactPhone)
        QWidget.setTabOrder(self.contactPhone, self.hasSince)
        QWidget.setTabOrder(self.hasSince, self.since)
        QWidget.setTabOrder(self.since, self.note)
        QWidget.setTabOrder(self.note, self.buttons)

        self.retranslateUi(ClientDialog)
    # setupUi

    def retranslateUi(self, ClientDialog):
        ClientDialog.setWindowTitle(QCoreApplication.translate("ClientDialog", u"Enterprise client", None))
        self.formError.setText("")
        self.nameLabel.setText(QCoreApplication.translate("ClientDialog", u"Enterprise name", None))
        self.nameError.setText("")
        self.industryLabel.setText(QCoreApplication.translate("ClientDialog", u"Industry", None))
        self.industryError.setText("")
        self.contactPersonLabel.setText(QCoreApplication.translate("ClientDialog", u"Contact person", None))
        self.contactPersonError.setText("")
        self.contactPhoneLabel.setText(QCoreApplication.translate("ClientDialog", u"Contact phone", None))
        self.contactPhoneError.setText("")
        self.sinceLabel.setText(QCoreApplication.translate("ClientDialog", u"Client since", None))
        self.hasSince.setText(QCoreApplication.translate("ClientDialog", u"Known", None))
        self.since.setDisplayFormat(QCoreApplication.translate("ClientDialog", u"yyyy-MM-dd", None))
        self.sinceError.setText("")
        self.noteLabel.setText(QCoreApplication.translate("ClientDialog", u"Note", None))
        self.noteError.setText("")
    # retranslateUi

