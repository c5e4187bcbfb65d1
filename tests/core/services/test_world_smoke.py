def test_world_builds(world):
    assert len(world.students) == 4
