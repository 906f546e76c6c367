"""Payment periods: a year (2026), a quarter (2026Q4) or a month (2026-11)."""

from __future__ import annotations

import datetime as dt
import re

from app.i18n import translate

_YEAR = re.compile(r"^(\d{4})$")
_QUARTER = re.compile(r"^(\d{4})Q([1-4])$")
_MONTH = re.compile(r"^(\d{4})-(\d{2})$")


def _t(text: str) -> str:
    return translate("incentives", text)


def _month_end(year: int, month: int) -> dt.date:
    if month == 12:
        return dt.date(year, 12, 31)
    return dt.date(year, month + 1, 1) - dt.timedelta(days=1)


def rhythm_of(period: str) -> str | None:
    if _YEAR.match(period):
        return "year"
    if _QUARTER.match(period):
        return "quarter"
    m = _MONTH.match(period)
    if m and 1 <= int(m.group(2)) <= 12:
        return "month"
    return None


def bounds(period: str) -> tuple[dt.date, dt.date]:
    """First and last day of a period; ValueError with a Chinese message if it is not one."""
    if m := _YEAR.match(period):
        y = int(m.group(1))
        return dt.date(y, 1, 1), dt.date(y, 12, 31)
    if m := _QUARTER.match(period):
        y, q = int(m.group(1)), int(m.group(2))
        return dt.date(y, 3 * q - 2, 1), _month_end(y, 3 * q)
    if (m := _MONTH.match(period)) and 1 <= int(m.group(2)) <= 12:
        y, mo = int(m.group(1)), int(m.group(2))
        return dt.date(y, mo, 1), _month_end(y, mo)
    raise ValueError(_t("“{p}”不是发放期（应为 2026、2026Q4 或 2026-11）").format(p=period))


def months(period: str) -> int:
    return {"year": 12, "quarter": 3, "month": 1}[rhythm_of(period) or "month"]


def period_of(rhythm: str, day: dt.date) -> str:
    if rhythm == "year":
        return f"{day.year}"
    if rhythm == "quarter":
        return f"{day.year}Q{(day.month - 1) // 3 + 1}"
    return f"{day.year}-{day.month:02d}"


def periods_between(rhythm: str, start: dt.date, end: dt.date) -> list[str]:
    """The periods of a rhythm that overlap [start, end], in order."""
    out: list[str] = []
    day = start
    while day <= end:
        code = period_of(rhythm, day)
        out.append(code)
        day = bounds(code)[1] + dt.timedelta(days=1)
    return out
