"""Exports report progress page by page, and a Cancel leaves no file."""
from __future__ import annotations

import pytest

from jiarenbase.core import exporting
from jiarenbase.core.demo import build_demo
from jiarenbase.core.services.listing import ListQuery


def test_export_reports_progress_and_cancel_leaves_no_file(db, admin, tmp_path):
    build_demo(db, students=40, seed=2)  # a few hundred sessions: one page of 1000
    seen = []
    n = exporting.run_export(exporting.export_sessions, db, admin, tmp_path / "s.xlsx", ListQuery(),
                             progress=lambda done, total: seen.append((done, total)))
    assert n > 0 and seen[-1] == (n, n)

    class Stop(Exception):
        pass

    def cancel(done, total):
        raise Stop

    with pytest.raises(Stop):
        exporting.run_export(exporting.export_sessions, db, admin, tmp_path / "c.xlsx", ListQuery(), progress=cancel)
    assert not list(tmp_path.glob("c.xlsx*"))
