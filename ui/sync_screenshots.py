"""Screenshots of the sync menu and its results (called by ui/screenshots.py)."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QPoint


def sync_shots(window, save, app, tmp: str | Path) -> None:
    from ui.workers import wait_for_background

    menu = getattr(window, "sync_menu", None)
    if menu is None:
        return
    menu.menu.popup(window.mapToGlobal(QPoint(40, 40)))
    save(menu.menu, "sync_menu")
    menu.menu.hide()
    menu.write_enrolment(Path(tmp) / "enrol")
    save(menu.last_box, "sync_enrol")
    menu.last_box.close()
    bad = Path(tmp) / "fpreg-V001-to-T01-000000001-000000100-20261122T120000.fpk"
    bad.write_bytes(b"FPREG-PACKET\n\x00\x00\x01")
    menu.import_files([bad])
    wait_for_background()
    for _ in range(5):
        app.processEvents()
    save(menu.last_box, "sync_import_error")
    menu.last_box.close()
    from ui.sync_review_screenshots import review_shots

    review_shots(menu, save, app)
