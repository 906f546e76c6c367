"""The return window: choose a period, compute it in the background, read the sections, open the
people behind any figure, look at the logic checks, export the chosen files to a USB stick."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QFileDialog,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QMainWindow,
    QPlainTextEdit,
    QPushButton,
    QTableView,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from app.auth import Session
from app.returns.checks import failures, run_checks
from app.returns.export import FORMATS, file_name, render
from app.returns.periods import last_closed_month, parse_reportable
from app.returns.store import Prepared, close_return, prepare
from app.returns.usb import write_all
from ui.return_drill import DrillDownDialog
from ui.return_models import ChecksModel, CorrectionsModel, FiguresModel
from ui.return_usb import removable_drives, still_mounted
from ui.workers import run_in_background


def period_choices(today: dt.date) -> list[str]:
    last = last_closed_month(today)
    months = [p.code for p in reversed(last.previous_months(12))]
    q = (today.month - 1) // 3 + 1
    fy = today.year + (1 if today.month >= 10 else 0)
    return [*months, f"{today.year}Q{q}", f"{today.year}", f"FY{fy - 1}", f"FY{fy}H1", f"FY{fy - 1}H2"]


class ReturnWindow(QMainWindow):
    computed = Signal()
    exported = Signal(str)  # the message shown
    failed = Signal(str)

    def __init__(self, session: Session, parent=None, *, today: dt.date | None = None):
        super().__init__(parent)
        self.session = session
        self.today = today or dt.date.today()
        self.prepared: Prepared | None = None
        self.checks: list = []
        self.folder: Path | None = None
        self.setWindowTitle(self.tr("计生报表（月报、季报、年报）"))
        self.resize(1100, 760)

        self.period = QComboBox(self)
        self.period.setEditable(True)
        self.period.addItems(period_choices(self.today))
        self.period.setToolTip(self.tr("2026-11（月）、2026Q4（季）、2026（年）、FY2026（统计年度）、FY2026H1（半年）"))
        self.compute_button = QPushButton(self.tr("计算"), self)
        self.compute_button.clicked.connect(self.compute)
        self.status = QLabel(self.tr("选择报表期后点“计算”"), self)
        self.status.setWordWrap(True)
        top = QHBoxLayout()
        top.addWidget(QLabel(self.tr("报表期："), self))
        top.addWidget(self.period, 1)
        top.addWidget(self.compute_button)

        self.figures = FiguresModel(self)
        self.checks_model = ChecksModel(self)
        self.corrections = CorrectionsModel(self)
        self.figures_view = self._table(self.figures, self._drill_figure)
        self.checks_view = self._table(self.checks_model, self._drill_check)
        self.corrections_view = self._table(self.corrections, self._drill_correction)
        self.tabs = QTabWidget(self)
        self.tabs.addTab(self.figures_view, self.tr("报表（双击查看名单）"))
        self.tabs.addTab(self.checks_view, self.tr("逻辑检查"))
        self.tabs.addTab(self.corrections_view, self.tr("更正与差异"))

        export_box = QGroupBox(self.tr("导出到U盘"), self)
        grid = QGridLayout(export_box)
        self.format_boxes: dict[str, QCheckBox] = {}
        for i, fmt in enumerate(FORMATS):
            box = QCheckBox(fmt.upper(), export_box)
            box.setChecked(fmt in ("pdf", "xlsx", "json"))
            self.format_boxes[fmt] = box
            grid.addWidget(box, 0, i)
        self.drives = QComboBox(export_box)
        self.refresh_button = QPushButton(self.tr("刷新U盘"), export_box)
        self.refresh_button.clicked.connect(self.refresh_drives)
        self.folder_button = QPushButton(self.tr("选择文件夹…"), export_box)
        self.folder_button.clicked.connect(self.choose_folder)
        grid.addWidget(QLabel(self.tr("写到："), export_box), 1, 0)
        grid.addWidget(self.drives, 1, 1, 1, 3)
        grid.addWidget(self.refresh_button, 1, 4)
        grid.addWidget(self.folder_button, 1, 5)
        self.explanation = QPlainTextEdit(export_box)
        self.explanation.setPlaceholderText(self.tr("逻辑检查未通过时，写明为什么仍要报送（会与报表一起保存）"))
        self.explanation.setMaximumHeight(60)
        grid.addWidget(self.explanation, 2, 0, 1, 6)
        self.preview_only = QCheckBox(self.tr("仅导出预览，不关账"), export_box)
        self.export_button = QPushButton(self.tr("导出并关账"), export_box)
        self.export_button.clicked.connect(self.export)
        self.export_button.setEnabled(False)
        self.preview_only.toggled.connect(
            lambda on: self.export_button.setText(self.tr("导出预览") if on else self.tr("导出并关账")))
        grid.addWidget(self.preview_only, 3, 0, 1, 3)
        grid.addWidget(self.export_button, 3, 5)
        self.export_message = QLabel("", export_box)
        self.export_message.setWordWrap(True)
        grid.addWidget(self.export_message, 4, 0, 1, 6)

        central = QWidget(self)
        layout = QVBoxLayout(central)
        layout.addLayout(top)
        layout.addWidget(self.status)
        layout.addWidget(self.tabs, 1)
        layout.addWidget(export_box)
        self.setCentralWidget(central)
        self.refresh_drives()

    def _table(self, model, on_double) -> QTableView:
        view = QTableView(self)
        view.setModel(model)
        view.setSelectionBehavior(QTableView.SelectionBehavior.SelectRows)
        view.setAlternatingRowColors(True)
        view.horizontalHeader().setStretchLastSection(True)
        view.verticalHeader().setVisible(False)
        view.doubleClicked.connect(lambda index: on_double(index.row()))
        return view

    # -- computing -----------------------------------------------------------------------------
    def compute(self) -> None:
        text = self.period.currentText().strip()
        try:
            period = parse_reportable(text, self.today)
        except ValueError as exc:
            self.status.setText(str(exc))
            self.failed.emit(str(exc))
            return
        self.compute_button.setEnabled(False)
        self.export_button.setEnabled(False)
        self.status.setText(self.tr("正在计算{p}……").format(p=period.label()))
        site, who, today = self.session.site_code, self.session.display_name, self.today

        def work():
            prepared = prepare(period, site, today=today, prepared_by=who)
            return prepared, run_checks(prepared.ret)

        run_in_background(work, self._computed, self._compute_failed)

    def _computed(self, result) -> None:
        self.prepared, self.checks = result
        ret = self.prepared.ret
        self.figures.set_return(ret)
        self.checks_model.set_rows(self.checks)
        extra = self.prepared.differences or ret.corrections
        self.corrections.set_rows(extra)
        for view in (self.figures_view, self.checks_view, self.corrections_view):
            view.resizeColumnsToContents()
        failed = failures(self.checks)
        parts = [self.tr("{s}　{p}").format(s=ret.site_name, p=ret.period.label())]
        if self.prepared.closed is not None:
            parts.append(self.tr("已于{t}关账报送，显示的是报送的版本").format(t=ret.closed_at))
            if self.prepared.differences:
                parts.append(self.tr("重新计算有{n}项不同（见“更正与差异”），将作为更正在下期报告").format(
                    n=len(self.prepared.differences)))
        elif ret.corrections:
            parts.append(self.tr("含对已报送期的{n}项更正").format(n=len(ret.corrections)))
        parts.append(self.tr("逻辑检查全部通过") if not failed else self.tr("{n}项逻辑检查未通过").format(n=len(failed)))
        self.status.setText("；".join(parts))
        self.compute_button.setEnabled(True)
        self.export_button.setEnabled(True)
        self.export_button.setText(self.tr("再次导出") if self.prepared.closed is not None else (
            self.tr("导出预览") if self.preview_only.isChecked() else self.tr("导出并关账")))
        self.computed.emit()

    def _compute_failed(self, exc: BaseException) -> None:
        self.compute_button.setEnabled(True)
        self.status.setText(self.tr("计算失败：{e}").format(e=exc))
        self.failed.emit(str(exc))

    # -- drill-down ------------------------------------------------------------------------------
    def _drill_figure(self, row: int) -> None:
        fig = self.figures.figure(row)
        if fig is not None and fig.people:
            self.drill = DrillDownDialog(fig.label, fig.people, self)
            self.drill.show()

    def _drill_check(self, row: int) -> None:
        check = self.checks_model.check(row)
        if check is not None and check.uuids:
            self.drill = DrillDownDialog(check.title, check.uuids, self)
            self.drill.show()

    def _drill_correction(self, row: int) -> None:
        c = self.corrections.correction(row)
        if c is not None and (c.added or c.removed):
            self.drill = DrillDownDialog(f"{c.period} {c.label}", [*c.added, *c.removed], self)
            self.drill.show()

    # -- export ------------------------------------------------------------------------------------
    def refresh_drives(self) -> None:
        self.drives.clear()
        for d in removable_drives():
            self.drives.addItem(d.label(), d.root)
        if self.folder is not None:
            self.drives.addItem(str(self.folder), str(self.folder))
            self.drives.setCurrentIndex(self.drives.count() - 1)
        if self.drives.count() == 0:
            self.drives.addItem(self.tr("没有发现U盘：请插入U盘后点“刷新U盘”，或选择文件夹"), None)

    def set_folder(self, folder: Path) -> None:
        self.folder = Path(folder)
        self.refresh_drives()

    def choose_folder(self) -> None:
        chosen = QFileDialog.getExistingDirectory(self, self.tr("选择导出文件夹"))
        if chosen:
            self.set_folder(Path(chosen))

    def chosen_formats(self) -> list[str]:
        return [f for f, box in self.format_boxes.items() if box.isChecked()]

    def _say(self, text: str, ok: bool) -> None:
        self.export_message.setText(text)
        self.export_message.setStyleSheet("" if ok else "color: #b00020")

    def export(self) -> None:
        if self.prepared is None:
            return
        target = self.drives.currentData()
        formats = self.chosen_formats()
        if not target:
            self._say(self.tr("请先插入U盘并点“刷新U盘”，或选择一个文件夹"), False)
            return
        if not formats:
            self._say(self.tr("请至少选择一种格式"), False)
            return
        ret, checks = self.prepared.ret, self.checks
        closing = self.prepared.closed is None and not self.preview_only.isChecked()
        explanation = self.explanation.toPlainText().strip()
        if closing and failures(checks) and not explanation:
            self._say(self.tr("有{n}项逻辑检查未通过：请改正，或在说明栏写明为什么仍要报送").format(
                n=len(failures(checks))), False)
            self.tabs.setCurrentWidget(self.checks_view)
            return
        session = self.session
        self.export_button.setEnabled(False)
        self._say(self.tr("正在写入，请不要拔出U盘……"), True)

        def work():
            if closing:
                close_return(session, ret, explanation=explanation, formats=formats)
            files = {file_name(ret, f): render(ret, f, checks=checks) for f in formats}
            return write_all(target, files)

        def done(paths) -> None:
            self.export_button.setEnabled(True)
            where = Path(target)
            tail = self.tr("可以安全拔出U盘。") if still_mounted(str(where)) and str(where) != str(self.folder) else ""
            text = self.tr("已写入并读回校验{n}个文件到 {d}。").format(n=len(paths), d=where) + tail
            if closing:
                text = self.tr("{p}已关账。").format(p=ret.period.code) + text
                self.compute()
            self._say(text, True)
            self.exported.emit(text)

        def failed(exc: BaseException) -> None:
            self.export_button.setEnabled(True)
            self._say(self.tr("导出失败：{e}").format(e=exc), False)
            self.failed.emit(str(exc))

        run_in_background(work, done, failed)

    def closeEvent(self, event) -> None:
        from ui.workers import wait_for_background

        wait_for_background()
        super().closeEvent(event)

