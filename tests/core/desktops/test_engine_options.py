"""How a PostgreSQL engine is set up for several desktops and a server that may
restart (no server needed: the connection is stopped before it leaves)."""
from __future__ import annotations

import pytest
from sqlalchemy import event

from jiarenbase.core.db.engine import CONNECT_TIMEOUT_S, create_engine
from jiarenbase.core.db.health import ConnectionLost, check_connection
from jiarenbase.core.services.context import Database


class _Stop(Exception):
    pass


def _connect_params(url: str, **kwargs) -> dict:
    engine = create_engine(url, **kwargs)
    seen: dict = {}

    @event.listens_for(engine, "do_connect")
    def capture(_dialect, _record, _cargs, cparams):
        seen.update(cparams)
        raise _Stop

    try:
        with pytest.raises(_Stop):
            engine.connect()
    finally:
        engine.dispose()
    assert engine.pool._pre_ping, "every pooled connection is tested before use"
    return seen


def test_postgres_connections_time_out_and_keep_alive_by_default():
    params = _connect_params("postgresql://jiaren:pw@10.0.0.5:5432/jiarenbase")
    assert params["connect_timeout"] == CONNECT_TIMEOUT_S == 10
    assert params["keepalives"] == 1 and params["keepalives_idle"] == 30
    assert params["keepalives_interval"] == 10 and params["keepalives_count"] == 3
    assert params["tcp_user_timeout"] == 30_000


def test_the_url_and_the_caller_override_the_defaults():
    assert _connect_params("postgresql://u:p@h/db?connect_timeout=3")["connect_timeout"] == "3"
    params = _connect_params("postgresql://u:p@h/db", connect_args={"connect_timeout": 5})
    assert params["connect_timeout"] == 5 and params["keepalives_idle"] == 30  # the rest still set


def test_connection_lost_reads_well_and_crosses_a_process_boundary():
    import pickle

    err = ConnectionLost("db.base.lan:5432", "terminating connection due to administrator command")
    assert err.zh.startswith("与数据库服务器的连接中断，正在重新连接…（db.base.lan:5432）")
    assert err.text("en").startswith("The connection to the database server was lost; reconnecting…")
    again = pickle.loads(pickle.dumps(err))  # reports run in a child process
    assert (type(again), again.zh, again.server, again.reason) == (ConnectionLost, err.zh, err.server, err.reason)


def test_the_health_probe_on_sqlite(tmp_path):
    db = Database(create_engine("sqlite:///" + str(tmp_path / "x.sqlite3")))
    try:
        health = check_connection(db)
        assert health.ok and health.latency_ms is not None and health.text("en").startswith("Connected")
    finally:
        db.dispose()


def test_the_health_probe_of_an_unreachable_server_does_not_raise():
    # Port 1 on the loopback: refused at once. The engine never reached it, so the
    # driver's own reason is kept (config.connection_error words it for start-up).
    health = check_connection(create_engine("postgresql://u:p@127.0.0.1:1/db"))
    assert not health.ok and health.server == "127.0.0.1:1"
    assert health.zh.startswith("与数据库服务器的连接中断") and "127.0.0.1:1" in health.zh
