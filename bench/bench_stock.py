"""Benchmark: stock card and monthly stock report over a long, busy ledger.

    python -m bench.bench_stock [--commodities 20] [--years 5]

Builds a village database whose catalogue has --commodities commodities, each with a receipt
every month (a new lot every quarter) and an issue every day for --years years, written with
db.bulk (with change log). Then times, each over several runs: the whole stock card of one
commodity (every line since the start, running balance and source), the monthly report and
requisition of the last full month (all commodities, AMC over three months, counts, stock-out
days), the stock status of the stock window, the lots on hand, and the PDF and xlsx of the report.
Target: stock card and monthly report ≤ 200 ms. Prints figures; no asserts.
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import random
import statistics
import tempfile
import time
from pathlib import Path

from app.auth import system_session
from app.sites import init_database
from app.stock.catalogue import RESOURCE, import_catalogue
from app.stock.figures import monthly_report
from app.stock.views import lots_on_hand, stock_card, stock_status
from db import bulk
from db.connection import database
from db.models_stock import StockLot, StockTxn

SITE = "V001"
RUNS = 9


def _catalogue(n: int) -> dict:
    data = json.loads(RESOURCE.read_text(encoding="utf-8"))
    items = data["commodities"]
    for i in range(len(items), n):
        items.append({"code": f"bench_{i}", "name_zh": f"测试药具{i}", "name_en": f"Bench item {i}", "unit_zh": "只",
                      "unit_en": "piece", "method": "condom", "units_per_cyp": 120})
    data.update(version=2, commodities=items[:n], note="benchmark catalogue")
    return data


def build(path: Path, commodities: int, years: int, today: dt.date) -> tuple[int, list[str]]:
    init_database(path, site_code=SITE, site_name="基准村", kind="village")
    session = system_session(SITE)
    import_catalogue(session, _catalogue(commodities))
    codes = [c["code"] for c in _catalogue(commodities)["commodities"]]
    rng = random.Random(4)
    start = today.replace(day=1) - dt.timedelta(days=365 * years)
    start = start.replace(day=1)
    lots, txns = [], []
    lot_id = bulk.next_id(StockLot)
    for code in codes:
        daily = rng.randint(2, 40)
        month = start
        lot = None
        while month <= today:
            if lot is None or month.month in (1, 4, 7, 10):
                lot = {"id": lot_id, "commodity_code": code, "lot_number": f"{code}-{month:%Y%m}",
                       "expiry_date": month + dt.timedelta(days=900), "received_date": month,
                       "document_number": f"RK-{code}-{month:%Y%m}"}
                lots.append(lot)
                lot_id += 1
            nxt = (month.replace(day=28) + dt.timedelta(days=4)).replace(day=1)
            days = (nxt - month).days
            txns.append({"action_uuid": f"r-{code}-{month}", "date": month, "kind": "receipt", "commodity_code": code,
                         "lot": lot["id"], "quantity": daily * days + 5, "document_number": lot["document_number"]})
            for d in range(days):
                day = month + dt.timedelta(days=d)
                if day > today:
                    break
                txns.append({"action_uuid": f"i-{code}-{day}", "date": day, "kind": "issue", "commodity_code": code,
                             "lot": lot["id"], "quantity": -daily, "destination": "一组服务点"})
            month = nxt
    with database.atomic():
        bulk.insert_rows(StockLot, session.actor, lots)
        bulk.insert_rows(StockTxn, session.actor, txns)
    database.execute_sql("ANALYZE")
    return len(txns), codes


def _time(fn, runs: int = RUNS) -> tuple[float, float, object]:
    times, result = [], None
    for _ in range(runs):
        t = time.perf_counter()
        result = fn()
        times.append((time.perf_counter() - t) * 1000)
    return statistics.median(times), max(times), result


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--commodities", type=int, default=20)
    parser.add_argument("--years", type=int, default=5)
    args = parser.parse_args()
    today = dt.date(2026, 11, 22)
    with tempfile.TemporaryDirectory() as tmp:
        t = time.perf_counter()
        n, codes = build(Path(tmp) / "bench.db", args.commodities, args.years, today)
        print(f"ledger: {n:,} lines, {len(codes)} commodities, {args.years} years of daily issues "
              f"(built in {time.perf_counter() - t:.1f} s)")
        med, worst, (_, lines) = _time(lambda: stock_card(codes[0], SITE))
        print(f"stock card, whole history of one commodity ({len(lines):,} lines): median {med:.1f} ms, worst {worst:.1f} ms")
        cards = []
        for code in codes:
            cards.append(_time(lambda c=code: stock_card(c, SITE), runs=3)[0])
        print(f"stock card, each of the {len(codes)} commodities: median {statistics.median(cards):.1f} ms, "
              f"worst {max(cards):.1f} ms")
        med, worst, _ = _time(lambda: stock_card(codes[0], SITE, today.replace(day=1) - dt.timedelta(days=365)))
        print(f"stock card, last 12 months (what the window shows): median {med:.1f} ms, worst {worst:.1f} ms")
        med, worst, report = _time(lambda: monthly_report("2026-10", SITE, today))
        print(f"monthly report 2026-10 ({len(report.lines)} commodities): median {med:.1f} ms, worst {worst:.1f} ms")
        med, worst, _ = _time(lambda: stock_status(SITE, today))
        print(f"stock status (window's top table): median {med:.1f} ms, worst {worst:.1f} ms")
        med, worst, _ = _time(lambda: lots_on_hand(SITE, today))
        print(f"lots on hand: median {med:.1f} ms, worst {worst:.1f} ms")
        from app.reports.stock_report import write_stock_report_pdf
        from app.reports.stock_xlsx import write_stock_report_xlsx

        med, worst, _ = _time(lambda: write_stock_report_pdf(Path(tmp) / "r.pdf", report, site_name="基准村"), runs=3)
        print(f"report PDF: median {med:.1f} ms, worst {worst:.1f} ms")
        med, worst, _ = _time(lambda: write_stock_report_xlsx(Path(tmp) / "r.xlsx", report, site_name="基准村"), runs=3)
        print(f"report xlsx: median {med:.1f} ms, worst {worst:.1f} ms")
        database.close()


if __name__ == "__main__":
    main()
