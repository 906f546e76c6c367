"""At a village: the township's transfer requests that wait for this village's step — exit her
card here (transferred out), or register her here (transferred in)."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from app.auth import AuthError, Session
from app.register import RegisterError
from app.sites import groups
from app.township import transfers as tr
from app.township.villages import TownshipError
from db.changes import ConcurrentEditError
from ui.form_fields import error_label
from ui.tables import read_only_table, selected_row
from ui.township_duplicates import TransfersModel

_ERRORS = (TownshipError, RegisterError, AuthError, ConcurrentEditError)


class TransferReceiveDialog(QDialog):
    """Her group and household in this village; on OK calls receive_transfer."""

    def __init__(self, session: Session, view: tr.TransferView, parent: QWidget | None = None, *,
                 today: dt.date | None = None):
        super().__init__(parent)
        self.session = session
        self.view = view
        self._today = today
        self.card_uuid: str | None = None
        self.setWindowTitle(self.tr("登记转入的妇女"))
        intro = QLabel(self.tr("{n}从{a}转入本村。请填写她在本村的村民小组和户编号。").format(
            n=view.name, a=view.from_village))
        intro.setWordWrap(True)
        self.group = QComboBox()
        for g in groups(session.site_code):
            self.group.addItem(g.name, g.number)
        self.household = QLineEdit()
        self.address = QLineEdit()
        self.error = error_label()
        self.error.hide()
        form = QFormLayout()
        form.addRow(self.tr("村民小组"), self.group)
        form.addRow(self.tr("户编号"), self.household)
        form.addRow(self.tr("住址"), self.address)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("登记"))
        buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("取消"))
        buttons.accepted.connect(self.submit)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addLayout(form)
        layout.addWidget(self.error)
        layout.addWidget(buttons)

    def submit(self) -> None:
        try:
            card = tr.receive_transfer(self.session, self.view.uuid, self.group.currentData(),
                                       self.household.text().strip(), address=self.address.text().strip(),
                                       today=self._today)
        except _ERRORS as exc:
            self.error.setText(str(exc))
            self.error.show()
            return
        self.card_uuid = card.uuid
        self.accept()


class VillageTransfersWindow(QWidget):
    changed = Signal()

    def __init__(self, session: Session, parent: QWidget | None = None, *, today: dt.date | None = None):
        super().__init__(parent, Qt.WindowType.Window)
        self.session = session
        self._today = today
        self.receive_dialog: TransferReceiveDialog | None = None
        self.setWindowTitle(self.tr("跨村转移（乡镇转来的申请）"))
        self.resize(900, 420)
        self.model = TransfersModel(self)
        self.table = read_only_table(self.model, fit_columns=True)
        self.out_button = QPushButton(self.tr("注销（转出）"))
        self.in_button = QPushButton(self.tr("登记（转入）…"))
        self.status = QLabel()
        self.status.setWordWrap(True)
        explain = QLabel(self.tr("乡镇发起的转移申请：转出的妇女在本村注销，转入的妇女在本村登记。办理后同步给乡镇。"))
        explain.setWordWrap(True)
        row = QHBoxLayout()
        row.addWidget(self.status, 1)
        row.addWidget(self.out_button)
        row.addWidget(self.in_button)
        layout = QVBoxLayout(self)
        layout.addWidget(explain)
        layout.addWidget(self.table, 1)
        layout.addLayout(row)
        self.out_button.clicked.connect(self.carry_out)
        self.in_button.clicked.connect(self.receive)
        self.table.selectionModel().selectionChanged.connect(lambda *_: self._update_buttons())
        self.reload()

    def reload(self) -> None:
        rows = tr.pending_here(self.session)
        self.model.set_transfers(rows)
        self.status.setText(self.tr("待办{n}条").format(n=len(rows)) if rows else self.tr("没有待办的转移申请"))
        if rows:
            self.table.selectRow(0)
        self._update_buttons()

    def selected(self) -> tr.TransferView | None:
        return self.model.row_at(selected_row(self.table))

    def _update_buttons(self) -> None:
        view = self.selected()
        can = self.session.can("edit_register")
        own = self.session.site_code
        self.out_button.setEnabled(can and view is not None and view.from_site == own and not view.out_done)
        self.in_button.setEnabled(can and view is not None and view.to_site == own and not view.in_done)

    def carry_out(self) -> None:
        view = self.selected()
        if view is None or view.from_site != self.session.site_code:
            return
        try:
            tr.carry_out_transfer(self.session, view.uuid, self._today or dt.date.today())
        except _ERRORS as exc:
            self.status.setText(str(exc))
            return
        self.reload()
        self.changed.emit()

    def receive(self) -> None:
        view = self.selected()
        if view is None or view.to_site != self.session.site_code:
            return
        dialog = TransferReceiveDialog(self.session, view, self, today=self._today)
        dialog.accepted.connect(self._received)
        self.receive_dialog = dialog
        dialog.open()

    def _received(self) -> None:
        self.reload()
        self.changed.emit()
