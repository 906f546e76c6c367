"""Screenshots of the return windows (called by ui/screenshots.py on its demo village)."""

from __future__ import annotations


def return_shots(window, session, save, app) -> None:
    from ui.dashboard import DashboardWindow
    from ui.return_window import ReturnWindow
    from ui.workers import wait_for_background

    ret = ReturnWindow(session, window)
    ret.compute()
    wait_for_background()
    app.processEvents()
    save(ret, "return")
    m = ret.figures
    row = next(r for r in range(m.rowCount()) if m.figure(r) and m.figure(r).code == "status.iud")
    ret._drill_figure(row)
    save(ret.drill, "return_drill")
    ret.drill.close()
    ret.tabs.setCurrentWidget(ret.checks_view)
    save(ret, "return_checks")
    ret.close()
    dash = DashboardWindow(session, window)
    wait_for_background()
    app.processEvents()
    save(dash, "dashboard")
    dash.close()
