"""The returns menu (issue 6): the return window and the dashboard."""

from __future__ import annotations

from PySide6.QtGui import QAction


def install(window) -> None:
    menu = window.menuBar().addMenu(window.tr("报表(&B)"))
    open_return = QAction(window.tr("计生报表（月报、季报、年报）…"), window)
    open_dashboard = QAction(window.tr("工作概览（近12个月）…"), window)
    menu.addAction(open_return)
    menu.addAction(open_dashboard)
    window.return_windows = {}

    def show(key: str, make) -> None:
        current = window.return_windows.get(key)
        if current is None or current.session != window.session:
            current = window.return_windows[key] = make()
        current.show()
        current.raise_()
        current.activateWindow()

    def make_return():
        from ui.return_window import ReturnWindow

        return ReturnWindow(window.session, window)

    def make_dashboard():
        from ui.dashboard import DashboardWindow

        return DashboardWindow(window.session, window)

    open_return.triggered.connect(lambda: show("return", make_return))
    open_dashboard.triggered.connect(lambda: show("dashboard", make_dashboard))

    def permissions(session) -> None:
        allowed = session.can("prepare_return")
        open_return.setEnabled(allowed)
        open_dashboard.setEnabled(allowed)

    window.sessionChanged.connect(permissions)
    permissions(window.session)
    window.returns_actions = (open_return, open_dashboard)
