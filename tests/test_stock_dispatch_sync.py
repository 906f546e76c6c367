"""Stock dispatched by the township, end to end over real packets: the township dispatches and
exports; the village imports, sees one pending receipt, confirms it (its stock card shows the
receipt) and exports back; the township imports and sees the dispatch received. Re-import is a
no-op; a second village never lists the first village's dispatch."""

from __future__ import annotations

import datetime as dt

import pytest

from app.stock import dispatch as sd
from app.stock import ledger, sync_hooks
from app.stock.views import stock_card
from app.sync.importer import inspect as inspect_packet
from db.models_stock_dispatch import StockDispatch, StockReceiptConfirmation

from .conftest import TODAY
from .sync_sites import Place, enrol

DAY = TODAY - dt.timedelta(days=3)


@pytest.fixture
def sites(tmp_path):
    township = Place(tmp_path, "T01", "township", "红星镇")
    a = Place(tmp_path, "V001", "village", "一村")
    b = Place(tmp_path, "V002", "village", "二村")
    enrol(township, a, b)
    for village in (a, b):
        assert township.import_(village.export("T01")).status == "imported"
    yield township, a, b
    for place in (township, a, b):
        place.db.close()


def test_dispatch_travels_is_confirmed_and_comes_back_received(sites):
    township, a, b = sites
    with township:
        # The township keeps lot A in its own ledger: the dispatch issues it out of its stock.
        ledger.receive(township.session, day=DAY, document_number="XJ-1",
                       lines=[ledger.ReceiptLine("coc", "A", dt.date(2027, 6, 30), 500)], today=TODAY)
        head = sd.dispatch(township.session, "V001", DAY, [
            sd.DispatchLineIn("coc", "A", dt.date(2027, 6, 30), 120),
            sd.DispatchLineIn("condom", "K9", dt.date(2029, 1, 31), 300),
        ], "十一月补货", today=TODAY)
        assert stock_card("coc", "T01")[1][-1].balance == 380
        (view,) = sd.dispatch_status()
        assert (view.status, view.sent_total, view.received_total) == ("sent", 420, None)

    first = a.import_(township.export("V001"))
    assert first.status == "imported"
    assert first.summary["tables"]["stock_dispatch"]["imported"] == 1
    assert sync_hooks.last_new_pending == 1
    assert first.summary["notes"] == ["乡镇调拨了1笔药具，请在“库存 → 待收货”中核对并确认收货"]
    assert first.message.endswith("待收货”中核对并确认收货")
    with a:
        (pending,) = sd.pending_receipts()
        assert pending.uuid == head.uuid and pending.number == head.number
        assert [(ln.commodity_code, ln.lot_number, ln.quantity) for ln in pending.lines] == [
            ("coc", "A", 120), ("condom", "K9", 300)]
        conf = sd.confirm_receipt(a.session, head.uuid, {2: 290}, "一箱受潮未收", day=TODAY, today=TODAY)
        assert sd.pending_receipts() == []
        _opening, lines = stock_card("coc", "V001")
        assert [(ln.kind, ln.lot_number, ln.quantity, ln.balance) for ln in lines] == [("receipt", "A", 120, 120)]
        assert head.number in lines[0].source
        assert stock_card("condom", "V001")[1][-1].balance == 290
        with pytest.raises(ValueError, match="已经确认收货"):
            sd.confirm_receipt(a.session, head.uuid, today=TODAY)
        # Nothing of the township's was edited here: the dispatch row is still its version 1.
        assert StockDispatch.get(StockDispatch.uuid == head.uuid).row_version == 1

    back = a.export("T01")
    assert township.import_(back).status == "imported"
    with township:
        (view,) = sd.dispatch_status()
        assert (view.status, view.received_total, view.reason) == ("short", 410, "一箱受潮未收")
        assert [ln.received for ln in view.lines] == [120, 290]
        assert StockReceiptConfirmation.get(StockReceiptConfirmation.uuid == conf.uuid).site_code == "V001"
        assert stock_card("condom", "V001")[1][-1].balance == 290  # the village's ledger came too
    # Importing the same packet again changes nothing.
    again = township.import_(back)
    assert again.status == "already_imported"
    with township:
        assert len(sd.dispatch_status()) == 1

    # Village B's packet carries the township's rules and catalogue but nothing of A's dispatch
    # (app/sync/audience.py), nor the township's own ledger.
    to_b = township.export("V002")
    counts = inspect_packet(to_b)["counts"]
    assert not {"stock_dispatch", "stock_dispatch_line", "stock_lot", "stock_txn"} & set(counts)
    assert b.import_(to_b).status == "imported"
    assert sync_hooks.last_new_pending == 0
    with b:
        assert sd.pending_receipts() == []
        assert not StockDispatch.select().exists()
        with pytest.raises(ValueError, match="找不到调拨单"):
            sd.confirm_receipt(b.session, head.uuid, today=TODAY)


def test_a_full_receipt_reads_received_at_the_township(sites):
    township, a, _b = sites
    with township:
        head = sd.dispatch(township.session, "V001", DAY, [sd.DispatchLineIn("dmpa", "D1", dt.date(2027, 9, 30), 20)],
                           today=TODAY)
    a.import_(township.export("V001"))
    with a:
        sd.confirm_receipt(a.session, head.number, day=DAY, today=TODAY)
    township.import_(a.export("T01"))
    with township:
        (view,) = sd.dispatch_status("V001")
        assert (view.status, view.received_date, view.received_total) == ("received", DAY, 20)
