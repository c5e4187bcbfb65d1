# GENERATED from forms/exam_dialog.ui by packaging/build_forms.py (pyside6-uic) - do not edit.
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
    QDateEdit, QDialog, QDialogButtonBox, QDoubleSpinBox,
    QFormLayout, QLabel, QLineEdit, QPlainTextEdit,
    QSizePolicy, QSpacerItem, QVBoxLayout, QWidget)

class Ui_ExamDialog(object):
    def setupUi(self, ExamDialog):
        if not ExamDialog.objectName():
            ExamDialog.setObjectName(u"ExamDialog")
        ExamDialog.resize(560, 520)
        ExamDialog.setSizeGripEnabled(True)
        self.dialogLayout = QVBoxLayout(ExamDialog)
        self.dialogLayout.setObjectName(u"dialogLayout")
        self.formError = QLabel(ExamDialog)
        self.formError.setObjectName(u"formError")
        self.formError.setWordWrap(True)

        self.dialogLayout.addWidget(self.formError)

        self.form = QFormLayout()
        self.form.setObjectName(u"form")
        self.form.setLabelAlignment(Qt.AlignRight|Qt.AlignVCenter)
        self.form.setFieldGrowthPolicy(QFormLayout.AllNonFixedFieldsGrow)
        self.form.setVerticalSpacing(4)
        self.occupationLabel = QLabel(ExamDialog)
        self.occupationLabel.setObjectName(u"occupationLabel")

        self.form.setWidget(0, QFormLayout.ItemRole.LabelRole, self.occupationLabel)

        self.occupation = QComboBox(ExamDialog)
        self.occupation.setObjectName(u"occupation")
        self.occupation.setMinimumSize(QSize(280, 0))

        self.form.setWidget(0, QFormLayout.ItemRole.FieldRole, self.occupation)

        self.occupationError = QLabel(ExamDialog)
        self.occupationError.setObjectName(u"occupationError")
        self.occupationError.setWordWrap(True)

        self.form.setWidget(1, QFormLayout.ItemRole.FieldRole, self.occupationError)

        self.workTypeLabel = QLabel(ExamDialog)
        self.workTypeLabel.setObjectName(u"workTypeLabel")

        self.form.setWidget(2, QFormLayout.ItemRole.LabelRole, self.workTypeLabel)

        self.workType = QLineEdit(ExamDialog)
        self.workType.setObjectName(u"workType")
        self.workType.setMaxLength(60)
        self.workType.setMinimumSize(QSize(280, 0))

        self.form.setWidget(2, QFormLayout.ItemRole.FieldRole, self.workType)

        self.workTypeError = QLabel(ExamDialog)
        self.workTypeError.setObjectName(u"workTypeError")
        self.workTypeError.setWordWrap(True)

        self.form.setWidget(3, QFormLayout.ItemRole.FieldRole, self.workTypeError)

        self.levelLabel = QLabel(ExamDialog)
        self.levelLabel.setObjectName(u"levelLabel")

        self.form.setWidget(4, QFormLayout.ItemRole.LabelRole, self.levelLabel)

        self.level = QComboBox(ExamDialog)
        self.level.setObjectName(u"level")
        self.level.setMinimumSize(QSize(280, 0))

        self.form.setWidget(4, QFormLayout.ItemRole.FieldRole, self.level)

        self.levelError = QLabel(ExamDialog)
        self.levelError.setObjectName(u"levelError")
        self.levelError.setWordWrap(True)

        self.form.setWidget(5, QFormLayout.ItemRole.FieldRole, self.levelError)

        self.examDateLabel = QLabel(ExamDialog)
        self.examDateLabel.setObjectName(u"examDateLabel")

        self.form.setWidget(6, QFormLayout.ItemRole.LabelRole, self.examDateLabel)

        self.examDate = QDateEdit(ExamDialog)
        self.examDate.setObjectName(u"examDate")
        self.examDate.setCalendarPopup(True)

        self.form.setWidget(6, QFormLayout.ItemRole.FieldRole, self.examDate)

        self.examDateError = QLabel(ExamDialog)
        self.examDateError.setObjectName(u"examDateError")
        self.examDateError.setWordWrap(True)

        self.form.setWidget(7, QFormLayout.ItemRole.FieldRole, self.examDateError)

        self.evaluatingOrgLabel = QLabel(ExamDialog)
        self.evaluatingOrgLabel.setObjectName(u"evaluatingOrgLabel")

        self.form.setWidget(8, QFormLayout.ItemRole.LabelRole, self.evaluatingOrgLabel)

        self.evaluatingOrg = QLineEdit(ExamDialog)
        self.evaluatingOrg.setObjectName(u"evaluatingOrg")
        self.evaluatingOrg.setMaxLength(100)
        self.evaluatingOrg.setMinimumSize(QSize(280, 0))

        self.form.setWidget(8, QFormLayout.ItemRole.FieldRole, self.evaluatingOrg)

        self.evaluatingOrgError = QLabel(ExamDialog)
        self.evaluatingOrgError.setObjectName(u"evaluatingOrgError")
        self.evaluatingOrgError.setWordWrap(True)

        self.form.setWidget(9, QFormLayout.ItemRole.FieldRole, self.evaluatingOrgError)

        self.dualCertificateLabel = QLabel(ExamDialog)
        self.dualCertificateLabel.setObjectName(u"dualCertificateLabel")

        self.form.setWidget(10, QFormLayout.ItemRole.LabelRole, self.dualCertificateLabel)

        self.dualCertificate = QCheckBox(ExamDialog)
        self.dualCertificate.setObjectName(u"dualCertificate")

        self.form.setWidget(10, QFormLayout.ItemRole.FieldRole, self.dualCertificate)

        self.dualCertificateError = QLabel(ExamDialog)
        self.dualCertificateError.setObjectName(u"dualCertificateError")
        self.dualCertificateError.setWordWrap(True)

        self.form.setWidget(11, QFormLayout.ItemRole.FieldRole, self.dualCertificateError)

        self.enterpriseIssuerLabel = QLabel(ExamDialog)
        self.enterpriseIssuerLabel.setObjectName(u"enterpriseIssuerLabel")

        self.form.setWidget(12, QFormLayout.ItemRole.LabelRole, self.enterpriseIssuerLabel)

        self.enterpriseIssuer = QLineEdit(ExamDialog)
        self.enterpriseIssuer.setObjectName(u"enterpriseIssuer")
        self.enterpriseIssuer.setMaxLength(100)
        self.enterpriseIssuer.setMinimumSize(QSize(280, 0))

        self.form.setWidget(12, QFormLayout.ItemRole.FieldRole, self.enterpriseIssuer)

        self.enterpriseIssuerError = QLabel(ExamDialog)
        self.enterpriseIssuerError.setObjectName(u"enterpriseIssuerError")
        self.enterpriseIssuerError.setWordWrap(True)

        self.form.setWidget(13, QFormLayout.ItemRole.FieldRole, self.enterpriseIssuerError)

        self.passMarkLabel = QLabel(ExamDialog)
        self.passMarkLabel.setObjectName(u"passMarkLabel")

        self.form.setWidget(14, QFormLayout.ItemRole.LabelRole, self.passMarkLabel)

        self.passMark = QDoubleSpinBox(ExamDialog)
        self.passMark.setObjectName(u"passMark")
        self.passMark.setDecimals(1)
        self.passMark.setMaximum(100.000000000000000)
        self.passMark.setValue(60.000000000000000)

        self.form.setWidget(14, QFormLayout.ItemRole.FieldRole, self.passMark)

        self.passMarkError = QLabel(ExamDialog)
        self.passMarkError.setObjectName(u"passMarkError")
        self.passMarkError.setWordWrap(True)

        self.form.setWidget(15, QFormLayout.ItemRole.FieldRole, self.passMarkError)

        self.noteLabel = QLabel(ExamDialog)
        self.noteLabel.setObjectName(u"noteLabel")

        self.form.setWidget(16, QFormLayout.ItemRole.LabelRole, self.noteLabel)

        self.note = QPlainTextEdit(ExamDialog)
        self.note.setObjectName(u"note")
        self.note.setMaximumSize(QSize(16777215, 90))
        self.note.setMinimumSize(QSize(280, 56))
        self.note.setTabChangesFocus(True)

        self.form.setWidget(16, QFormLayout.ItemRole.FieldRole, self.note)

        self.noteError = QLabel(ExamDialog)
        self.noteError.setObjectName(u"noteError")
        self.noteError.setWordWrap(True)

        self.form.setWidget(17, QFormLayout.ItemRole.FieldRole, self.noteError)


        self.dialogLayout.addLayout(self.form)

        self.bottomSpacer = QSpacerItem(20, 0, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.dialogLayout.addItem(self.bottomSpacer)

        self.buttons = QDialogButtonBox(ExamDialog)
        self.buttons.setObjectName(u"buttons")
        self.buttons.setStandardButtons(QDialogButtonBox.Cancel|QDialogButtonBox.Save)

        self.dialogLayout.addWidget(self.buttons)

#if QT_CONFIG(shortcut)
        self.occupationLabel.setBuddy(self.occupation)
        self.workTypeLabel.setBuddy(self.workType)
        self.levelLabel.setBuddy(self.level)
        self.examDateLabel.setBuddy(self.examDate)
        self.evaluatingOrgLabel.setBuddy(self.evaluatingOrg)
        self.dualCertificateLabel.setBuddy(self.dualCertificate)
        self.enterpriseIssuerLabel.setBuddy(self.enterpriseIssuer)
        self.passMarkLabel.setBuddy(self.passMark)
        self.noteLabel.setBuddy(self.note)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.occupation, self.workType)
        QWidget.setTabOrder(self.workType, self.level)
        QWidget.setTabOrder(self.level, self.examDate)
        QWidget.setTabOrder(self.examDate, self.evaluatingOrg)
        QWidget.setTabOrder(self.evaluatingOrg, self.dualCertificate)
        QWidget.setTabOrder(self.dualCertificate, self.enterpriseIssuer)
        QWidget.setTabOrder(self.enterpriseIssuer, self.passMark)
        QWidget.setTabOrder(self.passMark, self.note)
        QWidget.setTabOrder(self.note, self.buttons)

        self.retranslateUi(ExamDialog)
    # setupUi

    def retranslateUi(self, ExamDialog):
        ExamDialog.setWindowTitle(QCoreApplication.translate("ExamDialog", u"Exam", None))
        self.formError.setText("")
        self.occupationLabel.setText(QCoreApplication.translate("ExamDialog", u"Occupation", None))
        self.occupationError.setText("")
        self.workTypeLabel.setText(QCoreApplication.translate("ExamDialog", u"Work type", None))
        self.workType.setPlaceholderText(QCoreApplication.translate("ExamDialog", u"e.g. live-commerce seller", None))
        self.workTypeError.setText("")
        self.levelLabel.setText(QCoreApplication.translate("ExamDialog", u"Skill level", None))
        self.levelError.setText("")
        self.examDateLabel.setText(QCoreApplication.translate("ExamDialog", u"Exam date", None))
        self.examDate.setDisplayFormat(QCoreApplication.translate("ExamDialog", u"yyyy-MM-dd", None))
        self.examDateError.setText("")
        self.evaluatingOrgLabel.setText(QCoreApplication.translate("ExamDialog", u"Evaluating organisation", None))
        self.evaluatingOrgError.setText("")
        self.dualCertificateLabel.setText(QCoreApplication.translate("ExamDialog", u"One exam, two certificates", None))
        self.dualCertificate.setText(QCoreApplication.translate("ExamDialog", u"A pass also issues the enterprise certificate", None))
        self.dualCertificateError.setText("")
        self.enterpriseIssuerLabel.setText(QCoreApplication.translate("ExamDialog", u"Enterprise certificate issuer", None))
        self.enterpriseIssuerError.setText("")
        self.passMarkLabel.setText(QCoreApplication.translate("ExamDialog", u"Pass mark", None))
        self.passMarkError.setText("")
        self.noteLabel.setText(QCoreApplication.translate("ExamDialog", u"Note", None))
        self.noteError.setText("")
    # retranslateUi

