"""Typed errors that carry a message for the user in Chinese and English.

Every error a person can cause names the field and the fix (ARCHITECTURE rule 8).
The core has no translator, so each message is written in both languages here;
`text(lang)` picks one.
"""
from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class Problem:
    """One thing wrong with one field."""

    field: str  # the field's Chinese label, e.g. "身份证号"
    zh: str
    en: str
    field_en: str = ""

    def text(self, lang: str = "zh") -> str:
        if lang == "en":
            return f"{self.field_en or self.field}: {self.en}"
        return f"{self.field}：{self.zh}"


def _rebuild(cls, args: tuple, state: dict) -> JiarenError:
    error = cls.__new__(cls)
    Exception.__init__(error, *args)
    error.__dict__.update(state)
    return error


class JiarenError(Exception):
    """Base of every error meant for a person to read."""

    def __init__(self, zh: str, en: str | None = None) -> None:
        super().__init__(zh)
        self.zh = zh
        self.en = en or zh

    def __reduce__(self):
        # Subclasses take other constructor arguments; carry the state across a
        # process boundary (reports are built in a child process) as it is.
        return _rebuild, (type(self), self.args, self.__dict__)

    def text(self, lang: str = "zh") -> str:
        return self.en if lang == "en" else self.zh


class ValidationError(JiarenError):
    """Input that cannot be saved; lists every problem found."""

    def __init__(self, problems: list[Problem] | Problem) -> None:
        if isinstance(problems, Problem):
            problems = [problems]
        self.problems = list(problems)
        super().__init__(
            "；".join(p.text("zh") for p in self.problems),
            "; ".join(p.text("en") for p in self.problems),
        )

    @classmethod
    def of(cls, field: str, zh: str, en: str, field_en: str = "") -> ValidationError:
        return cls(Problem(field, zh, en, field_en))

    @property
    def fields(self) -> list[str]:
        return [p.field for p in self.problems]


class PermissionDenied(JiarenError):
    """The signed-in user's role may not do this."""


class NotFound(JiarenError):
    """A record that was asked for does not exist (or was deleted)."""


class ConflictError(JiarenError):
    """Someone else saved the record since it was read (optimistic locking)."""

    def __init__(self, entity: str = "", entity_id: int | None = None) -> None:
        super().__init__(
            "此记录已被他人修改，请重新载入后再保存。",
            "This record was changed by someone else; reload it before saving.",
        )
        self.entity = entity
        self.entity_id = entity_id


class DatabaseLocationError(JiarenError):
    """The database cannot live where it was asked to (e.g. SQLite on a network share)."""


class ImportFileError(JiarenError):
    """A roster file that cannot be read at all (corrupt, wrong type, no header)."""


class AuthenticationError(JiarenError):
    """Wrong user name or password, or a locked account."""
