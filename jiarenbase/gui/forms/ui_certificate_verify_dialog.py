# GENERATED from forms/certificate_verify_dialog.ui by packaging/build_forms.py (pyside6-uic) - do not edit.
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

class Ui_CertificateVerifyDialog(object):
    def setupUi(self, CertificateVerifyDialog):
        if not CertificateVerifyDialog.objectName():
            CertificateVerifyDialog.setObjectName(u"CertificateVerifyDialog")
        CertificateVerifyDialog.resize(560, 420)
        CertificateVerifyDialog.setSizeGripEnabled(True)
        self.dialogLayout = QVBoxLayout(CertificateVerifyDialog)
        self.dialogLayout.setSpacing(8)
        self.dialogLayout.setObjectName(u"dialogLayout")
        self.hint = QLabel(CertificateVerifyDialog)
        self.hint.setObjectName(u"hint")
        self.hint.setWordWrap(True)

        self.dialogLayout.addWidget(self.hint)

        self.inputRow = QHBoxLayout()
        self.inputRow.setObjectName(u"inputRow")
        self.verifyText = QLineEdit(CertificateVerifyDialog)
        self.verifyText.setObjectName(u"verifyText")
        self.verifyText.setClearButtonEnabled(True)
        self.verifyText.setMinimumSize(QSize(320, 0))

        self.inputRow.addWidget(self.verifyText)

        self.verifyButton = QPushButton(CertificateVerifyDialog)
        self.verifyButton.setObjectName(u"verifyButton")

        self.inputRow.addWidget(self.verifyButton)


        self.dialogLayout.addLayout(self.inputRow)

        self.message = QLabel(CertificateVerifyDialog)
        self.message.setObjectName(u"message")
        self.message.setWordWrap(True)

        self.dialogLayout.addWidget(self.message)

        self.resultPanel = QFrame(CertificateVerifyDialog)
        self.resultPanel.setObjectName(u"resultPanel")
        self.resultPanel.setFrameShape(QFrame.StyledPanel)
        self.resultLayout = QVBoxLayout(self.resultPanel)
        self.resultLayout.setObjectName(u"resultLayout")
        self.status = QLabel(self.resultPanel)
        self.status.setObjectName(u"status")

        self.resultLayout.addWidget(self.status)

        self.note = QLabel(self.resultPanel)
        self.note.setObjectName(u"note")
        self.note.setWordWrap(True)

        self.resultLayout.addWidget(self.note)

        self.facts = QFormLayout()
        self.facts.setObjectName(u"facts")
        self.facts.setLabelAlignment(Qt.AlignRight|Qt.AlignVCenter)
        self.facts.setHorizontalSpacing(12)
        self.numberLabel = QLabel(self.resultPanel)
        self.numberLabel.setObjectName(u"numberLabel")

        self.facts.setWidget(0, QFormLayout.ItemRole.LabelRole, self.numberLabel)

        self.numberValue = QLabel(self.resultPanel)
        self.numberValue.setObjectName(u"numberValue")
        self.numberValue.setTextInteractionFlags(Qt.TextSelectableByMouse)

        self.facts.setWidget(0, QFormLayout.ItemRole.FieldRole, self.numberValue)

        self.holderLabel = QLabel(self.resultPanel)
        self.holderLabel.setObjectName(u"holderLabel")

        self.facts.setWidget(1, QFormLayout.ItemRole.LabelRole, self.holderLabel)

        self.holderValue = QLabel(self.resultPanel)
        self.holderValue.setObjectName(u"holderValue")

        self.facts.setWidget(1, QFormLayout.ItemRole.FieldRole, self.holderValue)

        self.idLabel = QLabel(self.resultPanel)
        self.idLabel.setObjectName(u"idLabel")

        self.facts.setWidget(2, QFormLayout.ItemRole.LabelRole, self.idLabel)

        self.idValue = QLabel(self.resultPanel)
        self.idValue.setObjectName(u"idValue")

        self.facts.setWidget(2, QFormLayout.ItemRole.FieldRole, self.idValue)

        self.cohortLabel = QLabel(self.resultPanel)
        self.cohortLabel.setObjectName(u"cohortLabel")

        self.facts.setWidget(3, QFormLayout.ItemRole.LabelRole, self.cohortLabel)

        self.cohortValue = QLabel(self.resultPanel)
        self.cohortValue.setObjectName(u"cohortValue")
        self.cohortValue.setWordWrap(True)

        self.facts.setWidget(3, QFormLayout.ItemRole.FieldRole, self.cohortValue)

        self.issuedLabel = QLabel(self.resultPanel)
        self.issuedLabel.setObjectName(u"issuedLabel")

        self.facts.setWidget(4, QFormLayout.ItemRole.LabelRole, self.issuedLabel)

        self.issuedValue = QLabel(self.resultPanel)
        self.issuedValue.setObjectName(u"issuedValue")

        self.facts.setWidget(4, QFormLayout.ItemRole.FieldRole, self.issuedValue)

        self.revokedLabel = QLabel(self.resultPanel)
        self.revokedLabel.setObjectName(u"revokedLabel")

        self.facts.setWidget(5, QFormLayout.ItemRole.LabelRole, self.revokedLabel)

        self.revokedValue = QLabel(self.resultPanel)
        self.revokedValue.setObjectName(u"revokedValue")

        self.facts.setWidget(5, QFormLayout.ItemRole.FieldRole, self.revokedValue)

        self.reasonLabel = QLabel(self.resultPanel)
        self.reasonLabel.setObjectName(u"reasonLabel")

        self.facts.setWidget(6, QFormLayout.ItemRole.LabelRole, self.reasonLabel)

        self.reasonValue = QLabel(self.resultPanel)
        self.reasonValue.setObjectName(u"reasonValue")
        self.reasonValue.setWordWrap(True)

        self.facts.setWidget(6, QFormLayout.ItemRole.FieldRole, self.reasonValue)


        self.resultLayout.addLayout(self.facts)


        self.dialogLayout.addWidget(self.resultPanel)

        self.stretch = QSpacerItem(0, 0, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.dialogLayout.addItem(self.stretch)

        self.buttonRow = QHBoxLayout()
        self.buttonRow.setObjectName(u"buttonRow")
        self.revokeButton = QPushButton(CertificateVerifyDialog)
        self.revokeButton.setObjectName(u"revokeButton")
        self.revokeButton.setAutoDefault(False)

        self.buttonRow.addWidget(self.revokeButton)

        self.buttonStretch = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.buttonRow.addItem(self.buttonStretch)

        self.buttons = QDialogButtonBox(CertificateVerifyDialog)
        self.buttons.setObjectName(u"buttons")
        self.buttons.setStandardButtons(QDialogButtonBox.Close)

        self.buttonRow.addWidget(self.buttons)


        self.dialogLayout.addLayout(self.buttonRow)

        QWidget.setTabOrder(self.verifyText, self.verifyButton)
        QWidget.setTabOrder(self.verifyButton, self.revokeButton)

        self.retranslateUi(CertificateVerifyDialog)

        self.verifyButton.setDefault(True)

    # setupUi

    def retranslateUi(self, CertificateVerifyDialog):
        CertificateVerifyDialog.setWindowTitle(QCoreApplication.translate("CertificateVerifyDialog", u"Verify a completion certificate", None))
        self.hint.setText(QCoreApplication.translate("CertificateVerifyDialog", u"Scan the QR code on the certificate, or type the certificate number and the verification code printed beside it, then press Enter.", None))
        self.verifyText.setPlaceholderText(QCoreApplication.translate("CertificateVerifyDialog", u"JRBCERT:\u2026 or JRB-ZB202406-01-003 K7P2Q9XM", None))
        self.verifyButton.setText(QCoreApplication.translate("CertificateVerifyDialog", u"Verify", None))
        self.message.setText("")
        self.status.setText("")
        self.note.setText("")
        self.numberLabel.setText(QCoreApplication.translate("CertificateVerifyDialog", u"Certificate number", None))
        self.numberValue.setText("")
        self.holderLabel.setText(QCoreApplication.translate("CertificateVerifyDialog", u"Holder", None))
        self.holderValue.setText("")
        self.idLabel.setText(QCoreApplication.translate("CertificateVerifyDialog", u"ID number", None))
        self.idValue.setText("")
        self.cohortLabel.setText(QCoreApplication.translate("CertificateVerifyDialog", u"Cohort", None))
        self.cohortValue.setText("")
        self.issuedLabel.setText(QCoreApplication.translate("CertificateVerifyDialog", u"Completed on", None))
        self.issuedValue.setText("")
        self.revokedLabel.setText(QCoreApplication.translate("CertificateVerifyDialog", u"Revoked on", None))
        self.revokedValue.setText("")
        self.reasonLabel.setText(QCoreApplication.translate("CertificateVerifyDialog", u"Reason", None))
        self.reasonValue.setText("")
        self.revokeButton.setText(QCoreApplication.translate("CertificateVerifyDialog", u"Revoke certificate\u2026", None))
    # retranslateUi

