"""Idle lock for a shared PC: after N minutes without keyboard or mouse input the windows are
covered and the same user's password (or another user's login) is needed to go on.

IdleWatcher is an application-wide event filter that restarts a timer on every input event.
Open dialogs stay open under an opaque cover, so half-typed edits survive the lock.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, Qt, QTimer, Signal
from PySide6.QtWidgets import (
    QApplication,
    QDialog,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from app.auth import AuthError, Session, login

_INPUT_EVENTS = frozenset({
    QEvent.Type.KeyPress,
    QEvent.Type.MouseButtonPress,
    QEvent.Type.MouseMove,
    QEvent.Type.Wheel,
    QEvent.Type.TouchBegin,
})


class IdleWatcher(QObject):
    idle = Signal()

    def __init__(self, interval_ms: int, parent: QObject | None = None):
        super().__init__(parent)
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.timeout.connect(self.idle)
        self.set_interval(interval_ms)
        QApplication.instance().installEventFilter(self)

    def set_interval(self, interval_ms: int) -> None:
        self._timer.setInterval(interval_ms)
        if self._timer.isActive():
            self._timer.start()

    def interval(self) -> int:
        return self._timer.interval()

    def start(self) -> None:
        self._timer.start()

    def stop(self) -> None:
        self._timer.stop()

    def is_running(self) -> bool:
        return self._timer.isActive()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() in _INPUT_EVENTS and self._timer.isActive():
            self._timer.start()
        return False

    def uninstall(self) -> None:
        app = QApplication.instance()
        if app is not None:
            app.removeEventFilter(self)
        self._timer.stop()


class LockCover(QWidget):
    """An opaque sheet over a window's contents while the session is locked."""

    def __init__(self, window: QWidget):
        super().__init__(window)
        self.setAttribute(Qt.WidgetAttribute.WA_StyledBackground, True)
        self.setStyleSheet("background: #3c4a5c; color: white;")
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        label = QLabel(self.tr("已锁定"))
        label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        label.setStyleSheet("font-size: 20pt;")
        layout.addWidget(label)
        self.setGeometry(window.rect())
        window.installEventFilter(self)
        self.raise_()
        self.show()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.parent() and event.type() == QEvent.Type.Resize:
            self.setGeometry(self.parentWidget().rect())
            self.raise_()
        return False


def cover_windows(keep: QWidget | None = None) -> list[LockCover]:
    """Cover every visible top-level window except `keep`."""
    covers = []
    for window in QApplication.topLevelWidgets():
        if window is keep or not window.isVisible() or isinstance(window, LockDialog):
            continue
        covers.append(LockCover(window))
    return covers


def uncover(covers: list[LockCover]) -> None:
    for cover in covers:
        cover.hide()
        cover.deleteLater()


class LockDialog(QDialog):
    """Unlock with the locked user's password; 切换用户 ends with SWITCH_USER."""

    SWITCH_USER = 2

    def __init__(self, session: Session, parent: QWidget | None = None):
        super().__init__(parent)
        self._session = session
        self.session: Session | None = None
        self.setWindowTitle(self.tr("已锁定 - 村计生服务室登记系统"))
        self.setWindowModality(Qt.WindowModality.ApplicationModal)
        self.setMinimumWidth(380)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(24, 20, 24, 16)
        layout.setSpacing(10)
        intro = QLabel(
            self.tr("程序已锁定。\n请输入“{name}”的密码解锁，或切换为其他用户。").format(
                name=session.display_name
            )
        )
        intro.setWordWrap(True)
        layout.addWidget(intro)
        self.password = QLineEdit()
        self.password.setObjectName("password")
        self.password.setEchoMode(QLineEdit.EchoMode.Password)
        self.password.setPlaceholderText(self.tr("密码"))
        layout.addWidget(self.password)
        self.message = QLabel()
        self.message.setWordWrap(True)
        self.message.setStyleSheet("color: #b00020;")
        self.message.hide()
        layout.addWidget(self.message)
        row = QHBoxLayout()
        self.switch_button = QPushButton(self.tr("切换用户…"))
        self.switch_button.setAutoDefault(False)
        self.unlock_button = QPushButton(self.tr("解锁"))
        self.unlock_button.setDefault(True)
        row.addWidget(self.switch_button)
        row.addStretch(1)
        row.addWidget(self.unlock_button)
        layout.addLayout(row)
        self.unlock_button.clicked.connect(self.try_unlock)
        self.switch_button.clicked.connect(lambda: self.done(self.SWITCH_USER))
        self.password.setFocus()

    def try_unlock(self) -> None:
        try:
            self.session = login(self._session.username, self.password.text(), self._session.site_code)
        except AuthError as exc:
            self.password.clear()
            self.message.setText(str(exc))
            self.message.show()
            return
        self.accept()

    def reject(self) -> None:
        """Esc must not unlock."""
