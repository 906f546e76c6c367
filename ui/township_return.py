"""The township return: the sum of the villages' closed returns for a period (issue 6)."""

from __future__ import annotations

import datetime as dt
from typing import Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)
from shiboken6 import isValid

from app.township.figures import FigureLine, TownshipFigures, township_figures
from app.township.submissions import recent_months
from app.township.villages import village_names
from ui.rows_model import Column, ColumnRowsModel
from ui.tables import read_only_table
from ui.workers import run_in_background


def _value_text(value: Any) -> str:
    if value is None:
        return "—"
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    return str(value)


class TownshipReturnModel(ColumnRowsModel):
    """FigureLine rows, each kept with the section title to show: only on a section's first line."""

    def set_lines(self, lines: list[FigureLine]) -> None:
        self.set_rows([(line, "" if i and lines[i - 1].section == line.section else line.section)
                       for i, line in enumerate(lines)])

    def columns(self) -> list[Column]:
        return [
            (self.tr("部分"), lambda r: r[1], False),
            (self.tr("指标"), lambda r: r[0].label, False),
            (self.tr("数值"), lambda r: _value_text(r[0].value), True),
            (self.tr("单位"), lambda r: r[0].unit, False),
        ]


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
        self.table = read_only_table(self.model, select_rows=False, single=False, fit_columns=True)
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
