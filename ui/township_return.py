"""The township return: the sum of the villages' closed returns for a period (issue 6)."""

from __future__ import annotations

import datetime as dt
from typing import Any

from PySide6.QtCore import QModelIndex, Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)
from shiboken6 import isValid

from app.township.figures import FigureLine, TownshipFigures, township_figures
from app.township.submissions import recent_months
from app.township.villages import village_names
from ui.woman_rows_model import ModelIndex, ReadOnlyRowsModel
from ui.workers import run_in_background


class TownshipReturnModel(ReadOnlyRowsModel):
    COLUMNS = ("section", "label", "value", "unit")

    def __init__(self, parent=None):
        super().__init__(parent)
        self._lines: list[FigureLine] = []

    def set_lines(self, lines: list[FigureLine]) -> None:
        self.beginResetModel()
        self._lines = list(lines)
        self.endResetModel()

    def rowCount(self, parent: ModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._lines)

    def columnCount(self, parent: ModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.COLUMNS)

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if role != Qt.ItemDataRole.DisplayRole:
            return None
        if orientation == Qt.Orientation.Vertical:
            return str(section + 1)
        if not 0 <= section < len(self.COLUMNS):
            return None
        return {"section": self.tr("部分"), "label": self.tr("指标"), "value": self.tr("数值"),
                "unit": self.tr("单位")}[self.COLUMNS[section]]

    def data(self, index: ModelIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not (0 <= index.row() < len(self._lines)):
            return None
        if not 0 <= index.column() < len(self.COLUMNS):
            return None
        line = self._lines[index.row()]
        key = self.COLUMNS[index.column()]
        if role == Qt.ItemDataRole.TextAlignmentRole and key == "value":
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if role != Qt.ItemDataRole.DisplayRole:
            return None
        if key == "value":
            if line.value is None:
                return "—"
            if isinstance(line.value, float) and line.value.is_integer():
                return str(int(line.value))
            return str(line.value)
        # Repeat the section title only on its first line.
        if key == "section":
            previous = self._lines[index.row() - 1].section if index.row() else None
            return "" if previous == line.section else line.section
        return getattr(line, key)


class TownshipReturnWindow(QWidget):
    loaded = Signal(int)

    def __init__(self, parent: QWidget | None = None, *, today: dt.date | None = None):
        super().__init__(parent, Qt.WindowType.Window)
        self._today = today or dt.date.today()
        self._generation = 0
        self.setWindowTitle(self.tr("乡镇汇总报表"))
        self.resize(760, 620)
        self.period = QLineEdit(recent_months(self._today, 1)[0])
        self.period.setPlaceholderText(self.tr("YYYY-MM、YYYYQn 或 YYYY"))
        self.compute = QPushButton(self.tr("汇总"))
        self.sources = QLabel()
        self.sources.setWordWrap(True)
        bar = QHBoxLayout()
        bar.addWidget(QLabel(self.tr("报表期")))
        bar.addWidget(self.period)
        bar.addWidget(self.compute)
        bar.addStretch(1)
        self.model = TownshipReturnModel(self)
        self.table = QTableView()
        self.table.setModel(self.model)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().setDefaultSectionSize(24)
        self.table.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.table.horizontalHeader().setStretchLastSection(True)
        layout = QVBoxLayout(self)
        layout.addLayout(bar)
        layout.addWidget(self.sources)
        layout.addWidget(self.table, 1)
        self.compute.clicked.connect(self.reload)
        self.period.returnPressed.connect(self.reload)
        self.reload()

    def reload(self) -> None:
        period = self.period.text().strip()
        self._generation += 1
        generation = self._generation
        self.sources.setText(self.tr("正在汇总…"))

        def work() -> tuple[TownshipFigures, dict[str, str]]:
            return township_figures(period), village_names()

        def done(result) -> None:
            if not isValid(self) or generation != self._generation:
                return
            figures, names = result
            self.model.set_lines(list(figures.lines))
            if figures.sources:
                summed = "、".join(names.get(code, code) for code in figures.sources)
                self.sources.setText(self.tr("{p}：汇总了{n}个村的已报月报（{s}）").format(
                    p=figures.period, n=len(figures.sources), s=summed))
            else:
                self.sources.setText(self.tr("{p}：还没有收到任何村的已报月报").format(p=figures.period))
            self.loaded.emit(len(figures.lines))

        def failed(exc: BaseException) -> None:
            if isValid(self):
                self.model.set_lines([])
                self.sources.setText(str(exc))
                self.loaded.emit(0)

        run_in_background(work, done, failed)
