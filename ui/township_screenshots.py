"""Screenshots of the township windows from a small township demo (see ui/screenshots.py).

    python -m ui.township_screenshots OUTDIR [--lang en]
"""

from __future__ import annotations

import argparse
import os
import sys
import tempfile
from collections.abc import Callable
from pathlib import Path


def township_shots(save: Callable, app, workdir: Path) -> None:
    """township_register.png, township_board.png, township_duplicates.png,
    township_transfers.png, township_transfer_dialog.png, township_return.png."""
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


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m ui.township_screenshots")
    parser.add_argument("outdir", type=Path)
    parser.add_argument("--lang", default=None)
    args = parser.parse_args(argv)
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from ui.application import make_app

    app = make_app(args.lang)
    args.outdir.mkdir(parents=True, exist_ok=True)
    shots: list[Path] = []

    def save(widget, name: str) -> None:
        widget.show()
        for _ in range(5):
            app.processEvents()
        target = args.outdir / f"{name}.png"
        widget.grab().save(str(target))
        shots.append(target)

    with tempfile.TemporaryDirectory() as tmp:
        township_shots(save, app, Path(tmp))
    for shot in shots:
        print(shot)
    return 0


if __name__ == "__main__":
    sys.exit(main())
