"""the audit log proves itself: origin, masked snapshots and a hash chain on audit_entry

Revision ID: 0007
Revises: 0006
Create Date: 2026-12-08 09:00:00.000000

1. Three columns by plain ALTER TABLE ... ADD COLUMN (no batch operation: on SQLite
   a batch copies audit_entry into a new table and drops its append-only triggers):
   origin (where the person acted from), prev_hash and entry_hash.
2. The entries written before this revision are rewritten once: ID and phone numbers
   in their snapshots masked beside a keyed hash (the key is made here when the
   database has none), then every entry chained in id order. To do that the
   append-only guard is lifted inside this transaction and put back before it
   commits — SQLite: the triggers are dropped and created again (as in 0004);
   PostgreSQL: the user triggers are disabled and enabled (this revision runs as the
   table's owner). A failure rolls all of it back, guard included.

Unlike 0004, this revision uses the program's own hashing and masking
(core/db/audit_chain.entry_digest, core/services/audit_masking.protect_with): the
chain it writes must be the chain `jiarenbase check` verifies. The downgrade drops
the columns; the masked values stay masked (the full ones live in the records).
"""
from __future__ import annotations

import json
import secrets

import sqlalchemy as sa
from alembic import op

from jiarenbase.core.db.audit_chain import GENESIS, entry_digest
from jiarenbase.core.sensitive import mask_sensitive
from jiarenbase.core.services.audit_masking import SECRET_KEY_SETTING, protect_with

revision = '0007'
down_revision = '0006'
branch_labels = None
depends_on = None

COLUMNS = (("origin", 120), ("prev_hash", 64), ("entry_hash", 64))
PAGE = 1000

MESSAGE = "审计日志只能追加，不能修改或删除"
SQLITE_TRIGGERS = (
    ("audit_entry_no_update",
     f"CREATE TRIGGER audit_entry_no_update BEFORE UPDATE ON audit_entry BEGIN SELECT RAISE(ABORT, '{MESSAGE}'); END"),
    ("audit_entry_no_delete",
     f"CREATE TRIGGER audit_entry_no_delete BEFORE DELETE ON audit_entry BEGIN SELECT RAISE(ABORT, '{MESSAGE}'); END"),
)

entries = sa.table(
    "audit_entry", sa.column("id", sa.Integer), sa.column("at", sa.DateTime), sa.column("user_id", sa.Integer),
    sa.column("username", sa.String), sa.column("origin", sa.String), sa.column("action", sa.String),
    sa.column("entity", sa.String), sa.column("entity_id", sa.Integer), sa.column("before", sa.Text),
    sa.column("after", sa.Text), sa.column("prev_hash", sa.String), sa.column("entry_hash", sa.String))
settings = sa.table("setting", sa.column("key", sa.String), sa.column("value", sa.Text))


def upgrade() -> None:
    conn = op.get_bind()
    present = {c["name"] for c in sa.inspect(conn).get_columns("audit_entry")}
    for name, length in COLUMNS:
        if name not in present:  # (present: a newer schema stamped back by hand; the rewrite below still runs)
            op.add_column("audit_entry", sa.Column(name, sa.String(length), server_default="", nullable=False))
    _lift_guard(conn)
    _rewrite(conn, _Key(conn))
    _restore_guard(conn)


def downgrade() -> None:
    for name, _length in reversed(COLUMNS):
        op.drop_column("audit_entry", name)


class _Key:
    """The database's audit key, read (or made) when the first sensitive value needs it."""

    def __init__(self, conn) -> None:
        self.conn, self.key = conn, b""

    def __call__(self) -> bytes:
        if not self.key:
            stored = self.conn.execute(sa.select(settings.c.value).where(settings.c.key == SECRET_KEY_SETTING)).scalar()
            if stored is None:
                stored = json.dumps(secrets.token_hex(32))
                self.conn.execute(settings.insert().values(key=SECRET_KEY_SETTING, value=stored))
            self.key = bytes.fromhex(json.loads(stored))
        return self.key


def _lift_guard(conn) -> None:
    if conn.dialect.name == "sqlite":
        for name, _create in SQLITE_TRIGGERS:
            conn.exec_driver_sql(f"DROP TRIGGER IF EXISTS {name}")
    elif conn.dialect.name == "postgresql":
        conn.exec_driver_sql("ALTER TABLE audit_entry DISABLE TRIGGER USER")


def _restore_guard(conn) -> None:
    if conn.dialect.name == "sqlite":
        for _name, create in SQLITE_TRIGGERS:
            conn.exec_driver_sql(create)
    elif conn.dialect.name == "postgresql":
        conn.exec_driver_sql("ALTER TABLE audit_entry ENABLE TRIGGER USER")


def _masked(text: str, key: _Key) -> str:
    """The snapshot text with ID and phone numbers masked (unchanged text: returned as it was)."""
    if not text:
        return text
    try:
        data = json.loads(text)
    except ValueError:
        return mask_sensitive(text)
    if not isinstance(data, dict):
        return mask_sensitive(text)
    protected = protect_with(data, key)
    return text if protected == data else json.dumps(protected, ensure_ascii=False)


def _rewrite(conn, key: _Key) -> None:
    """Mask and chain every entry, a page at a time in id order."""
    prev, last_id = GENESIS, None
    c = entries.c
    while True:
        page = sa.select(entries).order_by(c.id).limit(PAGE)
        if last_id is not None:
            page = page.where(c.id > last_id)
        rows = conn.execute(page).fetchall()
        if not rows:
            return
        changes = []
        for row in rows:
            before, after = _masked(row.before or "", key), _masked(row.after or "", key)
            digest = entry_digest(row.at, row.user_id, row.username, row.origin, row.action, row.entity,
                                  row.entity_id, before, after, prev)
            changes.append({"row_id": row.id, "new_before": before, "new_after": after,
                            "new_prev": prev, "new_hash": digest})
            prev, last_id = digest, row.id
        conn.execute(entries.update().where(c.id == sa.bindparam("row_id")).values(
            before=sa.bindparam("new_before"), after=sa.bindparam("new_after"),
            prev_hash=sa.bindparam("new_prev"), entry_hash=sa.bindparam("new_hash")), changes)
