"""The restore wizard: lists the backups, shows what verify found (or why it refused), needs a
confirmation, restores in the background and keeps the replaced file."""

from __future__ import annotations

import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtCore import Qt  # noqa: E402
from PySide6.QtWidgets import QWizard  # noqa: E402

from app.backup import backup_now, verify_backup  # noqa: E402
from app.first_run import save_config  # noqa: E402
from ui.restore_wizard import RestoreWizard  # noqa: E402
from ui.workers import wait_for_background  # noqa: E402

pytest_plugins = ["tests.backup_fixtures", "tests.gui_fixtures"]


def _next(qtbot, wizard) -> None:
    qtbot.mouseClick(wizard.button(QWizard.WizardButton.NextButton), Qt.MouseButton.LeftButton)


def _wizard(qtbot, session, db_path) -> RestoreWizard:
    wizard = RestoreWizard(session, db_path, current_women=7)
    qtbot.addWidget(wizard)
    wizard.show()
    qtbot.waitExposed(wizard)
    return wizard


def test_restore_a_listed_backup_to_the_end(qtbot, session, db_path, backups, people):
    save_config({"backup_folder": str(backups)})
    made = backup_now(db_path, reason="manual")
    wizard = _wizard(qtbot, session, db_path)
    assert wizard.choose.list.count() == 1 and "手动备份" in wizard.choose.list.item(0).text()
    wizard.choose.path.clear()
    assert not wizard.button(QWizard.WizardButton.NextButton).isEnabled()
    wizard.choose.list.setCurrentRow(-1)
    wizard.choose.list.setCurrentRow(0)
    assert wizard.choose.path.text() == str(made)

    _next(qtbot, wizard)
    qtbot.waitUntil(lambda: wizard.check.isComplete(), timeout=20_000)
    shown = wizard.check.result.text()
    assert "备份完好" in shown and "V001 红旗村" in shown and "登记妇女：7" in shown

    _next(qtbot, wizard)
    finish = wizard.button(QWizard.WizardButton.FinishButton)
    assert wizard.currentPage() is wizard.confirm and not finish.isEnabled()
    wizard.confirm.confirm.setChecked(True)
    assert finish.isEnabled()
    with qtbot.waitSignal(wizard.restored, timeout=20_000) as blocker:
        qtbot.mouseClick(finish, Qt.MouseButton.LeftButton)
    wait_for_background()
    kept = blocker.args[0]
    assert kept is not None and kept.name.startswith("register.replaced-")
    assert verify_backup(kept).women == 7 and verify_backup(db_path).women == 7


def test_another_sites_backup_is_shown_as_refused_and_cannot_go_on(qtbot, session, db_path, tmp_path, backups):
    from app.sites import init_database

    other = tmp_path / "other" / "v002.db"
    init_database(other, site_code="V002", site_name="东风村", kind="village").close()
    from db.schema import open_sqlite

    open_sqlite(db_path)  # init_database rebound the models to the other file
    foreign = backup_now(other, backups)
    wizard = _wizard(qtbot, session, db_path)
    wizard.choose.path.setText(str(foreign))
    _next(qtbot, wizard)
    qtbot.waitUntil(lambda: not wizard.check._checking, timeout=20_000)
    assert "不是本站点V001" in wizard.check.result.text()
    assert not wizard.button(QWizard.WizardButton.NextButton).isEnabled()
