"""Table models of the return window: figures (with section rows), logic checks, and the people
behind a figure. Read-only; rows are plain data computed off the GUI thread."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QBrush, QColor, QFont

from app.returns.checks import CheckResult
from app.returns.export import _shown
from app.returns.model import Correction, Figure, Return
from app.returns.people import PersonRow

ModelIndex = QModelIndex | QPersistentModelIndex


class _Rows(QAbstractTableModel):
    HEADERS: tuple[str, ...] = ()

    def __init__(self, parent=None):
        super().__init__(parent)
        self._rows: list[Any] = []

    def headers(self) -> list[str]:
        return list(self.HEADERS)

    def rowCount(self, parent: ModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: ModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.headers())

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if role == Qt.ItemDataRole.DisplayRole and orientation == Qt.Orientation.Horizontal:
            names = self.headers()
            return names[section] if 0 <= section < len(names) else None
        return None

    def flags(self, index: ModelIndex) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        return Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable

    def set_rows(self, rows: list[Any]) -> None:
        self.beginResetModel()
        self._rows = list(rows)
        self.endResetModel()

    def row(self, r: int) -> Any:
        return self._rows[r] if 0 <= r < len(self._rows) else None


class FiguresModel(_Rows):
    """Section title rows (str) and figure rows (Figure)."""

    def headers(self) -> list[str]:
        return [self.tr("项目"), self.tr("数值"), self.tr("单位"), self.tr("人数（可查看名单）"), self.tr("代码")]

    def set_return(self, ret: Return | None) -> None:
        rows: list[Any] = []
        for s in ret.sections if ret else []:
            rows.append(s.title + (f"　（{s.note}）" if s.note else ""))
            rows += s.figures
        self.set_rows(rows)

    def figure(self, r: int) -> Figure | None:
        row = self.row(r)
        return row if isinstance(row, Figure) else None

    def data(self, index: ModelIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        row, col = self._rows[index.row()], index.column()
        if isinstance(row, str):
            if role == Qt.ItemDataRole.DisplayRole and col == 0:
                return row
            if role == Qt.ItemDataRole.FontRole:
                font = QFont()
                font.setBold(True)
                return font
            if role == Qt.ItemDataRole.BackgroundRole:
                return QBrush(QColor("#e8eef5"))
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            return [row.label, _shown(row.value), row.unit, str(len(row.people)) if row.people else "", row.code][col]
        if role == Qt.ItemDataRole.ToolTipRole:
            return row.note or None
        if role == Qt.ItemDataRole.TextAlignmentRole and col in (1, 3):
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None


class ChecksModel(_Rows):
    def headers(self) -> list[str]:
        return [self.tr("结果"), self.tr("检查"), self.tr("说明"), self.tr("相关记录")]

    def check(self, r: int) -> CheckResult | None:
        return self.row(r)

    def data(self, index: ModelIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        c: CheckResult = self._rows[index.row()]
        col = index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            result = self.tr("通过") if c.ok else (self.tr("错误") if c.severity == "error" else self.tr("提示"))
            return [result, c.title, c.message, str(len(c.uuids)) if c.uuids else ""][col]
        if role == Qt.ItemDataRole.ForegroundRole and col == 0 and not c.ok:
            return QBrush(QColor("#b00020" if c.severity == "error" else "#8a6d00"))
        return None


class CorrectionsModel(_Rows):
    def headers(self) -> list[str]:
        return [self.tr("报表期"), self.tr("项目"), self.tr("原报"), self.tr("现为"), self.tr("增加"), self.tr("减少")]

    def correction(self, r: int) -> Correction | None:
        return self.row(r)

    def data(self, index: ModelIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        c: Correction = self._rows[index.row()]
        if role == Qt.ItemDataRole.DisplayRole:
            return [c.period, c.label or c.code, _shown(c.sent), _shown(c.now), str(len(c.added)),
                    str(len(c.removed))][index.column()]
        return None


class PeopleModel(_Rows):
    def headers(self) -> list[str]:
        return [self.tr("姓名"), self.tr("身份证号"), self.tr("村民小组"), self.tr("户编号"), self.tr("UUID")]

    def person(self, r: int) -> PersonRow | None:
        return self.row(r)

    def data(self, index: ModelIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        p: PersonRow = self._rows[index.row()]
        if role == Qt.ItemDataRole.DisplayRole:
            return [p.name, p.id_masked, "" if p.group_number is None else str(p.group_number),
                    p.household_number or "", p.uuid][index.column()]
        return None
