"""Screenshots of stock dispatched by the township (see ui/screenshots.py):
stock_dispatch_dialog.png, stock_dispatch_status.png (township), stock_pending.png,
stock_pending_menu.png, stock_confirm_receipt.png (village).

    python -m ui.stock_dispatch_screenshots OUTDIR [--lang en]
"""

from __future__ import annotations

import datetime as dt
import sys
from collections.abc import Callable
from pathlib import Path


def _settle(app) -> None:
    from ui.workers import wait_for_background

    for _ in range(3):
        wait_for_background()
        app.processEvents()


def dispatch_shots(save: Callable, app, workdir: Path) -> None:
    from app.auth import Session, login
    from app.sites import init_database
    from app.stock import dispatch as sd
    from app.stock import ledger
    from db import changes
    from db.changes import Actor
    from db.models import Site
    from ui.main_window import MainWindow

    today = dt.date.today()
    day = today - dt.timedelta(days=6)
    exp = today.replace(year=today.year + 2)
    db = init_database(workdir / "dispatch-township.db", site_code="T001", site_name="红星镇", kind="township",
                       admin_username="admin", admin_password="admin123")
    for code, name in (("V001", "红旗村"), ("V002", "向阳村"), ("V003", "东风村")):
        changes.insert(Site, Actor("sync", code), code=code, name=name, kind="village")
    session = login("admin", "admin123", "T001")
    ledger.receive(session, day=day, document_number="XJ-2026-31",
                   lines=[ledger.ReceiptLine("coc", "C2611", exp, 2000)], today=today)
    made = []
    for n, (to, lines) in enumerate((
        ("V001", [("coc", "C2611", 120), ("condom", "K0918", 600)]),
        ("V002", [("coc", "C2611", 80), ("dmpa", "D77", 30)]),
        ("V003", [("condom", "K0918", 400)]),
    )):
        made.append(sd.dispatch(session, to, day + dt.timedelta(days=n), [
            sd.DispatchLineIn(code, lot, exp, qty) for code, lot, qty in lines], "十一月补货", today=today))
    # The villages' confirmations, as their packets bring them back.
    sd.confirm_receipt(Session("wang", "王芳", "worker", "V001"), made[0].uuid, day=today - dt.timedelta(days=2),
                       today=today)
    sd.confirm_receipt(Session("li", "李娜", "worker", "V002"), made[1].uuid, {2: 25}, "五支包装破损，已退回",
                       day=today - dt.timedelta(days=1), today=today)
    window = MainWindow(session, site_name="红星镇", demo=True)
    window.show()
    status = window.stock_menu.open_dispatches()
    status.resize(1180, 560)
    _settle(app)
    status.table.selectRow(1)
    save(status, "stock_dispatch_status")
    from ui.stock_dispatch import DispatchDialog

    dialog = DispatchDialog(session, status, today=today, to_site="V003")
    dialog.note.setText("十二月补货")
    dialog.lines.cellWidget(0, 1).setText("C2611")
    dialog.lines.cellWidget(0, 3).setValue(100)
    dialog.add_line("condom", "K0918", exp, 300)
    dialog.add_line("ec", "", exp, 0)
    dialog.try_accept()  # the empty lot is refused: the message shows in the dialog
    save(dialog, "stock_dispatch_dialog")
    dialog.reject()
    status.close()
    window.idle.uninstall()
    window.close()
    _settle(app)
    db.close()
    _village(save, app, workdir, today, exp)


def _village(save: Callable, app, workdir: Path, today: dt.date, exp: dt.date) -> None:
    from app.auth import login
    from app.sites import init_database
    from db import changes
    from db.changes import Actor
    from db.models_stock_dispatch import StockDispatch, StockDispatchLine
    from ui.main_window import MainWindow

    db = init_database(workdir / "dispatch-village.db", site_code="V003", site_name="东风村", kind="village",
                       groups=3, admin_username="admin", admin_password="admin123")
    township = Actor("admin", "T001")
    for n, lines in enumerate(([("condom", "K0918", 400)], [("coc", "C2611", 60), ("ec", "E12", 20)])):
        head = changes.insert(StockDispatch, township, to_site="V003", to_name="东风村",
                              number=f"T001-{today - dt.timedelta(days=4 - n):%Y%m%d}-0{n + 1}",
                              day=today - dt.timedelta(days=4 - n), note="十一月补货" if n == 0 else "")
        for no, (code, lot, qty) in enumerate(lines, start=1):
            changes.insert(StockDispatchLine, township, dispatch=head.id, line_no=no, commodity_code=code,
                           lot_number=lot, expiry_date=exp, quantity=qty)
    window = MainWindow(login("admin", "admin123", "V003"), site_name="东风村", demo=True)
    window.show()
    _settle(app)
    menu = window.stock_menu
    stock = menu.open()
    _settle(app)
    stock.tabs.setCurrentIndex(stock.pending_tab)
    _settle(app)
    save(stock, "stock_pending")
    window.menuBar().setActiveAction(menu.menu.menuAction())
    _settle(app)
    save(window, "stock_pending_menu")
    menu.menu.hide()
    from ui.stock_dispatch_receive import ConfirmReceiptDialog

    dialog = ConfirmReceiptDialog(stock.session, stock.pending.selected(), stock, today=today)
    dialog.spins[1].setValue(380)
    dialog.try_accept()  # short without a reason: refused, the message shows
    save(dialog, "stock_confirm_receipt")
    dialog.reject()
    stock.close()
    window.idle.uninstall()
    window.close()
    _settle(app)
    db.close()


def main(argv: list[str] | None = None) -> int:
    from ui.screenshot_cli import run

    return run("python -m ui.stock_dispatch_screenshots", dispatch_shots, argv)


if __name__ == "__main__":
    sys.exit(main())
