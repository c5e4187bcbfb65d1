"""Writing a file a person asked for (an export, a report, an error workbook):
all of it under a temporary name beside the target, then one rename.

A failure leaves the old file as it was and no `.part` behind, and is said in
plain words: a target that is open in another program (on Windows, `os.replace`
onto a workbook open in Excel or a PDF open in a reader raises PermissionError),
a read-only file, a full or read-only disk, a folder without write permission.
A path that cannot be a file at all — an existing folder, or a path through a
file — is refused before any work (`check_target`); `output_folder` does the same
for the folder of a one-file-per-student print.
"""
from __future__ import annotations

import contextlib
import errno
import os
import stat
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


class FolderGiven(JiarenError):
    """A file was asked for, but the path names an existing folder."""

    def __init__(self, path: Path | str) -> None:
        if Path(path).name in ("", ".."):  # "." or "..": name the folder itself
            path = Path(path).absolute()
        super().__init__(f"无法保存“{path}”：这是一个已有的文件夹，不是文件。请在这个文件夹的路径后面加上文件名"
                         f"（例如“{Path(path) / '报表.pdf'}”），或另选一个文件名。",
                         f"Cannot save '{path}': it is an existing folder, not a file. Add a file name after the "
                         f"folder (e.g. '{Path(path) / 'report.pdf'}'), or choose another name.")
        self.path = str(path)


class FileGiven(JiarenError):
    """A folder was asked for (one file per student), but the path names an existing file."""

    def __init__(self, path: Path | str) -> None:
        super().__init__(f"无法保存到“{path}”：这是一个已有的文件，不是文件夹。每人一个文件时须指定一个文件夹"
                         "（不存在的文件夹会自动新建），请另选一个文件夹名。",
                         f"Cannot save into '{path}': it is an existing file, not a folder. One file per student "
                         "needs a folder (a new one is created); choose another folder name.")
        self.path = str(path)


class ThroughFile(JiarenError):
    """Part of the path is a file, so nothing can be saved under it."""

    def __init__(self, path: Path | str, blocker: Path | str) -> None:
        super().__init__(f"无法保存“{path}”：路径中的“{blocker}”是一个文件，不是文件夹，里面不能再放文件。"
                         "请检查路径，另选一个文件夹。",
                         f"Cannot save '{path}': '{blocker}' in that path is a file, not a folder, so nothing can "
                         "be saved under it. Check the path and choose another folder.")
        self.path = str(path)


class FolderNotWritable(JiarenError):
    """No permission to write in the target's folder (or the disk is read-only)."""

    def __init__(self, path: Path | str, folder: Path | str) -> None:
        super().__init__(f"无法保存“{path}”：没有在文件夹“{folder}”中写入的权限（文件夹或磁盘是只读的）。"
                         "请换一个可写的位置（例如“文档”文件夹或桌面），或请管理员开放写入权限。",
                         f"Cannot save '{path}': no permission to write in the folder '{folder}' (the folder or the "
                         "disk is read-only). Choose a writable place (such as Documents or the desktop), or ask "
                         "your administrator for write permission.")
        self.path = str(path)


class ReadOnlyDisk(JiarenError):
    """The disk holding the target is mounted read-only (a write-protected USB disk, a CD)."""

    def __init__(self, path: Path | str) -> None:
        super().__init__(f"无法保存“{path}”：所在的磁盘是只读的（例如写保护的 U 盘或光盘）。"
                         "请换一个可写的位置（例如“文档”文件夹或桌面）。",
                         f"Cannot save '{path}': its disk is read-only (such as a write-protected USB disk or a "
                         "CD). Choose a writable place (such as Documents or the desktop).")
        self.path = str(path)


class ReadOnlyFile(JiarenError):
    """The target exists and is marked read-only, so it cannot be replaced."""

    def __init__(self, path: Path | str) -> None:
        super().__init__(f"无法保存“{path}”：这个文件是只读的，不能覆盖。请取消它的只读属性，或另存为其他文件名。",
                         f"Cannot save '{path}': the file is read-only and cannot be replaced. Clear its "
                         "read-only flag, or save under another name.")
        self.path = str(path)


def check_target(path: Path | str, *, folder: bool = False) -> None:
    """Refuse, before any work, a path that cannot be written as asked: an existing
    folder where a file is expected (`folder=False`), an existing file where a folder
    is expected, or a path that runs through a file."""
    path = Path(path)
    if not folder and _is(path, Path.is_dir):
        raise FolderGiven(path)
    if folder and _is(path, Path.exists) and not _is(path, Path.is_dir):
        raise FileGiven(path)
    for above in path.parents:
        if _is(above, Path.exists):
            if not _is(above, Path.is_dir):
                raise ThroughFile(path, above)
            return


def _is(path: Path, test) -> bool:
    try:
        return test(path)
    except OSError:  # a folder we may not look into: the write itself will say what is wrong
        return False


def output_folder(path: Path | str) -> Path:
    """The folder of a one-file-per-student print, created when missing; any problem
    said plainly (a file of that name, a path through a file, no permission, a
    read-only disk)."""
    path = Path(path)
    check_target(path, folder=True)
    try:
        path.mkdir(parents=True, exist_ok=True)
    except OSError as exc:
        raise _write_failed(exc, path, None) from exc
    return path


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
    check_target(path)
    tmp = part_path(path)
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        yield tmp
        try:
            replace_file(tmp, path)
        except PermissionError as exc:
            raise _replace_refused(path) from exc
    except BaseException as exc:
        _remove(tmp)
        if isinstance(exc, OSError):
            raise _write_failed(exc, path, tmp) from exc
        raise


def _replace_refused(path: Path) -> JiarenError:
    """Windows refuses to replace a file open in another program, a read-only file, or a folder."""
    if _is(path, Path.is_dir):
        return FolderGiven(path)
    try:
        if not path.stat().st_mode & stat.S_IWRITE:  # the read-only attribute, whoever runs the program
            return ReadOnlyFile(path)
    except OSError:
        pass
    return FileInUse(path)


def _write_failed(exc: OSError, path: Path, tmp: Path | None) -> JiarenError:
    """An OSError met while making the folder or writing the temporary file, said of the
    file asked for (not of its temporary name)."""
    ours = exc.filename is None or str(exc.filename) in (str(tmp), str(path)) or \
        Path(str(exc.filename)) in (path, *path.parents)
    if exc.errno == errno.EROFS and ours:
        return ReadOnlyDisk(path)
    if isinstance(exc, PermissionError) and ours:
        return FolderNotWritable(path, _nearest_folder(path))
    if isinstance(exc, (FileExistsError, NotADirectoryError)) and ours:  # a file appeared where a folder must be
        blocker = next((p for p in (path, *path.parents) if _is(p, Path.exists) and not _is(p, Path.is_dir)),
                       None)
        if blocker is not None:
            return FileGiven(path) if blocker == path else ThroughFile(path, blocker)
    named = path if ours else exc.filename
    return os_error(exc, name=named, saving=True)


def _nearest_folder(path: Path) -> Path:
    """The folder that refused: the nearest existing one above `path`."""
    return next((p for p in path.parents if _is(p, Path.is_dir)), path.parent)


def _remove(tmp: Path) -> None:
    with contextlib.suppress(OSError):  # a temporary file that cannot even be removed: nothing more to do
        tmp.unlink(missing_ok=True)
