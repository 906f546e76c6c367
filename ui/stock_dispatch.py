"""At the township: the dispatch dialog (调拨到村) and the dispatch status window (调拨单及收货
情况). The work is app.stock.dispatch's; a refusal is shown in the dialog and nothing is written."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QComboBox,
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
    QVBoxLayout,
    QWidget,
)
from shiboken6 import isValid

from app.auth import PermissionDenied, Session
from app.stock import dispatch as sd
from app.stock.catalogue import catalogue_on
from ui import ask
from ui.form_fields import day_edit, error_label, pydate
from ui.stock_dispatch_models import DispatchLinesModel, DispatchStatusModel
from ui.tables import read_only_table
from ui.workers import run_in_background


class DispatchDialog(QDialog):
    """A voucher: the village, the day, a note, and one row per lot (commodity, lot, expiry,
    quantity)."""

    def __init__(self, session: Session, parent: QWidget | None = None, *, today: dt.date | None = None,
                 to_site: str | None = None):
        super().__init__(parent)
        self.session = session
        self.today = today or dt.date.today()
        self.result_dispatch = None
        self.setWindowTitle(self.tr("调拨药具到村"))
        self.resize(760, 420)
        self.village = QComboBox()
        for code, name in sorted(sd.known_villages().items()):
            self.village.addItem(f"{name}（{code}）", code)
        if to_site:
            self.village.setCurrentIndex(max(0, self.village.findData(to_site)))
        self.date = day_edit(self.today, latest=self.today)
        self.note = QLineEdit()
        form = QFormLayout()
        form.addRow(self.tr("发往村"), self.village)
        form.addRow(self.tr("调拨日期"), self.date)
        form.addRow(self.tr("备注"), self.note)
        self.lines = QTableWidget(0, 4)
        self.lines.setHorizontalHeaderLabels([self.tr("药具"), self.tr("批号"), self.tr("有效期至"), self.tr("数量")])
        self.lines.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        self.lines.verticalHeader().setDefaultSectionSize(30)
        self.add_button = QPushButton(self.tr("添加一行"))
        self.remove_button = QPushButton(self.tr("删除所选行"))
        for b in (self.add_button, self.remove_button):
            b.setAutoDefault(False)
        self.add_button.clicked.connect(lambda: self.add_line())
        self.remove_button.clicked.connect(self.remove_line)
        row = QHBoxLayout()
        row.addWidget(self.add_button)
        row.addWidget(self.remove_button)
        row.addStretch(1)
        self.error = error_label("dispatch_error")
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        self.buttons.accepted.connect(self.try_accept)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.lines, 1)
        layout.addLayout(row)
        layout.addWidget(self.error)
        layout.addWidget(self.buttons)
        self.add_line()

    def add_line(self, code: str | None = None, lot: str = "", expiry: dt.date | None = None,
                 quantity: int = 1) -> int:
        r = self.lines.rowCount()
        self.lines.insertRow(r)
        combo = QComboBox()
        for info in catalogue_on(self.today).commodities.values():
            combo.addItem(f"{info.name}（{info.unit}）", info.code)
        if code:
            combo.setCurrentIndex(max(0, combo.findData(code)))
        lot_edit = QLineEdit(lot)
        lot_edit.setPlaceholderText(self.tr("批号"))
        expiry_edit = day_edit(expiry or self.today + dt.timedelta(days=730))
        qty = QSpinBox()
        qty.setRange(1, 1_000_000)
        qty.setValue(quantity)
        for col, widget in enumerate((combo, lot_edit, expiry_edit, qty)):
            self.lines.setCellWidget(r, col, widget)
        return r

    def remove_line(self) -> None:
        rows = sorted({i.row() for i in self.lines.selectedIndexes()}, reverse=True) or [self.lines.rowCount() - 1]
        for r in rows:
            if r >= 0:
                self.lines.removeRow(r)

    def line_values(self) -> list[sd.DispatchLineIn]:
        out = []
        for r in range(self.lines.rowCount()):
            combo, lot, expiry, qty = (self.lines.cellWidget(r, c) for c in range(4))
            out.append(sd.DispatchLineIn(combo.currentData(), lot.text(), pydate(expiry.date()), qty.value()))
        return out

    def try_accept(self) -> None:
        try:
            self.result_dispatch = sd.dispatch(self.session, self.village.currentData() or "",
                                               pydate(self.date.date()), self.line_values(), self.note.text(),
                                               today=self.today)
        except (ValueError, PermissionDenied) as exc:
            self.error.setText(str(exc))
            return
        self.accept()


class DispatchStatusWindow(QWidget):
    """Every dispatch of this township, newest first, with the villages' confirmations as they
    come back in packets; the lines of the one selected below."""

    loaded = Signal()

    def __init__(self, session: Session, parent: QWidget | None = None, *, today: dt.date | None = None):
        super().__init__(parent, Qt.WindowType.Window)
        self.session = session
        self._today = today
        self._generation = 0
        self.current_dialog: DispatchDialog | None = None
        self.setWindowTitle(self.tr("调拨单及收货情况"))
        self.resize(1100, 600)
        self.village = QComboBox()
        self.village.addItem(self.tr("全部村"), None)
        for code, name in sorted(sd.known_villages().items()):
            self.village.addItem(f"{name}（{code}）", code)
        self.village.currentIndexChanged.connect(lambda _i: self.reload())
        self.model = DispatchStatusModel(self)
        self.lines_model = DispatchLinesModel(self)
        self.table = read_only_table(self.model, row_numbers=False, fit_columns=True, stretch_last=True)
        self.lines_table = read_only_table(self.lines_model, row_numbers=False, fit_columns=True, stretch_last=True)
        splitter = QSplitter(Qt.Orientation.Vertical)
        splitter.addWidget(self.table)
        splitter.addWidget(self.lines_table)
        splitter.setSizes([380, 180])
        self.summary = QLabel()
        self.summary.setObjectName("dispatch_summary")
        self.new_button = QPushButton(self.tr("调拨到村…"))
        self.refresh_button = QPushButton(self.tr("刷新"))
        self.cancel_button = QPushButton(self.tr("作废调拨单(&X)…"))
        self.cancel_button.setToolTip(self.tr("村尚未确认收货的调拨单：作废后随下次同步从该村的待收货中撤下"))
        self.new_button.clicked.connect(lambda: self.new_dispatch())
        self.cancel_button.clicked.connect(self.cancel_selected)
        self.refresh_button.clicked.connect(self.reload)
        self.new_button.setEnabled(session.can("manage_stock"))
        self.cancel_button.setEnabled(False)
        top = QHBoxLayout()
        top.addWidget(QLabel(self.tr("村：")))
        top.addWidget(self.village)
        top.addStretch(1)
        bottom = QHBoxLayout()
        bottom.addWidget(self.summary, 1)
        bottom.addWidget(self.cancel_button)
        bottom.addWidget(self.new_button)
        bottom.addWidget(self.refresh_button)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(splitter, 1)
        layout.addLayout(bottom)
        self.table.selectionModel().selectionChanged.connect(lambda *_: self._show_lines())
        self.reload()

    def today(self) -> dt.date:
        return self._today or dt.date.today()

    def reload(self) -> None:
        self._generation += 1
        generation = self._generation
        to_site, site = self.village.currentData(), self.session.site_code

        def done(rows) -> None:
            if not isValid(self) or generation != self._generation:
                return
            self.model.set_rows(rows)
            counts = {s: sum(1 for r in rows if r.status == s) for s in sd.STATUS}
            self.summary.setText(self.tr("共{n}张：待村收货{a}，已收货{b}，短缺{c}").format(
                n=len(rows), a=counts["sent"], b=counts["received"], c=counts["short"]))
            if rows:
                self.table.selectRow(0)
            self._show_lines()
            self.loaded.emit()

        def failed(exc: BaseException) -> None:
            if isValid(self):
                self.summary.setText(str(exc))
                self.loaded.emit()

        run_in_background(lambda: sd.dispatch_status(to_site, site_code=site), done, failed)

    def selected(self) -> sd.DispatchView | None:
        rows = self.table.selectionModel().selectedRows()
        return self.model.row_at(rows[0].row()) if rows else None

    def _show_lines(self) -> None:
        row = self.selected()
        self.lines_model.set_rows(row.lines if row else [])
        self.cancel_button.setEnabled(row is not None and row.status == "sent" and self.session.can("manage_stock"))

    def cancel_selected(self) -> bool:
        """Withdraw the selected dispatch after asking why and confirming; True when done."""
        row = self.selected()
        if row is None or row.status != "sent":
            return False
        title = self.tr("作废调拨单")
        why = ask.reason(self, title, self.tr("作废发往{v}的调拨单{n}（村尚未确认收货）。\n请填写作废原因：").format(
            v=row.to_name or row.to_site, n=row.number))
        if why is None:
            return False
        if not ask.confirm(self, title, self.tr(
                "作废调拨单{n}：下次同步时从{v}的待收货中撤下；本乡镇库存中为它发出的药具冲销退回。\n\n确定作废吗？").format(
                n=row.number, v=row.to_name or row.to_site)):
            return False
        try:
            sd.cancel_dispatch(self.session, row.uuid, why, today=self.today())
        except (sd.StockError, PermissionDenied) as exc:
            ask.warn(self, title, str(exc))
            return False
        self.reload()
        return True

    def new_dispatch(self) -> DispatchDialog:
        dialog = DispatchDialog(self.session, self, today=self.today(), to_site=self.village.currentData())
        self.current_dialog = dialog
        if dialog.exec():
            self.reload()
        self.current_dialog = None
        return dialog
