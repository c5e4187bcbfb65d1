# GENERATED from forms/compliance_terms_dialog.ui by packaging/build_forms.py (pyside6-uic) - do not edit.
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
    QDialogButtonBox, QHBoxLayout, QHeaderView, QLabel,
    QPushButton, QSizePolicy, QSpacerItem, QTableWidget,
    QTableWidgetItem, QVBoxLayout, QWidget)

class Ui_ComplianceTermsDialog(object):
    def setupUi(self, ComplianceTermsDialog):
        if not ComplianceTermsDialog.objectName():
            ComplianceTermsDialog.setObjectName(u"ComplianceTermsDialog")
        ComplianceTermsDialog.resize(900, 600)
        ComplianceTermsDialog.setSizeGripEnabled(True)
        self.dialogLayout = QVBoxLayout(ComplianceTermsDialog)
        self.dialogLayout.setObjectName(u"dialogLayout")
        self.intro = QLabel(ComplianceTermsDialog)
        self.intro.setObjectName(u"intro")
        self.intro.setWordWrap(True)

        self.dialogLayout.addWidget(self.intro)

        self.formError = QLabel(ComplianceTermsDialog)
        self.formError.setObjectName(u"formError")
        self.formError.setWordWrap(True)

        self.dialogLayout.addWidget(self.formError)

        self.table = QTableWidget(ComplianceTermsDialog)
        if (self.table.columnCount() < 4):
            self.table.setColumnCount(4)
        __qtablewidgetitem = QTableWidgetItem()
        self.table.setHorizontalHeaderItem(0, __qtablewidgetitem)
        __qtablewidgetitem1 = QTableWidgetItem()
        self.table.setHorizontalHeaderItem(1, __qtablewidgetitem1)
        __qtablewidgetitem2 = QTableWidgetItem()
        self.table.setHorizontalHeaderItem(2, __qtablewidgetitem2)
        __qtablewidgetitem3 = QTableWidgetItem()
        self.table.setHorizontalHeaderItem(3, __qtablewidgetitem3)
        self.table.setObjectName(u"table")
        self.table.setAlternatingRowColors(True)
        self.table.setSelectionBehavior(QAbstractItemView.SelectRows)
        self.table.setColumnCount(4)

        self.dialogLayout.addWidget(self.table)

        self.tableButtons = QHBoxLayout()
        self.tableButtons.setObjectName(u"tableButtons")
        self.addTerm = QPushButton(ComplianceTermsDialog)
        self.addTerm.setObjectName(u"addTerm")

        self.tableButtons.addWidget(self.addTerm)

        self.removeTerms = QPushButton(ComplianceTermsDialog)
        self.removeTerms.setObjectName(u"removeTerms")

        self.tableButtons.addWidget(self.removeTerms)

        self.restoreDefaults = QPushButton(ComplianceTermsDialog)
        self.restoreDefaults.setObjectName(u"restoreDefaults")

        self.tableButtons.addWidget(self.restoreDefaults)

        self.tableSpacer = QSpacerItem(10, 10, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.tableButtons.addItem(self.tableSpacer)

        self.countLabel = QLabel(ComplianceTermsDialog)
        self.countLabel.setObjectName(u"countLabel")

        self.tableButtons.addWidget(self.countLabel)


        self.dialogLayout.addLayout(self.tableButtons)

        self.buttons = QDialogButtonBox(ComplianceTermsDialog)
        self.buttons.setObjectName(u"buttons")
        self.buttons.setStandardButtons(QDialogButtonBox.Cancel|QDialogButtonBox.Save)

        self.dialogLayout.addWidget(self.buttons)

        QWidget.setTabOrder(self.table, self.addTerm)
        QWidget.setTabOrder(self.addTerm, self.removeTerms)
        QWidget.setTabOrder(self.removeTerms, self.restoreDefaults)

        self.retranslateUi(ComplianceTermsDialog)
    # setupUi

    def retranslateUi(self, ComplianceTermsDialog):
        ComplianceTermsDialog.setWindowTitle(QCoreApplication.translate("ComplianceTermsDialog", u"Banned advertising terms", None))
        self.intro.setText(QCoreApplication.translate("ComplianceTermsDialog", u"The compliance check flags these terms in sales scripts (Advertising Law art. 9: no \u201cnational-level\u201d, \u201chighest\u201d, \u201cbest\u201d and the like). A term is not flagged inside a phrase listed under \u201cAllowed in\u201d (separate several with \u3001), e.g. \u6700\u8fd1 for \u6700.", None))
        self.formError.setText("")
        ___qtablewidgetitem = self.table.horizontalHeaderItem(0)
        ___qtablewidgetitem.setText(QCoreApplication.translate("ComplianceTermsDialog", u"Term", None))
        ___qtablewidgetitem1 = self.table.horizontalHeaderItem(1)
        ___qtablewidgetitem1.setText(QCoreApplication.translate("ComplianceTermsDialog", u"Category", None))
        ___qtablewidgetitem2 = self.table.horizontalHeaderItem(2)
        ___qtablewidgetitem2.setText(QCoreApplication.translate("ComplianceTermsDialog", u"Reason", None))
        ___qtablewidgetitem3 = self.table.horizontalHeaderItem(3)
        ___qtablewidgetitem3.setText(QCoreApplication.translate("ComplianceTermsDialog", u"Allowed in", None))
        self.addTerm.setText(QCoreApplication.translate("ComplianceTermsDialog", u"Add term", None))
        self.removeTerms.setText(QCoreApplication.translate("ComplianceTermsDialog", u"Remove selected", None))
        self.restoreDefaults.setText(QCoreApplication.translate("ComplianceTermsDialog", u"Restore defaults", None))
        self.countLabel.setText("")
    # retranslateUi

