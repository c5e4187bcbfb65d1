# GENERATED from forms/script_diff_dialog.ui by packaging/build_forms.py (pyside6-uic) - do not edit.
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
    QGridLayout, QHBoxLayout, QLabel, QPlainTextEdit,
    QPushButton, QSizePolicy, QSpacerItem, QVBoxLayout,
    QWidget)

class Ui_ScriptDiffDialog(object):
    def setupUi(self, ScriptDiffDialog):
        if not ScriptDiffDialog.objectName():
            ScriptDiffDialog.setObjectName(u"ScriptDiffDialog")
        ScriptDiffDialog.resize(1100, 640)
        ScriptDiffDialog.setSizeGripEnabled(True)
        self.dialogLayout = QVBoxLayout(ScriptDiffDialog)
        self.dialogLayout.setObjectName(u"dialogLayout")
        self.formError = QLabel(ScriptDiffDialog)
        self.formError.setObjectName(u"formError")
        self.formError.setWordWrap(True)

        self.dialogLayout.addWidget(self.formError)

        self.panes = QGridLayout()
        self.panes.setObjectName(u"panes")
        self.panes.setHorizontalSpacing(8)
        self.leftTitle = QLabel(ScriptDiffDialog)
        self.leftTitle.setObjectName(u"leftTitle")
        self.leftTitle.setWordWrap(True)

        self.panes.addWidget(self.leftTitle, 0, 0, 1, 1)

        self.rightTitle = QLabel(ScriptDiffDialog)
        self.rightTitle.setObjectName(u"rightTitle")
        self.rightTitle.setWordWrap(True)

        self.panes.addWidget(self.rightTitle, 0, 1, 1, 1)

        self.leftText = QPlainTextEdit(ScriptDiffDialog)
        self.leftText.setObjectName(u"leftText")
        self.leftText.setMinimumSize(QSize(300, 200))
        self.leftText.setReadOnly(True)
        self.leftText.setLineWrapMode(QPlainTextEdit.NoWrap)

        self.panes.addWidget(self.leftText, 1, 0, 1, 1)

        self.rightText = QPlainTextEdit(ScriptDiffDialog)
        self.rightText.setObjectName(u"rightText")
        self.rightText.setMinimumSize(QSize(300, 200))
        self.rightText.setReadOnly(True)
        self.rightText.setLineWrapMode(QPlainTextEdit.NoWrap)

        self.panes.addWidget(self.rightText, 1, 1, 1, 1)

        self.panes.setColumnStretch(0, 1)
        self.panes.setColumnStretch(1, 1)

        self.dialogLayout.addLayout(self.panes)

        self.summaryLabel = QLabel(ScriptDiffDialog)
        self.summaryLabel.setObjectName(u"summaryLabel")
        self.summaryLabel.setWordWrap(True)

        self.dialogLayout.addWidget(self.summaryLabel)

        self.bottomLayout = QHBoxLayout()
        self.bottomLayout.setObjectName(u"bottomLayout")
        self.previousChange = QPushButton(ScriptDiffDialog)
        self.previousChange.setObjectName(u"previousChange")

        self.bottomLayout.addWidget(self.previousChange)

        self.nextChange = QPushButton(ScriptDiffDialog)
        self.nextChange.setObjectName(u"nextChange")

        self.bottomLayout.addWidget(self.nextChange)

        self.legend = QLabel(ScriptDiffDialog)
        self.legend.setObjectName(u"legend")

        self.bottomLayout.addWidget(self.legend)

        self.bottomSpacer = QSpacerItem(10, 10, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.bottomLayout.addItem(self.bottomSpacer)

        self.buttons = QDialogButtonBox(ScriptDiffDialog)
        self.buttons.setObjectName(u"buttons")
        self.buttons.setStandardButtons(QDialogButtonBox.Close)

        self.bottomLayout.addWidget(self.buttons)


        self.dialogLayout.addLayout(self.bottomLayout)

        QWidget.setTabOrder(self.leftText, self.rightText)
        QWidget.setTabOrder(self.rightText, self.previousChange)
        QWidget.setTabOrder(self.previousChange, self.nextChange)

        self.retranslateUi(ScriptDiffDialog)
    # setupUi

    def retranslateUi(self, ScriptDiffDialog):
        ScriptDiffDialog.setWindowTitle(QCoreApplication.translate("ScriptDiffDialog", u"Compare script versions", None))
        self.formError.setText("")
        self.leftTitle.setText(QCoreApplication.translate("ScriptDiffDialog", u"Older version", None))
        self.rightTitle.setText(QCoreApplication.translate("ScriptDiffDialog", u"Newer version", None))
        self.summaryLabel.setText("")
        self.previousChange.setText(QCoreApplication.translate("ScriptDiffDialog", u"Previous change", None))
        self.nextChange.setText(QCoreApplication.translate("ScriptDiffDialog", u"Next change", None))
        self.legend.setText("")
    # retranslateUi

