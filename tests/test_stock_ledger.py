"""Stock services: FEFO, refusals with clear messages, reversals, closed months, issues that
feed a woman's resupply visits, and a crash that leaves the ledger as it was."""

from __future__ import annotations

import datetime as dt

import pytest

from app.register import add_woman
from app.stock import ledger
from app.stock.catalogue import catalogue_on
from app.stock.ledger import IssueForm, ReceiptLine, StockError
from app.stock.views import lots_on_hand, near_expiry, stock_card, stock_status
from db import changes
from db.models import ChangeLog
from db.models_services import DueVisit, Visit
from db.models_stock import StockTxn
from tests.conftest import woman

T = dt.date(2026, 11, 22)
D = dt.date


NOV_1 = D(2026, 11, 1)
ONE_LOT = (("coc", "A", D(2027, 6, 30), 50),)


def _receive(s, day=NOV_1, doc="RK-1", lines=ONE_LOT):
    return ledger.receive(s, day=day, document_number=doc, lines=[ReceiptLine(*ln) for ln in lines], today=T)


def _ledger_state():
    return [(t.kind, t.lot_id, t.quantity) for t in StockTxn.select().order_by(StockTxn.id)]


@pytest.fixture
def card(admin):
    return add_woman(admin, woman(current_status="no_method"), today=D(2020, 1, 1))


def test_catalogue_seeded_with_cyp_factors(admin):
    cat = catalogue_on(T)
    assert cat.version == 1 and cat.max_months == 3 and cat.near_expiry_days == 90
    assert cat.get("coc").units_per_cyp == 15 and round(cat.get("iud_cu").cyp(1), 2) == 4.6
    assert cat.get("dmpa").supply_kind == "dmpa" and cat.get("iud_cu").supply_kind is None


def test_fefo_takes_the_earliest_unexpired_lot_first(admin):
    _receive(admin, lines=(("coc", "LATE", D(2028, 1, 31), 30), ("coc", "SOON", D(2027, 1, 31), 10),
                           ("coc", "GONE", D(2026, 11, 10), 99)))
    result = ledger.issue(admin, IssueForm("coc", D(2026, 11, 20), 15, destination="一组"), today=T)
    assert [(ln.lot.lot_number, ln.quantity) for ln in result.lines] == [("SOON", -10), ("LATE", -5)]
    assert {ln.action_uuid for ln in result.lines} == {result.action_uuid}


def test_expired_lot_refused(admin):
    _receive(admin, lines=(("coc", "OLD", D(2026, 11, 10), 20),))
    with pytest.raises(StockError, match="批号OLD已于2026-11-10过期，不能发放"):
        ledger.issue(admin, IssueForm("coc", D(2026, 11, 20), 1, lot_number="OLD", destination="一组"), today=T)
    with pytest.raises(StockError, match="只有0板未过期的库存"):
        ledger.issue(admin, IssueForm("coc", D(2026, 11, 20), 1, destination="一组"), today=T)


def test_over_issue_refused_and_nothing_written(admin):
    _receive(admin)
    before = _ledger_state()
    with pytest.raises(StockError, match="只有50板可发，不能发放51板"):
        ledger.issue(admin, IssueForm("coc", D(2026, 11, 5), 51, lot_number="A", destination="一组"), today=T)
    assert _ledger_state() == before


def test_back_dated_issue_cannot_empty_a_later_issue(admin):
    _receive(admin)
    ledger.issue(admin, IssueForm("coc", D(2026, 11, 20), 40, destination="一组"), today=T)
    # On 5 November 50 were on the shelf, but 40 of them left on the 20th: only 10 can go.
    with pytest.raises(StockError, match="只有10板"):
        ledger.issue(admin, IssueForm("coc", D(2026, 11, 5), 11, lot_number="A", destination="二组"), today=T)
    ledger.issue(admin, IssueForm("coc", D(2026, 11, 5), 10, lot_number="A", destination="二组"), today=T)


def test_duplicate_document_refused_unless_reversed(admin):
    first = _receive(admin)
    with pytest.raises(StockError, match="入库单号“RK-1”已经登记过"):
        _receive(admin)
    ledger.reverse(admin, first.action_uuid, "数量录错", today=T)
    _receive(admin, lines=(("coc", "A", D(2027, 6, 30), 60),))
    assert lots_on_hand("V001", T)[0].balance == 60


def test_receipt_refuses_bad_lines(admin):
    with pytest.raises(StockError, match="入库单号不能为空"):
        _receive(admin, doc=" ")
    with pytest.raises(StockError, match="商品代码“xyz”不在商品目录中"):
        _receive(admin, lines=(("xyz", "A", D(2027, 1, 1), 1),))
    with pytest.raises(StockError, match="不是正整数"):
        _receive(admin, lines=(("coc", "A", D(2027, 1, 1), 0),))
    _receive(admin)
    with pytest.raises(StockError, match="已登记的有效期是2027-06-30"):
        _receive(admin, doc="RK-2", lines=(("coc", "A", D(2027, 7, 31), 5),))
    with pytest.raises(StockError, match="将来的日期"):
        _receive(admin, doc="RK-3", day=D(2026, 12, 1))


def test_adjustments_by_reason_sign(admin):
    _receive(admin)
    r = ledger.adjust(admin, day=D(2026, 11, 2), commodity_code="coc", lot_number="A", reason="expired",
                      quantity=5, today=T)
    assert r.lines[0].quantity == -5
    with pytest.raises(StockError, match="填写减少的数量"):
        ledger.adjust(admin, day=D(2026, 11, 2), commodity_code="coc", lot_number="A", reason="lost",
                      quantity=-1, today=T)
    with pytest.raises(StockError, match="调整原因“stolen”不在代码表中"):
        ledger.adjust(admin, day=D(2026, 11, 2), commodity_code="coc", lot_number="A", reason="stolen",
                      quantity=1, today=T)
    with pytest.raises(StockError, match="只有45板，不能减少46板"):
        ledger.adjust(admin, day=D(2026, 11, 2), commodity_code="coc", lot_number="A", reason="lost",
                      quantity=46, today=T)
    up = ledger.adjust(admin, day=D(2026, 11, 3), commodity_code="coc", lot_number="A",
                       reason="count_correction", quantity=2, today=T)
    assert up.lines[0].quantity == 2 and lots_on_hand("V001", T)[0].balance == 47


def test_count_writes_a_correction_and_closed_month_refuses(admin):
    _receive(admin, day=D(2026, 10, 5))
    r = ledger.count(admin, day=D(2026, 10, 31), commodity_code="coc", lot_number="A", counted=48, today=T)
    assert [(ln.kind, ln.quantity, ln.counted, ln.book_balance) for ln in r.lines] == [
        ("count", 0, 48, 50, ), ("adjustment", -2, None, None)]
    ledger.close_month(admin, "2026-10", today=T)
    before = _ledger_state()
    with pytest.raises(StockError, match="2026-10月已结账"):
        ledger.count(admin, day=D(2026, 10, 31), commodity_code="coc", lot_number="A", counted=48, today=T)
    with pytest.raises(StockError, match="2026-10月已结账"):
        ledger.issue(admin, IssueForm("coc", D(2026, 10, 20), 1, destination="一组"), today=T)
    with pytest.raises(StockError, match="已经结账"):
        ledger.close_month(admin, "2026-10", today=T)
    with pytest.raises(StockError, match="尚未结束"):
        ledger.close_month(admin, "2026-11", today=T)
    assert _ledger_state() == before
    # A correction of a closed month's line is a reversal dated in an open month.
    rev = ledger.reverse(admin, r.action_uuid, "盘错了", today=T)
    assert rev.lines[0].date == T and lots_on_hand("V001", T)[0].balance == 50


def test_issue_to_a_woman_records_her_visit_and_resupply(admin, card):
    _receive(admin, lines=(("coc", "A", D(2027, 6, 30), 50),))
    r = ledger.issue(admin, IssueForm("coc", D(2026, 11, 10), 3, card_uuid=card.uuid), today=T)
    visit = Visit.get(Visit.uuid == r.visit_uuid)
    assert (visit.visit_type, visit.supply_kind, visit.supply_quantity) == ("pill_resupply", "pill", 3)
    assert r.lines[0].person_id == card.person_id and r.lines[0].visit_id == visit.id
    item = DueVisit.get((DueVisit.person == card.person_id) & (DueVisit.rule_code == "pills_issued.resupply"))
    assert item.due_date == D(2026, 11, 10) + dt.timedelta(days=3 * 28)
    card_lines = stock_card("coc", "V001")[1]
    assert card_lines[-1].source == "发给 张秀英（随访）"
    # Reversing the issue voids the visit it recorded, and her resupply item goes.
    ledger.reverse(admin, r.action_uuid, "发错人", today=T)
    assert Visit.get_by_id(visit.id).voided
    assert not DueVisit.select().where((DueVisit.person == card.person_id)
                                      & (DueVisit.rule_code == "pills_issued.resupply")).exists()
    assert lots_on_hand("V001", T)[0].balance == 50


def test_issue_at_an_existing_visit_gives_it_the_supply(admin, card):
    from app.visits import VisitForm, record_visit

    _receive(admin, lines=(("dmpa", "D1", D(2027, 6, 30), 5),))
    visit = record_visit(admin, VisitForm(card.uuid, D(2026, 11, 12), "injection_due"), today=T)
    r = ledger.issue(admin, IssueForm("dmpa", D(2026, 11, 12), 1, visit_uuid=visit.uuid), today=T)
    visit = Visit.get_by_id(visit.id)
    assert r.visit_uuid == visit.uuid and (visit.supply_kind, visit.supply_quantity) == ("dmpa", 1)
    assert DueVisit.get((DueVisit.person == card.person_id)
                        & (DueVisit.rule_code == "injection_dmpa.next")).due_date == D(2026, 11, 12) + dt.timedelta(days=91)
    with pytest.raises(StockError, match="二者选一"):
        ledger.issue(admin, IssueForm("dmpa", D(2026, 11, 12), 1, visit_uuid=visit.uuid, destination="x"), today=T)


def test_reverse_twice_or_a_reversal_refused(admin):
    r = _receive(admin)
    rev = ledger.reverse(admin, r.action_uuid, "录错", today=T)
    with pytest.raises(StockError, match="已经冲销过"):
        ledger.reverse(admin, r.action_uuid, "录错", today=T)
    with pytest.raises(StockError, match="冲销记录，不能再冲销"):
        ledger.reverse(admin, rev.action_uuid, "录错", today=T)
    with pytest.raises(StockError, match="必须填写原因"):
        ledger.reverse(admin, r.action_uuid, " ", today=T)


def test_reversing_a_receipt_already_issued_refused(admin):
    r = _receive(admin)
    ledger.issue(admin, IssueForm("coc", D(2026, 11, 5), 10, destination="一组"), today=T)
    with pytest.raises(StockError, match="库存不能为负"):
        ledger.reverse(admin, r.action_uuid, "录错", today=T)


def test_crash_mid_transaction_leaves_the_ledger_as_before(admin, monkeypatch):
    _receive(admin)
    before, log_before = _ledger_state(), ChangeLog.select().count()
    real = changes.insert
    calls = {"n": 0}

    def failing(model, actor, **fields):
        if model is StockTxn:
            calls["n"] += 1
            if calls["n"] == 2:
                raise OSError("disk gone")
        return real(model, actor, **fields)

    monkeypatch.setattr(changes, "insert", failing)
    with pytest.raises(OSError):
        _receive(admin, doc="RK-2", lines=(("coc", "B", D(2027, 1, 31), 5), ("coc", "C", D(2027, 2, 28), 5)))
    assert calls["n"] == 2 and _ledger_state() == before and ChangeLog.select().count() == log_before


def test_ledger_lines_reach_the_change_log_and_cannot_be_deleted(admin):
    import peewee as pw

    r = _receive(admin)
    assert changes.history(StockTxn, r.lines[0].uuid)[0].op == "insert"
    with pytest.raises(pw.IntegrityError):
        StockTxn.delete().execute()


def test_views_near_expiry_status_and_order(admin):
    _receive(admin, day=D(2026, 8, 1), lines=(("coc", "A", D(2027, 6, 30), 100), ("coc", "N", D(2027, 1, 31), 10),
                                              ("dmpa", "X", D(2026, 11, 30), 4)))
    for day, qty in ((D(2026, 8, 20), 30), (D(2026, 9, 20), 30), (D(2026, 10, 20), 30)):
        ledger.issue(admin, IssueForm("coc", day, qty, lot_number="A", destination="一组"), today=T)
    near = {(r.lot_number, r.state) for r in near_expiry("V001", T)}
    assert near == {("N", "near"), ("X", "near")}
    coc = next(s for s in stock_status("V001", T) if s.code == "coc")
    # AMC over Aug–Oct: 90 ÷ 3 = 30; usable 20; MOS 0.7 → low; order 30 × 3 − 20 = 70.
    assert (coc.balance, coc.amc, coc.mos, coc.band, coc.suggested_order, coc.near_expiry) == (20, 30, 0.7, "low", 70, 10)
    assert lots_on_hand("V001", D(2026, 12, 5), "dmpa")[0].state == "expired"
