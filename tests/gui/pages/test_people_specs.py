"""The people list specs (gui/pages/specs/people.py): the students' cohort filter lists
every cohort, however many pages the list service needs (no 1,000 cut-off)."""
from __future__ import annotations

from dataclasses import replace

from jiarenbase.core.services import cohorts
from jiarenbase.core.services.cohorts import CohortInput
from jiarenbase.core.services.listing import ListQuery
from jiarenbase.gui.pages.specs import people


def test_the_cohort_filter_lists_every_cohort(db, admin, monkeypatch):
    made = [cohorts.create_cohort(db, admin, CohortInput(code=f"2026-{i:02d}", name=f"批次{i}")) for i in range(8)]
    real = cohorts.list_cohorts
    asked: list[ListQuery] = []

    def three_a_page(db_, actor, query):  # as the real service stops at 10,000 rows a page
        asked.append(query)
        return real(db_, actor, replace(query, limit=min(query.limit, 3)))

    monkeypatch.setattr(cohorts, "list_cohorts", three_a_page)
    cohort_filter = next(f for f in people.STUDENTS.filters if f.key == "cohort_id")
    choices = cohort_filter.choices(db, admin, "zh")
    assert choices == [(c.code, c.id) for c in sorted(made, key=lambda c: c.code, reverse=True)]
    assert [q.offset for q in asked] == [0, 3, 6]
