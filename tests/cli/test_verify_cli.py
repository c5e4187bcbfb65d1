"""`jiarenbase verify TEXT…` (结业证书核验), run through the real command line:
the QR's text or "number code", masked facts only, exit 0 for a valid certificate
and 1 for a revoked, unknown or altered one."""
from __future__ import annotations

import shutil
from pathlib import Path

import pytest
from sqlalchemy import select

from jiarenbase.cli import run
from jiarenbase.core.bootstrap import open_database
from jiarenbase.core.db.models import CompletionCertificate, Student
from jiarenbase.core.domain.idcard import mask_id
from jiarenbase.core.paths import DB_FILENAME
from jiarenbase.core.services import completion_certificates
from jiarenbase.core.services.context import Actor


@pytest.fixture(scope="module")
def demo_data(tmp_path_factory) -> Path:
    folder = tmp_path_factory.mktemp("verify-demo")
    with pytest.MonkeyPatch.context() as mp:
        mp.setenv("JIARENBASE_HOME", str(folder / "home"))
        assert run(["--data-dir", str(folder / "data"), "demo", "--students", "14", "--seed", "5"]) == 0
    return folder / "data"


@pytest.fixture
def data(demo_data, tmp_path) -> Path:
    folder = tmp_path / "data"
    folder.mkdir()
    shutil.copy2(demo_data / DB_FILENAME, folder / DB_FILENAME)
    return folder


def first_certificate(data: Path) -> tuple[completion_certificates.RegisterEntry, str]:
    """The demo's first registered certificate and its holder's full ID number."""
    opened = open_database(None, data, create=False)
    try:
        with opened.db.read() as s:
            sid = s.scalars(select(CompletionCertificate.student_id).order_by(CompletionCertificate.id)).first()
            return completion_certificates.register_of(s, [sid])[sid], s.get(Student, sid).id_number
    finally:
        opened.db.dispose()


def verify(data: Path, capsys, *text: str) -> tuple[int, str, str]:
    capsys.readouterr()
    code = run(["--data-dir", str(data), "verify", *text])
    out = capsys.readouterr()
    return code, out.out, out.err


def test_the_demo_registers_its_completed_students(data):
    row, _ = first_certificate(data)
    assert row.number.startswith("JRB-ZB") and row.number.endswith("-001")


def test_valid_from_the_qr_text_and_from_number_and_code(data, capsys):
    row, full_id = first_certificate(data)
    code, out, _ = verify(data, capsys, row.qr)
    assert code == 0
    lines = out.splitlines()
    assert lines[0] == "状态：有效"
    assert f"证书编号：{row.number}" in lines
    assert f"持证人：{row.holder_name[0]}{'*' * (len(row.holder_name) - 1)}" in lines
    assert f"身份证号：{mask_id(full_id)}" in lines
    assert any(line.startswith("批次：") and "（ZB" in line for line in lines)
    assert f"结业日期：{row.issued_on:%Y-%m-%d}" in lines
    assert row.holder_name not in out and full_id not in out

    typed = f"{row.code[:4].lower()}-{row.code[4:].lower()}"  # as a person types it off the paper
    assert verify(data, capsys, row.number.lower(), typed)[0] == 0


def test_revoked_unknown_and_altered_exit_1(data, capsys):
    row, _ = first_certificate(data)
    opened = open_database(None, data, create=False)
    try:
        completion_certificates.revoke(opened.db, Actor.system(), row.number, "学籍材料不实，经基地会议决定撤销")
    finally:
        opened.db.dispose()
    code, out, _ = verify(data, capsys, row.qr)
    assert code == 1 and "状态：已撤销" in out
    assert "撤销日期：" in out and "撤销原因：学籍材料不实，经基地会议决定撤销" in out

    code, out, _ = verify(data, capsys, "JRB-NOPE-001", row.code)
    assert code == 1 and "状态：未找到" in out and "持证人" not in out
    wrong = "00000000" if row.code != "00000000" else "11111111"
    code, out, _ = verify(data, capsys, row.number, wrong)
    assert code == 1 and "状态：核验码不符" in out and "持证人" not in out


def test_unreadable_text_says_what_to_type(data, capsys):
    code, out, err = verify(data, capsys, "hello")
    assert code == 1 and out == ""
    assert "核验内容" in err and "扫码得到的整段文字" in err


def test_every_line_fits_a_gbk_console(data, capsys):
    """A Chinese Windows console (GBK) shows every character verify prints, revoked or not
    (console.safe_streams would turn any other into "?")."""
    row, _ = first_certificate(data)
    outputs = [verify(data, capsys, row.qr)[1], verify(data, capsys, row.number, "0000 0000")[1]]
    opened = open_database(None, data, create=False)
    try:
        completion_certificates.revoke(opened.db, Actor.system(), row.number, "证书信息有误，已重新核发")
    finally:
        opened.db.dispose()
    outputs.append(verify(data, capsys, row.qr)[1])
    for out in outputs:
        assert out.encode("gbk").decode("gbk") == out
