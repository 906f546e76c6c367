"""Login window: Enter logs in, wrong passwords count down, then the account locks."""

from PySide6.QtCore import Qt

from tests.conftest import SITE
from ui.login import LoginDialog

pytest_plugins = ["tests.gui_fixtures"]


def _dialog(qtbot, **kwargs) -> LoginDialog:
    dialog = LoginDialog(SITE, site_name="红旗村", **kwargs)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    return dialog


def test_enter_logs_in(qtbot, db_path, admin_password):
    dialog = _dialog(qtbot)
    qtbot.keyClicks(dialog.username, "admin")
    qtbot.keyClick(dialog.username, Qt.Key.Key_Tab)
    qtbot.keyClicks(dialog.password, admin_password)
    with qtbot.waitSignal(dialog.accepted):
        qtbot.keyClick(dialog.password, Qt.Key.Key_Return)
    assert dialog.session.username == "admin" and dialog.session.role == "admin"


def test_wrong_password_then_lockout(qtbot, db_path, admin_password):
    dialog = _dialog(qtbot, username="admin")
    for left in (4, 3, 2, 1):
        qtbot.keyClicks(dialog.password, "nope")
        qtbot.keyClick(dialog.password, Qt.Key.Key_Return)
        assert dialog.message.isVisible()
        assert "用户名或密码不正确" in dialog.message.text()
        assert f"还可尝试{left}次" in dialog.message.text()
        assert dialog.password.text() == ""
    qtbot.keyClicks(dialog.password, "nope")
    qtbot.keyClick(dialog.password, Qt.Key.Key_Return)
    assert "账户已锁定" in dialog.message.text()
    # Even the right password is refused while locked.
    qtbot.keyClicks(dialog.password, admin_password)
    qtbot.keyClick(dialog.password, Qt.Key.Key_Return)
    assert "已锁定" in dialog.message.text() and dialog.session is None


def test_demo_mode_shows_demo_users(qtbot, db_path):
    dialog = _dialog(qtbot, demo=True)
    assert "admin123" in dialog.findChild(type(dialog.message), "demoHint").text()


def test_startup_shows_login_then_opens_the_database(db_path):
    """`fpreg gui` shows the login window at once and enables it once the database is open."""
    import os
    import subprocess
    import sys
    from pathlib import Path

    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "FPREG_BENCH_STARTUP": "1"}
    root = Path(__file__).resolve().parent.parent
    proc = subprocess.run([sys.executable, "-m", "app.cli", "gui", "--db", str(db_path)], cwd=root, env=env,
                          capture_output=True, text=True, timeout=60)
    lines = [line.split()[0] for line in proc.stdout.splitlines()]
    assert lines == ["login-shown", "login-ready"] and proc.returncode == 0, proc.stderr
    missing = subprocess.run([sys.executable, "-m", "app.cli", "gui", "--db", str(db_path) + ".nope"], cwd=root,
                             env=env, capture_output=True, text=True, timeout=60)
    assert missing.returncode == 2 and "不存在" in missing.stderr
