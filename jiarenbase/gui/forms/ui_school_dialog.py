# GENERATED from forms/school_dialog.ui by packaging/build_forms.py (pyside6-uic) - do not edit.
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
from PySide6.QtWidgets import (QAbstractButton, QApplication, QCheckBox, QDialog,
    QDialogButtonBox, QFormLayout, QLabel, QLineEdit,
    QPlainTextEdit, QSizePolicy, QSpacerItem, QVBoxLayout,
    QWidget)

class Ui_SchoolDialog(object):
    def setupUi(self, SchoolDialog):
        if not SchoolDialog.objectName():
            SchoolDialog.setObjectName(u"SchoolDialog")
        SchoolDialog.resize(480, 380)
        SchoolDialog.setSizeGripEnabled(True)
        self.dialogLayout = QVBoxLayout(SchoolDialog)
        self.dialogLayout.setObjectName(u"dialogLayout")
        self.formError = QLabel(SchoolDialog)
        self.formError.setObjectName(u"formError")
        self.formError.setWordWrap(True)

        self.dialogLayout.addWidget(self.formError)

        self.form = QFormLayout()
        self.form.setObjectName(u"form")
        self.form.setLabelAlignment(Qt.AlignRight|Qt.AlignVCenter)
        self.form.setFieldGrowthPolicy(QFormLayout.AllNonFixedFieldsGrow)
        self.form.setVerticalSpacing(4)
        self.nameLabel = QLabel(SchoolDialog)
        self.nameLabel.setObjectName(u"nameLabel")

        self.form.setWidget(0, QFormLayout.ItemRole.LabelRole, self.nameLabel)

        self.name = QLineEdit(SchoolDialog)
        self.name.setObjectName(u"name")
        self.name.setMaxLength(100)
        self.name.setMinimumSize(QSize(260, 0))

        self.form.setWidget(0, QFormLayout.ItemRole.FieldRole, self.name)

        self.nameError = QLabel(SchoolDialog)
        self.nameError.setObjectName(u"nameError")
        self.nameError.setWordWrap(True)

        self.form.setWidget(1, QFormLayout.ItemRole.FieldRole, self.nameError)

        self.shortNameLabel = QLabel(SchoolDialog)
        self.shortNameLabel.setObjectName(u"shortNameLabel")

        self.form.setWidget(2, QFormLayout.ItemRole.LabelRole, self.shortNameLabel)

        self.shortName = QLineEdit(SchoolDialog)
        self.shortName.setObjectName(u"shortName")
        self.shortName.setMaxLength(40)
        self.shortName.setMinimumSize(QSize(260, 0))

        self.form.setWidget(2, QFormLayout.ItemRole.FieldRole, self.shortName)

        self.shortNameError = QLabel(SchoolDialog)
        self.shortNameError.setObjectName(u"shortNameError")
        self.shortNameError.setWordWrap(True)

        self.form.setWidget(3, QFormLayout.ItemRole.FieldRole, self.shortNameError)

        self.contactPersonLabel = QLabel(SchoolDialog)
        self.contactPersonLabel.setObjectName(u"contactPersonLabel")

        self.form.setWidget(4, QFormLayout.ItemRole.LabelRole, self.contactPersonLabel)

        self.contactPerson = QLineEdit(SchoolDialog)
        self.contactPerson.setObjectName(u"contactPerson")
        self.contactPerson.setMaxLength(40)
        self.contactPerson.setMinimumSize(QSize(260, 0))

        self.form.setWidget(4, QFormLayout.ItemRole.FieldRole, self.contactPerson)

        self.contactPersonError = QLabel(SchoolDialog)
        self.contactPersonError.setObjectName(u"contactPersonError")
        self.contactPersonError.setWordWrap(True)

        self.form.setWidget(5, QFormLayout.ItemRole.FieldRole, self.contactPersonError)

        self.contactPhoneLabel = QLabel(SchoolDialog)
        self.contactPhoneLabel.setObjectName(u"contactPhoneLabel")

        self.form.setWidget(6, QFormLayout.ItemRole.LabelRole, self.contactPhoneLabel)

        self.contactPhone = QLineEdit(SchoolDialog)
        self.contactPhone.setObjectName(u"contactPhone")
        self.contactPhone.setMaxLength(40)
        self.contactPhone.setMinimumSize(QSize(260, 0))

        self.form.setWidget(6, QFormLayout.ItemRole.FieldRole, self.contactPhone)

        self.contactPhoneError = QLabel(SchoolDialog)
        self.contactPhoneError.setObjectName(u"contactPhoneError")
        self.contactPhoneError.setWordWrap(True)

        self.form.setWidget(7, QFormLayout.ItemRole.FieldRole, self.contactPhoneError)

        self.addressLabel = QLabel(SchoolDialog)
        self.addressLabel.setObjectName(u"addressLabel")

        self.form.setWidget(8, QFormLayout.ItemRole.LabelRole, self.addressLabel)

        self.address = QLineEdit(SchoolDialog)
        self.address.setObjectName(u"address")
        self.address.setMaxLength(200)
        self.address.setMinimumSize(QSize(260, 0))

        self.form.setWidget(8, QFormLayout.ItemRole.FieldRole, self.address)

        self.addressError = QLabel(SchoolDialog)
        self.addressError.setObjectName(u"addressError")
        self.addressError.setWordWrap(True)

        self.form.setWidget(9, QFormLayout.ItemRole.FieldRole, self.addressError)

        self.inShanghai = QCheckBox(SchoolDialog)
        self.inShanghai.setObjectName(u"inShanghai")

        self.form.setWidget(10, QFormLayout.ItemRole.FieldRole, self.inShanghai)

        self.noteLabel = QLabel(SchoolDialog)
        self.noteLabel.setObjectName(u"noteLabel")

        self.form.setWidget(11, QFormLayout.ItemRole.LabelRole, self.noteLabel)

        self.note = QPlainTextEdit(SchoolDialog)
        self.note.setObjectName(u"note")
        self.note.setMaximumSize(QSize(16777215, 110))
        self.note.setTabChangesFocus(True)
        self.note.setMinimumSize(QSize(260, 64))

        self.form.setWidget(11, QFormLayout.ItemRole.FieldRole, self.note)

        self.noteError = QLabel(SchoolDialog)
        self.noteError.setObjectName(u"noteError")
        self.noteError.setWordWrap(True)

        self.form.setWidget(12, QFormLayout.ItemRole.FieldRole, self.noteError)


        self.dialogLayout.addLayout(self.form)

        self.bottomSpacer = QSpacerItem(20, 0, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.dialogLayout.addItem(self.bottomSpacer)

        self.buttons = QDialogButtonBox(SchoolDialog)
        self.buttons.setObjectName(u"buttons")
        self.buttons.setStandardButtons(QDialogButtonBox.Cancel|QDialogButtonBox.Save)

        self.dialogLayout.addWidget(self.buttons)

#if QT_CONFIG(shortcut)
        self.nameLabel.setBuddy(self.name)
        self.shortNameLabel.setBuddy(self.shortName)
        self.contactPersonLabel.setBuddy(self.contactPerson)
        self.contactPhoneLabel.setBuddy(self.contactPhone)
        self.addressLabel.setBuddy(self.address)
        self.noteLabel.setBuddy(self.note)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.name, self.shortName)
        QWidget.setTabOrder(self.shortName, self.contactPerson)
        QWidget.setTabOrder(self.contactPerson, self.contactPhone)
        QWidget.setTabOrder(self.contactPhone, self.address)
        QWidget.setTabOrder(self.address, self.inShanghai)
        QWidget.setTabOrder(self.inShanghai, self.note)
        QWidget.setTabOrder(self.note, self.buttons)

        self.retranslateUi(SchoolDialog)
    # setupUi

    def retranslateUi(self, SchoolDialog):
        SchoolDialog.setWindowTitle(QCoreApplication.translate("SchoolDialog", u"Partner school", None))
        self.formError.setText("")
        self.nameLabel.setText(QCoreApplication.translate("SchoolDialog", u"School name", None))
        self.nameError.setText("")
        self.shortNameLabel.setText(QCoreApplication.translate("SchoolDialog", u"Short name", None))
        self.shortNameError.setText("")
        self.contactPersonLabel.setText(QCoreApplication.translate("SchoolDialog", u"Contact person", None))
        self.contactPersonError.setText("")
        self.contactPhoneLabel.setText(QCoreApplication.translate("SchoolDialog", u"Contact phone", None))
        self.contactPhoneError.setText("")
        self.addressLabel.setText(QCoreApplication.translate("SchoolDialog", u"Address", None))
        self.addressError.setText("")
        self.inShanghai.setText(QCoreApplication.translate("SchoolDialog", u"The school is in Shanghai", None))
        self.noteLabel.setText(QCoreApplication.translate("SchoolDialog", u"Note", None))
        self.noteError.setText("")
    # retranslateUi

