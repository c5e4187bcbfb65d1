# GENERATED from forms/booking_dialog.ui by packaging/build_forms.py (pyside6-uic) - do not edit.
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
from PySide6.QtWidgets import (QAbstractButton, QApplication, QComboBox, QDateEdit,
    QDialog, QDialogButtonBox, QFormLayout, QHBoxLayout,
    QLabel, QLineEdit, QListWidget, QListWidgetItem,
    QPlainTextEdit, QPushButton, QSizePolicy, QSpacerItem,
    QVBoxLayout, QWidget)

from jiarenbase.gui.widgets.search_combo import SearchCombo

class Ui_BookingDialog(object):
    def setupUi(self, BookingDialog):
        if not BookingDialog.objectName():
            BookingDialog.setObjectName(u"BookingDialog")
        BookingDialog.resize(580, 720)
        BookingDialog.setSizeGripEnabled(True)
        self.dialogLayout = QVBoxLayout(BookingDialog)
        self.dialogLayout.setObjectName(u"dialogLayout")
        self.formError = QLabel(BookingDialog)
        self.formError.setObjectName(u"formError")
        self.formError.setWordWrap(True)

        self.dialogLayout.addWidget(self.formError)

        self.form = QFormLayout()
        self.form.setObjectName(u"form")
        self.form.setLabelAlignment(Qt.AlignRight|Qt.AlignVCenter)
        self.form.setFieldGrowthPolicy(QFormLayout.AllNonFixedFieldsGrow)
        self.form.setVerticalSpacing(4)
        self.roomLabel = QLabel(BookingDialog)
        self.roomLabel.setObjectName(u"roomLabel")

        self.form.setWidget(0, QFormLayout.ItemRole.LabelRole, self.roomLabel)

        self.room = QComboBox(BookingDialog)
        self.room.setObjectName(u"room")
        self.room.setMinimumSize(QSize(300, 0))

        self.form.setWidget(0, QFormLayout.ItemRole.FieldRole, self.room)

        self.roomError = QLabel(BookingDialog)
        self.roomError.setObjectName(u"roomError")
        self.roomError.setWordWrap(True)

        self.form.setWidget(1, QFormLayout.ItemRole.FieldRole, self.roomError)

        self.dateLabel = QLabel(BookingDialog)
        self.dateLabel.setObjectName(u"dateLabel")

        self.form.setWidget(2, QFormLayout.ItemRole.LabelRole, self.dateLabel)

        self.date = QDateEdit(BookingDialog)
        self.date.setObjectName(u"date")
        self.date.setCalendarPopup(True)
        self.date.setDisplayFormat(u"yyyy-MM-dd ddd")
        self.date.setMinimumSize(QSize(160, 0))
        sizePolicy = QSizePolicy(QSizePolicy.Policy.Fixed, QSizePolicy.Policy.Fixed)
        sizePolicy.setHorizontalStretch(0)
        sizePolicy.setVerticalStretch(0)
        sizePolicy.setHeightForWidth(self.date.sizePolicy().hasHeightForWidth())
        self.date.setSizePolicy(sizePolicy)

        self.form.setWidget(2, QFormLayout.ItemRole.FieldRole, self.date)

        self.timeLabel = QLabel(BookingDialog)
        self.timeLabel.setObjectName(u"timeLabel")

        self.form.setWidget(3, QFormLayout.ItemRole.LabelRole, self.timeLabel)

        self.timeRow = QHBoxLayout()
        self.timeRow.setSpacing(6)
        self.timeRow.setObjectName(u"timeRow")
        self.start = QComboBox(BookingDialog)
        self.start.setObjectName(u"start")
        self.start.setSizeAdjustPolicy(QComboBox.AdjustToContents)
        self.start.setMaxVisibleItems(16)
        self.start.setMinimumSize(QSize(90, 0))

        self.timeRow.addWidget(self.start)

        self.toLabel = QLabel(BookingDialog)
        self.toLabel.setObjectName(u"toLabel")

        self.timeRow.addWidget(self.toLabel)

        self.end = QComboBox(BookingDialog)
        self.end.setObjectName(u"end")
        self.end.setSizeAdjustPolicy(QComboBox.AdjustToContents)
        self.end.setMaxVisibleItems(16)
        self.end.setMinimumSize(QSize(90, 0))

        self.timeRow.addWidget(self.end)

        self.duration = QLabel(BookingDialog)
        self.duration.setObjectName(u"duration")

        self.timeRow.addWidget(self.duration)

        self.timeSpacer = QSpacerItem(10, 10, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.timeRow.addItem(self.timeSpacer)


        self.form.setLayout(3, QFormLayout.ItemRole.FieldRole, self.timeRow)

        self.endError = QLabel(BookingDialog)
        self.endError.setObjectName(u"endError")
        self.endError.setWordWrap(True)

        self.form.setWidget(4, QFormLayout.ItemRole.FieldRole, self.endError)

        self.purposeLabel = QLabel(BookingDialog)
        self.purposeLabel.setObjectName(u"purposeLabel")

        self.form.setWidget(5, QFormLayout.ItemRole.LabelRole, self.purposeLabel)

        self.purpose = QComboBox(BookingDialog)
        self.purpose.setObjectName(u"purpose")
        self.purpose.setEditable(True)
        self.purpose.setInsertPolicy(QComboBox.NoInsert)
        self.purpose.setMinimumSize(QSize(300, 0))

        self.form.setWidget(5, QFormLayout.ItemRole.FieldRole, self.purpose)

        self.purposeError = QLabel(BookingDialog)
        self.purposeError.setObjectName(u"purposeError")
        self.purposeError.setWordWrap(True)

        self.form.setWidget(6, QFormLayout.ItemRole.FieldRole, self.purposeError)

        self.mentorLabel = QLabel(BookingDialog)
        self.mentorLabel.setObjectName(u"mentorLabel")

        self.form.setWidget(7, QFormLayout.ItemRole.LabelRole, self.mentorLabel)

        self.mentor = SearchCombo(BookingDialog)
        self.mentor.setObjectName(u"mentor")
        self.mentor.setMinimumSize(QSize(300, 0))

        self.form.setWidget(7, QFormLayout.ItemRole.FieldRole, self.mentor)

        self.mentorError = QLabel(BookingDialog)
        self.mentorError.setObjectName(u"mentorError")
        self.mentorError.setWordWrap(True)

        self.form.setWidget(8, QFormLayout.ItemRole.FieldRole, self.mentorError)

        self.studentsLabel = QLabel(BookingDialog)
        self.studentsLabel.setObjectName(u"studentsLabel")
        self.studentsLabel.setAlignment(Qt.AlignRight|Qt.AlignTop)

        self.form.setWidget(9, QFormLayout.ItemRole.LabelRole, self.studentsLabel)

        self.studentsBox = QVBoxLayout()
        self.studentsBox.setSpacing(4)
        self.studentsBox.setObjectName(u"studentsBox")
        self.studentSearch = QLineEdit(BookingDialog)
        self.studentSearch.setObjectName(u"studentSearch")
        self.studentSearch.setClearButtonEnabled(True)

        self.studentsBox.addWidget(self.studentSearch)

        self.students = QListWidget(BookingDialog)
        self.students.setObjectName(u"students")
        self.students.setMinimumSize(QSize(300, 150))
        self.students.setAlternatingRowColors(True)

        self.studentsBox.addWidget(self.students)

        self.studentsChosen = QLabel(BookingDialog)
        self.studentsChosen.setObjectName(u"studentsChosen")
        self.studentsChosen.setWordWrap(True)

        self.studentsBox.addWidget(self.studentsChosen)


        self.form.setLayout(9, QFormLayout.ItemRole.FieldRole, self.studentsBox)

        self.studentsError = QLabel(BookingDialog)
        self.studentsError.setObjectName(u"studentsError")
        self.studentsError.setWordWrap(True)

        self.form.setWidget(10, QFormLayout.ItemRole.FieldRole, self.studentsError)

        self.noteLabel = QLabel(BookingDialog)
        self.noteLabel.setObjectName(u"noteLabel")

        self.form.setWidget(11, QFormLayout.ItemRole.LabelRole, self.noteLabel)

        self.note = QPlainTextEdit(BookingDialog)
        self.note.setObjectName(u"note")
        self.note.setMaximumSize(QSize(16777215, 90))
        self.note.setMinimumSize(QSize(300, 54))
        self.note.setTabChangesFocus(True)

        self.form.setWidget(11, QFormLayout.ItemRole.FieldRole, self.note)

        self.noteError = QLabel(BookingDialog)
        self.noteError.setObjectName(u"noteError")
        self.noteError.setWordWrap(True)

        self.form.setWidget(12, QFormLayout.ItemRole.FieldRole, self.noteError)


        self.dialogLayout.addLayout(self.form)

        self.buttonRow = QHBoxLayout()
        self.buttonRow.setObjectName(u"buttonRow")
        self.cancelBooking = QPushButton(BookingDialog)
        self.cancelBooking.setObjectName(u"cancelBooking")
        self.cancelBooking.setAutoDefault(False)

        self.buttonRow.addWidget(self.cancelBooking)

        self.buttons = QDialogButtonBox(BookingDialog)
        self.buttons.setObjectName(u"buttons")
        self.buttons.setStandardButtons(QDialogButtonBox.Cancel|QDialogButtonBox.Save)

        self.buttonRow.addWidget(self.buttons)


        self.dialogLayout.addLayout(self.buttonRow)

#if QT_CONFIG(shortcut)
        self.roomLabel.setBuddy(self.room)
        self.dateLabel.setBuddy(self.date)
        self.timeLabel.setBuddy(self.start)
        self.purposeLabel.setBuddy(self.purpose)
        self.mentorLabel.setBuddy(self.mentor)
        self.studentsLabel.setBuddy(self.studentSearch)
        self.noteLabel.setBuddy(self.note)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.room, self.date)
        QWidget.setTabOrder(self.date, self.start)
        QWidget.setTabOrder(self.start, self.end)
        QWidget.setTabOrder(self.end, self.purpose)
        QWidget.setTabOrder(self.purpose, self.mentor)
        QWidget.setTabOrder(self.mentor, self.studentSearch)
        QWidget.setTabOrder(self.studentSearch, self.students)
        QWidget.setTabOrder(self.students, self.note)
        QWidget.setTabOrder(self.note, self.buttons)
        QWidget.setTabOrder(self.buttons, self.cancelBooking)

        self.retranslateUi(BookingDialog)
    # setupUi

    def retranslateUi(self, BookingDialog):
        BookingDialog.setWindowTitle(QCoreApplication.translate("BookingDialog", u"Room booking", None))
        self.formError.setText("")
        self.roomLabel.setText(QCoreApplication.translate("BookingDialog", u"Live room", None))
        self.roomError.setText("")
        self.dateLabel.setText(QCoreApplication.translate("BookingDialog", u"Date", None))
        self.timeLabel.setText(QCoreApplication.translate("BookingDialog", u"Time", None))
#if QT_CONFIG(tooltip)
        self.start.setToolTip(QCoreApplication.translate("BookingDialog", u"Start time (15-minute steps)", None))
#endif // QT_CONFIG(tooltip)
        self.toLabel.setText(QCoreApplication.translate("BookingDialog", u"to", None))
#if QT_CONFIG(tooltip)
        self.end.setToolTip(QCoreApplication.translate("BookingDialog", u"End time (15-minute steps)", None))
#endif // QT_CONFIG(tooltip)
        self.duration.setText("")
        self.endError.setText("")
        self.purposeLabel.setText(QCoreApplication.translate("BookingDialog", u"Purpose", None))
        self.purposeError.setText("")
        self.mentorLabel.setText(QCoreApplication.translate("BookingDialog", u"Mentor", None))
        self.mentorError.setText("")
        self.studentsLabel.setText(QCoreApplication.translate("BookingDialog", u"Students", None))
        self.studentSearch.setPlaceholderText(QCoreApplication.translate("BookingDialog", u"Search by name or student number", None))
#if QT_CONFIG(tooltip)
        self.students.setToolTip(QCoreApplication.translate("BookingDialog", u"Tick the students who take part", None))
#endif // QT_CONFIG(tooltip)
        self.studentsChosen.setText("")
        self.studentsError.setText("")
        self.noteLabel.setText(QCoreApplication.translate("BookingDialog", u"Note", None))
        self.noteError.setText("")
        self.cancelBooking.setText(QCoreApplication.translate("BookingDialog", u"Cancel this booking\u2026", None))
    # retranslateUi

