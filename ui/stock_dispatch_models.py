"""Read-only table models for stock dispatched by the township: the township's list of
dispatches with the villages' confirmations, a village's pending receipts, and the lines of one
dispatch."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from app.stock.dispatch import DispatchView, LineView
from ui.rows_model import ColumnRowsModel

STATUS_COLOUR = {"short": "#fff3cd", "received": "#e2f0d9", "cancelled": "#eeeeee"}


def _t(text: str) -> str:
    return QCoreApplication.translate("stock_dispatch", text)


def _items(row: DispatchView) -> str:
    """The voucher's contents in one cell: 复方口服避孕药120、男用避孕套600."""
    return _t("、").join(_t("{c}{q}").format(c=ln.commodity_name, q=ln.quantity) for ln in row.lines)


def _quantity(row: LineView) -> str:
    return _t("{q}{u}").format(q=row.quantity, u=row.unit)


def _opt(value) -> str:
    return "" if value is None else str(value)


class DispatchStatusModel(ColumnRowsModel):
    """At the township: one row per dispatch, newest first."""

    def columns(self):
        return [
            (self.tr("调拨单号"), lambda r: r.number, False),
            (self.tr("调拨日期"), lambda r: r.day.isoformat(), False),
            (self.tr("村"), lambda r: r.to_name or r.to_site, False),
            (self.tr("药具"), _items, False),
            (self.tr("调拨数"), lambda r: str(r.sent_total), True),
            (self.tr("实收数"), lambda r: _opt(r.received_total), True),
            (self.tr("状态"), lambda r: r.status_text, False),
            (self.tr("收货日期"), lambda r: r.received_date.isoformat() if r.received_date else "", False),
            (self.tr("收货人"), lambda r: r.received_by, False),
            (self.tr("差异原因"), lambda r: r.reason, False),
        ]

    def background(self, row: DispatchView) -> str | None:
        return STATUS_COLOUR.get(row.status)


class PendingReceiptsModel(ColumnRowsModel):
    """At a village: dispatches addressed to it that it has not confirmed, oldest first."""

    def columns(self):
        return [
            (self.tr("调拨单号"), lambda r: r.number, False),
            (self.tr("调拨日期"), lambda r: r.day.isoformat(), False),
            (self.tr("药具"), _items, False),
            (self.tr("行数"), lambda r: str(len(r.lines)), True),
            (self.tr("合计"), lambda r: str(r.sent_total), True),
            (self.tr("备注"), lambda r: r.note, False),
        ]


class DispatchLinesModel(ColumnRowsModel):
    """The lines of one dispatch (with what arrived, once confirmed)."""

    def columns(self):
        return [
            (self.tr("行"), lambda r: str(r.line_no), True),
            (self.tr("药具"), lambda r: r.commodity_name, False),
            (self.tr("批号"), lambda r: r.lot_number, False),
            (self.tr("有效期至"), lambda r: r.expiry_date.isoformat(), False),
            (self.tr("调拨数量"), _quantity, True),
            (self.tr("实收"), lambda r: _opt(r.received), True),
        ]

    def background(self, row: LineView) -> str | None:
        return "#fff3cd" if row.received is not None and row.received < row.quantity else None
