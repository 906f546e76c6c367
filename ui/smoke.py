"""`fpreg gui --smoke`: open the windows once and exit 0, to check an installed program works.

Shows the login window, opens the database, and with --demo logs in as the demo
administrator and shows the main window with every feature menu; prints one line per step and
exits 0, or prints the error and exits 1. Runs offscreen with QT_QPA_PLATFORM=offscreen.
"""

from __future__ import annotations

import argparse
import sys
import traceback
from pathlib import Path


def run_smoke(args: argparse.Namespace) -> int:
    from ui.application import create_demo_database, demo_path, make_app, open_database

    try:
        app = make_app(getattr(args, "lang", None))
        demo = bool(getattr(args, "demo", False))
        path = demo_path(args) if demo else Path(args.db)
        if demo and not path.exists():
            create_demo_database(path)
        from ui.login import DEMO_USERS, LoginDialog

        db, code, name = open_database(path)
        login_dialog = LoginDialog(code, site_name=name, demo=demo)
        login_dialog.show()
        app.processEvents()
        print(f"smoke: login window shown ({name})", flush=True)
        if demo:
            from app.auth import login
            from ui.main_window import MainWindow
            from ui.workers import wait_for_background

            login_dialog.close()
            session = login(DEMO_USERS[0][0], DEMO_USERS[0][1], code)
            window = MainWindow(session, site_name=name, demo=True)
            window.show()
            app.processEvents()
            menus = [a.text() for a in window.menuBar().actions()]
            print(f"smoke: main window shown, {window.model.rowCount()} rows, menus {menus}", flush=True)
            window.close()
            wait_for_background()
            app.processEvents()
        db.close()
    except Exception as exc:  # noqa: BLE001 (the whole point is to report any failure)
        from app.sites import SiteError
        from db.connection import DatabaseFileError

        if not isinstance(exc, DatabaseFileError | SiteError):  # those messages say it all
            traceback.print_exc()
        print(f"smoke: FAILED: {exc}", file=sys.stderr, flush=True)
        return 1
    print("smoke: ok", flush=True)
    return 0
