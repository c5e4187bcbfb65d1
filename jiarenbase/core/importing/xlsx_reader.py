"""The rows of a read-only openpyxl worksheet as (value, data type) pairs, for
sources.py only.

openpyxl's `ReadOnlyWorksheet.iter_rows()` wraps every cell of its `WorkSheetParser`
in a `ReadOnlyCell`, and reads every inline string (what openpyxl itself and many
exporters write) through its generic `Text.from_tree` descriptors — together
more than a third of a 5,000-row roster's reading time. This does what
`ReadOnlyWorksheet._cells_by_row` does (openpyxl 3.1, min row/column 1, no
maximum: the sheet's recorded size is ignored, as after `reset_dimensions()`),
yields the parser's cell dicts instead, and reads a plain inline string
(`<is><t>…</t></is>`) directly. Anything else goes through openpyxl unchanged.
Formulas are still never evaluated.
"""
from __future__ import annotations

from collections.abc import Iterator

from openpyxl.utils.cell import coordinate_to_tuple
from openpyxl.worksheet._reader import FORMULA_TAG, INLINE_STRING, WorkSheetParser
from openpyxl.xml.constants import SHEET_MAIN_NS

_TEXT_TAG = f"{{{SHEET_MAIN_NS}}}t"


class _Parser(WorkSheetParser):
    def parse_cell(self, element):
        if element.get("t") == "inlineStr" and (self.data_only or element.find(FORMULA_TAG) is None):
            child = element.find(INLINE_STRING)
            # Only <is><t>text</t></is>: no attributes (openpyxl refuses unknown ones),
            # no rich-text runs or phonetic parts, nothing inside <t>.
            if child is not None and not child.attrib and len(child) == 1:
                t = child[0]
                if t.tag == _TEXT_TAG and len(t) == 0:
                    # WorkSheetParser.parse_cell for the same cell, without Text.from_tree
                    style_id = element.get("s", 0)
                    if style_id:
                        style_id = int(style_id)
                    coordinate = element.get("r")
                    if coordinate:
                        row, column = coordinate_to_tuple(coordinate)
                        self.col_counter = column
                    else:
                        self.col_counter += 1
                        row, column = self.row_counter, self.col_counter
                    return {"row": row, "column": column, "value": t.text if t.text is not None else "",
                            "data_type": "s", "style_id": style_id}
        return super().parse_cell(element)


def sheet_rows(ws) -> Iterator[list[tuple[object, str]]]:
    """Row 1, row 2, … of a read-only worksheet as lists of (value, data type);
    a missing row comes as [] and a missing cell as (None, "n"), like openpyxl's."""
    wb = ws.parent
    src = ws._get_source()
    try:
        parser = _Parser(src, ws._shared_strings, data_only=wb.data_only, epoch=wb.epoch,
                         date_formats=wb._date_formats, timedelta_formats=wb._timedelta_formats)
        counter = 1
        for idx, row in parser.parse():
            while counter < idx:  # rows missing from the file
                counter += 1
                yield []
            if counter <= idx:  # (a row number repeated or going back is skipped, as by openpyxl)
                counter += 1
                yield _row(row)
    finally:
        src.close()


def _row(row: list[dict]) -> list[tuple[object, str]]:
    """ReadOnlyWorksheet._get_row: cells placed by column, up to the last cell's."""
    if not row:
        return []
    width = row[-1]["column"]
    out: list[tuple[object, str]] = [(None, "n")] * width
    for cell in row:
        column = cell["column"]
        if 1 <= column <= width:
            out[column - 1] = (cell["value"], cell["data_type"])
    return out
