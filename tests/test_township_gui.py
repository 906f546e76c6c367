"""Township windows (pytest-qt, offscreen): the menu only at a township, the read-only register
with its village filter, the submission board, duplicates with transfers, the township return."""

from __future__ import annotations

import os

import pytest
from PySide6.QtCore import Qt

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from app.auth import login  # noqa: E402
from app.township import transfers  # noqa: E402
from app.township.figures import FigureLine  # noqa: E402
from db.models_township import TransferRequest  # noqa: E402
from tests.conftest import TODAY  # noqa: E402
from tests.township_data import TOWNSHIP  # noqa: E402

pytest_plugins = ["tests.gui_fixtures", "tests.township_data"]


@pytest.fixture
def officer(township_path):
    return login("admin", "admin-pass", TOWNSHIP)


@pytest.fixture
def township_window(qtbot, officer):
    from ui.main_window import MainWindow
    from ui.workers import wait_for_background

    window = MainWindow(officer, site_name="城关镇", today=TODAY, idle_ms=60_000)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    yield window
    for w in window.township_menu.windows.values():
        w.close()
    window.idle.uninstall()
    wait_for_background()


def _menu_titles(window) -> list[str]:
    return [a.text() for a in window.menuBar().actions()]


def test_menu_at_a_township(township_window):
    assert "乡镇(&T)" in _menu_titles(township_window)
    titles = [a.text() for a in township_window.township_menu.menu.actions()]
    assert titles == ["各村登记册（只读）", "报表报送情况", "跨村重复登记与转移", "乡镇汇总报表"]


def test_no_menu_at_a_village(main_window):
    assert "乡镇(&T)" not in _menu_titles(main_window)
    assert not hasattr(main_window, "township_menu")


def test_register_window_filters_by_village_and_is_read_only(qtbot, qtmodeltester, township_window, cards):
    menu = township_window.township_menu
    win = menu.open("register")
    qtbot.waitExposed(win)
    qtmodeltester.check(win.model)
    assert win.model.rowCount() == 7
    assert win.model.headerData(0, Qt.Orientation.Horizontal) == "村"
    villages_shown = {win.model.data(win.model.index(r, 0)) for r in range(win.model.rowCount())}
    assert villages_shown == {"红旗村", "向阳村", "东风村"}
    assert not win.model.flags(win.model.index(0, 1)) & Qt.ItemFlag.ItemIsEditable
    with qtbot.waitSignal(win.counted, timeout=5000) as blocker:
        win.select_village("V003")
    assert blocker.args == [2]
    assert {win.model.row_at(r).site_code for r in range(win.model.rowCount())} == {"V003"}
    assert win.model.data(win.model.index(0, 1)) in ("李娜", "刘洋")  # the name column follows the village
    qtmodeltester.check(win.model)
    # The main window at the township has no woman of its own to edit.
    assert township_window.model.rowCount() == 0


def test_transfer_from_the_register_window(qtbot, township_window, cards):
    win = township_window.township_menu.open("register")
    win.select_village("V003")
    row = next(r for r in range(win.model.rowCount()) if win.model.card_uuid(r) == cards["c_solo"])
    win.table.selectRow(row)
    assert win.transfer_button.isEnabled()
    win.transfer_button.click()
    dialog = win.transfer_dialog
    qtbot.waitExposed(dialog)
    dialog.target.setCurrentIndex(dialog.target.findData("V001"))
    dialog.note.setText("婚迁")
    with qtbot.waitSignal(win.transferRequested) as blocker:
        dialog.submit()
    req = TransferRequest.get(TransferRequest.uuid == blocker.args[0])
    assert (req.from_site, req.to_site, req.note, req.site_code) == ("V003", "V001", "婚迁", TOWNSHIP)
    # A second request for the same card is refused inside the dialog.
    win.transfer_button.click()
    second = win.transfer_dialog
    second.submit()
    assert second.isVisible() and "进行中" in second.error.text()
    second.reject()


def test_submission_board_highlights_overdue(qtbot, qtmodeltester, township_window):
    import datetime as dt

    from db.models_sync import Peer
    from ui.township_board import SubmissionBoardModel

    Peer.create(site_code="V001", kind="village", sign_public="x", box_public="y",
                imported_at=dt.datetime(2026, 11, 20, 10, 5))
    win = township_window.township_menu.open("board")
    with qtbot.waitSignal(win.loaded, timeout=5000):
        win.months.setValue(3)
    model = win.model
    qtmodeltester.check(model)
    assert model.rowCount() == 3 and model.columnCount() == 5
    assert [model.headerData(c, Qt.Orientation.Horizontal) for c in range(1, 4)] == ["2026-08", "2026-09", "2026-10"]
    assert model.data(model.index(0, 3), SubmissionBoardModel.StateRole) == "overdue"
    assert model.data(model.index(0, 3), Qt.ItemDataRole.BackgroundRole) is not None
    assert model.data(model.index(0, 4)) == "2026-11-20 10:05"
    assert model.data(model.index(1, 4)) == "从未"  # not enrolled: never synced
    assert "9处逾期" in win.status.text()


def test_duplicates_window_and_transfers(qtbot, qtmodeltester, township_window, cards, officer):
    win = township_window.township_menu.open("duplicates")
    with qtbot.waitSignal(win.loaded, timeout=5000) as blocker:
        pass
    assert blocker.args == [2]
    qtmodeltester.check(win.dup_model)
    qtmodeltester.check(win.tr_model)
    assert win.dup_model.rowCount() == 4
    row = next(r for r in range(4) if win.dup_model.entry(r)[1].card_uuid == cards["a_dup"])
    win.dup_table.selectRow(row)
    win.transfer_button.click()
    dialog = win.transfer_dialog
    assert dialog.target.currentData() == "V002"  # the other village of her group
    with qtbot.waitSignal(win.transfersLoaded, timeout=5000) as loaded:
        dialog.submit()
    assert loaded.args == [1]
    qtmodeltester.check(win.tr_model)
    assert win.tr_model.data(win.tr_model.index(0, 5)) == "转入村已登记，等待转出村注销"
    assert win.dup_model.data(win.dup_model.index(row, 7)) == "进行中"

    win.tabs.setCurrentIndex(1)
    win.tr_table.selectRow(0)
    assert win.cancel_button.isEnabled()
    win.cancel_button.click()
    with qtbot.waitSignal(win.transfersLoaded, timeout=5000):
        win.cancel_dialog.setTextValue("登记有误")
        win.cancel_dialog.accept()
    assert win.tr_model.row_at(0).status == "cancelled"
    assert win.tr_model.data(win.tr_model.index(0, 4)) == "已取消"
    assert transfers.list_transfers("open") == []


def test_township_return_window(qtbot, qtmodeltester, township_window):
    from ui.township_return import TownshipReturnModel

    win = township_window.township_menu.open("return")
    with qtbot.waitSignal(win.loaded, timeout=5000):
        win.reload()
    assert win.period.text() == "2026-10"
    assert win.sources.text()  # a sum, an empty sum, or why there is none
    model = TownshipReturnModel()
    model.set_lines([FigureLine("一、育龄妇女", "women", "育龄妇女人数", 120, "人"),
                     FigureLine("一、育龄妇女", "cpr", "综合避孕率", 85.5, "%"),
                     FigureLine("二、生育", "births", "出生", None, "人")])
    qtmodeltester.check(model)
    assert [model.data(model.index(r, 0)) for r in range(3)] == ["一、育龄妇女", "", "二、生育"]
    assert [model.data(model.index(r, 2)) for r in range(3)] == ["120", "85.5", "—"]


@pytest.fixture
def village_requests(people):
    """The township's requests as sync delivers them to village V001: one out, one in."""
    import datetime as dt
    import json

    from app.auth import system_session
    from app.idnumber import make
    from app.register import card_by_uuid
    from db import changes

    actor = system_session(TOWNSHIP).actor
    card = card_by_uuid(people[0])
    out = changes.insert(TransferRequest, actor, from_site="V001", to_site="V002", from_card_uuid=card.uuid,
                         name=card.person.name, id_number=card.person.id_number,
                         birth_date=card.person.birth_date, requested_date=TODAY)
    birth = dt.date(1993, 6, 6)
    incoming = changes.insert(
        TransferRequest, actor, from_site="V002", to_site="V001", from_card_uuid="c0ffee00-0000-0000-0000-000000000000",
        name="周小燕", id_number=make("110101", birth, 500), birth_date=birth, requested_date=TODAY,
        form_json=json.dumps({"name": "周小燕", "id_number": make("110101", birth, 500), "birth_date": birth.isoformat(),
                              "marital_status": "married", "husband_name": "吴刚"}, ensure_ascii=False))
    return out.uuid, incoming.uuid


def test_village_carries_out_its_steps(qtbot, qtmodeltester, make_window, village_requests, people):
    from app.register import card_by_uuid

    out_uuid, in_uuid = village_requests
    window = make_window()
    assert "跨村转移(&T)" in _menu_titles(window) and "乡镇(&T)" not in _menu_titles(window)
    win = window.village_transfers.open()
    qtbot.waitExposed(win)
    qtmodeltester.check(win.model)
    assert win.model.rowCount() == 2
    row_out = next(r for r in range(2) if win.model.row_at(r).uuid == out_uuid)
    win.table.selectRow(row_out)
    assert win.out_button.isEnabled() and not win.in_button.isEnabled()
    with qtbot.waitSignal(win.changed):
        win.out_button.click()
    assert card_by_uuid(people[0]).exit_reason == "transferred"
    assert win.model.rowCount() == 1 and win.model.row_at(0).uuid == in_uuid
    win.table.selectRow(0)
    assert win.in_button.isEnabled() and not win.out_button.isEnabled()
    win.in_button.click()
    dialog = win.receive_dialog
    dialog.submit()  # no household number yet
    assert dialog.isVisible() and "户编号" in dialog.error.text()
    dialog.group.setCurrentIndex(dialog.group.findData(2))
    dialog.household.setText("0208")
    with qtbot.waitSignal(win.changed):
        dialog.submit()
    new = card_by_uuid(dialog.card_uuid)
    assert new.person.name == "周小燕" and new.site_code == "V001" and new.person.household.group.number == 2
    assert win.model.rowCount() == 0 and "没有待办" in win.status.text()
    assert window.model.row_of_uuid(new.uuid) >= 0  # the register shows her
