"""A worked month of stock (October 2026) whose figures are known by hand (see
tests/test_stock_report.py for the hand calculation)."""

from __future__ import annotations

import datetime as dt

from app.stock import ledger
from app.stock.ledger import IssueForm, ReceiptLine

T = dt.date(2026, 11, 22)
D = dt.date


def worked_month(session, card_uuid: str) -> dict[str, str]:
    """Write the worked month's ledger; returns a few action UUIDs by name."""
    done: dict[str, str] = {}

    def rec(day, doc, *lines):
        return ledger.receive(session, day=day, document_number=doc, lines=[ReceiptLine(*ln) for ln in lines],
                              today=T).action_uuid

    def iss(day, code, qty, **kw):
        return ledger.issue(session, IssueForm(code, day, qty, **kw), today=T)

    rec(D(2026, 8, 1), "RK-1", ("coc", "A", D(2027, 6, 30), 200))
    iss(D(2026, 8, 10), "coc", 30, destination="一组服务点")
    iss(D(2026, 9, 5), "coc", 45, destination="一组服务点")
    rec(D(2026, 9, 30), "RK-2", ("coc", "B", D(2026, 12, 31), 100), ("dmpa", "D1", D(2027, 9, 30), 10),
        ("condom", "K0", D(2029, 1, 31), 50))
    iss(D(2026, 9, 30), "dmpa", 3, destination="卫生室")
    iss(D(2026, 10, 3), "coc", 40, destination="二组服务点")
    done["woman_coc"] = iss(D(2026, 10, 12), "coc", 3, card_uuid=card_uuid).action_uuid
    done["woman_dmpa"] = iss(D(2026, 10, 8), "dmpa", 1, card_uuid=card_uuid).action_uuid
    iss(D(2026, 10, 10), "condom", 50, destination="三组服务点")
    rec(D(2026, 10, 15), "RK-3", ("coc", "C", D(2028, 3, 31), 120), ("condom", "K1", D(2029, 6, 30), 100))
    iss(D(2026, 10, 18), "dmpa", 5, destination="二组服务点")
    ledger.adjust(session, day=D(2026, 10, 20), commodity_code="coc", lot_number="A", reason="damaged",
                  quantity=5, today=T)
    iss(D(2026, 10, 20), "condom", 10, destination="一组服务点")
    iss(D(2026, 10, 25), "coc", 20, destination="一组服务点")
    for lot, counted in (("A", 118), ("B", 37), ("C", 120)):
        ledger.count(session, day=D(2026, 10, 31), commodity_code="coc", lot_number=lot, counted=counted, today=T)
    return done
