# GENERATED from forms/appraisal_dialog.ui by packaging/build_forms.py (pyside6-uic) - do not edit.
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
    QLabel, QPlainTextEdit, QSizePolicy, QVBoxLayout,
    QWidget)

class Ui_AppraisalDialog(object):
    def setupUi(self, AppraisalDialog):
        if not AppraisalDialog.objectName():
            AppraisalDialog.setObjectName(u"AppraisalDialog")
        AppraisalDialog.resize(600, 440)
        AppraisalDialog.setSizeGripEnabled(True)
        self.dialogLayout = QVBoxLayout(AppraisalDialog)
        self.dialogLayout.setSpacing(8)
        self.dialogLayout.setObjectName(u"dialogLayout")
        self.studentName = QLabel(AppraisalDialog)
        self.studentName.setObjectName(u"studentName")

        self.dialogLayout.addWidget(self.studentName)

        self.hint = QLabel(AppraisalDialog)
        self.hint.setObjectName(u"hint")
        self.hint.setWordWrap(True)

        self.dialogLayout.addWidget(self.hint)

        self.opinion = QPlainTextEdit(AppraisalDialog)
        self.opinion.setObjectName(u"opinion")
        self.opinion.setTabChangesFocus(True)
        self.opinion.setMinimumSize(QSize(400, 180))

        self.dialogLayout.addWidget(self.opinion)

        self.opinionError = QLabel(AppraisalDialog)
        self.opinionError.setObjectName(u"opinionError")
        self.opinionError.setWordWrap(True)

        self.dialogLayout.addWidget(self.opinionError)

        self.count = QLabel(AppraisalDialog)
        self.count.setObjectName(u"count")
        self.count.setAlignment(Qt.AlignRight|Qt.AlignVCenter)

        self.dialogLayout.addWidget(self.count)

        self.formError = QLabel(AppraisalDialog)
        self.formError.setObjectName(u"formError")
        self.formError.setWordWrap(True)

        self.dialogLayout.addWidget(self.formError)

        self.buttons = QDialogButtonBox(AppraisalDialog)
        self.buttons.setObjectName(u"buttons")
        self.buttons.setStandardButtons(QDialogButtonBox.Cancel|QDialogButtonBox.Save)

        self.dialogLayout.addWidget(self.buttons)

        QWidget.setTabOrder(self.opinion, self.buttons)

        self.retranslateUi(AppraisalDialog)
    # setupUi

    def retranslateUi(self, AppraisalDialog):
        AppraisalDialog.setWindowTitle(QCoreApplication.translate("AppraisalDialog", u"Appraisal", None))
        self.studentName.setText("")
        self.hint.setText(QCoreApplication.translate("AppraisalDialog", u"The appraisal (\u9274\u5b9a\u610f\u89c1) is printed in the closing block of the student's report, as typed. Leave it empty to print blank lines to write on by hand.", None))
        self.opinion.setPlaceholderText(QCoreApplication.translate("AppraisalDialog", u"e.g. attitude, progress in drills and live sessions, strengths and what to work on", None))
        self.opinionError.setText("")
        self.count.setText("")
        self.formError.setText("")
    # retranslateUi

