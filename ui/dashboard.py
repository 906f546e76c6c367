"""Dashboard: the last 12 months at a glance (QtCharts) — prevalence, method mix, new acceptors,
follow-up rate, months of stock — each chart exportable as PNG."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from PySide6.QtCharts import (
    QBarCategoryAxis,
    QBarSeries,
    QBarSet,
    QChart,
    QChartView,
    QLineSeries,
    QPercentBarSeries,
    QValueAxis,
)
from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QPainter
from PySide6.QtWidgets import (
    QFileDialog,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QMainWindow,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from app.auth import Session
from app.codes import METHODS, label
from app.returns.periods import last_closed_month
from app.returns.trends import Trends, trends
from ui.workers import run_in_background


def _short(period: str) -> str:
    """2026-01 → 1: twelve labels fit under a small chart only as bare month numbers (anything
    longer is elided to "2…"); the years are in the line above the charts."""
    return str(int(period.split("-")[1]))


def _y_axis(maximum: float | None) -> QValueAxis:
    y = QValueAxis()
    if maximum is not None:
        y.setRange(0, maximum)
        y.setLabelFormat("%.0f")
    else:
        y.setLabelFormat("%.1f")
        y.applyNiceNumbers()
    return y


def _categories(labels: list[str]) -> QBarCategoryAxis:
    x = QBarCategoryAxis()
    x.append(labels)
    font = x.labelsFont()
    font.setPointSizeF(7)
    x.setLabelsFont(font)
    return x


def _axes(chart: QChart, series, categories: list[str], maximum: float | None = None) -> None:
    x = _categories(categories)
    y = _y_axis(maximum)
    if maximum is None:
        y.setLabelFormat("%.0f")
    chart.addAxis(x, Qt.AlignmentFlag.AlignBottom)
    chart.addAxis(y, Qt.AlignmentFlag.AlignLeft)
    for s in series:
        s.attachAxis(x)
        s.attachAxis(y)


# (row, column, rows, columns) on a six-column grid: the three single-line charts on top, the two
# with a legend of names below at half the width each, so their month labels are not elided.
_PLACES = {"cpr": (0, 0, 1, 2), "acceptors": (0, 2, 1, 2), "followup": (0, 4, 1, 2),
           "mix": (1, 0, 1, 3), "stock": (1, 3, 1, 3)}


def _whole_numbers(chart: QChart, top: int) -> None:
    """A count axis with ticks on whole numbers (people are not counted in fractions)."""
    y = chart.axes(Qt.Orientation.Vertical)[0]
    step = max(1, -(-top // 5))
    y.setRange(0, max(step, -(-top // step) * step))
    y.setTickType(QValueAxis.TickType.TicksDynamic)
    y.setTickAnchor(0)
    y.setTickInterval(step)
    y.setLabelFormat("%d")


def _line(name: str, values: list[float | None]) -> QLineSeries:
    s = QLineSeries()
    s.setName(name)
    s.setPointsVisible(True)
    for i, v in enumerate(values):
        if v is not None:
            s.append(i + 0.5, float(v))  # the middle of category i
    return s


class DashboardWindow(QMainWindow):
    loaded = Signal()

    def __init__(self, session: Session, parent=None, *, today: dt.date | None = None):
        super().__init__(parent)
        self.session = session
        self.today = today or dt.date.today()
        self.setWindowTitle(self.tr("工作概览：近12个月"))
        self.resize(1200, 820)
        self.views: dict[str, QChartView] = {}
        self.data: Trends | None = None
        self.status = QLabel(self.tr("正在计算近12个月的数字……"), self)
        self.grid = QGridLayout()
        central = QWidget(self)
        layout = QVBoxLayout(central)
        layout.addWidget(self.status)
        layout.addLayout(self.grid, 1)
        self.setCentralWidget(central)
        for key, title in self.chart_titles().items():
            chart = QChart()
            chart.setTitle(title)
            chart.legend().setAlignment(Qt.AlignmentFlag.AlignRight if key in ("mix", "stock")
                                        else Qt.AlignmentFlag.AlignBottom)
            font = chart.legend().font()
            font.setPointSizeF(max(6.0, font.pointSizeF() * 0.8))
            chart.legend().setFont(font)
            view = QChartView(chart, central)
            view.setRenderHint(QPainter.RenderHint.Antialiasing)
            view.setMinimumSize(360, 260)
            self.views[key] = view
            button = QPushButton(self.tr("导出PNG"), central)
            button.clicked.connect(lambda _=False, k=key: self.export_png(k))
            cell = QVBoxLayout()
            cell.addWidget(view, 1)
            row = QHBoxLayout()
            row.addStretch(1)
            row.addWidget(button)
            cell.addLayout(row)
            self.grid.addLayout(cell, *_PLACES[key])
        self.load()

    def chart_titles(self) -> dict[str, str]:
        return {
            "cpr": self.tr("综合避孕率（%）"),
            "mix": self.tr("方法构成（%）"),
            "acceptors": self.tr("新采用人数"),
            "followup": self.tr("随访服务率（%）"),
            "stock": self.tr("药具库存可用月数"),
        }

    def load(self) -> None:
        end, site, today = last_closed_month(self.today), self.session.site_code, self.today
        run_in_background(lambda: trends(end, site, today=today), self._loaded,
                          lambda exc: self.status.setText(self.tr("计算失败：{e}").format(e=exc)))

    def _loaded(self, data: Trends) -> None:
        self.data = data
        months = [_short(p.period) for p in data.points]
        self._fill_line("cpr", [(self.tr("综合避孕率"), [p.cpr for p in data.points])], months, 100)
        self._fill_line("followup", [(self.tr("随访服务率"), [p.followup_rate for p in data.points])], months, 100)
        chart = self._clear("acceptors")
        bars = QBarSeries()
        bar = QBarSet(self.tr("新采用"))
        bar.append([float(p.new_acceptors) for p in data.points])
        bars.append(bar)
        chart.addSeries(bars)
        _axes(chart, [bars], months)
        _whole_numbers(chart, max((p.new_acceptors for p in data.points), default=0))
        chart = self._clear("mix")
        mix = QPercentBarSeries()
        for m in METHODS:
            values = [p.mix.get(m) or 0.0 for p in data.points]
            if any(values):
                s = QBarSet(label(METHODS, m))
                s.append(values)
                mix.append(s)
        chart.addSeries(mix)
        _axes(chart, [mix], months, 100)
        names = sorted({n for p in data.points for n, v in p.stock_months.items() if v is not None})
        self._fill_line("stock", [(n, [p.stock_months.get(n) for p in data.points]) for n in names], months)
        if not names:
            self.views["stock"].chart().setTitle(self.tr("药具库存可用月数（没有药具发放记录）"))
        first, last = (data.points[0].period, data.points[-1].period) if data.points else ("", "")
        self.status.setText(self.tr("{a}至{b}，每月数字与该月报表相同（已关账的月份为报送的数字）").format(a=first, b=last))
        self.loaded.emit()

    def _clear(self, key: str) -> QChart:
        chart = self.views[key].chart()
        chart.removeAllSeries()
        for axis in chart.axes():
            chart.removeAxis(axis)
        return chart

    def _fill_line(self, key: str, lines: list[tuple[str, list]], months: list[str], maximum: float | None = None):
        chart = self._clear(key)
        series = [_line(name, values) for name, values in lines]
        for s in series:
            chart.addSeries(s)
        # Line points sit at category centres on a hidden numeric axis under the month labels.
        x = QValueAxis()
        x.setRange(0, max(1, len(months)))
        x.setVisible(False)
        cats = _categories(months)
        y = _y_axis(maximum)
        chart.addAxis(cats, Qt.AlignmentFlag.AlignBottom)
        chart.addAxis(x, Qt.AlignmentFlag.AlignBottom)
        chart.addAxis(y, Qt.AlignmentFlag.AlignLeft)
        for s in series:
            s.attachAxis(x)
            s.attachAxis(y)
        if maximum is None and series:
            top = max((p.y() for s in series for p in s.points()), default=1.0)
            y.setRange(0, max(1.0, top * 1.15))

    def save_png(self, key: str, path: Path) -> Path:
        pixmap = self.views[key].grab()
        if not pixmap.save(str(path), "PNG"):
            raise OSError(self.tr("不能写入“{p}”").format(p=path))
        return path

    def export_png(self, key: str) -> None:
        name, _ = QFileDialog.getSaveFileName(self, self.tr("导出图表"), f"{key}.png", "PNG (*.png)")
        if name:
            try:
                self.save_png(key, Path(name))
            except OSError as exc:
                self.status.setText(str(exc))
