"""The first-run wizard driven to the end with qtbot: a wrong page stays put with its message,
Finish creates the database, the admin can log in, and the config remembers the folders."""

from __future__ import annotations

import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtWidgets import QWizard  # noqa: E402

from app.first_run import load_config  # noqa: E402
from ui.first_run_wizard import FirstRunWizard  # noqa: E402
from ui.workers import wait_for_background  # noqa: E402

pytest_plugins = ["tests.backup_fixtures"]


def _next(qtbot, wizard: FirstRunWizard) -> None:
    qtbot.mouseClick(wizard.button(QWizard.WizardButton.NextButton), _left())


def _left():
    from PySide6.QtCore import Qt

    return Qt.MouseButton.LeftButton


def test_wizard_to_the_end(qtbot, tmp_path):
    wizard = FirstRunWizard(tmp_path / "data" / "fpreg.db")
    qtbot.addWidget(wizard)
    wizard.show()
    qtbot.waitExposed(wizard)
    language, site, admin, enrolment, folders, summary = wizard.pages

    assert wizard.currentPage() is language
    _next(qtbot, wizard)
    assert wizard.currentPage() is site

    site.editors["site_code"].setText("红旗")  # not a code: stays on the page with the reason
    site.editors["site_name"].setText("红旗村")
    _next(qtbot, wizard)
    assert wizard.currentPage() is site and "站点代码“红旗”不正确" in site.message.text()
    site.editors["site_code"].setText("V001")
    site.editors["parent_code"].setText("T01")
    _next(qtbot, wizard)
    assert wizard.currentPage() is admin and site.message.text() == ""

    admin.editors["admin_name"].setText("王会计")
    admin.editors["admin_password"].setText("secret-1")
    admin.editors["admin_password_again"].setText("secret-2")
    _next(qtbot, wizard)
    assert wizard.currentPage() is admin and "不一致" in admin.message.text()
    admin.editors["admin_password_again"].setText("secret-1")
    _next(qtbot, wizard)
    assert wizard.currentPage() is enrolment

    _next(qtbot, wizard)  # no enrolment file yet: skipped
    assert wizard.currentPage() is folders
    assert folders.editors["data_folder"].text() == str(tmp_path / "data")
    folders.editors["backup_folder"].setText(str(tmp_path / "backups"))
    _next(qtbot, wizard)
    assert wizard.currentPage() is summary
    assert "V001 红旗村" in summary.text.text() and "T01" in summary.text.text()

    with qtbot.waitSignal(wizard.finished, timeout=20_000):
        qtbot.mouseClick(wizard.button(QWizard.WizardButton.FinishButton), _left())
    wait_for_background()
    assert wizard.result() == QWizard.DialogCode.Accepted
    assert wizard.result_.db_path == tmp_path / "data" / "fpreg.db"
    assert load_config()["backup_folder"] == str(tmp_path / "backups")

    from app.auth import login
    from db.schema import open_sqlite

    db = open_sqlite(wizard.result_.db_path)
    try:
        assert login("admin", "secret-1", "V001").display_name == "王会计"
    finally:
        db.close()


def test_choosing_english_turns_the_next_pages_english(qtbot, tmp_path):
    from ui.language import qm_path

    if not qm_path("en").exists():
        import pytest

        pytest.skip("English .qm not built (make / python -m ui.translations build)")
    wizard = FirstRunWizard(tmp_path / "data" / "fpreg.db")
    qtbot.addWidget(wizard)
    wizard.show()
    wizard.pages[0].english.setChecked(True)
    try:
        _next(qtbot, wizard)
        assert wizard.currentPage().village.text() == "Village service room"
    finally:
        wizard.switch_language("zh_CN")


def test_a_failure_at_finish_keeps_the_wizard_open_with_the_message(qtbot, tmp_path, monkeypatch):
    from app import first_run

    def broken(choices):
        raise first_run.FirstRunError("数据文件夹里已有数据库，不会覆盖", "data_folder")

    monkeypatch.setattr(first_run, "complete", broken)
    wizard = FirstRunWizard(tmp_path / "data" / "fpreg.db")
    qtbot.addWidget(wizard)
    wizard.show()
    wizard.accept()
    summary = wizard.pages[-1]
    qtbot.waitUntil(lambda: not wizard.busy, timeout=10_000)
    assert "不会覆盖" in summary.message.text() and wizard.isVisible() and wizard.result_ is None


def test_gui_start_without_a_database_opens_the_wizard(qapp, tmp_path, monkeypatch):
    import argparse

    from ui import application

    calls = []
    monkeypatch.setattr(application, "first_run", lambda path: calls.append(path) or None)
    missing = tmp_path / "none" / "fpreg.db"
    code = application.run_gui(argparse.Namespace(db=str(missing), demo=False, lang="zh_CN"))
    assert code == 0 and calls == [missing]  # cancelled wizard: the program ends quietly
