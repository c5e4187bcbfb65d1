"""The status-bar banner says when the database connection is lost and when it
is back (driven by a fake health probe; the real one is tested against a
restarted PostgreSQL server in tests/core/desktops/test_reconnect.py)."""
from __future__ import annotations

import os

import pytest
from PySide6.QtWidgets import QMainWindow

from jiarenbase.core.db.health import ConnectionLost, Health
from jiarenbase.gui.connection_watch import ConnectionWatch

pytestmark = pytest.mark.gui

OK = Health(True, "已连接数据库服务器 db.base.lan:5432。", "Connected to the database server db.base.lan:5432.",
            "db.base.lan:5432", 1.0)
DOWN = Health(False, "与数据库服务器的连接中断，正在重新连接…（db.base.lan:5432）恢复之前无法读取或保存记录。原因：Connection refused",
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


def test_lost_then_back(qtbot, ctx, window):
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
    assert probe.calls == [ctx.db] and watch.connected and not watch.isVisible()

    watch.check_now()  # the server went away
    assert not watch.connected and watch.isVisible()
    assert watch.text() == "Connection to the database server lost — reconnecting…"
    assert watch.toolTip() == DOWN.zh and lost == [DOWN.zh]
    assert watch.timer.interval() == 3_000  # probes often until it is back

    watch.check_now()  # still down: said once, not on every probe
    assert lost == [DOWN.zh] and watch.isVisible()

    watch.check_now()  # back
    assert watch.connected and restored == [True] and watch.text() == "Reconnected to the database server."
    assert watch.timer.interval() == 15_000 and watch.isVisible()
    qtbot.waitUntil(lambda: not watch.isVisible(), timeout=2_000)  # the green note goes away by itself
    watch.check_now()
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


def test_a_probe_still_running_is_not_started_twice(qtbot, ctx):
    watch = None

    def slow_probe(db):
        watch.check_now()  # the timer fires again while this probe waits
        return OK

    counted = []
    watch = ConnectionWatch(ctx, check=lambda db: counted.append(db) or slow_probe(db))
    qtbot.addWidget(watch)
    watch.check_now()
    assert len(counted) == 1 and not watch.checking


def test_install_on_sqlite_stays_idle_and_the_real_probe_says_all_is_well(qtbot, ctx, window):
    watch = ConnectionWatch.install(ctx, window.statusBar())
    assert watch.parent() is not None and not watch.timer.isActive()  # a local file: nothing to watch
    watch.check_now()  # the real probe, on the test's SQLite database
    assert watch.connected and not watch.isVisible()


def test_screenshot_of_the_banner(qtbot, ctx, window, screenshot_dir):
    from PySide6.QtWidgets import QApplication, QLabel

    from jiarenbase.gui.app import apply_theme

    apply_theme(QApplication.instance())
    window.statusBar().addWidget(QLabel("PostgreSQL: db.base.lan:5432/jiarenbase"), 1)
    window.statusBar().addPermanentWidget(QLabel("王老师（教务）"))
    watch = ConnectionWatch(ctx, check=FakeProbe(DOWN, OK))
    window.statusBar().addPermanentWidget(watch)
    window.show()
    watch.check_now()
    qtbot.waitExposed(window)
    assert watch.width() >= watch.sizeHint().width()  # not clipped
    assert window.grab().save(os.path.join(screenshot_dir, "connection_lost.png"))
    watch.check_now()
    assert window.grab().save(os.path.join(screenshot_dir, "connection_back.png"))
