"""The import wizard, offscreen: file → preview → dry-run report → import in a worker → summary.

Set FPREG_SHOTS=/some/dir to save a screenshot of each page there.
"""

from __future__ import annotations

import datetime as dt
import os
from pathlib import Path

import pytest

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtWidgets import QWizard  # noqa: E402

from app import idnumber  # noqa: E402
from db.models import ChangeLog, Person  # noqa: E402
from tests.test_register_import import good_rows, write_xlsx  # noqa: E402
from ui.import_wizard import ImportWizard, IssueModel, PreviewModel  # noqa: E402

JOB_TIMEOUT_MS = 30_000


def _shot(wizard: ImportWizard, name: str) -> None:
    folder = os.environ.get("FPREG_SHOTS")
    if folder:
        Path(folder).mkdir(parents=True, exist_ok=True)
        assert wizard.grab().save(str(Path(folder) / f"import_{name}.png"))


@pytest.fixture
def wizard(qtbot, admin):
    wizard = ImportWizard(admin)
    qtbot.addWidget(wizard)
    wizard.show()
    qtbot.waitExposed(wizard)
    yield wizard
    if wizard.running is not None:
        wizard.running.wait()


def _choose(qtbot, wizard: ImportWizard, path: Path) -> None:
    assert not wizard.button(QWizard.WizardButton.NextButton).isEnabled()
    wizard.file_page.path_edit.setText(str(path))
    assert wizard.button(QWizard.WizardButton.NextButton).isEnabled()
    _shot(wizard, "1_file")
    wizard.next()
    qtbot.waitUntil(lambda: wizard.running is None, timeout=JOB_TIMEOUT_MS)


def test_wizard_walks_from_file_to_summary(qtbot, qtmodeltester, wizard, tmp_path):
    rows = good_rows()
    rows[2][3] = "1.30102E+17"
    _choose(qtbot, wizard, write_xlsx(tmp_path / "r.xlsx", rows))

    page = wizard.preview_page
    assert wizard.currentPage() is page and page.isComplete()
    qtmodeltester.check(page.model)
    assert page.model.rowCount() == 3 and page.model.columnCount() == 18
    assert page.model.headerData(2, _horizontal()) == "妇女姓名\n→ 姓名"
    assert page.model.headerData(0, _vertical()) == "3"  # the spreadsheet's own row number
    assert page.model.index(0, 2).data() == "王秀兰"
    assert "表头在第2行" in page.message.text()
    _shot(wizard, "2_preview")

    wizard.next()
    check = wizard.check_page
    qtbot.waitUntil(lambda: check.done, timeout=JOB_TIMEOUT_MS)
    qtmodeltester.check(check.model)
    assert check.model.rowCount() == 1
    assert [check.model.index(0, c).data() for c in range(3)] == ["5", "身份证号", "不能导入"]
    assert "科学计数法" in check.model.index(0, 3).data()
    assert wizard.button(QWizard.WizardButton.CommitButton).text() == "导入2行"
    assert Person.select().count() == 0  # the check wrote nothing
    _shot(wizard, "3_check")

    with qtbot.waitSignal(wizard.currentIdChanged, timeout=JOB_TIMEOUT_MS):
        wizard.next()  # the import page starts its job
    qtbot.waitUntil(lambda: wizard.currentPage() is wizard.summary_page, timeout=JOB_TIMEOUT_MS)
    assert Person.select().count() == 2
    assert wizard.report is not None and wizard.report.imported == 2
    assert "已导入2行" in wizard.summary_page.summary.text()
    assert wizard.summary_page.model.rowCount() == 1
    _shot(wizard, "5_summary")


def test_import_page_shows_progress_while_running(qtbot, wizard, tmp_path):
    _choose(qtbot, wizard, write_xlsx(tmp_path / "r.xlsx", good_rows()))
    wizard.next()
    qtbot.waitUntil(lambda: wizard.check_page.done, timeout=JOB_TIMEOUT_MS)
    seen = []
    wizard.import_page.progress.valueChanged.connect(seen.append)
    wizard.next()
    _shot(wizard, "4_import")
    qtbot.waitUntil(lambda: wizard.currentPage() is wizard.summary_page, timeout=JOB_TIMEOUT_MS)
    assert seen and seen[-1] == 6  # read + write of 3 rows


def test_merged_cells_stop_the_wizard_with_the_reason(qtbot, wizard, tmp_path):
    _choose(qtbot, wizard, write_xlsx(tmp_path / "m.xlsx", good_rows(), merges=("A3:A4",)))
    page = wizard.preview_page
    assert not page.isComplete()
    assert not wizard.button(QWizard.WizardButton.NextButton).isEnabled()
    assert "A3:A4" in page.message.text() and "请先取消合并单元格" in page.message.text()
    _shot(wizard, "2_preview_merged")


def test_cancel_during_the_import_leaves_nothing_behind(qtbot, wizard, tmp_path):
    template = good_rows()[0]
    rows = []
    for n in range(3000):
        row = list(template)
        row[1], row[3], row[4] = f"C{n:04d}", idnumber.make("110101", dt.date(1990, 1, 1) + dt.timedelta(days=n), 2), None
        row[11] = None
        rows.append(row)
    _choose(qtbot, wizard, write_xlsx(tmp_path / "big.xlsx", rows))
    wizard.next()
    qtbot.waitUntil(lambda: wizard.check_page.done, timeout=JOB_TIMEOUT_MS)
    assert wizard.dry_report.accepted == 3000
    before = ChangeLog.select().count()
    wizard.next()
    assert wizard.running is not None
    wizard.reject()  # waits for the job to stop and roll back
    assert wizard.running is None or wizard.running.isFinished()
    assert ChangeLog.select().count() == before and Person.select().count() == 0


def test_models_are_empty_and_sound_before_loading(qtmodeltester):
    preview, issues = PreviewModel(), IssueModel()
    qtmodeltester.check(preview)
    qtmodeltester.check(issues)
    assert preview.rowCount() == 0 and issues.headerData(3, _horizontal()) == "原因"


def _horizontal():
    from PySide6.QtCore import Qt

    return Qt.Orientation.Horizontal


def _vertical():
    from PySide6.QtCore import Qt

    return Qt.Orientation.Vertical
