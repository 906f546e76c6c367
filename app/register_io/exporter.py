"""Writing the register to .xlsx or .csv in the shape the importer reads back.

Headers are each field's first synonym in the mapping and values are the Chinese labels of
the codes, untranslated whatever the interface language, so an exported file re-imports
cleanly. ID numbers are text: a number cell would lose the last digits for good.
"""

from __future__ import annotations

import csv
import datetime as dt
import os
import tempfile
from collections.abc import Callable, Iterator
from pathlib import Path

import peewee as pw

from app.codes import EXIT_REASON
from app.i18n import translate
from app.register_io.mapping import CODE_FIELDS, ColumnMapping, load_mapping
from app.register_query import RegisterFilter, count, fetch_page
from db.models import Household, Marriage, Person, VillageGroup, WomanCard

# Register order, as the paper books have it.
EXPORT_FIELDS = (
    "group_number", "household_number", "name", "id_number", "birth_date", "phone", "address",
    "hukou_type", "relation", "marital_status", "marriage_kind", "marriage_date", "husband_name",
    "husband_id_number", "current_status", "residence", "origin", "destination", "contact_person",
    "contact_phone", "registered_date",
)
# Shown for the reader; the importer does not use them (an exit is recorded, not imported).
EXIT_HEADERS = ("注销原因", "注销日期")
TEXT_FIELDS = {"household_number", "id_number", "phone", "husband_id_number", "contact_phone"}
DATE_FIELDS = {"birth_date", "marriage_date", "registered_date"}
PAGE = 2000


def _t(text: str) -> str:
    return translate("import", text)


class ExportError(ValueError):
    pass


def _records(flt: RegisterFilter, today: dt.date) -> Iterator[list]:
    """One list of values per card, in EXPORT_FIELDS order then the exit columns."""
    after = 0
    while True:
        page = fetch_page(flt, after_id=after, limit=PAGE, today=today)
        if not page:
            return
        after = page[-1].card_id
        ids = [r.card_id for r in page]
        rows = (
            WomanCard.select(WomanCard, Person, Household, VillageGroup)
            .join(Person, on=(WomanCard.person == Person.id))
            .join(Household, on=(Person.household == Household.id), join_type=pw.JOIN.LEFT_OUTER)
            .join(VillageGroup, on=(Household.group == VillageGroup.id), join_type=pw.JOIN.LEFT_OUTER)
            .where(WomanCard.id.in_(ids))
            .order_by(WomanCard.id)
        )
        cards = list(rows)
        marriages: dict[int, Marriage] = {}
        for marriage in (
            Marriage.select()
            .where(Marriage.wife.in_([c.person_id for c in cards]) & (Marriage.voided == False)  # noqa: E712
                   & Marriage.end_date.is_null())
            .order_by(Marriage.id)
        ):
            marriages[marriage.wife_id] = marriage  # the latest current marriage wins
        for card in cards:
            yield _values(card, marriages.get(card.person_id))


def _values(card: WomanCard, marriage: Marriage | None) -> list:
    person = card.person
    household = person.household if person.household_id else None
    group = household.group if household else None
    values = {
        "group_number": group.number if group else None,
        "household_number": household.number if household else "",
        "name": person.name,
        "id_number": person.id_number or "",
        "birth_date": person.birth_date,
        "phone": person.phone or "",
        "address": household.address if household else "",
        "hukou_type": household.hukou_type if household else None,
        "relation": person.relation,
        "marital_status": card.marital_status,
        "marriage_kind": marriage.kind if marriage else None,
        "marriage_date": marriage.start_date if marriage else None,
        "husband_name": marriage.husband_name if marriage else "",
        "husband_id_number": (marriage.husband_id_number or "") if marriage else "",
        "current_status": card.current_status,
        "residence": card.residence,
        "origin": card.origin,
        "destination": card.destination,
        "contact_person": card.contact_person,
        "contact_phone": card.contact_phone,
        "registered_date": card.registered_date,
    }
    out = []
    for name in EXPORT_FIELDS:
        value = values[name]
        if name in CODE_FIELDS:
            # Chinese source labels on purpose: the file is data, not interface.
            value = CODE_FIELDS[name].get(value, value or "") if value else ""
        out.append(value)
    out.append(EXIT_REASON.get(card.exit_reason, card.exit_reason or "") if card.exit_reason else "")
    out.append(card.exit_date)
    return out


def _write_xlsx(target: Path, headers: list[str], records: Iterator[list], tick: Callable[[], None]) -> None:
    from openpyxl import Workbook
    from openpyxl.cell import WriteOnlyCell
    from openpyxl.styles import Font
    from openpyxl.utils import get_column_letter

    book = Workbook(write_only=True)
    sheet = book.create_sheet(_t("育龄妇女登记册"))
    sheet.freeze_panes = "A2"
    for index, _header in enumerate(headers, start=1):
        sheet.column_dimensions[get_column_letter(index)].width = 21 if index in (4, 14) else 12
    bold = Font(bold=True)
    head = []
    for header in headers:
        cell = WriteOnlyCell(sheet, value=header)
        cell.font = bold
        head.append(cell)
    sheet.append(head)
    kinds = [("text" if n in TEXT_FIELDS else "date" if n in DATE_FIELDS else "") for n in EXPORT_FIELDS]
    kinds += ["", "date"]
    for record in records:
        row = []
        for kind, value in zip(kinds, record, strict=True):
            if kind == "text":
                cell = WriteOnlyCell(sheet, value=str(value) if value is not None else None)
                cell.number_format = "@"  # stays text when the user edits it in Excel
            elif kind == "date" and value:
                cell = WriteOnlyCell(sheet, value=value)
                cell.number_format = "yyyy-mm-dd"
            else:
                cell = WriteOnlyCell(sheet, value=value if value != "" else None)
            row.append(cell)
        sheet.append(row)
        tick()
    book.save(target)


def _write_csv(target: Path, headers: list[str], records: Iterator[list], tick: Callable[[], None]) -> None:
    ids = {EXPORT_FIELDS.index("id_number"), EXPORT_FIELDS.index("husband_id_number")}
    # utf-8-sig: the BOM makes Excel read the file as UTF-8 rather than the ANSI code page.
    with target.open("w", encoding="utf-8-sig", newline="") as fh:
        writer = csv.writer(fh)
        writer.writerow(headers)
        for record in records:
            out = []
            for index, value in enumerate(record):
                if isinstance(value, dt.date):
                    value = value.isoformat()
                elif value is None:
                    value = ""
                elif index in ids and value:
                    # A leading tab keeps Excel from turning the ID into 1.10101E+17; the importer strips it.
                    value = "\t" + str(value)
                out.append(value)
            writer.writerow(out)
            tick()


def export_register(
    path: str | Path,
    format: str = "xlsx",
    filter: RegisterFilter | None = None,
    *,
    mapping: ColumnMapping | None = None,
    progress: Callable[[int, int], None] | None = None,
    today: dt.date | None = None,
) -> int:
    """Write the register (all cards by default) to path; returns the number of women written."""
    if format not in ("xlsx", "csv"):
        raise ExportError(_t("导出格式应为 xlsx 或 csv"))
    flt = filter or RegisterFilter(scope="all")
    today = today or dt.date.today()
    mapping = mapping or load_mapping()
    headers = [mapping.header_for(n) for n in EXPORT_FIELDS] + list(EXIT_HEADERS)
    total = count(flt, today=today)
    written = 0

    def tick() -> None:
        nonlocal written
        written += 1
        if progress and written % 1000 == 0:
            progress(written, total)

    path = Path(path)
    # Written beside the target and renamed, so a failure never leaves half a file behind.
    temp = None
    try:
        handle, temp = tempfile.mkstemp(prefix=".export-", suffix="." + format, dir=path.parent)
        os.close(handle)
        writer = _write_xlsx if format == "xlsx" else _write_csv
        writer(Path(temp), headers, _records(flt, today), tick)
        os.replace(temp, path)
    except OSError as exc:
        raise ExportError(_t("无法写入文件“{p}”：{e}").format(p=path, e=exc)) from exc
    finally:
        if temp and os.path.exists(temp):
            os.unlink(temp)
    if progress:
        progress(written, total)
    return written
