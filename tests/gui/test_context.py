"""AppContext.message: what a person reads for any error — plain words, never SQL,
parameters, ID numbers or phones."""
from __future__ import annotations

import sqlite3
from dataclasses import replace

import pytest

from jiarenbase.core.errors import NotFound

pytestmark = pytest.mark.gui


def test_a_domain_error_reads_in_the_desktop_language(ctx):
    exc = NotFound("找不到该学员", "Student not found")
    assert ctx.message(exc) == "找不到该学员"
    assert replace(ctx, lang="en").message(exc) == "Student not found"


def test_a_full_disk_is_said_in_plain_words(ctx):
    text = ctx.message(sqlite3.OperationalError("database or disk is full"))
    assert "OperationalError" not in text and "database or disk is full" not in text and text


def test_an_unexpected_error_is_scrubbed(ctx):
    exc = RuntimeError("boom [SQL: INSERT INTO student VALUES (?)] [parameters: ('310116200903030290', '13812345678')]")
    text = ctx.message(exc)
    assert text.startswith("出现意外错误") and "boom" in text
    assert "310116200903030290" not in text and "13812345678" not in text and "INSERT" not in text
