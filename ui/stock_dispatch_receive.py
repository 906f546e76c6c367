"""At a village: the pending receipts (待收货) tab of the stock window and the confirm-receipt
dialog. Confirming books the receipt in the ledger and the confirmation row in one transaction
(app.stock.dispatch.confirm_receipt); the confirmation goes back to the township by sync."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QSpinBox,
    QSplitter,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)
from shiboken6 import isValid

from app.auth import PermissionDenied, Session
from app.stock import dispatch as sd
from ui.form_fields import day_edit, error_label, pydate
from ui.stock_dispatch_models import DispatchLinesModel, PendingReceiptsModel
from ui.tables import read_only_table
from ui.workers import run_in_background


class ConfirmReceiptDialog(QDialog):
    """The voucher's lines with the quantity received editable (the voucher's by default); a
    reason is required when any differs."""

    def __init__(self, session: Session, view: sd.DispatchView, parent: QWidget | None = None, *,
                 today: dt.date | None = None):
        super().__init__(parent)
        self.session, self.view = session, view
        self.today = today or dt.date.today()
        self.result_confirmation = None
        self.setWindowTitle(self.tr("确认收货：{n}").format(n=view.number))
        self.resize(720, 360)
        self.date = day_edit(max(self.today, view.day), latest=self.today, earliest=view.day)
        self.reason = QLineEdit()
        self.reason.setPlaceholderText(self.tr("实收与调拨数量不同时必填"))
        form = QFormLayout()
        form.addRow(self.tr("调拨单"), QLabel(self.tr("{n}（{d}调拨）").format(n=view.number, d=view.day.isoformat())))
        form.addRow(self.tr("收货日期"), self.date)
        self.lines = QTableWidget(len(view.lines), 5)
        self.lines.setHorizontalHeaderLabels(
            [self.tr("药具"), self.tr("批号"), self.tr("有效期至"), self.tr("调拨数量"), self.tr("实收数量")])
        self.lines.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        self.lines.verticalHeader().setDefaultSectionSize(30)
        self.spins: dict[int, QSpinBox] = {}
        for r, ln in enumerate(view.lines):
            for c, text in enumerate((f"{ln.commodity_name}（{ln.unit}）", ln.lot_number, ln.expiry_date.isoformat(),
                                      str(ln.quantity))):
                item = QTableWidgetItem(text)
                item.setFlags(item.flags() & ~Qt.ItemFlag.ItemIsEditable)
                self.lines.setItem(r, c, item)
            spin = QSpinBox()
            spin.setRange(0, ln.quantity)
            spin.setValue(ln.quantity)
            spin.valueChanged.connect(lambda _v: self._mark())
            self.spins[ln.line_no] = spin
            self.lines.setCellWidget(r, 4, spin)
        self.difference = QLabel()
        self.difference.setObjectName("receipt_difference")
        self.error = error_label("receipt_error")
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("确认收货"))
        self.buttons.accepted.connect(self.try_accept)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.lines, 1)
        layout.addWidget(self.difference)
        reason_row = QFormLayout()
        reason_row.addRow(self.tr("差异原因"), self.reason)
        layout.addLayout(reason_row)
        layout.addWidget(self.error)
        layout.addWidget(self.buttons)
        self._mark()

    def received(self) -> dict[int, int]:
        return {no: spin.value() for no, spin in self.spins.items()}

    def _mark(self) -> None:
        short = sum(ln.quantity - self.spins[ln.line_no].value() for ln in self.view.lines)
        self.difference.setText(self.tr("实收比调拨少{n}，请填写原因").format(n=short) if short else "")

    def try_accept(self) -> None:
        try:
            self.result_confirmation = sd.confirm_receipt(
                self.session, self.view.uuid, self.received(), self.reason.text(), day=pydate(self.date.date()),
                today=self.today)
        except (ValueError, PermissionDenied) as exc:
            self.error.setText(str(exc))
            return
        self.accept()


class PendingReceiptsPanel(QWidget):
    """Dispatches from the township addressed to this village, not yet confirmed; the lines of
    the one selected; the confirm button."""

    loaded = Signal(int)  # how many are pending
    confirmed = Signal(str)  # the voucher number

    def __init__(self, session: Session, parent: QWidget | None = None, *, today: dt.date | None = None):
        super().__init__(parent)
        self.session = session
        self._today = today
        self._generation = 0
        self.current_dialog: ConfirmReceiptDialog | None = None
        self.model = PendingReceiptsModel(self)
        self.lines_model = DispatchLinesModel(self)
        self.table = read_only_table(self.model, row_numbers=False, fit_columns=True, stretch_last=True)
        self.lines_table = read_only_table(self.lines_model, row_numbers=False, fit_columns=True, stretch_last=True)
        splitter = QSplitter(Qt.Orientation.Horizontal)
        splitter.addWidget(self.table)
        splitter.addWidget(self.lines_table)
        splitter.setSizes([700, 400])
        self.lines_table.setColumnHidden(5, True)  # "received": empty until confirmed
        self.hint = QLabel()
        self.hint.setObjectName("pending_hint")
        self.confirm_button = QPushButton(self.tr("确认收货…"))
        self.confirm_button.setAutoDefault(False)
        self.confirm_button.clicked.connect(lambda: self.confirm_selected())
        row = QHBoxLayout()
        row.addWidget(self.hint, 1)
        row.addWidget(self.confirm_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(splitter, 1)
        layout.addLayout(row)
        self.table.selectionModel().selectionChanged.connect(lambda *_: self._show_lines())
        self._show_lines()

    def today(self) -> dt.date:
        return self._today or dt.date.today()

    def reload(self) -> None:
        self._generation += 1
        generation = self._generation
        site = self.session.site_code

        def done(rows) -> None:
            if not isValid(self) or generation != self._generation:
                return
            self.model.set_rows(rows)
            self.hint.setText(self.tr("乡镇调拨来的药具到货后，核对数量并确认收货：确认后记入库存，并在下次同步时告知乡镇")
                              if rows else self.tr("没有待收货的调拨单"))
            if rows:
                self.table.selectRow(0)
            self._show_lines()
            self.loaded.emit(len(rows))

        def failed(exc: BaseException) -> None:
            if isValid(self):
                self.hint.setText(str(exc))
                self.loaded.emit(self.model.rowCount())

        run_in_background(lambda: sd.pending_receipts(site), done, failed)

    def selected(self) -> sd.DispatchView | None:
        rows = self.table.selectionModel().selectedRows()
        return self.model.row_at(rows[0].row()) if rows else None

    def _show_lines(self) -> None:
        row = self.selected()
        self.lines_model.set_rows(row.lines if row else [])
        self.confirm_button.setEnabled(row is not None and self.session.can("manage_stock"))

    def confirm_selected(self) -> ConfirmReceiptDialog | None:
        view = self.selected()
        if view is None:
            return None
        dialog = ConfirmReceiptDialog(self.session, view, self, today=self.today())
        self.current_dialog = dialog
        if dialog.exec():
            self.confirmed.emit(view.number)
        self.current_dialog = None
        return dialog
