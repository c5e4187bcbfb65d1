"""The CJK TrueType font the reports embed (and the desktop shows, so screens and paper match).

Search order: a configured path (per-desktop setting `report_font`, or the
environment variable JIARENBASE_FONT); Windows' Microsoft YaHei / SimHei / SimSun;
Linux's WenQuanYi Micro Hei / Zen Hei and other TrueType CJK fonts fontconfig
knows. ReportLab embeds only TrueType outlines: CFF fonts (Noto/Source Han CJK
.otf/.ttc) fail to load and are skipped, and the non-embedded STSong-Light CID
font is never used, because it depends on the reader. No usable font → FontMissing
naming what to install; the reports never print tofu boxes.
"""
from __future__ import annotations

import os
import shutil
import subprocess
import sys
import threading
from dataclasses import dataclass
from pathlib import Path

from ..errors import JiarenError

FONT_NAME = "JiarenCJK"
ENV_VAR = "JIARENBASE_FONT"

_WINDOWS = ("msyh.ttc", "msyh.ttf", "simhei.ttf", "simsun.ttc", "simkai.ttf", "Deng.ttf")
_LINUX = (
    "/usr/share/fonts/truetype/wqy/wqy-microhei.ttc",
    "/usr/share/fonts/truetype/wqy/wqy-zenhei.ttc",
    "/usr/share/fonts/wqy-microhei/wqy-microhei.ttc",
    "/usr/share/fonts/wqy-zenhei/wqy-zenhei.ttc",
    "/usr/share/fonts/truetype/arphic/uming.ttc",
    "/usr/share/fonts/truetype/arphic/ukai.ttc",
    "/System/Library/Fonts/STHeiti Medium.ttc",
)
# A sample the chosen font must cover: a font without these glyphs prints boxes.
_SAMPLE = "自家人直播实训基地结业证书第页共"


class FontMissing(JiarenError):
    """No TrueType CJK font that ReportLab can embed was found."""

    def __init__(self, tried: list[str]) -> None:
        where = "；".join(tried[:6]) or "无"
        super().__init__(
            "找不到可嵌入报表的中文字体（TrueType）。"
            "Windows 上请确认系统字体“微软雅黑”（msyh.ttc）或“黑体”（simhei.ttf）"
            "未被删除；Linux 上请安装 fonts-wqy-microhei（sudo apt install fonts-wqy-microhei）；"
            f"也可以在 设置 中指定一个 .ttf/.ttc 字体文件，或设置环境变量 {ENV_VAR}。已检查：{where}",
            "No Chinese TrueType font that reports can embed was found. On Windows check that Microsoft YaHei "
            "(msyh.ttc) or SimHei (simhei.ttf) is installed; on Linux install fonts-wqy-microhei; or choose a "
            f".ttf/.ttc font file in Settings, or set {ENV_VAR}. Checked: {'; '.join(tried[:6]) or 'none'}",
        )
        self.tried = tried


@dataclass(frozen=True)
class FontChoice:
    path: Path
    subfont_index: int
    family: str  # the family name inside the file (what Qt calls it)


def candidates(configured: str | None = None) -> list[Path]:
    """Font files to try, best first (existing files only, no duplicates)."""
    found: list[Path] = []
    for raw in (configured or _configured, os.environ.get(ENV_VAR)):
        if raw:
            found.append(Path(raw).expanduser())
    if sys.platform == "win32":
        windir = Path(os.environ.get("WINDIR", r"C:\Windows")) / "Fonts"
        local = Path(os.environ.get("LOCALAPPDATA", "")) / "Microsoft" / "Windows" / "Fonts"
        found += [d / name for name in _WINDOWS for d in (windir, local)]
    found += [Path(p) for p in _LINUX]
    found += _fontconfig_files()
    seen: set[str] = set()
    result = []
    for p in found:
        key = str(p)
        if key not in seen and p.suffix.lower() in (".ttf", ".ttc") and p.is_file():
            seen.add(key)
            result.append(p)
    return result


def _fontconfig_files() -> list[Path]:
    fc = shutil.which("fc-list")
    if not fc:
        return []
    try:
        out = subprocess.run([fc, ":lang=zh", "file"], capture_output=True, text=True, timeout=10, check=False).stdout
    except (OSError, subprocess.SubprocessError):
        return []
    files = sorted({line.split(":")[0].strip() for line in out.splitlines() if line.strip()})
    return [Path(f) for f in files]


def _try_load(path: Path):
    """(TTFont, subfont index) for the first face of `path` that covers the sample, else None."""
    from reportlab.pdfbase.ttfonts import TTFError, TTFont

    for index in range(4 if path.suffix.lower() == ".ttc" else 1):
        try:
            font = TTFont(FONT_NAME, str(path), subfontIndex=index)
        except (TTFError, OSError, ValueError, IndexError, KeyError):
            if index == 0:
                return None  # CFF outlines, broken file, no such face
            break
        widths = font.face.charWidths
        if all(ord(ch) in widths for ch in _SAMPLE):
            return font, index
    return None


_lock = threading.Lock()
_registered: FontChoice | None = None
_configured: str | None = None  # this desktop's setting (AppConfig.report_font)


def configured_font() -> str | None:
    return _configured


def use_font_file(path: str | None) -> None:
    """Use this font file first from now on ("" / None: find one automatically)."""
    global _configured, _registered
    with _lock:
        if (path or None) != _configured:
            _configured, _registered = path or None, None


def register_font(configured: str | None = None) -> FontChoice:
    """Register the CJK font with ReportLab once per process (as FONT_NAME) and say which."""
    global _registered
    configured = configured or _configured
    with _lock:
        if _registered is not None and (not configured or Path(configured) == _registered.path):
            return _registered
        from reportlab.pdfbase import pdfmetrics

        tried: list[str] = []
        for path in candidates(configured):
            loaded = _try_load(path)
            tried.append(str(path))
            if loaded is None:
                continue
            font, index = loaded
            pdfmetrics.registerFont(font)
            _make_default(pdfmetrics)
            family = font.face.familyName
            if isinstance(family, bytes):
                family = family.decode("utf-8", "replace")
            _registered = FontChoice(path, index, str(family))
            return _registered
        raise FontMissing(tried)


def _make_default(pdfmetrics) -> None:
    """<b>/<i> in paragraphs and the graphics' default font must not fall back to the
    non-embedded Helvetica: map every style of the family, and the charts' default, to the CJK font."""
    from reportlab.graphics import shapes
    from reportlab.lib.fonts import addMapping

    pdfmetrics.registerFontFamily(FONT_NAME, normal=FONT_NAME, bold=FONT_NAME, italic=FONT_NAME,
                                  boldItalic=FONT_NAME)
    for bold in (0, 1):
        for italic in (0, 1):
            addMapping(FONT_NAME, bold, italic, FONT_NAME)
    shapes.STATE_DEFAULTS["fontName"] = FONT_NAME


def reset_for_tests() -> None:
    global _registered
    with _lock:
        _registered = None
