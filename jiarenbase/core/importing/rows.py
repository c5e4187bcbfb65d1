"""Checking one data row of a roster: every problem found is kept, with the fix."""
from __future__ import annotations

import re
import unicodedata
from collections.abc import Mapping, Sequence
from dataclasses import replace
from datetime import date

from ..domain import idcard
from ..domain.enums import Sex
from ..domain.text import is_valid_mobile, keep_typed, normalise_name, normalise_phone
from ..errors import ValidationError
from .headers import FIELDS, HeaderMatch, names_required_fields
from .model import RosterRow, RowProblem, StudentDraft
from .sources import EMPTY, Cell
from .values import AmbiguousDate, clean, display, is_number, looks_scientific, parse_date, parse_sex

MAX_LEN = 100
MAX_LEN_BY_FIELD = {"remark": 500}
_TEXT_MARKED = frozenset({"id_number", "phone", "student_number"})

# A row whose first non-empty cell starts like this ends the list (合计, 制表人…).
FOOTER_PREFIXES = (
    "合计", "总计", "小计", "共计", "总人数", "制表", "填表", "填报", "审核", "审批", "经办人",
    "负责人", "签字", "签名:", "盖章", "说明", "注:", "注意:", "备注:", "附注", "以下空白",
)

_NUMBER_ID = ("以数字格式存储，后几位可能已丢失；请把该列设为文本后重新填写。",
              "is stored as a number, so its last digits may be lost; format the column as text "
              "and type the numbers again.")


def _short(text: str, n: int = 40) -> str:
    return text if len(text) <= n else text[: n - 1] + "…"


_NAME_PUNCTUATION = frozenset("·•・‧.-' ")


def is_plausible_name(name: str) -> bool:
    """Letters of any script (and private-use 生僻字), spaces and the dots and hyphens
    of minority and foreign names; no digits or other symbols."""
    return any(unicodedata.category(ch)[0] in "LC" for ch in name) and all(
        unicodedata.category(ch)[0] in "LM" or unicodedata.category(ch) == "Co"
        or ch in _NAME_PUNCTUATION for ch in name)


def is_footer(cells: Sequence[Cell]) -> bool:
    for cell in cells:
        if cell.kind and not cell.filled:
            text = clean(display(cell)).replace(" ", "").lstrip("()[]【】*※#")
            return text.startswith(FOOTER_PREFIXES)
    return False


_CANONICAL_ID = re.compile(r"[0-9]{17}[0-9X]")


def normalise_existing(existing: Mapping[str, str]) -> dict[str, str]:
    """ID numbers already enrolled, in the 18-character form."""
    out: dict[str, str] = {}
    for number, desc in existing.items():
        if type(number) is str and _CANONICAL_ID.fullmatch(number):  # as stored: normalise() keeps it
            out[number] = desc
            continue
        n = idcard.normalise(number or "")
        if len(n) == 15 and n.isdigit():
            n = idcard.upgrade_15(n)
        out[n] = desc
    return out


def enrolled_notice(excel_row: int, desc: str) -> RowProblem:
    """The notice on a row whose person is already enrolled (`desc`: "2025春季直播班 张三")."""
    zh_label, en_label = FIELDS["id_number"]
    return RowProblem(excel_row, zh_label, f"已在册（{desc}），不会重复添加。",
                      f"already enrolled ({desc}); it will not be added again.", "notice", en_label)


def _add_before_enrolled(row: RosterRow, problem: RowProblem) -> RosterRow:
    """The row with `problem` added, before the already-enrolled notice (which stays last)."""
    problems = list(row.problems)
    at = len(problems) - 1 if row.already_enrolled else len(problems)
    problems.insert(at, problem)
    return replace(row, problems=tuple(problems))


class RowChecker:
    """Checks the data rows of one sheet, in order (it remembers ID numbers seen)."""

    def __init__(self, header: HeaderMatch, existing: Mapping[str, str] | None = None,
                 today: date | None = None) -> None:
        self.header = header
        self.existing = normalise_existing(existing or {})
        self.today = today or date.today()
        self.seen: dict[str, list[tuple[int, str]]] = {}  # ID number → (row, name) of every row with it
        self.numbers: dict[int, str] = {}  # row → its valid ID number (for mark_enrolled)

    # -- helpers
    def _cell(self, cells: Sequence[Cell], field: str) -> Cell:
        i = self.header.columns.get(field)
        return cells[i] if i is not None and i < len(cells) else EMPTY

    def is_blank(self, cells: Sequence[Cell]) -> bool:
        """No recognised column has a value of its own (copies from merged cells
        above and a lone 序号 do not count)."""
        return all(not c.kind or c.filled for c in (self._cell(cells, f) for f in self.header.columns))

    def is_repeated_header(self, cells: Sequence[Cell]) -> bool:
        return names_required_fields([c.value if c.kind == "s" else None for c in cells])

    # -- the check
    def check(self, excel_row: int, cells: Sequence[Cell]) -> RosterRow:
        problems: list[RowProblem] = []

        def problem(field: str, zh: str, en: str, severity: str = "error") -> None:
            zh_label, en_label = FIELDS[field]
            problems.append(RowProblem(excel_row, zh_label, zh, en, severity, en_label))  # type: ignore[arg-type]

        n = len(cells)
        at = {f: cells[i] if i < n else EMPTY for f, i in self.header.columns.items()}  # = self._cell
        raw = {f: display(c) for f, c in at.items()}
        text: dict[str, str] = {}
        usable: dict[str, bool] = {}
        for f in FIELDS:
            cell = at.get(f, EMPTY)
            if cell.value is None and not cell.kind:  # nothing there (most optional columns)
                text[f], usable[f] = "", True
                continue
            usable[f] = False
            text[f] = ""
            shown = raw[f] if f in raw else display(cell)
            if cell.kind == "f":
                problem(f, "含有公式，请粘贴为数值。", "contains a formula; paste it as a value.")
                continue
            if cell.kind == "e":
                v = _short(shown)
                problem(f, f"是错误值“{v}”，请改为正确内容。", f"is an error value '{v}'; correct it.")
                continue
            t = keep_typed(shown) if f == "remark" else clean(shown)  # a remark is prose: kept as typed
            if f == "name":
                t = normalise_name(t)
            elif f in _TEXT_MARKED:  # '310116… / `138…: exports that force text
                t = t.lstrip("'`‘’").strip()
            limit = MAX_LEN_BY_FIELD.get(f, MAX_LEN)
            if len(t) > limit:
                problem(f, f"太长（{len(t)}个字），最多{limit}个字。",
                        f"is too long ({len(t)} characters; at most {limit}).")
                continue
            text[f], usable[f] = t, True

        # 姓名
        name = text["name"]
        name_ok = usable["name"] and bool(name)
        if usable["name"] and not name:
            problem("name", "不能为空，请填写学员姓名。", "is empty; enter the student's name.")
        elif name_ok and not is_plausible_name(name):
            name_ok = False
            problem("name", f"“{_short(name)}”含有数字或符号，请只填写姓名。",
                    f"'{_short(name)}' contains digits or symbols; enter the name only.")

        # 身份证号
        info: idcard.IdInfo | None = None
        id_cell = at.get("id_number", EMPTY)
        if usable["id_number"]:
            if is_number(id_cell) or looks_scientific(text["id_number"]):
                problem("id_number", *_NUMBER_ID)
            else:
                try:
                    info = idcard.parse_id_number(text["id_number"], today=self.today)
                except ValidationError as e:
                    for p in e.problems:
                        problem("id_number", p.zh, p.en)

        # 性别
        sex: Sex | None = info.sex if info else None
        if usable["sex"] and text["sex"]:
            try:
                given = parse_sex(text["sex"])
            except ValueError:
                v = _short(text["sex"])
                problem("sex", f"“{v}”无法识别，请填写“男”或“女”。",
                        f"'{v}' is not understood; enter 男 (male) or 女 (female).")
            else:
                if info is not None and given is not info.sex:
                    problem("sex", f"填的是“{_short(text['sex'])}”，但身份证号显示为“{info.sex.zh}”，"
                            f"已按身份证号记为“{info.sex.zh}”，请核对。",
                            f"'{_short(text['sex'])}' disagrees with the ID number ({info.sex.value}); "
                            f"recorded as {info.sex.value} from the ID number; check it.", "warning")
                sex = sex or given

        # 手机
        phone = ""
        if usable["phone"] and text["phone"]:
            p = normalise_phone(text["phone"])
            if is_valid_mobile(p):
                phone = p
            else:
                v = _short(text["phone"])
                problem("phone", f"“{v}”不是有效的11位手机号，已留空，请核对后补录（固定电话可写在备注里）。",
                        f"'{v}' is not a valid 11-digit mobile number; left empty, add the right one later "
                        "(put a landline in the remark).", "warning")

        # 学号: a long number typed as a number loses digits like an ID does
        sn_cell = at.get("student_number", EMPTY)
        if usable["student_number"] and (
            (is_number(sn_cell) and abs(float(sn_cell.value)) >= 1e15)  # type: ignore[arg-type]
            or looks_scientific(text["student_number"])
        ):
            problem("student_number", *_NUMBER_ID)
            text["student_number"] = ""

        # 离校日期
        left_on = self._left_school_on(cells, text, usable, info, problem)

        # 已在册 (a number repeated in the file is settled once every row is read: settle_repeats)
        already = False
        if info is not None:
            self.seen.setdefault(info.number, []).append((excel_row, name if name_ok else ""))
            self.numbers[excel_row] = info.number
            if info.number in self.existing:
                already = True
                problems.append(enrolled_notice(excel_row, self.existing[info.number]))

        draft = None
        if name_ok and info is not None:
            draft = StudentDraft(
                name=name, id_number=info.number, sex=sex or info.sex, birth_date=info.birth_date,
                student_number=text["student_number"], major=text["major"],
                class_name=text["class_name"], phone=phone,
                hukou_district=text["hukou_district"],
                residence_district=text["residence_district"],
                left_school_on=left_on, remark=text["remark"],
            )
        return RosterRow(excel_row=excel_row, raw=raw, draft=draft, problems=tuple(problems),
                         already_enrolled=already)

    def settle_repeats(self, rows: Sequence[RosterRow]) -> list[RosterRow]:
        """An ID number on several rows. Different names: one of the numbers is mistyped,
        and which one only the file's owner knows, so every such row is an error naming
        the others. The same name: one person listed twice, kept once (the first row
        without errors), the other rows are skipped with a notice."""
        changes: dict[int, RosterRow] = {}
        index = {r.excel_row: r for r in rows}
        zh_label, en_label = FIELDS["id_number"]
        for entries in self.seen.values():
            if len(entries) < 2:
                continue
            numbers = [n for n, _ in entries]
            names = list(dict.fromkeys(name for _, name in entries))
            if len(names) > 1:
                where = "第" + "与第".join(f"{n}行" for n in numbers[:2]) + "".join(f"、第{n}行" for n in numbers[2:])
                zh = f"{where}身份证号相同但姓名不同（{' / '.join(n or '?' for n in names)}），请核对哪一行录错。"
                en = (f"rows {', '.join(map(str, numbers))} have the same ID number but different names "
                      f"({' / '.join(n or '?' for n in names)}); check which row is mistyped.")
                for n in numbers:
                    changes[n] = _add_before_enrolled(index[n], RowProblem(n, zh_label, zh, en, "error", en_label))
                continue
            keeper = next((n for n in numbers if not index[n].errors), numbers[0])
            for n in numbers:
                if n != keeper:
                    note = RowProblem(n, zh_label, f"与第{keeper}行是同一人（姓名、身份证号都相同），只导入一次。",
                                      f"the same person as row {keeper} (same name and ID number); imported once.",
                                      "notice", en_label)
                    changes[n] = replace(_add_before_enrolled(index[n], note), repeats=keeper)
        return [changes.get(r.excel_row, r) for r in rows] if changes else list(rows)

    def mark_enrolled(self, row: RosterRow, enrolled: Mapping[str, str]) -> RosterRow:
        """The row as check() would have made it had `enrolled` (ID numbers in the
        18-character form → description) been among the `existing` people: the
        notice is check()'s last problem, so appending it gives the same row."""
        number = self.numbers.get(row.excel_row)
        if number is None or row.already_enrolled or number not in enrolled:
            return row
        return replace(row, problems=(*row.problems, enrolled_notice(row.excel_row, enrolled[number])),
                       already_enrolled=True)

    def _left_school_on(self, cells, text, usable, info, problem) -> date | None:
        cell = self._cell(cells, "left_school_on")
        if not usable["left_school_on"] or not text["left_school_on"]:
            return None
        v = _short(text["left_school_on"])
        try:
            when, month_only = parse_date(cell)
        except AmbiguousDate:
            problem("left_school_on",
                    f"“{v}”以数字格式存储，分不清是1月还是10月：请写成 2025-10-31 这样的日期。",
                    f"'{v}' is stored as a number and could be January or October; "
                    "write a date like 2025-10-31.")
            return None
        except (ValueError, OverflowError):
            problem("left_school_on", f"“{v}”不是有效日期，请写成 2025-06-30 这样的格式。",
                    f"'{v}' is not a valid date; write it like 2025-06-30.")
            return None
        if not 1950 <= when.year <= self.today.year + 10:
            problem("left_school_on", f"“{when.isoformat()}”不合理，请核对年份。",
                    f"{when.isoformat()} is implausible; check the year.")
            return None
        if info is not None and when <= info.birth_date:
            problem("left_school_on", f"“{when.isoformat()}”早于出生日期，请核对。",
                    f"{when.isoformat()} is before the date of birth; check it.")
            return None
        if month_only:
            problem("left_school_on", f"只填了年月，按{when.isoformat()}（当月最后一天）计。",
                    f"only the year and month are given; taken as {when.isoformat()} "
                    "(the last day of the month).", "notice")
        return when
