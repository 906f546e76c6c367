"""Reading a register spreadsheet (.xlsx, .xls, .csv) into numbered rows under a found header.

Excel files are read with python-calamine (Rust): it decides which number formats are dates
(the Chinese built-in date formats included) and reports merged ranges for .xlsx and .xls alike.

A merged cell in the data leaves every row but the first blank, so the rows it covers would be
imported wrong; the file is refused with the ranges to unmerge. Merges above the header
(a title spanning the columns) are harmless and allowed.
"""

from __future__ import annotations

import csv
import datetime as dt
import io
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from functools import partial
from pathlib import Path

from python_calamine import CalamineError, CalamineSheet, CalamineWorkbook, SheetTypeEnum

from app.i18n import translate
from app.register import field_label
from app.register_io.mapping import ColumnMapping

HEADER_SEARCH_ROWS = 10
# Without these the row cannot be placed in a household; id_number or birth_date is also needed.
REQUIRED = ("name", "group_number", "household_number")


def _t(text: str) -> str:
    return translate("import", text)


class RegisterFileError(ValueError):
    """A file that cannot be imported at all; the message says why and what to do."""


@dataclass(frozen=True)
class Merge:
    first_row: int
    last_row: int
    first_col: int  # 1-based
    last_col: int

    def __str__(self) -> str:
        start = f"{column_letter(self.first_col)}{self.first_row}"
        end = f"{column_letter(self.last_col)}{self.last_row}"
        return start if start == end else f"{start}:{end}"


@dataclass
class Table:
    """A sheet's data rows under its header: (spreadsheet row number, cell values)."""

    path: Path
    sheet: str
    header_row: int
    columns: dict[int, str]  # 0-based column index → WomanForm field
    headers: list[str]  # the header row as written
    ignored: list[str] = field(default_factory=list)  # headers that map to no field
    rows: list[tuple[int, tuple]] = field(default_factory=list)

    @property
    def fields(self) -> set[str]:
        return set(self.columns.values())


def column_letter(index: int) -> str:
    letters = ""
    while index:
        index, rest = divmod(index - 1, 26)
        letters = chr(65 + rest) + letters
    return letters


# --- xlsx, xls (python-calamine) ------------------------------------------------------

Sheets = Iterator[tuple[str, Iterator[tuple], Callable[[], list[Merge]]]]


def _cell(value: object) -> object:
    """calamine's cell as the rest of the import expects it: an empty (or error) cell is None,
    a date is a datetime at midnight, as a date-and-time cell is already."""
    if value == "":
        return None
    if type(value) is dt.date:
        return dt.datetime(value.year, value.month, value.day)
    return value


def _sheet_rows(sheet: CalamineSheet) -> Iterator[tuple]:
    """Rows from row 1 on, blank rows included, so numbering matches Excel. calamine yields the
    blank rows above the data but starts each row at the first used column, so that is padded."""
    start = sheet.start
    if start is None:  # an empty sheet
        return
    pad = (None,) * start[1]
    for row in sheet.iter_rows():
        yield pad + tuple([_cell(v) for v in row])


def _sheet_merges(sheet: CalamineSheet) -> list[Merge]:
    ranges = sheet.merged_cell_ranges or []  # 0-based (row, column) corners
    return [Merge(r1 + 1, r2 + 1, c1 + 1, c2 + 1) for (r1, c1), (r2, c2) in ranges]


def _excel_sheets(path: Path) -> Sheets:
    def refused(exc: Exception) -> RegisterFileError:
        return RegisterFileError(_t("无法打开Excel文件“{p}”：{e}").format(p=path.name, e=exc))

    try:
        book = CalamineWorkbook.from_path(path)
    except (CalamineError, OSError, ValueError) as exc:
        raise refused(exc) from exc
    with book:
        for meta in book.sheets_metadata:
            if meta.typ != SheetTypeEnum.WorkSheet:
                continue  # chart and macro sheets hold no rows
            try:
                sheet = book.get_sheet_by_name(meta.name)
            except (CalamineError, ValueError) as exc:
                raise refused(exc) from exc
            yield sheet.name, _sheet_rows(sheet), partial(_sheet_merges, sheet)


# --- csv --------------------------------------------------------------------------------

def _csv_sheets(path: Path) -> Sheets:
    try:
        raw = path.read_bytes()
    except OSError as exc:
        raise RegisterFileError(_t("无法读取文件“{p}”：{e}").format(p=path.name, e=exc)) from exc
    try:
        content = raw.decode("utf-8-sig")
    except UnicodeDecodeError:
        # Excel on a Chinese Windows saves CSV in the ANSI code page, i.e. GBK.
        try:
            content = raw.decode("gb18030")
        except UnicodeDecodeError as exc:
            raise RegisterFileError(
                _t("文件“{p}”的编码无法识别（应为UTF-8或GBK）").format(p=path.name)
            ) from exc
    first = content.split("\n", 1)[0]
    delimiter = "\t" if first.count("\t") > first.count(",") else ","
    reader = csv.reader(io.StringIO(content, newline=""), delimiter=delimiter)
    yield path.stem, (tuple(row) for row in reader), list


# --- header -----------------------------------------------------------------------------

def _header_fields(row: tuple, mapping: ColumnMapping) -> dict[int, str]:
    found: dict[int, str] = {}
    for index, value in enumerate(row):
        name = mapping.field_for(value)
        if name and name not in found.values():
            found[index] = name
    return found


def _expected_text(mapping: ColumnMapping) -> str:
    wanted = [*REQUIRED[:1], "id_number", *REQUIRED[1:]]
    return "、".join(mapping.header_for(name) for name in wanted)


def _find_header(sheet: str, head: list[tuple[int, tuple]], mapping: ColumnMapping):
    best: tuple[int, tuple, dict[int, str]] | None = None
    for number, row in head:
        found = _header_fields(row, mapping)
        if "name" in found.values() and (best is None or len(found) > len(best[2])):
            best = (number, row, found)
    return best


def _check_header(path: Path, sheet: str, number: int, row: tuple, found: dict[int, str],
                  mapping: ColumnMapping) -> None:
    present = set(found.values())
    missing = [mapping.header_for(n) for n in REQUIRED if n not in present]
    if "id_number" not in present and "birth_date" not in present:
        missing.append(_t("{a}或{b}").format(a=mapping.header_for("id_number"), b=mapping.header_for("birth_date")))
    if missing:
        written = "、".join(str(v).strip() for v in row if v is not None and str(v).strip()) or _t("（空）")
        raise RegisterFileError(
            _t("表格“{s}”第{r}行的表头缺少这些列：{m}。需要的列：{e}；表中的表头是：{f}").format(
                s=sheet, r=number, m="、".join(missing), e=_expected_text(mapping), f=written
            )
        )


def _check_merges(sheet: str, header_row: int, merges: list[Merge]) -> None:
    bad = [m for m in merges if m.last_row >= header_row]
    if bad:
        shown = "、".join(str(m) for m in bad[:20]) + ("……" if len(bad) > 20 else "")
        raise RegisterFileError(
            _t("表格“{s}”中有{n}处合并单元格：{c}。合并的单元格只在第一行有内容，其余各行会被当成空白。"
               "请先取消合并单元格，并把内容填到每一行，再导入。").format(s=sheet, n=len(bad), c=shown)
        )


def read_table(path: str | Path, mapping: ColumnMapping) -> Table:
    """The first sheet that has a register header in its first rows, with its data rows."""
    path = Path(path)
    if not path.exists():
        raise RegisterFileError(_t("文件“{p}”不存在").format(p=path))
    suffix = path.suffix.lower()
    if suffix in (".xlsx", ".xlsm", ".xls"):
        sheets = _excel_sheets(path)
    elif suffix in (".csv", ".txt"):
        sheets = _csv_sheets(path)
    else:
        raise RegisterFileError(
            _t("不支持“{s}”文件，请使用Excel（.xlsx、.xls）或CSV文件").format(s=path.suffix or path.name)
        )
    seen: list[tuple[str, tuple[int, tuple]]] = []
    for sheet, row_iter, merges in sheets:
        head: list[tuple[int, tuple]] = []
        for number, row in enumerate(row_iter, start=1):
            head.append((number, row))
            if number >= HEADER_SEARCH_ROWS:
                break
        best = _find_header(sheet, head, mapping)
        if best is None:
            first = next(((n, r) for n, r in head if any(not _blank(v) for v in r)), None)
            if first:
                seen.append((sheet, first))
            continue
        number, header, found = best
        _check_header(path, sheet, number, header, found, mapping)
        _check_merges(sheet, number, merges())
        table = Table(path=path, sheet=sheet, header_row=number, columns=found,
                      headers=[_text(v) for v in header])
        table.ignored = [_text(v) for i, v in enumerate(header) if i not in found and not _blank(v)]
        rows = [(n, r) for n, r in head if n > number]
        rows.extend(enumerate(row_iter, start=len(head) + 1))
        table.rows = [(n, r) for n, r in rows if any(not _blank(v) for v in r)]
        return table
    found_text = "；".join(
        _t("“{s}”第{r}行：{f}").format(s=s, r=n, f="、".join(_text(v) for v in row if not _blank(v)))
        for s, (n, row) in seen
    ) or _t("表格是空的")
    raise RegisterFileError(
        _t("在前{n}行中找不到表头（至少要有“{name}”列）。需要的列：{e}。表中的内容：{f}").format(
            n=HEADER_SEARCH_ROWS, name=mapping.header_for("name"), e=_expected_text(mapping), f=found_text
        )
    )


def _blank(value: object) -> bool:
    return value is None or (isinstance(value, str) and not value.strip())


def _text(value: object) -> str:
    return "" if value is None else str(value).strip()


def describe_columns(table: Table) -> list[tuple[str, str]]:
    """(header as written, the field it fills) for each used column, in sheet order."""
    return [(table.headers[i], field_label(name)) for i, name in sorted(table.columns.items())]

