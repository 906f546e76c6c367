"""The visits due (随访提醒): today / this week / overdue / missed, filtered by village group
and visit type, loaded off the GUI thread. Enter on a row records the visit; the weekly
round sheet prints from here."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTabBar,
    QTableView,
    QVBoxLayout,
    QWidget,
)
from shiboken6 import isValid

from app import codes
from app.auth import Session
from app.due import DueFilter, DueRow, due_list
from app.sites import groups
from ui import ask
from ui.due_model import COLUMNS, DueModel
from ui.workers import run_in_background

VIEWS = ("today", "week", "overdue", "missed")
_COLUMN_WIDTHS = {"name": 80, "group": 40, "household": 80, "phone": 115, "visit_type": 260,
                  "due_date": 95, "window": 120, "state": 70}


# Rows shown before the whole list has been read (one screen and a bit).
FIRST_PAGE = 200

class DueListWindow(QWidget):
    loaded = Signal(int)  # rows shown, after each load
    visitRecorded = Signal(str)  # card uuid
    sheetWritten = Signal(str)  # path of the round sheet

    def __init__(self, session: Session, parent: QWidget | None = None, *, site_name: str = "",
                 today: dt.date | None = None, view: str = "week"):
        super().__init__(parent, Qt.WindowType.Window)
        self.session = session
        self._site_name = site_name
        self._today = today
        self._generation = 0
        self.current_dialog: QDialog | None = None
        self.setWindowTitle(self.tr("随访提醒"))
        self.resize(980, 600)

        self.tabs = QTabBar()
        for view_name in VIEWS:
            self.tabs.addTab(self.view_title(view_name))
        self.tabs.setCurrentIndex(VIEWS.index(view) if view in VIEWS else 1)
        self.group = QComboBox()
        self.group.addItem(self.tr("全部组"), None)
        for g in groups(session.site_code):
            self.group.addItem(g.name or self.tr("{n}组").format(n=g.number), g.number)
        self.visit_type = QComboBox()
        self.visit_type.addItem(self.tr("全部类型"), None)
        for code in codes.VISIT_TYPE:
            self.visit_type.addItem(codes.label(codes.VISIT_TYPE, code), code)

        top = QHBoxLayout()
        top.addWidget(self.tabs)
        top.addStretch(1)
        top.addWidget(QLabel(self.tr("组：")))
        top.addWidget(self.group)
        top.addWidget(QLabel(self.tr("随访类型：")))
        top.addWidget(self.visit_type)

        self.model = DueModel(self)
        self.table = QTableView()
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSortingEnabled(True)
        self.table.sortByColumn(COLUMNS.index("due_date"), Qt.SortOrder.AscendingOrder)
        self.table.setTabKeyNavigation(False)
        self.table.verticalHeader().setDefaultSectionSize(24)
        self.table.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        for i, key in enumerate(COLUMNS):
            self.table.setColumnWidth(i, _COLUMN_WIDTHS[key])
        # The visit type (with the rule's own words) takes the spare width.
        self.table.horizontalHeader().setSectionResizeMode(COLUMNS.index("visit_type"),
                                                           QHeaderView.ResizeMode.Stretch)
        self.table.activated.connect(lambda _index: self.record_visit())

        self.record_button = QPushButton(self.tr("记录随访（回车）"))
        self.card_button = QPushButton(self.tr("查看登记卡"))
        self.print_button = QPushButton(self.tr("打印本周随访单…"))
        self.refresh_button = QPushButton(self.tr("刷新"))
        for button in (self.record_button, self.card_button, self.print_button, self.refresh_button):
            button.setAutoDefault(False)
        self.record_button.clicked.connect(self.record_visit)
        self.card_button.clicked.connect(self.open_card)
        self.print_button.clicked.connect(self.print_round_sheet)
        self.refresh_button.clicked.connect(self.reload)
        refresh = QAction(self)
        refresh.setShortcut(QKeySequence(QKeySequence.StandardKey.Refresh))
        refresh.triggered.connect(self.reload)
        self.addAction(refresh)

        self.status = QLabel()
        self.status.setObjectName("due_status")
        self.legend = QLabel(self.tr("颜色：蓝＝未到期　黄＝到期　红＝逾期　灰＝错过"))
        self.legend.setStyleSheet("color: #555;")
        bottom = QHBoxLayout()
        bottom.addWidget(self.status, 1)
        bottom.addWidget(self.legend)
        buttons = QHBoxLayout()
        for button in (self.record_button, self.card_button):
            buttons.addWidget(button)
        buttons.addStretch(1)
        buttons.addWidget(self.print_button)
        buttons.addWidget(self.refresh_button)

        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.table, 1)
        layout.addLayout(bottom)
        layout.addLayout(buttons)

        self.tabs.currentChanged.connect(lambda _i: self.reload())
        self.group.currentIndexChanged.connect(lambda _i: self.reload())
        self.visit_type.currentIndexChanged.connect(lambda _i: self.reload())
        self.table.selectionModel().selectionChanged.connect(lambda *_: self._update_buttons())
        self.model.modelReset.connect(self._update_buttons)
        self.reload()

    def view_title(self, view: str) -> str:
        return {"today": self.tr("今天"), "week": self.tr("本周"), "overdue": self.tr("逾期"),
                "missed": self.tr("错过")}[view]

    def today(self) -> dt.date:
        return self._today or dt.date.today()

    # -- loading -------------------------------------------------------------------------------
    def current_view(self) -> str:
        return VIEWS[self.tabs.currentIndex()]

    def set_view(self, view: str) -> None:
        if view in VIEWS:
            self.tabs.setCurrentIndex(VIEWS.index(view))

    def current_filter(self) -> DueFilter:
        return DueFilter(view=self.current_view(), group_number=self.group.currentData(),
                         visit_type=self.visit_type.currentData(), site_code=self.session.site_code)

    def reload(self, select_due: int | None = None) -> None:
        self._generation += 1
        generation = self._generation
        flt, today = self.current_filter(), self.today()
        self.status.setText(self.tr("正在读取…"))

        def first_page(rows: list[DueRow]) -> None:
            if not isValid(self) or generation != self._generation:
                return
            if len(rows) < FIRST_PAGE:
                done(rows)
                return
            # A county-sized list has tens of thousands of rows: show the earliest due at once,
            # then the whole list (for sorting and counting) when it has been read.
            self.model.set_rows(rows)
            self.status.setText(self.tr("正在读取其余各项…"))
            run_in_background(lambda: due_list(flt, today), done, failed)

        def done(rows: list[DueRow]) -> None:
            if not isValid(self) or generation != self._generation:
                return
            self.model.set_rows(rows)
            self.status.setText(self.tr("{v}：共 {n} 项").format(v=self.view_title(flt.view), n=len(rows))
                                if rows else self.tr("{v}：没有需要随访的对象").format(v=self.view_title(flt.view)))
            row = self.model.row_of_due(select_due) if select_due is not None else -1
            if self.model.rowCount():
                self.table.selectRow(max(row, 0))
            self.loaded.emit(len(rows))

        def failed(exc: BaseException) -> None:
            if isValid(self) and generation == self._generation:
                self.status.setText(self.tr("读取失败：{e}").format(e=exc))

        run_in_background(lambda: due_list(flt, today, limit=FIRST_PAGE), first_page, failed)

    # -- actions -------------------------------------------------------------------------------
    def selected(self) -> DueRow | None:
        index = self.table.currentIndex()
        if not index.isValid() or not self.table.selectionModel().isRowSelected(index.row()):
            return None
        return self.model.row_at(index.row())

    def _update_buttons(self) -> None:
        row = self.selected()
        can_edit = self.session.can("edit_register")
        self.record_button.setEnabled(row is not None and row.card_uuid is not None and can_edit)
        self.card_button.setEnabled(row is not None and row.card_uuid is not None)

    def visit_dialog(self, row: DueRow) -> QDialog:
        from ui.visit_dialog import VisitDialog

        return VisitDialog(self.session, row.card_uuid, row.name, self, visit_type=row.visit_type,
                           due_id=row.due_id, label=row.label, today=self._today)

    def record_visit(self) -> None:
        """Open the quick visit dialog on the selected row (window-modal, not blocking)."""
        row = self.selected()
        if row is None or row.card_uuid is None or not self.session.can("edit_register"):
            return
        dialog = self.visit_dialog(row)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.accepted.connect(lambda: self._visit_saved(row))
        self.current_dialog = dialog
        dialog.open()

    def _visit_saved(self, row: DueRow) -> None:
        self.current_dialog = None
        self.visitRecorded.emit(row.card_uuid)
        self.reload()

    def open_card(self) -> None:
        row = self.selected()
        if row is None or row.card_uuid is None:
            return
        from ui.woman_card import WomanCardDialog

        dialog = WomanCardDialog(self.session, row.card_uuid, self, today=self._today)
        dialog.changed.connect(lambda _uuid: self.reload())
        dialog.exec()

    def print_round_sheet(self) -> None:
        today = self.today()
        suggested = str(Path.home() / self.tr("随访工作单_{d}.pdf").format(d=today.isoformat()))
        path = ask.save_file(self, self.tr("打印本周随访单"), suggested, self.tr("PDF 文件 (*.pdf)"))
        if not path:
            return
        if not path.lower().endswith(".pdf"):
            path += ".pdf"
        flt = DueFilter(view="week", group_number=self.group.currentData(),
                        visit_type=self.visit_type.currentData(), site_code=self.session.site_code)
        group_names = {g.number: g.name for g in groups(self.session.site_code) if g.name}
        site_name, who = self._site_name, self.session.display_name
        self.print_button.setEnabled(False)
        self.status.setText(self.tr("正在生成随访单…"))

        def work() -> str:
            from app.reports.round_sheet import write_round_sheet

            rows = due_list(flt, today)
            return str(write_round_sheet(path, rows, site_name=site_name, week_start=today,
                                         prepared_by=who, group_names=group_names, printed_on=today))

        def done(written: str) -> None:
            if not isValid(self):
                return
            self.print_button.setEnabled(True)
            self.status.setText(self.tr("随访单已保存：{p}").format(p=written))
            self.sheetWritten.emit(written)

        def failed(exc: BaseException) -> None:
            if not isValid(self):
                return
            self.print_button.setEnabled(True)
            self.status.setText("")
            ask.warn(self, self.tr("无法生成随访单"), str(exc))

        run_in_background(work, done, failed)
