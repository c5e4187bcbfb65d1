# GENERATED from forms/mentor_dialog.ui by packaging/build_forms.py (pyside6-uic) - do not edit.
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
    QPlainTextEdit, QSizePolicy, QSpacerItem, QSpinBox,
    QVBoxLayout, QWidget)

from jiarenbase.gui.widgets.search_combo import SearchCombo

class Ui_MentorDialog(object):
    def setupUi(self, MentorDialog):
        if not MentorDialog.objectName():
            MentorDialog.setObjectName(u"MentorDialog")
        MentorDialog.resize(480, 420)
        MentorDialog.setSizeGripEnabled(True)
        self.dialogLayout = QVBoxLayout(MentorDialog)
        self.dialogLayout.setObjectName(u"dialogLayout")
        self.formError = QLabel(MentorDialog)
        self.formError.setObjectName(u"formError")
        self.formError.setWordWrap(True)

        self.dialogLayout.addWidget(self.formError)

        self.form = QFormLayout()
        self.form.setObjectName(u"form")
        self.form.setLabelAlignment(Qt.AlignRight|Qt.AlignVCenter)
        self.form.setFieldGrowthPolicy(QFormLayout.AllNonFixedFieldsGrow)
        self.form.setVerticalSpacing(4)
        self.nameLabel = QLabel(MentorDialog)
        self.nameLabel.setObjectName(u"nameLabel")

        self.form.setWidget(0, QFormLayout.ItemRole.LabelRole, self.nameLabel)

        self.name = QLineEdit(MentorDialog)
        self.name.setObjectName(u"name")
        self.name.setMaxLength(60)
        self.name.setMinimumSize(QSize(260, 0))

        self.form.setWidget(0, QFormLayout.ItemRole.FieldRole, self.name)

        self.nameError = QLabel(MentorDialog)
        self.nameError.setObjectName(u"nameError")
        self.nameError.setWordWrap(True)

        self.form.setWidget(1, QFormLayout.ItemRole.FieldRole, self.nameError)

        self.phoneLabel = QLabel(MentorDialog)
        self.phoneLabel.setObjectName(u"phoneLabel")

        self.form.setWidget(2, QFormLayout.ItemRole.LabelRole, self.phoneLabel)

        self.phone = QLineEdit(MentorDialog)
        self.phone.setObjectName(u"phone")
        self.phone.setMaxLength(20)
        self.phone.setMinimumSize(QSize(260, 0))

        self.form.setWidget(2, QFormLayout.ItemRole.FieldRole, self.phone)

        self.phoneError = QLabel(MentorDialog)
        self.phoneError.setObjectName(u"phoneError")
        self.phoneError.setWordWrap(True)

        self.form.setWidget(3, QFormLayout.ItemRole.FieldRole, self.phoneError)

        self.specialtiesLabel = QLabel(MentorDialog)
        self.specialtiesLabel.setObjectName(u"specialtiesLabel")

        self.form.setWidget(4, QFormLayout.ItemRole.LabelRole, self.specialtiesLabel)

        self.specialties = QLineEdit(MentorDialog)
        self.specialties.setObjectName(u"specialties")
        self.specialties.setMaxLength(200)
        self.specialties.setMinimumSize(QSize(260, 0))

        self.form.setWidget(4, QFormLayout.ItemRole.FieldRole, self.specialties)

        self.specialtiesError = QLabel(MentorDialog)
        self.specialtiesError.setObjectName(u"specialtiesError")
        self.specialtiesError.setWordWrap(True)

        self.form.setWidget(5, QFormLayout.ItemRole.FieldRole, self.specialtiesError)

        self.enterpriseLabel = QLabel(MentorDialog)
        self.enterpriseLabel.setObjectName(u"enterpriseLabel")

        self.form.setWidget(6, QFormLayout.ItemRole.LabelRole, self.enterpriseLabel)

        self.enterprise = SearchCombo(MentorDialog)
        self.enterprise.setObjectName(u"enterprise")
        self.enterprise.setMinimumSize(QSize(260, 0))

        self.form.setWidget(6, QFormLayout.ItemRole.FieldRole, self.enterprise)

        self.enterpriseError = QLabel(MentorDialog)
        self.enterpriseError.setObjectName(u"enterpriseError")
        self.enterpriseError.setWordWrap(True)

        self.form.setWidget(7, QFormLayout.ItemRole.FieldRole, self.enterpriseError)

        self.weeklyCapacityLabel = QLabel(MentorDialog)
        self.weeklyCapacityLabel.setObjectName(u"weeklyCapacityLabel")

        self.form.setWidget(8, QFormLayout.ItemRole.LabelRole, self.weeklyCapacityLabel)

        self.weeklyCapacity = QSpinBox(MentorDialog)
        self.weeklyCapacity.setObjectName(u"weeklyCapacity")
        self.weeklyCapacity.setMaximum(100)

        self.form.setWidget(8, QFormLayout.ItemRole.FieldRole, self.weeklyCapacity)

        self.weeklyCapacityError = QLabel(MentorDialog)
        self.weeklyCapacityError.setObjectName(u"weeklyCapacityError")
        self.weeklyCapacityError.setWordWrap(True)

        self.form.setWidget(9, QFormLayout.ItemRole.FieldRole, self.weeklyCapacityError)

        self.seniorStreamer = QCheckBox(MentorDialog)
        self.seniorStreamer.setObjectName(u"seniorStreamer")

        self.form.setWidget(10, QFormLayout.ItemRole.FieldRole, self.seniorStreamer)

        self.active = QCheckBox(MentorDialog)
        self.active.setObjectName(u"active")

        self.form.setWidget(11, QFormLayout.ItemRole.FieldRole, self.active)

        self.noteLabel = QLabel(MentorDialog)
        self.noteLabel.setObjectName(u"noteLabel")

        self.form.setWidget(12, QFormLayout.ItemRole.LabelRole, self.noteLabel)

        self.note = QPlainTextEdit(MentorDialog)
        self.note.setObjectName(u"note")
        self.note.setMaximumSize(QSize(16777215, 110))
        self.note.setTabChangesFocus(True)
        self.note.setMinimumSize(QSize(260, 64))

        self.form.setWidget(12, QFormLayout.ItemRole.FieldRole, self.note)

        self.noteError = QLabel(MentorDialog)
        self.noteError.setObjectName(u"noteError")
        self.noteError.setWordWrap(True)

        self.form.setWidget(13, QFormLayout.ItemRole.FieldRole, self.noteError)


        self.dialogLayout.addLayout(self.form)

        self.bottomSpacer = QSpacerItem(20, 0, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.dialogLayout.addItem(self.bottomSpacer)

        self.buttons = QDialogButtonBox(MentorDialog)
        self.buttons.setObjectName(u"buttons")
        self.buttons.setStandardButtons(QDialogButtonBox.Cancel|QDialogButtonBox.Save)

        self.dialogLayout.addWidget(self.buttons)

#if QT_CONFIG(shortcut)
        self.nameLabel.setBuddy(self.name)
        self.phoneLabel.setBuddy(self.phone)
        self.specialtiesLabel.setBuddy(self.specialties)
        self.enterpriseLabel.setBuddy(self.enterprise)
        self.weeklyCapacityLabel.setBuddy(self.weeklyCapacity)
        self.noteLabel.setBuddy(self.note)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.name, self.phone)
        QWidget.setTabOrder(self.phone, self.specialties)
        QWidget.setTabOrder(self.specialties, self.enterprise)
        QWidget.setTabOrder(self.enterprise, self.weeklyCapacity)
        QWidget.setTabOrder(self.weeklyCapacity, self.seniorStreamer)
        QWidget.setTabOrder(self.seniorStreamer, self.active)
        QWidget.setTabOrder(self.active, self.note)
        QWidget.setTabOrder(self.note, self.buttons)

        self.retranslateUi(MentorDialog)
    # setupUi

    def retranslateUi(self, MentorDialog):
        MentorDialog.setWindowTitle(QCoreApplication.translate("MentorDialog", u"Mentor", None))
        self.formError.setText("")
        self.nameLabel.setText(QCoreApplication.translate("MentorDialog", u"Mentor name", None))
        self.nameError.setText("")
        self.phoneLabel.setText(QCoreApplication.translate("MentorDialog", u"Mobile phone", None))
        self.phone.setPlaceholderText(QCoreApplication.translate("MentorDialog", u"11 digits, e.g. 13800001111", None))
        self.phoneError.setText("")
        self.specialtiesLabel.setText(QCoreApplication.translate("MentorDialog", u"Specialties", None))
        self.specialtiesError.setText("")
        self.enterpriseLabel.setText(QCoreApplication.translate("MentorDialog", u"Enterprise", None))
        self.enterpriseError.setText("")
        self.weeklyCapacityLabel.setText(QCoreApplication.translate("MentorDialog", u"Weekly capacity", None))
#if QT_CONFIG(tooltip)
        self.weeklyCapacity.setToolTip(QCoreApplication.translate("MentorDialog", u"Sessions a week at most", None))
#endif // QT_CONFIG(tooltip)
        self.weeklyCapacityError.setText("")
        self.seniorStreamer.setText(QCoreApplication.translate("MentorDialog", u"Senior streamer mentor", None))
        self.active.setText(QCoreApplication.translate("MentorDialog", u"Active (can be assigned students)", None))
        self.noteLabel.setText(QCoreApplication.translate("MentorDialog", u"Note", None))
        self.noteError.setText("")
    # retranslateUi

