"""The Chinese UI font: the same TrueType file the printed reports embed
(core/reports/fonts.py: Microsoft YaHei on Windows, WenQuanYi Micro Hei on Linux),
so screens and paper match; else any installed family that writes Chinese."""
from __future__ import annotations

from functools import lru_cache

from PySide6.QtGui import QFontDatabase

from ..core.reports.fonts import candidates

PREFERRED = ("Microsoft YaHei", "Microsoft YaHei UI", "PingFang SC", "WenQuanYi Micro Hei",
             "WenQuanYi Zen Hei", "Noto Sans CJK SC", "Source Han Sans SC", "SimHei", "SimSun")


@lru_cache(maxsize=1)
def report_font_family() -> str:
    """The family of the reports' font file, loaded into Qt ("" when there is none)."""
    for path in candidates()[:1]:  # the file reports try first (file checks only: no ReportLab here)
        font_id = QFontDatabase.addApplicationFont(str(path))
        families = QFontDatabase.applicationFontFamilies(font_id) if font_id >= 0 else []
        if families:
            return families[0]
    return ""


def chinese_font_family() -> str:
    family = report_font_family()
    if family:
        return family
    families = set(QFontDatabase.families())
    for name in PREFERRED:
        if name in families:
            return name
    for name in sorted(families):  # any family that can write Chinese
        if QFontDatabase.WritingSystem.SimplifiedChinese in QFontDatabase.writingSystems(name):
            return name
    return ""
