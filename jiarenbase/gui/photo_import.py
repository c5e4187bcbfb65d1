"""导入照片: staff pick a folder of photos named by student number; the import runs on
the pool behind a progress dialog with Cancel (services/student_photos.py: all matched
photos or none), then a message says how many were imported and names every file that
was not (no such student, two files for one student, not a picture, too big).

    import_photos(page, ctx)            # the 学员 list's 导入照片… button
"""
# zh_CN: English → 中文
#   Import photos → 导入照片
#   Choose the folder of photos (each file named by the student number, e.g. S001.jpg)
#     → 选择照片文件夹（每个文件以学号命名，例如 S001.jpg）
#   Reading and importing photos… → 正在读取并导入照片…
from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QFileDialog, QMessageBox, QWidget

from ..core.errors import JiarenError
from ..core.services.student_photos import PhotoImportResult, import_photo_folder
from .context import AppContext
from .widgets.progress import ProgressRun, run_with_progress


def choose_photo_folder(parent: QWidget | None) -> str:
    """The folder the person picks ("" when cancelled); tests patch this."""
    return QFileDialog.getExistingDirectory(parent, QCoreApplication.translate(
        "PhotoImport", "Choose the folder of photos (each file named by the student number, e.g. S001.jpg)"))


def summary_box(parent: QWidget | None, result: PhotoImportResult, lang: str) -> QMessageBox:
    """The message that ends an import: the count, then one paragraph per kind of problem."""
    lines = result.summary_lines(lang)
    icon = QMessageBox.Icon.Warning if result.problems else QMessageBox.Icon.Information
    box = QMessageBox(icon, QCoreApplication.translate("PhotoImport", "Import photos"), lines[0],
                      QMessageBox.StandardButton.Ok, parent)
    if len(lines) > 1:
        box.setInformativeText("\n\n".join(lines[1:]))
        box.setStyleSheet("QLabel#qt_msgbox_informativelabel { min-width: 440px; }")  # file names: not a thin column
    return box


def import_photos(parent: QWidget | None, ctx: AppContext,
                  on_done: Callable[[PhotoImportResult], None] | None = None) -> ProgressRun | None:
    """Ask for the folder, import it in the background, then show the summary.
    None when the person cancelled the folder dialog."""
    folder = choose_photo_folder(parent)
    if not folder:
        return None
    title = QCoreApplication.translate("PhotoImport", "Import photos")

    def done(result: PhotoImportResult) -> None:
        box = summary_box(parent, result, ctx.lang)
        try:
            box.exec()
        finally:
            box.deleteLater()
        if on_done is not None:
            on_done(result)

    def failed(exc: JiarenError) -> None:
        QMessageBox.warning(parent, title, ctx.message(exc))

    return run_with_progress(ctx, parent, title, import_photo_folder, ctx.db, ctx.actor, folder,
                             label=QCoreApplication.translate("PhotoImport", "Reading and importing photos…"),
                             on_done=done, on_error=failed, on_cancelled=lambda _exc: None)
