"""Reporting periods of the return (SPEC §8): month, quarter, calendar year, FP statistical year
(1 Oct – 30 Sep, named by the year it ends in: FY2026 = 2025-10-01 … 2026-09-30) and its halves
(FY2026H1 = 2025-10-01 … 2026-03-31, FY2026H2 = 2026-04-01 … 2026-09-30).
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass

from app.i18n import translate


def _t(text: str) -> str:
    return translate("returns", text)


PERIOD_TYPES = ("month", "quarter", "year", "fy", "fy_half")


class PeriodError(ValueError):
    pass


def _month_end(year: int, month: int) -> dt.date:
    if month == 12:
        return dt.date(year, 12, 31)
    return dt.date(year, month + 1, 1) - dt.timedelta(days=1)


@dataclass(frozen=True, order=True)
class Period:
    start: dt.date
    end: dt.date
    kind: str  # one of PERIOD_TYPES
    code: str  # 2026-11 | 2026Q4 | 2026 | FY2026 | FY2026H1

    @property
    def months(self) -> int:
        return (self.end.year - self.start.year) * 12 + self.end.month - self.start.month + 1

    @property
    def mid(self) -> dt.date:
        return self.start + (self.end - self.start) // 2

    def dhis2(self) -> str:
        """DHIS2 period identifier: 202611, 2026Q4, 2026, 2025Oct (financial year from October),
        2025AprilS2 / 2026AprilS1 (six-monthly from April: S2 is October–March)."""
        s = self.start
        if self.kind == "month":
            return f"{s.year}{s.month:02d}"
        if self.kind == "quarter":
            return f"{s.year}Q{(s.month - 1) // 3 + 1}"
        if self.kind == "year":
            return str(s.year)
        if self.kind == "fy":
            return f"{s.year}Oct"
        if s.month == 10:
            return f"{s.year}AprilS2"
        return f"{s.year}AprilS1"

    def adx(self) -> str:
        """ADX period: ISO 8601 start and duration, e.g. 2026-11-01/P1M."""
        duration = {"month": "P1M", "quarter": "P3M", "year": "P1Y", "fy": "P1Y", "fy_half": "P6M"}[self.kind]
        return f"{self.start.isoformat()}/{duration}"

    def label(self) -> str:
        s, e = self.start, self.end
        if self.kind == "month":
            return _t("{y}年{m}月").format(y=s.year, m=s.month)
        if self.kind == "quarter":
            return _t("{y}年第{q}季度").format(y=s.year, q=(s.month - 1) // 3 + 1)
        if self.kind == "year":
            return _t("{y}年").format(y=s.year)
        if self.kind == "fy":
            return _t("{y}统计年度（{a}至{b}）").format(y=e.year, a=s.isoformat(), b=e.isoformat())
        half = _t("上半年") if s.month == 10 else _t("下半年")
        return _t("{y}统计年度{h}（{a}至{b}）").format(y=self.code[2:6], h=half, a=s.isoformat(), b=e.isoformat())

    def previous_months(self, count: int) -> list[Period]:
        """The `count` calendar months ending with the month of this period's end, oldest first."""
        y, m = self.end.year, self.end.month
        out = []
        for _ in range(count):
            out.append(month(y, m))
            y, m = (y - 1, 12) if m == 1 else (y, m - 1)
        return out[::-1]


def month(year: int, m: int) -> Period:
    return Period(dt.date(year, m, 1), _month_end(year, m), "month", f"{year}-{m:02d}")


_PATTERNS = (
    (re.compile(r"^(\d{4})-(\d{1,2})$"), "month"),
    (re.compile(r"^(\d{4})(\d{2})$"), "month"),
    (re.compile(r"^(\d{4})Q([1-4])$", re.I), "quarter"),
    (re.compile(r"^(\d{4})$"), "year"),
    (re.compile(r"^FY(\d{4})$", re.I), "fy"),
    (re.compile(r"^FY(\d{4})H([12])$", re.I), "fy_half"),
)


def parse(text: str) -> Period:
    """A period from its code: 2026-11 (or 202611), 2026Q4, 2026, FY2026, FY2026H1."""
    raw = (text or "").strip()
    for pattern, kind in _PATTERNS:
        found = pattern.match(raw)
        if not found:
            continue
        year = int(found.group(1))
        if not 1900 <= year <= 2999:
            break
        if kind == "month":
            m = int(found.group(2))
            if not 1 <= m <= 12:
                break
            return month(year, m)
        if kind == "quarter":
            q = int(found.group(2))
            return Period(dt.date(year, 3 * q - 2, 1), _month_end(year, 3 * q), "quarter", f"{year}Q{q}")
        if kind == "year":
            return Period(dt.date(year, 1, 1), dt.date(year, 12, 31), "year", str(year))
        if kind == "fy":
            return Period(dt.date(year - 1, 10, 1), dt.date(year, 9, 30), "fy", f"FY{year}")
        if found.group(2) == "1":
            return Period(dt.date(year - 1, 10, 1), dt.date(year, 3, 31), "fy_half", f"FY{year}H1")
        return Period(dt.date(year, 4, 1), dt.date(year, 9, 30), "fy_half", f"FY{year}H2")
    raise PeriodError(_t("“{v}”不是报表期：应为 2026-11（月）、2026Q4（季）、2026（年）、FY2026（统计年度）或 FY2026H1（半年）").format(v=raw))


def parse_reportable(text: str, today: dt.date) -> Period:
    """A period that has begun by today (a return for a future period is refused)."""
    period = parse(text)
    if period.start > today:
        raise PeriodError(_t("报表期{p}尚未开始（今天是{d}），不能编制将来的报表").format(
            p=period.code, d=today.isoformat()))
    return period


def current_month(today: dt.date) -> Period:
    return month(today.year, today.month)


def last_closed_month(today: dt.date) -> Period:
    """The month before today's: the one a village normally reports."""
    first = dt.date(today.year, today.month, 1) - dt.timedelta(days=1)
    return month(first.year, first.month)
