# GENERATED from forms/cohort_dialog.ui by packaging/build_forms.py (pyside6-uic) - do not edit.
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
    QHBoxLayout, QLabel, QLineEdit, QPlainTextEdit,
    QSizePolicy, QSpacerItem, QVBoxLayout, QWidget)

from jiarenbase.gui.widgets.search_combo import SearchCombo

class Ui_CohortDialog(object):
    def setupUi(self, CohortDialog):
        if not CohortDialog.objectName():
            CohortDialog.setObjectName(u"CohortDialog")
        CohortDialog.resize(500, 420)
        CohortDialog.setSizeGripEnabled(True)
        self.dialogLayout = QVBoxLayout(CohortDialog)
        self.dialogLayout.setObjectName(u"dialogLayout")
        self.formError = QLabel(CohortDialog)
        self.formError.setObjectName(u"formError")
        self.formError.setWordWrap(True)

        self.dialogLayout.addWidget(self.formError)

        self.form = QFormLayout()
        self.form.setObjectName(u"form")
        self.form.setLabelAlignment(Qt.AlignRight|Qt.AlignVCenter)
        self.form.setFieldGrowthPolicy(QFormLayout.AllNonFixedFieldsGrow)
        self.form.setVerticalSpacing(4)
        self.codeLabel = QLabel(CohortDialog)
        self.codeLabel.setObjectName(u"codeLabel")

        self.form.setWidget(0, QFormLayout.ItemRole.LabelRole, self.codeLabel)

        self.code = QLineEdit(CohortDialog)
        self.code.setObjectName(u"code")
        self.code.setMaxLength(40)
        self.code.setMinimumSize(QSize(260, 0))

        self.form.setWidget(0, QFormLayout.ItemRole.FieldRole, self.code)

        self.codeError = QLabel(CohortDialog)
        self.codeError.setObjectName(u"codeError")
        self.codeError.setWordWrap(True)

        self.form.setWidget(1, QFormLayout.ItemRole.FieldRole, self.codeError)

        self.nameLabel = QLabel(CohortDialog)
        self.nameLabel.setObjectName(u"nameLabel")

        self.form.setWidget(2, QFormLayout.ItemRole.LabelRole, self.nameLabel)

        self.name = QLineEdit(CohortDialog)
        self.name.setObjectName(u"name")
        self.name.setMaxLength(100)
        self.name.setMinimumSize(QSize(260, 0))

        self.form.setWidget(2, QFormLayout.ItemRole.FieldRole, self.name)

        self.nameError = QLabel(CohortDialog)
        self.nameError.setObjectName(u"nameError")
        self.nameError.setWordWrap(True)

        self.form.setWidget(3, QFormLayout.ItemRole.FieldRole, self.nameError)

        self.schoolLabel = QLabel(CohortDialog)
        self.schoolLabel.setObjectName(u"schoolLabel")

        self.form.setWidget(4, QFormLayout.ItemRole.LabelRole, self.schoolLabel)

        self.school = SearchCombo(CohortDialog)
        self.school.setObjectName(u"school")
        self.school.setMinimumSize(QSize(260, 0))

        self.form.setWidget(4, QFormLayout.ItemRole.FieldRole, self.school)

        self.schoolError = QLabel(CohortDialog)
        self.schoolError.setObjectName(u"schoolError")
        self.schoolError.setWordWrap(True)

        self.form.setWidget(5, QFormLayout.ItemRole.FieldRole, self.schoolError)

        self.startDateLabel = QLabel(CohortDialog)
        self.startDateLabel.setObjectName(u"startDateLabel")

        self.form.setWidget(6, QFormLayout.ItemRole.LabelRole, self.startDateLabel)

        self.startDateRow = QHBoxLayout()
        self.startDateRow.setObjectName(u"startDateRow")
        self.hasStartDate = QCheckBox(CohortDialog)
        self.hasStartDate.setObjectName(u"hasStartDate")

        self.startDateRow.addWidget(self.hasStartDate)

        self.startDate = QDateEdit(CohortDialog)
        self.startDate.setObjectName(u"startDate")
        self.startDate.setEnabled(False)
        self.startDate.setCalendarPopup(True)
        sizePolicy = QSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        sizePolicy.setHorizontalStretch(1)
        sizePolicy.setVerticalStretch(0)
        sizePolicy.setHeightForWidth(self.startDate.sizePolicy().hasHeightForWidth())
        self.startDate.setSizePolicy(sizePolicy)

        self.startDateRow.addWidget(self.startDate)


        self.form.setLayout(6, QFormLayout.ItemRole.FieldRole, self.startDateRow)

        self.startDateError = QLabel(CohortDialog)
        self.startDateError.setObjectName(u"startDateError")
        self.startDateError.setWordWrap(True)

        self.form.setWidget(7, QFormLayout.ItemRole.FieldRole, self.startDateError)

        self.endDateLabel = QLabel(CohortDialog)
        self.endDateLabel.setObjectName(u"endDateLabel")

        self.form.setWidget(8, QFormLayout.ItemRole.LabelRole, self.endDateLabel)

        self.endDateRow = QHBoxLayout()
        self.endDateRow.setObjectName(u"endDateRow")
        self.hasEndDate = QCheckBox(CohortDialog)
        self.hasEndDate.setObjectName(u"hasEndDate")

        self.endDateRow.addWidget(self.hasEndDate)

        self.endDate = QDateEdit(CohortDialog)
        self.endDate.setObjectName(u"endDate")
        self.endDate.setEnabled(False)
        self.endDate.setCalendarPopup(True)
        sizePolicy.setHeightForWidth(self.endDate.sizePolicy().hasHeightForWidth())
        self.endDate.setSizePolicy(sizePolicy)

        self.endDateRow.addWidget(self.endDate)


        self.form.setLayout(8, QFormLayout.ItemRole.FieldRole, self.endDateRow)

        self.endDateError = QLabel(CohortDialog)
        self.endDateError.setObjectName(u"endDateError")
        self.endDateError.setWordWrap(True)

        self.form.setWidget(9, QFormLayout.ItemRole.FieldRole, self.endDateError)

        self.statusLabel = QLabel(CohortDialog)
        self.statusLabel.setObjectName(u"statusLabel")

        self.form.setWidget(10, QFormLayout.ItemRole.LabelRole, self.statusLabel)

        self.status = QComboBox(CohortDialog)
        self.status.setObjectName(u"status")
        self.status.setMinimumSize(QSize(260, 0))

        self.form.setWidget(10, QFormLayout.ItemRole.FieldRole, self.status)

        self.statusError = QLabel(CohortDialog)
        self.statusError.setObjectName(u"statusError")
        self.statusError.setWordWrap(True)

        self.form.setWidget(11, QFormLayout.ItemRole.FieldRole, self.statusError)

        self.rubricScaleLabel = QLabel(CohortDialog)
        self.rubricScaleLabel.setObjectName(u"rubricScaleLabel")

        self.form.setWidget(12, QFormLayout.ItemRole.LabelRole, self.rubricScaleLabel)

        self.rubricScale = QComboBox(CohortDialog)
        self.rubricScale.setObjectName(u"rubricScale")
        self.rubricScale.setMinimumSize(QSize(260, 0))

        self.form.setWidget(12, QFormLayout.ItemRole.FieldRole, self.rubricScale)

        self.rubricScaleError = QLabel(CohortDialog)
        self.rubricScaleError.setObjectName(u"rubricScaleError")
        self.rubricScaleError.setWordWrap(True)

        self.form.setWidget(13, QFormLayout.ItemRole.FieldRole, self.rubricScaleError)

        self.noteLabel = QLabel(CohortDialog)
        self.noteLabel.setObjectName(u"noteLabel")

        self.form.setWidget(14, QFormLayout.ItemRole.LabelRole, self.noteLabel)

        self.note = QPlainTextEdit(CohortDialog)
        self.note.setObjectName(u"note")
        self.note.setMaximumSize(QSize(16777215, 110))
        self.note.setTabChangesFocus(True)
        self.note.setMinimumSize(QSize(260, 64))

        self.form.setWidget(14, QFormLayout.ItemRole.FieldRole, self.note)

        self.noteError = QLabel(CohortDialog)
        self.noteError.setObjectName(u"noteError")
        self.noteError.setWordWrap(True)

        self.form.setWidget(15, QFormLayout.ItemRole.FieldRole, self.noteError)


        self.dialogLayout.addLayout(self.form)

        self.bottomSpacer = QSpacerItem(20, 0, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.dialogLayout.addItem(self.bottomSpacer)

        self.buttons = QDialogButtonBox(CohortDialog)
        self.buttons.setObjectName(u"buttons")
        self.buttons.setStandardButtons(QDialogButtonBox.Cancel|QDialogButtonBox.Save)

        self.dialogLayout.addWidget(self.buttons)

#if QT_CONFIG(shortcut)
        self.codeLabel.setBuddy(self.code)
        self.nameLabel.setBuddy(self.name)
        self.schoolLabel.setBuddy(self.school)
        self.startDateLabel.setBuddy(self.startDate)
        self.endDateLabel.setBuddy(self.endDate)
        self.statusLabel.setBuddy(self.status)
        self.rubricScaleLabel.setBuddy(self.rubricScale)
        self.noteLabel.setBuddy(self.note)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.code, self.name)
        QWidget.setTabOrder(self.name, self.school)
        QWidget.setTabOrder(self.school, self.hasStartDate)
        QWidget.setTabOrder(self.hasStartDate, self.startDate)
        QWidget.setTabOrder(self.startDate, self.hasEndDate)
        QWidget.setTabOrder(self.hasEndDate, self.endDate)
        QWidget.setTabOrder(self.endDate, self.status)
        QWidget.setTabOrder(self.status, self.rubricScale)
        QWidget.setTabOrder(self.rubricScale, self.note)
        QWidget.setTabOrder(self.note, self.buttons)

        self.retranslateUi(CohortDialog)
    # setupUi

    def retranslateUi(self, CohortDialog):
        CohortDialog.setWindowTitle(QCoreApplication.translate("CohortDialog", u"Cohort", None))
        self.formError.setText("")
        self.codeLabel.setText(QCoreApplication.translate("CohortDialog", u"Cohort code", None))
        self.code.setPlaceholderText(QCoreApplication.translate("CohortDialog", u"e.g. 2025-SP-01", None))
        self.codeError.setText("")
        self.nameLabel.setText(QCoreApplication.translate("CohortDialog", u"Cohort name", None))
        self.nameError.setText("")
        self.schoolLabel.setText(QCoreApplication.translate("CohortDialog", u"Partner school", None))
        self.schoolError.setText("")
        self.startDateLabel.setText(QCoreApplication.translate("CohortDialog", u"Start date", None))
        self.hasStartDate.setText(QCoreApplication.translate("CohortDialog", u"Set", None))
        self.startDate.setDisplayFormat(QCoreApplication.translate("CohortDialog", u"yyyy-MM-dd", None))
        self.startDateError.setText("")
        self.endDateLabel.setText(QCoreApplication.translate("CohortDialog", u"End date", None))
        self.hasEndDate.setText(QCoreApplication.translate("CohortDialog", u"Set", None))
        self.endDate.setDisplayFormat(QCoreApplication.translate("CohortDialog", u"yyyy-MM-dd", None))
        self.endDateError.setText("")
        self.statusLabel.setText(QCoreApplication.translate("CohortDialog", u"Status", None))
        self.statusError.setText("")
        self.rubricScaleLabel.setText(QCoreApplication.translate("CohortDialog", u"Rubric scale", None))
        self.rubricScaleError.setText("")
        self.noteLabel.setText(QCoreApplication.translate("CohortDialog", u"Note", None))
        self.noteError.setText("")
    # retranslateUi

