"""Dialogs of the stock window: receive, issue, adjust, count. Each calls one ledger service
(one transaction); a refusal shows its message in the dialog and nothing is written."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QButtonGroup,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QRadioButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from app.auth import PermissionDenied, Session
from app.stock import ledger
from app.stock.catalogue import catalogue_on
from app.stock.codes import ADJUST_REASON, label
from app.stock.views import lots_on_hand
from ui.form_fields import day_edit, error_label, pydate

BALANCE_ROLE = Qt.ItemDataRole.UserRole + 1




class StockDialog(QDialog):
    """A form, an error line and OK/Cancel; OK runs apply() and closes only when it worked."""

    def __init__(self, session: Session, parent: QWidget | None = None, *, today: dt.date | None = None,
                 commodity_code: str | None = None):
        super().__init__(parent)
        self.session = session
        self.today = today or dt.date.today()
        self.result_action: ledger.ActionResult | None = None
        self.form = QFormLayout()
        self.commodity = QComboBox()
        for info in catalogue_on(self.today).commodities.values():
            self.commodity.addItem(f"{info.name}（{info.unit}）", info.code)
        if commodity_code:
            self.commodity.setCurrentIndex(max(0, self.commodity.findData(commodity_code)))
        self.date = day_edit(self.today, latest=self.today)
        self.error = error_label("stock_error")
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        self.buttons.accepted.connect(self.try_accept)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(self.form)
        layout.addWidget(self.error)
        layout.addWidget(self.buttons)

    def code(self) -> str:
        return self.commodity.currentData()

    def day(self) -> dt.date:
        return pydate(self.date.date())

    def apply(self) -> ledger.ActionResult:
        raise NotImplementedError

    def try_accept(self) -> None:
        try:
            self.result_action = self.apply()
        except (ValueError, PermissionDenied) as exc:
            self.error.setText(str(exc))
            return
        self.accept()

    def _lot_combo(self, with_fefo: bool) -> QComboBox:
        combo = QComboBox()
        combo.setMinimumWidth(260)

        def fill() -> None:
            combo.clear()
            if with_fefo:
                combo.addItem(self.tr("先到期先发（自动选批号）"), None)
            for lot in lots_on_hand(self.session.site_code, self.today, self.code()):
                combo.addItem(self.tr("{l}　有效期至 {e}　结存 {b}").format(
                    l=lot.lot_number, e=lot.expiry_date.isoformat(), b=lot.balance), lot.lot_number)
                combo.setItemData(combo.count() - 1, lot.balance, BALANCE_ROLE)

        self.commodity.currentIndexChanged.connect(lambda _i: fill())
        fill()
        return combo


class ReceiveDialog(StockDialog):
    def __init__(self, session: Session, parent: QWidget | None = None, **kw):
        super().__init__(session, parent, **kw)
        self.setWindowTitle(self.tr("入库"))
        self.document = QLineEdit()
        self.document.setPlaceholderText(self.tr("乡镇出库单号"))
        self.lot = QLineEdit()
        self.expiry = day_edit(self.today + dt.timedelta(days=730))
        self.quantity = QSpinBox()
        self.quantity.setRange(1, 1_000_000)
        self.form.addRow(self.tr("入库单号"), self.document)
        self.form.addRow(self.tr("药具"), self.commodity)
        self.form.addRow(self.tr("批号"), self.lot)
        self.form.addRow(self.tr("有效期至"), self.expiry)
        self.form.addRow(self.tr("数量"), self.quantity)
        self.form.addRow(self.tr("入库日期"), self.date)

    def apply(self) -> ledger.ActionResult:
        line = ledger.ReceiptLine(self.code(), self.lot.text(), pydate(self.expiry.date()), self.quantity.value())
        return ledger.receive(self.session, day=self.day(), document_number=self.document.text(), lines=[line],
                              today=self.today)


class IssueDialog(StockDialog):
    """To a woman (her visit is recorded, so her resupply visit follows) or a distribution point."""

    def __init__(self, session: Session, parent: QWidget | None = None, *, card_uuid: str | None = None,
                 woman_name: str = "", **kw):
        super().__init__(session, parent, **kw)
        self.setWindowTitle(self.tr("发放"))
        self.quantity = QSpinBox()
        self.quantity.setRange(1, 100_000)
        self.lot = self._lot_combo(with_fefo=True)
        self.to_woman = QRadioButton(self.tr("妇女"))
        self.to_point = QRadioButton(self.tr("发放点"))
        group = QButtonGroup(self)
        group.addButton(self.to_woman)
        group.addButton(self.to_point)
        self.search = QLineEdit()
        self.search.setPlaceholderText(self.tr("姓名、拼音首字母或身份证号，回车查找"))
        self.search.returnPressed.connect(self.find_women)
        self.woman = QComboBox()
        self.woman.setMinimumWidth(260)
        if card_uuid:
            self.woman.addItem(woman_name or card_uuid, card_uuid)
        self.point = QLineEdit()
        self.point.setPlaceholderText(self.tr("例如：一组服务点"))
        who = QHBoxLayout()
        who.addWidget(self.to_woman)
        who.addWidget(self.to_point)
        who.addStretch(1)
        self.form.addRow(self.tr("药具"), self.commodity)
        self.form.addRow(self.tr("数量"), self.quantity)
        self.form.addRow(self.tr("批号"), self.lot)
        self.form.addRow(self.tr("发给"), who)
        self.form.addRow(self.tr("查找妇女"), self.search)
        self.form.addRow(self.tr("妇女"), self.woman)
        self.form.addRow(self.tr("发放点"), self.point)
        self.form.addRow(self.tr("发放日期"), self.date)
        self.to_woman.toggled.connect(self._sync)
        (self.to_woman if card_uuid else self.to_point).setChecked(True)
        self._sync()

    def _sync(self) -> None:
        woman = self.to_woman.isChecked()
        self.search.setEnabled(woman)
        self.woman.setEnabled(woman)
        self.point.setEnabled(not woman)

    def find_women(self) -> None:
        from app.register_query import RegisterFilter, fetch_page

        rows = fetch_page(RegisterFilter(site_code=self.session.site_code, text=self.search.text().strip()), limit=30)
        self.woman.clear()
        for r in rows:
            self.woman.addItem(self.tr("{n}　{g}组　{i}").format(n=r.name, g=r.group_number or "", i=r.id_number or ""),
                               r.card_uuid)
        if not rows:
            self.error.setText(self.tr("没有找到“{t}”").format(t=self.search.text().strip()))

    def apply(self) -> ledger.ActionResult:
        to_woman = self.to_woman.isChecked()
        if to_woman and self.woman.currentData() is None:
            raise ValueError(self.tr("请先查找并选择一位妇女"))
        form = ledger.IssueForm(
            self.code(), self.day(), self.quantity.value(), lot_number=self.lot.currentData(),
            card_uuid=self.woman.currentData() if to_woman else None,
            destination=None if to_woman else self.point.text())
        return ledger.issue(self.session, form, self.today)


class AdjustDialog(StockDialog):
    def __init__(self, session: Session, parent: QWidget | None = None, **kw):
        super().__init__(session, parent, **kw)
        self.setWindowTitle(self.tr("调整"))
        self.lot = self._lot_combo(with_fefo=False)
        self.reason = QComboBox()
        for code in ADJUST_REASON:
            self.reason.addItem(label(ADJUST_REASON, code), code)
        self.quantity = QSpinBox()
        self.quantity.setRange(-100_000, 100_000)
        self.quantity.setValue(1)
        self.note = QLineEdit()
        hint = QLabel(self.tr("过期、损坏、丢失、退回、调出填减少的数量；盘点更正填正负数"))
        hint.setStyleSheet("color: #555;")
        self.form.addRow(self.tr("药具"), self.commodity)
        self.form.addRow(self.tr("批号"), self.lot)
        self.form.addRow(self.tr("原因"), self.reason)
        self.form.addRow(self.tr("数量"), self.quantity)
        self.form.addRow("", hint)
        self.form.addRow(self.tr("说明"), self.note)
        self.form.addRow(self.tr("日期"), self.date)

    def apply(self) -> ledger.ActionResult:
        if self.lot.currentData() is None:
            raise ValueError(self.tr("这种药具没有库存批号"))
        return ledger.adjust(self.session, day=self.day(), commodity_code=self.code(), lot_number=self.lot.currentData(),
                             reason=self.reason.currentData(), quantity=self.quantity.value(), note=self.note.text(),
                             today=self.today)


class CountDialog(StockDialog):
    def __init__(self, session: Session, parent: QWidget | None = None, **kw):
        super().__init__(session, parent, **kw)
        self.setWindowTitle(self.tr("盘点"))
        self.lot = self._lot_combo(with_fefo=False)
        self.counted = QSpinBox()
        self.counted.setRange(0, 1_000_000)
        self.form.addRow(self.tr("药具"), self.commodity)
        self.form.addRow(self.tr("批号"), self.lot)
        self.form.addRow(self.tr("实盘数量"), self.counted)
        self.form.addRow(self.tr("盘点日期"), self.date)
        self.lot.currentIndexChanged.connect(self._preset)
        self._preset()

    def _preset(self) -> None:
        book = self.lot.currentData(BALANCE_ROLE)
        if book is not None:
            self.counted.setValue(int(book))

    def apply(self) -> ledger.ActionResult:
        if self.lot.currentData() is None:
            raise ValueError(self.tr("这种药具没有库存批号"))
        return ledger.count(self.session, day=self.day(), commodity_code=self.code(), lot_number=self.lot.currentData(),
                            counted=self.counted.value(), today=self.today)

