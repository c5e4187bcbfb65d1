# GENERATED from forms/sign_off_dialog.ui by packaging/build_forms.py (pyside6-uic) - do not edit.
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
from PySide6.QtWidgets import (QAbstractButton, QAbstractItemView, QApplication, QDialog,
    QDialogButtonBox, QGroupBox, QHeaderView, QLabel,
    QPlainTextEdit, QSizePolicy, QSpacerItem, QTableWidget,
    QTableWidgetItem, QVBoxLayout, QWidget)

class Ui_SignOffDialog(object):
    def setupUi(self, SignOffDialog):
        if not SignOffDialog.objectName():
            SignOffDialog.setObjectName(u"SignOffDialog")
        SignOffDialog.resize(580, 480)
        SignOffDialog.setSizeGripEnabled(True)
        self.dialogLayout = QVBoxLayout(SignOffDialog)
        self.dialogLayout.setSpacing(8)
        self.dialogLayout.setObjectName(u"dialogLayout")
        self.studentName = QLabel(SignOffDialog)
        self.studentName.setObjectName(u"studentName")

        self.dialogLayout.addWidget(self.studentName)

        self.stageMove = QLabel(SignOffDialog)
        self.stageMove.setObjectName(u"stageMove")
        self.stageMove.setWordWrap(True)

        self.dialogLayout.addWidget(self.stageMove)

        self.checks = QTableWidget(SignOffDialog)
        self.checks.setObjectName(u"checks")
        self.checks.setEditTriggers(QAbstractItemView.NoEditTriggers)
        self.checks.setSelectionMode(QAbstractItemView.NoSelection)
        self.checks.setFocusPolicy(Qt.NoFocus)
        self.checks.setMinimumSize(QSize(520, 110))
        self.checks.setMaximumSize(QSize(16777215, 170))
        self.checks.horizontalHeader().setStretchLastSection(False)
        self.checks.verticalHeader().setVisible(False)

        self.dialogLayout.addWidget(self.checks)

        self.checkNotes = QLabel(SignOffDialog)
        self.checkNotes.setObjectName(u"checkNotes")
        self.checkNotes.setWordWrap(True)
        self.checkNotes.setTextFormat(Qt.PlainText)

        self.dialogLayout.addWidget(self.checkNotes)

        self.verdict = QLabel(SignOffDialog)
        self.verdict.setObjectName(u"verdict")
        self.verdict.setWordWrap(True)

        self.dialogLayout.addWidget(self.verdict)

        self.mentorNote = QLabel(SignOffDialog)
        self.mentorNote.setObjectName(u"mentorNote")
        self.mentorNote.setWordWrap(True)

        self.dialogLayout.addWidget(self.mentorNote)

        self.overrideBox = QGroupBox(SignOffDialog)
        self.overrideBox.setObjectName(u"overrideBox")
        self.overrideLayout = QVBoxLayout(self.overrideBox)
        self.overrideLayout.setObjectName(u"overrideLayout")
        self.overrideHint = QLabel(self.overrideBox)
        self.overrideHint.setObjectName(u"overrideHint")
        self.overrideHint.setWordWrap(True)

        self.overrideLayout.addWidget(self.overrideHint)

        self.overrideReasonLabel = QLabel(self.overrideBox)
        self.overrideReasonLabel.setObjectName(u"overrideReasonLabel")

        self.overrideLayout.addWidget(self.overrideReasonLabel)

        self.overrideReason = QPlainTextEdit(self.overrideBox)
        self.overrideReason.setObjectName(u"overrideReason")
        self.overrideReason.setTabChangesFocus(True)
        self.overrideReason.setMinimumSize(QSize(300, 70))
        self.overrideReason.setMaximumSize(QSize(16777215, 90))

        self.overrideLayout.addWidget(self.overrideReason)

        self.overrideReasonError = QLabel(self.overrideBox)
        self.overrideReasonError.setObjectName(u"overrideReasonError")
        self.overrideReasonError.setWordWrap(True)

        self.overrideLayout.addWidget(self.overrideReasonError)

        self.reasonCount = QLabel(self.overrideBox)
        self.reasonCount.setObjectName(u"reasonCount")

        self.overrideLayout.addWidget(self.reasonCount)


        self.dialogLayout.addWidget(self.overrideBox)

        self.formError = QLabel(SignOffDialog)
        self.formError.setObjectName(u"formError")
        self.formError.setWordWrap(True)

        self.dialogLayout.addWidget(self.formError)

        self.bottomSpacer = QSpacerItem(20, 0, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.dialogLayout.addItem(self.bottomSpacer)

        self.buttons = QDialogButtonBox(SignOffDialog)
        self.buttons.setObjectName(u"buttons")
        self.buttons.setStandardButtons(QDialogButtonBox.Cancel|QDialogButtonBox.Ok)

        self.dialogLayout.addWidget(self.buttons)

#if QT_CONFIG(shortcut)
        self.overrideReasonLabel.setBuddy(self.overrideReason)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.overrideReason, self.buttons)

        self.retranslateUi(SignOffDialog)
    # setupUi

    def retranslateUi(self, SignOffDialog):
        SignOffDialog.setWindowTitle(QCoreApplication.translate("SignOffDialog", u"Sign off a stage", None))
        self.studentName.setText("")
        self.stageMove.setText("")
        self.checkNotes.setText("")
        self.verdict.setText("")
        self.mentorNote.setText("")
        self.overrideBox.setTitle(QCoreApplication.translate("SignOffDialog", u"Override (pass although criteria are unmet)", None))
        self.overrideHint.setText(QCoreApplication.translate("SignOffDialog", u"Only staff may let a student pass without meeting every criterion. Write why; the reason is kept with the stage record and in the audit log.", None))
        self.overrideReasonLabel.setText(QCoreApplication.translate("SignOffDialog", u"Reason", None))
        self.overrideReason.setPlaceholderText(QCoreApplication.translate("SignOffDialog", u"At least 10 characters, e.g. what the student did instead", None))
        self.overrideReasonError.setText("")
        self.reasonCount.setText("")
        self.formError.setText("")
    # retranslateUi

