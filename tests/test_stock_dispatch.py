"""Dispatch services on one database at a time: the township's checks and its own ledger, the
village's pending list and confirmation (one transaction, no second one), and schema step 9."""

from __future__ import annotations

import datetime as dt
import sqlite3

import pytest

from app.auth import Session, system_session
from app.sites import init_database
from app.stock import dispatch as sd
from app.stock import ledger
from app.stock.views import stock_card
from db import changes, schema
from db.changes import Actor
from db.models import Site
from db.models_stock import StockTxn
from db.models_stock_dispatch import (
    StockDispatch,
    StockDispatchLine,
    StockReceiptConfirmation,
    StockReceiptLine,
)

from .conftest import TODAY

DAY = dt.date(2026, 11, 20)
EXP = dt.date(2027, 6, 30)


@pytest.fixture
def township(tmp_path):
    db = init_database(tmp_path / "t.db", site_code="T01", site_name="红星镇", kind="township")
    changes.insert(Site, Actor("sync", "V001"), code="V001", name="一村", kind="village")
    yield system_session("T01")
    db.close()


def line(code="coc", lot="A", expiry=EXP, qty=100) -> sd.DispatchLineIn:
    return sd.DispatchLineIn(code, lot, expiry, qty)


@pytest.mark.parametrize(("to", "lines", "day", "message"), [
    ("V009", [line()], DAY, "没有代码为“V009”的村"),
    ("V001", [], DAY, "没有任何药具"),
    ("V001", [line(code="xyz")], DAY, "第1行：商品代码“xyz”不在商品目录中"),
    ("V001", [line(), line(qty=0)], DAY, "第2行：数量“0”不是正整数"),
    ("V001", [line(expiry=dt.date(2026, 11, 1))], DAY, "第1行：批号A已于2026-11-01过期"),
    ("V001", [line(lot=" ")], DAY, "第1行：批号不能为空"),
    ("V001", [line(), line(qty=5)], DAY, "第2行：coc批号A重复"),
    ("V001", [line()], dt.date(2026, 12, 1), "将来的日期"),
])
def test_township_refusals_write_nothing(township, to, lines, day, message):
    with pytest.raises(ValueError, match=message):
        sd.dispatch(township, to, day, lines, today=TODAY)
    assert StockDispatch.select().count() == 0 and StockDispatchLine.select().count() == 0


def test_numbers_own_ledger_and_its_balance(township):
    first = sd.dispatch(township, "V001", DAY, [line(lot="X")], today=TODAY)
    second = sd.dispatch(township, "V001", DAY, [line(lot="Y")], "第二批", today=TODAY)
    assert (first.number, second.number) == ("T01-20261120-01", "T01-20261120-02")
    assert first.site_code == "T01" and first.to_name == "一村"
    assert StockTxn.select().count() == 0  # lots the township does not keep: voucher only
    with pytest.raises(ValueError, match="已经用过"):
        sd.dispatch(township, "V001", DAY, [line(lot="Z")], number=first.number, today=TODAY)
    ledger.receive(township, day=DAY, document_number="XJ", lines=[ledger.ReceiptLine("coc", "A", EXP, 50)],
                   today=TODAY)
    with pytest.raises(ValueError, match="只有50"):
        sd.dispatch(township, "V001", DAY, [line(lot="A", qty=60)], today=TODAY)
    with pytest.raises(ValueError, match="有效期是2027-06-30"):
        sd.dispatch(township, "V001", DAY, [line(lot="A", expiry=dt.date(2028, 1, 1), qty=5)], today=TODAY)
    assert StockDispatch.select().count() == 2  # the refused ones left nothing
    sd.dispatch(township, "V001", DAY, [line(lot="A", qty=50)], today=TODAY)
    assert stock_card("coc", "T01")[1][-1].balance == 0
    assert [v.status for v in sd.dispatch_status()] == ["sent"] * 3


def test_only_a_township_dispatches(db_path, admin):
    with pytest.raises(ValueError, match="只在乡镇"):
        sd.dispatch(admin, "V001", DAY, [line()], today=TODAY)


@pytest.fixture
def village(db_path, admin):
    """A village database holding the township's voucher as a packet would have brought it."""
    township = Actor("sync", "T01")
    head = changes.insert(StockDispatch, township, to_site="V001", to_name="红旗村", number="T01-20261120-01",
                          day=DAY)
    for n, (code, lot, qty) in enumerate((("coc", "A", 100), ("condom", "K", 200)), start=1):
        changes.insert(StockDispatchLine, township, dispatch=head.id, line_no=n, commodity_code=code,
                       lot_number=lot, expiry_date=EXP, quantity=qty)
    other = changes.insert(StockDispatch, township, to_site="V002", to_name="二村", number="T01-20261120-02",
                           day=DAY)
    changes.insert(StockDispatchLine, township, dispatch=other.id, line_no=1, commodity_code="coc",
                   lot_number="B", expiry_date=EXP, quantity=5)
    return head


def test_pending_lists_only_this_village(village):
    (pending,) = sd.pending_receipts()
    assert pending.number == "T01-20261120-01" and pending.sent_total == 300
    assert sd.pending_count() == 1


@pytest.mark.parametrize(("received", "reason", "day", "message"), [
    ({1: 90}, "", TODAY, "请填写原因"),
    ({1: 101}, "多了", TODAY, "第1行：实收101多于调拨的100"),
    ({3: 1}, "x", TODAY, "没有第3行"),
    ({1: -1}, "x", TODAY, "不是非负整数"),
    ({}, "", dt.date(2026, 11, 19), "早于调拨日期"),
    ({}, "", dt.date(2026, 11, 23), "将来的日期"),
])
def test_confirmation_refusals_write_nothing(village, admin, received, reason, day, message):
    with pytest.raises(ValueError, match=message):
        sd.confirm_receipt(admin, village.uuid, received, reason, day=day, today=TODAY)
    assert StockReceiptConfirmation.select().count() == 0 and StockTxn.select().count() == 0
    assert sd.pending_count() == 1


def test_a_ledger_refusal_leaves_no_confirmation(village, admin):
    # The voucher number was already booked by hand: the ledger refuses, nothing is half-written.
    ledger.receive(admin, day=DAY, document_number=village.number,
                   lines=[ledger.ReceiptLine("coc", "Q", EXP, 1)], today=TODAY)
    with pytest.raises(ValueError, match="已经登记过"):
        sd.confirm_receipt(admin, village.uuid, today=TODAY)
    assert StockReceiptConfirmation.select().count() == 0 and StockReceiptLine.select().count() == 0
    assert StockTxn.select().count() == 1


def test_confirm_in_full_then_once_only(village, admin):
    conf = sd.confirm_receipt(admin, village.uuid, day=DAY, today=TODAY)
    assert conf.site_code == "V001" and conf.action_uuid and conf.reason == ""
    receipts = list(StockTxn.select().where(StockTxn.action_uuid == conf.action_uuid).order_by(StockTxn.id))
    assert [(t.commodity_code, t.lot.lot_number, t.lot.expiry_date, t.quantity, t.document_number) for t in receipts] == [
        ("coc", "A", EXP, 100, village.number), ("condom", "K", EXP, 200, village.number)]
    assert [r.received_quantity for r in StockReceiptLine.select().order_by(StockReceiptLine.id)] == [100, 200]
    with pytest.raises(ValueError, match="不能重复确认"):
        sd.confirm_receipt(admin, village.uuid, day=DAY, today=TODAY)
    assert sd.pending_receipts() == []
    assert sd.dispatch_view(village.number).status == "received"


def test_nothing_arrived(village, admin):
    conf = sd.confirm_receipt(admin, village.uuid, {1: 0, 2: 0}, "车辆未到", today=TODAY)
    assert conf.action_uuid is None and StockTxn.select().count() == 0
    view = sd.dispatch_view(village.uuid)
    assert (view.status, view.received_total) == ("short", 0)


def test_a_user_without_stock_rights_cannot_confirm(village):
    clerk = Session("li", "李", "viewer", "V001")  # a role outside manage_stock
    with pytest.raises(Exception, match="无权"):
        sd.confirm_receipt(clerk, village.uuid, today=TODAY)


def test_version_8_file_gets_the_dispatch_tables(tmp_path, monkeypatch):
    from db import connection

    path = tmp_path / "old.db"
    monkeypatch.setattr(schema, "CODE_SCHEMA_VERSION", 8)
    schema.open_sqlite(path, create=True).close()
    monkeypatch.undo()
    conn = sqlite3.connect(path)
    assert "stock_dispatch" not in {r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE type='table'")}
    conn.close()
    db = schema.open_sqlite(path)
    assert schema.get_version(db) == schema.CODE_SCHEMA_VERSION >= 9
    assert {"stock_dispatch", "stock_dispatch_line", "stock_receipt_confirmation", "stock_receipt_line"} <= set(
        db.get_tables())
    triggers = {r[0] for r in db.execute_sql("SELECT name FROM sqlite_master WHERE type='trigger'")}
    assert {"stock_dispatch_no_delete", "stock_receipt_confirmation_no_delete"} <= triggers
    assert list(tmp_path.glob(f"old.before-v{schema.CODE_SCHEMA_VERSION}.*.bak"))
    connection.database.close()


def test_a_confirmation_from_another_village_does_not_count(village):
    changes.insert(StockReceiptConfirmation, Actor("x", "V002"), dispatch=village.id, received_date=DAY,
                   received_by="某人")
    assert sd.dispatch_view(village.uuid).status == "sent"
