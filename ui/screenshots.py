"""Screenshots of every window from a demo database, for the user guide and for review.

    python -m ui.screenshots OUTDIR [--lang en] [--women 300]

Runs offscreen by default; writes login.png, main.png, card.png, add_error.png, lock.png, …
"""

from __future__ import annotations

import argparse
import dataclasses
import os
import sys
import tempfile
from pathlib import Path


def _settle(app, rounds: int = 5) -> None:
    from ui.workers import wait_for_background

    wait_for_background()
    for _ in range(rounds):
        app.processEvents()


def take(outdir: Path, *, lang: str | None, women: int) -> list[Path]:
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from ui.application import make_app

    app = make_app(lang)
    from app.auth import login
    from app.demo import create_demo
    from app.names import pinyin_keys
    from app.register import card_by_uuid, form_of, update_woman
    from app.register_query import RegisterFilter, fetch_page
    from app.sites import local_site
    from db.schema import open_sqlite
    from ui.login import LoginDialog
    from ui.main_window import MainWindow
    from ui.woman_card import WomanCardDialog
    from ui.woman_dialog import WomanDialog

    outdir.mkdir(parents=True, exist_ok=True)
    shots: list[Path] = []

    def save(widget, name: str) -> None:
        widget.show()
        _settle(app)
        path = outdir / f"{name}.png"
        widget.grab().save(str(path))
        shots.append(path)

    with tempfile.TemporaryDirectory() as tmp:
        db_file = Path(tmp) / "demo.db"
        create_demo(db_file, women=women)
        db = open_sqlite(db_file)
        site = local_site()

        login_dialog = LoginDialog(site.code, site_name=site.name, demo=True)
        save(login_dialog, "login")
        login_dialog.username.setText("admin")
        login_dialog.password.setText("wrong")
        login_dialog.try_login()
        save(login_dialog, "login_error")
        login_dialog.close()

        session = login("admin", "admin123", site.code)
        window = MainWindow(session, site_name=site.name, demo=True)
        save(window, "main")

        # Give one woman a history worth showing on her card.
        row = fetch_page(RegisterFilter(site_code=site.code), limit=1)[0]
        form = form_of(card_by_uuid(row.card_uuid))
        worker = login("worker", "worker123", site.code)
        update_woman(worker, row.card_uuid, dataclasses.replace(
            form, residence="out_migrant", destination="广东省东莞市", contact_person="李建国",
            contact_phone="13900001111", phone="13800001111"))
        card = WomanCardDialog(session, row.card_uuid, window)
        card.resize(900, 680)
        save(card, "card")
        card.close()

        add = WomanDialog(session, window)
        add.editor("name").setText("王小红")
        add.editor("id_number").setText("110101199005172346")
        add._touched.update({"name", "id_number"})
        add.revalidate()
        save(add, "add_error")
        add.editor("id_number").setText(row.id_number or "")
        add._show_all = True
        add.revalidate()
        save(add, "add_duplicate")
        add.close()

        _service_shots(window, session, save, app)
        from ui.backup_screenshots import backup_shots

        backup_shots(window, session, save, app, db_file)
        _help_shots(window, save, app)
        _stock_shots(window, save, app)
        from ui.return_screenshots import return_shots

        return_shots(window, session, save, app)
        from ui.incentive_screenshots import incentive_shots

        incentive_shots(window, save, app)
        from ui.sync_screenshots import sync_shots

        sync_shots(window, save, app, tmp)

        window.filter_bar.search.setText(pinyin_keys(row.name)[1])
        window.filter_bar._emit()
        save(window, "search")

        window.lock()
        _settle(app)
        save(window, "lock_cover")
        save(window.lock_dialog, "lock")
        window.lock_dialog.password.setText("x")
        window.lock_dialog.try_unlock()
        save(window.lock_dialog, "lock_error")
        window.close()
        _settle(app)
        db.close()
        from ui.township_screenshots import township_shots

        township_shots(save, app, Path(tmp))  # a township demo of its own
        from ui.stock_dispatch_screenshots import dispatch_shots

        dispatch_shots(save, app, Path(tmp))  # stock dispatched by a township, received by a village
    return shots


def _service_shots(window, session, save, app) -> None:
    """The due list, the quick visit dialog, a method dialog and a card with services."""
    from app.due import DueFilter, due_list

    window.open_due_list("week")
    due = window.due_window
    due.resize(1000, 620)
    _settle(app)
    save(due, "due_list")
    from ui.rules_window import show_rules_window

    rules = show_rules_window(window)
    save(rules, "rules")
    rules.close()
    if due.model.rowCount():
        due.table.selectRow(0)
        visit = due.visit_dialog(due.model.row_at(0))
        visit.editor("findings").setText("无不适，按时服药")
        visit.editor("supply_kind").setCurrentIndex(visit.editor("supply_kind").findData("pill"))
        save(visit, "visit_dialog")
        visit.editor("date").setText("2099-01-01")
        visit.save()
        save(visit, "visit_error")
        visit.close()
    rows = due_list(DueFilter(view="all"), None, limit=50)
    busy = next((r for r in rows if r.card_uuid), None)
    if busy is None:
        due.close()
        return
    from ui.woman_card import WomanCardDialog

    card = WomanCardDialog(session, busy.card_uuid, window)
    card.resize(980, 720)
    save(card, "card_services")
    start = card.service_dialog("method_start")
    method = start.editor("method")
    method.setCurrentIndex(method.findData("implant"))
    for code in ("iud", "implant", "injectable", "pill", "condom"):
        start.editor("methods_explained").boxes[code].setChecked(True)
    own = start.editor("own_choice")
    own.setCurrentIndex(own.findData(True))
    save(start, "method_start")
    start.close()
    event = card.service_dialog("event")
    kind = event.editor("kind")
    kind.setCurrentIndex(kind.findData("pregnancy_outcome"))
    event.editor("child_name").setText("李小宝")
    save(event, "event_dialog")
    event.close()
    card.close()
    due.close()


def _stock_shots(window, save, app) -> None:
    """The stock window on the demo's stock history, and its issue dialog."""
    from ui.stock_dialogs import IssueDialog

    menu = getattr(window, "stock_menu", None)
    if menu is None:
        return
    stock = menu.open()
    _settle(app)
    stock.status_table.selectRow(0)
    _settle(app)
    save(stock, "stock")
    stock.tabs.setCurrentIndex(2)
    save(stock, "stock_near_expiry")
    stock.tabs.setCurrentIndex(0)
    issue = IssueDialog(window.session, stock, commodity_code="coc")
    issue.to_woman.setChecked(True)
    save(issue, "stock_issue")
    issue.close()
    stock.close()


def _help_shots(window, save, app) -> None:
    """The user guide at the main window's section, the shortcut sheet, the about box, and the
    main window in large-font mode (applied, not saved to the user's settings)."""
    from ui import large_font
    from ui.about_dialog import AboutDialog
    from ui.help_shortcuts import ShortcutSheet

    controller = window.help_controller
    controller.open_guide(window)
    controller.help_window.resize(900, 640)
    controller.help_window.show_section("登记册（主窗口）")
    save(controller.help_window, "help")
    controller.help_window.close()
    sheet = ShortcutSheet(window)
    save(sheet, "shortcuts")
    sheet.close()
    about = AboutDialog(window, window.session, "红旗村")
    save(about, "about")
    about.close()
    large_font.apply(app, True)
    save(window, "large_font")
    large_font.apply(app, False)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m ui.screenshots")
    parser.add_argument("outdir", type=Path)
    parser.add_argument("--lang", default=None)
    parser.add_argument("--women", type=int, default=300)
    args = parser.parse_args(argv)
    for path in take(args.outdir, lang=args.lang, women=args.women):
        print(path)
    return 0


if __name__ == "__main__":
    sys.exit(main())
