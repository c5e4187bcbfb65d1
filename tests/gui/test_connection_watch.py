"""The status-bar banner says when the database connection is lost and when it
is back (driven by a fake health probe; the real one is tested against a
restarted PostgreSQL server in tests/core/desktops/test_reconnect.py). The probes run
through ctx.ops: the tests drain them."""
from __future__ import annotations

import os
import threading
from dataclasses import replace

import pytest
from PySide6.QtWidgets import QMainWindow

from jiarenbase.core.db.health import ConnectionLost, Health
from jiarenbase.gui.connection_watch import ConnectionWatch
from jiarenbase.gui.operations import Operations

pytestmark = pytest.mark.gui

OK = Health(True, "已连接数据库服务器 db.base.lan:5432。", "Connected to the database server db.base.lan:5432.",
            "db.base.lan:5432", 1.0)
DOWN = Health(False, "与数据库服务器的连接中断，正在重新连接…（db.base.lan:5432）"
                     "恢复之前无法读取或保存记录。原因：Connection refused",
              "The connection to the database server was lost; reconnecting… (db.base.lan:5432) Records cannot be "
              "read or saved until it is back. Reason: Connection refused", "db.base.lan:5432")


class FakeProbe:
    """Answers the watch's probes from a script; remembers what it was given."""

    def __init__(self, *answers: Health | Exception) -> None:
        self.answers = list(answers)
        self.calls = []

    def __call__(self, db):
        self.calls.append(db)
        answer = self.answers.pop(0) if len(self.answers) > 1 else self.answers[0]
        if isinstance(answer, Exception):
            raise answer
        return answer


@pytest.fixture
def window(qtbot, ctx):
    w = QMainWindow()
    qtbot.addWidget(w)
    w.resize(900, 120)
    return w


def test_lost_then_back(qtbot, ctx, window, drain):
    probe = FakeProbe(OK, DOWN, DOWN, OK, OK)
    watch = ConnectionWatch(ctx, check=probe, interval_ms=15_000, retry_ms=3_000, back_shown_ms=50)
    window.statusBar().addPermanentWidget(watch)
    window.show()
    lost, restored = [], []
    watch.lost.connect(lost.append)
    watch.restored.connect(lambda: restored.append(True))
    watch.start()
    assert watch.timer.interval() == 15_000

    watch.check_now()  # all well: nothing shown
    drain()
    assert probe.calls == [ctx.db] and watch.connected and not watch.isVisible()

    watch.check_now()  # the server went away
    drain()
    assert not watch.connected and watch.isVisible()
    assert watch.text() == "Connection to the database server lost — reconnecting…"
    assert watch.toolTip() == DOWN.zh and lost == [DOWN.zh]
    assert watch.timer.interval() == 3_000  # probes often until it is back

    watch.check_now()  # still down: said once, not on every probe
    drain()
    assert lost == [DOWN.zh] and watch.isVisible()

    watch.check_now()  # back
    drain()
    assert watch.connected and restored == [True] and watch.text() == "Reconnected to the database server."
    assert watch.timer.interval() == 15_000 and watch.isVisible()
    qtbot.waitUntil(lambda: not watch.isVisible(), timeout=2_000)  # the green note goes away by itself
    watch.check_now()
    drain()
    assert restored == [True] and not watch.isVisible()


def test_the_timer_drives_the_probes(qtbot, ctx, window):
    probe = FakeProbe(DOWN, OK)
    watch = ConnectionWatch(ctx, check=probe, interval_ms=20, retry_ms=20, back_shown_ms=10_000)
    window.statusBar().addPermanentWidget(watch)
    window.show()
    with qtbot.waitSignal(watch.lost, timeout=2_000):
        watch.start()
    with qtbot.waitSignal(watch.restored, timeout=2_000):
        pass
    watch.stop()
    assert len(probe.calls) >= 2 and watch.connected


def test_a_probe_that_raises_counts_as_lost_in_the_users_words(qtbot, ctx):
    watch = ConnectionWatch(ctx, check=FakeProbe(ConnectionLost("db.base.lan:5432")))
    qtbot.addWidget(watch)
    with qtbot.waitSignal(watch.lost, timeout=1_000) as sig:
        watch.check_now()
    assert sig.args[0].startswith("与数据库服务器的连接中断，正在重新连接…（db.base.lan:5432）")
    assert not watch.connected and not watch.checking


def test_a_probe_still_running_is_not_started_twice(qtbot, ctx, drain):
    watch = None

    def slow_probe(db):
        watch.check_now()  # the timer fires again while this probe waits
        return OK

    counted = []
    watch = ConnectionWatch(ctx, check=lambda db: counted.append(db) or slow_probe(db))
    qtbot.addWidget(watch)
    watch.check_now()
    drain()
    assert len(counted) == 1 and not watch.checking


def test_install_on_sqlite_stays_idle_and_the_real_probe_says_all_is_well(qtbot, ctx, window, drain):
    watch = ConnectionWatch.install(ctx, window.statusBar())
    assert watch.parent() is not None and not watch.timer.isActive()  # a local file: nothing to watch
    watch.check_now()  # the real probe, on the test's SQLite database
    drain()
    assert watch.connected and not watch.isVisible()


def test_screenshot_of_the_banner(qtbot, ctx, window, screenshot_dir, drain):
    from PySide6.QtWidgets import QApplication, QLabel

    from jiarenbase.gui.app import apply_theme

    apply_theme(QApplication.instance())
    window.statusBar().addWidget(QLabel("PostgreSQL: db.base.lan:5432/jiarenbase"), 1)
    window.statusBar().addPermanentWidget(QLabel("王老师（教务）"))
    watch = ConnectionWatch(ctx, check=FakeProbe(DOWN, OK))
    window.statusBar().addPermanentWidget(watch)
    window.show()
    watch.check_now()
    drain()
    qtbot.waitExposed(window)
    assert watch.width() >= watch.sizeHint().width()  # not clipped
    assert window.grab().save(os.path.join(screenshot_dir, "connection_lost.png"))
    watch.check_now()
    drain()
    assert window.grab().save(os.path.join(screenshot_dir, "connection_back.png"))


def test_a_bug_in_the_probe_is_reported_and_probing_goes_on(qtbot, ctx):
    reported = []
    ops = Operations(on_unexpected=reported.append)
    watch = ConnectionWatch(replace(ctx, ops=ops), check=FakeProbe(TypeError("a bug"), DOWN))
    qtbot.addWidget(watch)
    watch.check_now()
    qtbot.waitUntil(lambda: ops.pending == 0)
    assert len(reported) == 1 and isinstance(reported[0], TypeError)
    assert watch.connected and not watch.checking  # not "lost": nobody knows; the next probe will tell
    with qtbot.waitSignal(watch.lost, timeout=2_000):
        watch.check_now()


def test_closed_while_a_probe_runs(qtbot, ctx, drain, monkeypatch):
    gate, started = threading.Event(), threading.Event()

    def slow(db):
        started.set()
        gate.wait(10)
        return DOWN

    ran = []
    for name in ("_checked", "_failed", "_probe_ended"):
        monkeypatch.setattr(ConnectionWatch, name, lambda self, *a, _n=name: ran.append(_n))
    watch = ConnectionWatch(ctx, check=slow)
    watch.check_now()
    assert started.wait(10)
    watch.deleteLater()
    qtbot.waitUntil(lambda: all(op.dropped for op in ctx.ops._pending.values()))
    gate.set()
    drain()
    assert ran == []
