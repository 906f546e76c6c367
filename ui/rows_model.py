"""A read-only table of plain rows described by a column spec, shared by the windows whose
models only differ in their columns and colours (incentives, stock, rules, township)."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QModelIndex, Qt
from PySide6.QtGui import QBrush, QColor

from ui.woman_rows_model import ModelIndex, ReadOnlyRowsModel

# (header, cell text of a row, alignment): True means right-aligned (numbers), False the
# default, or an explicit Qt.AlignmentFlag.
Column = tuple[str, Callable[[Any], str], "bool | Qt.AlignmentFlag"]

RIGHT = Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter


class ColumnRowsModel(ReadOnlyRowsModel):
    """Subclasses give columns(); background/foreground (a colour name or None) and extra (any
    other role) are optional per-row hooks."""

    def __init__(self, parent=None):
        super().__init__(parent)
        self._rows: list = []

    def columns(self) -> list[Column]:
        raise NotImplementedError

    def background(self, row: Any) -> str | None:
        return None

    def foreground(self, row: Any) -> str | None:
        return None

    def extra(self, row: Any, role: int) -> Any:
        return None

    def set_rows(self, rows: list) -> None:
        self.beginResetModel()
        self._rows = list(rows)
        self.endResetModel()

    def row_at(self, index: int) -> Any:
        return self._rows[index] if 0 <= index < len(self._rows) else None

    def rowCount(self, parent: ModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: ModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.columns())

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if role != Qt.ItemDataRole.DisplayRole:
            return None
        if orientation == Qt.Orientation.Horizontal:
            cols = self.columns()
            return cols[section][0] if 0 <= section < len(cols) else None
        return str(section + 1)

    def data(self, index: ModelIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not (0 <= index.row() < len(self._rows)):
            return None
        cols = self.columns()
        if not 0 <= index.column() < len(cols):
            return None
        row = self._rows[index.row()]
        _header, cell, align = cols[index.column()]
        if role == Qt.ItemDataRole.DisplayRole:
            return cell(row)
        if role == Qt.ItemDataRole.TextAlignmentRole:
            return int(RIGHT if align is True else align) if align else None
        if role == Qt.ItemDataRole.BackgroundRole:
            colour = self.background(row)
            return QBrush(QColor(colour)) if colour else None
        if role == Qt.ItemDataRole.ForegroundRole:
            colour = self.foreground(row)
            return QBrush(QColor(colour)) if colour else None
        return self.extra(row, role)
