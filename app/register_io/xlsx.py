"""Streaming .xlsx cells straight from the sheet XML.

openpyxl's read-only mode builds a Python object per cell and managed about 3,000 register
rows a second here, half the 60-second budget for 100,000 rows before any checking; this walks
the XML with the C expat parser and yields plain tuples (about 10x faster). openpyxl still
decides which number formats are dates and converts Excel serial dates, so those rules are its.
"""

from __future__ import annotations

import re
import xml.etree.ElementTree as ET
import zipfile
from collections.abc import Iterator
from pathlib import PurePosixPath
from xml.parsers import expat

from openpyxl.styles.numbers import BUILTIN_FORMATS, is_date_format
from openpyxl.utils.datetime import CALENDAR_MAC_1904, CALENDAR_WINDOWS_1900, from_excel

NS = "{http://schemas.openxmlformats.org/spreadsheetml/2006/main}"
REL_NS = "{http://schemas.openxmlformats.org/officeDocument/2006/relationships}"
PKG_REL_NS = "{http://schemas.openxmlformats.org/package/2006/relationships}"
# Built-in formats that are dates in a Chinese Excel (27–36, 50–58 are locale-defined).
DATE_FORMAT_IDS = frozenset([*range(14, 23), *range(27, 37), *range(45, 48), *range(50, 59)])
_CELL_REF = re.compile(r"([A-Z]+)(\d*)")
_MERGE = re.compile(rb'<(?:\w+:)?mergeCell\s[^>]*?ref="([A-Z]+\d+)(?::([A-Z]+\d+))?"')


def _column(ref: str) -> int:
    """0-based column index of a reference such as "AB12"."""
    letters = _CELL_REF.match(ref).group(1)  # type: ignore[union-attr]
    index = 0
    for ch in letters:
        index = index * 26 + ord(ch) - 64
    return index - 1


class XlsxBook:
    def __init__(self, path):
        self.archive = zipfile.ZipFile(path)
        self.sheets = self._sheets()
        self.strings = self._shared_strings()
        self.date_styles, self.epoch = self._styles()

    def close(self) -> None:
        self.archive.close()

    def _read_xml(self, name: str) -> ET.Element | None:
        try:
            return ET.fromstring(self.archive.read(name))
        except KeyError:
            return None

    def _sheets(self) -> list[tuple[str, str]]:
        """(sheet name, XML part) in workbook order."""
        book = self._read_xml("xl/workbook.xml")
        rels = self._read_xml("xl/_rels/workbook.xml.rels")
        if book is None or rels is None:
            raise KeyError("xl/workbook.xml")
        targets = {r.get("Id"): r.get("Target", "") for r in rels.iter(f"{PKG_REL_NS}Relationship")}
        out = []
        for sheet in book.iter(f"{NS}sheet"):
            target = targets.get(sheet.get(f"{REL_NS}id"), "")
            part = target.lstrip("/") if target.startswith("/") else str(PurePosixPath("xl") / target)
            out.append((sheet.get("name", ""), part))
        pr = book.find(f"{NS}workbookPr")
        self._date1904 = pr is not None and pr.get("date1904") in ("1", "true")
        return out

    def _shared_strings(self) -> list[str]:
        strings: list[str] = []
        try:
            stream = self.archive.open("xl/sharedStrings.xml")
        except KeyError:
            return strings
        # Phonetic guides (rPh) are not part of the text; rich text is the runs' texts joined.
        state = {"parts": [], "collect": False, "phonetic": False}

        def start(tag: str, _attrs: dict) -> None:
            if tag == _TEXT and not state["phonetic"]:
                state["collect"] = True
            elif tag == _PHONETIC:
                state["phonetic"] = True

        def end(tag: str) -> None:
            if tag == _TEXT:
                state["collect"] = False
            elif tag == _PHONETIC:
                state["phonetic"] = False
            elif tag == _SHARED:
                strings.append("".join(state["parts"]))
                state["parts"] = []

        def data(text: str) -> None:
            if state["collect"]:
                state["parts"].append(text)

        parser = expat.ParserCreate(namespace_separator="|")
        parser.buffer_text = True
        parser.StartElementHandler, parser.EndElementHandler, parser.CharacterDataHandler = start, end, data
        with stream:
            parser.ParseFile(stream)
        return strings
        si_tag, t_tag, r_tag = f"{NS}si", f"{NS}t", f"{NS}r"
        with stream:
            for _event, elem in ET.iterparse(stream):
                if elem.tag == si_tag:
                    plain = elem.find(t_tag)
                    if plain is not None:
                        strings.append(plain.text or "")
                    else:
                        # Rich text: the runs' texts; phonetic guides (rPh) are not part of it.
                        strings.append("".join(t.text or "" for r in elem.findall(r_tag) for t in r.findall(t_tag)))
                    elem.clear()
        return strings

    def _styles(self) -> tuple[frozenset[int], object]:
        epoch = CALENDAR_MAC_1904 if self._date1904 else CALENDAR_WINDOWS_1900
        root = self._read_xml("xl/styles.xml")
        if root is None:
            return frozenset(), epoch
        custom = {
            int(f.get("numFmtId", "0")): f.get("formatCode", "")
            for f in root.iter(f"{NS}numFmt")
        }
        dates = set()
        xfs = root.find(f"{NS}cellXfs")
        for index, xf in enumerate(xfs if xfs is not None else []):
            fmt_id = int(xf.get("numFmtId", "0"))
            code = custom.get(fmt_id, BUILTIN_FORMATS.get(fmt_id))
            if fmt_id in DATE_FORMAT_IDS or (code and is_date_format(code)):
                dates.add(index)
        return frozenset(dates), epoch

    def rows(self, part: str) -> Iterator[tuple]:
        """Rows of cell values from row 1, blank rows included, so numbering matches Excel."""
        sheet = _SheetHandler(self.strings, self.date_styles, self.epoch)
        parser = expat.ParserCreate(namespace_separator="|")
        parser.buffer_text = True
        parser.StartElementHandler = sheet.start
        parser.EndElementHandler = sheet.end
        parser.CharacterDataHandler = sheet.data
        with self.archive.open(part) as stream:
            while chunk := stream.read(1 << 18):
                parser.Parse(chunk, False)
                yield from sheet.take()
            parser.Parse(b"", True)
            yield from sheet.take()

    def merges(self, part: str) -> list[tuple[str, str]]:
        """The sheet's merged ranges as (first cell, last cell), found by scanning the raw XML:
        they sit after the cell data, and a regex over the bytes costs far less than parsing."""
        found: list[tuple[str, str]] = []
        tail = b""
        with self.archive.open(part) as stream:
            while chunk := stream.read(1 << 20):
                data = tail + chunk
                last_end = 0
                for match in _MERGE.finditer(data):
                    first, last = match.group(1).decode(), (match.group(2) or match.group(1)).decode()
                    found.append((first, last))
                    last_end = match.end()
                # Keep the unmatched end in case a tag straddles two chunks.
                tail = data[max(last_end, len(data) - 200):]
        return found


_MAIN = "http://schemas.openxmlformats.org/spreadsheetml/2006/main|"
_ROW, _CELL, _VALUE, _TEXT, _SHARED, _PHONETIC = (_MAIN + t for t in ("row", "c", "v", "t", "si", "rPh"))


class _SheetHandler:
    """expat callbacks that collect finished rows; one Python call per tag, no element objects."""

    def __init__(self, strings: list[str], date_styles: frozenset[int], epoch: object):
        self.strings, self.date_styles, self.epoch = strings, date_styles, epoch
        self.done: list[tuple] = []
        self.values: list = []
        self.expected = 1
        self.cell: dict[str, str] = {}
        self.parts: list[str] = []
        self.collect = False
        self.phonetic = False

    def take(self) -> list[tuple]:
        done, self.done = self.done, []
        return done

    def start(self, tag: str, attrs: dict[str, str]) -> None:
        if tag == _CELL:
            self.cell = attrs
            self.parts = []
            ref = attrs.get("r")
            if ref:
                column = _column(ref)
                if column > len(self.values):
                    self.values.extend([None] * (column - len(self.values)))
        elif tag == _VALUE or (tag == _TEXT and not self.phonetic):
            self.collect = True
        elif tag == _ROW:
            number = int(attrs.get("r") or self.expected)
            while self.expected < number:
                self.done.append(())
                self.expected += 1
            self.values = []
        elif tag == _PHONETIC:
            self.phonetic = True

    def data(self, text: str) -> None:
        if self.collect:
            self.parts.append(text)

    def end(self, tag: str) -> None:
        if tag == _VALUE or tag == _TEXT:
            self.collect = False
        elif tag == _CELL:
            self.values.append(self._value())
        elif tag == _ROW:
            self.done.append(tuple(self.values))
            self.expected += 1
        elif tag == _PHONETIC:
            self.phonetic = False

    def _value(self) -> object:
        if not self.parts:
            return None
        text = "".join(self.parts)
        kind = self.cell.get("t", "n")
        if kind == "s":
            return self.strings[int(text)]
        if kind in ("inlineStr", "str"):
            return text
        if kind == "b":
            return text == "1"
        if kind == "e":
            return None
        number: float | int = float(text) if ("." in text or "e" in text or "E" in text) else int(text)
        style = self.cell.get("s")
        if style is not None and int(style) in self.date_styles:
            return from_excel(number, self.epoch)
        return number
