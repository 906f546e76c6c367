"""Screenshots of the first-run wizard's pages and the restore wizard (called by ui.screenshots)."""

from __future__ import annotations

import os
import tempfile
from pathlib import Path


def _settle(app) -> None:
    from ui.workers import wait_for_background

    wait_for_background()
    for _ in range(5):
        app.processEvents()


def backup_shots(window, session, save, app, db_file: Path) -> None:
    from app.backup import backup_now
    from app.first_run import save_config
    from ui.first_run_wizard import FirstRunWizard
    from ui.restore_wizard import RestoreWizard

    old_config = os.environ.get("FPREG_CONFIG_DIR")
    with tempfile.TemporaryDirectory(prefix="fpreg-shots-") as tmp:
        os.environ["FPREG_CONFIG_DIR"] = str(Path(tmp) / "config")
        try:
            wizard = FirstRunWizard(Path(tmp) / "data" / "fpreg.db")
            save(wizard, "first_run_language")
            wizard.next()
            site = wizard.currentPage()
            site.editors["site_code"].setText("红旗")
            site.editors["site_name"].setText("红旗村")
            site.editors["parent_code"].setText("T01")
            wizard.next()  # refused: the message shows under the fields
            save(wizard, "first_run_site_error")
            site.editors["site_code"].setText("V001")
            wizard.next()
            admin = wizard.currentPage()
            admin.editors["admin_name"].setText("王会计")
            admin.editors["admin_password"].setText("secret-1")
            admin.editors["admin_password_again"].setText("secret-1")
            save(wizard, "first_run_admin")
            wizard.next()
            save(wizard, "first_run_enrolment")
            wizard.next()
            save(wizard, "first_run_folders")
            wizard.next()
            save(wizard, "first_run_summary")
            wizard.close()

            backups = Path(tmp) / "backups"
            save_config({"backup_folder": str(backups)})
            backup_now(db_file, reason="daily")
            made = backup_now(db_file, reason="manual")
            from ui.backup_menu import _women_count

            restore = RestoreWizard(session, db_file, window, current_women=_women_count())
            restore.choose.path.setText(str(made))
            save(restore, "restore_choose")
            restore.next()
            _settle(app)
            save(restore, "restore_check")
            restore.next()
            restore.confirm.confirm.setChecked(True)
            save(restore, "restore_confirm")
            restore.back()
            restore.back()
            junk = Path(tmp) / "photo.jpg"
            junk.write_bytes(b"\xff\xd8\xff\xe0" * 100)
            restore.choose.path.setText(str(junk))
            restore.next()
            _settle(app)
            save(restore, "restore_refused")
            restore.close()
        finally:
            if old_config is None:
                os.environ.pop("FPREG_CONFIG_DIR", None)
            else:
                os.environ["FPREG_CONFIG_DIR"] = old_config
