"""The login window: username, password, Enter logs in; messages come from app.auth.login.

Used at start-up, to switch user, and (with the username fixed) to unlock after idle.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QFont
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from app.auth import AuthError, Session, login

DEMO_USERS = (("admin", "admin123"), ("worker", "worker123"))


class LoginDialog(QDialog):
    def __init__(
        self,
        site_code: str | None,
        parent: QWidget | None = None,
        *,
        site_name: str = "",
        demo: bool = False,
        username: str = "",
        switching: bool = False,
    ):
        super().__init__(parent)
        self._site_code = site_code
        self.session: Session | None = None
        self.setWindowTitle(self.tr("切换用户") if switching else self.tr("登录 - 村计生服务室登记系统"))
        self.setMinimumWidth(380)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(24, 20, 24, 16)
        layout.setSpacing(10)
        title = QLabel(self.tr("村计生服务室登记系统"))
        font = QFont(title.font())
        font.setPointSizeF(font.pointSizeF() * 1.5)
        font.setBold(True)
        title.setFont(font)
        title.setAlignment(Qt.AlignmentFlag.AlignCenter)
        layout.addWidget(title)
        self.site_label = QLabel(site_name)
        self.site_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        layout.addWidget(self.site_label)

        form = QFormLayout()
        form.setSpacing(8)
        self.username = QLineEdit(username)
        self.username.setObjectName("username")
        self.password = QLineEdit()
        self.password.setObjectName("password")
        self.password.setEchoMode(QLineEdit.EchoMode.Password)
        form.addRow(self.tr("用户名："), self.username)
        form.addRow(self.tr("密码："), self.password)
        layout.addLayout(form)

        self.message = QLabel()
        self.message.setObjectName("message")
        self.message.setWordWrap(True)
        self.message.setStyleSheet("color: #b00020;")
        self.message.hide()
        layout.addWidget(self.message)

        if demo:
            hint = QLabel(
                self.tr("演示数据库的用户：\n管理员 {a}，密码 {ap}\n专干 {w}，密码 {wp}").format(
                    a=DEMO_USERS[0][0], ap=DEMO_USERS[0][1], w=DEMO_USERS[1][0], wp=DEMO_USERS[1][1]
                )
            )
            hint.setObjectName("demoHint")
            hint.setWordWrap(True)
            hint.setStyleSheet("color: #555;")
            layout.addWidget(hint)

        buttons = QDialogButtonBox()
        self.login_button = QPushButton(self.tr("登录"))
        self.login_button.setDefault(True)
        buttons.addButton(self.login_button, QDialogButtonBox.ButtonRole.AcceptRole)
        buttons.addButton(self.tr("取消"), QDialogButtonBox.ButtonRole.RejectRole)
        buttons.accepted.connect(self.try_login)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)

        (self.password if username else self.username).setFocus()
        if site_code is None:
            # The database is still being opened (checked) in the background: typing may start.
            self.login_button.setEnabled(False)
            self.site_label.setText(self.tr("正在打开数据库…"))

    def set_site(self, site_code: str, site_name: str) -> None:
        """The database is open: logging in is possible now."""
        self._site_code = site_code
        self.site_label.setText(site_name)
        self.login_button.setEnabled(True)

    def try_login(self) -> None:
        if self._site_code is None:
            return
        username = self.username.text().strip()
        if not username:
            self.show_message(self.tr("请输入用户名"))
            self.username.setFocus()
            return
        try:
            self.session = login(username, self.password.text(), self._site_code)
        except AuthError as exc:
            self.password.clear()
            self.password.setFocus()
            self.show_message(str(exc))
            return
        self.accept()

    def show_message(self, text: str) -> None:
        self.message.setText(text)
        self.message.show()
