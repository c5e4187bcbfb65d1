"""Writing a file a person asked for (an export, a report, an error workbook):
all of it under a temporary name beside the target, then one rename.

A failure leaves the old file as it was and no `.part` behind, and is said in
plain words: a target that is open in another program (on Windows, `os.replace`
onto a workbook open in Excel or a PDF open in a reader raises PermissionError),
a full or read-only disk, a folder without write permission.
"""
from __future__ import annotations

import contextlib
import os
from collections.abc import Iterator
from pathlib import Path

from .errors import JiarenError
from .errors_plain import os_error

PART_SUFFIX = ".part"


class FileInUse(JiarenError):
    """The target file is open in another program, which keeps it from being replaced."""

    def __init__(self, path: Path | str) -> None:
        super().__init__(f"无法保存“{path}”：这个文件正被其他程序打开（例如 Excel 或 PDF 阅读器）。请关闭它后重试。",
                         f"Cannot save '{path}': the file is open in another program (such as Excel or a PDF "
                         "reader). Close it and try again.")
        self.path = str(path)


def replace_file(tmp: Path, target: Path) -> None:
    """Give the finished temporary file its final name (the one place it happens, so
    a test can make it fail as Windows does when the target is open)."""
    os.replace(tmp, target)


def part_path(path: Path) -> Path:
    return path.with_name(path.name + PART_SUFFIX)


@contextlib.contextmanager
def atomic_output(path: Path | str) -> Iterator[Path]:
    """`with atomic_output(out) as tmp:` write everything to `tmp`; on leaving the
    block it is renamed onto `out`. Any failure (Cancelled included) removes `tmp`;
    an OSError becomes a JiarenError naming the file."""
    path = Path(path)
    tmp = part_path(path)
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        yield tmp
        try:
            replace_file(tmp, path)
        except PermissionError as exc:
            raise FileInUse(path) from exc
    except BaseException as exc:
        _remove(tmp)
        if isinstance(exc, OSError):  # said of the file asked for, not of its temporary name
            named = path if exc.filename is None or str(exc.filename) == str(tmp) else exc.filename
            raise os_error(exc, name=named, saving=True) from exc
        raise


def _remove(tmp: Path) -> None:
    with contextlib.suppress(OSError):  # a temporary file that cannot even be removed: nothing more to do
        tmp.unlink(missing_ok=True)
