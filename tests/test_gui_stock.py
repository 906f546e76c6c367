"""The stock window: opened from the stock menu, commodities with bands, the stock card of the
selected one, lots and near-expiry; receive/issue/count dialogs (refusals shown in the dialog);
reversal; the monthly report exported off the GUI thread. qtmodeltester on every model."""

from __future__ import annotations

import datetime as dt

import pytest

from app.stock import ledger
from app.stock.ledger import IssueForm, ReceiptLine
from db.models_services import Visit
from tests.conftest import TODAY
from ui.stock_models import LotsModel, StockCardModel, StockStatusModel

pytest_plugins = ["tests.gui_fixtures"]


@pytest.fixture
def stocked(session, people):
    ledger.receive(session, day=dt.date(2026, 9, 1), document_number="RK-1", lines=[
        ReceiptLine("coc", "A", dt.date(2027, 6, 30), 100), ReceiptLine("coc", "N", dt.date(2027, 1, 15), 10),
        ReceiptLine("condom", "K", dt.date(2029, 1, 31), 500)], today=TODAY)
    for day in (dt.date(2026, 9, 10), dt.date(2026, 10, 10), dt.date(2026, 11, 10)):
        ledger.issue(session, IssueForm("coc", day, 12, destination="一组服务点"), today=TODAY)
    return people


@pytest.fixture
def stock_window(qtbot, make_window, stocked):
    window = make_window()
    assert window.stock_menu.menu.title() == "库存(&S)"
    window.stock_menu.open_action.trigger()
    sw = window.stock_menu.stock_window
    qtbot.waitExposed(sw)
    qtbot.waitUntil(lambda: sw.card_model.rowCount() > 0, timeout=5000)
    return sw


def test_window_shows_status_card_and_lots(stock_window, qtmodeltester):
    sw = stock_window
    coc = next(sw.status_model.row_at(i) for i in range(sw.status_model.rowCount())
               if sw.status_model.row_at(i).code == "coc")
    # 110 received, 36 issued; AMC over Aug–Oct (0 + 12 + 12) ÷ 3 = 8.
    assert (coc.balance, coc.amc) == (74, 8)
    assert sw.selected_code() == "coc"
    assert [sw.card_model.row_at(i).balance for i in range(sw.card_model.rowCount())] == [100, 110, 100, 98, 86, 74]
    assert sw.near_model.rowCount() == 0 or all(sw.near_model.row_at(i).state != "ok"
                                                for i in range(sw.near_model.rowCount()))
    assert sw.lots_model.rowCount() == 2  # lot N is empty
    for model in (sw.status_model, sw.card_model, sw.lots_model, sw.near_model):
        qtmodeltester.check(model)
    for model in (StockStatusModel(), StockCardModel(), LotsModel()):
        qtmodeltester.check(model)  # empty


def test_receive_dialog_refuses_a_duplicate_then_saves(qtbot, stock_window):
    from ui.stock_dialogs import ReceiveDialog

    dialog = ReceiveDialog(stock_window.session, stock_window, today=TODAY, commodity_code="dmpa")
    qtbot.addWidget(dialog)
    dialog.document.setText("RK-1")
    dialog.lot.setText("D1")
    dialog.quantity.setValue(20)
    dialog.try_accept()
    assert "入库单号“RK-1”已经登记过" in dialog.error.text() and dialog.result() == 0
    dialog.document.setText("RK-2")
    dialog.try_accept()
    assert dialog.result_action is not None and dialog.result() == 1
    assert ledger.balance(dialog.result_action.lines[0].lot_id) == 20


def test_issue_dialog_to_a_woman_records_her_visit(qtbot, stock_window):
    from ui.stock_dialogs import IssueDialog

    dialog = IssueDialog(stock_window.session, stock_window, today=TODAY, commodity_code="coc")
    qtbot.addWidget(dialog)
    dialog.to_woman.setChecked(True)
    dialog.try_accept()
    assert "请先查找并选择一位妇女" in dialog.error.text()
    dialog.search.setText("张秀英")
    dialog.find_women()
    assert dialog.woman.count() == 1
    dialog.quantity.setValue(3)
    dialog.try_accept()
    visit = Visit.get(Visit.uuid == dialog.result_action.visit_uuid)
    assert (visit.supply_kind, visit.supply_quantity) == ("pill", 3)
    # FEFO: lot N expired first but the first issue emptied it.
    assert dialog.result_action.lines[0].lot.lot_number == "A"


def test_count_dialog_presets_the_book_and_corrects(qtbot, stock_window):
    from ui.stock_dialogs import CountDialog

    dialog = CountDialog(stock_window.session, stock_window, today=TODAY, commodity_code="condom")
    qtbot.addWidget(dialog)
    assert dialog.counted.value() == 500
    dialog.counted.setValue(497)
    dialog.try_accept()
    assert [ln.quantity for ln in dialog.result_action.lines] == [0, -3]


def test_reverse_selected_line_and_export_report(qtbot, stock_window, monkeypatch, tmp_path):
    from PySide6.QtWidgets import QInputDialog

    sw = stock_window
    sw.card_table.selectRow(sw.card_model.rowCount() - 1)
    assert sw.buttons["reverse"].isEnabled()
    monkeypatch.setattr(QInputDialog, "getText", staticmethod(lambda *a, **k: ("发错了", True)))
    sw.reverse_selected()
    qtbot.waitUntil(lambda: sw.card_model.rowCount() == 7 and sw.card_model.row_at(6).reversal, timeout=5000)
    assert sw.card_model.row_at(6).balance == 86
    target = tmp_path / "stock.xlsx"
    with qtbot.waitSignal(sw.reportWritten, timeout=10000) as blocker:
        sw.export_report("2026-10", str(target))
    assert blocker.args == [str(target)] and target.stat().st_size > 1000


def test_issue_to_the_woman_selected_in_the_register(qtbot, make_window, stocked, monkeypatch):
    from PySide6.QtWidgets import QDialog

    window = make_window()
    qtbot.waitUntil(lambda: window.model.rowCount() > 0, timeout=5000)
    window.view.selectRow(0)
    uuid = window.selected_uuid()
    seen = {}

    def fake_exec(dialog):
        seen["woman"] = dialog.woman.currentData()
        dialog.quantity.setValue(2)
        dialog.try_accept()
        return dialog.result()

    monkeypatch.setattr(QDialog, "exec", fake_exec)
    assert window.stock_menu.issue_action in window.stock_menu.menu.actions()
    dialog = window.stock_menu.issue_to_selected()
    assert seen["woman"] == uuid and dialog.to_woman.isChecked()
    assert Visit.get(Visit.uuid == dialog.result_action.visit_uuid).supply_quantity == 2
