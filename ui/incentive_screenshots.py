"""Screenshots of the incentives window (called by ui/screenshots.py)."""

from __future__ import annotations


def incentive_shots(window, save, app) -> None:
    from ui.screenshots import _settle

    w = window.incentives_menu.open()
    w.resize(1100, 640)
    _settle(app, 10)
    if w.candidates.rowCount():
        w.candidate_table.selectRow(0)
    save(w, "incentives_candidates")
    for index, name in ((1, "incentives_cases"), (2, "incentives_payments"), (3, "incentives_reconcile"),
                        (4, "incentives_disclose")):
        w.tabs.setCurrentIndex(index)
        save(w, name)
    w.close()
