"""Turning spreadsheet cells into form values: text, dates, group numbers, codes, ID numbers.

Each converter returns the value or raises CellError with a message for the row report.
Spreadsheets hold numbers where we want text (phones, household numbers, IDs) and text where
we want dates; what can be undone safely is undone, IDs excepted (see id_text).
"""

from __future__ import annotations

import datetime as dt
import re

from app import idnumber
from app.i18n import translate

_FULLWIDTH = str.maketrans("０１２３４５６７８９．－／　", "0123456789.-/ ")
_YMD = re.compile(r"^(\d{4})\s*[-./年]\s*(\d{1,2})\s*[-./月]\s*(\d{1,2})\s*日?(?:\s+\d{1,2}:\d{2}(?::\d{2})?)?$")
_YMD_COMPACT = re.compile(r"^(\d{4})(\d{2})(\d{2})$")
_YM = re.compile(r"^(\d{4})\s*[-./年]\s*(\d{1,2})\s*月?$")
_YM_COMPACT = re.compile(r"^(\d{4})(\d{2})$")
_GROUP = re.compile(r"^第?([0-9]+|[〇零一二两三四五六七八九十]+)(?:村民小组|小组|组|队|社)?$")
_CN_DIGITS = {"〇": 0, "零": 0, "一": 1, "二": 2, "两": 2, "三": 3, "四": 4, "五": 5, "六": 6, "七": 7, "八": 8, "九": 9}


def _t(text: str) -> str:
    return translate("import", text)


class CellError(ValueError):
    """A cell whose content cannot be used; the message is for the row report."""


def is_blank(value: object) -> bool:
    return value is None or (isinstance(value, str) and not value.strip())


def text(value: object) -> str:
    """A cell as text; whole numbers lose the '.0' a spreadsheet adds (phones, household numbers)."""
    if value is None:
        return ""
    if isinstance(value, bool):
        return str(value)
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    if isinstance(value, dt.datetime):
        return value.date().isoformat()
    if isinstance(value, dt.date):
        return value.isoformat()
    return str(value).strip()


def id_text(value: object) -> str:
    """An ID cell as text. A number cell has lost digits; app.idnumber refuses it with its message."""
    if isinstance(value, bool):
        return str(value)
    if isinstance(value, int | float):
        try:
            idnumber.clean(float(value))
        except idnumber.IdNumberError as exc:
            raise CellError(str(exc)) from None
    return text(value)


class PartialDate:
    """A date given as year and month only (出生年月)."""

    def __init__(self, year: int, month: int):
        self.year, self.month = year, month

    def __str__(self) -> str:
        return _t("{y}年{m}月").format(y=self.year, m=self.month)


def _make(year: str, month: str, day: str, raw: object) -> dt.date:
    try:
        return dt.date(int(year), int(month), int(day))
    except ValueError:
        raise CellError(_t("“{v}”不是有效日期").format(v=raw)) from None


def date(value: object) -> dt.date | PartialDate | None:
    """Excel dates, and text as 1990-05-17, 1990/5/17, 1990.5.17, 19900517, 1990年5月17日 (or year-month)."""
    if is_blank(value):
        return None
    if isinstance(value, dt.datetime):
        return value.date()
    if isinstance(value, dt.date):
        return value
    if isinstance(value, int | float) and not isinstance(value, bool):
        if float(value).is_integer():
            value = str(int(value))  # 19900517 typed into a number cell
        else:
            raise CellError(_t("“{v}”不是有效日期（应写成1990-05-17）").format(v=value))
    raw = str(value).strip()
    cleaned = raw.translate(_FULLWIDTH).strip()
    for pattern in (_YMD, _YMD_COMPACT):
        match = pattern.match(cleaned)
        if match:
            return _make(*match.groups(), raw)
    for pattern in (_YM, _YM_COMPACT):
        match = pattern.match(cleaned)
        if match and 1 <= int(match.group(2)) <= 12:
            return PartialDate(int(match.group(1)), int(match.group(2)))
    raise CellError(_t("“{v}”不是有效日期（应写成1990-05-17）").format(v=raw))


def _chinese_number(digits: str) -> int:
    if "十" not in digits:
        return int("".join(str(_CN_DIGITS[ch]) for ch in digits))
    tens, _, ones = digits.partition("十")
    if len(tens) > 1 or len(ones) > 1:
        raise KeyError(digits)
    return (_CN_DIGITS[tens] if tens else 1) * 10 + (_CN_DIGITS[ones] if ones else 0)


def group_number(value: object) -> int | None:
    """1, 1.0, "1", "1组", "第一组", "第3村民小组" → the group's number."""
    if is_blank(value):
        return None
    if isinstance(value, int | float) and not isinstance(value, bool) and float(value).is_integer():
        return int(value)
    raw = text(value)
    match = _GROUP.match(raw.translate(_FULLWIDTH).replace(" ", ""))
    if match:
        digits = match.group(1)
        try:
            return int(digits) if digits.isdigit() else _chinese_number(digits)
        except KeyError:
            pass
    raise CellError(_t("“{v}”不是村民小组的编号").format(v=raw))
