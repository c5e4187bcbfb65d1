# GENERATED from forms/subsidy_rates_dialog.ui by packaging/build_forms.py (pyside6-uic) - do not edit.
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
    QDoubleSpinBox, QFormLayout, QLabel, QSizePolicy,
    QSpacerItem, QSpinBox, QVBoxLayout, QWidget)

class Ui_SubsidyRatesDialog(object):
    def setupUi(self, SubsidyRatesDialog):
        if not SubsidyRatesDialog.objectName():
            SubsidyRatesDialog.setObjectName(u"SubsidyRatesDialog")
        SubsidyRatesDialog.resize(500, 360)
        self.dialogLayout = QVBoxLayout(SubsidyRatesDialog)
        self.dialogLayout.setObjectName(u"dialogLayout")
        self.intro = QLabel(SubsidyRatesDialog)
        self.intro.setObjectName(u"intro")
        self.intro.setWordWrap(True)

        self.dialogLayout.addWidget(self.intro)

        self.formError = QLabel(SubsidyRatesDialog)
        self.formError.setObjectName(u"formError")
        self.formError.setWordWrap(True)

        self.dialogLayout.addWidget(self.formError)

        self.form = QFormLayout()
        self.form.setObjectName(u"form")
        self.form.setLabelAlignment(Qt.AlignRight|Qt.AlignVCenter)
        self.form.setFieldGrowthPolicy(QFormLayout.AllNonFixedFieldsGrow)
        self.yearLabel = QLabel(SubsidyRatesDialog)
        self.yearLabel.setObjectName(u"yearLabel")

        self.form.setWidget(0, QFormLayout.ItemRole.LabelRole, self.yearLabel)

        self.year = QSpinBox(SubsidyRatesDialog)
        self.year.setObjectName(u"year")
        self.year.setMinimum(2000)
        self.year.setMaximum(2100)
        self.year.setValue(2025)

        self.form.setWidget(0, QFormLayout.ItemRole.FieldRole, self.year)

        self.minimumBaseLabel = QLabel(SubsidyRatesDialog)
        self.minimumBaseLabel.setObjectName(u"minimumBaseLabel")

        self.form.setWidget(1, QFormLayout.ItemRole.LabelRole, self.minimumBaseLabel)

        self.minimumBase = QDoubleSpinBox(SubsidyRatesDialog)
        self.minimumBase.setObjectName(u"minimumBase")
        self.minimumBase.setDecimals(2)
        self.minimumBase.setMaximum(99999.990000000005239)
        self.minimumBase.setMinimumSize(QSize(180, 0))

        self.form.setWidget(1, QFormLayout.ItemRole.FieldRole, self.minimumBase)

        self.minimumBaseError = QLabel(SubsidyRatesDialog)
        self.minimumBaseError.setObjectName(u"minimumBaseError")
        self.minimumBaseError.setWordWrap(True)

        self.form.setWidget(2, QFormLayout.ItemRole.FieldRole, self.minimumBaseError)

        self.contributionRateLabel = QLabel(SubsidyRatesDialog)
        self.contributionRateLabel.setObjectName(u"contributionRateLabel")

        self.form.setWidget(3, QFormLayout.ItemRole.LabelRole, self.contributionRateLabel)

        self.contributionRate = QDoubleSpinBox(SubsidyRatesDialog)
        self.contributionRate.setObjectName(u"contributionRate")
        self.contributionRate.setDecimals(2)
        self.contributionRate.setMaximum(100.000000000000000)

        self.form.setWidget(3, QFormLayout.ItemRole.FieldRole, self.contributionRate)

        self.contributionRateError = QLabel(SubsidyRatesDialog)
        self.contributionRateError.setObjectName(u"contributionRateError")
        self.contributionRateError.setWordWrap(True)

        self.form.setWidget(4, QFormLayout.ItemRole.FieldRole, self.contributionRateError)

        self.shareLabel = QLabel(SubsidyRatesDialog)
        self.shareLabel.setObjectName(u"shareLabel")

        self.form.setWidget(5, QFormLayout.ItemRole.LabelRole, self.shareLabel)

        self.share = QDoubleSpinBox(SubsidyRatesDialog)
        self.share.setObjectName(u"share")
        self.share.setDecimals(1)
        self.share.setMaximum(100.000000000000000)
        self.share.setValue(50.000000000000000)

        self.form.setWidget(5, QFormLayout.ItemRole.FieldRole, self.share)

        self.shareError = QLabel(SubsidyRatesDialog)
        self.shareError.setObjectName(u"shareError")
        self.shareError.setWordWrap(True)

        self.form.setWidget(6, QFormLayout.ItemRole.FieldRole, self.shareError)

        self.amountLabel = QLabel(SubsidyRatesDialog)
        self.amountLabel.setObjectName(u"amountLabel")

        self.form.setWidget(7, QFormLayout.ItemRole.LabelRole, self.amountLabel)

        self.amount = QLabel(SubsidyRatesDialog)
        self.amount.setObjectName(u"amount")

        self.form.setWidget(7, QFormLayout.ItemRole.FieldRole, self.amount)


        self.dialogLayout.addLayout(self.form)

        self.source = QLabel(SubsidyRatesDialog)
        self.source.setObjectName(u"source")
        self.source.setWordWrap(True)

        self.dialogLayout.addWidget(self.source)

        self.spacer = QSpacerItem(20, 0, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.dialogLayout.addItem(self.spacer)

        self.buttons = QDialogButtonBox(SubsidyRatesDialog)
        self.buttons.setObjectName(u"buttons")
        self.buttons.setStandardButtons(QDialogButtonBox.Cancel|QDialogButtonBox.Save)

        self.dialogLayout.addWidget(self.buttons)

#if QT_CONFIG(shortcut)
        self.yearLabel.setBuddy(self.year)
        self.minimumBaseLabel.setBuddy(self.minimumBase)
        self.contributionRateLabel.setBuddy(self.contributionRate)
        self.shareLabel.setBuddy(self.share)
#endif // QT_CONFIG(shortcut)

        self.retranslateUi(SubsidyRatesDialog)
    # setupUi

    def retranslateUi(self, SubsidyRatesDialog):
        SubsidyRatesDialog.setWindowTitle(QCoreApplication.translate("SubsidyRatesDialog", u"Subsidy rates", None))
        self.intro.setText(QCoreApplication.translate("SubsidyRatesDialog", u"The flexible-employment subsidy pays the given share of the pension and medical insurance computed on the year's minimum contribution base. Take the figures from the year's official notice.", None))
        self.formError.setText("")
        self.yearLabel.setText(QCoreApplication.translate("SubsidyRatesDialog", u"Year", None))
        self.minimumBaseLabel.setText(QCoreApplication.translate("SubsidyRatesDialog", u"Minimum contribution base", None))
        self.minimumBase.setSuffix(QCoreApplication.translate("SubsidyRatesDialog", u" yuan/month", None))
        self.minimumBaseError.setText("")
        self.contributionRateLabel.setText(QCoreApplication.translate("SubsidyRatesDialog", u"Pension + medical rate", None))
        self.contributionRate.setSuffix(QCoreApplication.translate("SubsidyRatesDialog", u" %", None))
        self.contributionRateError.setText("")
        self.shareLabel.setText(QCoreApplication.translate("SubsidyRatesDialog", u"Subsidy share", None))
        self.share.setSuffix(QCoreApplication.translate("SubsidyRatesDialog", u" %", None))
        self.shareError.setText("")
        self.amountLabel.setText(QCoreApplication.translate("SubsidyRatesDialog", u"Monthly subsidy", None))
        self.amount.setText("")
        self.source.setText("")
    # retranslateUi

