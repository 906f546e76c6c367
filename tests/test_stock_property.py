"""Property tests: whatever the sequence of stock actions (refused ones included), the ledger
balances (opening + receipts − issues ± adjustments = closing), no lot is ever below zero on any
day, and an issue without a named lot takes the earliest-expiring unexpired lot first."""

from __future__ import annotations

import datetime as dt
import itertools

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from app.auth import Session
from app.stock import ledger
from app.stock.figures import stock_figures
from app.stock.ledger import IssueForm, ReceiptLine, StockError
from db.models_stock import StockLot, StockTxn

T = dt.date(2026, 11, 22)
START = dt.date(2026, 1, 1)
_sites = itertools.count(1)

day = st.integers(0, 320).map(lambda n: START + dt.timedelta(days=n))
lot = st.sampled_from(["L1", "L2", "L3"])
expiry = st.sampled_from([dt.date(2026, 6, 30), dt.date(2026, 12, 31), dt.date(2027, 6, 30)])
action = st.one_of(
    st.tuples(st.just("receive"), day, lot, expiry, st.integers(1, 60)),
    st.tuples(st.just("issue"), day, st.none() | lot, st.integers(1, 40)),
    st.tuples(st.just("adjust"), day, lot, st.sampled_from(["expired", "damaged", "count_correction"]),
              st.integers(-10, 10).filter(bool)),
    st.tuples(st.just("count"), day, lot, st.integers(0, 80)),
    st.tuples(st.just("reverse"), st.integers(0, 30)),
)


def _apply(session: Session, step: tuple, done: list[str], fefo_checks: list) -> None:
    kind = step[0]
    if kind == "receive":
        _, d, lot_number, exp, qty = step
        r = ledger.receive(session, day=d, document_number=f"RK-{len(done)}",
                           lines=[ReceiptLine("coc", lot_number, exp, qty)], today=T)
    elif kind == "issue":
        _, d, lot_number, qty = step
        expected = ledger.fefo_lots(session.site_code, "coc", d)
        r = ledger.issue(session, IssueForm("coc", d, qty, lot_number=lot_number, destination="点"), today=T)
        if lot_number is None:
            fefo_checks.append((expected, [(ln.lot_id, -ln.quantity) for ln in r.lines]))
    elif kind == "adjust":
        _, d, lot_number, reason, qty = step
        qty = qty if reason == "count_correction" else abs(qty)
        r = ledger.adjust(session, day=d, commodity_code="coc", lot_number=lot_number, reason=reason,
                          quantity=qty, today=T)
    elif kind == "count":
        _, d, lot_number, counted = step
        r = ledger.count(session, day=d, commodity_code="coc", lot_number=lot_number, counted=counted, today=T)
    else:
        if not done:
            return
        r = ledger.reverse(session, done[step[1] % len(done)], "更正", day=T, today=T)
    done.append(r.action_uuid)


@settings(derandomize=True, max_examples=40, deadline=None,
          suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow])
@given(steps=st.lists(action, min_size=1, max_size=14), cut=day)
def test_ledger_balances_never_negative_and_fefo(db_path, steps, cut):
    session = Session("system", "系统", "admin", f"P{next(_sites)}")
    done: list[str] = []
    fefo_checks: list = []
    for step in steps:
        try:
            _apply(session, step, done, fefo_checks)
        except StockError:
            pass  # a refused action writes nothing; the properties below still hold
    lines = list(StockTxn.select().where(StockTxn.site_code == session.site_code).order_by(StockTxn.date, StockTxn.id))
    # Never negative: every lot's end-of-day balance, on every day.
    for lot_id in {ln.lot_id for ln in lines}:
        running = 0
        for d, group in itertools.groupby((ln for ln in lines if ln.lot_id == lot_id), key=lambda ln: ln.date):
            running += sum(ln.quantity for ln in group)
            assert running >= 0, (lot_id, d)
    # closing = opening + received − issued ± adjustments, for a period cut anywhere.
    first = stock_figures(START, cut, session.site_code, today=T)[0]
    second = stock_figures(cut + dt.timedelta(days=1), T, session.site_code, today=T)[0]
    assert first.opening == 0 and second.opening == first.closing
    for p in (first, second):
        assert p.closing == p.opening + p.received - p.issued + p.adjustments
        assert p.closing >= 0
    assert second.closing == sum(ln.quantity for ln in lines)
    # FEFO: the lots an issue used are the first of the unexpired lots, earliest expiry first,
    # each emptied before the next is touched.
    for expected, used in fefo_checks:
        assert [lot_id for lot_id, _ in used] == [lot.id for lot, _ in expected[:len(used)]]
        assert all(take == can for (_, take), (_, can) in zip(used[:-1], expected, strict=False))
        expiries = [StockLot.get_by_id(lot_id).expiry_date for lot_id, _ in used]
        assert expiries == sorted(expiries)
