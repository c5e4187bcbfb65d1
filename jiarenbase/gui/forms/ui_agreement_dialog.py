# GENERATED from forms/agreement_dialog.ui by packaging/build_forms.py (pyside6-uic) - do not edit.
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
    QDialog, QDialogButtonBox, QDoubleSpinBox, QFormLayout,
    QHBoxLayout, QLabel, QLineEdit, QPlainTextEdit,
    QSizePolicy, QSpacerItem, QSpinBox, QVBoxLayout,
    QWidget)

from jiarenbase.gui.widgets.search_combo import SearchCombo

class Ui_AgreementDialog(object):
    def setupUi(self, AgreementDialog):
        if not AgreementDialog.objectName():
            AgreementDialog.setObjectName(u"AgreementDialog")
        AgreementDialog.resize(620, 520)
        AgreementDialog.setSizeGripEnabled(True)
        self.dialogLayout = QVBoxLayout(AgreementDialog)
        self.dialogLayout.setObjectName(u"dialogLayout")
        self.formError = QLabel(AgreementDialog)
        self.formError.setObjectName(u"formError")
        self.formError.setWordWrap(True)

        self.dialogLayout.addWidget(self.formError)

        self.form = QFormLayout()
        self.form.setObjectName(u"form")
        self.form.setLabelAlignment(Qt.AlignRight|Qt.AlignVCenter)
        self.form.setFieldGrowthPolicy(QFormLayout.AllNonFixedFieldsGrow)
        self.form.setVerticalSpacing(4)
        self.studentLabel = QLabel(AgreementDialog)
        self.studentLabel.setObjectName(u"studentLabel")

        self.form.setWidget(0, QFormLayout.ItemRole.LabelRole, self.studentLabel)

        self.student = SearchCombo(AgreementDialog)
        self.student.setObjectName(u"student")
        self.student.setEditable(True)
        self.student.setMinimumSize(QSize(300, 0))

        self.form.setWidget(0, QFormLayout.ItemRole.FieldRole, self.student)

        self.studentError = QLabel(AgreementDialog)
        self.studentError.setObjectName(u"studentError")
        self.studentError.setWordWrap(True)

        self.form.setWidget(1, QFormLayout.ItemRole.FieldRole, self.studentError)

        self.employerClientLabel = QLabel(AgreementDialog)
        self.employerClientLabel.setObjectName(u"employerClientLabel")

        self.form.setWidget(2, QFormLayout.ItemRole.LabelRole, self.employerClientLabel)

        self.employerClient = SearchCombo(AgreementDialog)
        self.employerClient.setObjectName(u"employerClient")

        self.form.setWidget(2, QFormLayout.ItemRole.FieldRole, self.employerClient)

        self.employerNameLabel = QLabel(AgreementDialog)
        self.employerNameLabel.setObjectName(u"employerNameLabel")

        self.form.setWidget(3, QFormLayout.ItemRole.LabelRole, self.employerNameLabel)

        self.employerName = QLineEdit(AgreementDialog)
        self.employerName.setObjectName(u"employerName")
        self.employerName.setMaxLength(100)

        self.form.setWidget(3, QFormLayout.ItemRole.FieldRole, self.employerName)

        self.employerNameError = QLabel(AgreementDialog)
        self.employerNameError.setObjectName(u"employerNameError")
        self.employerNameError.setWordWrap(True)

        self.form.setWidget(4, QFormLayout.ItemRole.FieldRole, self.employerNameError)

        self.serviceMonthsLabel = QLabel(AgreementDialog)
        self.serviceMonthsLabel.setObjectName(u"serviceMonthsLabel")

        self.form.setWidget(5, QFormLayout.ItemRole.LabelRole, self.serviceMonthsLabel)

        self.serviceMonths = QSpinBox(AgreementDialog)
        self.serviceMonths.setObjectName(u"serviceMonths")
        self.serviceMonths.setMaximum(120)

        self.form.setWidget(5, QFormLayout.ItemRole.FieldRole, self.serviceMonths)

        self.serviceMonthsError = QLabel(AgreementDialog)
        self.serviceMonthsError.setObjectName(u"serviceMonthsError")
        self.serviceMonthsError.setWordWrap(True)

        self.form.setWidget(6, QFormLayout.ItemRole.FieldRole, self.serviceMonthsError)

        self.feePaidLabel = QLabel(AgreementDialog)
        self.feePaidLabel.setObjectName(u"feePaidLabel")

        self.form.setWidget(7, QFormLayout.ItemRole.LabelRole, self.feePaidLabel)

        self.feePaid = QCheckBox(AgreementDialog)
        self.feePaid.setObjectName(u"feePaid")

        self.form.setWidget(7, QFormLayout.ItemRole.FieldRole, self.feePaid)

        self.feeAmountLabel = QLabel(AgreementDialog)
        self.feeAmountLabel.setObjectName(u"feeAmountLabel")

        self.form.setWidget(8, QFormLayout.ItemRole.LabelRole, self.feeAmountLabel)

        self.feeAmount = QDoubleSpinBox(AgreementDialog)
        self.feeAmount.setObjectName(u"feeAmount")
        self.feeAmount.setDecimals(2)
        self.feeAmount.setMaximum(9999999.990000000223517)

        self.form.setWidget(8, QFormLayout.ItemRole.FieldRole, self.feeAmount)

        self.feeAmountError = QLabel(AgreementDialog)
        self.feeAmountError.setObjectName(u"feeAmountError")
        self.feeAmountError.setWordWrap(True)

        self.form.setWidget(9, QFormLayout.ItemRole.FieldRole, self.feeAmountError)

        self.startDateLabel = QLabel(AgreementDialog)
        self.startDateLabel.setObjectName(u"startDateLabel")

        self.form.setWidget(10, QFormLayout.ItemRole.LabelRole, self.startDateLabel)

        self.startRow = QHBoxLayout()
        self.startRow.setObjectName(u"startRow")
        self.hasStart = QCheckBox(AgreementDialog)
        self.hasStart.setObjectName(u"hasStart")

        self.startRow.addWidget(self.hasStart)

        self.startDate = QDateEdit(AgreementDialog)
        self.startDate.setObjectName(u"startDate")
        self.startDate.setCalendarPopup(True)

        self.startRow.addWidget(self.startDate)

        self.endDate = QLabel(AgreementDialog)
        self.endDate.setObjectName(u"endDate")

        self.startRow.addWidget(self.endDate)

        self.startSpacer = QSpacerItem(10, 20, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.startRow.addItem(self.startSpacer)


        self.form.setLayout(10, QFormLayout.ItemRole.FieldRole, self.startRow)

        self.noteLabel = QLabel(AgreementDialog)
        self.noteLabel.setObjectName(u"noteLabel")

        self.form.setWidget(11, QFormLayout.ItemRole.LabelRole, self.noteLabel)

        self.note = QPlainTextEdit(AgreementDialog)
        self.note.setObjectName(u"note")
        self.note.setMaximumSize(QSize(16777215, 70))

        self.form.setWidget(11, QFormLayout.ItemRole.FieldRole, self.note)

        self.noteError = QLabel(AgreementDialog)
        self.noteError.setObjectName(u"noteError")
        self.noteError.setWordWrap(True)

        self.form.setWidget(12, QFormLayout.ItemRole.FieldRole, self.noteError)


        self.dialogLayout.addLayout(self.form)

        self.legalBasis = QLabel(AgreementDialog)
        self.legalBasis.setObjectName(u"legalBasis")
        self.legalBasis.setWordWrap(True)

        self.dialogLayout.addWidget(self.legalBasis)

        self.spacer = QSpacerItem(20, 0, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.dialogLayout.addItem(self.spacer)

        self.buttons = QDialogButtonBox(AgreementDialog)
        self.buttons.setObjectName(u"buttons")
        self.buttons.setStandardButtons(QDialogButtonBox.Cancel|QDialogButtonBox.Save)

        self.dialogLayout.addWidget(self.buttons)

#if QT_CONFIG(shortcut)
        self.studentLabel.setBuddy(self.student)
        self.employerClientLabel.setBuddy(self.employerClient)
        self.employerNameLabel.setBuddy(self.employerName)
        self.serviceMonthsLabel.setBuddy(self.serviceMonths)
        self.feePaidLabel.setBuddy(self.feePaid)
        self.feeAmountLabel.setBuddy(self.feeAmount)
        self.startDateLabel.setBuddy(self.hasStart)
        self.noteLabel.setBuddy(self.note)
#endif // QT_CONFIG(shortcut)

        self.retranslateUi(AgreementDialog)
    # setupUi

    def retranslateUi(self, AgreementDialog):
        AgreementDialog.setWindowTitle(QCoreApplication.translate("AgreementDialog", u"Service agreement", None))
        self.formError.setText("")
        self.studentLabel.setText(QCoreApplication.translate("AgreementDialog", u"Student", None))
        self.studentError.setText("")
        self.employerClientLabel.setText(QCoreApplication.translate("AgreementDialog", u"Enterprise client", None))
        self.employerNameLabel.setText(QCoreApplication.translate("AgreementDialog", u"Employer", None))
        self.employerName.setPlaceholderText(QCoreApplication.translate("AgreementDialog", u"Name of an employer that is not a client", None))
        self.employerNameError.setText("")
        self.serviceMonthsLabel.setText(QCoreApplication.translate("AgreementDialog", u"Service period", None))
        self.serviceMonths.setSuffix(QCoreApplication.translate("AgreementDialog", u" months", None))
        self.serviceMonths.setSpecialValueText(QCoreApplication.translate("AgreementDialog", u"None", None))
        self.serviceMonthsError.setText("")
        self.feePaidLabel.setText(QCoreApplication.translate("AgreementDialog", u"Special training fee", None))
        self.feePaid.setText(QCoreApplication.translate("AgreementDialog", u"Paid by the employer for professional technical training", None))
        self.feeAmountLabel.setText(QCoreApplication.translate("AgreementDialog", u"Fee paid", None))
        self.feeAmount.setSuffix(QCoreApplication.translate("AgreementDialog", u" yuan", None))
        self.feeAmountError.setText("")
        self.startDateLabel.setText(QCoreApplication.translate("AgreementDialog", u"Starts on", None))
        self.hasStart.setText(QCoreApplication.translate("AgreementDialog", u"Known", None))
        self.startDate.setDisplayFormat(QCoreApplication.translate("AgreementDialog", u"yyyy-MM-dd", None))
        self.endDate.setText("")
        self.noteLabel.setText(QCoreApplication.translate("AgreementDialog", u"Note", None))
        self.noteError.setText("")
        self.legalBasis.setText("")
    # retranslateUi

