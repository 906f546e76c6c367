"""The demo's stock history: a working stock card, lots never below zero, receipts every
quarter, issues linked to the women's visits, an expiry write-off, a count, closed months."""

from __future__ import annotations

import datetime as dt

import pytest

from app.demo import create_demo
from app.stock.figures import monthly_report
from app.stock.views import stock_card, stock_status
from db.connection import database

TODAY = dt.date(2026, 11, 22)


@pytest.fixture(scope="module")
def demo(tmp_path_factory):
    from db.schema import open_sqlite

    path = tmp_path_factory.mktemp("stockdemo") / "demo.db"
    info = create_demo(path, 600, seed=7, today=TODAY)
    db = open_sqlite(path)
    yield info
    db.close()


def rows(sql: str, *params) -> list[tuple]:
    return database.execute_sql(sql, params).fetchall()


def test_history_has_every_kind_of_line(demo):
    kinds = {(k, r) for k, r in rows("SELECT DISTINCT kind, reason FROM stock_txn")}
    assert {("receipt", None), ("issue", None), ("count", None), ("adjustment", "expired"),
            ("adjustment", "count_correction")} <= kinds
    quarters = {d[:7] for (d,) in rows("SELECT DISTINCT date FROM stock_txn WHERE kind = 'receipt'")}
    assert len(quarters) >= 12  # three years of quarterly receipts
    linked = rows("SELECT COUNT(*) FROM stock_txn t JOIN visit v ON v.id = t.visit_id AND v.person_id = t.person_id")
    assert linked[0][0] > 0
    assert rows("SELECT COUNT(*) FROM stock_month_close")[0][0] >= 30


def test_no_lot_ever_below_zero_and_lines_logged(demo):
    negative = rows(
        "SELECT lot_id, date FROM (SELECT lot_id, date, SUM(SUM(quantity)) OVER (PARTITION BY lot_id ORDER BY date) "
        "AS running FROM stock_txn GROUP BY lot_id, date) WHERE running < 0")
    assert negative == []
    logged = rows("SELECT COUNT(*) FROM change_log WHERE table_name = 'stock_txn'")[0][0]
    assert logged == rows("SELECT COUNT(*) FROM stock_txn")[0][0]


def test_card_status_and_report_work_on_the_demo(demo):
    opening, lines = stock_card("coc", "V001")
    assert opening == 0 and len(lines) > 50 and lines[-1].balance >= 0
    status = {s.code: s for s in stock_status("V001", TODAY)}
    assert status["condom"].amc > 0 and status["condom"].band in {"low", "adequate", "over", "stockout"}
    report = monthly_report("2026-10", "V001", today=TODAY)
    coc = next(line for line in report.lines if line.code == "coc")
    assert coc.physical_count is not None and report.cyp_total > 0
