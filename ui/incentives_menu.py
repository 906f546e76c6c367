"""The incentives menu (奖扶): the incentives window and its notice-board documents."""

from __future__ import annotations

from PySide6.QtCore import QObject
from PySide6.QtGui import QAction


class IncentivesMenu(QObject):
    def __init__(self, window):
        super().__init__(window)
        self.window = window
        self.incentive_window = None
        self.menu = window.menuBar().addMenu(self.tr("奖扶(&J)"))
        self.open_action = QAction(self.tr("奖励扶助(&I)…"), window)
        self.open_action.setStatusTip(self.tr("候选名单、审核、公示、审批、发放、对账"))
        self.disclose_action = QAction(self.tr("村务公开文件(&P)…"), window)
        self.menu.addAction(self.open_action)
        self.menu.addAction(self.disclose_action)
        self.open_action.triggered.connect(self.open)
        self.disclose_action.triggered.connect(self._disclose)
        window.sessionChanged.connect(self._follow_session)

    def open(self):
        from ui.incentive_window import IncentiveWindow

        w = self.window
        if self.incentive_window is None:
            self.incentive_window = IncentiveWindow(w.session, w, site_name=getattr(w, "_site_name", ""),
                                                    today=getattr(w, "_today", None))
        else:
            self.incentive_window.reload()
        self.incentive_window.show()
        self.incentive_window.raise_()
        self.incentive_window.activateWindow()
        return self.incentive_window

    def _disclose(self) -> None:
        window = self.open()
        window.tabs.setCurrentIndex(window.tabs.count() - 1)

    def _follow_session(self, session) -> None:
        if self.incentive_window is not None:
            self.incentive_window.session = session
        self.menu.menuAction().setVisible(session.can("review_incentives"))


def install(window) -> None:
    window.incentives_menu = IncentivesMenu(window)
    window.incentives_menu.menu.menuAction().setVisible(window.session.can("review_incentives"))
