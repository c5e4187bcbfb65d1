"""errors_plain: the driver's and the OS's exceptions in plain words — made from the
kind of failure, never from the driver's text (which may quote SQL or the row)."""
from __future__ import annotations

import errno
import os
import sqlite3

import pytest
from sqlalchemy import create_engine, text
from sqlalchemy.exc import IntegrityError, OperationalError

from jiarenbase.core import config
from jiarenbase.core.errors import JiarenError
from jiarenbase.core.errors_plain import explain, os_error, scrub

ID = "310116200405060019"


def sqlalchemy_error(path, sql: str, **params) -> Exception:
    engine = create_engine(f"sqlite:///{path}")
    try:
        with engine.begin() as conn:
            conn.execute(text(sql), params)
    except Exception as exc:  # the error is the result
        return exc
    finally:
        engine.dispose()
    raise AssertionError("no error")


def test_a_unique_key_taken_says_nothing_of_the_row(tmp_path):
    db = tmp_path / "x.sqlite3"
    con = sqlite3.connect(db)
    con.execute("CREATE TABLE student (id_number TEXT UNIQUE, name TEXT)")
    con.execute("INSERT INTO student VALUES (?, '王芳')", (ID,))
    con.commit()
    con.close()
    exc = sqlalchemy_error(db, "INSERT INTO student VALUES (:n, '王芳')", n=ID)
    assert isinstance(exc, IntegrityError) and ID in str(exc)  # the raw error quotes the row
    plain = explain(exc, database=f"sqlite:///{db}")
    assert plain is not None and "刚刚写入了相同的记录" in plain.zh
    assert ID not in plain.zh + plain.en and "王芳" not in plain.zh and "INSERT" not in plain.zh + plain.en


def test_a_file_that_is_no_database(tmp_path):
    junk = tmp_path / "备份#1.sqlite3"
    junk.write_bytes(b"not a database at all " * 500)
    exc = sqlalchemy_error(junk, "SELECT * FROM student")
    plain = explain(exc, database=f"sqlite:///{junk}")
    assert plain.zh.startswith(f"无法打开 SQLite 数据库文件“{junk}”：文件已损坏、不完整")
    assert "file is not a database" not in plain.zh + plain.en  # the driver's words


def test_a_folder_and_a_missing_folder(tmp_path):
    exc = sqlalchemy_error(tmp_path, "SELECT 1")
    assert "是一个文件夹" in explain(exc, database=f"sqlite:///{tmp_path}").zh
    missing = tmp_path / "nowhere" / "db.sqlite3"
    exc = sqlalchemy_error(missing, "SELECT 1")
    assert "找不到数据库文件" in explain(exc, database=f"sqlite:///{missing}").zh


def test_full_read_only_and_locked_from_sqlite_itself(tmp_path):
    db = tmp_path / "x.sqlite3"
    con = sqlite3.connect(db)
    con.execute("CREATE TABLE t (a)")
    con.commit()
    pages = con.execute("PRAGMA page_count").fetchone()[0]
    con.execute(f"PRAGMA max_page_count = {pages}")
    with pytest.raises(sqlite3.Error) as full:
        con.execute("INSERT INTO t SELECT randomblob(4000) FROM (SELECT 1 UNION SELECT 2 UNION SELECT 3)")
    con.execute("PRAGMA query_only = ON")
    with pytest.raises(sqlite3.Error) as read_only:
        con.execute("INSERT INTO t VALUES (1)")
    con.close()
    url = f"sqlite:///{db}"
    assert explain(full.value, database=url).zh.startswith(f"磁盘空间已满，无法写入数据库文件“{db}”")
    assert explain(read_only.value, database=url).zh.startswith(f"数据库文件“{db}”是只读的")
    locked = OperationalError("INSERT …", {}, sqlite3.OperationalError("database is locked"))
    assert "正被另一个程序长时间占用" in explain(locked, database=url).zh


def test_postgresql_reasons_in_chinese():
    url = "postgresql://jiaren:pw@db.local:5433/jiarenbase"
    for driver_text, words in (
            ('connection failed: connection to server at "10.0.0.5", port 5433 failed: Connection refused',
             "服务器拒绝连接"),
            ("connection failed: connection to server failed: timeout expired", "连接超时"),
            ('connection failed: could not translate host name "db.local" to address', "找不到这个服务器名称"),
            ('connection failed: FATAL:  password authentication failed for user "jiaren"', "用户名或密码不正确"),
            ('connection failed: FATAL:  database "jiarenbase" does not exist', "没有名为“jiarenbase”的数据库")):
        plain = config.connection_error(OperationalError(None, None, Exception(driver_text)), url)
        assert words in plain.zh and "db.local:5433" in plain.zh, plain.zh
        assert "pw" not in plain.zh and "FATAL" not in plain.zh and "connection" not in plain.zh


def test_os_errors_name_the_file_and_the_fix(tmp_path):
    f = tmp_path / "学员.xlsx"
    cases = {errno.ENOSPC: "磁盘空间已满", errno.EROFS: "只读", errno.EIO: "磁盘出错"}
    for code, words in cases.items():
        plain = os_error(OSError(code, os.strerror(code), str(f)), saving=True)
        assert plain.zh.startswith(f"无法保存“{f}”：") and words in plain.zh and os.strerror(code) not in plain.zh
    assert "是一个文件夹" in os_error(IsADirectoryError(errno.EISDIR, "Is a directory", str(tmp_path))).zh
    assert "没有读写权限" in os_error(PermissionError(errno.EACCES, "Permission denied", str(f))).zh


def test_a_bug_is_not_dressed_up_and_its_text_is_scrubbed():
    assert explain(RuntimeError("disk on fire")) is None
    assert isinstance(explain(JiarenError("已说明")), JiarenError)
    raw = (f"(sqlite3.IntegrityError) CHECK failed for {ID} phone 13912345678\n[SQL: INSERT INTO student …]\n"
           f"[parameters: ('王芳', '{ID}')]")
    cleaned = scrub(raw)
    assert cleaned == "(sqlite3.IntegrityError) CHECK failed for 310116********0019 phone 139****5678"


def test_scrub_keeps_the_first_line_and_masks_it_like_the_rest():
    hidden = ("(psycopg.errors.UniqueViolation) duplicate key value violates unique constraint \"uq_id\"\n"
              f"DETAIL:  Key (id_number)=({ID}) already exists.\n[SQL: INSERT INTO student …]\n"
              "[SQL parameters hidden due to hide_parameters=True]")
    assert scrub(hidden) == '(psycopg.errors.UniqueViolation) duplicate key value violates unique constraint "uq_id"'
    one_line = f"UNIQUE failed for '{ID}' [SQL parameters hidden due to hide_parameters=True]"
    assert scrub(one_line) == "UNIQUE failed for '310116********0019'"
    assert scrub(f"学员“王芳”（身份证号{ID}，手机13912345678）保存失败") == \
        "学员“王芳”（身份证号310116********0019，手机139****5678）保存失败"
    assert scrub("x" * 290 + ID) == "x" * 290 + "310116****"  # masked before it is cut
    assert scrub("") == "" and scrub("\n\n") == ""
