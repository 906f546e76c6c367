"""The submission board: villages down, periods across; late and overdue cells highlighted,
with each village's last sync. Loaded off the GUI thread."""

from __future__ import annotations

import datetime as dt
from typing import Any

from PySide6.QtCore import QModelIndex, Qt, Signal
from PySide6.QtGui import QBrush, QColor
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)
from shiboken6 import isValid

from app.township.submissions import BoardRow, recent_months, submission_board
from ui.tables import read_only_table
from ui.woman_rows_model import ModelIndex, ReadOnlyRowsModel
from ui.workers import run_in_background

_COLOURS = {
    "on_time": "#e6f4ea",
    "late": "#fff3cd",
    "overdue": "#f8d7da",
    "not_due": None,
}


class SubmissionBoardModel(ReadOnlyRowsModel):
    """Rows: villages. Columns: village, one per period, last sync."""

    StateRole = Qt.ItemDataRole.UserRole + 1

    def __init__(self, parent=None):
        super().__init__(parent)
        self._periods: list[str] = []
        self._rows: list[BoardRow] = []

    def set_board(self, periods: list[str], rows: list[BoardRow]) -> None:
        self.beginResetModel()
        self._periods = list(periods)
        self._rows = list(rows)
        self.endResetModel()

    def row_at(self, row: int) -> BoardRow | None:
        return self._rows[row] if 0 <= row < len(self._rows) else None

    def rowCount(self, parent: ModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: ModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._periods) + 2

    def state_text(self, state: str) -> str:
        return {
            "on_time": self.tr("按时"),
            "late": self.tr("逾期报送"),
            "overdue": self.tr("逾期未报"),
            "not_due": self.tr("未到期限"),
        }.get(state, state)

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if role != Qt.ItemDataRole.DisplayRole:
            return None
        if orientation == Qt.Orientation.Vertical:
            return str(section + 1)
        if section == 0:
            return self.tr("村")
        if 1 <= section <= len(self._periods):
            return self._periods[section - 1]
        if section == len(self._periods) + 1:
            return self.tr("最近同步")
        return None

    def data(self, index: ModelIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not (0 <= index.row() < len(self._rows)):
            return None
        row = self._rows[index.row()]
        column = index.column()
        if column == 0:
            return row.village if role == Qt.ItemDataRole.DisplayRole else None
        if column == len(self._periods) + 1:
            if role == Qt.ItemDataRole.DisplayRole:
                return row.last_sync.strftime("%Y-%m-%d %H:%M") if row.last_sync else self.tr("从未")
            return None
        if not 1 <= column <= len(self._periods):
            return None
        cell = row.cells[column - 1]
        if role == Qt.ItemDataRole.DisplayRole:
            text = self.state_text(cell.state)
            if cell.submitted_at:
                text += f" {cell.submitted_at:%m-%d}"
            return text
        if role == Qt.ItemDataRole.ToolTipRole:
            return self.tr("截止日期：{d}").format(d=cell.deadline.isoformat())
        if role == Qt.ItemDataRole.BackgroundRole:
            colour = _COLOURS.get(cell.state)
            return QBrush(QColor(colour)) if colour else None
        if role == Qt.ItemDataRole.TextAlignmentRole:
            return int(Qt.AlignmentFlag.AlignCenter)
        if role == self.StateRole:
            return cell.state
        return None


class SubmissionBoardWindow(QWidget):
    loaded = Signal(int)

    def __init__(self, parent: QWidget | None = None, *, today: dt.date | None = None, months: int = 6):
        super().__init__(parent, Qt.WindowType.Window)
        self._today = today
        self._generation = 0
        self.setWindowTitle(self.tr("各村报表报送情况"))
        self.resize(900, 420)
        self.months = QSpinBox()
        self.months.setRange(1, 24)
        self.months.setValue(months)
        self.months.setSuffix(self.tr(" 个月"))
        self.reload_button = QPushButton(self.tr("刷新"))
        self.status = QLabel()
        bar = QHBoxLayout()
        bar.addWidget(QLabel(self.tr("显示最近")))
        bar.addWidget(self.months)
        bar.addStretch(1)
        bar.addWidget(self.reload_button)
        self.model = SubmissionBoardModel(self)
        self.table = read_only_table(self.model, single=False, fit_columns=True, stretch_last=False)
        legend = QLabel(self.tr("黄色：逾期报送；红色：截止日期已过仍未报送。截止日期为报表期次月的第{d}日。")
                        .format(d=self._deadline_day()))
        legend.setStyleSheet("color: #666;")
        layout = QVBoxLayout(self)
        layout.addLayout(bar)
        layout.addWidget(self.table, 1)
        layout.addWidget(legend)
        layout.addWidget(self.status)
        self.reload_button.clicked.connect(self.reload)
        self.months.valueChanged.connect(lambda _v: self.reload())
        self.reload()

    @staticmethod
    def _deadline_day() -> int:
        from app import settings

        return int(settings.get("township_return_deadline_day") or 5)

    def reload(self) -> None:
        today = self._today or dt.date.today()
        periods = recent_months(today, self.months.value())
        self._generation += 1
        generation = self._generation
        self.status.setText(self.tr("正在读取…"))

        def done(rows: list[BoardRow]) -> None:
            if not isValid(self) or generation != self._generation:
                return
            self.model.set_board(periods, rows)
            late = sum(1 for r in rows for c in r.cells if c.highlighted)
            self.status.setText(self.tr("{n}个村，{late}处逾期").format(n=len(rows), late=late))
            self.loaded.emit(len(rows))

        def failed(exc: BaseException) -> None:
            if isValid(self):
                self.status.setText(str(exc))

        run_in_background(lambda: submission_board(periods, today), done, failed)
