# GENERATED from forms/import_wizard_target_page.ui by packaging/build_forms.py (pyside6-uic) - do not edit.
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
from PySide6.QtWidgets import (QApplication, QComboBox, QDateEdit, QFormLayout,
    QGroupBox, QLabel, QLineEdit, QSizePolicy,
    QSpacerItem, QVBoxLayout, QWidget, QWizardPage)

class Ui_ImportTargetPage(object):
    def setupUi(self, ImportTargetPage):
        if not ImportTargetPage.objectName():
            ImportTargetPage.setObjectName(u"ImportTargetPage")
        self.verticalLayout = QVBoxLayout(ImportTargetPage)
        self.verticalLayout.setSpacing(12)
        self.verticalLayout.setObjectName(u"verticalLayout")
        self.form = QFormLayout()
        self.form.setObjectName(u"form")
        self.form.setFieldGrowthPolicy(QFormLayout.AllNonFixedFieldsGrow)
        self.form.setHorizontalSpacing(12)
        self.form.setVerticalSpacing(8)
        self.schoolLabel = QLabel(ImportTargetPage)
        self.schoolLabel.setObjectName(u"schoolLabel")

        self.form.setWidget(0, QFormLayout.ItemRole.LabelRole, self.schoolLabel)

        self.schoolCombo = QComboBox(ImportTargetPage)
        self.schoolCombo.setObjectName(u"schoolCombo")
        self.schoolCombo.setMaximumSize(QSize(560, 16777215))
        self.schoolCombo.setMinimumContentsLength(24)

        self.form.setWidget(0, QFormLayout.ItemRole.FieldRole, self.schoolCombo)

        self.newSchoolEdit = QLineEdit(ImportTargetPage)
        self.newSchoolEdit.setObjectName(u"newSchoolEdit")
        self.newSchoolEdit.setMaximumSize(QSize(560, 16777215))
        self.newSchoolEdit.setMaxLength(100)

        self.form.setWidget(1, QFormLayout.ItemRole.FieldRole, self.newSchoolEdit)

        self.cohortLabel = QLabel(ImportTargetPage)
        self.cohortLabel.setObjectName(u"cohortLabel")

        self.form.setWidget(2, QFormLayout.ItemRole.LabelRole, self.cohortLabel)

        self.cohortCombo = QComboBox(ImportTargetPage)
        self.cohortCombo.setObjectName(u"cohortCombo")
        self.cohortCombo.setMaximumSize(QSize(560, 16777215))
        self.cohortCombo.setMinimumContentsLength(24)

        self.form.setWidget(2, QFormLayout.ItemRole.FieldRole, self.cohortCombo)

        self.newCohortBox = QGroupBox(ImportTargetPage)
        self.newCohortBox.setObjectName(u"newCohortBox")
        self.newCohortBox.setMaximumSize(QSize(560, 16777215))
        self.newCohortForm = QFormLayout(self.newCohortBox)
        self.newCohortForm.setObjectName(u"newCohortForm")
        self.newCohortForm.setFieldGrowthPolicy(QFormLayout.AllNonFixedFieldsGrow)
        self.newCohortForm.setHorizontalSpacing(12)
        self.newCohortForm.setVerticalSpacing(6)
        self.newCohortCodeLabel = QLabel(self.newCohortBox)
        self.newCohortCodeLabel.setObjectName(u"newCohortCodeLabel")

        self.newCohortForm.setWidget(0, QFormLayout.ItemRole.LabelRole, self.newCohortCodeLabel)

        self.newCohortEdit = QLineEdit(self.newCohortBox)
        self.newCohortEdit.setObjectName(u"newCohortEdit")
        self.newCohortEdit.setMaxLength(40)

        self.newCohortForm.setWidget(0, QFormLayout.ItemRole.FieldRole, self.newCohortEdit)

        self.newCohortNameLabel = QLabel(self.newCohortBox)
        self.newCohortNameLabel.setObjectName(u"newCohortNameLabel")

        self.newCohortForm.setWidget(1, QFormLayout.ItemRole.LabelRole, self.newCohortNameLabel)

        self.newCohortNameEdit = QLineEdit(self.newCohortBox)
        self.newCohortNameEdit.setObjectName(u"newCohortNameEdit")
        self.newCohortNameEdit.setMaxLength(100)

        self.newCohortForm.setWidget(1, QFormLayout.ItemRole.FieldRole, self.newCohortNameEdit)

        self.startDateLabel = QLabel(self.newCohortBox)
        self.startDateLabel.setObjectName(u"startDateLabel")

        self.newCohortForm.setWidget(2, QFormLayout.ItemRole.LabelRole, self.startDateLabel)

        self.startDateEdit = QDateEdit(self.newCohortBox)
        self.startDateEdit.setObjectName(u"startDateEdit")
        self.startDateEdit.setCalendarPopup(True)

        self.newCohortForm.setWidget(2, QFormLayout.ItemRole.FieldRole, self.startDateEdit)

        self.endDateLabel = QLabel(self.newCohortBox)
        self.endDateLabel.setObjectName(u"endDateLabel")

        self.newCohortForm.setWidget(3, QFormLayout.ItemRole.LabelRole, self.endDateLabel)

        self.endDateEdit = QDateEdit(self.newCohortBox)
        self.endDateEdit.setObjectName(u"endDateEdit")
        self.endDateEdit.setCalendarPopup(True)

        self.newCohortForm.setWidget(3, QFormLayout.ItemRole.FieldRole, self.endDateEdit)


        self.form.setWidget(3, QFormLayout.ItemRole.FieldRole, self.newCohortBox)


        self.verticalLayout.addLayout(self.form)

        self.schoolHint = QLabel(ImportTargetPage)
        self.schoolHint.setObjectName(u"schoolHint")
        self.schoolHint.setWordWrap(True)

        self.verticalLayout.addWidget(self.schoolHint)

        self.hint = QLabel(ImportTargetPage)
        self.hint.setObjectName(u"hint")
        self.hint.setWordWrap(True)

        self.verticalLayout.addWidget(self.hint)

        self.message = QLabel(ImportTargetPage)
        self.message.setObjectName(u"message")
        self.message.setWordWrap(True)
        self.message.setTextInteractionFlags(Qt.TextSelectableByMouse)

        self.verticalLayout.addWidget(self.message)

        self.verticalSpacer = QSpacerItem(20, 40, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.verticalLayout.addItem(self.verticalSpacer)

#if QT_CONFIG(shortcut)
        self.schoolLabel.setBuddy(self.schoolCombo)
        self.cohortLabel.setBuddy(self.cohortCombo)
        self.newCohortCodeLabel.setBuddy(self.newCohortEdit)
        self.newCohortNameLabel.setBuddy(self.newCohortNameEdit)
        self.startDateLabel.setBuddy(self.startDateEdit)
        self.endDateLabel.setBuddy(self.endDateEdit)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.schoolCombo, self.newSchoolEdit)
        QWidget.setTabOrder(self.newSchoolEdit, self.cohortCombo)
        QWidget.setTabOrder(self.cohortCombo, self.newCohortEdit)
        QWidget.setTabOrder(self.newCohortEdit, self.newCohortNameEdit)
        QWidget.setTabOrder(self.newCohortNameEdit, self.startDateEdit)
        QWidget.setTabOrder(self.startDateEdit, self.endDateEdit)

        self.retranslateUi(ImportTargetPage)
    # setupUi

    def retranslateUi(self, ImportTargetPage):
        ImportTargetPage.setTitle(QCoreApplication.translate("ImportTargetPage", u"Partner school and cohort", None))
        ImportTargetPage.setSubTitle(QCoreApplication.translate("ImportTargetPage", u"Where the students on this roster are enrolled.", None))
        self.schoolLabel.setText(QCoreApplication.translate("ImportTargetPage", u"Partner school:", None))
        self.newSchoolEdit.setPlaceholderText(QCoreApplication.translate("ImportTargetPage", u"Name of the new partner school", None))
        self.cohortLabel.setText(QCoreApplication.translate("ImportTargetPage", u"Cohort:", None))
        self.newCohortBox.setTitle(QCoreApplication.translate("ImportTargetPage", u"New cohort", None))
        self.newCohortCodeLabel.setText(QCoreApplication.translate("ImportTargetPage", u"Code:", None))
        self.newCohortEdit.setPlaceholderText(QCoreApplication.translate("ImportTargetPage", u"e.g. ZB202612-01", None))
        self.newCohortNameLabel.setText(QCoreApplication.translate("ImportTargetPage", u"Name:", None))
        self.newCohortNameEdit.setPlaceholderText(QCoreApplication.translate("ImportTargetPage", u"e.g. 2026 winter live-commerce class 1", None))
        self.startDateLabel.setText(QCoreApplication.translate("ImportTargetPage", u"Starts on:", None))
        self.startDateEdit.setDisplayFormat(QCoreApplication.translate("ImportTargetPage", u"yyyy-MM-dd", None))
        self.endDateLabel.setText(QCoreApplication.translate("ImportTargetPage", u"Ends on:", None))
        self.endDateEdit.setDisplayFormat(QCoreApplication.translate("ImportTargetPage", u"yyyy-MM-dd", None))
        self.schoolHint.setText("")
        self.hint.setText(QCoreApplication.translate("ImportTargetPage", u"A new school or cohort is created together with the students, in one step. A cohort can only take students of its own school.", None))
        self.message.setText("")
    # retranslateUi

