"""The roster reader's own pass over a worksheet (xlsx_reader.py, issue 7's speed-up)
gives exactly what openpyxl's ReadOnlyWorksheet.iter_rows() gives: same rows,
values and data types, for what openpyxl writes and for hand-made XML."""
from __future__ import annotations

import io
import re
import zipfile
from datetime import date, datetime, time

from openpyxl import Workbook, load_workbook
from openpyxl.cell.rich_text import CellRichText, TextBlock
from openpyxl.cell.text import InlineFont
from openpyxl.worksheet.formula import ArrayFormula

from jiarenbase.core.importing.xlsx_reader import sheet_rows

# Cells openpyxl never writes but other programs do: <is> with runs, phonetics, an
# attribute or an empty <t/>, no cell references, shared strings, rows out of order.
HAND_MADE = (
    '<row r="1"><c r="A1" t="inlineStr"><is><t xml:space="preserve"> 张三 </t></is></c>'
    '<c r="C1" t="inlineStr"><is><r><t>王</t></r><r><rPr><b/></rPr><t>五</t></r></is></c>'
    '<c r="D1" t="inlineStr"><is><t>李</t><rPh sb="0" eb="1"><t>li</t></rPh></is></c>'
    '<c r="E1" t="inlineStr"><is><t/></is></c><c r="F1" t="inlineStr"></c>'
    '<c r="G1" t="inlineStr"><f>1+1</f><is><t>2</t></is></c><c r="H1" t="s"><v>0</v></c>'
    '<c r="I1" t="str"><v>x</v></c><c r="J1" t="e"><v>#N/A</v></c><c r="K1" t="b"><v>1</v></c></row>'
    '<row r="3"><c t="inlineStr"><is><t>甲</t></is></c><c t="n"><v>2.5</v></c><c s="1"><v>45000</v></c></row>'
    '<row r="2"><c r="A2" t="inlineStr"><is><t>late</t></is></c></row>'
    '<row r="5"><c r="B5" t="inlineStr"><is><t>乙</t></is></c><c r="A5"><v>7</v></c></row>'
    '<row><c r="A6" t="inlineStr"><is><t>丙</t></is></c></row>'
)


def _plain(value: object) -> object:
    return ("array", value.ref, value.text) if isinstance(value, ArrayFormula) else value


def _both(data: bytes) -> tuple[list, list]:
    wb = load_workbook(io.BytesIO(data), read_only=True, data_only=False)
    ws = wb.worksheets[0]
    ours = [[(_plain(v), kind) for v, kind in row] for row in sheet_rows(ws)]
    ws.reset_dimensions()
    theirs = [[(_plain(c.value), c.data_type) for c in row] for row in ws.iter_rows()]
    wb.close()
    return ours, theirs


def _saved(wb: Workbook) -> bytes:
    out = io.BytesIO()
    wb.save(out)
    return out.getvalue()


def test_same_rows_as_openpyxl_for_what_openpyxl_writes():
    wb = Workbook()
    ws = wb.active
    ws.append(["花名册", None, "  两端空格  ", ""])
    ws.append([1, 2.5, -3e20, True, False, date(2025, 6, 30), datetime(2025, 6, 30, 8, 5), time(9, 30)])
    ws.append(["=SUM(A2:B2)", "=HYPERLINK(\"http://x\",\"x\")", "#N/A", "x" * 300, "\u3000全角\u3000"])
    ws["A4"] = ArrayFormula("A4:A5", "=A2:A3*2")
    ws["B4"] = CellRichText(["王", TextBlock(InlineFont(b=True), "五")])
    ws["C9"] = "跳过几行"
    ws.merge_cells("D4:D8")
    ours, theirs = _both(_saved(wb))
    assert ours == theirs and len(ours) == 9


def test_same_rows_as_openpyxl_for_hand_made_xml():
    wb = Workbook()
    wb.active["A1"] = "placeholder"
    data = _saved(wb)
    src, out = zipfile.ZipFile(io.BytesIO(data)), io.BytesIO()
    with zipfile.ZipFile(out, "w") as z:
        for item in src.infolist():
            body = src.read(item.filename)
            if item.filename == "xl/worksheets/sheet1.xml":
                body = re.sub(rb"<sheetData>.*</sheetData>", b"<sheetData>" + HAND_MADE.encode() + b"</sheetData>",
                              body, flags=re.S)
            elif item.filename == "[Content_Types].xml":
                body = body.replace(b"</Types>", b'<Override PartName="/xl/sharedStrings.xml" ContentType="'
                                    b'application/vnd.openxmlformats-officedocument.spreadsheetml.sharedStrings+xml"/>'
                                    b"</Types>")
            z.writestr(item, body)
        z.writestr("xl/sharedStrings.xml", '<sst xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">'
                                           '<si><t>共享</t></si></sst>')
    ours, theirs = _both(out.getvalue())
    assert ours == theirs
    assert ours[0][0] == (" 张三 ", "s") and ours[0][7] == ("共享", "s")  # the cases did reach the parser
