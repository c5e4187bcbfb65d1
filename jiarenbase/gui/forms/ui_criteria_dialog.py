# GENERATED from forms/criteria_dialog.ui by packaging/build_forms.py (pyside6-uic) - do not edit.
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
from PySide6.QtWidgets import (QAbstractButton, QApplication, QCheckBox, QDialog,
    QDialogButtonBox, QDoubleSpinBox, QFormLayout, QGroupBox,
    QHBoxLayout, QLabel, QLineEdit, QSizePolicy,
    QSpacerItem, QSpinBox, QVBoxLayout, QWidget)

class Ui_CriteriaDialog(object):
    def setupUi(self, CriteriaDialog):
        if not CriteriaDialog.objectName():
            CriteriaDialog.setObjectName(u"CriteriaDialog")
        CriteriaDialog.resize(720, 560)
        CriteriaDialog.setSizeGripEnabled(True)
        self.dialogLayout = QVBoxLayout(CriteriaDialog)
        self.dialogLayout.setObjectName(u"dialogLayout")
        self.formError = QLabel(CriteriaDialog)
        self.formError.setObjectName(u"formError")
        self.formError.setWordWrap(True)

        self.dialogLayout.addWidget(self.formError)

        self.intro = QLabel(CriteriaDialog)
        self.intro.setObjectName(u"intro")
        self.intro.setWordWrap(True)

        self.dialogLayout.addWidget(self.intro)

        self.cognitiveBox = QGroupBox(CriteriaDialog)
        self.cognitiveBox.setObjectName(u"cognitiveBox")
        self.cognitiveBoxForm = QFormLayout(self.cognitiveBox)
        self.cognitiveBoxForm.setObjectName(u"cognitiveBoxForm")
        self.cognitiveBoxForm.setLabelAlignment(Qt.AlignRight|Qt.AlignVCenter)
        self.cognitiveBoxForm.setFieldGrowthPolicy(QFormLayout.FieldsStayAtSizeHint)
        self.cognitiveBoxForm.setVerticalSpacing(4)
        self.minModuleAttendanceLabel = QLabel(self.cognitiveBox)
        self.minModuleAttendanceLabel.setObjectName(u"minModuleAttendanceLabel")

        self.cognitiveBoxForm.setWidget(0, QFormLayout.ItemRole.LabelRole, self.minModuleAttendanceLabel)

        self.waiveAttendanceRow = QHBoxLayout()
        self.waiveAttendanceRow.setSpacing(8)
        self.waiveAttendanceRow.setObjectName(u"waiveAttendanceRow")
        self.minModuleAttendance = QSpinBox(self.cognitiveBox)
        self.minModuleAttendance.setObjectName(u"minModuleAttendance")
        self.minModuleAttendance.setMinimumSize(QSize(120, 0))
        self.minModuleAttendance.setMaximum(100)
        self.minModuleAttendance.setMinimum(0)

        self.waiveAttendanceRow.addWidget(self.minModuleAttendance)

        self.waiveAttendance = QCheckBox(self.cognitiveBox)
        self.waiveAttendance.setObjectName(u"waiveAttendance")

        self.waiveAttendanceRow.addWidget(self.waiveAttendance)

        self.waiveAttendanceReason = QLineEdit(self.cognitiveBox)
        self.waiveAttendanceReason.setObjectName(u"waiveAttendanceReason")
        self.waiveAttendanceReason.setEnabled(False)
        self.waiveAttendanceReason.setMinimumSize(QSize(280, 0))
        self.waiveAttendanceReason.setMaxLength(200)

        self.waiveAttendanceRow.addWidget(self.waiveAttendanceReason)


        self.cognitiveBoxForm.setLayout(0, QFormLayout.ItemRole.FieldRole, self.waiveAttendanceRow)

        self.minModuleAttendanceError = QLabel(self.cognitiveBox)
        self.minModuleAttendanceError.setObjectName(u"minModuleAttendanceError")
        self.minModuleAttendanceError.setWordWrap(True)

        self.cognitiveBoxForm.setWidget(1, QFormLayout.ItemRole.FieldRole, self.minModuleAttendanceError)

        self.waiveAttendanceReasonError = QLabel(self.cognitiveBox)
        self.waiveAttendanceReasonError.setObjectName(u"waiveAttendanceReasonError")
        self.waiveAttendanceReasonError.setWordWrap(True)

        self.cognitiveBoxForm.setWidget(2, QFormLayout.ItemRole.FieldRole, self.waiveAttendanceReasonError)


        self.dialogLayout.addWidget(self.cognitiveBox)

        self.projectBox = QGroupBox(CriteriaDialog)
        self.projectBox.setObjectName(u"projectBox")
        self.projectBoxForm = QFormLayout(self.projectBox)
        self.projectBoxForm.setObjectName(u"projectBoxForm")
        self.projectBoxForm.setLabelAlignment(Qt.AlignRight|Qt.AlignVCenter)
        self.projectBoxForm.setFieldGrowthPolicy(QFormLayout.FieldsStayAtSizeHint)
        self.projectBoxForm.setVerticalSpacing(4)
        self.minMockDrillsLabel = QLabel(self.projectBox)
        self.minMockDrillsLabel.setObjectName(u"minMockDrillsLabel")

        self.projectBoxForm.setWidget(0, QFormLayout.ItemRole.LabelRole, self.minMockDrillsLabel)

        self.waiveMockDrillsRow = QHBoxLayout()
        self.waiveMockDrillsRow.setSpacing(8)
        self.waiveMockDrillsRow.setObjectName(u"waiveMockDrillsRow")
        self.minMockDrills = QSpinBox(self.projectBox)
        self.minMockDrills.setObjectName(u"minMockDrills")
        self.minMockDrills.setMinimumSize(QSize(120, 0))
        self.minMockDrills.setMaximum(200)
        self.minMockDrills.setMinimum(0)

        self.waiveMockDrillsRow.addWidget(self.minMockDrills)

        self.waiveMockDrills = QCheckBox(self.projectBox)
        self.waiveMockDrills.setObjectName(u"waiveMockDrills")

        self.waiveMockDrillsRow.addWidget(self.waiveMockDrills)

        self.waiveMockDrillsReason = QLineEdit(self.projectBox)
        self.waiveMockDrillsReason.setObjectName(u"waiveMockDrillsReason")
        self.waiveMockDrillsReason.setEnabled(False)
        self.waiveMockDrillsReason.setMinimumSize(QSize(280, 0))
        self.waiveMockDrillsReason.setMaxLength(200)

        self.waiveMockDrillsRow.addWidget(self.waiveMockDrillsReason)


        self.projectBoxForm.setLayout(0, QFormLayout.ItemRole.FieldRole, self.waiveMockDrillsRow)

        self.minMockDrillsError = QLabel(self.projectBox)
        self.minMockDrillsError.setObjectName(u"minMockDrillsError")
        self.minMockDrillsError.setWordWrap(True)

        self.projectBoxForm.setWidget(1, QFormLayout.ItemRole.FieldRole, self.minMockDrillsError)

        self.waiveMockDrillsReasonError = QLabel(self.projectBox)
        self.waiveMockDrillsReasonError.setObjectName(u"waiveMockDrillsReasonError")
        self.waiveMockDrillsReasonError.setWordWrap(True)

        self.projectBoxForm.setWidget(2, QFormLayout.ItemRole.FieldRole, self.waiveMockDrillsReasonError)

        self.minMockAvgLabel = QLabel(self.projectBox)
        self.minMockAvgLabel.setObjectName(u"minMockAvgLabel")

        self.projectBoxForm.setWidget(3, QFormLayout.ItemRole.LabelRole, self.minMockAvgLabel)

        self.waiveMockAvgRow = QHBoxLayout()
        self.waiveMockAvgRow.setSpacing(8)
        self.waiveMockAvgRow.setObjectName(u"waiveMockAvgRow")
        self.minMockAvg = QDoubleSpinBox(self.projectBox)
        self.minMockAvg.setObjectName(u"minMockAvg")
        self.minMockAvg.setMinimumSize(QSize(120, 0))
        self.minMockAvg.setMaximum(100.000000000000000)
        self.minMockAvg.setMinimum(0.000000000000000)
        self.minMockAvg.setDecimals(1)

        self.waiveMockAvgRow.addWidget(self.minMockAvg)

        self.waiveMockAvg = QCheckBox(self.projectBox)
        self.waiveMockAvg.setObjectName(u"waiveMockAvg")

        self.waiveMockAvgRow.addWidget(self.waiveMockAvg)

        self.waiveMockAvgReason = QLineEdit(self.projectBox)
        self.waiveMockAvgReason.setObjectName(u"waiveMockAvgReason")
        self.waiveMockAvgReason.setEnabled(False)
        self.waiveMockAvgReason.setMinimumSize(QSize(280, 0))
        self.waiveMockAvgReason.setMaxLength(200)

        self.waiveMockAvgRow.addWidget(self.waiveMockAvgReason)


        self.projectBoxForm.setLayout(3, QFormLayout.ItemRole.FieldRole, self.waiveMockAvgRow)

        self.minMockAvgError = QLabel(self.projectBox)
        self.minMockAvgError.setObjectName(u"minMockAvgError")
        self.minMockAvgError.setWordWrap(True)

        self.projectBoxForm.setWidget(4, QFormLayout.ItemRole.FieldRole, self.minMockAvgError)

        self.waiveMockAvgReasonError = QLabel(self.projectBox)
        self.waiveMockAvgReasonError.setObjectName(u"waiveMockAvgReasonError")
        self.waiveMockAvgReasonError.setWordWrap(True)

        self.projectBoxForm.setWidget(5, QFormLayout.ItemRole.FieldRole, self.waiveMockAvgReasonError)


        self.dialogLayout.addWidget(self.projectBox)

        self.liveBox = QGroupBox(CriteriaDialog)
        self.liveBox.setObjectName(u"liveBox")
        self.liveBoxForm = QFormLayout(self.liveBox)
        self.liveBoxForm.setObjectName(u"liveBoxForm")
        self.liveBoxForm.setLabelAlignment(Qt.AlignRight|Qt.AlignVCenter)
        self.liveBoxForm.setFieldGrowthPolicy(QFormLayout.FieldsStayAtSizeHint)
        self.liveBoxForm.setVerticalSpacing(4)
        self.minLiveSessionsLabel = QLabel(self.liveBox)
        self.minLiveSessionsLabel.setObjectName(u"minLiveSessionsLabel")

        self.liveBoxForm.setWidget(0, QFormLayout.ItemRole.LabelRole, self.minLiveSessionsLabel)

        self.waiveLiveSessionsRow = QHBoxLayout()
        self.waiveLiveSessionsRow.setSpacing(8)
        self.waiveLiveSessionsRow.setObjectName(u"waiveLiveSessionsRow")
        self.minLiveSessions = QSpinBox(self.liveBox)
        self.minLiveSessions.setObjectName(u"minLiveSessions")
        self.minLiveSessions.setMinimumSize(QSize(120, 0))
        self.minLiveSessions.setMaximum(200)
        self.minLiveSessions.setMinimum(0)

        self.waiveLiveSessionsRow.addWidget(self.minLiveSessions)

        self.waiveLiveSessions = QCheckBox(self.liveBox)
        self.waiveLiveSessions.setObjectName(u"waiveLiveSessions")

        self.waiveLiveSessionsRow.addWidget(self.waiveLiveSessions)

        self.waiveLiveSessionsReason = QLineEdit(self.liveBox)
        self.waiveLiveSessionsReason.setObjectName(u"waiveLiveSessionsReason")
        self.waiveLiveSessionsReason.setEnabled(False)
        self.waiveLiveSessionsReason.setMinimumSize(QSize(280, 0))
        self.waiveLiveSessionsReason.setMaxLength(200)

        self.waiveLiveSessionsRow.addWidget(self.waiveLiveSessionsReason)


        self.liveBoxForm.setLayout(0, QFormLayout.ItemRole.FieldRole, self.waiveLiveSessionsRow)

        self.minLiveSessionsError = QLabel(self.liveBox)
        self.minLiveSessionsError.setObjectName(u"minLiveSessionsError")
        self.minLiveSessionsError.setWordWrap(True)

        self.liveBoxForm.setWidget(1, QFormLayout.ItemRole.FieldRole, self.minLiveSessionsError)

        self.waiveLiveSessionsReasonError = QLabel(self.liveBox)
        self.waiveLiveSessionsReasonError.setObjectName(u"waiveLiveSessionsReasonError")
        self.waiveLiveSessionsReasonError.setWordWrap(True)

        self.liveBoxForm.setWidget(2, QFormLayout.ItemRole.FieldRole, self.waiveLiveSessionsReasonError)

        self.minLiveAvgLabel = QLabel(self.liveBox)
        self.minLiveAvgLabel.setObjectName(u"minLiveAvgLabel")

        self.liveBoxForm.setWidget(3, QFormLayout.ItemRole.LabelRole, self.minLiveAvgLabel)

        self.waiveLiveAvgRow = QHBoxLayout()
        self.waiveLiveAvgRow.setSpacing(8)
        self.waiveLiveAvgRow.setObjectName(u"waiveLiveAvgRow")
        self.minLiveAvg = QDoubleSpinBox(self.liveBox)
        self.minLiveAvg.setObjectName(u"minLiveAvg")
        self.minLiveAvg.setMinimumSize(QSize(120, 0))
        self.minLiveAvg.setMaximum(100.000000000000000)
        self.minLiveAvg.setMinimum(0.000000000000000)
        self.minLiveAvg.setDecimals(1)

        self.waiveLiveAvgRow.addWidget(self.minLiveAvg)

        self.waiveLiveAvg = QCheckBox(self.liveBox)
        self.waiveLiveAvg.setObjectName(u"waiveLiveAvg")

        self.waiveLiveAvgRow.addWidget(self.waiveLiveAvg)

        self.waiveLiveAvgReason = QLineEdit(self.liveBox)
        self.waiveLiveAvgReason.setObjectName(u"waiveLiveAvgReason")
        self.waiveLiveAvgReason.setEnabled(False)
        self.waiveLiveAvgReason.setMinimumSize(QSize(280, 0))
        self.waiveLiveAvgReason.setMaxLength(200)

        self.waiveLiveAvgRow.addWidget(self.waiveLiveAvgReason)


        self.liveBoxForm.setLayout(3, QFormLayout.ItemRole.FieldRole, self.waiveLiveAvgRow)

        self.minLiveAvgError = QLabel(self.liveBox)
        self.minLiveAvgError.setObjectName(u"minLiveAvgError")
        self.minLiveAvgError.setWordWrap(True)

        self.liveBoxForm.setWidget(4, QFormLayout.ItemRole.FieldRole, self.minLiveAvgError)

        self.waiveLiveAvgReasonError = QLabel(self.liveBox)
        self.waiveLiveAvgReasonError.setObjectName(u"waiveLiveAvgReasonError")
        self.waiveLiveAvgReasonError.setWordWrap(True)

        self.liveBoxForm.setWidget(5, QFormLayout.ItemRole.FieldRole, self.waiveLiveAvgReasonError)


        self.dialogLayout.addWidget(self.liveBox)

        self.scaleNote = QLabel(CriteriaDialog)
        self.scaleNote.setObjectName(u"scaleNote")
        self.scaleNote.setWordWrap(True)

        self.dialogLayout.addWidget(self.scaleNote)

        self.bottomSpacer = QSpacerItem(20, 0, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.dialogLayout.addItem(self.bottomSpacer)

        self.buttons = QDialogButtonBox(CriteriaDialog)
        self.buttons.setObjectName(u"buttons")
        self.buttons.setStandardButtons(QDialogButtonBox.Cancel|QDialogButtonBox.RestoreDefaults|QDialogButtonBox.Save)

        self.dialogLayout.addWidget(self.buttons)

#if QT_CONFIG(shortcut)
        self.minModuleAttendanceLabel.setBuddy(self.minModuleAttendance)
        self.minMockDrillsLabel.setBuddy(self.minMockDrills)
        self.minMockAvgLabel.setBuddy(self.minMockAvg)
        self.minLiveSessionsLabel.setBuddy(self.minLiveSessions)
        self.minLiveAvgLabel.setBuddy(self.minLiveAvg)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.minModuleAttendance, self.waiveAttendance)
        QWidget.setTabOrder(self.waiveAttendance, self.waiveAttendanceReason)
        QWidget.setTabOrder(self.waiveAttendanceReason, self.minMockDrills)
        QWidget.setTabOrder(self.minMockDrills, self.waiveMockDrills)
        QWidget.setTabOrder(self.waiveMockDrills, self.waiveMockDrillsReason)
        QWidget.setTabOrder(self.waiveMockDrillsReason, self.minMockAvg)
        QWidget.setTabOrder(self.minMockAvg, self.waiveMockAvg)
        QWidget.setTabOrder(self.waiveMockAvg, self.waiveMockAvgReason)
        QWidget.setTabOrder(self.waiveMockAvgReason, self.minLiveSessions)
        QWidget.setTabOrder(self.minLiveSessions, self.waiveLiveSessions)
        QWidget.setTabOrder(self.waiveLiveSessions, self.waiveLiveSessionsReason)
        QWidget.setTabOrder(self.waiveLiveSessionsReason, self.minLiveAvg)
        QWidget.setTabOrder(self.minLiveAvg, self.waiveLiveAvg)
        QWidget.setTabOrder(self.waiveLiveAvg, self.waiveLiveAvgReason)
        QWidget.setTabOrder(self.waiveLiveAvgReason, self.buttons)

        self.retranslateUi(CriteriaDialog)
    # setupUi

    def retranslateUi(self, CriteriaDialog):
        CriteriaDialog.setWindowTitle(QCoreApplication.translate("CriteriaDialog", u"Stage criteria", None))
        self.formError.setText("")
        self.intro.setText("")
        self.cognitiveBox.setTitle(QCoreApplication.translate("CriteriaDialog", u"Cognitive stage (to leave it)", None))
        self.minModuleAttendanceLabel.setText(QCoreApplication.translate("CriteriaDialog", u"Lessons attended, at least", None))
        self.minModuleAttendance.setSuffix(QCoreApplication.translate("CriteriaDialog", u" %", None))
        self.waiveAttendance.setText(QCoreApplication.translate("CriteriaDialog", u"Waive", None))
        self.minModuleAttendanceError.setText("")
        self.waiveAttendanceReasonError.setText("")
        self.projectBox.setTitle(QCoreApplication.translate("CriteriaDialog", u"Project stage (to leave it)", None))
        self.minMockDrillsLabel.setText(QCoreApplication.translate("CriteriaDialog", u"Mock drills, at least", None))
        self.waiveMockDrills.setText(QCoreApplication.translate("CriteriaDialog", u"Waive", None))
        self.minMockDrillsError.setText("")
        self.waiveMockDrillsReasonError.setText("")
        self.minMockAvgLabel.setText(QCoreApplication.translate("CriteriaDialog", u"Mock-drill average score, at least", None))
        self.waiveMockAvg.setText(QCoreApplication.translate("CriteriaDialog", u"Waive", None))
        self.minMockAvgError.setText("")
        self.waiveMockAvgReasonError.setText("")
        self.liveBox.setTitle(QCoreApplication.translate("CriteriaDialog", u"Live-practice stage (to leave it)", None))
        self.minLiveSessionsLabel.setText(QCoreApplication.translate("CriteriaDialog", u"Live sessions, at least", None))
        self.waiveLiveSessions.setText(QCoreApplication.translate("CriteriaDialog", u"Waive", None))
        self.minLiveSessionsError.setText("")
        self.waiveLiveSessionsReasonError.setText("")
        self.minLiveAvgLabel.setText(QCoreApplication.translate("CriteriaDialog", u"Live-session average score, at least", None))
        self.waiveLiveAvg.setText(QCoreApplication.translate("CriteriaDialog", u"Waive", None))
        self.minLiveAvgError.setText("")
        self.waiveLiveAvgReasonError.setText("")
        self.scaleNote.setText(QCoreApplication.translate("CriteriaDialog", u"Average scores are on the 100-point scale; sessions scored out of 5 count as score \u00d7 20.", None))
    # retranslateUi

