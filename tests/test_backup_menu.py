"""The Backup menu on the main window: back up now in the background, USB copy, permissions."""

from __future__ import annotations

from PySide6.QtWidgets import QFileDialog, QMessageBox

from app.auth import Session
from app.first_run import save_config
from ui.workers import wait_for_background

pytest_plugins = ["tests.backup_fixtures", "tests.gui_fixtures"]


def test_menu_sits_before_help_and_follows_permissions(main_window):
    titles = [a.text() for a in main_window.menuBar().actions()]
    assert "备份(&K)" in titles
    menu = main_window.backup_menu
    assert menu.usb.isEnabled() and menu.restore.isEnabled() and menu.now.isEnabled()
    main_window.set_session(Session("wang", "王芳", "worker", "V001"))
    assert not menu.usb.isEnabled() and not menu.restore.isEnabled() and menu.now.isEnabled()


def test_back_up_now_and_to_usb(qtbot, main_window, backups, tmp_path, monkeypatch):
    save_config({"backup_folder": str(backups)})
    shown = []
    monkeypatch.setattr(QMessageBox, "information", lambda parent, title, text: shown.append(text))
    monkeypatch.setattr(QMessageBox, "warning", lambda parent, title, text: shown.append("WARN " + text))
    main_window.backup_menu.now.trigger()
    qtbot.waitUntil(lambda: len(shown) == 1, timeout=20_000)
    assert shown[0].startswith("已备份到") and len(list(backups.glob("fpreg-V001-*-manual.db"))) == 1

    stick = tmp_path / "stick"
    stick.mkdir()
    monkeypatch.setattr(QFileDialog, "getExistingDirectory", lambda *args: str(stick))
    main_window.backup_menu.usb.trigger()
    qtbot.waitUntil(lambda: len(shown) == 2, timeout=20_000)
    wait_for_background()
    assert "已备份到U盘" in shown[1] and len(list(stick.glob("fpreg-V001-*-usb.db"))) == 1


def test_daily_backup_after_login_runs_once_in_the_background(qtbot, main_window, db_path, backups):
    from ui.application import daily_backup

    save_config({"backup_folder": str(backups)})
    daily_backup(main_window, db_path)
    qtbot.waitUntil(lambda: "今日自动备份已完成" in main_window.statusBar().currentMessage(), timeout=20_000)
    daily_backup(main_window, db_path)  # a second login the same day: nothing new
    wait_for_background()
    assert len(list(backups.glob("fpreg-V001-*-daily.db"))) == 1
