"""The visits-due counts on the main window (今天 / 本周 / 逾期 / 错过), counted off the GUI
thread; clicking a count opens the due list on that view."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QLabel
from shiboken6 import isValid

from app.due import due_counts
from ui.workers import run_in_background

VIEWS = ("today", "week", "overdue", "missed")


class DueCountsLabel(QLabel):
    viewRequested = Signal(str)  # today | week | overdue | missed
    countsReady = Signal(dict)

    def __init__(self, parent=None):
        super().__init__(parent)
        self.setObjectName("due_counts")
        self.counts: dict[str, int] | None = None
        self._generation = 0
        self.setToolTip(self.tr("点击查看随访提醒"))
        self.linkActivated.connect(self.viewRequested)

    def titles(self) -> dict[str, str]:
        return {"today": self.tr("今天"), "week": self.tr("本周"), "overdue": self.tr("逾期"),
                "missed": self.tr("错过")}

    def recount(self, today: dt.date | None = None, site_code: str | None = None) -> None:
        self._generation += 1
        generation = self._generation

        def done(counts: dict[str, int]) -> None:
            if not isValid(self) or generation != self._generation:
                return
            self.counts = counts
            titles = self.titles()
            parts = []
            for view in VIEWS:
                n = counts.get(view, 0)
                style = "color:#b00020;font-weight:bold;" if view == "overdue" and n else ""
                parts.append(f'<a href="{view}" style="text-decoration:none;{style}">{titles[view]} {n}</a>')
            self.setText(self.tr("随访：") + "　".join(parts))
            self.countsReady.emit(counts)

        def failed(_exc: BaseException) -> None:
            if isValid(self) and generation == self._generation:
                self.setText(self.tr("随访：—"))

        run_in_background(lambda: due_counts(today, site_code), done, failed)
