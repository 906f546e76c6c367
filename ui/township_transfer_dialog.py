"""Asking for a transfer at the township: which village takes her, and why."""

from __future__ import annotations

import datetime as dt

from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from app.auth import AuthError, Session
from app.register import RegisterError
from app.township.transfers import request_transfer
from app.township.villages import TownshipError, Village
from db.changes import ConcurrentEditError
from ui.form_fields import error_label


class TransferRequestDialog(QDialog):
    """Opened with open(); on OK calls app.township.transfers.request_transfer. request_uuid is
    set when it succeeded; an error is shown in the dialog, which stays open."""

    def __init__(self, session: Session, card_uuid: str, name: str, from_site: str,
                 villages: list[Village], parent: QWidget | None = None, *,
                 preferred: str | None = None, today: dt.date | None = None):
        super().__init__(parent)
        self.session = session
        self.card_uuid = card_uuid
        self.request_uuid: str | None = None
        self._today = today
        self.setWindowTitle(self.tr("发起跨村转移"))
        names = {v.code: v.name for v in villages}
        intro = QLabel(self.tr("把“{n}”的登记从{a}转到另一个村。\n转出村注销她的登记卡（原因：转出），"
                               "转入村按申请登记她；两村同步后此申请自动完成。")
                       .format(n=name, a=names.get(from_site, from_site)))
        intro.setWordWrap(True)
        self.target = QComboBox()
        for v in villages:
            if v.code != from_site:
                self.target.addItem(f"{v.name}（{v.code}）", v.code)
        if preferred:
            index = self.target.findData(preferred)
            if index >= 0:
                self.target.setCurrentIndex(index)
        self.note = QLineEdit()
        self.note.setPlaceholderText(self.tr("例如：婚嫁迁入向阳村"))
        self.error = error_label()
        self.error.hide()
        form = QFormLayout()
        form.addRow(self.tr("转入村"), self.target)
        form.addRow(self.tr("说明"), self.note)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("发起转移"))
        self.buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("取消"))
        self.buttons.accepted.connect(self.submit)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addLayout(form)
        layout.addWidget(self.error)
        layout.addWidget(self.buttons)

    def submit(self) -> None:
        to_site = self.target.currentData()
        if not to_site:
            self._show(self.tr("没有可转入的村"))
            return
        try:
            req = request_transfer(self.session, self.card_uuid, to_site, note=self.note.text(),
                                   today=self._today)
        except (TownshipError, RegisterError, AuthError, ConcurrentEditError) as exc:
            self._show(str(exc))
            return
        self.request_uuid = req.uuid
        self.accept()

    def _show(self, message: str) -> None:
        self.error.setText(message)
        self.error.show()
