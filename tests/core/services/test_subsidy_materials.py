"""补贴材料勾选: the ticks are saved per graduate, versioned (a stale save is refused)
and audited, with who ticked last; mentors read their own students' ticks only."""
from __future__ import annotations

import pytest

from jiarenbase.core.errors import ConflictError, PermissionDenied
from jiarenbase.core.services import subsidy

ID_CARD, DIPLOMA = "身份证原件及复印件", "普通高等学校毕业证书原件及复印件"


def test_ticks_saved_versioned_audited(world):
    sid = world.mine[0]
    first = subsidy.subsidy_materials(world.db, world.staff, sid)
    assert (first.ticked, first.version, first.ticked_by) == ((), 0, "")
    saved = subsidy.save_subsidy_materials(world.db, world.staff, sid, [ID_CARD, ID_CARD], first.version)
    assert saved.ticked == (ID_CARD,) and saved.version == 1 and saved.ticked_by and saved.ticked_at
    with pytest.raises(ConflictError):  # a second desktop that read before the first save
        subsidy.save_subsidy_materials(world.db, world.admin, sid, [DIPLOMA], first.version)
    again = subsidy.save_subsidy_materials(world.db, world.staff, sid, [ID_CARD, DIPLOMA], saved.version)
    assert again.ticked == (ID_CARD, DIPLOMA) and again.version == 2
    assert subsidy.subsidy_materials(world.db, world.mentor, sid).ticked == (ID_CARD, DIPLOMA)
    with pytest.raises(PermissionDenied):
        subsidy.subsidy_materials(world.db, world.mentor, world.theirs[0])
    with pytest.raises(PermissionDenied):
        subsidy.save_subsidy_materials(world.db, world.mentor, sid, [], again.version)
    cleared = subsidy.save_subsidy_materials(world.db, world.staff, sid, [], again.version)
    assert cleared.ticked == () and cleared.version == 3
