"""Printing through the system's PDF program (Windows): the finished PDF goes to the
program Windows associates with PDF files (Adobe Reader, WPS, Foxit…) with its
"print" verb, which prints every page on the default printer, as fast as a PDF
program prints — no page is rasterised by JiarenBase.

    if is_windows():
        left = hand_to_system(paths)   # [] when every file was handed over

A desktop without such a program (no association, or one without a "print" verb,
as Edge has) raises OSError: the files left are printed by JiarenBase instead
(pdf_printing.py, through print_job.py).
"""
from __future__ import annotations

import logging
import os
import sys
from collections.abc import Iterable
from pathlib import Path

log = logging.getLogger("jiarenbase.print")


def is_windows() -> bool:
    return sys.platform == "win32"


def hand_to_system(paths: Iterable[Path]) -> list[Path]:
    """Hand each file to the system's PDF program for printing, in order; the files it
    could not take (from the first that failed on), [] when every file went."""
    paths = list(paths)
    for done, path in enumerate(paths):
        try:
            os.startfile(str(path), "print")  # type: ignore[attr-defined]  # Windows only
        except (OSError, AttributeError) as exc:  # no PDF program for "print" (AttributeError: not Windows)
            # the path may name a student: it stays out of the log
            log.info("the system's PDF program did not take file %d of %d: %s", done + 1, len(paths),
                     getattr(exc, "strerror", None) or type(exc).__name__)
            return paths[done:]
    return []
