"""Dispatch windows: at a village the stock menu shows pending receipts, the stock window lists
them in its 待收货 tab and the confirm dialog books them (reason required when short); at the
township the dispatch dialog and the status window. qtmodeltester on every model."""

from __future__ import annotations

import datetime as dt

import pytest

from app.auth import login
from app.sites import init_database
from app.stock import dispatch as sd
from app.stock.views import stock_card
from db import changes
from db.changes import Actor
from db.models import Site
from db.models_stock_dispatch import StockDispatch, StockDispatchLine
from tests.conftest import TODAY
from ui.stock_dispatch_models import DispatchLinesModel, DispatchStatusModel, PendingReceiptsModel

pytest_plugins = ["tests.gui_fixtures"]

DAY = dt.date(2026, 11, 20)
EXP = dt.date(2027, 6, 30)


@pytest.fixture
def voucher(session):
    """The township's voucher to this village, as a packet brings it (and one to another village)."""
    township = Actor("sync", "T01")
    head = changes.insert(StockDispatch, township, to_site="V001", to_name="红旗村", number="T01-20261120-01",
                          day=DAY, note="十一月补货")
    for n, (code, lot, qty) in enumerate((("coc", "A", 100), ("condom", "K", 200)), start=1):
        changes.insert(StockDispatchLine, township, dispatch=head.id, line_no=n, commodity_code=code,
                       lot_number=lot, expiry_date=EXP, quantity=qty)
    other = changes.insert(StockDispatch, township, to_site="V002", number="T01-20261120-02", day=DAY)
    changes.insert(StockDispatchLine, township, dispatch=other.id, line_no=1, commodity_code="coc",
                   lot_number="B", expiry_date=EXP, quantity=5)
    return head


def test_village_sees_confirms_and_the_notice_goes(qtbot, make_window, voucher, qtmodeltester, monkeypatch):
    from ui.stock_dispatch_receive import ConfirmReceiptDialog

    window = make_window()
    menu = window.stock_menu
    assert menu.menu.title() == "库存（待收货1）(&S)"
    assert menu.open_action.text() == "药具库存（待收货1）(&K)…"
    sw = menu.open()
    panel = sw.pending
    qtbot.waitUntil(lambda: panel.model.rowCount() == 1, timeout=5000)
    assert sw.tabs.tabText(sw.pending_tab) == "待收货：1"
    assert panel.model.row_at(0).number == voucher.number  # not the other village's
    assert panel.lines_model.rowCount() == 2 and panel.confirm_button.isEnabled()
    for model in (panel.model, panel.lines_model):
        qtmodeltester.check(model)

    dialogs = []

    def fill_and_accept(dialog):
        dialogs.append(dialog)
        dialog.spins[2].setValue(190)
        dialog.try_accept()
        assert "请填写原因" in dialog.error.text() and "少10" in dialog.difference.text()
        dialog.reason.setText("一箱破损")
        dialog.try_accept()
        return dialog.result()

    monkeypatch.setattr(ConfirmReceiptDialog, "exec", fill_and_accept)
    with qtbot.waitSignal(sw.pendingChanged, timeout=5000):
        panel.confirm_selected()
    assert dialogs[0].result_confirmation is not None
    qtbot.waitUntil(lambda: panel.model.rowCount() == 0, timeout=5000)
    assert sw.tabs.tabText(sw.pending_tab) == "待收货"
    assert menu.menu.title() == "库存(&S)" and menu.open_action.text() == "药具库存(&K)…"
    assert "已记入库存" in sw.message.text()
    assert stock_card("condom", "V001")[1][-1].balance == 190
    assert not panel.confirm_button.isEnabled()


def test_empty_models_pass_the_tester(qtmodeltester):
    for model in (DispatchStatusModel(), PendingReceiptsModel(), DispatchLinesModel()):
        qtmodeltester.check(model)


@pytest.fixture
def township_window(qtbot, tmp_path):
    from ui.main_window import MainWindow
    from ui.workers import wait_for_background

    db = init_database(tmp_path / "t.db", site_code="T01", site_name="红星镇", kind="township",
                       admin_username="admin", admin_password="admin-pass")
    changes.insert(Site, Actor("sync", "V001"), code="V001", name="一村", kind="village")
    changes.insert(Site, Actor("sync", "V002"), code="V002", name="二村", kind="village")
    session = login("admin", "admin-pass", "T01")
    window = MainWindow(session, site_name="红星镇", today=TODAY, idle_ms=60_000)
    qtbot.addWidget(window)
    window.show()
    yield window
    window.idle.uninstall()
    wait_for_background()
    db.close()


def test_township_dispatch_dialog_and_status(qtbot, township_window, qtmodeltester, monkeypatch):
    from ui.stock_dispatch import DispatchDialog

    menu = township_window.stock_menu
    assert menu.dispatch_action.text() == "调拨药具到村(&D)…"
    status = menu.open_dispatches()
    qtbot.waitUntil(lambda: "共0张" in status.summary.text(), timeout=5000)

    def fill(dialog):
        dialog.village.setCurrentIndex(dialog.village.findData("V002"))
        dialog.lines.cellWidget(0, 1).setText("A-1")
        dialog.lines.cellWidget(0, 3).setValue(120)
        dialog.add_line("condom", "", EXP, 10)
        dialog.try_accept()
        assert "第2行：批号不能为空" in dialog.error.text()
        dialog.lines.cellWidget(1, 1).setText("K")
        dialog.try_accept()
        return dialog.result()

    monkeypatch.setattr(DispatchDialog, "exec", fill)
    with qtbot.waitSignal(status.loaded, timeout=5000):
        dialog = status.new_dispatch()
    head = dialog.result_dispatch
    assert (head.to_site, head.to_name, head.site_code) == ("V002", "二村", "T01")
    assert status.model.rowCount() == 1 and status.model.row_at(0).sent_total == 130
    assert status.lines_model.rowCount() == 2
    assert "待村收货1" in status.summary.text()
    for model in (status.model, status.lines_model):
        qtmodeltester.check(model)
    assert [v.status for v in sd.dispatch_status()] == ["sent"]
    with qtbot.waitSignal(status.loaded, timeout=5000):
        status.village.setCurrentIndex(status.village.findData("V001"))
    assert status.model.rowCount() == 0


def test_screenshots_module_runs(qapp, tmp_path):
    from ui.stock_dispatch_screenshots import dispatch_shots

    saved = []
    dispatch_shots(lambda widget, name: saved.append((name, widget.grab().isNull())), qapp, tmp_path)
    assert saved == [(n, False) for n in ("stock_dispatch_status", "stock_dispatch_dialog", "stock_pending",
                                          "stock_pending_menu", "stock_confirm_receipt")]


def test_menu_notice_follows_a_packet_import(qtbot, make_window, session):
    window = make_window()
    menu = window.stock_menu
    # The stock menu connects to the sync menu once every menu is installed.
    qtbot.waitUntil(lambda: menu.sync_followed, timeout=5000)
    assert menu.menu.title() == "库存(&S)"
    township = Actor("sync", "T01")
    head = changes.insert(StockDispatch, township, to_site="V001", number="T01-20261121-01", day=DAY)
    changes.insert(StockDispatchLine, township, dispatch=head.id, line_no=1, commodity_code="coc",
                   lot_number="A", expiry_date=EXP, quantity=10)
    window.sync_menu.finished.emit(True, "已导入")
    assert menu.menu.title() == "库存（待收货1）(&S)"
