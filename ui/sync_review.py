"""待核对的冲突记录: rows changed both here and at the sending site, listed with a side-by-side
comparison (differing fields highlighted); the user takes the other site's version or keeps ours,
for one row or several selected rows at once.

The work is app.sync.review's; the queue is small (a handful of rows after a packet), so it is
read on the GUI thread.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtGui import QFont, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QPushButton,
    QSplitter,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)
from shiboken6 import isValid

from app.auth import AuthError, Session
from app.sync.review import resolve_many
from app.sync.review_view import Comparison, FieldDiff, pending
from ui import ask
from ui.rows_model import Column, ColumnRowsModel
from ui.tables import read_only_table, selected_row

DIFFERS = "#fff0b3"  # the highlight of a field that differs


def _tr(text: str) -> str:
    return QCoreApplication.translate("sync_review_ui", text)


def site_text(view: Comparison) -> str:
    return _tr("{n}（{c}）").format(n=view.sender_name, c=view.sender) if view.sender_name else view.sender


class SyncReviewModel(ColumnRowsModel):
    """One row per record waiting for a decision (app.sync.review_view.Comparison)."""

    def columns(self) -> list[Column]:
        return [
            (self.tr("类别"), lambda v: v.kind, False),
            (self.tr("记录"), lambda v: v.record, False),
            (self.tr("不同项"), lambda v: str(len(v.differing)), True),
            (self.tr("来自"), site_text, False),
            (self.tr("收到时间"), lambda v: str(v.arrived)[:16], False),
        ]


class SyncCompareModel(ColumnRowsModel):
    """The fields of one record: ours beside theirs, differing ones highlighted and bold."""

    def columns(self) -> list[Column]:
        return [
            (self.tr("项目"), lambda f: f.label, False),
            (self.tr("本站版本"), lambda f: f.ours, False),
            (self.tr("对方版本"), lambda f: f.theirs, False),
        ]

    def background(self, row: FieldDiff) -> str | None:
        return DIFFERS if row.differs else None

    def extra(self, row: FieldDiff, role: int):
        if role == Qt.ItemDataRole.FontRole and row.differs:
            font = QFont()
            font.setBold(True)
            return font
        if role == Qt.ItemDataRole.ToolTipRole and row.differs:
            return self.tr("两边不同")
        return None


class SyncReviewWindow(QWidget):
    loaded = Signal(int)  # records waiting
    resolved = Signal(int)  # records settled by the last action

    def __init__(self, session: Session, parent: QWidget | None = None):
        super().__init__(parent, Qt.WindowType.Window)
        self.session = session
        self.setWindowTitle(self.tr("待核对的冲突记录"))
        self.resize(1180, 600)

        self.explain = explain = QLabel(self.tr("这些记录在本站和对方站点都被修改过。导入数据包时没有用对方的内容覆盖本站的记录，"
                                 "请逐条核对：采用对方版本，或保留本地版本。可按住 Ctrl 或 Shift 选择多条一起处理。"))
        explain.setWordWrap(True)

        self.model = SyncReviewModel(self)
        self.table = read_only_table(self.model, single=False, fit_columns=True)
        self.compare_model = SyncCompareModel(self)
        self.compare_table = read_only_table(self.compare_model, row_numbers=False)
        self.compare_table.verticalHeader().setDefaultSectionSize(24)
        self.compare_table.setColumnWidth(0, 130)
        self.compare_table.setColumnWidth(1, 210)
        self.heading = QLabel()
        self.heading.setWordWrap(True)
        self.heading.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        detail = QWidget()
        detail_layout = QVBoxLayout(detail)
        detail_layout.setContentsMargins(0, 0, 0, 0)
        detail_layout.addWidget(self.heading)
        detail_layout.addWidget(self.compare_table, 1)
        splitter = QSplitter(Qt.Orientation.Horizontal)
        splitter.addWidget(self.table)
        splitter.addWidget(detail)
        splitter.setSizes([580, 600])

        self.empty = QLabel(self.tr("没有待核对的记录。\n\n导入数据包时，如果某条记录在本站和对方都被修改过，"
                                    "它会出现在这里，等您决定采用哪一个版本。"))
        self.empty.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.empty.setWordWrap(True)
        self.pages = QStackedWidget()
        self.pages.addWidget(self.empty)
        self.pages.addWidget(splitter)

        self.accept_button = QPushButton(self.tr("采用对方版本(&A)…"))
        self.accept_button.setToolTip(self.tr("本站记录改为对方的内容（Alt+A）"))
        self.keep_button = QPushButton(self.tr("保留本地版本(&K)…"))
        self.keep_button.setToolTip(self.tr("不采用对方的修改，本站记录不变，下次同步时发给对方（Alt+K）"))
        self.close_button = QPushButton(self.tr("关闭"))
        self.status = QLabel()
        buttons = QHBoxLayout()
        buttons.addWidget(self.status, 1)
        buttons.addWidget(self.accept_button)
        buttons.addWidget(self.keep_button)
        buttons.addWidget(self.close_button)

        layout = QVBoxLayout(self)
        layout.addWidget(explain)
        layout.addWidget(self.pages, 1)
        layout.addLayout(buttons)

        self.accept_button.clicked.connect(lambda: self.settle(accept=True))
        self.keep_button.clicked.connect(lambda: self.settle(accept=False))
        self.close_button.clicked.connect(self.close)
        QShortcut(QKeySequence(QKeySequence.StandardKey.Refresh), self, activated=self.reload)
        QShortcut(QKeySequence(Qt.Key.Key_Escape), self, activated=self.close)
        self.table.selectionModel().selectionChanged.connect(lambda *_: self._show_current())
        self.table.selectionModel().currentRowChanged.connect(lambda *_: self._show_current())
        self.reload()

    # -- showing -------------------------------------------------------------------------------
    def reload(self) -> None:
        try:
            views = pending(self.session)
        except AuthError as exc:
            views = []
            self.empty.setText(str(exc))
        self.model.set_rows(views)
        self.pages.setCurrentIndex(1 if views else 0)
        self.explain.setVisible(bool(views))
        if views:
            self.table.selectRow(0)
            self.table.setFocus()
        self._show_current()
        self.loaded.emit(len(views))

    def selected(self) -> list[Comparison]:
        rows = sorted({i.row() for i in self.table.selectionModel().selectedRows()})
        return [v for v in (self.model.row_at(r) for r in rows) if v is not None]

    def current(self) -> Comparison | None:
        return self.model.row_at(selected_row(self.table))

    def _show_current(self) -> None:
        view = self.current()
        chosen = self.selected()
        self.compare_model.set_rows(list(view.fields) if view is not None else [])
        if view is None:
            self.heading.setText(self.tr("选择左边的一条记录，查看两边的内容。") if self.model.rowCount() else "")
        else:
            lines = [
                self.tr("{k}：{r}").format(k=view.kind, r=view.record),
                self.tr("来自 {s}，收到于 {t}").format(s=site_text(view), t=str(view.arrived)[:16]),
                self.tr("本站版本 {v}（{by} 于 {at} 修改）；对方版本 {w}（{tby} 于 {tat} 修改）").format(
                    v=view.local_version, by=view.ours_by, at=view.ours_at, w=view.incoming_version,
                    tby=view.theirs_by, tat=view.theirs_at),
                self.tr("本站已没有这条记录，只能保留本地版本。") if view.local_missing
                else self.tr("有{n}项不同（黄色标出）。").format(n=len(view.differing)),
            ]
            self.heading.setText("\n".join(lines))
            first = next((n for n, f in enumerate(view.fields) if f.differs), None)
            if first is not None:
                self.compare_table.scrollTo(self.compare_model.index(first, 0))
        can = self.session.can("sync") and bool(chosen)
        self.accept_button.setEnabled(can and not any(v.local_missing for v in chosen))
        self.keep_button.setEnabled(can)
        count = self.model.rowCount()
        if len(chosen) > 1:
            self.status.setText(self.tr("共{n}条待核对，已选{m}条").format(n=count, m=len(chosen)))
        elif count:
            self.status.setText(self.tr("共{n}条待核对").format(n=count))

    # -- deciding ------------------------------------------------------------------------------
    def confirmation(self, chosen: list[Comparison], accept: bool) -> str:
        if len(chosen) == 1:
            view = chosen[0]
            if accept:
                return self.tr("采用{s}的版本：本站“{r}”（{k}）有{n}项将改为对方的内容。\n"
                               "这次修改记入本站的更改记录，下次同步时发给对方。\n\n确定采用对方版本吗？").format(
                    s=site_text(view), r=view.record, k=view.kind, n=len(view.differing))
            return self.tr("保留本站“{r}”（{k}）的版本：不采用{s}的修改，本站记录不变。\n"
                           "本站版本记入本站的更改记录，下次同步时发给对方，对方的记录也改为本站版本。\n\n"
                           "确定保留本地版本吗？").format(
                r=view.record, k=view.kind, s=site_text(view))
        if accept:
            return self.tr("对所选的{n}条记录采用对方的版本：本站记录改为对方的内容，"
                           "修改记入本站的更改记录，下次同步时发给对方。\n\n确定采用对方版本吗？").format(n=len(chosen))
        return self.tr("对所选的{n}条记录保留本站的版本：不采用对方的修改，本站记录不变，"
                       "下次同步时发给对方。\n\n确定保留本地版本吗？").format(n=len(chosen))

    def title(self, accept: bool) -> str:
        return self.tr("采用对方版本") if accept else self.tr("保留本地版本")

    def settle(self, *, accept: bool) -> None:
        chosen = self.selected()
        if not chosen:
            return
        title = self.title(accept)
        if not ask.confirm(self, title, self.confirmation(chosen, accept)):
            return
        ids = [i for view in chosen for i in view.item_ids]
        try:
            resolve_many(self.session, ids, accept=accept)
        except (ValueError, RuntimeError) as exc:  # SyncError, PermissionDenied, ConcurrentEditError
            ask.warn(self, title, str(exc))
            self.reload()
            return
        self.reload()
        if isValid(self):
            done = (self.tr("已采用对方版本：{n}条记录") if accept else self.tr("已保留本地版本：{n}条记录")).format(
                n=len(chosen))
            self.status.setText(done if not self.model.rowCount()
                                else done + self.tr("；还有{n}条待核对").format(n=self.model.rowCount()))
        self.resolved.emit(len(chosen))
