"""What every service call gets: the database and who is acting."""
from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass

from sqlalchemy.engine import Engine
from sqlalchemy.orm import Session, sessionmaker
from sqlalchemy.orm.exc import StaleDataError

from ..db.engine import describe
from ..domain.enums import Role
from ..errors import ConflictError


@dataclass(frozen=True)
class Actor:
    """The signed-in user (or the command line, which acts as the local admin)."""

    user_id: int | None
    username: str
    role: Role
    mentor_id: int | None = None
    display_name: str = ""
    origin: str = ""  # where the person acts from: "desktop"/"cli", OS user and machine (kept in the audit entry)

    @classmethod
    def system(cls) -> Actor:
        return cls(user_id=None, username="system", role=Role.ADMIN, display_name="本机管理员")

    @property
    def is_mentor(self) -> bool:
        return self.role is Role.MENTOR

    @property
    def is_admin(self) -> bool:
        return self.role is Role.ADMIN


class Database:
    """An engine plus a session factory; one short transaction per service call."""

    def __init__(self, engine: Engine) -> None:
        self.engine = engine
        self._sessions = sessionmaker(engine, expire_on_commit=False)

    @property
    def url(self) -> str:
        return self.engine.url.render_as_string(hide_password=True)

    @property
    def is_sqlite(self) -> bool:
        return self.engine.url.get_backend_name() == "sqlite"

    def describe(self) -> str:
        return describe(self.engine)

    @contextmanager
    def transaction(self) -> Iterator[Session]:
        """`with db.transaction() as s:` — commits on success, rolls back on any
        error; a concurrent change of a versioned row becomes ConflictError."""
        with self._sessions() as session:
            try:
                with session.begin():
                    yield session
            except StaleDataError as exc:
                raise ConflictError() from exc

    @contextmanager
    def read(self) -> Iterator[Session]:
        """A read-only unit of work (rolled back at the end)."""
        with self._sessions() as session:
            try:
                yield session
            finally:
                session.rollback()

    def dispose(self) -> None:
        self.engine.dispose()
