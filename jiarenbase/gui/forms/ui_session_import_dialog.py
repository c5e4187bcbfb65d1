# GENERATED from forms/session_import_dialog.ui by packaging/build_forms.py (pyside6-uic) - do not edit.
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
from PySide6.QtWidgets import (QAbstractButton, QAbstractItemView, QApplication, QComboBox,
    QDialog, QDialogButtonBox, QFormLayout, QGroupBox,
    QHBoxLayout, QHeaderView, QLabel, QLineEdit,
    QPushButton, QSizePolicy, QSpacerItem, QSplitter,
    QTableView, QTableWidget, QTableWidgetItem, QVBoxLayout,
    QWidget)

class Ui_SessionImportDialog(object):
    def setupUi(self, SessionImportDialog):
        if not SessionImportDialog.objectName():
            SessionImportDialog.setObjectName(u"SessionImportDialog")
        SessionImportDialog.resize(1180, 640)
        SessionImportDialog.setSizeGripEnabled(True)
        self.dialogLayout = QVBoxLayout(SessionImportDialog)
        self.dialogLayout.setSpacing(6)
        self.dialogLayout.setObjectName(u"dialogLayout")
        self.formError = QLabel(SessionImportDialog)
        self.formError.setObjectName(u"formError")
        self.formError.setWordWrap(True)

        self.dialogLayout.addWidget(self.formError)

        self.fileRow = QHBoxLayout()
        self.fileRow.setObjectName(u"fileRow")
        self.fileLabel = QLabel(SessionImportDialog)
        self.fileLabel.setObjectName(u"fileLabel")

        self.fileRow.addWidget(self.fileLabel)

        self.filePath = QLineEdit(SessionImportDialog)
        self.filePath.setObjectName(u"filePath")
        self.filePath.setReadOnly(True)
        self.filePath.setMinimumSize(QSize(360, 0))

        self.fileRow.addWidget(self.filePath)

        self.browseButton = QPushButton(SessionImportDialog)
        self.browseButton.setObjectName(u"browseButton")

        self.fileRow.addWidget(self.browseButton)


        self.dialogLayout.addLayout(self.fileRow)

        self.defaultsRow = QHBoxLayout()
        self.defaultsRow.setSpacing(24)
        self.defaultsRow.setObjectName(u"defaultsRow")
        self.platformForm = QFormLayout()
        self.platformForm.setObjectName(u"platformForm")
        self.platformForm.setLabelAlignment(Qt.AlignRight|Qt.AlignVCenter)
        self.platformLabel = QLabel(SessionImportDialog)
        self.platformLabel.setObjectName(u"platformLabel")

        self.platformForm.setWidget(0, QFormLayout.ItemRole.LabelRole, self.platformLabel)

        self.platform = QComboBox(SessionImportDialog)
        self.platform.setObjectName(u"platform")
        self.platform.setMinimumSize(QSize(150, 0))

        self.platformForm.setWidget(0, QFormLayout.ItemRole.FieldRole, self.platform)

        self.kindLabel = QLabel(SessionImportDialog)
        self.kindLabel.setObjectName(u"kindLabel")

        self.platformForm.setWidget(1, QFormLayout.ItemRole.LabelRole, self.kindLabel)

        self.kind = QComboBox(SessionImportDialog)
        self.kind.setObjectName(u"kind")
        self.kind.setMinimumSize(QSize(150, 0))

        self.platformForm.setWidget(1, QFormLayout.ItemRole.FieldRole, self.kind)


        self.defaultsRow.addLayout(self.platformForm)

        self.whoForm = QFormLayout()
        self.whoForm.setObjectName(u"whoForm")
        self.whoForm.setLabelAlignment(Qt.AlignRight|Qt.AlignVCenter)
        self.studentLabel = QLabel(SessionImportDialog)
        self.studentLabel.setObjectName(u"studentLabel")

        self.whoForm.setWidget(0, QFormLayout.ItemRole.LabelRole, self.studentLabel)

        self.student = QComboBox(SessionImportDialog)
        self.student.setObjectName(u"student")
        self.student.setMinimumSize(QSize(220, 0))

        self.whoForm.setWidget(0, QFormLayout.ItemRole.FieldRole, self.student)

        self.mentorLabel = QLabel(SessionImportDialog)
        self.mentorLabel.setObjectName(u"mentorLabel")

        self.whoForm.setWidget(1, QFormLayout.ItemRole.LabelRole, self.mentorLabel)

        self.mentor = QComboBox(SessionImportDialog)
        self.mentor.setObjectName(u"mentor")
        self.mentor.setMinimumSize(QSize(220, 0))

        self.whoForm.setWidget(1, QFormLayout.ItemRole.FieldRole, self.mentor)


        self.defaultsRow.addLayout(self.whoForm)

        self.productsForm = QFormLayout()
        self.productsForm.setObjectName(u"productsForm")
        self.productsForm.setLabelAlignment(Qt.AlignRight|Qt.AlignVCenter)
        self.productsLabel = QLabel(SessionImportDialog)
        self.productsLabel.setObjectName(u"productsLabel")

        self.productsForm.setWidget(0, QFormLayout.ItemRole.LabelRole, self.productsLabel)

        self.products = QLineEdit(SessionImportDialog)
        self.products.setObjectName(u"products")
        self.products.setMaxLength(1000)

        self.productsForm.setWidget(0, QFormLayout.ItemRole.FieldRole, self.products)

        self.fileInfo = QLabel(SessionImportDialog)
        self.fileInfo.setObjectName(u"fileInfo")
        self.fileInfo.setWordWrap(True)

        self.productsForm.setWidget(1, QFormLayout.ItemRole.FieldRole, self.fileInfo)


        self.defaultsRow.addLayout(self.productsForm)


        self.dialogLayout.addLayout(self.defaultsRow)

        self.splitter = QSplitter(SessionImportDialog)
        self.splitter.setObjectName(u"splitter")
        self.splitter.setOrientation(Qt.Horizontal)
        self.splitter.setChildrenCollapsible(False)
        self.mappingGroup = QGroupBox(self.splitter)
        self.mappingGroup.setObjectName(u"mappingGroup")
        self.mappingLayout = QVBoxLayout(self.mappingGroup)
        self.mappingLayout.setObjectName(u"mappingLayout")
        self.mappingTable = QTableWidget(self.mappingGroup)
        if (self.mappingTable.columnCount() < 3):
            self.mappingTable.setColumnCount(3)
        __qtablewidgetitem = QTableWidgetItem()
        self.mappingTable.setHorizontalHeaderItem(0, __qtablewidgetitem)
        __qtablewidgetitem1 = QTableWidgetItem()
        self.mappingTable.setHorizontalHeaderItem(1, __qtablewidgetitem1)
        __qtablewidgetitem2 = QTableWidgetItem()
        self.mappingTable.setHorizontalHeaderItem(2, __qtablewidgetitem2)
        self.mappingTable.setObjectName(u"mappingTable")
        self.mappingTable.setMinimumSize(QSize(380, 200))
        self.mappingTable.setSelectionMode(QAbstractItemView.NoSelection)
        self.mappingTable.setColumnCount(3)

        self.mappingLayout.addWidget(self.mappingTable)

        self.mappingState = QLabel(self.mappingGroup)
        self.mappingState.setObjectName(u"mappingState")
        self.mappingState.setWordWrap(True)

        self.mappingLayout.addWidget(self.mappingState)

        self.mappingButtons = QHBoxLayout()
        self.mappingButtons.setObjectName(u"mappingButtons")
        self.mappingSpacer = QSpacerItem(0, 20, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.mappingButtons.addItem(self.mappingSpacer)

        self.saveMappingButton = QPushButton(self.mappingGroup)
        self.saveMappingButton.setObjectName(u"saveMappingButton")

        self.mappingButtons.addWidget(self.saveMappingButton)


        self.mappingLayout.addLayout(self.mappingButtons)

        self.splitter.addWidget(self.mappingGroup)
        self.previewGroup = QGroupBox(self.splitter)
        self.previewGroup.setObjectName(u"previewGroup")
        self.previewLayout = QVBoxLayout(self.previewGroup)
        self.previewLayout.setObjectName(u"previewLayout")
        self.preview = QTableView(self.previewGroup)
        self.preview.setObjectName(u"preview")
        self.preview.setMinimumSize(QSize(480, 200))
        self.preview.setSelectionBehavior(QAbstractItemView.SelectRows)
        self.preview.setWordWrap(False)

        self.previewLayout.addWidget(self.preview)

        self.summary = QLabel(self.previewGroup)
        self.summary.setObjectName(u"summary")
        self.summary.setWordWrap(True)

        self.previewLayout.addWidget(self.summary)

        self.splitter.addWidget(self.previewGroup)

        self.dialogLayout.addWidget(self.splitter)

        self.buttons = QDialogButtonBox(SessionImportDialog)
        self.buttons.setObjectName(u"buttons")
        self.buttons.setStandardButtons(QDialogButtonBox.Cancel|QDialogButtonBox.Ok)

        self.dialogLayout.addWidget(self.buttons)

        self.dialogLayout.setStretch(3, 1)
#if QT_CONFIG(shortcut)
        self.fileLabel.setBuddy(self.browseButton)
        self.platformLabel.setBuddy(self.platform)
        self.kindLabel.setBuddy(self.kind)
        self.studentLabel.setBuddy(self.student)
        self.mentorLabel.setBuddy(self.mentor)
        self.productsLabel.setBuddy(self.products)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.browseButton, self.platform)
        QWidget.setTabOrder(self.platform, self.kind)
        QWidget.setTabOrder(self.kind, self.student)
        QWidget.setTabOrder(self.student, self.mentor)
        QWidget.setTabOrder(self.mentor, self.products)
        QWidget.setTabOrder(self.products, self.mappingTable)
        QWidget.setTabOrder(self.mappingTable, self.saveMappingButton)
        QWidget.setTabOrder(self.saveMappingButton, self.preview)
        QWidget.setTabOrder(self.preview, self.buttons)
        QWidget.setTabOrder(self.buttons, self.filePath)

        self.retranslateUi(SessionImportDialog)
    # setupUi

    def retranslateUi(self, SessionImportDialog):
        SessionImportDialog.setWindowTitle(QCoreApplication.translate("SessionImportDialog", u"Import sessions from a platform export", None))
        self.formError.setText("")
        self.fileLabel.setText(QCoreApplication.translate("SessionImportDialog", u"CSV file", None))
        self.filePath.setPlaceholderText(QCoreApplication.translate("SessionImportDialog", u"Choose the CSV exported from the platform's back end", None))
        self.browseButton.setText(QCoreApplication.translate("SessionImportDialog", u"Choose file\u2026", None))
        self.platformLabel.setText(QCoreApplication.translate("SessionImportDialog", u"Platform", None))
        self.kindLabel.setText(QCoreApplication.translate("SessionImportDialog", u"Kind", None))
        self.studentLabel.setText(QCoreApplication.translate("SessionImportDialog", u"Student", None))
#if QT_CONFIG(tooltip)
        self.student.setToolTip(QCoreApplication.translate("SessionImportDialog", u"For an export of one student's account: every row is theirs", None))
#endif // QT_CONFIG(tooltip)
        self.mentorLabel.setText(QCoreApplication.translate("SessionImportDialog", u"Mentor", None))
        self.productsLabel.setText(QCoreApplication.translate("SessionImportDialog", u"Products", None))
        self.products.setPlaceholderText(QCoreApplication.translate("SessionImportDialog", u"Where the file has none", None))
        self.fileInfo.setText("")
        self.mappingGroup.setTitle(QCoreApplication.translate("SessionImportDialog", u"Columns in the file", None))
        ___qtablewidgetitem = self.mappingTable.horizontalHeaderItem(0)
        ___qtablewidgetitem.setText(QCoreApplication.translate("SessionImportDialog", u"Column", None))
        ___qtablewidgetitem1 = self.mappingTable.horizontalHeaderItem(1)
        ___qtablewidgetitem1.setText(QCoreApplication.translate("SessionImportDialog", u"Example", None))
        ___qtablewidgetitem2 = self.mappingTable.horizontalHeaderItem(2)
        ___qtablewidgetitem2.setText(QCoreApplication.translate("SessionImportDialog", u"Field", None))
        self.mappingState.setText("")
        self.saveMappingButton.setText(QCoreApplication.translate("SessionImportDialog", u"Save this mapping", None))
#if QT_CONFIG(tooltip)
        self.saveMappingButton.setToolTip(QCoreApplication.translate("SessionImportDialog", u"Remember these columns for this platform on every computer", None))
#endif // QT_CONFIG(tooltip)
        self.previewGroup.setTitle(QCoreApplication.translate("SessionImportDialog", u"Preview", None))
        self.summary.setText("")
    # retranslateUi

