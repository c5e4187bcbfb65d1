# GENERATED from forms/student_dialog.ui by packaging/build_forms.py (pyside6-uic) - do not edit.
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
    QDateEdit, QDialog, QDialogButtonBox, QFormLayout,
    QGroupBox, QHBoxLayout, QLabel, QLineEdit,
    QPlainTextEdit, QPushButton, QSizePolicy, QSpacerItem,
    QVBoxLayout, QWidget)

from jiarenbase.gui.widgets.search_combo import SearchCombo

class Ui_StudentDialog(object):
    def setupUi(self, StudentDialog):
        if not StudentDialog.objectName():
            StudentDialog.setObjectName(u"StudentDialog")
        StudentDialog.resize(940, 700)
        StudentDialog.setSizeGripEnabled(True)
        self.dialogLayout = QVBoxLayout(StudentDialog)
        self.dialogLayout.setObjectName(u"dialogLayout")
        self.formError = QLabel(StudentDialog)
        self.formError.setObjectName(u"formError")
        self.formError.setWordWrap(True)

        self.dialogLayout.addWidget(self.formError)

        self.columns = QHBoxLayout()
        self.columns.setSpacing(16)
        self.columns.setObjectName(u"columns")
        self.column1 = QVBoxLayout()
        self.column1.setObjectName(u"column1")
        self.identityGroup = QGroupBox(StudentDialog)
        self.identityGroup.setObjectName(u"identityGroup")
        self.identityGroupLayout = QVBoxLayout(self.identityGroup)
        self.identityGroupLayout.setObjectName(u"identityGroupLayout")
        self.identityForm = QFormLayout()
        self.identityForm.setObjectName(u"identityForm")
        self.identityForm.setLabelAlignment(Qt.AlignRight|Qt.AlignVCenter)
        self.identityForm.setFieldGrowthPolicy(QFormLayout.AllNonFixedFieldsGrow)
        self.identityForm.setVerticalSpacing(4)
        self.nameLabel = QLabel(self.identityGroup)
        self.nameLabel.setObjectName(u"nameLabel")

        self.identityForm.setWidget(0, QFormLayout.ItemRole.LabelRole, self.nameLabel)

        self.name = QLineEdit(self.identityGroup)
        self.name.setObjectName(u"name")
        self.name.setMaxLength(60)
        self.name.setMinimumSize(QSize(220, 0))

        self.identityForm.setWidget(0, QFormLayout.ItemRole.FieldRole, self.name)

        self.nameError = QLabel(self.identityGroup)
        self.nameError.setObjectName(u"nameError")
        self.nameError.setWordWrap(True)

        self.identityForm.setWidget(1, QFormLayout.ItemRole.FieldRole, self.nameError)

        self.idNumberLabel = QLabel(self.identityGroup)
        self.idNumberLabel.setObjectName(u"idNumberLabel")

        self.identityForm.setWidget(2, QFormLayout.ItemRole.LabelRole, self.idNumberLabel)

        self.idNumber = QLineEdit(self.identityGroup)
        self.idNumber.setObjectName(u"idNumber")
        self.idNumber.setMaxLength(24)
        self.idNumber.setMinimumSize(QSize(220, 0))

        self.identityForm.setWidget(2, QFormLayout.ItemRole.FieldRole, self.idNumber)

        self.idNumberError = QLabel(self.identityGroup)
        self.idNumberError.setObjectName(u"idNumberError")
        self.idNumberError.setWordWrap(True)

        self.identityForm.setWidget(3, QFormLayout.ItemRole.FieldRole, self.idNumberError)

        self.idNumberButtons = QHBoxLayout()
        self.idNumberButtons.setObjectName(u"idNumberButtons")
        self.revealButton = QPushButton(self.identityGroup)
        self.revealButton.setObjectName(u"revealButton")
        self.revealButton.setAutoDefault(False)

        self.idNumberButtons.addWidget(self.revealButton)

        self.changeIdButton = QPushButton(self.identityGroup)
        self.changeIdButton.setObjectName(u"changeIdButton")
        self.changeIdButton.setAutoDefault(False)

        self.idNumberButtons.addWidget(self.changeIdButton)

        self.idNumberButtonsSpacer = QSpacerItem(0, 20, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.idNumberButtons.addItem(self.idNumberButtonsSpacer)


        self.identityForm.setLayout(4, QFormLayout.ItemRole.FieldRole, self.idNumberButtons)

        self.birthDateLabel = QLabel(self.identityGroup)
        self.birthDateLabel.setObjectName(u"birthDateLabel")

        self.identityForm.setWidget(5, QFormLayout.ItemRole.LabelRole, self.birthDateLabel)

        self.birthDate = QLineEdit(self.identityGroup)
        self.birthDate.setObjectName(u"birthDate")
        self.birthDate.setReadOnly(True)
        self.birthDate.setFocusPolicy(Qt.NoFocus)
        self.birthDate.setMinimumSize(QSize(220, 0))

        self.identityForm.setWidget(5, QFormLayout.ItemRole.FieldRole, self.birthDate)

        self.sexLabel = QLabel(self.identityGroup)
        self.sexLabel.setObjectName(u"sexLabel")

        self.identityForm.setWidget(6, QFormLayout.ItemRole.LabelRole, self.sexLabel)

        self.sex = QLineEdit(self.identityGroup)
        self.sex.setObjectName(u"sex")
        self.sex.setReadOnly(True)
        self.sex.setFocusPolicy(Qt.NoFocus)
        self.sex.setMinimumSize(QSize(220, 0))

        self.identityForm.setWidget(6, QFormLayout.ItemRole.FieldRole, self.sex)

        self.sexError = QLabel(self.identityGroup)
        self.sexError.setObjectName(u"sexError")
        self.sexError.setWordWrap(True)

        self.identityForm.setWidget(7, QFormLayout.ItemRole.FieldRole, self.sexError)

        self.phoneLabel = QLabel(self.identityGroup)
        self.phoneLabel.setObjectName(u"phoneLabel")

        self.identityForm.setWidget(8, QFormLayout.ItemRole.LabelRole, self.phoneLabel)

        self.phone = QLineEdit(self.identityGroup)
        self.phone.setObjectName(u"phone")
        self.phone.setMaxLength(20)
        self.phone.setMinimumSize(QSize(220, 0))

        self.identityForm.setWidget(8, QFormLayout.ItemRole.FieldRole, self.phone)

        self.phoneError = QLabel(self.identityGroup)
        self.phoneError.setObjectName(u"phoneError")
        self.phoneError.setWordWrap(True)

        self.identityForm.setWidget(9, QFormLayout.ItemRole.FieldRole, self.phoneError)

        self.hukouDistrictLabel = QLabel(self.identityGroup)
        self.hukouDistrictLabel.setObjectName(u"hukouDistrictLabel")

        self.identityForm.setWidget(10, QFormLayout.ItemRole.LabelRole, self.hukouDistrictLabel)

        self.hukouDistrict = QComboBox(self.identityGroup)
        self.hukouDistrict.setObjectName(u"hukouDistrict")
        self.hukouDistrict.setEditable(True)
        self.hukouDistrict.setMinimumSize(QSize(220, 0))

        self.identityForm.setWidget(10, QFormLayout.ItemRole.FieldRole, self.hukouDistrict)

        self.hukouDistrictError = QLabel(self.identityGroup)
        self.hukouDistrictError.setObjectName(u"hukouDistrictError")
        self.hukouDistrictError.setWordWrap(True)

        self.identityForm.setWidget(11, QFormLayout.ItemRole.FieldRole, self.hukouDistrictError)

        self.residenceDistrictLabel = QLabel(self.identityGroup)
        self.residenceDistrictLabel.setObjectName(u"residenceDistrictLabel")

        self.identityForm.setWidget(12, QFormLayout.ItemRole.LabelRole, self.residenceDistrictLabel)

        self.residenceDistrict = QComboBox(self.identityGroup)
        self.residenceDistrict.setObjectName(u"residenceDistrict")
        self.residenceDistrict.setEditable(True)
        self.residenceDistrict.setMinimumSize(QSize(220, 0))

        self.identityForm.setWidget(12, QFormLayout.ItemRole.FieldRole, self.residenceDistrict)

        self.residenceDistrictError = QLabel(self.identityGroup)
        self.residenceDistrictError.setObjectName(u"residenceDistrictError")
        self.residenceDistrictError.setWordWrap(True)

        self.identityForm.setWidget(13, QFormLayout.ItemRole.FieldRole, self.residenceDistrictError)

        self.shanghaiHukou = QCheckBox(self.identityGroup)
        self.shanghaiHukou.setObjectName(u"shanghaiHukou")

        self.identityForm.setWidget(14, QFormLayout.ItemRole.FieldRole, self.shanghaiHukou)


        self.identityGroupLayout.addLayout(self.identityForm)


        self.column1.addWidget(self.identityGroup)

        self.column1Spacer = QSpacerItem(20, 0, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.column1.addItem(self.column1Spacer)


        self.columns.addLayout(self.column1)

        self.column2 = QVBoxLayout()
        self.column2.setObjectName(u"column2")
        self.trainingGroup = QGroupBox(StudentDialog)
        self.trainingGroup.setObjectName(u"trainingGroup")
        self.trainingGroupLayout = QVBoxLayout(self.trainingGroup)
        self.trainingGroupLayout.setObjectName(u"trainingGroupLayout")
        self.trainingForm = QFormLayout()
        self.trainingForm.setObjectName(u"trainingForm")
        self.trainingForm.setLabelAlignment(Qt.AlignRight|Qt.AlignVCenter)
        self.trainingForm.setFieldGrowthPolicy(QFormLayout.AllNonFixedFieldsGrow)
        self.trainingForm.setVerticalSpacing(4)
        self.studentNumberLabel = QLabel(self.trainingGroup)
        self.studentNumberLabel.setObjectName(u"studentNumberLabel")

        self.trainingForm.setWidget(0, QFormLayout.ItemRole.LabelRole, self.studentNumberLabel)

        self.studentNumber = QLineEdit(self.trainingGroup)
        self.studentNumber.setObjectName(u"studentNumber")
        self.studentNumber.setMaxLength(40)
        self.studentNumber.setMinimumSize(QSize(220, 0))

        self.trainingForm.setWidget(0, QFormLayout.ItemRole.FieldRole, self.studentNumber)

        self.studentNumberError = QLabel(self.trainingGroup)
        self.studentNumberError.setObjectName(u"studentNumberError")
        self.studentNumberError.setWordWrap(True)

        self.trainingForm.setWidget(1, QFormLayout.ItemRole.FieldRole, self.studentNumberError)

        self.schoolLabel = QLabel(self.trainingGroup)
        self.schoolLabel.setObjectName(u"schoolLabel")

        self.trainingForm.setWidget(2, QFormLayout.ItemRole.LabelRole, self.schoolLabel)

        self.school = SearchCombo(self.trainingGroup)
        self.school.setObjectName(u"school")
        self.school.setMinimumSize(QSize(220, 0))

        self.trainingForm.setWidget(2, QFormLayout.ItemRole.FieldRole, self.school)

        self.schoolError = QLabel(self.trainingGroup)
        self.schoolError.setObjectName(u"schoolError")
        self.schoolError.setWordWrap(True)

        self.trainingForm.setWidget(3, QFormLayout.ItemRole.FieldRole, self.schoolError)

        self.cohortLabel = QLabel(self.trainingGroup)
        self.cohortLabel.setObjectName(u"cohortLabel")

        self.trainingForm.setWidget(4, QFormLayout.ItemRole.LabelRole, self.cohortLabel)

        self.cohort = SearchCombo(self.trainingGroup)
        self.cohort.setObjectName(u"cohort")
        self.cohort.setMinimumSize(QSize(220, 0))

        self.trainingForm.setWidget(4, QFormLayout.ItemRole.FieldRole, self.cohort)

        self.cohortError = QLabel(self.trainingGroup)
        self.cohortError.setObjectName(u"cohortError")
        self.cohortError.setWordWrap(True)

        self.trainingForm.setWidget(5, QFormLayout.ItemRole.FieldRole, self.cohortError)

        self.majorLabel = QLabel(self.trainingGroup)
        self.majorLabel.setObjectName(u"majorLabel")

        self.trainingForm.setWidget(6, QFormLayout.ItemRole.LabelRole, self.majorLabel)

        self.major = QLineEdit(self.trainingGroup)
        self.major.setObjectName(u"major")
        self.major.setMaxLength(60)
        self.major.setMinimumSize(QSize(220, 0))

        self.trainingForm.setWidget(6, QFormLayout.ItemRole.FieldRole, self.major)

        self.majorError = QLabel(self.trainingGroup)
        self.majorError.setObjectName(u"majorError")
        self.majorError.setWordWrap(True)

        self.trainingForm.setWidget(7, QFormLayout.ItemRole.FieldRole, self.majorError)

        self.classNameLabel = QLabel(self.trainingGroup)
        self.classNameLabel.setObjectName(u"classNameLabel")

        self.trainingForm.setWidget(8, QFormLayout.ItemRole.LabelRole, self.classNameLabel)

        self.className = QLineEdit(self.trainingGroup)
        self.className.setObjectName(u"className")
        self.className.setMaxLength(60)
        self.className.setMinimumSize(QSize(220, 0))

        self.trainingForm.setWidget(8, QFormLayout.ItemRole.FieldRole, self.className)

        self.classNameError = QLabel(self.trainingGroup)
        self.classNameError.setObjectName(u"classNameError")
        self.classNameError.setWordWrap(True)

        self.trainingForm.setWidget(9, QFormLayout.ItemRole.FieldRole, self.classNameError)

        self.leftSchoolOnLabel = QLabel(self.trainingGroup)
        self.leftSchoolOnLabel.setObjectName(u"leftSchoolOnLabel")

        self.trainingForm.setWidget(10, QFormLayout.ItemRole.LabelRole, self.leftSchoolOnLabel)

        self.leftSchoolOnRow = QHBoxLayout()
        self.leftSchoolOnRow.setObjectName(u"leftSchoolOnRow")
        self.hasLeftSchoolOn = QCheckBox(self.trainingGroup)
        self.hasLeftSchoolOn.setObjectName(u"hasLeftSchoolOn")

        self.leftSchoolOnRow.addWidget(self.hasLeftSchoolOn)

        self.leftSchoolOn = QDateEdit(self.trainingGroup)
        self.leftSchoolOn.setObjectName(u"leftSchoolOn")
        self.leftSchoolOn.setEnabled(False)
        self.leftSchoolOn.setCalendarPopup(True)
        sizePolicy = QSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        sizePolicy.setHorizontalStretch(1)
        sizePolicy.setVerticalStretch(0)
        sizePolicy.setHeightForWidth(self.leftSchoolOn.sizePolicy().hasHeightForWidth())
        self.leftSchoolOn.setSizePolicy(sizePolicy)

        self.leftSchoolOnRow.addWidget(self.leftSchoolOn)


        self.trainingForm.setLayout(10, QFormLayout.ItemRole.FieldRole, self.leftSchoolOnRow)

        self.leftSchoolOnError = QLabel(self.trainingGroup)
        self.leftSchoolOnError.setObjectName(u"leftSchoolOnError")
        self.leftSchoolOnError.setWordWrap(True)

        self.trainingForm.setWidget(11, QFormLayout.ItemRole.FieldRole, self.leftSchoolOnError)

        self.statusLabel = QLabel(self.trainingGroup)
        self.statusLabel.setObjectName(u"statusLabel")

        self.trainingForm.setWidget(12, QFormLayout.ItemRole.LabelRole, self.statusLabel)

        self.status = QComboBox(self.trainingGroup)
        self.status.setObjectName(u"status")
        self.status.setMinimumSize(QSize(220, 0))

        self.trainingForm.setWidget(12, QFormLayout.ItemRole.FieldRole, self.status)

        self.statusError = QLabel(self.trainingGroup)
        self.statusError.setObjectName(u"statusError")
        self.statusError.setWordWrap(True)

        self.trainingForm.setWidget(13, QFormLayout.ItemRole.FieldRole, self.statusError)

        self.contactConsent = QCheckBox(self.trainingGroup)
        self.contactConsent.setObjectName(u"contactConsent")

        self.trainingForm.setWidget(14, QFormLayout.ItemRole.FieldRole, self.contactConsent)


        self.trainingGroupLayout.addLayout(self.trainingForm)


        self.column2.addWidget(self.trainingGroup)

        self.column2Spacer = QSpacerItem(20, 0, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.column2.addItem(self.column2Spacer)


        self.columns.addLayout(self.column2)


        self.dialogLayout.addLayout(self.columns)

        self.otherGroup = QGroupBox(StudentDialog)
        self.otherGroup.setObjectName(u"otherGroup")
        self.otherGroupLayout = QVBoxLayout(self.otherGroup)
        self.otherGroupLayout.setObjectName(u"otherGroupLayout")
        self.otherForm = QFormLayout()
        self.otherForm.setObjectName(u"otherForm")
        self.otherForm.setLabelAlignment(Qt.AlignRight|Qt.AlignVCenter)
        self.otherForm.setFieldGrowthPolicy(QFormLayout.AllNonFixedFieldsGrow)
        self.otherForm.setVerticalSpacing(4)
        self.skillsLabel = QLabel(self.otherGroup)
        self.skillsLabel.setObjectName(u"skillsLabel")

        self.otherForm.setWidget(0, QFormLayout.ItemRole.LabelRole, self.skillsLabel)

        self.skills = QLineEdit(self.otherGroup)
        self.skills.setObjectName(u"skills")
        self.skills.setMaxLength(500)
        self.skills.setMinimumSize(QSize(220, 0))

        self.otherForm.setWidget(0, QFormLayout.ItemRole.FieldRole, self.skills)

        self.skillsError = QLabel(self.otherGroup)
        self.skillsError.setObjectName(u"skillsError")
        self.skillsError.setWordWrap(True)

        self.otherForm.setWidget(1, QFormLayout.ItemRole.FieldRole, self.skillsError)

        self.noteLabel = QLabel(self.otherGroup)
        self.noteLabel.setObjectName(u"noteLabel")

        self.otherForm.setWidget(2, QFormLayout.ItemRole.LabelRole, self.noteLabel)

        self.note = QPlainTextEdit(self.otherGroup)
        self.note.setObjectName(u"note")
        self.note.setMaximumSize(QSize(16777215, 110))
        self.note.setTabChangesFocus(True)
        self.note.setMinimumSize(QSize(220, 64))

        self.otherForm.setWidget(2, QFormLayout.ItemRole.FieldRole, self.note)

        self.noteError = QLabel(self.otherGroup)
        self.noteError.setObjectName(u"noteError")
        self.noteError.setWordWrap(True)

        self.otherForm.setWidget(3, QFormLayout.ItemRole.FieldRole, self.noteError)


        self.otherGroupLayout.addLayout(self.otherForm)


        self.dialogLayout.addWidget(self.otherGroup)

        self.bottomSpacer = QSpacerItem(20, 0, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.dialogLayout.addItem(self.bottomSpacer)

        self.buttons = QDialogButtonBox(StudentDialog)
        self.buttons.setObjectName(u"buttons")
        self.buttons.setStandardButtons(QDialogButtonBox.Cancel|QDialogButtonBox.Save)

        self.dialogLayout.addWidget(self.buttons)

#if QT_CONFIG(shortcut)
        self.nameLabel.setBuddy(self.name)
        self.idNumberLabel.setBuddy(self.idNumber)
        self.birthDateLabel.setBuddy(self.birthDate)
        self.sexLabel.setBuddy(self.sex)
        self.phoneLabel.setBuddy(self.phone)
        self.hukouDistrictLabel.setBuddy(self.hukouDistrict)
        self.residenceDistrictLabel.setBuddy(self.residenceDistrict)
        self.studentNumberLabel.setBuddy(self.studentNumber)
        self.schoolLabel.setBuddy(self.school)
        self.cohortLabel.setBuddy(self.cohort)
        self.majorLabel.setBuddy(self.major)
        self.classNameLabel.setBuddy(self.className)
        self.leftSchoolOnLabel.setBuddy(self.leftSchoolOn)
        self.statusLabel.setBuddy(self.status)
        self.skillsLabel.setBuddy(self.skills)
        self.noteLabel.setBuddy(self.note)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.name, self.idNumber)
        QWidget.setTabOrder(self.idNumber, self.revealButton)
        QWidget.setTabOrder(self.revealButton, self.changeIdButton)
        QWidget.setTabOrder(self.changeIdButton, self.birthDate)
        QWidget.setTabOrder(self.birthDate, self.sex)
        QWidget.setTabOrder(self.sex, self.phone)
        QWidget.setTabOrder(self.phone, self.hukouDistrict)
        QWidget.setTabOrder(self.hukouDistrict, self.residenceDistrict)
        QWidget.setTabOrder(self.residenceDistrict, self.shanghaiHukou)
        QWidget.setTabOrder(self.shanghaiHukou, self.studentNumber)
        QWidget.setTabOrder(self.studentNumber, self.school)
        QWidget.setTabOrder(self.school, self.cohort)
        QWidget.setTabOrder(self.cohort, self.major)
        QWidget.setTabOrder(self.major, self.className)
        QWidget.setTabOrder(self.className, self.hasLeftSchoolOn)
        QWidget.setTabOrder(self.hasLeftSchoolOn, self.leftSchoolOn)
        QWidget.setTabOrder(self.leftSchoolOn, self.status)
        QWidget.setTabOrder(self.status, self.contactConsent)
        QWidget.setTabOrder(self.contactConsent, self.skills)
        QWidget.setTabOrder(self.skills, self.note)
        QWidget.setTabOrder(self.note, self.buttons)

        self.retranslateUi(StudentDialog)
    # setupUi

    def retranslateUi(self, StudentDialog):
        StudentDialog.setWindowTitle(QCoreApplication.translate("StudentDialog", u"Student", None))
        self.formError.setText("")
        self.identityGroup.setTitle(QCoreApplication.translate("StudentDialog", u"Identity", None))
        self.nameLabel.setText(QCoreApplication.translate("StudentDialog", u"Name", None))
        self.nameError.setText("")
        self.idNumberLabel.setText(QCoreApplication.translate("StudentDialog", u"ID number", None))
        self.idNumber.setPlaceholderText(QCoreApplication.translate("StudentDialog", u"18 characters", None))
        self.idNumberError.setText("")
        self.revealButton.setText(QCoreApplication.translate("StudentDialog", u"Show full number", None))
        self.changeIdButton.setText(QCoreApplication.translate("StudentDialog", u"Change ID number", None))
        self.birthDateLabel.setText(QCoreApplication.translate("StudentDialog", u"Birth date", None))
        self.sexLabel.setText(QCoreApplication.translate("StudentDialog", u"Sex", None))
        self.sexError.setText("")
        self.phoneLabel.setText(QCoreApplication.translate("StudentDialog", u"Mobile phone", None))
        self.phone.setPlaceholderText(QCoreApplication.translate("StudentDialog", u"11 digits, e.g. 13800001111", None))
        self.phoneError.setText("")
        self.hukouDistrictLabel.setText(QCoreApplication.translate("StudentDialog", u"Hukou district", None))
        self.hukouDistrictError.setText("")
        self.residenceDistrictLabel.setText(QCoreApplication.translate("StudentDialog", u"Residence district", None))
        self.residenceDistrictError.setText("")
        self.shanghaiHukou.setText(QCoreApplication.translate("StudentDialog", u"Shanghai hukou", None))
        self.trainingGroup.setTitle(QCoreApplication.translate("StudentDialog", u"School and training", None))
        self.studentNumberLabel.setText(QCoreApplication.translate("StudentDialog", u"Student number", None))
        self.studentNumberError.setText("")
        self.schoolLabel.setText(QCoreApplication.translate("StudentDialog", u"Partner school", None))
        self.schoolError.setText("")
        self.cohortLabel.setText(QCoreApplication.translate("StudentDialog", u"Cohort", None))
        self.cohortError.setText("")
        self.majorLabel.setText(QCoreApplication.translate("StudentDialog", u"Major", None))
        self.majorError.setText("")
        self.classNameLabel.setText(QCoreApplication.translate("StudentDialog", u"Class", None))
        self.classNameError.setText("")
        self.leftSchoolOnLabel.setText(QCoreApplication.translate("StudentDialog", u"Left school on", None))
        self.hasLeftSchoolOn.setText(QCoreApplication.translate("StudentDialog", u"Left", None))
        self.leftSchoolOn.setDisplayFormat(QCoreApplication.translate("StudentDialog", u"yyyy-MM-dd", None))
        self.leftSchoolOnError.setText("")
        self.statusLabel.setText(QCoreApplication.translate("StudentDialog", u"Status", None))
        self.statusError.setText("")
        self.contactConsent.setText(QCoreApplication.translate("StudentDialog", u"Agrees to be contacted about jobs", None))
        self.otherGroup.setTitle(QCoreApplication.translate("StudentDialog", u"Skills and notes", None))
        self.skillsLabel.setText(QCoreApplication.translate("StudentDialog", u"Skills", None))
        self.skillsError.setText("")
        self.noteLabel.setText(QCoreApplication.translate("StudentDialog", u"Note", None))
        self.noteError.setText("")
    # retranslateUi

