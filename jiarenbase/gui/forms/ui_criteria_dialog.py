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
from PySide6.QtWidgets import (QAbstractButton, QApplication, QDialog, QDialogButtonBox,
    QDoubleSpinBox, QFormLayout, QGroupBox, QLabel,
    QSizePolicy, QSpacerItem, QSpinBox, QVBoxLayout,
    QWidget)

class Ui_CriteriaDialog(object):
    def setupUi(self, CriteriaDialog):
        if not CriteriaDialog.objectName():
            CriteriaDialog.setObjectName(u"CriteriaDialog")
        CriteriaDialog.resize(520, 520)
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

        self.minModuleAttendance = QSpinBox(self.cognitiveBox)
        self.minModuleAttendance.setObjectName(u"minModuleAttendance")
        self.minModuleAttendance.setMinimumSize(QSize(120, 0))
        self.minModuleAttendance.setMaximum(100)
        self.minModuleAttendance.setMinimum(0)

        self.cognitiveBoxForm.setWidget(0, QFormLayout.ItemRole.FieldRole, self.minModuleAttendance)

        self.minModuleAttendanceError = QLabel(self.cognitiveBox)
        self.minModuleAttendanceError.setObjectName(u"minModuleAttendanceError")
        self.minModuleAttendanceError.setWordWrap(True)

        self.cognitiveBoxForm.setWidget(1, QFormLayout.ItemRole.FieldRole, self.minModuleAttendanceError)


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

        self.minMockDrills = QSpinBox(self.projectBox)
        self.minMockDrills.setObjectName(u"minMockDrills")
        self.minMockDrills.setMinimumSize(QSize(120, 0))
        self.minMockDrills.setMaximum(200)
        self.minMockDrills.setMinimum(0)

        self.projectBoxForm.setWidget(0, QFormLayout.ItemRole.FieldRole, self.minMockDrills)

        self.minMockDrillsError = QLabel(self.projectBox)
        self.minMockDrillsError.setObjectName(u"minMockDrillsError")
        self.minMockDrillsError.setWordWrap(True)

        self.projectBoxForm.setWidget(1, QFormLayout.ItemRole.FieldRole, self.minMockDrillsError)

        self.minMockAvgLabel = QLabel(self.projectBox)
        self.minMockAvgLabel.setObjectName(u"minMockAvgLabel")

        self.projectBoxForm.setWidget(2, QFormLayout.ItemRole.LabelRole, self.minMockAvgLabel)

        self.minMockAvg = QDoubleSpinBox(self.projectBox)
        self.minMockAvg.setObjectName(u"minMockAvg")
        self.minMockAvg.setMinimumSize(QSize(120, 0))
        self.minMockAvg.setMaximum(100.000000000000000)
        self.minMockAvg.setMinimum(0.000000000000000)
        self.minMockAvg.setDecimals(1)

        self.projectBoxForm.setWidget(2, QFormLayout.ItemRole.FieldRole, self.minMockAvg)

        self.minMockAvgError = QLabel(self.projectBox)
        self.minMockAvgError.setObjectName(u"minMockAvgError")
        self.minMockAvgError.setWordWrap(True)

        self.projectBoxForm.setWidget(3, QFormLayout.ItemRole.FieldRole, self.minMockAvgError)


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

        self.minLiveSessions = QSpinBox(self.liveBox)
        self.minLiveSessions.setObjectName(u"minLiveSessions")
        self.minLiveSessions.setMinimumSize(QSize(120, 0))
        self.minLiveSessions.setMaximum(200)
        self.minLiveSessions.setMinimum(0)

        self.liveBoxForm.setWidget(0, QFormLayout.ItemRole.FieldRole, self.minLiveSessions)

        self.minLiveSessionsError = QLabel(self.liveBox)
        self.minLiveSessionsError.setObjectName(u"minLiveSessionsError")
        self.minLiveSessionsError.setWordWrap(True)

        self.liveBoxForm.setWidget(1, QFormLayout.ItemRole.FieldRole, self.minLiveSessionsError)

        self.minLiveAvgLabel = QLabel(self.liveBox)
        self.minLiveAvgLabel.setObjectName(u"minLiveAvgLabel")

        self.liveBoxForm.setWidget(2, QFormLayout.ItemRole.LabelRole, self.minLiveAvgLabel)

        self.minLiveAvg = QDoubleSpinBox(self.liveBox)
        self.minLiveAvg.setObjectName(u"minLiveAvg")
        self.minLiveAvg.setMinimumSize(QSize(120, 0))
        self.minLiveAvg.setMaximum(100.000000000000000)
        self.minLiveAvg.setMinimum(0.000000000000000)
        self.minLiveAvg.setDecimals(1)

        self.liveBoxForm.setWidget(2, QFormLayout.ItemRole.FieldRole, self.minLiveAvg)

        self.minLiveAvgError = QLabel(self.liveBox)
        self.minLiveAvgError.setObjectName(u"minLiveAvgError")
        self.minLiveAvgError.setWordWrap(True)

        self.liveBoxForm.setWidget(3, QFormLayout.ItemRole.FieldRole, self.minLiveAvgError)


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
        QWidget.setTabOrder(self.minModuleAttendance, self.minMockDrills)
        QWidget.setTabOrder(self.minMockDrills, self.minMockAvg)
        QWidget.setTabOrder(self.minMockAvg, self.minLiveSessions)
        QWidget.setTabOrder(self.minLiveSessions, self.minLiveAvg)
        QWidget.setTabOrder(self.minLiveAvg, self.buttons)

        self.retranslateUi(CriteriaDialog)
    # setupUi

    def retranslateUi(self, CriteriaDialog):
        CriteriaDialog.setWindowTitle(QCoreApplication.translate("CriteriaDialog", u"Stage criteria", None))
        self.formError.setText("")
        self.intro.setText("")
        self.cognitiveBox.setTitle(QCoreApplication.translate("CriteriaDialog", u"Cognitive stage (to leave it)", None))
        self.minModuleAttendanceLabel.setText(QCoreApplication.translate("CriteriaDialog", u"Lessons attended, at least", None))
        self.minModuleAttendance.setSuffix(QCoreApplication.translate("CriteriaDialog", u" %", None))
        self.minModuleAttendanceError.setText("")
        self.projectBox.setTitle(QCoreApplication.translate("CriteriaDialog", u"Project stage (to leave it)", None))
        self.minMockDrillsLabel.setText(QCoreApplication.translate("CriteriaDialog", u"Mock drills, at least", None))
        self.minMockDrillsError.setText("")
        self.minMockAvgLabel.setText(QCoreApplication.translate("CriteriaDialog", u"Mock-drill average score, at least", None))
        self.minMockAvgError.setText("")
        self.liveBox.setTitle(QCoreApplication.translate("CriteriaDialog", u"Live-practice stage (to leave it)", None))
        self.minLiveSessionsLabel.setText(QCoreApplication.translate("CriteriaDialog", u"Live sessions, at least", None))
        self.minLiveSessionsError.setText("")
        self.minLiveAvgLabel.setText(QCoreApplication.translate("CriteriaDialog", u"Live-session average score, at least", None))
        self.minLiveAvgError.setText("")
        self.scaleNote.setText(QCoreApplication.translate("CriteriaDialog", u"Average scores are on the 100-point scale; sessions scored out of 5 count as score \u00d7 20.", None))
    # retranslateUi

