"""The register as a lazily fetched table model (keyset pages from app.register_query).

Rows arrive ~200 at a time as the view scrolls (canFetchMore/fetchMore), so a 100,000-row
register costs what its first page costs. The first page is fetched when the filter is set:
it is small and indexed, fine on the GUI thread. The total count runs elsewhere (status bar).
"""

from __future__ import annotations

import datetime as dt
from typing import Any

from PySide6.QtCore import QModelIndex, Qt

from app import codes
from app.register import age_on
from app.register_query import RegisterFilter, RegisterRow, fetch_page
from ui.woman_rows_model import ModelIndex, ReadOnlyRowsModel, woman_cell

PAGE_SIZE = 200

# Column keys in display order; headers are translated in headerData.
COLUMNS = (
    "name", "group", "household", "birth_date", "age", "id_number", "phone",
    "residence", "marital_status", "current_status", "exit",
)
_CENTERED = {"group", "birth_date", "age"}


class RegisterModel(ReadOnlyRowsModel):
    """Read-only model of RegisterRow pages; UUID of a row via card_uuid(row)."""

    CardUuidRole = Qt.ItemDataRole.UserRole + 1

    def __init__(self, parent=None, *, page_size: int = PAGE_SIZE, today: dt.date | None = None):
        super().__init__(parent)
        self._rows: list[RegisterRow] = []
        self._filter = RegisterFilter()
        self._page_size = page_size
        self._today = today
        self._exhausted = True

    # -- loading -----------------------------------------------------------------------------
    @property
    def filter(self) -> RegisterFilter:
        return self._filter

    def today(self) -> dt.date:
        return self._today or dt.date.today()

    def set_filter(self, flt: RegisterFilter) -> None:
        """Start over with a new filter; the first page is loaded at once."""
        self.beginResetModel()
        self._filter = flt
        self._rows = []
        self._exhausted = False
        self._rows = self._fetch(after_id=0)
        self.endResetModel()

    def refresh(self) -> None:
        self.set_filter(self._filter)

    def _fetch(self, after_id: int) -> list[RegisterRow]:
        rows = fetch_page(self._filter, after_id=after_id, limit=self._page_size, today=self.today())
        if len(rows) < self._page_size:
            self._exhausted = True
        return rows

    def canFetchMore(self, parent: ModelIndex = QModelIndex()) -> bool:  # noqa: B008
        return not parent.isValid() and not self._exhausted

    def fetchMore(self, parent: ModelIndex = QModelIndex()) -> None:  # noqa: B008
        if parent.isValid() or self._exhausted:
            return
        after = self._rows[-1].card_id if self._rows else 0
        rows = self._fetch(after_id=after)
        if not rows:
            return
        first = len(self._rows)
        self.beginInsertRows(QModelIndex(), first, first + len(rows) - 1)
        self._rows.extend(rows)
        self.endInsertRows()

    # -- access ------------------------------------------------------------------------------
    def row_at(self, row: int) -> RegisterRow | None:
        return self._rows[row] if 0 <= row < len(self._rows) else None

    def card_uuid(self, row: int) -> str | None:
        found = self.row_at(row)
        return found.card_uuid if found else None

    def row_of_uuid(self, card_uuid: str) -> int:
        for i, row in enumerate(self._rows):
            if row.card_uuid == card_uuid:
                return i
        return -1

    # -- Qt model interface ------------------------------------------------------------------
    def rowCount(self, parent: ModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: ModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(COLUMNS)

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if role != Qt.ItemDataRole.DisplayRole:
            return None
        if orientation == Qt.Orientation.Vertical:
            return str(section + 1)
        if 0 <= section < len(COLUMNS):
            return self.header_text(COLUMNS[section])
        return None

    def header_text(self, key: str) -> str:
        return {
            "name": self.tr("姓名"),
            "group": self.tr("组"),
            "household": self.tr("户编号"),
            "birth_date": self.tr("出生日期"),
            "age": self.tr("年龄"),
            "id_number": self.tr("身份证号"),
            "phone": self.tr("电话"),
            "residence": self.tr("居住状况"),
            "marital_status": self.tr("婚姻状况"),
            "current_status": self.tr("当前状况"),
            "exit": self.tr("注销"),
        }[key]

    def data(self, index: ModelIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not (0 <= index.row() < len(self._rows)):
            return None
        if not (0 <= index.column() < len(COLUMNS)):
            return None
        row = self._rows[index.row()]
        key = COLUMNS[index.column()]
        if role == Qt.ItemDataRole.DisplayRole:
            return self._display(row, key)
        if role == self.CardUuidRole:
            return row.card_uuid
        if role == Qt.ItemDataRole.TextAlignmentRole and key in _CENTERED:
            return int(Qt.AlignmentFlag.AlignCenter)
        return None

    def _display(self, row: RegisterRow, key: str) -> str:
        common = woman_cell(row, key)
        if common is not None:
            return common
        if key == "birth_date":
            return row.birth_date.isoformat() if row.birth_date else ""
        if key == "age":
            return str(age_on(row.birth_date, self.today())) if row.birth_date else ""
        if key == "id_number":
            return row.id_number or ""
        if key == "residence":
            return codes.label(codes.RESIDENCE, row.residence)
        if key == "marital_status":
            return codes.label(codes.MARITAL, row.marital_status)
        if key == "current_status":
            return codes.label(codes.STATUS, row.current_status)
        # key == "exit"
        if row.exit_reason:
            when = f" {row.exit_date.isoformat()}" if row.exit_date else ""
            return codes.label(codes.EXIT_REASON, row.exit_reason) + when
        if row.birth_date and age_on(row.birth_date, self.today()) >= codes.REGISTER_EXIT_AGE:
            # Not yet written off by apply_age_exits, but out of the active register already.
            return self.tr("已满50周岁")
        return ""
