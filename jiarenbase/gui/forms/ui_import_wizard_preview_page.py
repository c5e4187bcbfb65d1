# GENERATED from forms/import_wizard_preview_page.ui by packaging/build_forms.py (pyside6-uic) - do not edit.
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
from PySide6.QtWidgets import (QAbstractItemView, QApplication, QCheckBox, QHBoxLayout,
    QHeaderView, QLabel, QProgressBar, QSizePolicy,
    QTableView, QVBoxLayout, QWidget, QWizardPage)

class Ui_ImportPreviewPage(object):
    def setupUi(self, ImportPreviewPage):
        if not ImportPreviewPage.objectName():
            ImportPreviewPage.setObjectName(u"ImportPreviewPage")
        self.verticalLayout = QVBoxLayout(ImportPreviewPage)
        self.verticalLayout.setSpacing(8)
        self.verticalLayout.setObjectName(u"verticalLayout")
        self.countsRow = QHBoxLayout()
        self.countsRow.setSpacing(12)
        self.countsRow.setObjectName(u"countsRow")
        self.counts = QLabel(ImportPreviewPage)
        self.counts.setObjectName(u"counts")
        sizePolicy = QSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
        sizePolicy.setHorizontalStretch(1)
        sizePolicy.setVerticalStretch(0)
        sizePolicy.setHeightForWidth(self.counts.sizePolicy().hasHeightForWidth())
        self.counts.setSizePolicy(sizePolicy)
        self.counts.setWordWrap(True)

        self.countsRow.addWidget(self.counts)

        self.problemsOnlyCheck = QCheckBox(ImportPreviewPage)
        self.problemsOnlyCheck.setObjectName(u"problemsOnlyCheck")

        self.countsRow.addWidget(self.problemsOnlyCheck)


        self.verticalLayout.addLayout(self.countsRow)

        self.info = QLabel(ImportPreviewPage)
        self.info.setObjectName(u"info")
        self.info.setWordWrap(True)

        self.verticalLayout.addWidget(self.info)

        self.readingBar = QProgressBar(ImportPreviewPage)
        self.readingBar.setObjectName(u"readingBar")
        self.readingBar.setMaximum(0)
        self.readingBar.setValue(-1)
        self.readingBar.setTextVisible(False)

        self.verticalLayout.addWidget(self.readingBar)

        self.message = QLabel(ImportPreviewPage)
        self.message.setObjectName(u"message")
        self.message.setWordWrap(True)
        self.message.setTextInteractionFlags(Qt.TextSelectableByMouse)

        self.verticalLayout.addWidget(self.message)

        self.table = QTableView(ImportPreviewPage)
        self.table.setObjectName(u"table")
        self.table.setEditTriggers(QAbstractItemView.NoEditTriggers)
        self.table.setAlternatingRowColors(False)
        self.table.setSelectionBehavior(QAbstractItemView.SelectRows)
        self.table.setWordWrap(False)
        self.table.horizontalHeader().setStretchLastSection(False)
        self.table.verticalHeader().setVisible(False)

        self.verticalLayout.addWidget(self.table)


        self.retranslateUi(ImportPreviewPage)
    # setupUi

    def retranslateUi(self, ImportPreviewPage):
        ImportPreviewPage.setTitle(QCoreApplication.translate("ImportPreviewPage", u"Check the roster", None))
        ImportPreviewPage.setSubTitle(QCoreApplication.translate("ImportPreviewPage", u"Every row as read from the file. Red rows are not imported; yellow rows are imported with a warning; blue rows are skipped or carry a note.", None))
        self.counts.setText("")
        self.problemsOnlyCheck.setText(QCoreApplication.translate("ImportPreviewPage", u"Only rows with problems", None))
#if QT_CONFIG(tooltip)
        self.problemsOnlyCheck.setToolTip(QCoreApplication.translate("ImportPreviewPage", u"Show only the rows with an error or a warning", None))
#endif // QT_CONFIG(tooltip)
        self.info.setText("")
        self.message.setText("")
    # retranslateUi

