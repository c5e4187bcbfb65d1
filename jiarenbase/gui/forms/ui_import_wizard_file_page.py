# GENERATED from forms/import_wizard_file_page.ui by packaging/build_forms.py (pyside6-uic) - do not edit.
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
from PySide6.QtWidgets import (QApplication, QHBoxLayout, QLabel, QLineEdit,
    QPushButton, QSizePolicy, QSpacerItem, QVBoxLayout,
    QWidget, QWizardPage)

class Ui_ImportFilePage(object):
    def setupUi(self, ImportFilePage):
        if not ImportFilePage.objectName():
            ImportFilePage.setObjectName(u"ImportFilePage")
        self.verticalLayout = QVBoxLayout(ImportFilePage)
        self.verticalLayout.setSpacing(12)
        self.verticalLayout.setObjectName(u"verticalLayout")
        self.intro = QLabel(ImportFilePage)
        self.intro.setObjectName(u"intro")
        self.intro.setWordWrap(True)

        self.verticalLayout.addWidget(self.intro)

        self.fileRow = QHBoxLayout()
        self.fileRow.setObjectName(u"fileRow")
        self.fileLabel = QLabel(ImportFilePage)
        self.fileLabel.setObjectName(u"fileLabel")

        self.fileRow.addWidget(self.fileLabel)

        self.pathEdit = QLineEdit(ImportFilePage)
        self.pathEdit.setObjectName(u"pathEdit")
        self.pathEdit.setClearButtonEnabled(True)

        self.fileRow.addWidget(self.pathEdit)

        self.browseButton = QPushButton(ImportFilePage)
        self.browseButton.setObjectName(u"browseButton")

        self.fileRow.addWidget(self.browseButton)


        self.verticalLayout.addLayout(self.fileRow)

        self.message = QLabel(ImportFilePage)
        self.message.setObjectName(u"message")
        self.message.setWordWrap(True)
        self.message.setTextInteractionFlags(Qt.TextSelectableByMouse)

        self.verticalLayout.addWidget(self.message)

        self.verticalSpacer = QSpacerItem(20, 40, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.verticalLayout.addItem(self.verticalSpacer)

#if QT_CONFIG(shortcut)
        self.fileLabel.setBuddy(self.pathEdit)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.pathEdit, self.browseButton)

        self.retranslateUi(ImportFilePage)
    # setupUi

    def retranslateUi(self, ImportFilePage):
        ImportFilePage.setTitle(QCoreApplication.translate("ImportFilePage", u"Choose the roster file", None))
        ImportFilePage.setSubTitle(QCoreApplication.translate("ImportFilePage", u"The roster a partner school sent: an Excel workbook (.xlsx, .xlsm) or a CSV file.", None))
        self.intro.setText(QCoreApplication.translate("ImportFilePage", u"The first sheet with the columns \u59d3\u540d and \u8eab\u4efd\u8bc1\u53f7 is read; the header may be anywhere in the first 30 rows. Nothing is saved until you confirm the import.", None))
        self.fileLabel.setText(QCoreApplication.translate("ImportFilePage", u"File:", None))
        self.pathEdit.setPlaceholderText(QCoreApplication.translate("ImportFilePage", u"Path of the roster file", None))
        self.browseButton.setText(QCoreApplication.translate("ImportFilePage", u"Browse\u2026", None))
        self.message.setText("")
    # retranslateUi

