"""The roster import wizard in the light and dark themes at a 1366×768 screen's dialog size and
at 1093×614 (1366×768 at 125 %): the preview with warning rows (yellow, full ID numbers
on rows with a problem) and the new-cohort box. tests/output/screens/import_*.png.
Kept directly in tests/gui with the other themed screens."""
from __future__ import annotations

from datetime import date

import pytest

from jiarenbase.core.services import cohorts, organisations
from jiarenbase.gui.dialogs.import_wizard import PREVIEW, TARGET, ImportWizard
from roster_samples import warning_roster
from screen_checks import shoot

pytestmark = pytest.mark.gui
SIZES = {"": (1300, 720), "_1093": (1080, 600)}


@pytest.fixture(params=[False, True], ids=["light", "dark"])
def light(qapp, request):
    """The light theme, then the dark one (the row tints are translucent: they suit both)."""
    from jiarenbase.gui.theme import apply_theme

    saved = (qapp.styleSheet(), qapp.font(), qapp.property("jiarenbase_theme"), qapp.palette())
    apply_theme(qapp, dark=request.param)
    yield "_dark" if request.param else ""
    qapp.setStyleSheet(saved[0])
    qapp.setFont(saved[1])
    qapp.setProperty("jiarenbase_theme", saved[2])
    qapp.setPalette(saved[3])


@pytest.fixture
def school(db, admin):
    school = organisations.create_school(db, admin, organisations.SchoolInput(name="金山食品工业学校"))
    cohorts.create_cohort(db, admin, cohorts.CohortInput(code="ZB202609-01", name="2026秋季直播实训1班",
                                                         school_id=school.id))
    return school


def test_preview_with_warnings(qtbot, ctx, drain, light, out_dir, school, tmp_path):
    wizard = ImportWizard(ctx)
    qtbot.addWidget(wizard)
    wizard.file_page.set_path(str(warning_roster(tmp_path / "2026冬季名单.xlsx")))
    wizard.show()
    wizard.next()
    drain()
    drain()
    wizard.next()
    drain()
    assert wizard.currentId() == PREVIEW
    for suffix, (w, h) in SIZES.items():
        wizard.resize(w, h)
        qtbot.wait(50)  # the rows follow the problems column's new width
        shoot(wizard, out_dir, f"import_preview_warnings{suffix}{light}", qtbot)
    wizard.preview_page.ui.problemsOnlyCheck.setChecked(True)
    shoot(wizard, out_dir, f"import_preview_problems_only{light}", qtbot)


def test_new_cohort(qtbot, ctx, drain, light, out_dir, school, tmp_path):
    wizard = ImportWizard(ctx)
    qtbot.addWidget(wizard)
    wizard.file_page.set_path(str(warning_roster(tmp_path / "2026冬季名单.xlsx")))
    wizard.show()
    wizard.next()
    drain()
    drain()
    page = wizard.target_page
    page.ui.cohortCombo.setCurrentIndex(page.ui.cohortCombo.findText("New cohort…"))
    page.fill_new_cohort("", "", date(2026, 12, 1))
    drain()
    wizard.next()  # no name: the page says so
    drain()
    assert wizard.currentId() == TARGET and "批次名称" in page.ui.message.text()
    for suffix, (w, h) in SIZES.items():
        wizard.resize(w, h)
        shoot(wizard, out_dir, f"import_new_cohort{suffix}{light}", qtbot)
