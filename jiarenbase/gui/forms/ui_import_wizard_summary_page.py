# GENERATED from forms/import_wizard_summary_page.ui by packaging/build_forms.py (pyside6-uic) - do not edit.
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
from PySide6.QtWidgets import (QApplication, QFormLayout, QHBoxLayout, QLabel,
    QPushButton, QSizePolicy, QSpacerItem, QVBoxLayout,
    QWidget, QWizardPage)

class Ui_ImportSummaryPage(object):
    def setupUi(self, ImportSummaryPage):
        if not ImportSummaryPage.objectName():
            ImportSummaryPage.setObjectName(u"ImportSummaryPage")
        self.verticalLayout = QVBoxLayout(ImportSummaryPage)
        self.verticalLayout.setSpacing(12)
        self.verticalLayout.setObjectName(u"verticalLayout")
        self.form = QFormLayout()
        self.form.setObjectName(u"form")
        self.form.setHorizontalSpacing(16)
        self.form.setVerticalSpacing(8)
        self.addedLabel = QLabel(ImportSummaryPage)
        self.addedLabel.setObjectName(u"addedLabel")

        self.form.setWidget(0, QFormLayout.ItemRole.LabelRole, self.addedLabel)

        self.addedValue = QLabel(ImportSummaryPage)
        self.addedValue.setObjectName(u"addedValue")

        self.form.setWidget(0, QFormLayout.ItemRole.FieldRole, self.addedValue)

        self.skippedLabel = QLabel(ImportSummaryPage)
        self.skippedLabel.setObjectName(u"skippedLabel")

        self.form.setWidget(1, QFormLayout.ItemRole.LabelRole, self.skippedLabel)

        self.skippedValue = QLabel(ImportSummaryPage)
        self.skippedValue.setObjectName(u"skippedValue")

        self.form.setWidget(1, QFormLayout.ItemRole.FieldRole, self.skippedValue)

        self.rejectedLabel = QLabel(ImportSummaryPage)
        self.rejectedLabel.setObjectName(u"rejectedLabel")

        self.form.setWidget(2, QFormLayout.ItemRole.LabelRole, self.rejectedLabel)

        self.rejectedValue = QLabel(ImportSummaryPage)
        self.rejectedValue.setObjectName(u"rejectedValue")

        self.form.setWidget(2, QFormLayout.ItemRole.FieldRole, self.rejectedValue)


        self.verticalLayout.addLayout(self.form)

        self.created = QLabel(ImportSummaryPage)
        self.created.setObjectName(u"created")
        self.created.setWordWrap(True)

        self.verticalLayout.addWidget(self.created)

        self.errorsHint = QLabel(ImportSummaryPage)
        self.errorsHint.setObjectName(u"errorsHint")
        self.errorsHint.setWordWrap(True)

        self.verticalLayout.addWidget(self.errorsHint)

        self.buttons = QHBoxLayout()
        self.buttons.setObjectName(u"buttons")
        self.saveErrorsButton = QPushButton(ImportSummaryPage)
        self.saveErrorsButton.setObjectName(u"saveErrorsButton")

        self.buttons.addWidget(self.saveErrorsButton)

        self.horizontalSpacer = QSpacerItem(40, 20, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.buttons.addItem(self.horizontalSpacer)


        self.verticalLayout.addLayout(self.buttons)

        self.saveMessage = QLabel(ImportSummaryPage)
        self.saveMessage.setObjectName(u"saveMessage")
        self.saveMessage.setWordWrap(True)
        self.saveMessage.setTextInteractionFlags(Qt.TextSelectableByMouse)

        self.verticalLayout.addWidget(self.saveMessage)

        self.verticalSpacer = QSpacerItem(20, 40, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.verticalLayout.addItem(self.verticalSpacer)


        self.retranslateUi(ImportSummaryPage)
    # setupUi

    def retranslateUi(self, ImportSummaryPage):
        ImportSummaryPage.setTitle(QCoreApplication.translate("ImportSummaryPage", u"Import finished", None))
        ImportSummaryPage.setSubTitle(QCoreApplication.translate("ImportSummaryPage", u"What was saved, and what was left out.", None))
        self.addedLabel.setText(QCoreApplication.translate("ImportSummaryPage", u"Students added:", None))
        self.addedValue.setText("")
        self.skippedLabel.setText(QCoreApplication.translate("ImportSummaryPage", u"Already enrolled (skipped):", None))
        self.skippedValue.setText("")
        self.rejectedLabel.setText(QCoreApplication.translate("ImportSummaryPage", u"Rows with problems (not imported):", None))
        self.rejectedValue.setText("")
        self.created.setText("")
        self.errorsHint.setText(QCoreApplication.translate("ImportSummaryPage", u"Save the rows with problems as an Excel file, send it back to the school to correct, then import the corrected file: nobody is added twice.", None))
        self.saveErrorsButton.setText(QCoreApplication.translate("ImportSummaryPage", u"Save error list\u2026", None))
        self.saveMessage.setText("")
    # retranslateUi

