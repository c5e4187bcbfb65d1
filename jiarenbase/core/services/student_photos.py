"""学员照片: students' ID photos, printed on the certificate (照片框) and shown on
the student's file. Staff import a folder of files named by student number
(`S001.jpg`, `2023010203.PNG`); every photo is stored in one normal form
(images.id_photo_jpeg: upright, 3:4, 360 × 480 JPEG).

    result = import_photo_folder(db, actor, r"D:\\照片 #2025春")   # all matched photos, or none
    set_photo(db, actor, student_id, path); clear_photo(db, actor, student_id)
    jpeg = photo_of(db, actor, student_id)                          # bytes | None

The audit log keeps each photo's sha256 and file name, never the picture.
"""
from __future__ import annotations

import os
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from ..db.models import Student, StudentPhoto
from ..domain.text import normalise_text
from ..errors import ValidationError
from ..images import PHOTO_MAX_BYTES, NotAnImage, id_photo_jpeg, sha256, size_text
from .common import EVERYONE, STAFF, audit, ensure_student_access, in_chunks, require_role
from .context import Actor, Database

EXTENSIONS = (".jpg", ".jpeg", ".png")
FOLDER, FOLDER_EN = "照片文件夹", "photo folder"


@dataclass(frozen=True)
class PhotoImportResult:
    """What a folder import did. Every list names files (or student numbers), sorted."""

    imported: int  # photos stored (new or replaced)
    replaced: int  # … of which replaced an earlier photo
    unmatched: tuple[str, ...] = ()  # files whose name is no live student's number
    unreadable: tuple[str, ...] = ()  # not a PNG/JPEG that can be read (damaged, another format)
    too_large: tuple[str, ...] = ()  # over 20 MB
    duplicates: tuple[tuple[str, tuple[str, ...]], ...] = ()  # (student number, its files): none imported
    ambiguous: tuple[str, ...] = ()  # files whose number belongs to several live students
    other_files: int = 0  # files that are not .jpg/.jpeg/.png (ignored)

    @property
    def problems(self) -> int:
        return (len(self.unmatched) + len(self.unreadable) + len(self.too_large) + len(self.duplicates)
                + len(self.ambiguous))

    def summary_lines(self, lang: str = "zh") -> list[str]:
        """The result, one line per kind of problem (the CLI prints them; the desktop shows them)."""
        en = lang == "en"
        if en:
            lines = [f"Imported {self.imported} photo{'' if self.imported == 1 else 's'}"
                     + (f" ({self.replaced} replacing earlier photos)." if self.replaced else ".")]
        else:
            lines = [f"已导入照片 {self.imported} 张"
                     + (f"（其中替换原有照片 {self.replaced} 张）。" if self.replaced else "。")]
        if self.unmatched:
            lines.append((f"No student with that student number: {len(self.unmatched)} files: " if en else
                          f"找不到对应学员（文件名不是在册学员的学号）{len(self.unmatched)} 个：")
                         + _names(self.unmatched, en))
        if self.duplicates:
            text = "；".join(f"{number}：{'、'.join(files)}" for number, files in self.duplicates)
            lines.append((f"Several files for one student, not imported ({len(self.duplicates)}; keep one): " if en
                          else f"同一学号有多个文件、未导入 {len(self.duplicates)} 人（请只留一个）：") + text)
        if self.ambiguous:
            lines.append((f"Student number shared by several students, not imported: {len(self.ambiguous)} files "
                          "(correct the numbers in the student records): " if en else
                          f"学号对应多名学员、未导入 {len(self.ambiguous)} 个（请在学员信息中改正学号）：")
                         + _names(self.ambiguous, en))
        if self.unreadable:
            lines.append((f"Not a readable JPEG/PNG picture: {len(self.unreadable)} files: " if en else
                          f"不是可读取的 JPEG/PNG 图片 {len(self.unreadable)} 个：") + _names(self.unreadable, en))
        if self.too_large:
            lines.append((f"Over 20 MB, not imported: {len(self.too_large)} files: " if en else
                          f"超过 20 MB、未导入 {len(self.too_large)} 个：") + _names(self.too_large, en))
        if self.other_files:
            lines.append(f"{self.other_files} files that are not .jpg/.jpeg/.png were ignored." if en else
                         f"另有 {self.other_files} 个不是 .jpg/.jpeg/.png 的文件已忽略。")
        return lines


def _names(names: tuple[str, ...], en: bool = False, shown: int = 20) -> str:
    if len(names) <= shown:
        return "、".join(names)
    return "、".join(names[:shown]) + (f" and {len(names) - shown} more" if en else f" 等（共 {len(names)} 个）")


def _key(student_number: str) -> str:
    """Student numbers compare as typed, ignoring case, full-width and outer spaces."""
    return normalise_text(student_number).casefold()


def _list_folder(folder: Path) -> list[os.DirEntry]:
    """The folder's files; ValidationError (照片文件夹) when it is not a readable folder."""
    if not folder.exists():
        raise ValidationError.of(FOLDER, f"找不到文件夹“{folder}”，请检查路径是否正确。",
                                 f"the folder '{folder}' does not exist; check the path.", FOLDER_EN)
    if not folder.is_dir():
        raise ValidationError.of(FOLDER, f"“{folder}”是一个文件，不是文件夹：请选择存放照片的文件夹。",
                                 f"'{folder}' is a file, not a folder; choose the folder holding the photos.",
                                 FOLDER_EN)
    try:
        with os.scandir(folder) as it:
            return sorted((e for e in it if e.is_file()), key=lambda e: e.name.casefold())
    except OSError:
        raise ValidationError.of(FOLDER, f"无法读取文件夹“{folder}”：请确认有权限打开它。",
                                 f"cannot read the folder '{folder}'; check that you may open it.", FOLDER_EN) from None


def _live_students(s: Session, keys: list[str]) -> dict[str, list[int]]:
    """Live students by the normalised number, for the numbers asked about."""
    found: dict[str, list[int]] = {}
    wanted = set(keys)
    lowered = func.lower(func.trim(Student.student_number))
    for chunk in in_chunks(sorted({k.lower() for k in keys})):
        rows = s.execute(select(Student.id, Student.student_number)
                         .where(Student.deleted_at.is_(None), lowered.in_(chunk)))
        for sid, number in rows:
            key = _key(number)
            if key in wanted:
                found.setdefault(key, []).append(sid)
    return found


def _store(s: Session, actor: Actor, student_id: int, jpeg: bytes, source: str) -> bool:
    """Write one photo and audit it (hash and file name); True when it replaced one."""
    row = s.get(StudentPhoto, student_id)
    after = {"sha256": sha256(jpeg), "source_name": source}
    if row is None:
        s.add(StudentPhoto(student_id=student_id, image=jpeg, source_name=source))
        audit(s, actor, "create", StudentPhoto, student_id, after=after)
        return False
    before = {"sha256": sha256(row.image), "source_name": row.source_name}
    row.image, row.source_name = jpeg, source
    audit(s, actor, "update", StudentPhoto, student_id, before=before, after=after)
    return True


def import_photo_folder(db: Database, actor: Actor, folder: str | Path,
                        progress: Callable[..., None] | None = None) -> PhotoImportResult:
    """Import the photos in `folder` (not its sub-folders), each named by a live student's
    student number (.jpg/.jpeg/.png, any case). All matched photos are written in one
    transaction, or none; the rest are named in the result. `progress(done, total)` is
    called per photo (it may raise Cancelled: nothing is then written)."""
    require_role(actor, *STAFF, action_zh="导入学员照片", action_en="import student photos")
    folder = Path(folder)
    entries = _list_folder(folder)
    pictures = [e for e in entries if not e.name.startswith(".") and Path(e.name).suffix.lower() in EXTENSIONS]
    other_files = len(entries) - len(pictures)
    if not pictures:
        raise ValidationError.of(FOLDER, f"文件夹“{folder}”中没有 .jpg/.jpeg/.png 照片：照片应以学号命名，"
                                 "例如 S001.jpg。", f"the folder '{folder}' holds no .jpg/.jpeg/.png photos; "
                                 "name each by the student number, e.g. S001.jpg.", FOLDER_EN)
    by_key: dict[str, list[os.DirEntry]] = {}
    for e in pictures:
        by_key.setdefault(_key(Path(e.name).stem), []).append(e)
    with db.read() as s:
        students = _live_students(s, list(by_key))
    unmatched, ambiguous, duplicates, wanted = [], [], [], []
    for key, files in by_key.items():
        names = tuple(e.name for e in files)
        if key not in students:
            unmatched += names
        elif len(students[key]) > 1:
            ambiguous += names
        elif len(files) > 1:
            duplicates.append((Path(files[0].name).stem, names))
        else:
            wanted.append((students[key][0], files[0]))
    unreadable, too_large, photos = [], [], []
    for done, (student_id, entry) in enumerate(wanted):
        if progress is not None:
            progress(done, len(wanted))
        try:
            if entry.stat().st_size > PHOTO_MAX_BYTES:
                too_large.append(entry.name)
                continue
            data = Path(entry.path).read_bytes()
            photos.append((student_id, id_photo_jpeg(data), entry.name))
        except (NotAnImage, OSError):
            unreadable.append(entry.name)
    if progress is not None:
        progress(len(wanted), len(wanted))
    imported = replaced = 0
    if photos:
        with db.transaction() as s:
            live = set()
            for chunk in in_chunks([sid for sid, _jpeg, _name in photos]):
                live.update(s.scalars(select(Student.id).where(Student.id.in_(chunk), Student.deleted_at.is_(None))))
            for student_id, jpeg, name in photos:
                if student_id not in live:  # deleted while the pictures were read
                    unmatched.append(name)
                    continue
                replaced += _store(s, actor, student_id, jpeg, name[:200])
                imported += 1
    return PhotoImportResult(
        imported=imported, replaced=replaced, unmatched=tuple(sorted(unmatched, key=str.casefold)),
        unreadable=tuple(sorted(unreadable, key=str.casefold)), too_large=tuple(sorted(too_large, key=str.casefold)),
        duplicates=tuple(sorted(duplicates)), ambiguous=tuple(sorted(ambiguous, key=str.casefold)),
        other_files=other_files)


def _read_photo_file(path: Path) -> bytes:
    field, field_en = "照片", "photo"
    if path.is_dir():
        raise ValidationError.of(field, f"“{path.name}”是文件夹，请选择一个照片文件。",
                                 f"'{path.name}' is a folder; choose a photo file.", field_en)
    try:
        size = path.stat().st_size
        if size > PHOTO_MAX_BYTES:
            raise ValidationError.of(field, f"照片“{path.name}”太大（{size_text(size)}），最大 20 MB。",
                                     f"the photo '{path.name}' is too big ({size_text(size)}); at most 20 MB.",
                                     field_en)
        data = path.read_bytes()
    except OSError:
        raise ValidationError.of(field, f"无法读取文件“{path.name}”：请确认文件存在且没有被其他程序占用。",
                                 f"cannot read '{path.name}'; check that it exists and is not in use.",
                                 field_en) from None
    try:
        return id_photo_jpeg(data)
    except NotAnImage as exc:
        raise ValidationError.of(field, f"“{path.name}”{exc}：请选择 JPEG 或 PNG 格式的照片。",
                                 f"'{path.name}' is not a readable JPEG or PNG photo.", field_en) from None


def set_photo(db: Database, actor: Actor, student_id: int, path: str | Path) -> bytes:
    """Store the photo in the file `path` for one student (staff); returns the stored JPEG."""
    require_role(actor, *STAFF, action_zh="更换学员照片", action_en="change a student's photo")
    path = Path(path)
    jpeg = _read_photo_file(path)
    with db.transaction() as s:
        ensure_student_access(s, actor, student_id)
        _store(s, actor, student_id, jpeg, path.name[:200])
    return jpeg


def clear_photo(db: Database, actor: Actor, student_id: int) -> bool:
    """Remove a student's photo (staff); False when there was none."""
    require_role(actor, *STAFF, action_zh="删除学员照片", action_en="remove a student's photo")
    with db.transaction() as s:
        ensure_student_access(s, actor, student_id)
        row = s.get(StudentPhoto, student_id)
        if row is None:
            return False
        before = {"sha256": sha256(row.image), "source_name": row.source_name}
        s.delete(row)
        audit(s, actor, "delete", StudentPhoto, student_id, before=before)
        return True


def photo_of(db: Database, actor: Actor, student_id: int) -> bytes | None:
    """The student's stored photo (JPEG), or None (mentors: their own students only)."""
    require_role(actor, *EVERYONE)
    with db.read() as s:
        ensure_student_access(s, actor, student_id)
        return s.scalar(select(StudentPhoto.image).where(StudentPhoto.student_id == student_id))
