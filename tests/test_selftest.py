"""`jiarenbase --selftest` waits for the main window's background calls with an
event loop of its own (nothing else runs one there); the whole self-test runs in a
fresh interpreter in tests/cli/test_command_line.py."""
from __future__ import annotations

import threading

import pytest
from PySide6.QtCore import QObject, QThreadPool

from jiarenbase.gui.operations import Operations
from jiarenbase.selftest import _wait_for

pytestmark = pytest.mark.gui


@pytest.fixture
def pool(qapp):
    pool = QThreadPool()
    yield pool
    pool.waitForDone(10_000)


def test_waits_for_calls_and_the_calls_their_results_start(pool):
    ops = Operations(pool)
    owner = QObject()
    seen = []

    def first_done(value):
        seen.append(value)
        ops.run(owner, lambda: "second", success=seen.append)  # started while delivering

    ops.run(owner, lambda: "first", success=first_done)
    _wait_for(ops, seconds=20)
    assert seen == ["first", "second"] and ops.pending == 0


def test_a_call_that_never_comes_back_fails_the_wait(pool):
    ops = Operations(pool)
    owner = QObject()
    gate = threading.Event()
    ops.run(owner, lambda: gate.wait(10))
    try:
        with pytest.raises(AssertionError, match="did not come back"):
            _wait_for(ops, seconds=0.2)
    finally:
        gate.set()
