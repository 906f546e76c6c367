"""Main-window actions: open a card, void, exit, switch user, lock now and idle lock."""

import datetime as dt

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog

from app.auth import create_user, system_session
from app.register import card_by_uuid
from tests.conftest import SITE
from ui import ask
from ui.main_window import MainWindow
from ui.woman_card import WomanCardDialog

pytest_plugins = ["tests.gui_fixtures"]


def _select(window: MainWindow, uuid: str) -> None:
    row = window.model.row_of_uuid(uuid)
    window.view.setCurrentIndex(window.model.index(row, 0))


def _capture_dialogs(monkeypatch) -> list[QDialog]:
    shown: list[QDialog] = []
    monkeypatch.setattr(MainWindow, "_run", lambda self, dialog: shown.append(dialog) or False)
    return shown


def test_enter_opens_the_card_with_its_history(qtbot, main_window, people, monkeypatch):
    shown = _capture_dialogs(monkeypatch)
    window = main_window
    _select(window, people[2])
    window.view.setFocus()
    qtbot.keyClick(window.view, Qt.Key.Key_Return)
    (card,) = shown
    assert isinstance(card, WomanCardDialog) and card.card_uuid == people[2]
    assert "王芳" in card.windowTitle()
    # app.timeline: her registration and the method stated at registration (an episode).
    whats = [card.history.topLevelItem(i).text(2) for i in range(card.history.topLevelItemCount())]
    assert "登记入册" in whats and any("宫内节育器" in w for w in whats), whats


def test_ctrl_n_opens_the_add_dialog(qtbot, main_window, monkeypatch):
    shown = _capture_dialogs(monkeypatch)
    qtbot.keyClick(main_window, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)
    assert shown and shown[0].windowTitle() == "新增育龄妇女登记"


def test_void_asks_reason_and_confirmation(qtbot, main_window, people, monkeypatch):
    window = main_window
    asked = []
    monkeypatch.setattr(ask, "void_reason", lambda parent, name: asked.append(name) or "重复录入")
    monkeypatch.setattr(ask, "confirm", lambda parent, title, text: asked.append(text) or False)
    _select(window, people[0])
    window.actions_.void.trigger()
    assert asked[0] == "张秀英" and "重复录入" in asked[1]
    assert not card_by_uuid(people[0]).voided  # declined at the confirmation
    monkeypatch.setattr(ask, "confirm", lambda parent, title, text: True)
    with qtbot.waitSignal(window.status.countReady):
        window.actions_.void.trigger()
    card = card_by_uuid(people[0])
    assert card.voided and card.void_reason == "重复录入"
    assert window.model.row_of_uuid(people[0]) == -1
    assert window.status.total == 6


def test_exit_with_reason_and_date(qtbot, main_window, people, monkeypatch):
    window = main_window
    monkeypatch.setattr(ask, "exit_details", lambda parent, name, today: ("moved_out", dt.date(2026, 10, 1)))
    _select(window, people[3])
    window.actions_.exit.trigger()
    card = card_by_uuid(people[3])
    assert card.exit_reason == "moved_out" and card.exit_date == dt.date(2026, 10, 1)
    assert window.model.row_of_uuid(people[3]) == -1  # active scope by default


def test_switch_user_replaces_the_session(qtbot, main_window):
    create_user(system_session(SITE), "liping", "李萍", "worker", "worker-pass")
    window = main_window
    assert window.actions_.idle_minutes.isVisible()
    window.actions_.switch_user.trigger()
    login = window.login_dialog
    qtbot.waitExposed(login)
    login.username.setText("liping")
    login.password.setText("worker-pass")
    with qtbot.waitSignal(window.sessionChanged):
        qtbot.keyClick(login.password, Qt.Key.Key_Return)
    assert window.session.username == "liping"
    assert "李萍" in window.status.user_label.text()
    assert not window.actions_.idle_minutes.isVisible()  # admin only
    assert window.isVisible()


def test_idle_lock_and_unlock(qtbot, make_window, people, admin_password):
    window = make_window(idle_ms=100)
    with qtbot.waitSignal(window.locked, timeout=3000):
        pass
    dialog = window.lock_dialog
    qtbot.waitExposed(dialog)
    assert window.is_locked() and window._covers and window._covers[0].isVisible()
    dialog.password.setText("wrong")
    qtbot.keyClick(dialog.password, Qt.Key.Key_Return)
    assert "不正确" in dialog.message.text() and window.is_locked()
    qtbot.keyClick(dialog.password, Qt.Key.Key_Escape)  # Esc does not unlock
    assert window.is_locked()
    dialog.password.setText(admin_password)
    with qtbot.waitSignal(window.unlocked):
        qtbot.keyClick(dialog.password, Qt.Key.Key_Return)
    assert not window.is_locked() and not window._covers
    assert window.session.username == "admin" and window.idle.is_running()


def test_input_restarts_the_idle_timer(qtbot, make_window, people):
    window = make_window(idle_ms=60_000)
    timer = window.idle._timer
    for send in (lambda: qtbot.keyClick(window.view, Qt.Key.Key_Down),
                 lambda: qtbot.mouseMove(window.view.viewport(), window.view.viewport().rect().center()),
                 lambda: qtbot.mouseClick(window.view.viewport(), Qt.MouseButton.LeftButton)):
        before = timer.timerId()
        send()
        # QTimer.start() on a running timer gets a new id: the countdown began again.
        assert timer.isActive() and timer.timerId() != before
    assert not window.is_locked()


def test_lock_now_then_switch_user(qtbot, main_window):
    create_user(system_session(SITE), "liping", "李萍", "worker", "worker-pass")
    window = main_window
    qtbot.keyClick(window, Qt.Key.Key_L, Qt.KeyboardModifier.ControlModifier)
    assert window.is_locked()
    window.lock_dialog.switch_button.click()
    login = window.login_dialog
    login.username.setText("liping")
    login.password.setText("worker-pass")
    with qtbot.waitSignal(window.unlocked):
        login.login_button.click()
    assert window.session.username == "liping" and not window.is_locked()
