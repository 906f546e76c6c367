"""What the stock screens and commands show: the stock card of a commodity, stock on hand per
lot, lots near expiry, and months of stock with the quantity to order."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from app.i18n import translate
from app.stock.catalogue import catalogue_on
from app.stock.codes import ADJUST_REASON, TXN_KIND, label
from app.stock.figures import _day, _rows, _site, band, issues_between, months_back, order_quantity
from db.connection import database  # noqa: F401  (the connection the raw queries run on)


def _t(text: str) -> str:
    return translate("stock", text)


@dataclass(frozen=True)
class CardLine:
    date: dt.date
    kind: str
    lot_number: str
    quantity: int  # signed: in > 0, out < 0
    balance: int  # the commodity's running balance after this line
    source: str
    action_uuid: str
    reversal: bool
    by: str


# Within a day, receipts come first so the running balance reads as the shelf did.
_KIND_ORDER = "CASE t.kind WHEN 'receipt' THEN 0 ELSE 1 END"


def stock_card(commodity_code: str, site_code: str | None, start: dt.date | None = None,
               end: dt.date | None = None) -> tuple[int, list[CardLine]]:
    """(opening balance before `start`, the lines from `start` to `end` with running balance)."""
    where, params = _site(site_code)
    where = where.replace("site_code", "t.site_code")
    opening = 0
    if start is not None:
        opening = int(_rows(
            f"SELECT COALESCE(SUM(t.quantity), 0) FROM stock_txn t WHERE NOT t.voided AND t.commodity_code = ? "
            f"AND t.date < ? {where}", [commodity_code, start.isoformat(), *params])[0][0])
    bounds, bound_params = "", []
    if start is not None:
        bounds += " AND t.date >= ?"
        bound_params.append(start.isoformat())
    if end is not None:
        bounds += " AND t.date <= ?"
        bound_params.append(end.isoformat())
    rows = _rows(
        "SELECT t.date, t.kind, l.lot_number, t.quantity, t.document_number, p.name, t.visit_id, "
        "t.destination, t.reason, t.counted, t.book_balance, t.action_uuid, o.date, t.note, t.created_by "
        "FROM stock_txn t JOIN stock_lot l ON l.id = t.lot_id LEFT JOIN person p ON p.id = t.person_id "
        "LEFT JOIN stock_txn o ON o.id = t.reverses_id "
        f"WHERE NOT t.voided AND t.commodity_code = ? {where}{bounds} "
        f"ORDER BY t.date, {_KIND_ORDER}, t.id", [commodity_code, *params, *bound_params])
    running = opening
    lines = []
    for (day, kind, lot, qty, doc, name, visit_id, dest, reason, counted, book, action,
         reversed_day, note, by) in rows:
        running += qty
        source = _source(kind, doc, name, visit_id, dest, reason, counted, book)
        if reversed_day is not None:
            source = _t("冲销{d}的{k}（{r}）：{s}").format(
                d=_day(reversed_day).isoformat(), k=label(TXN_KIND, kind), r=note, s=source)
        lines.append(CardLine(_day(day), kind, lot, int(qty), running, source, action,
                              reversed_day is not None, by))
    return opening, lines


def _source(kind, doc, name, visit_id, dest, reason, counted, book) -> str:
    if kind == "receipt":
        return _t("入库单 {n}").format(n=doc or "")
    if kind == "issue":
        if name:
            return (_t("发给 {n}（随访）") if visit_id else _t("发给 {n}")).format(n=name)
        return _t("发往 {p}").format(p=dest or "")
    if kind == "adjustment":
        return label(ADJUST_REASON, reason)
    if kind == "count":
        return _t("盘点：实盘 {c}，账面 {b}").format(c=counted, b=book)
    return kind


@dataclass(frozen=True)
class LotRow:
    commodity_code: str
    commodity_name: str
    unit: str
    lot_number: str
    expiry_date: dt.date
    balance: int
    days_left: int  # days until expiry (negative: expired)
    state: str  # expired | near | ok


def lots_on_hand(site_code: str | None, today: dt.date, commodity_code: str | None = None,
                 include_empty: bool = False) -> list[LotRow]:
    """Every lot's balance today, first expiry first."""
    catalogue = catalogue_on(today)
    where, params = _site(site_code)
    where = where.replace("site_code", "l.site_code")
    extra, extra_params = "", []
    if commodity_code:
        extra, extra_params = " AND l.commodity_code = ?", [commodity_code]
    rows = _rows(
        "SELECT l.commodity_code, l.lot_number, l.expiry_date, COALESCE(SUM(t.quantity), 0) "
        "FROM stock_lot l LEFT JOIN stock_txn t ON t.lot_id = l.id AND NOT t.voided AND t.date <= ? "
        f"WHERE NOT l.voided {where}{extra} GROUP BY l.id, l.commodity_code, l.lot_number, l.expiry_date "
        "ORDER BY l.expiry_date, l.commodity_code, l.lot_number",
        [today.isoformat(), *params, *extra_params])
    out = []
    for code, lot, expiry, bal in rows:
        bal = int(bal)
        if bal == 0 and not include_empty:
            continue
        expiry = _day(expiry)
        info = catalogue.get(code)
        days = (expiry - today).days
        state = "expired" if days < 0 else ("near" if days <= catalogue.near_expiry_days else "ok")
        out.append(LotRow(code, info.name if info else code, info.unit if info else "", lot, expiry,
                          bal, days, state))
    return out


def near_expiry(site_code: str | None, today: dt.date) -> list[LotRow]:
    """Lots with stock that expire within the catalogue's near-expiry days, or already have."""
    return [r for r in lots_on_hand(site_code, today) if r.state != "ok"]


@dataclass(frozen=True)
class CommodityStatus:
    code: str
    name: str
    unit: str
    balance: int
    usable: int  # not expired
    amc: float
    mos: float | None
    band: str
    suggested_order: int
    near_expiry: int  # units expiring within the near-expiry days


def stock_status(site_code: str | None, today: dt.date) -> list[CommodityStatus]:
    """Per commodity today: balance, AMC over the last complete months, MOS band, order."""
    catalogue = catalogue_on(today)
    this_month = today.replace(day=1)
    amc_start = months_back(this_month, catalogue.amc_months)
    issued = issues_between(amc_start, this_month - dt.timedelta(days=1), site_code)
    lots = lots_on_hand(site_code, today)
    out = []
    for code, info in catalogue.commodities.items():
        mine = [r for r in lots if r.commodity_code == code]
        total = sum(r.balance for r in mine)
        usable = sum(r.balance for r in mine if r.state != "expired")
        raw_amc = issued.get(code, 0) / catalogue.amc_months
        mos = round(usable / raw_amc, 1) if raw_amc else None
        out.append(CommodityStatus(
            code, info.name, info.unit, total, usable, round(raw_amc, 2), mos, band(usable, raw_amc, mos, catalogue),
            order_quantity(raw_amc, usable, catalogue), sum(r.balance for r in mine if r.state == "near")))
    return out
