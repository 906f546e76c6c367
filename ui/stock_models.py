"""Read-only table models of the stock window: commodities with balance and months-of-stock
band, the stock card of one commodity, and the lots on hand."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QModelIndex, Qt
from PySide6.QtGui import QBrush, QColor

from app.stock.codes import MOS_BAND, TXN_KIND, label
from app.stock.views import CardLine, CommodityStatus, LotRow
from ui.woman_rows_model import ModelIndex, ReadOnlyRowsModel

BAND_COLOUR = {"stockout": "#f8d7da", "low": "#fff3cd", "over": "#d6e9f8"}
LOT_COLOUR = {"expired": "#f8d7da", "near": "#fff3cd"}


def _num(value: Any) -> str:
    if value is None:
        return "—"
    if isinstance(value, float):
        return f"{value:g}"
    return str(value)


class _RowsModel(ReadOnlyRowsModel):
    """Rows of one dataclass; each column is (header, cell text, right-aligned)."""

    def __init__(self, parent=None):
        super().__init__(parent)
        self._rows: list = []

    def columns(self) -> list[tuple[str, Callable[[Any], str], bool]]:
        raise NotImplementedError

    def background(self, row: Any) -> str | None:
        return None

    def set_rows(self, rows: list) -> None:
        self.beginResetModel()
        self._rows = list(rows)
        self.endResetModel()

    def row_at(self, index: int) -> Any:
        return self._rows[index]

    def rowCount(self, parent: ModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: ModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.columns())

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole):
        if role != Qt.ItemDataRole.DisplayRole:
            return None
        if orientation == Qt.Orientation.Horizontal:
            cols = self.columns()
            return cols[section][0] if 0 <= section < len(cols) else None
        return str(section + 1)

    def data(self, index: ModelIndex, role: int = Qt.ItemDataRole.DisplayRole):
        if not index.isValid() or not (0 <= index.row() < len(self._rows)):
            return None
        cols = self.columns()
        if not 0 <= index.column() < len(cols):
            return None
        row = self._rows[index.row()]
        _header, cell, right = cols[index.column()]
        if role == Qt.ItemDataRole.DisplayRole:
            return cell(row)
        if role == Qt.ItemDataRole.TextAlignmentRole and right:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if role == Qt.ItemDataRole.BackgroundRole:
            colour = self.background(row)
            return QBrush(QColor(colour)) if colour else None
        return None


class StockStatusModel(_RowsModel):
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


class StockCardModel(_RowsModel):
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


class LotsModel(_RowsModel):
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
