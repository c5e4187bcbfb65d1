# GENERATED from forms/scripts_dialog.ui by packaging/build_forms.py (pyside6-uic) - do not edit.
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
    QDialogButtonBox, QFormLayout, QGroupBox, QHBoxLayout,
    QLabel, QLineEdit, QListWidget, QListWidgetItem,
    QPlainTextEdit, QPushButton, QSizePolicy, QSpacerItem,
    QSplitter, QVBoxLayout, QWidget)

class Ui_ScriptsDialog(object):
    def setupUi(self, ScriptsDialog):
        if not ScriptsDialog.objectName():
            ScriptsDialog.setObjectName(u"ScriptsDialog")
        ScriptsDialog.resize(1100, 720)
        ScriptsDialog.setSizeGripEnabled(True)
        self.dialogLayout = QVBoxLayout(ScriptsDialog)
        self.dialogLayout.setObjectName(u"dialogLayout")
        self.studentLabel = QLabel(ScriptsDialog)
        self.studentLabel.setObjectName(u"studentLabel")

        self.dialogLayout.addWidget(self.studentLabel)

        self.formError = QLabel(ScriptsDialog)
        self.formError.setObjectName(u"formError")
        self.formError.setWordWrap(True)

        self.dialogLayout.addWidget(self.formError)

        self.splitter = QSplitter(ScriptsDialog)
        self.splitter.setObjectName(u"splitter")
        self.splitter.setOrientation(Qt.Horizontal)
        self.splitter.setChildrenCollapsible(False)
        self.leftPane = QWidget(self.splitter)
        self.leftPane.setObjectName(u"leftPane")
        self.leftLayout = QVBoxLayout(self.leftPane)
        self.leftLayout.setObjectName(u"leftLayout")
        self.leftLayout.setContentsMargins(0, 0, 4, 0)
        self.scriptsLabel = QLabel(self.leftPane)
        self.scriptsLabel.setObjectName(u"scriptsLabel")

        self.leftLayout.addWidget(self.scriptsLabel)

        self.scriptList = QListWidget(self.leftPane)
        self.scriptList.setObjectName(u"scriptList")
        self.scriptList.setMinimumSize(QSize(240, 100))
        self.scriptList.setWordWrap(True)
        self.scriptList.setHorizontalScrollBarPolicy(Qt.ScrollBarAlwaysOff)

        self.leftLayout.addWidget(self.scriptList)

        self.scriptButtons = QHBoxLayout()
        self.scriptButtons.setObjectName(u"scriptButtons")
        self.newScript = QPushButton(self.leftPane)
        self.newScript.setObjectName(u"newScript")

        self.scriptButtons.addWidget(self.newScript)

        self.scriptButtonsSpacer = QSpacerItem(10, 10, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.scriptButtons.addItem(self.scriptButtonsSpacer)


        self.leftLayout.addLayout(self.scriptButtons)

        self.versionsLabel = QLabel(self.leftPane)
        self.versionsLabel.setObjectName(u"versionsLabel")

        self.leftLayout.addWidget(self.versionsLabel)

        self.versionList = QListWidget(self.leftPane)
        self.versionList.setObjectName(u"versionList")
        self.versionList.setMinimumSize(QSize(240, 160))
        self.versionList.setWordWrap(True)
        self.versionList.setHorizontalScrollBarPolicy(Qt.ScrollBarAlwaysOff)
        self.versionList.setSelectionMode(QAbstractItemView.ExtendedSelection)

        self.leftLayout.addWidget(self.versionList)

        self.versionsHint = QLabel(self.leftPane)
        self.versionsHint.setObjectName(u"versionsHint")
        self.versionsHint.setWordWrap(True)

        self.leftLayout.addWidget(self.versionsHint)

        self.compareButton = QPushButton(self.leftPane)
        self.compareButton.setObjectName(u"compareButton")

        self.leftLayout.addWidget(self.compareButton)

        self.leftLayout.setStretch(1, 1)
        self.leftLayout.setStretch(4, 2)
        self.splitter.addWidget(self.leftPane)
        self.rightPane = QWidget(self.splitter)
        self.rightPane.setObjectName(u"rightPane")
        self.rightLayout = QVBoxLayout(self.rightPane)
        self.rightLayout.setObjectName(u"rightLayout")
        self.rightLayout.setContentsMargins(4, 0, 0, 0)
        self.form = QFormLayout()
        self.form.setObjectName(u"form")
        self.form.setLabelAlignment(Qt.AlignRight|Qt.AlignVCenter)
        self.form.setFieldGrowthPolicy(QFormLayout.AllNonFixedFieldsGrow)
        self.form.setVerticalSpacing(4)
        self.titleLabel = QLabel(self.rightPane)
        self.titleLabel.setObjectName(u"titleLabel")

        self.form.setWidget(0, QFormLayout.ItemRole.LabelRole, self.titleLabel)

        self.title = QLineEdit(self.rightPane)
        self.title.setObjectName(u"title")
        self.title.setMaxLength(100)

        self.form.setWidget(0, QFormLayout.ItemRole.FieldRole, self.title)

        self.titleError = QLabel(self.rightPane)
        self.titleError.setObjectName(u"titleError")
        self.titleError.setWordWrap(True)

        self.form.setWidget(1, QFormLayout.ItemRole.FieldRole, self.titleError)

        self.productLabel = QLabel(self.rightPane)
        self.productLabel.setObjectName(u"productLabel")

        self.form.setWidget(2, QFormLayout.ItemRole.LabelRole, self.productLabel)

        self.product = QLineEdit(self.rightPane)
        self.product.setObjectName(u"product")
        self.product.setMaxLength(100)

        self.form.setWidget(2, QFormLayout.ItemRole.FieldRole, self.product)

        self.productError = QLabel(self.rightPane)
        self.productError.setObjectName(u"productError")
        self.productError.setWordWrap(True)

        self.form.setWidget(3, QFormLayout.ItemRole.FieldRole, self.productError)


        self.rightLayout.addLayout(self.form)

        self.editorLabel = QLabel(self.rightPane)
        self.editorLabel.setObjectName(u"editorLabel")
        self.editorLabel.setWordWrap(True)

        self.rightLayout.addWidget(self.editorLabel)

        self.editorSplitter = QSplitter(self.rightPane)
        self.editorSplitter.setObjectName(u"editorSplitter")
        self.editorSplitter.setOrientation(Qt.Vertical)
        self.editorSplitter.setChildrenCollapsible(False)
        self.body = QPlainTextEdit(self.editorSplitter)
        self.body.setObjectName(u"body")
        self.body.setMinimumSize(QSize(360, 160))
        self.body.setTabChangesFocus(True)
        self.editorSplitter.addWidget(self.body)
        self.findingsPane = QWidget(self.editorSplitter)
        self.findingsPane.setObjectName(u"findingsPane")
        self.findingsLayout = QVBoxLayout(self.findingsPane)
        self.findingsLayout.setObjectName(u"findingsLayout")
        self.findingsLayout.setContentsMargins(0, 2, 0, 0)
        self.bodyError = QLabel(self.findingsPane)
        self.bodyError.setObjectName(u"bodyError")
        self.bodyError.setWordWrap(True)

        self.findingsLayout.addWidget(self.bodyError)

        self.findingsLabel = QLabel(self.findingsPane)
        self.findingsLabel.setObjectName(u"findingsLabel")
        self.findingsLabel.setWordWrap(True)

        self.findingsLayout.addWidget(self.findingsLabel)

        self.findingList = QListWidget(self.findingsPane)
        self.findingList.setObjectName(u"findingList")
        self.findingList.setMinimumSize(QSize(0, 70))
        self.findingList.setStyleSheet(u"QListView::item { height: 22px; padding: 0px 4px; }")

        self.findingsLayout.addWidget(self.findingList)

        self.editorSplitter.addWidget(self.findingsPane)

        self.rightLayout.addWidget(self.editorSplitter)

        self.commentBox = QGroupBox(self.rightPane)
        self.commentBox.setObjectName(u"commentBox")
        self.commentLayout = QVBoxLayout(self.commentBox)
        self.commentLayout.setObjectName(u"commentLayout")
        self.comment = QPlainTextEdit(self.commentBox)
        self.comment.setObjectName(u"comment")
        self.comment.setMinimumSize(QSize(0, 54))
        self.comment.setMaximumSize(QSize(16777215, 90))
        self.comment.setTabChangesFocus(True)

        self.commentLayout.addWidget(self.comment)

        self.commentError = QLabel(self.commentBox)
        self.commentError.setObjectName(u"commentError")
        self.commentError.setWordWrap(True)

        self.commentLayout.addWidget(self.commentError)

        self.commentButtons = QHBoxLayout()
        self.commentButtons.setObjectName(u"commentButtons")
        self.commentInfo = QLabel(self.commentBox)
        self.commentInfo.setObjectName(u"commentInfo")
        self.commentInfo.setWordWrap(True)

        self.commentButtons.addWidget(self.commentInfo)

        self.commentSpacer = QSpacerItem(10, 10, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.commentButtons.addItem(self.commentSpacer)

        self.saveComment = QPushButton(self.commentBox)
        self.saveComment.setObjectName(u"saveComment")

        self.commentButtons.addWidget(self.saveComment)


        self.commentLayout.addLayout(self.commentButtons)


        self.rightLayout.addWidget(self.commentBox)

        self.splitter.addWidget(self.rightPane)

        self.dialogLayout.addWidget(self.splitter)

        self.bottomLayout = QHBoxLayout()
        self.bottomLayout.setObjectName(u"bottomLayout")
        self.termsButton = QPushButton(ScriptsDialog)
        self.termsButton.setObjectName(u"termsButton")

        self.bottomLayout.addWidget(self.termsButton)

        self.bottomSpacer = QSpacerItem(10, 10, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.bottomLayout.addItem(self.bottomSpacer)

        self.buttons = QDialogButtonBox(ScriptsDialog)
        self.buttons.setObjectName(u"buttons")
        self.buttons.setStandardButtons(QDialogButtonBox.Close|QDialogButtonBox.Save)

        self.bottomLayout.addWidget(self.buttons)


        self.dialogLayout.addLayout(self.bottomLayout)

#if QT_CONFIG(shortcut)
        self.scriptsLabel.setBuddy(self.scriptList)
        self.versionsLabel.setBuddy(self.versionList)
        self.titleLabel.setBuddy(self.title)
        self.productLabel.setBuddy(self.product)
        self.editorLabel.setBuddy(self.body)
        self.findingsLabel.setBuddy(self.findingList)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.scriptList, self.newScript)
        QWidget.setTabOrder(self.newScript, self.versionList)
        QWidget.setTabOrder(self.versionList, self.compareButton)
        QWidget.setTabOrder(self.compareButton, self.title)
        QWidget.setTabOrder(self.title, self.product)
        QWidget.setTabOrder(self.product, self.body)
        QWidget.setTabOrder(self.body, self.findingList)
        QWidget.setTabOrder(self.findingList, self.comment)
        QWidget.setTabOrder(self.comment, self.saveComment)
        QWidget.setTabOrder(self.saveComment, self.termsButton)

        self.retranslateUi(ScriptsDialog)
    # setupUi

    def retranslateUi(self, ScriptsDialog):
        ScriptsDialog.setWindowTitle(QCoreApplication.translate("ScriptsDialog", u"Sales scripts", None))
        self.studentLabel.setText(QCoreApplication.translate("ScriptsDialog", u"Sales scripts", None))
        self.formError.setText("")
        self.scriptsLabel.setText(QCoreApplication.translate("ScriptsDialog", u"Scripts", None))
        self.newScript.setText(QCoreApplication.translate("ScriptsDialog", u"New script", None))
        self.versionsLabel.setText(QCoreApplication.translate("ScriptsDialog", u"Versions", None))
        self.versionsHint.setText(QCoreApplication.translate("ScriptsDialog", u"Select two versions (Ctrl+click) to compare them, or one to compare it with the version before.", None))
        self.compareButton.setText(QCoreApplication.translate("ScriptsDialog", u"Compare versions\u2026", None))
        self.titleLabel.setText(QCoreApplication.translate("ScriptsDialog", u"Title", None))
        self.title.setPlaceholderText(QCoreApplication.translate("ScriptsDialog", u"e.g. Peach gift box opening", None))
        self.titleError.setText("")
        self.productLabel.setText(QCoreApplication.translate("ScriptsDialog", u"Product", None))
        self.productError.setText("")
        self.editorLabel.setText(QCoreApplication.translate("ScriptsDialog", u"Script text", None))
        self.body.setPlaceholderText(QCoreApplication.translate("ScriptsDialog", u"Write the script here, word by word. Banned advertising terms are marked as you type.", None))
        self.bodyError.setText("")
        self.findingsLabel.setText(QCoreApplication.translate("ScriptsDialog", u"Compliance check", None))
        self.commentBox.setTitle(QCoreApplication.translate("ScriptsDialog", u"Mentor comment", None))
        self.comment.setPlaceholderText(QCoreApplication.translate("ScriptsDialog", u"What should the student change in this version?", None))
        self.commentError.setText("")
        self.commentInfo.setText("")
        self.saveComment.setText(QCoreApplication.translate("ScriptsDialog", u"Save comment", None))
        self.termsButton.setText(QCoreApplication.translate("ScriptsDialog", u"Banned terms\u2026", None))
    # retranslateUi

