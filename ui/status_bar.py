"""The status bar: who is logged in, how many women the current filter matches, and the
visits due (ui/due_counts.py).

The count runs in a worker thread (a full count over 100,000 rows is too slow for the GUI
thread); a newer request makes older answers stale, so a slow count never overwrites a fresh one.
"""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QLabel, QStatusBar
from shiboken6 import isValid

from app import codes
from app.auth import Session
from app.register_query import RegisterFilter, count
from ui.due_counts import DueCountsLabel
from ui.workers import run_in_background


class RegisterStatusBar(QStatusBar):
    countReady = Signal(int)

    def __init__(self, parent=None):
        super().__init__(parent)
        self._generation = 0
        self.total_label = QLabel()
        self.user_label = QLabel()
        self.due_counts = DueCountsLabel()
        self.addWidget(self.total_label, 1)
        self.addPermanentWidget(self.due_counts)
        self.addPermanentWidget(self.user_label)
        self.total: int | None = None

    def show_user(self, session: Session) -> None:
        self.user_label.setText(
            self.tr("当前用户：{name}（{role}）").format(
                name=session.display_name, role=codes.label(codes.ROLES, session.role)
            )
        )

    def recount(self, flt: RegisterFilter, today: dt.date | None = None) -> None:
        self._generation += 1
        generation = self._generation
        self.total = None
        self.total_label.setText(self.tr("正在统计…"))

        def work() -> int:
            return count(flt, today=today)

        def done(total: int) -> None:
            if not isValid(self) or generation != self._generation:
                return
            self.total = total
            self.total_label.setText(self.tr("共 {n} 人").format(n=total))
            self.countReady.emit(total)

        def failed(exc: BaseException) -> None:
            if isValid(self) and generation == self._generation:
                self.total_label.setText(self.tr("统计失败：{e}").format(e=exc))

        run_in_background(work, done, failed)
