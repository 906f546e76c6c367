"""The visits due as a table model over app.due's DueRow list (sortable, colour by state)."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QModelIndex, Qt
from PySide6.QtGui import QColor

from app import codes
from app.due import DueRow
from ui.woman_rows_model import ModelIndex, ReadOnlyRowsModel, woman_cell

COLUMNS = ("name", "group", "household", "phone", "visit_type", "due_date", "window", "state")
_CENTERED = {"group", "due_date", "window", "state"}
# Light backgrounds that keep black text readable; the state is also written out (not colour only).
STATE_BACKGROUND = {
    "early": QColor("#e8f1fb"),
    "due": QColor("#fff3c4"),
    "overdue": QColor("#fbd9d3"),
    "missed": QColor("#e2e2e2"),
}
STATE_FOREGROUND = {"overdue": QColor("#8a1010"), "missed": QColor("#444444")}
_STATE_ORDER = {"missed": 0, "overdue": 1, "due": 2, "early": 3}


class DueModel(ReadOnlyRowsModel):
    DueRowRole = Qt.ItemDataRole.UserRole + 1

    def __init__(self, parent=None):
        super().__init__(parent)
        self._rows: list[DueRow] = []
        self._sort: tuple[int, Qt.SortOrder] | None = None

    def set_rows(self, rows: list[DueRow]) -> None:
        self.beginResetModel()
        self._rows = list(rows)
        if self._sort:
            self._sort_rows(*self._sort)
        self.endResetModel()

    def row_at(self, row: int) -> DueRow | None:
        return self._rows[row] if 0 <= row < len(self._rows) else None

    def rows(self) -> list[DueRow]:
        return list(self._rows)

    def row_of_due(self, due_id: int) -> int:
        return next((i for i, r in enumerate(self._rows) if r.due_id == due_id), -1)

    # -- Qt model interface --------------------------------------------------------------------
    def rowCount(self, parent: ModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: ModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(COLUMNS)

    def header_text(self, key: str) -> str:
        return {
            "name": self.tr("姓名"),
            "group": self.tr("组"),
            "household": self.tr("户编号"),
            "phone": self.tr("电话"),
            "visit_type": self.tr("随访类型"),
            "due_date": self.tr("应访日期"),
            "window": self.tr("窗口期"),
            "state": self.tr("状态"),
        }[key]

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if role != Qt.ItemDataRole.DisplayRole:
            return None
        if orientation == Qt.Orientation.Vertical:
            return str(section + 1)
        return self.header_text(COLUMNS[section]) if 0 <= section < len(COLUMNS) else None

    def data(self, index: ModelIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not (0 <= index.row() < len(self._rows)):
            return None
        if not (0 <= index.column() < len(COLUMNS)):
            return None
        row = self._rows[index.row()]
        key = COLUMNS[index.column()]
        if role == Qt.ItemDataRole.DisplayRole:
            return self._display(row, key)
        if role == Qt.ItemDataRole.ToolTipRole and key == "window":
            return self.tr("{a} 至 {b}").format(a=row.window_start.isoformat(), b=row.window_end.isoformat())
        if role == Qt.ItemDataRole.BackgroundRole:
            return STATE_BACKGROUND.get(row.state)
        if role == Qt.ItemDataRole.ForegroundRole:
            return STATE_FOREGROUND.get(row.state) if key == "state" else QColor("#000000")
        if role == Qt.ItemDataRole.TextAlignmentRole and key in _CENTERED:
            return int(Qt.AlignmentFlag.AlignCenter)
        if role == self.DueRowRole:
            return row.due_id
        return None

    def _display(self, row: DueRow, key: str) -> str:
        common = woman_cell(row, key)
        if common is not None:
            return common
        if key == "visit_type":
            kind = codes.label(codes.VISIT_TYPE, row.visit_type)
            return self.tr("{t}（{l}）").format(t=kind, l=row.label) if row.label else kind
        if key == "due_date":
            return row.due_date.isoformat()
        if key == "window":
            return self.tr("{a} 至 {b}").format(a=row.window_start.strftime("%m-%d"),
                                                b=row.window_end.strftime("%m-%d"))
        return codes.label(codes.DUE_STATE, row.state)

    # -- sorting -------------------------------------------------------------------------------
    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        if not (0 <= column < len(COLUMNS)):
            return
        self.layoutAboutToBeChanged.emit()
        old = [r.due_id for r in self._rows]
        persistent = self.persistentIndexList()
        self._sort = (column, order)
        self._sort_rows(column, order)
        new_pos = {due_id: i for i, due_id in enumerate(r.due_id for r in self._rows)}
        for index in persistent:
            row = new_pos[old[index.row()]]
            self.changePersistentIndex(index, self.index(row, index.column()))
        self.layoutChanged.emit()

    def _sort_rows(self, column: int, order: Qt.SortOrder) -> None:
        key = COLUMNS[column]

        def sort_key(r: DueRow):
            if key == "group":
                return (r.group_number is None, r.group_number or 0, r.due_date)
            if key == "state":
                return (_STATE_ORDER.get(r.state, 9), r.due_date)
            if key in ("due_date", "window"):
                return (r.due_date, r.window_start, r.name)
            return (self._display(r, key), r.due_date)

        self._rows.sort(key=sort_key, reverse=order == Qt.SortOrder.DescendingOrder)
