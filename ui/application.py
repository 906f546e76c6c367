"""`fpreg gui`: start Qt, pick language and font, open the database, log in, show the register.

Start-up stays light: the login window needs only app.auth; the register (and pypinyin,
which costs ~0.3 s to import) is loaded after a successful login.
"""

from __future__ import annotations

import argparse
import os
import sys
import time
from pathlib import Path

from PySide6.QtCore import QCoreApplication, Qt, QTimer
from PySide6.QtGui import QFont, QFontDatabase
from PySide6.QtWidgets import QApplication, QDialog, QMessageBox

from ui.language import install_language

# Installed fonts that show Chinese well, best first (Windows, macOS, Debian/Ubuntu).
CJK_FONTS = (
    "Microsoft YaHei UI", "Microsoft YaHei", "PingFang SC", "Noto Sans CJK SC", "Source Han Sans SC",
    "WenQuanYi Micro Hei", "WenQuanYi Zen Hei", "SimHei", "SimSun", "Noto Sans SC",
)
FONTS_DIR = Path(__file__).resolve().parent.parent / "resources" / "fonts"


def _tr(text: str) -> str:
    return QCoreApplication.translate("application", text)


def seconds_since_process_start() -> float:
    """Wall time since this process started (Linux /proc; elsewhere since Python started)."""
    try:
        ticks = int(Path("/proc/self/stat").read_text().rsplit(")", 1)[1].split()[19])
        uptime = float(Path("/proc/uptime").read_text().split()[0])
        return uptime - ticks / os.sysconf("SC_CLK_TCK")
    except (OSError, ValueError, IndexError):
        return time.monotonic() - _IMPORTED_AT


_IMPORTED_AT = time.monotonic()


def pick_cjk_font(app: QApplication) -> str | None:
    """Use a font with Chinese glyphs (without one every character is a box)."""
    for path in sorted(FONTS_DIR.glob("*.tt[fc]")) if FONTS_DIR.is_dir() else ():
        QFontDatabase.addApplicationFont(str(path))
    available = set(QFontDatabase.families())
    for family in CJK_FONTS:
        if family in available:
            font = QFont(family)
            font.setPointSizeF(max(app.font().pointSizeF(), 10.0))
            app.setFont(font)
            return family
    return None


def make_app(lang: str | None = None) -> QApplication:
    app = QApplication.instance() or QApplication(sys.argv[:1])
    app.setApplicationName("fpreg")
    app.setApplicationDisplayName(_tr("村计生服务室登记系统"))
    pick_cjk_font(app)
    app._fpreg_translator = install_language(lang)  # keep a reference for Qt
    return app


def demo_path(args: argparse.Namespace) -> Path:
    from app.cli.common import data_dir, default_db

    given = getattr(args, "db", None)
    return Path(given) if given and Path(given) != default_db() else data_dir() / "demo.db"


def open_database(path: Path, *, demo: bool):
    """Open (in demo mode: first create) the database; None after telling the user why not."""
    from db.connection import DatabaseFileError
    from db.schema import open_sqlite

    try:
        if demo and not path.exists():
            from app.demo import create_demo

            QApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
            try:
                create_demo(path, women=800)
            finally:
                QApplication.restoreOverrideCursor()
        return open_sqlite(path)
    except DatabaseFileError as exc:
        QMessageBox.critical(None, _tr("无法打开数据库"), str(exc))
    return None


def run_gui(args: argparse.Namespace) -> int:
    app = make_app(getattr(args, "lang", None))
    demo = bool(getattr(args, "demo", False))
    path = demo_path(args) if demo else Path(args.db)
    db = open_database(path, demo=demo)
    if db is None:
        return 2

    from app.sites import SiteError, local_site

    try:
        site = local_site()
    except SiteError as exc:
        QMessageBox.critical(None, _tr("无法打开数据库"), str(exc))
        return 2

    from ui.login import LoginDialog

    login = LoginDialog(site.code, site_name=site.name, demo=demo)
    if os.environ.get("FPREG_BENCH_STARTUP") == "1":
        login.show()
        QTimer.singleShot(0, lambda: (print(f"login-shown {seconds_since_process_start():.3f}", flush=True),
                                      login.reject()))
    if login.exec() != QDialog.DialogCode.Accepted or login.session is None:
        db.close()
        return 0

    from ui.main_window import MainWindow

    window = MainWindow(login.session, site_name=site.name, demo=demo)
    window.show()
    code = app.exec()
    from ui.workers import wait_for_background

    wait_for_background()
    db.close()
    return code
