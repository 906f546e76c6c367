"""Stock figures of a period from the ledger (SPEC §5, the LMIS monthly report's arithmetic).

closing = opening + received − issued ± adjustments; AMC = mean monthly issues over the last
amc_months calendar months; MOS = closing ÷ AMC; maximum stock = AMC × max_months; requested
quantity = max(0, AMC × max_months − closing). Reversals carry the kind of the line they
reverse, so a reversed issue simply lowers "issued". CYP = issued ÷ units per CYP, with the
catalogue version in force at the period's end.

Contract for other features: stock_figures(start, end, site_code=None) and cyp_total(...).
site_code None sums every site in the database (the township's view).
"""

from __future__ import annotations

import datetime as dt
import math
from dataclasses import dataclass, field

from app.i18n import translate
from app.stock.catalogue import Catalogue, catalogue_on
from db.connection import database


def _t(text: str) -> str:
    return translate("stock", text)


@dataclass(frozen=True)
class CommodityPeriod:
    code: str
    name: str
    unit: str
    opening: int
    received: int
    issued: int
    adjustments: int
    closing: int
    stockout_days: int
    cyp: float


def _site(site_code: str | None) -> tuple[str, list]:
    return ("AND site_code = ?", [site_code]) if site_code else ("", [])


def _rows(sql: str, params: list) -> list[tuple]:
    """Rows of our '?'-placeholder SQL on SQLite or PostgreSQL (a township's server)."""
    from app.due_plan import portable

    return list(database.execute_sql(portable(sql), params).fetchall())


def _day(value) -> dt.date:
    return value if isinstance(value, dt.date) else dt.date.fromisoformat(str(value)[:10])


@dataclass
class _Sums:
    opening: int = 0
    received: int = 0
    issued: int = 0
    adjustments: int = 0
    by_reason: dict[str, int] = field(default_factory=dict)
    daily: dict[dt.date, int] = field(default_factory=dict)
    first_day: dt.date | None = None


def _sums(start: dt.date, end: dt.date, site_code: str | None) -> dict[str, _Sums]:
    where, params = _site(site_code)
    out: dict[str, _Sums] = {}
    for code, qty, first in _rows(
        "SELECT commodity_code, SUM(quantity), MIN(date) FROM stock_txn WHERE NOT voided AND date < ? "
        f"{where} GROUP BY commodity_code", [start.isoformat(), *params]):
        s = out.setdefault(code, _Sums())
        s.opening, s.first_day = int(qty or 0), _day(first)
    for code, day, kind, reason, qty in _rows(
        "SELECT commodity_code, date, kind, reason, SUM(quantity) FROM stock_txn "
        f"WHERE NOT voided AND date >= ? AND date <= ? {where} "
        "GROUP BY commodity_code, date, kind, reason", [start.isoformat(), end.isoformat(), *params]):
        s = out.setdefault(code, _Sums())
        day, qty = _day(day), int(qty or 0)
        if s.first_day is None or day < s.first_day:
            s.first_day = day
        if kind == "receipt":
            s.received += qty
        elif kind == "issue":
            s.issued -= qty
        elif kind == "adjustment":
            s.adjustments += qty
            s.by_reason[reason] = s.by_reason.get(reason, 0) + qty
        s.daily[day] = s.daily.get(day, 0) + qty
    return out


def _stockout_days(s: _Sums, start: dt.date, end: dt.date) -> int:
    """Days from the commodity's first ledger line on whose end-of-day balance is zero."""
    if s.first_day is None:
        return 0
    days = 0
    running = s.opening
    day = start
    while day <= end:
        running += s.daily.get(day, 0)
        if day >= s.first_day and running <= 0:
            days += 1
        day += dt.timedelta(days=1)
    return days


def stock_figures(start: dt.date, end: dt.date, site_code: str | None = None,
                  today: dt.date | None = None) -> list[CommodityPeriod]:
    """Per catalogue commodity: the period's movement and CYP. Stock-out days count up to today."""
    catalogue = catalogue_on(end)
    sums = _sums(start, end, site_code)
    last = min(end, today or dt.date.today())
    out = []
    for code, info in catalogue.commodities.items():
        s = sums.get(code, _Sums())
        closing = s.opening + s.received - s.issued + s.adjustments
        out.append(CommodityPeriod(code, info.name, info.unit, s.opening, s.received, s.issued,
                                   s.adjustments, closing, _stockout_days(s, start, last),
                                   round(info.cyp(s.issued), 2)))
    return out


def cyp_total(start: dt.date, end: dt.date, site_code: str | None = None) -> float:
    return round(sum(p.cyp for p in stock_figures(start, end, site_code)), 2)


# -- the monthly report and requisition -----------------------------------------------------------
def month_bounds(month: str) -> tuple[dt.date, dt.date]:
    try:
        first = dt.date.fromisoformat(f"{month}-01")
    except (TypeError, ValueError):
        raise ValueError(_t("月份：“{v}”应为 YYYY-MM").format(v=month)) from None
    nxt = (first.replace(day=28) + dt.timedelta(days=4)).replace(day=1)
    return first, nxt - dt.timedelta(days=1)


def months_back(first: dt.date, n: int) -> dt.date:
    """The first day of the month n months before `first`'s month."""
    index = first.year * 12 + first.month - 1 - n
    return dt.date(index // 12, index % 12 + 1, 1)


def issues_between(start: dt.date, end: dt.date, site_code: str | None) -> dict[str, int]:
    where, params = _site(site_code)
    return {code: -int(q or 0) for code, q in _rows(
        "SELECT commodity_code, SUM(quantity) FROM stock_txn WHERE NOT voided AND kind = 'issue' "
        f"AND date >= ? AND date <= ? {where} GROUP BY commodity_code",
        [start.isoformat(), end.isoformat(), *params])}


def band(closing: int, amc: float, mos: float | None, catalogue: Catalogue) -> str:
    if not amc or mos is None:
        return "no_use"
    if closing <= 0:
        return "stockout"
    if mos < catalogue.min_months:
        return "low"
    if mos > catalogue.max_months:
        return "over"
    return "adequate"


def order_quantity(amc: float, closing: int, catalogue: Catalogue) -> int:
    return max(0, math.ceil(amc * catalogue.max_months - closing - 1e-9))


@dataclass(frozen=True)
class ReportLine:
    code: str
    name: str
    unit: str
    opening: int
    received: int
    issued: int
    adjustments: int
    adjustments_by_reason: dict[str, int]
    closing: int
    physical_count: int | None
    discrepancy: int | None
    stockout_days: int
    amc: float
    mos: float | None
    band: str
    max_stock: float
    requested: int
    cyp: float


@dataclass(frozen=True)
class MonthlyReport:
    month: str
    start: dt.date
    end: dt.date
    site_code: str | None
    catalogue_version: int
    cyp_source: str
    amc_months: int
    max_months: float
    lines: list[ReportLine]

    @property
    def cyp_total(self) -> float:
        return round(sum(line.cyp for line in self.lines), 2)


def _counts(start: dt.date, end: dt.date, site_code: str | None) -> dict[str, tuple[int, int]]:
    """Per commodity: (units counted, counted − book) of each lot's last count in the month
    that has not been reversed."""
    where, params = _site(site_code)
    rows = _rows(
        "SELECT t.commodity_code, t.lot_id, t.counted, t.book_balance FROM stock_txn t "
        f"WHERE NOT t.voided AND t.kind = 'count' AND t.reverses_id IS NULL AND t.date >= ? AND t.date <= ? "
        f"{where.replace('site_code', 't.site_code')} "
        "AND NOT EXISTS (SELECT 1 FROM stock_txn r WHERE r.reverses_id = t.id) ORDER BY t.date, t.id",
        [start.isoformat(), end.isoformat(), *params])
    last: dict[tuple[str, int], tuple[int, int]] = {}
    for code, lot_id, counted, book in rows:
        last[(code, lot_id)] = (int(counted), int(counted) - int(book))
    out: dict[str, tuple[int, int]] = {}
    for (code, _lot), (counted, diff) in last.items():
        c, d = out.get(code, (0, 0))
        out[code] = (c + counted, d + diff)
    return out


def monthly_report(month: str, site_code: str | None = None, today: dt.date | None = None) -> MonthlyReport:
    start, end = month_bounds(month)
    catalogue = catalogue_on(end)
    sums = _sums(start, end, site_code)
    last = min(end, today or dt.date.today())
    amc_start = months_back(start, catalogue.amc_months - 1)
    issued_amc = issues_between(amc_start, end, site_code)
    counts = _counts(start, end, site_code)
    lines = []
    for code, info in catalogue.commodities.items():
        s = sums.get(code, _Sums())
        closing = s.opening + s.received - s.issued + s.adjustments
        raw_amc = issued_amc.get(code, 0) / catalogue.amc_months
        amc = round(raw_amc, 2)
        mos = round(closing / raw_amc, 1) if raw_amc else None
        counted = counts.get(code)
        lines.append(ReportLine(
            code=code, name=info.name, unit=info.unit, opening=s.opening, received=s.received,
            issued=s.issued, adjustments=s.adjustments, adjustments_by_reason=dict(sorted(s.by_reason.items())),
            closing=closing, physical_count=counted[0] if counted else None,
            discrepancy=counted[1] if counted else None, stockout_days=_stockout_days(s, start, last),
            amc=amc, mos=mos, band=band(closing, amc, mos, catalogue),
            max_stock=round(raw_amc * catalogue.max_months, 2), requested=order_quantity(raw_amc, closing, catalogue),
            cyp=round(info.cyp(s.issued), 2)))
    return MonthlyReport(month, start, end, site_code, catalogue.version,
                         _cyp_source(catalogue.version), catalogue.amc_months, catalogue.max_months, lines)


def _cyp_source(version: int) -> str:
    from db.models_stock import CatalogueVersion

    row = CatalogueVersion.get_or_none(CatalogueVersion.version == version)
    return row.cyp_source if row else ""


def report_dict(report: MonthlyReport) -> dict:
    """The report as JSON travels (fpreg stock report --format json)."""
    return {
        "month": report.month, "start": report.start.isoformat(), "end": report.end.isoformat(),
        "site_code": report.site_code, "catalogue_version": report.catalogue_version,
        "cyp_source": report.cyp_source, "amc_months": report.amc_months, "max_months": report.max_months,
        "cyp_total": report.cyp_total,
        "lines": [
            {k: getattr(line, k) for k in ReportLine.__dataclass_fields__}
            for line in report.lines
        ],
    }
