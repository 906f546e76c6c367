"""The stock window (药具库存): commodities with balance and months-of-stock band; for the one
selected, its stock card and lots; dialogs to receive, issue, adjust, count and reverse; the
monthly report and requisition exported as PDF, xlsx or JSON. Reading runs off the GUI thread."""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QFileDialog,
    QHBoxLayout,
    QHeaderView,
    QInputDialog,
    QLabel,
    QPushButton,
    QSplitter,
    QTableView,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)
from shiboken6 import isValid

from app.auth import Session
from app.stock import ledger
from app.stock.catalogue import catalogue_on
from app.stock.figures import monthly_report, report_dict
from app.stock.views import lots_on_hand, stock_card, stock_status
from app.township.villages import is_township
from ui import ask
from ui.stock_dialogs import AdjustDialog, CountDialog, IssueDialog, ReceiveDialog
from ui.stock_models import LotsModel, StockCardModel, StockStatusModel
from ui.tables import read_only_table
from ui.workers import run_in_background


def _table(model, stretch: int) -> QTableView:
    table = read_only_table(model, row_numbers=False, fit_columns=True, stretch_last=False)
    table.verticalHeader().setDefaultSectionSize(24)
    header = table.horizontalHeader()
    header.setSectionResizeMode(stretch, QHeaderView.ResizeMode.Stretch)
    header.setMinimumSectionSize(70)
    return table


def last_month(today: dt.date) -> str:
    first = today.replace(day=1) - dt.timedelta(days=1)
    return f"{first:%Y-%m}"


class StockWindow(QWidget):
    loaded = Signal()  # after each load of the commodities, card and lots
    pendingChanged = Signal(int)  # pending receipts from the township, after each load
    reportWritten = Signal(str)

    def __init__(self, session: Session, parent: QWidget | None = None, *, site_name: str = "",
                 today: dt.date | None = None):
        super().__init__(parent, Qt.WindowType.Window)
        self.session = session
        self._site_name = site_name
        self._today = today
        self._generation = 0
        self.setWindowTitle(self.tr("药具库存"))
        self.resize(1180, 680)

        self.status_model = StockStatusModel(self)
        self.card_model = StockCardModel(self)
        self.lots_model = LotsModel(self)
        self.near_model = LotsModel(self)
        # The widest text (commodity name, the card line's source) takes the spare width.
        self.status_table = _table(self.status_model, stretch=0)
        self.card_table = _table(self.card_model, stretch=6)
        self.lots_table = _table(self.lots_model, stretch=0)
        self.near_table = _table(self.near_model, stretch=0)
        self.card_title = QLabel()
        self.card_title.setObjectName("card_title")
        card_page = QWidget()
        card_layout = QVBoxLayout(card_page)
        card_layout.setContentsMargins(0, 0, 0, 0)
        card_layout.addWidget(self.card_title)
        card_layout.addWidget(self.card_table)
        self.tabs = QTabWidget()
        self.tabs.addTab(card_page, self.tr("库存卡"))
        self.tabs.addTab(self.lots_table, self.tr("批号"))
        self.tabs.addTab(self.near_table, self.tr("近效期（≤90天）"))
        # A village's pending receipts: dispatches from the township waiting for confirmation.
        self.pending = None
        if not is_township():
            from ui.stock_dispatch_receive import PendingReceiptsPanel

            self.pending = PendingReceiptsPanel(session, self, today=today)
            self.pending_tab = self.tabs.addTab(self.pending, self.tr("待收货"))
            self.pending.loaded.connect(self._pending_loaded)
            self.pending.confirmed.connect(self._receipt_confirmed)

        splitter = QSplitter(Qt.Orientation.Vertical)
        splitter.addWidget(self.status_table)
        splitter.addWidget(self.tabs)
        splitter.setSizes([300, 380])

        self.buttons: dict[str, QPushButton] = {}
        row = QHBoxLayout()
        for key, text, slot in (
            ("receive", self.tr("入库…"), lambda: self.open_dialog(ReceiveDialog)),
            ("issue", self.tr("发放…"), lambda: self.open_dialog(IssueDialog)),
            ("adjust", self.tr("调整…"), lambda: self.open_dialog(AdjustDialog)),
            ("count", self.tr("盘点…"), lambda: self.open_dialog(CountDialog)),
            ("reverse", self.tr("冲销所选…"), self.reverse_selected),
            ("report", self.tr("月报及申领单…"), self.export_report),
            ("refresh", self.tr("刷新"), self.reload),
        ):
            button = QPushButton(text)
            button.setAutoDefault(False)
            button.clicked.connect(slot)
            self.buttons[key] = button
            if key == "report":
                row.addStretch(1)
            row.addWidget(button)
        self.message = QLabel()
        self.message.setObjectName("stock_message")
        catalogue = catalogue_on(self.today())
        self.legend = QLabel(self.tr("颜色：红＝缺货　黄＝偏低（不足{a}个月）　蓝＝过多（超过{b}个月）").format(
            a=f"{catalogue.min_months:g}", b=f"{catalogue.max_months:g}"))
        self.legend.setStyleSheet("color: #555;")
        bottom = QHBoxLayout()
        bottom.addWidget(self.message, 1)
        bottom.addWidget(self.legend)

        layout = QVBoxLayout(self)
        layout.addWidget(splitter, 1)
        layout.addLayout(bottom)
        layout.addLayout(row)

        self.status_table.selectionModel().selectionChanged.connect(lambda *_: self.reload_card())
        self.card_table.selectionModel().selectionChanged.connect(lambda *_: self._update_buttons())
        self.current_dialog = None
        self.reload()

    def today(self) -> dt.date:
        return self._today or dt.date.today()

    def selected_code(self) -> str | None:
        rows = self.status_table.selectionModel().selectedRows()
        if not rows:
            return None
        return self.status_model.row_at(rows[0].row()).code

    # -- loading -------------------------------------------------------------------------------
    def reload(self) -> None:
        self._generation += 1
        generation = self._generation
        site, today, code = self.session.site_code, self.today(), self.selected_code()

        def work():
            status = stock_status(site, today)
            lots = lots_on_hand(site, today)
            return status, lots

        def done(result) -> None:
            if not isValid(self) or generation != self._generation:
                return
            status, lots = result
            self.status_model.set_rows(status)
            self.lots_model.set_rows(lots)
            self.near_model.set_rows([r for r in lots if r.state != "ok"])
            self.tabs.setTabText(2, self.tr("近效期（≤90天）：{n}").format(n=self.near_model.rowCount()))
            codes = [s.code for s in status]
            target = code if code in codes else next((s.code for s in status if s.balance), codes[0] if codes else None)
            if target is not None:
                self.status_table.selectRow(codes.index(target))
            self.reload_card()

        run_in_background(work, done, self._failed)
        if self.pending is not None:
            self.pending.session = self.session
            self.pending.reload()

    def _pending_loaded(self, count: int) -> None:
        self.tabs.setTabText(self.pending_tab, self.tr("待收货：{n}").format(n=count) if count else self.tr("待收货"))
        self.pendingChanged.emit(count)

    def _receipt_confirmed(self, number: str) -> None:
        self.message.setText(self.tr("已确认收货：调拨单{n}已记入库存").format(n=number))
        self.reload()

    def reload_card(self) -> None:
        code = self.selected_code()
        if code is None:
            self.card_model.set_rows([])
            self.loaded.emit()
            return
        generation = self._generation
        site = self.session.site_code
        start = self.today().replace(day=1) - dt.timedelta(days=365)
        start = start.replace(day=1)

        def done(result) -> None:
            if not isValid(self) or generation != self._generation:
                return
            opening, lines = result
            info = next(s for s in self.status_model._rows if s.code == code)
            self.card_title.setText(self.tr("{c}（{u}）库存卡：{a}起，期初结存 {o}，共{n}行").format(
                c=info.name, u=info.unit, a=start.isoformat(), o=opening, n=len(lines)))
            self.card_model.set_rows(lines)
            self.card_table.scrollToBottom()
            self._update_buttons()
            self.loaded.emit()

        run_in_background(lambda: stock_card(code, site, start), done, self._failed)

    def _failed(self, exc: BaseException) -> None:
        if isValid(self):
            self.message.setText(str(exc))
            self.loaded.emit()

    def _update_buttons(self) -> None:
        rows = self.card_table.selectionModel().selectedRows()
        self.buttons["reverse"].setEnabled(bool(rows) and not self.card_model.row_at(rows[0].row()).reversal)

    # -- actions -------------------------------------------------------------------------------
    def open_dialog(self, cls, **kw):
        dialog = cls(self.session, self, today=self.today(), commodity_code=self.selected_code(), **kw)
        self.current_dialog = dialog
        if dialog.exec():
            self.message.setText(self.tr("已保存（操作 {u}）").format(u=dialog.result_action.action_uuid[:8]))
            self.reload()
        self.current_dialog = None
        return dialog

    def reverse_selected(self) -> None:
        rows = self.card_table.selectionModel().selectedRows()
        if not rows:
            return
        line = self.card_model.row_at(rows[0].row())
        reason, ok = QInputDialog.getText(self, self.tr("冲销"), self.tr("冲销 {d} 的这笔记录及同一操作的各行，原因：").format(
            d=line.date.isoformat()))
        if not ok:
            return
        try:
            ledger.reverse(self.session, line.action_uuid, reason, today=self.today())
        except ValueError as exc:
            self.message.setText(str(exc))
            ask.warn(self, self.tr("不能冲销"), str(exc))
            return
        self.message.setText(self.tr("已冲销"))
        self.reload()

    def export_report(self, month: str | None = None, path: str | None = None) -> None:
        if month is None:
            month, ok = QInputDialog.getText(self, self.tr("月报及申领单"), self.tr("月份（YYYY-MM）："),
                                             text=last_month(self.today()))
            if not ok:
                return
        if path is None:
            path, _ = QFileDialog.getSaveFileName(
                self, self.tr("保存月报及申领单"), f"stock-{month}.pdf",
                self.tr("PDF (*.pdf);;Excel (*.xlsx);;JSON (*.json)"))
            if not path:
                return
        site, site_name, today = self.session.site_code, self._site_name, self.today()
        who = self.session.display_name

        def work() -> str:
            report = monthly_report(month.strip(), site, today)
            target = Path(path)
            if target.suffix.lower() == ".xlsx":
                from app.reports.stock_xlsx import write_stock_report_xlsx

                write_stock_report_xlsx(target, report, site_name=site_name, prepared_by=who, printed_on=today)
            elif target.suffix.lower() == ".json":
                target.write_text(json.dumps(report_dict(report), ensure_ascii=False, indent=1, default=str),
                                  encoding="utf-8")
            else:
                from app.reports.stock_report import write_stock_report_pdf

                write_stock_report_pdf(target, report, site_name=site_name, prepared_by=who, printed_on=today)
            return str(target)

        def done(written: str) -> None:
            if isValid(self):
                self.message.setText(self.tr("已写出 {p}").format(p=written))
                self.reportWritten.emit(written)

        self.message.setText(self.tr("正在生成月报…"))
        run_in_background(work, done, self._failed)
