# GENERATED from forms/settings_page.ui by packaging/build_forms.py (pyside6-uic) - do not edit.
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
from PySide6.QtWidgets import (QApplication, QButtonGroup, QComboBox, QFormLayout,
    QFrame, QGroupBox, QHBoxLayout, QLabel,
    QLineEdit, QPushButton, QRadioButton, QScrollArea,
    QSizePolicy, QSpacerItem, QSpinBox, QVBoxLayout,
    QWidget)

class Ui_SettingsPage(object):
    def setupUi(self, SettingsPage):
        if not SettingsPage.objectName():
            SettingsPage.setObjectName(u"SettingsPage")
        SettingsPage.resize(760, 820)
        self.pageLayout = QVBoxLayout(SettingsPage)
        self.pageLayout.setObjectName(u"pageLayout")
        self.pageLayout.setContentsMargins(0, 0, 0, 0)
        self.scroll = QScrollArea(SettingsPage)
        self.scroll.setObjectName(u"scroll")
        self.scroll.setFrameShape(QFrame.NoFrame)
        self.scroll.setWidgetResizable(True)
        self.content = QWidget()
        self.content.setObjectName(u"content")
        self.contentLayout = QVBoxLayout(self.content)
        self.contentLayout.setSpacing(14)
        self.contentLayout.setObjectName(u"contentLayout")
        self.contentLayout.setContentsMargins(24, 20, 24, 20)
        self.title = QLabel(self.content)
        self.title.setObjectName(u"title")

        self.contentLayout.addWidget(self.title)

        self.subtitle = QLabel(self.content)
        self.subtitle.setObjectName(u"subtitle")
        self.subtitle.setWordWrap(True)

        self.contentLayout.addWidget(self.subtitle)

        self.personalBox = QGroupBox(self.content)
        self.personalBox.setObjectName(u"personalBox")
        self.personalForm = QFormLayout(self.personalBox)
        self.personalForm.setObjectName(u"personalForm")
        self.personalForm.setHorizontalSpacing(12)
        self.themeLabel = QLabel(self.personalBox)
        self.themeLabel.setObjectName(u"themeLabel")

        self.personalForm.setWidget(0, QFormLayout.ItemRole.LabelRole, self.themeLabel)

        self.themeRow = QHBoxLayout()
        self.themeRow.setObjectName(u"themeRow")
        self.lightRadio = QRadioButton(self.personalBox)
        self.themeGroup = QButtonGroup(SettingsPage)
        self.themeGroup.setObjectName(u"themeGroup")
        self.themeGroup.addButton(self.lightRadio)
        self.lightRadio.setObjectName(u"lightRadio")
        self.lightRadio.setChecked(True)

        self.themeRow.addWidget(self.lightRadio)

        self.darkRadio = QRadioButton(self.personalBox)
        self.themeGroup.addButton(self.darkRadio)
        self.darkRadio.setObjectName(u"darkRadio")

        self.themeRow.addWidget(self.darkRadio)

        self.themeSpacer = QSpacerItem(40, 20, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.themeRow.addItem(self.themeSpacer)


        self.personalForm.setLayout(0, QFormLayout.ItemRole.FieldRole, self.themeRow)

        self.languageLabel = QLabel(self.personalBox)
        self.languageLabel.setObjectName(u"languageLabel")

        self.personalForm.setWidget(1, QFormLayout.ItemRole.LabelRole, self.languageLabel)

        self.languageRow = QHBoxLayout()
        self.languageRow.setObjectName(u"languageRow")
        self.zhRadio = QRadioButton(self.personalBox)
        self.languageGroup = QButtonGroup(SettingsPage)
        self.languageGroup.setObjectName(u"languageGroup")
        self.languageGroup.addButton(self.zhRadio)
        self.zhRadio.setObjectName(u"zhRadio")
        self.zhRadio.setText(u"\u4e2d\u6587")
        self.zhRadio.setChecked(True)

        self.languageRow.addWidget(self.zhRadio)

        self.enRadio = QRadioButton(self.personalBox)
        self.languageGroup.addButton(self.enRadio)
        self.enRadio.setObjectName(u"enRadio")
        self.enRadio.setText(u"English")

        self.languageRow.addWidget(self.enRadio)

        self.languageSpacer = QSpacerItem(40, 20, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.languageRow.addItem(self.languageSpacer)


        self.personalForm.setLayout(1, QFormLayout.ItemRole.FieldRole, self.languageRow)

        self.languageNote = QLabel(self.personalBox)
        self.languageNote.setObjectName(u"languageNote")
        self.languageNote.setWordWrap(True)

        self.personalForm.setWidget(2, QFormLayout.ItemRole.FieldRole, self.languageNote)

        self.fontSizeLabel = QLabel(self.personalBox)
        self.fontSizeLabel.setObjectName(u"fontSizeLabel")

        self.personalForm.setWidget(3, QFormLayout.ItemRole.LabelRole, self.fontSizeLabel)

        self.fontSizeRow = QHBoxLayout()
        self.fontSizeRow.setObjectName(u"fontSizeRow")
        self.fontSizeCombo = QComboBox(self.personalBox)
        self.fontSizeCombo.setObjectName(u"fontSizeCombo")
        self.fontSizeCombo.setMinimumSize(QSize(140, 0))

        self.fontSizeRow.addWidget(self.fontSizeCombo)

        self.fontSizeSpacer = QSpacerItem(40, 20, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.fontSizeRow.addItem(self.fontSizeSpacer)


        self.personalForm.setLayout(3, QFormLayout.ItemRole.FieldRole, self.fontSizeRow)

        self.personalHint = QLabel(self.personalBox)
        self.personalHint.setObjectName(u"personalHint")
        self.personalHint.setWordWrap(True)

        self.personalForm.setWidget(4, QFormLayout.ItemRole.FieldRole, self.personalHint)

        self.personalStatus = QLabel(self.personalBox)
        self.personalStatus.setObjectName(u"personalStatus")
        self.personalStatus.setWordWrap(True)

        self.personalForm.setWidget(5, QFormLayout.ItemRole.FieldRole, self.personalStatus)


        self.contentLayout.addWidget(self.personalBox)

        self.databaseBox = QGroupBox(self.content)
        self.databaseBox.setObjectName(u"databaseBox")
        self.databaseLayout = QVBoxLayout(self.databaseBox)
        self.databaseLayout.setObjectName(u"databaseLayout")
        self.currentDatabase = QLabel(self.databaseBox)
        self.currentDatabase.setObjectName(u"currentDatabase")
        self.currentDatabase.setWordWrap(True)
        self.currentDatabase.setTextInteractionFlags(Qt.TextSelectableByMouse)

        self.databaseLayout.addWidget(self.currentDatabase)

        self.sqliteRadio = QRadioButton(self.databaseBox)
        self.databaseGroup = QButtonGroup(SettingsPage)
        self.databaseGroup.setObjectName(u"databaseGroup")
        self.databaseGroup.addButton(self.sqliteRadio)
        self.sqliteRadio.setObjectName(u"sqliteRadio")
        self.sqliteRadio.setChecked(True)

        self.databaseLayout.addWidget(self.sqliteRadio)

        self.sqliteRow = QHBoxLayout()
        self.sqliteRow.setObjectName(u"sqliteRow")
        self.sqliteRow.setContentsMargins(24, -1, -1, -1)
        self.sqlitePathEdit = QLineEdit(self.databaseBox)
        self.sqlitePathEdit.setObjectName(u"sqlitePathEdit")

        self.sqliteRow.addWidget(self.sqlitePathEdit)

        self.sqliteBrowseButton = QPushButton(self.databaseBox)
        self.sqliteBrowseButton.setObjectName(u"sqliteBrowseButton")

        self.sqliteRow.addWidget(self.sqliteBrowseButton)


        self.databaseLayout.addLayout(self.sqliteRow)

        self.postgresRadio = QRadioButton(self.databaseBox)
        self.databaseGroup.addButton(self.postgresRadio)
        self.postgresRadio.setObjectName(u"postgresRadio")

        self.databaseLayout.addWidget(self.postgresRadio)

        self.postgresForm = QFormLayout()
        self.postgresForm.setObjectName(u"postgresForm")
        self.postgresForm.setHorizontalSpacing(12)
        self.postgresForm.setContentsMargins(24, -1, -1, -1)
        self.postgresUrlLabel = QLabel(self.databaseBox)
        self.postgresUrlLabel.setObjectName(u"postgresUrlLabel")

        self.postgresForm.setWidget(0, QFormLayout.ItemRole.LabelRole, self.postgresUrlLabel)

        self.postgresUrlEdit = QLineEdit(self.databaseBox)
        self.postgresUrlEdit.setObjectName(u"postgresUrlEdit")
        self.postgresUrlEdit.setPlaceholderText(u"postgresql://jiaren@192.168.1.10:5432/jiarenbase")

        self.postgresForm.setWidget(0, QFormLayout.ItemRole.FieldRole, self.postgresUrlEdit)

        self.postgresPasswordLabel = QLabel(self.databaseBox)
        self.postgresPasswordLabel.setObjectName(u"postgresPasswordLabel")

        self.postgresForm.setWidget(1, QFormLayout.ItemRole.LabelRole, self.postgresPasswordLabel)

        self.postgresPasswordEdit = QLineEdit(self.databaseBox)
        self.postgresPasswordEdit.setObjectName(u"postgresPasswordEdit")
        self.postgresPasswordEdit.setEchoMode(QLineEdit.Password)

        self.postgresForm.setWidget(1, QFormLayout.ItemRole.FieldRole, self.postgresPasswordEdit)

        self.postgresPasswordHint = QLabel(self.databaseBox)
        self.postgresPasswordHint.setObjectName(u"postgresPasswordHint")
        self.postgresPasswordHint.setWordWrap(True)

        self.postgresForm.setWidget(2, QFormLayout.ItemRole.FieldRole, self.postgresPasswordHint)


        self.databaseLayout.addLayout(self.postgresForm)

        self.databaseError = QLabel(self.databaseBox)
        self.databaseError.setObjectName(u"databaseError")
        self.databaseError.setWordWrap(True)

        self.databaseLayout.addWidget(self.databaseError)

        self.testRow = QHBoxLayout()
        self.testRow.setObjectName(u"testRow")
        self.testButton = QPushButton(self.databaseBox)
        self.testButton.setObjectName(u"testButton")

        self.testRow.addWidget(self.testButton)

        self.testSpacer = QSpacerItem(40, 20, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.testRow.addItem(self.testSpacer)


        self.databaseLayout.addLayout(self.testRow)

        self.testResult = QLabel(self.databaseBox)
        self.testResult.setObjectName(u"testResult")
        self.testResult.setWordWrap(True)
        self.testResult.setTextInteractionFlags(Qt.TextSelectableByMouse)

        self.databaseLayout.addWidget(self.testResult)


        self.contentLayout.addWidget(self.databaseBox)

        self.backupBox = QGroupBox(self.content)
        self.backupBox.setObjectName(u"backupBox")
        self.backupForm = QFormLayout(self.backupBox)
        self.backupForm.setObjectName(u"backupForm")
        self.backupForm.setHorizontalSpacing(12)
        self.backupFolderLabel = QLabel(self.backupBox)
        self.backupFolderLabel.setObjectName(u"backupFolderLabel")

        self.backupForm.setWidget(0, QFormLayout.ItemRole.LabelRole, self.backupFolderLabel)

        self.backupFolderRow = QHBoxLayout()
        self.backupFolderRow.setObjectName(u"backupFolderRow")
        self.backupFolderEdit = QLineEdit(self.backupBox)
        self.backupFolderEdit.setObjectName(u"backupFolderEdit")

        self.backupFolderRow.addWidget(self.backupFolderEdit)

        self.backupBrowseButton = QPushButton(self.backupBox)
        self.backupBrowseButton.setObjectName(u"backupBrowseButton")

        self.backupFolderRow.addWidget(self.backupBrowseButton)


        self.backupForm.setLayout(0, QFormLayout.ItemRole.FieldRole, self.backupFolderRow)

        self.backupFolderError = QLabel(self.backupBox)
        self.backupFolderError.setObjectName(u"backupFolderError")
        self.backupFolderError.setWordWrap(True)

        self.backupForm.setWidget(1, QFormLayout.ItemRole.FieldRole, self.backupFolderError)

        self.keepLabel = QLabel(self.backupBox)
        self.keepLabel.setObjectName(u"keepLabel")

        self.backupForm.setWidget(2, QFormLayout.ItemRole.LabelRole, self.keepLabel)

        self.keepRow = QHBoxLayout()
        self.keepRow.setObjectName(u"keepRow")
        self.keepSpin = QSpinBox(self.backupBox)
        self.keepSpin.setObjectName(u"keepSpin")
        self.keepSpin.setMinimum(1)
        self.keepSpin.setMaximum(100)
        self.keepSpin.setValue(10)

        self.keepRow.addWidget(self.keepSpin)

        self.keepHint = QLabel(self.backupBox)
        self.keepHint.setObjectName(u"keepHint")
        self.keepHint.setWordWrap(True)
        sizePolicy = QSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
        sizePolicy.setHorizontalStretch(1)
        sizePolicy.setVerticalStretch(0)
        sizePolicy.setHeightForWidth(self.keepHint.sizePolicy().hasHeightForWidth())
        self.keepHint.setSizePolicy(sizePolicy)

        self.keepRow.addWidget(self.keepHint)


        self.backupForm.setLayout(2, QFormLayout.ItemRole.FieldRole, self.keepRow)

        self.keepError = QLabel(self.backupBox)
        self.keepError.setObjectName(u"keepError")
        self.keepError.setWordWrap(True)

        self.backupForm.setWidget(3, QFormLayout.ItemRole.FieldRole, self.keepError)

        self.maxAgeLabel = QLabel(self.backupBox)
        self.maxAgeLabel.setObjectName(u"maxAgeLabel")

        self.backupForm.setWidget(4, QFormLayout.ItemRole.LabelRole, self.maxAgeLabel)

        self.maxAgeRow = QHBoxLayout()
        self.maxAgeRow.setObjectName(u"maxAgeRow")
        self.maxAgeSpin = QSpinBox(self.backupBox)
        self.maxAgeSpin.setObjectName(u"maxAgeSpin")
        self.maxAgeSpin.setMinimum(1)
        self.maxAgeSpin.setMaximum(365)
        self.maxAgeSpin.setValue(7)

        self.maxAgeRow.addWidget(self.maxAgeSpin)

        self.maxAgeHint = QLabel(self.backupBox)
        self.maxAgeHint.setObjectName(u"maxAgeHint")
        self.maxAgeHint.setWordWrap(True)
        sizePolicy.setHeightForWidth(self.maxAgeHint.sizePolicy().hasHeightForWidth())
        self.maxAgeHint.setSizePolicy(sizePolicy)

        self.maxAgeRow.addWidget(self.maxAgeHint)


        self.backupForm.setLayout(4, QFormLayout.ItemRole.FieldRole, self.maxAgeRow)

        self.maxAgeError = QLabel(self.backupBox)
        self.maxAgeError.setObjectName(u"maxAgeError")
        self.maxAgeError.setWordWrap(True)

        self.backupForm.setWidget(5, QFormLayout.ItemRole.FieldRole, self.maxAgeError)


        self.contentLayout.addWidget(self.backupBox)

        self.reportBox = QGroupBox(self.content)
        self.reportBox.setObjectName(u"reportBox")
        self.reportForm = QFormLayout(self.reportBox)
        self.reportForm.setObjectName(u"reportForm")
        self.reportForm.setHorizontalSpacing(12)
        self.reportFontLabel = QLabel(self.reportBox)
        self.reportFontLabel.setObjectName(u"reportFontLabel")

        self.reportForm.setWidget(0, QFormLayout.ItemRole.LabelRole, self.reportFontLabel)

        self.reportFontRow = QHBoxLayout()
        self.reportFontRow.setObjectName(u"reportFontRow")
        self.reportFontEdit = QLineEdit(self.reportBox)
        self.reportFontEdit.setObjectName(u"reportFontEdit")

        self.reportFontRow.addWidget(self.reportFontEdit)

        self.reportFontBrowseButton = QPushButton(self.reportBox)
        self.reportFontBrowseButton.setObjectName(u"reportFontBrowseButton")

        self.reportFontRow.addWidget(self.reportFontBrowseButton)


        self.reportForm.setLayout(0, QFormLayout.ItemRole.FieldRole, self.reportFontRow)

        self.reportFontError = QLabel(self.reportBox)
        self.reportFontError.setObjectName(u"reportFontError")
        self.reportFontError.setWordWrap(True)

        self.reportForm.setWidget(1, QFormLayout.ItemRole.FieldRole, self.reportFontError)

        self.reportFontHint = QLabel(self.reportBox)
        self.reportFontHint.setObjectName(u"reportFontHint")
        self.reportFontHint.setWordWrap(True)

        self.reportForm.setWidget(2, QFormLayout.ItemRole.FieldRole, self.reportFontHint)


        self.contentLayout.addWidget(self.reportBox)

        self.lockBox = QGroupBox(self.content)
        self.lockBox.setObjectName(u"lockBox")
        self.lockForm = QFormLayout(self.lockBox)
        self.lockForm.setObjectName(u"lockForm")
        self.lockForm.setHorizontalSpacing(12)
        self.idleLockLabel = QLabel(self.lockBox)
        self.idleLockLabel.setObjectName(u"idleLockLabel")

        self.lockForm.setWidget(0, QFormLayout.ItemRole.LabelRole, self.idleLockLabel)

        self.idleLockRow = QHBoxLayout()
        self.idleLockRow.setObjectName(u"idleLockRow")
        self.idleLockSpin = QSpinBox(self.lockBox)
        self.idleLockSpin.setObjectName(u"idleLockSpin")
        self.idleLockSpin.setMinimum(0)
        self.idleLockSpin.setMaximum(240)
        self.idleLockSpin.setSingleStep(5)
        self.idleLockSpin.setValue(30)

        self.idleLockRow.addWidget(self.idleLockSpin)

        self.idleLockHint = QLabel(self.lockBox)
        self.idleLockHint.setObjectName(u"idleLockHint")
        self.idleLockHint.setWordWrap(True)
        sizePolicy.setHeightForWidth(self.idleLockHint.sizePolicy().hasHeightForWidth())
        self.idleLockHint.setSizePolicy(sizePolicy)

        self.idleLockRow.addWidget(self.idleLockHint)


        self.lockForm.setLayout(0, QFormLayout.ItemRole.FieldRole, self.idleLockRow)

        self.idleLockError = QLabel(self.lockBox)
        self.idleLockError.setObjectName(u"idleLockError")
        self.idleLockError.setWordWrap(True)

        self.lockForm.setWidget(1, QFormLayout.ItemRole.FieldRole, self.idleLockError)


        self.contentLayout.addWidget(self.lockBox)

        self.saveRow = QHBoxLayout()
        self.saveRow.setObjectName(u"saveRow")
        self.saveStatus = QLabel(self.content)
        self.saveStatus.setObjectName(u"saveStatus")
        self.saveStatus.setWordWrap(True)
        sizePolicy.setHeightForWidth(self.saveStatus.sizePolicy().hasHeightForWidth())
        self.saveStatus.setSizePolicy(sizePolicy)

        self.saveRow.addWidget(self.saveStatus)

        self.saveSpacer = QSpacerItem(20, 20, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.saveRow.addItem(self.saveSpacer)

        self.saveButton = QPushButton(self.content)
        self.saveButton.setObjectName(u"saveButton")

        self.saveRow.addWidget(self.saveButton)


        self.contentLayout.addLayout(self.saveRow)

        self.sharedBox = QGroupBox(self.content)
        self.sharedBox.setObjectName(u"sharedBox")
        self.sharedLayout = QVBoxLayout(self.sharedBox)
        self.sharedLayout.setObjectName(u"sharedLayout")
        self.sharedHint = QLabel(self.sharedBox)
        self.sharedHint.setObjectName(u"sharedHint")
        self.sharedHint.setWordWrap(True)

        self.sharedLayout.addWidget(self.sharedHint)

        self.sharedRow = QHBoxLayout()
        self.sharedRow.setObjectName(u"sharedRow")
        self.baseProfileButton = QPushButton(self.sharedBox)
        self.baseProfileButton.setObjectName(u"baseProfileButton")

        self.sharedRow.addWidget(self.baseProfileButton)

        self.complianceTermsButton = QPushButton(self.sharedBox)
        self.complianceTermsButton.setObjectName(u"complianceTermsButton")

        self.sharedRow.addWidget(self.complianceTermsButton)

        self.subsidyRatesButton = QPushButton(self.sharedBox)
        self.subsidyRatesButton.setObjectName(u"subsidyRatesButton")

        self.sharedRow.addWidget(self.subsidyRatesButton)

        self.sharedSpacer = QSpacerItem(40, 20, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.sharedRow.addItem(self.sharedSpacer)


        self.sharedLayout.addLayout(self.sharedRow)


        self.contentLayout.addWidget(self.sharedBox)

        self.dataBox = QGroupBox(self.content)
        self.dataBox.setObjectName(u"dataBox")
        self.dataLayout = QVBoxLayout(self.dataBox)
        self.dataLayout.setObjectName(u"dataLayout")
        self.dataHint = QLabel(self.dataBox)
        self.dataHint.setObjectName(u"dataHint")
        self.dataHint.setWordWrap(True)

        self.dataLayout.addWidget(self.dataHint)

        self.dataRow = QHBoxLayout()
        self.dataRow.setObjectName(u"dataRow")
        self.dataDirEdit = QLineEdit(self.dataBox)
        self.dataDirEdit.setObjectName(u"dataDirEdit")
        self.dataDirEdit.setReadOnly(True)

        self.dataRow.addWidget(self.dataDirEdit)

        self.openDataDirButton = QPushButton(self.dataBox)
        self.openDataDirButton.setObjectName(u"openDataDirButton")

        self.dataRow.addWidget(self.openDataDirButton)


        self.dataLayout.addLayout(self.dataRow)


        self.contentLayout.addWidget(self.dataBox)

        self.verticalSpacer = QSpacerItem(20, 0, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.contentLayout.addItem(self.verticalSpacer)

        self.scroll.setWidget(self.content)

        self.pageLayout.addWidget(self.scroll)

#if QT_CONFIG(shortcut)
        self.fontSizeLabel.setBuddy(self.fontSizeCombo)
        self.postgresUrlLabel.setBuddy(self.postgresUrlEdit)
        self.postgresPasswordLabel.setBuddy(self.postgresPasswordEdit)
        self.backupFolderLabel.setBuddy(self.backupFolderEdit)
        self.keepLabel.setBuddy(self.keepSpin)
        self.maxAgeLabel.setBuddy(self.maxAgeSpin)
        self.reportFontLabel.setBuddy(self.reportFontEdit)
        self.idleLockLabel.setBuddy(self.idleLockSpin)
#endif // QT_CONFIG(shortcut)

        self.retranslateUi(SettingsPage)
    # setupUi

    def retranslateUi(self, SettingsPage):
        self.title.setText(QCoreApplication.translate("SettingsPage", u"Settings", None))
        self.subtitle.setText("")
        self.personalBox.setTitle(QCoreApplication.translate("SettingsPage", u"Personal settings", None))
        self.themeLabel.setText(QCoreApplication.translate("SettingsPage", u"Theme", None))
        self.lightRadio.setText(QCoreApplication.translate("SettingsPage", u"Light", None))
        self.darkRadio.setText(QCoreApplication.translate("SettingsPage", u"Dark", None))
        self.languageLabel.setText(QCoreApplication.translate("SettingsPage", u"Language", None))
        self.languageNote.setText(QCoreApplication.translate("SettingsPage", u"A new language takes effect after the program is restarted.", None))
        self.fontSizeLabel.setText(QCoreApplication.translate("SettingsPage", u"Font size", None))
        self.personalHint.setText(QCoreApplication.translate("SettingsPage", u"Saved at once with your account: they follow you to every computer.", None))
        self.personalStatus.setText("")
        self.databaseBox.setTitle(QCoreApplication.translate("SettingsPage", u"Database connection", None))
        self.currentDatabase.setText("")
        self.sqliteRadio.setText(QCoreApplication.translate("SettingsPage", u"Database file on this computer (SQLite)", None))
        self.sqliteBrowseButton.setText(QCoreApplication.translate("SettingsPage", u"Browse\u2026", None))
        self.postgresRadio.setText(QCoreApplication.translate("SettingsPage", u"PostgreSQL server (several computers share one database)", None))
        self.postgresUrlLabel.setText(QCoreApplication.translate("SettingsPage", u"Address", None))
        self.postgresPasswordLabel.setText(QCoreApplication.translate("SettingsPage", u"Password", None))
        self.postgresPasswordHint.setText("")
        self.databaseError.setText("")
        self.testButton.setText(QCoreApplication.translate("SettingsPage", u"Test connection", None))
        self.testResult.setText("")
        self.backupBox.setTitle(QCoreApplication.translate("SettingsPage", u"Backups", None))
        self.backupFolderLabel.setText(QCoreApplication.translate("SettingsPage", u"Backup folder", None))
        self.backupBrowseButton.setText(QCoreApplication.translate("SettingsPage", u"Browse\u2026", None))
        self.backupFolderError.setText("")
        self.keepLabel.setText(QCoreApplication.translate("SettingsPage", u"Backups to keep", None))
        self.keepHint.setText(QCoreApplication.translate("SettingsPage", u"Older backups in the folder are deleted.", None))
        self.keepError.setText("")
        self.maxAgeLabel.setText(QCoreApplication.translate("SettingsPage", u"Longest gap between backups", None))
        self.maxAgeHint.setText(QCoreApplication.translate("SettingsPage", u"days; jiarenbase check reports a failure when the last good backup is older.", None))
        self.maxAgeError.setText("")
        self.reportBox.setTitle(QCoreApplication.translate("SettingsPage", u"Printed reports", None))
        self.reportFontLabel.setText(QCoreApplication.translate("SettingsPage", u"Report font file", None))
        self.reportFontBrowseButton.setText(QCoreApplication.translate("SettingsPage", u"Browse\u2026", None))
        self.reportFontError.setText("")
        self.reportFontHint.setText("")
        self.lockBox.setTitle(QCoreApplication.translate("SettingsPage", u"Screen lock", None))
        self.idleLockLabel.setText(QCoreApplication.translate("SettingsPage", u"Lock when idle for", None))
        self.idleLockHint.setText(QCoreApplication.translate("SettingsPage", u"minutes (0 = never). The desktop then returns to the sign-in window; unsaved input in open dialogs is kept.", None))
        self.idleLockError.setText("")
        self.saveStatus.setText("")
        self.saveButton.setText(QCoreApplication.translate("SettingsPage", u"Save this computer's settings", None))
        self.sharedBox.setTitle(QCoreApplication.translate("SettingsPage", u"Shared by every desktop", None))
        self.sharedHint.setText(QCoreApplication.translate("SettingsPage", u"Kept in the database: a change here applies at once on every desktop that uses it.", None))
        self.baseProfileButton.setText(QCoreApplication.translate("SettingsPage", u"Base profile\u2026", None))
        self.complianceTermsButton.setText(QCoreApplication.translate("SettingsPage", u"Banned advertising terms\u2026", None))
        self.subsidyRatesButton.setText(QCoreApplication.translate("SettingsPage", u"Subsidy figures of the year\u2026", None))
        self.dataBox.setTitle(QCoreApplication.translate("SettingsPage", u"Data directory", None))
        self.dataHint.setText(QCoreApplication.translate("SettingsPage", u"The settings file, the logs and (by default) the database and backups are kept here.", None))
        self.openDataDirButton.setText(QCoreApplication.translate("SettingsPage", u"Open data folder", None))
        pass
    # retranslateUi

