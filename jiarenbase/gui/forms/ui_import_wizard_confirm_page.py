# GENERATED from forms/import_wizard_confirm_page.ui by packaging/build_forms.py (pyside6-uic) - do not edit.
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
from PySide6.QtWidgets import (QApplication, QLabel, QSizePolicy, QSpacerItem,
    QVBoxLayout, QWidget, QWizardPage)

class Ui_ImportConfirmPage(object):
    def setupUi(self, ImportConfirmPage):
        if not ImportConfirmPage.objectName():
            ImportConfirmPage.setObjectName(u"ImportConfirmPage")
        self.verticalLayout = QVBoxLayout(ImportConfirmPage)
        self.verticalLayout.setSpacing(12)
        self.verticalLayout.setObjectName(u"verticalLayout")
        self.summary = QLabel(ImportConfirmPage)
        self.summary.setObjectName(u"summary")
        self.summary.setWordWrap(True)

        self.verticalLayout.addWidget(self.summary)

        self.details = QLabel(ImportConfirmPage)
        self.details.setObjectName(u"details")
        self.details.setWordWrap(True)

        self.verticalLayout.addWidget(self.details)

        self.message = QLabel(ImportConfirmPage)
        self.message.setObjectName(u"message")
        self.message.setWordWrap(True)
        self.message.setTextInteractionFlags(Qt.TextSelectableByMouse)

        self.verticalLayout.addWidget(self.message)

        self.verticalSpacer = QSpacerItem(20, 40, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.verticalLayout.addItem(self.verticalSpacer)


        self.retranslateUi(ImportConfirmPage)
    # setupUi

    def retranslateUi(self, ImportConfirmPage):
        ImportConfirmPage.setTitle(QCoreApplication.translate("ImportConfirmPage", u"Confirm the import", None))
        ImportConfirmPage.setSubTitle(QCoreApplication.translate("ImportConfirmPage", u"The students are saved in one step: all of them or, if anything goes wrong, none.", None))
        self.summary.setText("")
        self.details.setText("")
        self.message.setText("")
    # retranslateUi

