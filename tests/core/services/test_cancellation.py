"""Cancelling a long service call from its progress callback rolls everything back."""
from __future__ import annotations

import pytest
from openpyxl import Workbook

from jiarenbase.core.db.models import Cohort, PartnerSchool, Student
from jiarenbase.core.domain.idcard import check_char
from jiarenbase.core.services import roster_import
from jiarenbase.core.services.progress import Cancelled, CancelToken


def make_id(seq: int) -> str:
    first17 = f"31011620030708{seq:03d}"
    return first17 + check_char(first17)


@pytest.fixture
def roster(tmp_path):
    wb = Workbook()
    ws = wb.active
    ws.append(["姓名", "身份证号"])
    given = "晓明雨婷浩然子涵欣怡俊杰思远佳琪梓萱宇航雅静"
    for i in range(250):
        ws.append(["张王李赵刘陈杨黄周吴"[i % 10] + given[i // 10 % 20] + given[i % 20], make_id(i)])
    path = tmp_path / "roster.xlsx"
    wb.save(path)
    return path


def test_token_callback_reports_until_cancelled():
    token, seen = CancelToken(), []
    progress = token.callback(lambda done, total: seen.append((done, total)))
    progress(1, 10)
    progress(5)
    assert seen == [(1, 10), (5, 0)] and not token.cancelled
    token.cancel()
    with pytest.raises(Cancelled) as info:
        progress(6, 10)
    assert token.cancelled and seen == [(1, 10), (5, 0)]
    assert "没有写入任何数据" in info.value.zh


def test_cancelled_import_writes_nothing(db, admin, roster, count_rows):
    preview = roster_import.preview_roster(db, admin, roster)
    token, seen = CancelToken(), []

    def report(done, total):
        seen.append(done)
        if done > 100:
            token.cancel()  # the user presses Cancel half-way

    with pytest.raises(Cancelled):
        roster_import.import_roster(db, admin, preview, "金山食品工业学校", "2025-SP-02",
                                    progress=token.callback(report))
    assert seen == [1, 101]
    assert count_rows(Student) == count_rows(PartnerSchool) == count_rows(Cohort) == 0
    out = roster_import.import_roster(db, admin, preview, "金山食品工业学校", "2025-SP-02",
                                      progress=CancelToken().callback())
    assert out.added == 250 and count_rows(Student) == 250


def test_cancelled_reading_stops_the_preview(db, admin, roster):
    token = CancelToken()
    token.cancel()
    with pytest.raises(Cancelled):
        roster_import.preview_roster(db, admin, roster, progress=token.callback())
