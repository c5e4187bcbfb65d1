# GENERATED from forms/session_dialog.ui by packaging/build_forms.py (pyside6-uic) - do not edit.
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
from PySide6.QtWidgets import (QAbstractButton, QApplication, QComboBox, QDateTimeEdit,
    QDialog, QDialogButtonBox, QFormLayout, QFrame,
    QGridLayout, QGroupBox, QHBoxLayout, QLabel,
    QLineEdit, QPlainTextEdit, QSizePolicy, QSpacerItem,
    QVBoxLayout, QWidget)

class Ui_SessionDialog(object):
    def setupUi(self, SessionDialog):
        if not SessionDialog.objectName():
            SessionDialog.setObjectName(u"SessionDialog")
        SessionDialog.resize(1000, 640)
        SessionDialog.setSizeGripEnabled(True)
        self.dialogLayout = QVBoxLayout(SessionDialog)
        self.dialogLayout.setSpacing(6)
        self.dialogLayout.setObjectName(u"dialogLayout")
        self.formError = QLabel(SessionDialog)
        self.formError.setObjectName(u"formError")
        self.formError.setWordWrap(True)

        self.dialogLayout.addWidget(self.formError)

        self.bookingInfo = QLabel(SessionDialog)
        self.bookingInfo.setObjectName(u"bookingInfo")
        self.bookingInfo.setWordWrap(True)

        self.dialogLayout.addWidget(self.bookingInfo)

        self.topLayout = QHBoxLayout()
        self.topLayout.setSpacing(24)
        self.topLayout.setObjectName(u"topLayout")
        self.whoForm = QFormLayout()
        self.whoForm.setObjectName(u"whoForm")
        self.whoForm.setLabelAlignment(Qt.AlignRight|Qt.AlignVCenter)
        self.whoForm.setFieldGrowthPolicy(QFormLayout.AllNonFixedFieldsGrow)
        self.whoForm.setVerticalSpacing(4)
        self.kindLabel = QLabel(SessionDialog)
        self.kindLabel.setObjectName(u"kindLabel")

        self.whoForm.setWidget(0, QFormLayout.ItemRole.LabelRole, self.kindLabel)

        self.kind = QComboBox(SessionDialog)
        self.kind.setObjectName(u"kind")
        self.kind.setMinimumSize(QSize(160, 0))

        self.whoForm.setWidget(0, QFormLayout.ItemRole.FieldRole, self.kind)

        self.kindError = QLabel(SessionDialog)
        self.kindError.setObjectName(u"kindError")
        self.kindError.setWordWrap(True)

        self.whoForm.setWidget(1, QFormLayout.ItemRole.FieldRole, self.kindError)

        self.studentLabel = QLabel(SessionDialog)
        self.studentLabel.setObjectName(u"studentLabel")

        self.whoForm.setWidget(2, QFormLayout.ItemRole.LabelRole, self.studentLabel)

        self.student = QComboBox(SessionDialog)
        self.student.setObjectName(u"student")
        self.student.setMinimumSize(QSize(220, 0))
        self.student.setEditable(True)

        self.whoForm.setWidget(2, QFormLayout.ItemRole.FieldRole, self.student)

        self.studentError = QLabel(SessionDialog)
        self.studentError.setObjectName(u"studentError")
        self.studentError.setWordWrap(True)

        self.whoForm.setWidget(3, QFormLayout.ItemRole.FieldRole, self.studentError)

        self.mentorLabel = QLabel(SessionDialog)
        self.mentorLabel.setObjectName(u"mentorLabel")

        self.whoForm.setWidget(4, QFormLayout.ItemRole.LabelRole, self.mentorLabel)

        self.mentor = QComboBox(SessionDialog)
        self.mentor.setObjectName(u"mentor")
        self.mentor.setMinimumSize(QSize(160, 0))

        self.whoForm.setWidget(4, QFormLayout.ItemRole.FieldRole, self.mentor)

        self.mentorError = QLabel(SessionDialog)
        self.mentorError.setObjectName(u"mentorError")
        self.mentorError.setWordWrap(True)

        self.whoForm.setWidget(5, QFormLayout.ItemRole.FieldRole, self.mentorError)


        self.topLayout.addLayout(self.whoForm)

        self.whenForm = QFormLayout()
        self.whenForm.setObjectName(u"whenForm")
        self.whenForm.setLabelAlignment(Qt.AlignRight|Qt.AlignVCenter)
        self.whenForm.setFieldGrowthPolicy(QFormLayout.AllNonFixedFieldsGrow)
        self.whenForm.setVerticalSpacing(4)
        self.startLabel = QLabel(SessionDialog)
        self.startLabel.setObjectName(u"startLabel")

        self.whenForm.setWidget(0, QFormLayout.ItemRole.LabelRole, self.startLabel)

        self.start = QDateTimeEdit(SessionDialog)
        self.start.setObjectName(u"start")
        self.start.setCalendarPopup(True)
        self.start.setMinimumSize(QSize(170, 0))

        self.whenForm.setWidget(0, QFormLayout.ItemRole.FieldRole, self.start)

        self.startError = QLabel(SessionDialog)
        self.startError.setObjectName(u"startError")
        self.startError.setWordWrap(True)

        self.whenForm.setWidget(1, QFormLayout.ItemRole.FieldRole, self.startError)

        self.endLabel = QLabel(SessionDialog)
        self.endLabel.setObjectName(u"endLabel")

        self.whenForm.setWidget(2, QFormLayout.ItemRole.LabelRole, self.endLabel)

        self.end = QDateTimeEdit(SessionDialog)
        self.end.setObjectName(u"end")
        self.end.setCalendarPopup(True)
        self.end.setMinimumSize(QSize(170, 0))

        self.whenForm.setWidget(2, QFormLayout.ItemRole.FieldRole, self.end)

        self.endError = QLabel(SessionDialog)
        self.endError.setObjectName(u"endError")
        self.endError.setWordWrap(True)

        self.whenForm.setWidget(3, QFormLayout.ItemRole.FieldRole, self.endError)

        self.platformLabel = QLabel(SessionDialog)
        self.platformLabel.setObjectName(u"platformLabel")

        self.whenForm.setWidget(4, QFormLayout.ItemRole.LabelRole, self.platformLabel)

        self.platform = QComboBox(SessionDialog)
        self.platform.setObjectName(u"platform")
        self.platform.setMinimumSize(QSize(160, 0))

        self.whenForm.setWidget(4, QFormLayout.ItemRole.FieldRole, self.platform)

        self.platformError = QLabel(SessionDialog)
        self.platformError.setObjectName(u"platformError")
        self.platformError.setWordWrap(True)

        self.whenForm.setWidget(5, QFormLayout.ItemRole.FieldRole, self.platformError)


        self.topLayout.addLayout(self.whenForm)

        self.topLayout.setStretch(0, 5)
        self.topLayout.setStretch(1, 4)

        self.dialogLayout.addLayout(self.topLayout)

        self.studentHint = QLabel(SessionDialog)
        self.studentHint.setObjectName(u"studentHint")
        self.studentHint.setWordWrap(True)

        self.dialogLayout.addWidget(self.studentHint)

        self.productsForm = QFormLayout()
        self.productsForm.setObjectName(u"productsForm")
        self.productsForm.setLabelAlignment(Qt.AlignRight|Qt.AlignVCenter)
        self.productsForm.setFieldGrowthPolicy(QFormLayout.AllNonFixedFieldsGrow)
        self.productsForm.setVerticalSpacing(4)
        self.productsLabel = QLabel(SessionDialog)
        self.productsLabel.setObjectName(u"productsLabel")

        self.productsForm.setWidget(0, QFormLayout.ItemRole.LabelRole, self.productsLabel)

        self.products = QLineEdit(SessionDialog)
        self.products.setObjectName(u"products")
        self.products.setMaxLength(1000)

        self.productsForm.setWidget(0, QFormLayout.ItemRole.FieldRole, self.products)

        self.productsError = QLabel(SessionDialog)
        self.productsError.setObjectName(u"productsError")
        self.productsError.setWordWrap(True)

        self.productsForm.setWidget(1, QFormLayout.ItemRole.FieldRole, self.productsError)


        self.dialogLayout.addLayout(self.productsForm)

        self.bodyLayout = QHBoxLayout()
        self.bodyLayout.setSpacing(12)
        self.bodyLayout.setObjectName(u"bodyLayout")
        self.countsGroup = QGroupBox(SessionDialog)
        self.countsGroup.setObjectName(u"countsGroup")
        self.countsLayout = QVBoxLayout(self.countsGroup)
        self.countsLayout.setObjectName(u"countsLayout")
        self.countsColumns = QHBoxLayout()
        self.countsColumns.setSpacing(16)
        self.countsColumns.setObjectName(u"countsColumns")
        self.audienceForm = QFormLayout()
        self.audienceForm.setObjectName(u"audienceForm")
        self.audienceForm.setLabelAlignment(Qt.AlignRight|Qt.AlignVCenter)
        self.audienceForm.setFieldGrowthPolicy(QFormLayout.AllNonFixedFieldsGrow)
        self.audienceForm.setVerticalSpacing(4)
        self.viewersLabel = QLabel(self.countsGroup)
        self.viewersLabel.setObjectName(u"viewersLabel")

        self.audienceForm.setWidget(0, QFormLayout.ItemRole.LabelRole, self.viewersLabel)

        self.viewers = QLineEdit(self.countsGroup)
        self.viewers.setObjectName(u"viewers")
        self.viewers.setMaximumSize(QSize(130, 16777215))
        self.viewers.setMinimumSize(QSize(100, 0))
        self.viewers.setAlignment(Qt.AlignRight|Qt.AlignVCenter)

        self.audienceForm.setWidget(0, QFormLayout.ItemRole.FieldRole, self.viewers)

        self.viewersError = QLabel(self.countsGroup)
        self.viewersError.setObjectName(u"viewersError")
        self.viewersError.setWordWrap(True)

        self.audienceForm.setWidget(1, QFormLayout.ItemRole.SpanningRole, self.viewersError)

        self.peakConcurrentLabel = QLabel(self.countsGroup)
        self.peakConcurrentLabel.setObjectName(u"peakConcurrentLabel")

        self.audienceForm.setWidget(2, QFormLayout.ItemRole.LabelRole, self.peakConcurrentLabel)

        self.peakConcurrent = QLineEdit(self.countsGroup)
        self.peakConcurrent.setObjectName(u"peakConcurrent")
        self.peakConcurrent.setMaximumSize(QSize(130, 16777215))
        self.peakConcurrent.setMinimumSize(QSize(100, 0))
        self.peakConcurrent.setAlignment(Qt.AlignRight|Qt.AlignVCenter)

        self.audienceForm.setWidget(2, QFormLayout.ItemRole.FieldRole, self.peakConcurrent)

        self.peakConcurrentError = QLabel(self.countsGroup)
        self.peakConcurrentError.setObjectName(u"peakConcurrentError")
        self.peakConcurrentError.setWordWrap(True)

        self.audienceForm.setWidget(3, QFormLayout.ItemRole.SpanningRole, self.peakConcurrentError)

        self.avgWatchSecondsLabel = QLabel(self.countsGroup)
        self.avgWatchSecondsLabel.setObjectName(u"avgWatchSecondsLabel")

        self.audienceForm.setWidget(4, QFormLayout.ItemRole.LabelRole, self.avgWatchSecondsLabel)

        self.avgWatchSeconds = QLineEdit(self.countsGroup)
        self.avgWatchSeconds.setObjectName(u"avgWatchSeconds")
        self.avgWatchSeconds.setMaximumSize(QSize(130, 16777215))
        self.avgWatchSeconds.setMinimumSize(QSize(100, 0))
        self.avgWatchSeconds.setAlignment(Qt.AlignRight|Qt.AlignVCenter)

        self.audienceForm.setWidget(4, QFormLayout.ItemRole.FieldRole, self.avgWatchSeconds)

        self.avgWatchSecondsError = QLabel(self.countsGroup)
        self.avgWatchSecondsError.setObjectName(u"avgWatchSecondsError")
        self.avgWatchSecondsError.setWordWrap(True)

        self.audienceForm.setWidget(5, QFormLayout.ItemRole.SpanningRole, self.avgWatchSecondsError)

        self.commentsLabel = QLabel(self.countsGroup)
        self.commentsLabel.setObjectName(u"commentsLabel")

        self.audienceForm.setWidget(6, QFormLayout.ItemRole.LabelRole, self.commentsLabel)

        self.comments = QLineEdit(self.countsGroup)
        self.comments.setObjectName(u"comments")
        self.comments.setMaximumSize(QSize(130, 16777215))
        self.comments.setMinimumSize(QSize(100, 0))
        self.comments.setAlignment(Qt.AlignRight|Qt.AlignVCenter)

        self.audienceForm.setWidget(6, QFormLayout.ItemRole.FieldRole, self.comments)

        self.commentsError = QLabel(self.countsGroup)
        self.commentsError.setObjectName(u"commentsError")
        self.commentsError.setWordWrap(True)

        self.audienceForm.setWidget(7, QFormLayout.ItemRole.SpanningRole, self.commentsError)

        self.likesLabel = QLabel(self.countsGroup)
        self.likesLabel.setObjectName(u"likesLabel")

        self.audienceForm.setWidget(8, QFormLayout.ItemRole.LabelRole, self.likesLabel)

        self.likes = QLineEdit(self.countsGroup)
        self.likes.setObjectName(u"likes")
        self.likes.setMaximumSize(QSize(130, 16777215))
        self.likes.setMinimumSize(QSize(100, 0))
        self.likes.setAlignment(Qt.AlignRight|Qt.AlignVCenter)

        self.audienceForm.setWidget(8, QFormLayout.ItemRole.FieldRole, self.likes)

        self.likesError = QLabel(self.countsGroup)
        self.likesError.setObjectName(u"likesError")
        self.likesError.setWordWrap(True)

        self.audienceForm.setWidget(9, QFormLayout.ItemRole.SpanningRole, self.likesError)

        self.newFollowersLabel = QLabel(self.countsGroup)
        self.newFollowersLabel.setObjectName(u"newFollowersLabel")

        self.audienceForm.setWidget(10, QFormLayout.ItemRole.LabelRole, self.newFollowersLabel)

        self.newFollowers = QLineEdit(self.countsGroup)
        self.newFollowers.setObjectName(u"newFollowers")
        self.newFollowers.setMaximumSize(QSize(130, 16777215))
        self.newFollowers.setMinimumSize(QSize(100, 0))
        self.newFollowers.setAlignment(Qt.AlignRight|Qt.AlignVCenter)

        self.audienceForm.setWidget(10, QFormLayout.ItemRole.FieldRole, self.newFollowers)

        self.newFollowersError = QLabel(self.countsGroup)
        self.newFollowersError.setObjectName(u"newFollowersError")
        self.newFollowersError.setWordWrap(True)

        self.audienceForm.setWidget(11, QFormLayout.ItemRole.SpanningRole, self.newFollowersError)


        self.countsColumns.addLayout(self.audienceForm)

        self.salesForm = QFormLayout()
        self.salesForm.setObjectName(u"salesForm")
        self.salesForm.setLabelAlignment(Qt.AlignRight|Qt.AlignVCenter)
        self.salesForm.setFieldGrowthPolicy(QFormLayout.AllNonFixedFieldsGrow)
        self.salesForm.setVerticalSpacing(4)
        self.productClicksLabel = QLabel(self.countsGroup)
        self.productClicksLabel.setObjectName(u"productClicksLabel")

        self.salesForm.setWidget(0, QFormLayout.ItemRole.LabelRole, self.productClicksLabel)

        self.productClicks = QLineEdit(self.countsGroup)
        self.productClicks.setObjectName(u"productClicks")
        self.productClicks.setMaximumSize(QSize(130, 16777215))
        self.productClicks.setMinimumSize(QSize(100, 0))
        self.productClicks.setAlignment(Qt.AlignRight|Qt.AlignVCenter)

        self.salesForm.setWidget(0, QFormLayout.ItemRole.FieldRole, self.productClicks)

        self.productClicksError = QLabel(self.countsGroup)
        self.productClicksError.setObjectName(u"productClicksError")
        self.productClicksError.setWordWrap(True)

        self.salesForm.setWidget(1, QFormLayout.ItemRole.SpanningRole, self.productClicksError)

        self.ordersLabel = QLabel(self.countsGroup)
        self.ordersLabel.setObjectName(u"ordersLabel")

        self.salesForm.setWidget(2, QFormLayout.ItemRole.LabelRole, self.ordersLabel)

        self.orders = QLineEdit(self.countsGroup)
        self.orders.setObjectName(u"orders")
        self.orders.setMaximumSize(QSize(130, 16777215))
        self.orders.setMinimumSize(QSize(100, 0))
        self.orders.setAlignment(Qt.AlignRight|Qt.AlignVCenter)

        self.salesForm.setWidget(2, QFormLayout.ItemRole.FieldRole, self.orders)

        self.ordersError = QLabel(self.countsGroup)
        self.ordersError.setObjectName(u"ordersError")
        self.ordersError.setWordWrap(True)

        self.salesForm.setWidget(3, QFormLayout.ItemRole.SpanningRole, self.ordersError)

        self.buyersLabel = QLabel(self.countsGroup)
        self.buyersLabel.setObjectName(u"buyersLabel")

        self.salesForm.setWidget(4, QFormLayout.ItemRole.LabelRole, self.buyersLabel)

        self.buyers = QLineEdit(self.countsGroup)
        self.buyers.setObjectName(u"buyers")
        self.buyers.setMaximumSize(QSize(130, 16777215))
        self.buyers.setMinimumSize(QSize(100, 0))
        self.buyers.setAlignment(Qt.AlignRight|Qt.AlignVCenter)

        self.salesForm.setWidget(4, QFormLayout.ItemRole.FieldRole, self.buyers)

        self.buyersError = QLabel(self.countsGroup)
        self.buyersError.setObjectName(u"buyersError")
        self.buyersError.setWordWrap(True)

        self.salesForm.setWidget(5, QFormLayout.ItemRole.SpanningRole, self.buyersError)

        self.gmvLabel = QLabel(self.countsGroup)
        self.gmvLabel.setObjectName(u"gmvLabel")

        self.salesForm.setWidget(6, QFormLayout.ItemRole.LabelRole, self.gmvLabel)

        self.gmv = QLineEdit(self.countsGroup)
        self.gmv.setObjectName(u"gmv")
        self.gmv.setMaximumSize(QSize(130, 16777215))
        self.gmv.setMinimumSize(QSize(100, 0))
        self.gmv.setAlignment(Qt.AlignRight|Qt.AlignVCenter)

        self.salesForm.setWidget(6, QFormLayout.ItemRole.FieldRole, self.gmv)

        self.gmvError = QLabel(self.countsGroup)
        self.gmvError.setObjectName(u"gmvError")
        self.gmvError.setWordWrap(True)

        self.salesForm.setWidget(7, QFormLayout.ItemRole.SpanningRole, self.gmvError)

        self.refundsLabel = QLabel(self.countsGroup)
        self.refundsLabel.setObjectName(u"refundsLabel")

        self.salesForm.setWidget(8, QFormLayout.ItemRole.LabelRole, self.refundsLabel)

        self.refunds = QLineEdit(self.countsGroup)
        self.refunds.setObjectName(u"refunds")
        self.refunds.setMaximumSize(QSize(130, 16777215))
        self.refunds.setMinimumSize(QSize(100, 0))
        self.refunds.setAlignment(Qt.AlignRight|Qt.AlignVCenter)

        self.salesForm.setWidget(8, QFormLayout.ItemRole.FieldRole, self.refunds)

        self.refundsError = QLabel(self.countsGroup)
        self.refundsError.setObjectName(u"refundsError")
        self.refundsError.setWordWrap(True)

        self.salesForm.setWidget(9, QFormLayout.ItemRole.SpanningRole, self.refundsError)


        self.countsColumns.addLayout(self.salesForm)


        self.countsLayout.addLayout(self.countsColumns)

        self.ratiosFrame = QFrame(self.countsGroup)
        self.ratiosFrame.setObjectName(u"ratiosFrame")
        self.ratiosFrame.setFrameShape(QFrame.StyledPanel)
        self.ratiosLayout = QGridLayout(self.ratiosFrame)
        self.ratiosLayout.setObjectName(u"ratiosLayout")
        self.ratiosLayout.setVerticalSpacing(2)
        self.conversionCaption = QLabel(self.ratiosFrame)
        self.conversionCaption.setObjectName(u"conversionCaption")
        self.conversionCaption.setAlignment(Qt.AlignCenter)

        self.ratiosLayout.addWidget(self.conversionCaption, 0, 0, 1, 1)

        self.conversionValue = QLabel(self.ratiosFrame)
        self.conversionValue.setObjectName(u"conversionValue")
        self.conversionValue.setAlignment(Qt.AlignCenter)

        self.ratiosLayout.addWidget(self.conversionValue, 1, 0, 1, 1)

        self.clickRateCaption = QLabel(self.ratiosFrame)
        self.clickRateCaption.setObjectName(u"clickRateCaption")
        self.clickRateCaption.setAlignment(Qt.AlignCenter)

        self.ratiosLayout.addWidget(self.clickRateCaption, 0, 1, 1, 1)

        self.clickRateValue = QLabel(self.ratiosFrame)
        self.clickRateValue.setObjectName(u"clickRateValue")
        self.clickRateValue.setAlignment(Qt.AlignCenter)

        self.ratiosLayout.addWidget(self.clickRateValue, 1, 1, 1, 1)

        self.gpmCaption = QLabel(self.ratiosFrame)
        self.gpmCaption.setObjectName(u"gpmCaption")
        self.gpmCaption.setAlignment(Qt.AlignCenter)

        self.ratiosLayout.addWidget(self.gpmCaption, 0, 2, 1, 1)

        self.gpmValue = QLabel(self.ratiosFrame)
        self.gpmValue.setObjectName(u"gpmValue")
        self.gpmValue.setAlignment(Qt.AlignCenter)

        self.ratiosLayout.addWidget(self.gpmValue, 1, 2, 1, 1)

        self.uvValueCaption = QLabel(self.ratiosFrame)
        self.uvValueCaption.setObjectName(u"uvValueCaption")
        self.uvValueCaption.setAlignment(Qt.AlignCenter)

        self.ratiosLayout.addWidget(self.uvValueCaption, 0, 3, 1, 1)

        self.uvValueValue = QLabel(self.ratiosFrame)
        self.uvValueValue.setObjectName(u"uvValueValue")
        self.uvValueValue.setAlignment(Qt.AlignCenter)

        self.ratiosLayout.addWidget(self.uvValueValue, 1, 3, 1, 1)

        self.avgOrderValueCaption = QLabel(self.ratiosFrame)
        self.avgOrderValueCaption.setObjectName(u"avgOrderValueCaption")
        self.avgOrderValueCaption.setAlignment(Qt.AlignCenter)

        self.ratiosLayout.addWidget(self.avgOrderValueCaption, 0, 4, 1, 1)

        self.avgOrderValueValue = QLabel(self.ratiosFrame)
        self.avgOrderValueValue.setObjectName(u"avgOrderValueValue")
        self.avgOrderValueValue.setAlignment(Qt.AlignCenter)

        self.ratiosLayout.addWidget(self.avgOrderValueValue, 1, 4, 1, 1)


        self.countsLayout.addWidget(self.ratiosFrame)

        self.countsSpacer = QSpacerItem(20, 0, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.countsLayout.addItem(self.countsSpacer)


        self.bodyLayout.addWidget(self.countsGroup)

        self.rightColumn = QVBoxLayout()
        self.rightColumn.setObjectName(u"rightColumn")
        self.rubricGroup = QGroupBox(SessionDialog)
        self.rubricGroup.setObjectName(u"rubricGroup")
        self.rubricLayout = QVBoxLayout(self.rubricGroup)
        self.rubricLayout.setObjectName(u"rubricLayout")
        self.rubricColumns = QHBoxLayout()
        self.rubricColumns.setSpacing(16)
        self.rubricColumns.setObjectName(u"rubricColumns")
        self.rubricForm = QFormLayout()
        self.rubricForm.setObjectName(u"rubricForm")
        self.rubricForm.setLabelAlignment(Qt.AlignRight|Qt.AlignVCenter)
        self.rubricForm.setVerticalSpacing(4)

        self.rubricColumns.addLayout(self.rubricForm)

        self.rubricForm2 = QFormLayout()
        self.rubricForm2.setObjectName(u"rubricForm2")
        self.rubricForm2.setLabelAlignment(Qt.AlignRight|Qt.AlignVCenter)
        self.rubricForm2.setVerticalSpacing(4)

        self.rubricColumns.addLayout(self.rubricForm2)


        self.rubricLayout.addLayout(self.rubricColumns)

        self.rubricAverage = QLabel(self.rubricGroup)
        self.rubricAverage.setObjectName(u"rubricAverage")

        self.rubricLayout.addWidget(self.rubricAverage)


        self.rightColumn.addWidget(self.rubricGroup)

        self.notesForm = QFormLayout()
        self.notesForm.setObjectName(u"notesForm")
        self.notesForm.setLabelAlignment(Qt.AlignRight|Qt.AlignVCenter)
        self.notesForm.setFieldGrowthPolicy(QFormLayout.AllNonFixedFieldsGrow)
        self.notesForm.setVerticalSpacing(4)
        self.mentorRemarksLabel = QLabel(SessionDialog)
        self.mentorRemarksLabel.setObjectName(u"mentorRemarksLabel")

        self.notesForm.setWidget(0, QFormLayout.ItemRole.LabelRole, self.mentorRemarksLabel)

        self.mentorRemarks = QPlainTextEdit(SessionDialog)
        self.mentorRemarks.setObjectName(u"mentorRemarks")
        self.mentorRemarks.setTabChangesFocus(True)
        self.mentorRemarks.setMinimumSize(QSize(260, 56))
        self.mentorRemarks.setMaximumSize(QSize(16777215, 90))

        self.notesForm.setWidget(0, QFormLayout.ItemRole.FieldRole, self.mentorRemarks)

        self.mentorRemarksError = QLabel(SessionDialog)
        self.mentorRemarksError.setObjectName(u"mentorRemarksError")
        self.mentorRemarksError.setWordWrap(True)

        self.notesForm.setWidget(1, QFormLayout.ItemRole.FieldRole, self.mentorRemarksError)

        self.reviewNotesLabel = QLabel(SessionDialog)
        self.reviewNotesLabel.setObjectName(u"reviewNotesLabel")

        self.notesForm.setWidget(2, QFormLayout.ItemRole.LabelRole, self.reviewNotesLabel)

        self.reviewNotes = QPlainTextEdit(SessionDialog)
        self.reviewNotes.setObjectName(u"reviewNotes")
        self.reviewNotes.setTabChangesFocus(True)
        self.reviewNotes.setMinimumSize(QSize(260, 56))
        self.reviewNotes.setMaximumSize(QSize(16777215, 90))

        self.notesForm.setWidget(2, QFormLayout.ItemRole.FieldRole, self.reviewNotes)

        self.reviewNotesError = QLabel(SessionDialog)
        self.reviewNotesError.setObjectName(u"reviewNotesError")
        self.reviewNotesError.setWordWrap(True)

        self.notesForm.setWidget(3, QFormLayout.ItemRole.FieldRole, self.reviewNotesError)


        self.rightColumn.addLayout(self.notesForm)

        self.rightSpacer = QSpacerItem(20, 0, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.rightColumn.addItem(self.rightSpacer)


        self.bodyLayout.addLayout(self.rightColumn)

        self.bodyLayout.setStretch(0, 5)
        self.bodyLayout.setStretch(1, 4)

        self.dialogLayout.addLayout(self.bodyLayout)

        self.buttons = QDialogButtonBox(SessionDialog)
        self.buttons.setObjectName(u"buttons")
        self.buttons.setStandardButtons(QDialogButtonBox.Cancel|QDialogButtonBox.Save)

        self.dialogLayout.addWidget(self.buttons)

#if QT_CONFIG(shortcut)
        self.kindLabel.setBuddy(self.kind)
        self.studentLabel.setBuddy(self.student)
        self.mentorLabel.setBuddy(self.mentor)
        self.startLabel.setBuddy(self.start)
        self.endLabel.setBuddy(self.end)
        self.platformLabel.setBuddy(self.platform)
        self.productsLabel.setBuddy(self.products)
        self.viewersLabel.setBuddy(self.viewers)
        self.peakConcurrentLabel.setBuddy(self.peakConcurrent)
        self.avgWatchSecondsLabel.setBuddy(self.avgWatchSeconds)
        self.commentsLabel.setBuddy(self.comments)
        self.likesLabel.setBuddy(self.likes)
        self.newFollowersLabel.setBuddy(self.newFollowers)
        self.productClicksLabel.setBuddy(self.productClicks)
        self.ordersLabel.setBuddy(self.orders)
        self.buyersLabel.setBuddy(self.buyers)
        self.gmvLabel.setBuddy(self.gmv)
        self.refundsLabel.setBuddy(self.refunds)
        self.mentorRemarksLabel.setBuddy(self.mentorRemarks)
        self.reviewNotesLabel.setBuddy(self.reviewNotes)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.kind, self.student)
        QWidget.setTabOrder(self.student, self.mentor)
        QWidget.setTabOrder(self.mentor, self.start)
        QWidget.setTabOrder(self.start, self.end)
        QWidget.setTabOrder(self.end, self.platform)
        QWidget.setTabOrder(self.platform, self.products)
        QWidget.setTabOrder(self.products, self.viewers)
        QWidget.setTabOrder(self.viewers, self.peakConcurrent)
        QWidget.setTabOrder(self.peakConcurrent, self.avgWatchSeconds)
        QWidget.setTabOrder(self.avgWatchSeconds, self.comments)
        QWidget.setTabOrder(self.comments, self.likes)
        QWidget.setTabOrder(self.likes, self.newFollowers)
        QWidget.setTabOrder(self.newFollowers, self.productClicks)
        QWidget.setTabOrder(self.productClicks, self.orders)
        QWidget.setTabOrder(self.orders, self.buyers)
        QWidget.setTabOrder(self.buyers, self.gmv)
        QWidget.setTabOrder(self.gmv, self.refunds)
        QWidget.setTabOrder(self.refunds, self.mentorRemarks)
        QWidget.setTabOrder(self.mentorRemarks, self.reviewNotes)
        QWidget.setTabOrder(self.reviewNotes, self.buttons)

        self.retranslateUi(SessionDialog)
    # setupUi

    def retranslateUi(self, SessionDialog):
        SessionDialog.setWindowTitle(QCoreApplication.translate("SessionDialog", u"Practice session", None))
        self.formError.setText("")
        self.bookingInfo.setText("")
        self.kindLabel.setText(QCoreApplication.translate("SessionDialog", u"Kind", None))
        self.kindError.setText("")
        self.studentLabel.setText(QCoreApplication.translate("SessionDialog", u"Student", None))
        self.studentError.setText("")
        self.mentorLabel.setText(QCoreApplication.translate("SessionDialog", u"Mentor", None))
        self.mentorError.setText("")
        self.startLabel.setText(QCoreApplication.translate("SessionDialog", u"Start", None))
        self.start.setDisplayFormat(QCoreApplication.translate("SessionDialog", u"yyyy-MM-dd HH:mm", None))
        self.startError.setText("")
        self.endLabel.setText(QCoreApplication.translate("SessionDialog", u"End", None))
        self.end.setDisplayFormat(QCoreApplication.translate("SessionDialog", u"yyyy-MM-dd HH:mm", None))
        self.endError.setText("")
        self.platformLabel.setText(QCoreApplication.translate("SessionDialog", u"Platform", None))
        self.platformError.setText("")
        self.studentHint.setText("")
        self.productsLabel.setText(QCoreApplication.translate("SessionDialog", u"Products", None))
        self.products.setPlaceholderText(QCoreApplication.translate("SessionDialog", u"e.g. Jinshan peaches, Fengjing rice wine", None))
        self.productsError.setText("")
        self.countsGroup.setTitle(QCoreApplication.translate("SessionDialog", u"Numbers from the platform", None))
        self.viewersLabel.setText(QCoreApplication.translate("SessionDialog", u"Viewers (UV)", None))
        self.viewers.setPlaceholderText(QCoreApplication.translate("SessionDialog", u"0", None))
#if QT_CONFIG(tooltip)
        self.viewers.setToolTip(QCoreApplication.translate("SessionDialog", u"Unique viewers; 1,234 or 1.2\u4e07 are fine", None))
#endif // QT_CONFIG(tooltip)
        self.viewersError.setText("")
        self.peakConcurrentLabel.setText(QCoreApplication.translate("SessionDialog", u"Peak online", None))
        self.peakConcurrent.setPlaceholderText(QCoreApplication.translate("SessionDialog", u"0", None))
#if QT_CONFIG(tooltip)
        self.peakConcurrent.setToolTip(QCoreApplication.translate("SessionDialog", u"Most viewers online at the same time", None))
#endif // QT_CONFIG(tooltip)
        self.peakConcurrentError.setText("")
        self.avgWatchSecondsLabel.setText(QCoreApplication.translate("SessionDialog", u"Avg. watch (s)", None))
        self.avgWatchSeconds.setPlaceholderText(QCoreApplication.translate("SessionDialog", u"0", None))
#if QT_CONFIG(tooltip)
        self.avgWatchSeconds.setToolTip(QCoreApplication.translate("SessionDialog", u"Seconds, or e.g. 1\u520623\u79d2 / 01:23", None))
#endif // QT_CONFIG(tooltip)
        self.avgWatchSecondsError.setText("")
        self.commentsLabel.setText(QCoreApplication.translate("SessionDialog", u"Comments", None))
        self.comments.setPlaceholderText(QCoreApplication.translate("SessionDialog", u"0", None))
#if QT_CONFIG(tooltip)
        self.comments.setToolTip(QCoreApplication.translate("SessionDialog", u"Comments", None))
#endif // QT_CONFIG(tooltip)
        self.commentsError.setText("")
        self.likesLabel.setText(QCoreApplication.translate("SessionDialog", u"Likes", None))
        self.likes.setPlaceholderText(QCoreApplication.translate("SessionDialog", u"0", None))
#if QT_CONFIG(tooltip)
        self.likes.setToolTip(QCoreApplication.translate("SessionDialog", u"Likes", None))
#endif // QT_CONFIG(tooltip)
        self.likesError.setText("")
        self.newFollowersLabel.setText(QCoreApplication.translate("SessionDialog", u"New followers", None))
        self.newFollowers.setPlaceholderText(QCoreApplication.translate("SessionDialog", u"0", None))
#if QT_CONFIG(tooltip)
        self.newFollowers.setToolTip(QCoreApplication.translate("SessionDialog", u"New followers", None))
#endif // QT_CONFIG(tooltip)
        self.newFollowersError.setText("")
        self.productClicksLabel.setText(QCoreApplication.translate("SessionDialog", u"Product clicks", None))
        self.productClicks.setPlaceholderText(QCoreApplication.translate("SessionDialog", u"0", None))
#if QT_CONFIG(tooltip)
        self.productClicks.setToolTip(QCoreApplication.translate("SessionDialog", u"Clicks on products (one viewer may click many times)", None))
#endif // QT_CONFIG(tooltip)
        self.productClicksError.setText("")
        self.ordersLabel.setText(QCoreApplication.translate("SessionDialog", u"Orders", None))
        self.orders.setPlaceholderText(QCoreApplication.translate("SessionDialog", u"0", None))
#if QT_CONFIG(tooltip)
        self.orders.setToolTip(QCoreApplication.translate("SessionDialog", u"Orders placed", None))
#endif // QT_CONFIG(tooltip)
        self.ordersError.setText("")
        self.buyersLabel.setText(QCoreApplication.translate("SessionDialog", u"Buyers", None))
        self.buyers.setPlaceholderText(QCoreApplication.translate("SessionDialog", u"0", None))
#if QT_CONFIG(tooltip)
        self.buyers.setToolTip(QCoreApplication.translate("SessionDialog", u"People who bought", None))
#endif // QT_CONFIG(tooltip)
        self.buyersError.setText("")
        self.gmvLabel.setText(QCoreApplication.translate("SessionDialog", u"GMV (\u00a5)", None))
        self.gmv.setPlaceholderText(QCoreApplication.translate("SessionDialog", u"0.00", None))
#if QT_CONFIG(tooltip)
        self.gmv.setToolTip(QCoreApplication.translate("SessionDialog", u"Gross merchandise value in yuan", None))
#endif // QT_CONFIG(tooltip)
        self.gmvError.setText("")
        self.refundsLabel.setText(QCoreApplication.translate("SessionDialog", u"Refunds (\u00a5)", None))
        self.refunds.setPlaceholderText(QCoreApplication.translate("SessionDialog", u"0.00", None))
#if QT_CONFIG(tooltip)
        self.refunds.setToolTip(QCoreApplication.translate("SessionDialog", u"Refunded amount in yuan", None))
#endif // QT_CONFIG(tooltip)
        self.refundsError.setText("")
        self.conversionCaption.setText(QCoreApplication.translate("SessionDialog", u"Conversion", None))
#if QT_CONFIG(tooltip)
        self.conversionCaption.setToolTip(QCoreApplication.translate("SessionDialog", u"Buyers \u00f7 viewers", None))
#endif // QT_CONFIG(tooltip)
        self.conversionValue.setText(QCoreApplication.translate("SessionDialog", u"\u2014", None))
#if QT_CONFIG(tooltip)
        self.conversionValue.setToolTip(QCoreApplication.translate("SessionDialog", u"Buyers \u00f7 viewers", None))
#endif // QT_CONFIG(tooltip)
        self.clickRateCaption.setText(QCoreApplication.translate("SessionDialog", u"Click rate", None))
#if QT_CONFIG(tooltip)
        self.clickRateCaption.setToolTip(QCoreApplication.translate("SessionDialog", u"Product clicks \u00f7 viewers", None))
#endif // QT_CONFIG(tooltip)
        self.clickRateValue.setText(QCoreApplication.translate("SessionDialog", u"\u2014", None))
#if QT_CONFIG(tooltip)
        self.clickRateValue.setToolTip(QCoreApplication.translate("SessionDialog", u"Product clicks \u00f7 viewers", None))
#endif // QT_CONFIG(tooltip)
        self.gpmCaption.setText(QCoreApplication.translate("SessionDialog", u"GPM", None))
#if QT_CONFIG(tooltip)
        self.gpmCaption.setToolTip(QCoreApplication.translate("SessionDialog", u"GMV per 1,000 viewers", None))
#endif // QT_CONFIG(tooltip)
        self.gpmValue.setText(QCoreApplication.translate("SessionDialog", u"\u2014", None))
#if QT_CONFIG(tooltip)
        self.gpmValue.setToolTip(QCoreApplication.translate("SessionDialog", u"GMV per 1,000 viewers", None))
#endif // QT_CONFIG(tooltip)
        self.uvValueCaption.setText(QCoreApplication.translate("SessionDialog", u"UV value", None))
#if QT_CONFIG(tooltip)
        self.uvValueCaption.setToolTip(QCoreApplication.translate("SessionDialog", u"GMV per viewer", None))
#endif // QT_CONFIG(tooltip)
        self.uvValueValue.setText(QCoreApplication.translate("SessionDialog", u"\u2014", None))
#if QT_CONFIG(tooltip)
        self.uvValueValue.setToolTip(QCoreApplication.translate("SessionDialog", u"GMV per viewer", None))
#endif // QT_CONFIG(tooltip)
        self.avgOrderValueCaption.setText(QCoreApplication.translate("SessionDialog", u"Avg. order value", None))
#if QT_CONFIG(tooltip)
        self.avgOrderValueCaption.setToolTip(QCoreApplication.translate("SessionDialog", u"GMV per order", None))
#endif // QT_CONFIG(tooltip)
        self.avgOrderValueValue.setText(QCoreApplication.translate("SessionDialog", u"\u2014", None))
#if QT_CONFIG(tooltip)
        self.avgOrderValueValue.setToolTip(QCoreApplication.translate("SessionDialog", u"GMV per order", None))
#endif // QT_CONFIG(tooltip)
        self.rubricGroup.setTitle(QCoreApplication.translate("SessionDialog", u"Rubric scores", None))
        self.rubricAverage.setText("")
        self.mentorRemarksLabel.setText(QCoreApplication.translate("SessionDialog", u"Mentor remarks", None))
        self.mentorRemarks.setPlaceholderText(QCoreApplication.translate("SessionDialog", u"What went well, what to work on next", None))
        self.mentorRemarksError.setText("")
        self.reviewNotesLabel.setText(QCoreApplication.translate("SessionDialog", u"Data review", None))
        self.reviewNotes.setPlaceholderText(QCoreApplication.translate("SessionDialog", u"Data review (\u6570\u636e\u590d\u76d8): what the numbers say", None))
        self.reviewNotesError.setText("")
    # retranslateUi

