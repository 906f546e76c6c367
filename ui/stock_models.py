"""Read-only table models of the stock window: commodities with balance and months-of-stock
band, the stock card of one commodity, and the lots on hand."""

from __future__ import annotations

from typing import Any

from app.stock.codes import MOS_BAND, TXN_KIND, label
from app.stock.views import CardLine, CommodityStatus, LotRow
from ui.rows_model import ColumnRowsModel

BAND_COLOUR = {"stockout": "#f8d7da", "low": "#fff3cd", "over": "#d6e9f8"}
LOT_COLOUR = {"expired": "#f8d7da", "near": "#fff3cd"}


def _num(value: Any) -> str:
    if value is None:
        return "—"
    if isinstance(value, float):
        return f"{value:g}"
    return str(value)


class StockStatusModel(ColumnRowsModel):
    def columns(self):
        return [
            (self.tr("药具"), lambda r: r.name, False),
            (self.tr("单位"), lambda r: r.unit, False),
            (self.tr("结存"), lambda r: _num(r.balance), True),
            (self.tr("可用"), lambda r: _num(r.usable), True),
            (self.tr("月均消耗"), lambda r: _num(r.amc), True),
            (self.tr("库存月数"), lambda r: _num(r.mos), True),
            (self.tr("状态"), lambda r: label(MOS_BAND, r.band), False),
            (self.tr("建议订货"), lambda r: _num(r.suggested_order), True),
            (self.tr("近效期"), lambda r: _num(r.near_expiry) if r.near_expiry else "", True),
        ]

    def background(self, row: CommodityStatus) -> str | None:
        return BAND_COLOUR.get(row.band)


class StockCardModel(ColumnRowsModel):
    def columns(self):
        return [
            (self.tr("日期"), lambda r: r.date.isoformat(), False),
            (self.tr("类别"), lambda r: label(TXN_KIND, r.kind), False),
            (self.tr("批号"), lambda r: r.lot_number, False),
            (self.tr("收入"), lambda r: _num(r.quantity) if r.quantity > 0 else "", True),
            (self.tr("发出/减少"), lambda r: _num(-r.quantity) if r.quantity < 0 else "", True),
            (self.tr("结存"), lambda r: _num(r.balance), True),
            (self.tr("来源/去向"), lambda r: r.source, False),
            (self.tr("经办"), lambda r: r.by, False),
        ]

    def background(self, row: CardLine) -> str | None:
        return "#eeeeee" if row.reversal else None


class LotsModel(ColumnRowsModel):
    def columns(self):
        state = {"expired": self.tr("已过期"), "near": self.tr("近效期"), "ok": ""}
        return [
            (self.tr("药具"), lambda r: r.commodity_name, False),
            (self.tr("批号"), lambda r: r.lot_number, False),
            (self.tr("有效期至"), lambda r: r.expiry_date.isoformat(), False),
            (self.tr("结存"), lambda r: _num(r.balance), True),
            (self.tr("剩余天数"), lambda r: _num(r.days_left), True),
            (self.tr("状态"), lambda r: state[r.state], False),
        ]

    def background(self, row: LotRow) -> str | None:
        return LOT_COLOUR.get(row.state)
