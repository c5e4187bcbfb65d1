"""The list pages' specs, by key (students, cohorts, schools, clients, mentors,
sessions, placements, certificates, users), in navigation order."""
from __future__ import annotations

from ...models.spec import ListSpec
from .organisations import CLIENTS, COHORTS, SCHOOLS
from .outcomes import CERTIFICATES, PLACEMENTS, SESSIONS
from .people import MENTORS, STUDENTS, USERS

ALL_SPECS: tuple[ListSpec, ...] = (STUDENTS, COHORTS, SCHOOLS, CLIENTS, MENTORS, SESSIONS, PLACEMENTS,
                                   CERTIFICATES, USERS)
SPECS: dict[str, ListSpec] = {spec.key: spec for spec in ALL_SPECS}


def spec_for(key: str) -> ListSpec:
    return SPECS[key]


__all__ = ["ALL_SPECS", "SPECS", "spec_for", "CERTIFICATES", "CLIENTS", "COHORTS", "MENTORS", "PLACEMENTS",
           "SCHOOLS", "SESSIONS", "STUDENTS", "USERS"]
