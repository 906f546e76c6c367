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

from PySide6.QtCore import QCoreApplication, Qt
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
    from ui.large_font import apply_saved

    apply_saved(app)  # large-font mode, if this PC's user chose it
    app._fpreg_translator = install_language(lang)  # keep a reference for Qt
    return app


def demo_path(args: argparse.Namespace) -> Path:
    from app.cli.common import data_dir, default_db

    given = getattr(args, "db", None)
    return Path(given) if given and Path(given) != default_db() else data_dir() / "demo.db"


def create_demo_database(path: Path) -> None:
    from app.demo import create_demo

    QApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
    try:
        create_demo(path, women=800)
    finally:
        QApplication.restoreOverrideCursor()


def open_database(path: Path) -> tuple[object, str, str]:
    """Open the database and find its site (runs in a worker thread: the integrity probe reads
    the whole file, ~1.5 s for 100,000 women, and the login window should not wait for it)."""
    from app.sites import local_site
    from db.schema import open_sqlite

    db = open_sqlite(path)
    site = local_site()
    return db, site.code, site.name


def first_run(path: Path) -> Path | None:
    """No database yet: the set-up wizard creates one (None when the user cancels)."""
    from ui.first_run_wizard import FirstRunWizard

    app = QApplication.instance()
    wizard = FirstRunWizard(path, language="en" if getattr(app, "_fpreg_translator", None) else "zh_CN")
    if wizard.exec() != QDialog.DialogCode.Accepted or wizard.result_ is None:
        return None
    if wizard.result_.enrolment_problem:
        QMessageBox.warning(None, _tr("登记文件未导入"), _tr(
            "数据库已创建，但乡镇的登记文件没有导入：{e}\n以后可以在“同步”菜单中再导入。"
        ).format(e=wizard.result_.enrolment_problem))
    return wizard.result_.db_path


def daily_backup(window, path: Path) -> None:
    """Once a day after login, in the background; a failure is shown, never fatal."""
    from app.backup import auto_backup
    from ui.workers import run_in_background

    def done(made: Path | None) -> None:
        if made is not None:
            window.statusBar().showMessage(_tr("今日自动备份已完成：{p}").format(p=made), 15_000)

    def failed(exc: BaseException) -> None:
        QMessageBox.warning(window, _tr("自动备份失败"), _tr("今天的自动备份没有成功：{e}").format(e=exc))

    run_in_background(lambda: auto_backup(path), done, failed)


def run_gui(args: argparse.Namespace) -> int:
    from app.first_run import load_config, needs_first_run

    app = make_app(getattr(args, "lang", None) or load_config().get("language"))
    demo = bool(getattr(args, "demo", False))
    path = demo_path(args) if demo else Path(args.db)
    bench = os.environ.get("FPREG_BENCH_STARTUP") == "1"
    if demo and not path.exists():
        create_demo_database(path)
    if not demo and not bench and needs_first_run(path):
        created = first_run(path)
        if created is None:
            return 0
        path = created

    from ui.login import LoginDialog
    from ui.workers import run_in_background, wait_for_background

    login = LoginDialog(None, demo=demo)
    opened: dict[str, object] = {}

    def ready(result: tuple[object, str, str]) -> None:
        opened["db"], code, name = result
        opened["site_name"] = name
        login.set_site(code, name)
        if bench:
            print(f"login-ready {seconds_since_process_start():.3f}", flush=True)
            login.reject()

    def failed(exc: BaseException) -> None:
        from app.sites import SiteError
        from db.connection import DatabaseFileError

        message = str(exc) if isinstance(exc, DatabaseFileError | SiteError) else repr(exc)
        if bench:
            print(f"error {message}", file=sys.stderr, flush=True)
        else:
            QMessageBox.critical(login, _tr("无法打开数据库"), message)
        login.reject()

    login.show()
    app.processEvents()  # let it paint before the database work starts
    if bench:
        print(f"login-shown {seconds_since_process_start():.3f}", flush=True)
    run_in_background(lambda: open_database(path), ready, failed)
    accepted = login.exec() == QDialog.DialogCode.Accepted and login.session is not None
    wait_for_background()
    db = opened.get("db")
    if not accepted or db is None:
        if db is not None:
            db.close()
        return 0 if db is not None else 2

    from app.due_refresh import refresh_if_stale
    from app.register import apply_age_exits
    from ui.main_window import MainWindow

    window = MainWindow(login.session, site_name=str(opened["site_name"]), demo=demo)
    window.show()
    # Once a day after login: women who turned 50 leave the active register on their birthday,
    # and repeating visits are laid out again for women whose records did not change.
    session = login.session

    def daily() -> tuple[int, bool]:
        return apply_age_exits(session), refresh_if_stale()

    def after_daily(result: tuple[int, bool]) -> None:
        exits, refreshed = result
        if exits:
            window.refresh()
        if exits or refreshed:
            window.recount_due()

    run_in_background(daily, after_daily, None)
    if not demo:  # the demo is rebuilt at will; its copies would only crowd the backup folder
        daily_backup(window, path)
    code = app.exec()
    wait_for_background()
    db.close()
    return code
