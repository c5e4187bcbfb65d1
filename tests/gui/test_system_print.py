"""Printing through the system's PDF program (gui/system_print.py), with os.startfile
patched (it exists on Windows only): each file goes with the "print" verb, in order;
a desktop without a PDF program for "print" leaves the files to JiarenBase."""
from __future__ import annotations

import os
from pathlib import Path

import pytest

from jiarenbase.gui import system_print


@pytest.fixture
def handed(monkeypatch):
    calls: list[tuple[str, str]] = []

    def startfile(path, operation="open"):
        calls.append((path, operation))

    monkeypatch.setattr(os, "startfile", startfile, raising=False)
    return calls


def test_each_file_is_handed_to_the_system_with_the_print_verb(handed, tmp_path):
    files = [tmp_path / "证书_张三.pdf", tmp_path / "证书_李四.pdf"]
    assert system_print.hand_to_system(files) == []
    assert handed == [(str(files[0]), "print"), (str(files[1]), "print")]


def test_no_pdf_program_leaves_every_file_to_jiarenbase(monkeypatch, tmp_path, caplog):
    def startfile(path, operation="open"):  # what Windows says without a "print" association
        raise OSError(1155, "No application is associated with the specified file for this operation")

    monkeypatch.setattr(os, "startfile", startfile, raising=False)
    files = [tmp_path / "a.pdf", tmp_path / "b.pdf"]
    with caplog.at_level("INFO", logger="jiarenbase.print"):
        assert system_print.hand_to_system(files) == files
    assert "No application" in caplog.text and "a.pdf" not in caplog.text  # the file name may name a student


def test_a_file_refused_midway_leaves_it_and_the_rest(monkeypatch, tmp_path):
    taken = []

    def startfile(path, operation="open"):
        if Path(path).name == "b.pdf":
            raise FileNotFoundError(2, "The system cannot find the file specified")
        taken.append(Path(path).name)

    monkeypatch.setattr(os, "startfile", startfile, raising=False)
    files = [tmp_path / n for n in ("a.pdf", "b.pdf", "c.pdf")]
    assert system_print.hand_to_system(files) == files[1:]
    assert taken == ["a.pdf"]


def test_without_startfile_nothing_is_handed(monkeypatch, tmp_path):
    monkeypatch.delattr(os, "startfile", raising=False)  # not Windows
    assert system_print.hand_to_system([tmp_path / "a.pdf"]) == [tmp_path / "a.pdf"]


def test_windows_is_told_by_the_platform(monkeypatch):
    monkeypatch.setattr(system_print.sys, "platform", "win32")
    assert system_print.is_windows()
    monkeypatch.setattr(system_print.sys, "platform", "linux")
    assert not system_print.is_windows()
