"""The report font: a TrueType CJK font ReportLab can embed, or a clear message."""
from __future__ import annotations

from pathlib import Path

import pytest
import reportlab

from jiarenbase.core.reports import fonts

VERA = Path(reportlab.__file__).parent / "fonts" / "Vera.ttf"  # TrueType, but no Chinese glyphs


@pytest.fixture(autouse=True)
def _fresh():
    fonts.reset_for_tests()
    yield
    fonts.reset_for_tests()


def test_a_cjk_truetype_font_is_found_and_registered():
    choice = fonts.register_font()
    assert choice.path.suffix.lower() in (".ttf", ".ttc") and choice.path.is_file()
    assert choice.family  # what the desktop asks Qt for, so screens and paper match
    from reportlab.pdfbase import pdfmetrics

    assert pdfmetrics.getFont(fonts.FONT_NAME).face.charWidths.get(ord("实"))


def test_no_usable_font_is_a_clear_message_naming_what_to_install(monkeypatch):
    monkeypatch.setattr(fonts, "candidates", lambda configured=None: [])
    with pytest.raises(fonts.FontMissing) as info:
        fonts.register_font()
    assert "fonts-wqy-microhei" in info.value.zh and "微软雅黑" in info.value.zh
    assert "设置" in info.value.zh and fonts.ENV_VAR in info.value.zh
    assert "fonts-wqy-microhei" in info.value.en


def test_fonts_without_chinese_glyphs_or_unreadable_files_are_skipped(monkeypatch, tmp_path):
    broken = tmp_path / "broken.ttf"
    broken.write_bytes(b"not a font at all")
    real = fonts.candidates()
    monkeypatch.setattr(fonts, "candidates", lambda configured=None: [VERA, broken] + real)
    choice = fonts.register_font()
    assert choice.path == real[0]  # Vera (no 汉字, would print boxes) and the broken file were passed over


def test_only_such_fonts_gives_the_message_listing_what_was_tried(monkeypatch, tmp_path):
    monkeypatch.setattr(fonts, "candidates", lambda configured=None: [VERA])
    with pytest.raises(fonts.FontMissing) as info:
        fonts.register_font()
    assert str(VERA) in info.value.zh


def test_a_configured_font_is_tried_first(monkeypatch, tmp_path):
    real = fonts.candidates()[0]
    assert fonts.candidates(str(real))[0] == real
    monkeypatch.setenv(fonts.ENV_VAR, str(VERA))
    assert fonts.candidates()[0] == VERA
