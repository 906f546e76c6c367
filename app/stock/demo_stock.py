"""`fpreg demo`: three years of stock history (see app/demo_extras.py).

Quarterly receipts from the township, one lot each; the supplies the demo's visits handed over
and the IUDs and implants of the last year's procedures, issued to each woman from the right
lot; earlier demand as weekly issues to the service room's distribution point; one short-dated
lot whose remainder is written off as expired; a physical count at the end of last month with
a small discrepancy; every month before last closed. Planned in memory first-expiry-first-out
(so no lot ever goes below zero) and written with db.bulk.
"""

from __future__ import annotations

import datetime as dt
import math
from collections import defaultdict
from dataclasses import dataclass

from app.demo_extras import DemoContext
from app.stock.catalogue import catalogue_on
from db import bulk
from db.models_stock import StockLot, StockMonthClose, StockTxn

YEARS = 3
SUPPLY_COMMODITY = {"pill": "coc", "condom": "condom", "dmpa": "dmpa", "net_en": "net_en", "monthly": "monthly_inj"}
IMPLANT_COMMODITY = {"implanon": "implant_3y", "sino_implant_ii": "implant_4y", "jadelle": "implant_5y"}
# Weekly units per 1,000 women where the village's own records say little (example demand).
BASE_WEEKLY = {"coc": 6, "pop": 1, "condom": 60, "ec": 1.5, "dmpa": 2, "net_en": 0.5, "monthly_inj": 0.5,
               "iud_cu": 1.5, "iud_lng": 0.2, "implant_3y": 0.1, "implant_4y": 0.1, "implant_5y": 0.2}
PACK = {"condom": 100, "coc": 10, "pop": 10, "ec": 10}
DESTINATION = "村计生服务室（周汇总）"
LINK_CAP = 1500


@dataclass
class _Lot:
    id: int
    code: str
    number: str
    expiry: dt.date
    received: dt.date
    doc: str
    balance: int = 0
    written_off: bool = False


def _quarter_starts(first: dt.date, today: dt.date) -> list[dt.date]:
    out = []
    q = dt.date(first.year, (first.month - 1) // 3 * 3 + 1, 1)
    while q <= today:
        out.append(q + dt.timedelta(days=4))
        q = dt.date(q.year + (q.month + 2) // 12, (q.month + 2) % 12 + 1, 1)
    return [d for d in out if d <= today]


def _month_start(d: dt.date, back: int = 0) -> dt.date:
    index = d.year * 12 + d.month - 1 - back
    return dt.date(index // 12, index % 12 + 1, 1)


def _linked_issues(ctx: DemoContext, start: dt.date) -> dict[str, list[tuple]]:
    """(date, qty, person, visit) per commodity from the demo's own records: the latest LINK_CAP
    supply visits and IUD/implant insertions."""
    out: dict[str, list[tuple]] = defaultdict(list)
    cur = ctx.db.execute_sql(
        "SELECT id, person_id, date, supply_kind, supply_quantity FROM visit "
        "WHERE supply_kind IS NOT NULL AND NOT voided AND date >= ? ORDER BY date DESC LIMIT ?",
        (start.isoformat(), LINK_CAP))
    for visit_id, person_id, day, kind, qty in cur.fetchall():
        code = SUPPLY_COMMODITY.get(kind)
        if code and qty:
            out[code].append((dt.date.fromisoformat(day), int(qty), person_id, visit_id))
    year_ago = max(start, ctx.today - dt.timedelta(days=365))
    cur = ctx.db.execute_sql(
        "SELECT person_id, date, kind, implant_type FROM procedure WHERE NOT voided AND date >= ? "
        "AND kind IN ('iud_insertion', 'implant_insertion') ORDER BY date DESC LIMIT ?", (year_ago.isoformat(), LINK_CAP))
    for person_id, day, kind, implant in cur.fetchall():
        code = "iud_cu" if kind == "iud_insertion" else IMPLANT_COMMODITY.get(implant or "", "implant_5y")
        out[code].append((dt.date.fromisoformat(day), 1, person_id, None))
    return out


def add_to_demo(ctx: DemoContext) -> None:
    rng = ctx.rng("stock")
    catalogue = catalogue_on(ctx.today)
    today = ctx.today
    first_quarter = _month_start(today, 12 * YEARS)
    receipts_on = _quarter_starts(first_quarter, today)
    start = receipts_on[0]
    linked = _linked_issues(ctx, start)
    # The most recent LINK_CAP hand-overs are issued to each woman; earlier demand, at the rate
    # they show, as weekly issues to the service room, so a big village loads as fast as a small one.
    recent = sorted((r[0] for rows in linked.values() for r in rows), reverse=True)
    cutoff = recent[LINK_CAP - 1] if len(recent) >= LINK_CAP else start
    k = max(ctx.women, 200) / 1000
    demand: dict[str, list[tuple]] = {}
    for code in catalogue.commodities:
        own = sorted((r for r in linked.get(code, []) if r[0] > cutoff), key=lambda r: r[0])
        cutover = max(cutoff, own[0][0]) if own else today + dt.timedelta(days=1)
        weekly = BASE_WEEKLY.get(code, 1) * k
        if own:  # match the rate the records show, so the card does not jump at the cutover
            span = max(30, (today - cutover).days)
            weekly = max(weekly * 0.3, sum(r[1] for r in own) / span * 7)
        rows = []
        day = start + dt.timedelta(days=2)
        while day < cutover:
            qty = int(round(weekly * rng.uniform(0.6, 1.4)))
            if qty > 0:
                rows.append((day, qty, None, None))
            day += dt.timedelta(days=7)
        demand[code] = rows + own

    lots: list[_Lot] = []
    events: list[tuple] = []  # (date, order, kind, payload)
    for code, rows in demand.items():
        if not rows:
            continue
        for n, day in enumerate(receipts_on):
            nxt = receipts_on[n + 1] if n + 1 < len(receipts_on) else day + dt.timedelta(days=92)
            need = sum(r[1] for r in rows if day <= r[0] < nxt)
            short = code == "pop" and n == 1  # one short-dated lot expires on the shelf
            life = 200 if short else 730
            lot = _Lot(0, code, f"{code.replace('_', '').upper()[:4]}{day:%y%m}{rng.randrange(10, 99)}",
                       day + dt.timedelta(days=life), day, f"XJ{day:%Y%m}-{len(events) + 1:04d}")
            events.append((day, 0, "receipt", (lot, need, short)))
        events.extend((r[0], 1, "issue", (code, r)) for r in rows)
    count_day = _month_start(today) - dt.timedelta(days=1)
    events.append((count_day, 3, "count", None))
    events.sort(key=lambda e: (e[0], e[1]))

    txns: list[tuple[_Lot, dict]] = []
    by_code: dict[str, list[_Lot]] = defaultdict(list)

    def new_id() -> str:
        h = f"{rng.getrandbits(128):032x}"
        return f"{h[:8]}-{h[8:12]}-4{h[13:16]}-{'89ab'[int(h[16], 16) & 3]}{h[17:20]}-{h[20:]}"

    def add(day, kind, lot, qty, action=None, **extra):
        txns.append((lot, {"uuid": new_id(), "action_uuid": action or new_id(), "date": day, "kind": kind,
                           "commodity_code": lot.code, "quantity": qty, **extra}))
        lot.balance += qty

    def write_off(day: dt.date) -> None:
        for lot in list(lots):
            if lot.balance > 0 and lot.expiry < day and not lot.written_off:
                lot.written_off = True
                add(lot.expiry + dt.timedelta(days=1), "adjustment", lot, -lot.balance, reason="expired",
                    note="过期报损")

    last_day = None
    for day, _, kind, payload in events:
        if day != last_day:
            write_off(day)
            last_day = day
        if kind == "receipt":
            lot, need, short = payload
            # Ordered up to a quarter's need and a margin, less what is still usable.
            on_hand = sum(x.balance for x in by_code[lot.code] if x.expiry > day + dt.timedelta(days=92))
            pack = PACK.get(lot.code, 1)
            qty = math.ceil(max(0.0, need * 1.3 + pack - on_hand) / pack) * pack
            if short:
                qty = max(qty, 60)
            if qty <= 0:
                continue
            lots.append(lot)
            by_code[lot.code].append(lot)
            by_code[lot.code].sort(key=lambda x: (x.expiry, x.number))
            add(day, "receipt", lot, qty, document_number=lot.doc)
        elif kind == "issue":
            code, (d, qty, person, visit) = payload
            usable = [x for x in by_code[code] if x.expiry >= d and x.balance > 0]
            if sum(x.balance for x in usable) < qty:
                continue  # the shelf was empty that day: not handed over
            action = new_id()
            for lot in usable:
                take = min(lot.balance, qty)
                add(d, "issue", lot, -take, action, person=person, visit=visit,
                    destination=None if person else DESTINATION)
                qty -= take
                if not qty:
                    break
        else:
            for lot in lots:
                if lot.code in ("coc", "condom") and lot.balance > 0:
                    action = new_id()
                    counted = lot.balance - (3 if lot.code == "condom" else 0)
                    add(day, "count", lot, 0, action, counted=counted, book_balance=lot.balance)
                    if counted != lot.balance:
                        add(day, "adjustment", lot, counted - lot.balance, action, reason="count_correction",
                            note="盘点短少")
    write_off(today)

    first_lot = bulk.next_id(StockLot)
    for n, lot in enumerate(lots):
        lot.id = first_lot + n
    rows = []
    for lot, row in txns:
        row["lot"] = lot.id
        rows.append(row)
    bulk.insert_rows(StockLot, ctx.actor, [
        {"id": x.id, "commodity_code": x.code, "lot_number": x.number, "expiry_date": x.expiry,
         "received_date": x.received, "document_number": x.doc} for x in lots])
    bulk.insert_rows(StockTxn, ctx.actor, rows)
    closes = []
    month = _month_start(start)
    last_closed = _month_start(today, 2)
    while month <= last_closed:
        closes.append({"month": f"{month:%Y-%m}", "note": "演示"})
        month = _month_start(month, -1)
    bulk.insert_rows(StockMonthClose, ctx.actor, closes)
