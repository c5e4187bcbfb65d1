"""Inline field errors of record forms (widgets/field_error.py): a service's
ValidationError puts each problem under the input of its field (red text, red
border, the form row shown), the rest in the general label; the first bad input in
form order gets the focus; clearing hides the rows again."""
from __future__ import annotations

from datetime import date

import pytest
from PySide6.QtWidgets import QComboBox, QDateEdit, QFormLayout, QLabel, QLineEdit, QSpinBox, QWidget

from jiarenbase.core.errors import Problem, ValidationError
from jiarenbase.core.services.reports import ReportKind, ReportRequest, check_request
from jiarenbase.gui.widgets.field_error import ERROR_COLOUR, FieldErrors

pytestmark = pytest.mark.gui


class ReportForm(QWidget):
    """A form as the .ui files lay them out: each input, then its error label in a row below."""

    def __init__(self, lang: str = "zh") -> None:
        super().__init__()
        form = self.form = QFormLayout(self)
        self.general = QLabel()
        form.addRow(self.general)
        self.inputs: dict[str, QWidget] = {}
        self.labels: dict[str, QLabel] = {}
        for field, widget, name in (("批次", QComboBox(), "cohort"), ("年份", QSpinBox(), "year"),
                                    ("结束日期", QDateEdit(), "dateTo")):
            widget.setObjectName(name)
            label = QLabel()
            label.setObjectName(f"{name}Error")
            form.addRow(field, widget)
            form.addRow("", label)
            self.inputs[field], self.labels[field] = widget, label
        self.errors = FieldErrors(self.general, lang)
        for field, widget in self.inputs.items():
            self.errors.bind(field, widget, self.labels[field])


@pytest.fixture
def form(qtbot):
    f = ReportForm()
    qtbot.addWidget(f)
    f.show()
    qtbot.waitExposed(f)
    return f


def annual_request_problems(admin) -> list[Problem]:
    """What the report service says of an annual report with no year, dates the wrong
    way round and one file per student."""
    with pytest.raises(ValidationError) as raised:
        check_request(ReportRequest(ReportKind.ANNUAL, year=None, date_from=date(2025, 6, 1),
                                    date_to=date(2025, 5, 1), one_file_per_student=True), admin)
    return raised.value.problems


def visible_row(form: ReportForm, field: str) -> bool:
    return form.form.isRowVisible(form.labels[field])


def test_nothing_shows_before_a_problem(form):
    assert not form.errors.has_errors() and form.general.isHidden()
    assert not any(visible_row(form, f) for f in form.inputs)
    assert form.errors.fields() == ["批次", "年份", "结束日期"]


def test_a_validation_error_s_problems_go_under_their_fields(form, admin):
    problems = annual_request_problems(admin)
    assert [p.field for p in problems] == ["年份", "结束日期", "输出方式"]
    first = form.errors.show_problems(problems)
    assert first is form.inputs["年份"]  # the first bad input in form order gets the focus
    assert form.labels["年份"].text() == "请填写年份（如 2025）。"
    assert form.labels["结束日期"].text() == "结束日期不能早于开始日期。"
    assert visible_row(form, "年份") and visible_row(form, "结束日期") and not visible_row(form, "批次")
    assert ERROR_COLOUR in form.labels["年份"].styleSheet()
    assert form.inputs["年份"].styleSheet() == f"#year {{ border: 2px solid {ERROR_COLOUR}; border-radius: 4px; }}"
    assert form.inputs["批次"].styleSheet() == ""
    # the form has no 输出方式 input: that problem goes to the general label, field named
    assert form.general.isVisibleTo(form) and form.general.text() == "输出方式：只有结业证书可以每人一个文件。"
    assert form.errors.shown() == {"年份": "请填写年份（如 2025）。", "结束日期": "结束日期不能早于开始日期。"}
    assert form.errors.has_errors()


def test_two_problems_of_one_field_show_one_under_the_other(form):
    form.errors.show_problems([Problem("批次", "请选择批次。", "choose a cohort."),
                               Problem("批次", "该批次已结业。", "the cohort has ended.")])
    assert form.errors.message("批次") == "请选择批次。\n该批次已结业。"
    assert form.labels["批次"].wordWrap()


def test_clearing_hides_every_error_again(form, admin):
    form.errors.show_problems(annual_request_problems(admin))
    form.errors.clear()
    assert not form.errors.has_errors() and form.errors.shown() == {}
    assert not any(visible_row(form, f) for f in form.inputs) and form.general.isHidden()
    assert all(w.styleSheet() == "" for w in form.inputs.values())


def test_one_field_s_error_is_set_and_cleared_alone(form):
    form.errors.set_error("结束日期", "请填写结束日期。")
    form.errors.set_error("年份", "请填写年份。")
    form.errors.set_error("结束日期", "")
    assert form.errors.shown() == {"年份": "请填写年份。"}
    assert visible_row(form, "年份") and not visible_row(form, "结束日期")
    assert form.errors.widget("年份") is form.inputs["年份"] and form.errors.label("年份") is form.labels["年份"]


def test_an_english_desk_reads_the_english_texts(qtbot, admin):
    f = ReportForm(lang="en")
    qtbot.addWidget(f)
    f.errors.show_problems(annual_request_problems(admin))
    assert f.labels["年份"].text() == "enter a year such as 2025."
    assert f.general.text() == "output: only certificates can be one file per student."


def test_an_error_label_outside_a_form_layout_is_shown_and_hidden_itself(qtbot):
    box = QWidget()
    qtbot.addWidget(box)
    general, name, name_error = QLabel(box), QLineEdit(box), QLabel(box)
    errors = FieldErrors(general)
    errors.bind("姓名", name, name_error)
    assert name_error.isHidden()
    errors.show_problems([Problem("姓名", "请填写姓名。", "enter the name.")])
    assert not name_error.isHidden() and name_error.text() == "请填写姓名。"
    assert name.styleSheet() == ""  # no object name: no border rule to aim at
    errors.clear()
    assert name_error.isHidden()
