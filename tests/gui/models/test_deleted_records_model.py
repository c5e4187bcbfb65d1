"""The deleted-records model of the trash page (回收站): pages in as the page hands
them over, asks for one more page at a time, passes pytest-qt's model tester."""
from __future__ import annotations

import pytest

from jiarenbase.core.services import cohorts
from jiarenbase.core.services.listing import ListQuery
from jiarenbase.gui.models.deleted_records_model import DeletedRecordsModel

pytestmark = pytest.mark.gui


def test_model_pages_in_and_passes_the_model_tester(qtmodeltester, db, admin, qapp):
    for i in range(5):
        c = cohorts.create_cohort(db, admin, cohorts.CohortInput(code=f"C-{i}", name=f"第{i}批"))
        cohorts.delete_cohort(db, admin, c.id)
    from jiarenbase.core.services import trash

    model = DeletedRecordsModel("zh")
    asked = []
    model.more_wanted.connect(lambda: asked.append(len(model.rows)))
    model.set_page(trash.list_deleted(db, admin, None, ListQuery(limit=2)))
    assert model.rowCount() == 2 and model.canFetchMore()
    model.fetchMore()
    assert asked == [2] and not model.canFetchMore()  # one request at a time
    model.append_page(trash.list_deleted(db, admin, None, ListQuery(limit=2, offset=2)))
    assert model.rowCount() == 4 and model.canFetchMore()
    qtmodeltester.check(model)
