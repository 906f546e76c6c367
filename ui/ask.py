"""Small questions put to the user (confirm, a reason, an exit, a number).

Main-window actions call these through the module (`ask.confirm(...)`), so tests replace
them with monkeypatch instead of clicking through modal dialogs.
"""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QCoreApplication, QDate
from PySide6.QtWidgets import (
    QComboBox,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QInputDialog,
    QLabel,
    QMessageBox,
    QVBoxLayout,
    QWidget,
)

from app import codes


def _tr(text: str) -> str:
    return QCoreApplication.translate("ask", text)


def confirm(parent: QWidget | None, title: str, text: str) -> bool:
    answer = QMessageBox.question(
        parent, title, text,
        QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
        QMessageBox.StandardButton.No,
    )
    return answer == QMessageBox.StandardButton.Yes


def inform(parent: QWidget | None, title: str, text: str) -> None:
    QMessageBox.information(parent, title, text)


def warn(parent: QWidget | None, title: str, text: str) -> None:
    QMessageBox.warning(parent, title, text)


def void_reason(parent: QWidget | None, name: str) -> str | None:
    """The reason for voiding an entry made in error, or None when cancelled."""
    text, ok = QInputDialog.getText(
        parent, _tr("作废登记"),
        _tr("作废“{n}”的登记（仅用于录入错误的记录；迁出、死亡等请用“注销”）。\n请填写作废原因：").format(n=name),
    )
    text = text.strip()
    return text if ok and text else None


def reason(parent: QWidget | None, title: str, prompt: str) -> str | None:
    """A required written reason (voiding, withdrawing), or None when cancelled or left empty."""
    text, ok = QInputDialog.getText(parent, title, prompt)
    text = text.strip()
    return text if ok and text else None


class ExitDialog(QDialog):
    """注销: reason (from the code list) and date."""

    def __init__(self, parent: QWidget | None, name: str, today: dt.date):
        super().__init__(parent)
        self.setWindowTitle(_tr("注销登记"))
        layout = QVBoxLayout(self)
        layout.addWidget(QLabel(_tr("注销“{n}”的育龄妇女登记卡（人员信息仍保留）。").format(n=name)))
        form = QFormLayout()
        self.reason = QComboBox()
        for code in codes.EXIT_REASON:
            self.reason.addItem(codes.label(codes.EXIT_REASON, code), code)
        self.date = QDateEdit(QDate(today.year, today.month, today.day))
        self.date.setDisplayFormat("yyyy-MM-dd")
        self.date.setCalendarPopup(True)
        self.date.setMaximumDate(QDate(today.year, today.month, today.day))
        form.addRow(_tr("注销原因"), self.reason)
        form.addRow(_tr("注销日期"), self.date)
        layout.addLayout(form)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)

    def value(self) -> tuple[str, dt.date]:
        return self.reason.currentData(), self.date.date().toPython()


def exit_details(parent: QWidget | None, name: str, today: dt.date) -> tuple[str, dt.date] | None:
    dialog = ExitDialog(parent, name, today)
    return dialog.value() if dialog.exec() == QDialog.DialogCode.Accepted else None


def minutes(parent: QWidget | None, current: int) -> int | None:
    value, ok = QInputDialog.getInt(
        parent, _tr("自动锁屏时间"), _tr("无操作多少分钟后自动锁屏（1–240）："), current, 1, 240,
    )
    return value if ok else None



def save_file(parent: QWidget | None, title: str, suggested: str, filters: str) -> str | None:
    """A path to write to, or None when cancelled."""
    from PySide6.QtWidgets import QFileDialog

    path, _selected = QFileDialog.getSaveFileName(parent, title, suggested, filters)
    return path or None
