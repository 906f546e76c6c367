"""Reading a register spreadsheet (.xlsx, .xls, .csv) into numbered rows under a found header.

A merged cell in the data leaves every row but the first blank, so the rows it covers would be
imported wrong; the file is refused with the ranges to unmerge. Merges above the header
(a title spanning the columns) are harmless and allowed.
"""

from __future__ import annotations

import csv
import io
import xml.etree.ElementTree as ET
import zipfile
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from pathlib import Path

from app.i18n import translate
from app.register import field_label
from app.register_io.mapping import ColumnMapping
from app.register_io.xlsx import XlsxBook

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


def _column_index(letters: str) -> int:
    index = 0
    for ch in letters:
        index = index * 26 + ord(ch) - 64
    return index


# --- xlsx -------------------------------------------------------------------------------

def _merge_of(first: str, last: str) -> Merge:
    r1, c1 = _split_ref(first)
    r2, c2 = _split_ref(last)
    return Merge(r1, r2, c1, c2)


def _split_ref(ref: str) -> tuple[int, int]:
    letters = ref.rstrip("0123456789")
    return int(ref[len(letters):]), _column_index(letters)


def _xlsx_sheets(path: Path) -> Iterator[tuple[str, Iterator[tuple], Callable[[], list[Merge]]]]:
    try:
        book = XlsxBook(path)
    except (zipfile.BadZipFile, KeyError, OSError, ValueError, ET.ParseError) as exc:
        raise RegisterFileError(_t("无法打开Excel文件“{p}”：{e}").format(p=path.name, e=exc)) from exc
    try:
        for name, part in book.sheets:
            def merges(part: str = part) -> list[Merge]:
                return [_merge_of(a, b) for a, b in book.merges(part)]

            yield name, book.rows(part), merges
    finally:
        book.close()


# --- xls --------------------------------------------------------------------------------

def _xls_sheets(path: Path) -> Iterator[tuple[str, Iterator[tuple], Callable[[], list[Merge]]]]:
    import xlrd

    try:
        try:
            book = xlrd.open_workbook(str(path), formatting_info=True, on_demand=True)
        except NotImplementedError:  # formatting_info is not available for every .xls flavour
            book = xlrd.open_workbook(str(path), on_demand=True)
    except (xlrd.XLRDError, OSError, ValueError, AssertionError) as exc:
        raise RegisterFileError(_t("无法打开Excel文件“{p}”：{e}").format(p=path.name, e=exc)) from exc

    def rows(sheet) -> Iterator[tuple]:
        for r in range(sheet.nrows):
            out = []
            for cell in sheet.row(r):
                if cell.ctype == xlrd.XL_CELL_DATE:
                    try:
                        out.append(xlrd.xldate.xldate_as_datetime(cell.value, book.datemode))
                    except (ValueError, OverflowError, xlrd.xldate.XLDateError):
                        out.append(cell.value)
                elif cell.ctype in (xlrd.XL_CELL_EMPTY, xlrd.XL_CELL_BLANK):
                    out.append(None)
                else:
                    out.append(cell.value)
            yield tuple(out)

    try:
        for index in range(book.nsheets):
            sheet = book.sheet_by_index(index)
            # Without formatting_info xlrd knows no merges; such files go unchecked.
            merges = [Merge(r1 + 1, r2, c1 + 1, c2) for r1, r2, c1, c2 in sheet.merged_cells]
            yield sheet.name, rows(sheet), lambda merges=merges: merges
    finally:
        book.release_resources()


# --- csv --------------------------------------------------------------------------------

def _csv_sheets(path: Path) -> Iterator[tuple[str, Iterator[tuple], Callable[[], list[Merge]]]]:
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
    if suffix in (".xlsx", ".xlsm"):
        sheets = _xlsx_sheets(path)
    elif suffix == ".xls":
        sheets = _xls_sheets(path)
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

