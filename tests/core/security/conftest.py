"""Fixtures for the security tests: a small demo database (built through the demo
generator, with its accounts admin / jiaowu / mentor, password "Jiaren@2025")."""
from __future__ import annotations

from dataclasses import dataclass

import pytest

from jiarenbase.core.demo import build_demo
from jiarenbase.core.services import users
from jiarenbase.core.services.context import Actor, Database

DEMO_PASSWORD = "Jiaren@2025"


@dataclass
class Demo:
    db: Database
    admin: Actor
    staff: Actor
    mentor: Actor


def actor_of(db: Database, username: str) -> Actor:
    return users.authenticate(db, username, DEMO_PASSWORD).actor()


@pytest.fixture
def demo(db) -> Demo:
    build_demo(db, students=16, seed=3)  # 16: the demo mentor gets a student
    return Demo(db, actor_of(db, "admin"), actor_of(db, "jiaowu"), actor_of(db, "mentor"))
