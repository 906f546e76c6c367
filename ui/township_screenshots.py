"""Screenshots of the township windows from a small township demo (see ui/screenshots.py).

    python -m ui.township_screenshots OUTDIR [--lang en]
"""

from __future__ import annotations

import sys
from collections.abc import Callable
from pathlib import Path


def township_shots(save: Callable, app, workdir: Path) -> None:
    """township_register.png, township_board.png, township_duplicates.png,
    township_transfers.png, township_transfer_dialog.png, township_return.png, then the
    village's side (village_shots)."""
    from app.auth import login
    from app.township.demo import TOWNSHIP_CODE, TOWNSHIP_NAME, create_township_demo
    from db.schema import open_sqlite
    from ui.main_window import MainWindow
    from ui.workers import wait_for_background

    def settle() -> None:
        for _ in range(3):
            wait_for_background()
            app.processEvents()

    path = workdir / "township.db"
    create_township_demo(path)
    db = open_sqlite(path)
    session = login("admin", "admin123", TOWNSHIP_CODE)
    window = MainWindow(session, site_name=TOWNSHIP_NAME, demo=True)
    window.show()
    menu = window.township_menu
    register = menu.open("register")
    settle()
    save(register, "township_register")
    register.select_village("V002")
    settle()
    save(register, "township_register_village")
    board = menu.open("board")
    settle()
    save(board, "township_board")
    dups = menu.open("duplicates")
    settle()
    save(dups, "township_duplicates")
    if dups.dup_model.rowCount():
        dups.dup_table.selectRow(0)
        dups.request_transfer()
        dups.transfer_dialog.note.setText("婚嫁迁出")
        save(dups.transfer_dialog, "township_transfer_dialog")
        dups.transfer_dialog.submit()
        settle()
    dups.tabs.setCurrentIndex(1)
    save(dups, "township_transfers")
    ret = menu.open("return")
    ret.resize(760, 620)
    settle()
    save(ret, "township_return")
    for w in menu.windows.values():
        w.close()
    window.idle.uninstall()
    window.close()
    settle()
    db.close()
    village_shots(save, app, workdir)


def village_shots(save: Callable, app, workdir: Path) -> None:
    """village_transfers.png, village_transfer_receive.png: a village with the township's requests."""
    import datetime as dt
    import json

    from app import register
    from app.auth import login, system_session
    from app.idnumber import make
    from app.sites import init_database
    from db import changes
    from db.models_township import TransferRequest
    from ui.main_window import MainWindow
    from ui.workers import wait_for_background

    db = init_database(workdir / "village.db", site_code="V001", site_name="红旗村", kind="village", groups=3,
                       admin_username="admin", admin_password="admin123")
    today = dt.date.today()
    birth = dt.date(1990, 5, 17)
    form = register.WomanForm(name="郭萍", id_number=make("431121", birth, 222), birth_date=birth, group_number=2,
                              household_number="2001", marital_status="married", husband_name="李建国")
    card = register.add_woman(system_session("V001"), form, today=today)
    actor = system_session("T001").actor
    changes.insert(TransferRequest, actor, from_site="V001", to_site="V003", from_card_uuid=card.uuid,
                   name="郭萍", id_number=card.person.id_number, birth_date=birth, requested_date=today,
                   note="婚嫁迁出", from_name="红旗村", to_name="东风村")
    birth2 = dt.date(1994, 3, 8)
    changes.insert(TransferRequest, actor, from_site="V002", to_site="V001",
                   from_card_uuid="00000000-0000-0000-0000-000000000000", name="周小燕",
                   from_name="向阳村", to_name="红旗村",
                   id_number=make("431121", birth2, 404), birth_date=birth2, requested_date=today,
                   form_json=json.dumps({"name": "周小燕", "id_number": make("431121", birth2, 404),
                                         "birth_date": birth2.isoformat(), "marital_status": "married"}))
    window = MainWindow(login("admin", "admin123", "V001"), site_name="红旗村", demo=True)
    window.show()
    transfers = window.village_transfers.open()
    save(transfers, "village_transfers")
    transfers.table.selectRow(next(r for r in range(transfers.model.rowCount())
                                   if transfers.model.row_at(r).name == "周小燕"))
    transfers.receive()
    transfers.receive_dialog.household.setText("3008")
    save(transfers.receive_dialog, "village_transfer_receive")
    transfers.receive_dialog.reject()
    transfers.close()
    window.idle.uninstall()
    window.close()
    wait_for_background()
    app.processEvents()
    db.close()


def main(argv: list[str] | None = None) -> int:
    from ui.screenshot_cli import run

    return run("python -m ui.township_screenshots", township_shots, argv)


if __name__ == "__main__":
    sys.exit(main())
