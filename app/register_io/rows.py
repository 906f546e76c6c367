"""One spreadsheet row → a WomanForm, with the problems of its cells.

Only the conversion lives here; the rules are app.register.validate_woman's, applied by the
importer to the form this builds.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field

from app import idnumber
from app.codes import MARRIAGE_KIND
from app.i18n import translate
from app.register import Checked, WomanForm
from app.register_io import cells
from app.register_io.mapping import CODE_FIELDS, ColumnMapping
from app.register_io.report import ERROR, WARNING, RowIssue

DATE_FIELDS = ("birth_date", "marriage_date", "registered_date")
ID_FIELDS = ("id_number", "husband_id_number")
# What a marital-status cell may also say about the marriage kind (再婚 is both).
_KIND_FROM_MARITAL = {"再婚": "remarriage", "复婚": "remarriage", "初婚": "first"}


def _t(text: str) -> str:
    return translate("import", text)


@dataclass
class RowForm:
    row: int
    form: WomanForm
    issues: list[RowIssue] = field(default_factory=list)
    # The ID in its 18-digit form when it parses, for the in-file duplicate check.
    id_number: str | None = None
    checked: Checked | None = None  # set when validate_woman accepted the form

    @property
    def has_errors(self) -> bool:
        return any(i.level == ERROR for i in self.issues)


def _labels(name: str) -> str:
    return "、".join(CODE_FIELDS[name].values())


def _code(row: RowForm, mapping: ColumnMapping, name: str, raw: object) -> str | None:
    value = cells.text(raw)
    code = mapping.code_for(name, value)
    if code is None:
        row.issues.append(RowIssue(
            row.row, name, _t("“{v}”不是可选的值（可选：{c}）").format(v=value, c=_labels(name)), ERROR, value
        ))
    return code


def _partial_date(row: RowForm, name: str, partial: cells.PartialDate) -> dt.date | None:
    """出生年月 is common: the ID supplies the day when it agrees; a marriage month becomes its 1st."""
    if name == "birth_date":
        try:
            encoded = idnumber.parse(row.form.id_number).birth_date
        except idnumber.IdNumberError:
            row.issues.append(RowIssue(
                row.row, name, _t("只有年月（{v}），没有日；请填写完整的出生日期").format(v=partial), ERROR, str(partial)
            ))
            return None
        if (encoded.year, encoded.month) != (partial.year, partial.month):
            row.issues.append(RowIssue(
                row.row, name, _t("出生年月{v}与身份证号中的{d}不一致").format(v=partial, d=encoded.isoformat()),
                ERROR, str(partial),
            ))
        return None  # validate_woman takes the birth date from the ID
    day = dt.date(partial.year, partial.month, 1)
    row.issues.append(RowIssue(
        row.row, name, _t("只有年月（{v}），按{d}记录").format(v=partial, d=day.isoformat()), WARNING, str(partial)
    ))
    return day


def build_form(number: int, values: tuple, columns: dict[int, str], mapping: ColumnMapping) -> RowForm:
    row = RowForm(number, WomanForm())
    form = row.form
    raw = {name: (values[i] if i < len(values) else None) for i, name in columns.items()}
    # IDs first: a year-month birth date is completed from the ID.
    for name in ID_FIELDS:
        if name in raw and not cells.is_blank(raw[name]):
            try:
                setattr(form, name, cells.id_text(raw[name]))
            except cells.CellError as exc:
                row.issues.append(RowIssue(number, name, str(exc), ERROR, cells.text(raw[name])))
    for name, value in raw.items():
        if name in ID_FIELDS:
            continue
        if name in CODE_FIELDS:
            if cells.is_blank(value):
                if name == "current_status":
                    form.current_status = None
                continue  # the form's default stands (as the dialog would have it)
            code = _code(row, mapping, name, value)
            if code is not None:
                setattr(form, name, code)
            if name == "marital_status" and "marriage_kind" not in raw:
                kind = _KIND_FROM_MARITAL.get(cells.text(value))
                if kind in MARRIAGE_KIND:
                    form.marriage_kind = kind
            continue
        try:
            if name in DATE_FIELDS:
                converted = cells.date(value)
                if isinstance(converted, cells.PartialDate):
                    converted = _partial_date(row, name, converted)
                setattr(form, name, converted)
            elif name == "group_number":
                form.group_number = cells.group_number(value)
            else:
                setattr(form, name, cells.text(value))
        except cells.CellError as exc:
            row.issues.append(RowIssue(number, name, str(exc), ERROR, cells.text(value)))
    if form.id_number:
        try:
            row.id_number = idnumber.parse(form.id_number).number
        except idnumber.IdNumberError:
            pass  # validate_woman reports it
    return row
