"""Withdrawing a dispatch at the township: voided with a reason, the township's own lot restored
by a reversal, the village's pending receipt gone after the next packet; refused once the village
confirmed; a confirmation that crossed the cancellation is shown for checking. Service, command
and the status window."""

from __future__ import annotations

import datetime as dt
import json

import pytest

from app.cli import main
from app.stock import dispatch as sd
from app.stock import ledger
from app.stock.catalogue import StockError
from app.stock.views import stock_card

from .conftest import TODAY
from .sync_sites import Place, enrol

pytest_plugins = ["tests.gui_fixtures"]

DAY = TODAY - dt.timedelta(days=3)
EXP = dt.date(2027, 6, 30)


@pytest.fixture
def sites(tmp_path):
    township = Place(tmp_path, "T01", "township", "红星镇")
    village = Place(tmp_path, "V001", "village", "一村")
    enrol(township, village)
    assert township.import_(village.export("T01")).status == "imported"
    with township:
        ledger.receive(township.session, day=DAY, document_number="XJ-1",
                       lines=[ledger.ReceiptLine("coc", "A", EXP, 500)], today=TODAY)
    yield township, village
    township.db.close()
    village.db.close()


def _dispatch(township: Place) -> sd.StockDispatch:
    with township:
        return sd.dispatch(township.session, "V001", DAY, [sd.DispatchLineIn("coc", "A", EXP, 120),
                                                           sd.DispatchLineIn("condom", "K9", EXP, 50)],
                           today=TODAY)


def test_cancel_restores_the_township_lot_and_reaches_the_village(sites):
    township, village = sites
    head = _dispatch(township)
    assert village.import_(township.export("V001")).summary["notes"]  # one pending receipt
    with village:
        assert [v.number for v in sd.pending_receipts()] == [head.number]
    with township:
        assert stock_card("coc", "T01")[1][-1].balance == 380
        with pytest.raises(StockError, match="必须填写原因"):
            sd.cancel_dispatch(township.session, head.number, "  ", today=TODAY)
        sd.cancel_dispatch(township.session, head.number, "发错村", today=TODAY)
        assert stock_card("coc", "T01")[1][-1].balance == 500  # the issue reversed
        (view,) = sd.dispatch_status()
        assert view.status == "cancelled" and view.status_text == "已作废"
        with pytest.raises(StockError, match="已经作废"):
            sd.cancel_dispatch(township.session, head.number, "again", today=TODAY)
    assert village.import_(township.export("V001")).status == "imported"
    with village:
        assert sd.pending_receipts() == [] and sd.pending_count() == 0
        with pytest.raises(StockError, match="已被乡镇作废"):
            sd.confirm_receipt(village.session, head.uuid, today=TODAY)


def test_a_confirmed_dispatch_cannot_be_cancelled_and_a_crossed_one_is_flagged(sites):
    township, village = sites
    first, second = _dispatch(township), _dispatch(township)
    village.import_(township.export("V001"))
    with village:
        sd.confirm_receipt(village.session, first.uuid, today=TODAY)
        sd.confirm_receipt(village.session, second.uuid, today=TODAY)
    back = village.export("T01")
    # The township cancels the second before the village's confirmations arrive.
    with township:
        sd.cancel_dispatch(township.session, second.number, "数量有误", today=TODAY)
    result = township.import_(back)
    assert result.summary["notes"] == [f"调拨单{second.number}已作废，但一村已确认收货：药具已在村里入库，请与村核对"]
    with township:
        with pytest.raises(StockError, match="已确认收到调拨单"):
            sd.cancel_dispatch(township.session, first.number, "太晚了", today=TODAY)
        status = {v.number: v.status for v in sd.dispatch_status()}
        assert status == {first.number: "received", second.number: "cancelled_received"}
        assert sd.dispatch_view(second.number).status_text == "已作废，但村已确认收货（请核对）"
    # The village is told too when the cancellation reaches it.
    told = village.import_(township.export("V001"))
    assert told.summary["notes"] == [f"乡镇已作废调拨单{second.number}，但本村已确认收货：请与乡镇核对，药具需退回时在库存中登记"]


def test_cancel_dispatch_command(sites, capsys):
    township, _village = sites
    head = _dispatch(township)
    township.db.close()
    assert main(["stock", "cancel-dispatch", "--db", str(township.path), head.number, "--reason", "发错村",
                 "--json"]) == 0
    data = json.loads(capsys.readouterr().out)
    assert data["status"] == "cancelled" and data["number"] == head.number
    assert main(["stock", "cancel-dispatch", "--db", str(township.path), head.number, "--reason", "x"]) == 1
    assert "已经作废" in capsys.readouterr().err
    township.reopen()


def test_status_window_cancels_after_reason_and_confirmation(qtbot, sites, monkeypatch):
    from ui import ask
    from ui.stock_dispatch import DispatchStatusWindow

    township, _village = sites
    head = _dispatch(township)
    with township:
        window = DispatchStatusWindow(township.session, today=TODAY)
        qtbot.addWidget(window)
        qtbot.waitUntil(lambda: window.model.rowCount() == 1, timeout=5000)
        assert window.cancel_button.isEnabled()
        monkeypatch.setattr(ask, "reason", lambda *_a: None)  # the reason dialog cancelled
        assert not window.cancel_selected()
        monkeypatch.setattr(ask, "reason", lambda *_a: "发错村")
        monkeypatch.setattr(ask, "confirm", lambda *_a: False)
        assert not window.cancel_selected()
        assert sd.dispatch_view(head.number).status == "sent"
        monkeypatch.setattr(ask, "confirm", lambda *_a: True)
        with qtbot.waitSignal(window.loaded, timeout=5000):
            assert window.cancel_selected()
        assert window.model.row_at(0).status == "cancelled"
        assert not window.cancel_button.isEnabled()
