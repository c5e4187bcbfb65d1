"""The Chinese UI font: Microsoft YaHei on Windows, a CJK font found on Linux."""
from __future__ import annotations

from PySide6.QtGui import QFontDatabase

PREFERRED = ("Microsoft YaHei", "Microsoft YaHei UI", "PingFang SC", "WenQuanYi Micro Hei",
             "WenQuanYi Zen Hei", "Noto Sans CJK SC", "Source Han Sans SC", "SimHei", "SimSun")


def chinese_font_family() -> str:
    families = set(QFontDatabase.families())
    for name in PREFERRED:
        if name in families:
            return name
    for name in sorted(families):  # any family that can write Chinese
        if QFontDatabase.WritingSystem.SimplifiedChinese in QFontDatabase.writingSystems(name):
            return name
    return ""
