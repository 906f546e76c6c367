"""The review window (pytest-qt, offscreen): a village whose edits met the township's lists them,
shows the comparison with the differing field highlighted, takes the township's version or keeps
its own after a confirmation, and says so when nothing is left; the sync menu counts them."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt

from app.sync import identity as ident
from app.sync.importer import import_packet
from db import changes
from db.connection import bind, database
from db.models import Person
from ui import ask

from .sync_sites import Place

pytest_plugins = ["tests.gui_fixtures"]


@pytest.fixture
def answer(tmp_path, main_window):
    """Two women's phones changed at the township and at this village: the township's answer
    packet (not yet imported here) and the two person UUIDs."""
    village_db = database.obj
    (tmp_path / "t").mkdir()
    township = Place(tmp_path / "t", "T01", "township", "红星镇")
    with township:
        t_file = ident.write_enrolment(tmp_path / "enrol")
    bind(village_db)
    ident.enrol_peer(t_file)
    v_file = ident.write_enrolment(tmp_path / "enrol")
    packet = tmp_path / "up" / ident_export("T01", tmp_path / "up")
    with township:
        ident.enrol_peer(v_file)
        import_packet(packet, backup=False)
        people = list(Person.select().where(Person.site_code == "V001").order_by(Person.id)[:2])
        for n, person in enumerate(people):
            changes.update(person, township.session.actor, phone=f"1371111111{n}")
        path = tmp_path / "down" / ident_export("V001", tmp_path / "down")
    bind(village_db)
    for n, person in enumerate(people):
        changes.update(Person.get(Person.uuid == person.uuid), main_window.session.actor, phone=f"1372222222{n}")
    yield path, [p.uuid for p in people]
    township.db.close()


@pytest.fixture
def conflicts(answer):
    """The answer imported: two rows in the village's review queue."""
    path, uuids = answer
    assert import_packet(path, backup=False).summary["conflicts"] == 2
    return uuids


def ident_export(to: str, folder):
    from app.sync.export import export_packet

    return export_packet(to, folder).name


def _phone(uuid: str) -> str:
    return Person.get(Person.uuid == uuid).phone


def test_window_lists_compares_and_accepts(qtbot, qtmodeltester, main_window, conflicts, monkeypatch):
    menu = main_window.sync_menu
    menu.refresh_review_count()
    assert menu.review_action.text() == "待核对记录 (2)(&V)…"
    win = menu.open_review()
    qtbot.waitExposed(win)
    qtmodeltester.check(win.model)
    qtmodeltester.check(win.compare_model)
    assert win.model.rowCount() == 2 and win.pages.currentIndex() == 1
    assert win.model.data(win.model.index(0, 0)) == "个人信息"
    assert win.model.data(win.model.index(0, 2)) == "1"  # fields that differ
    assert win.model.data(win.model.index(0, 3)) == "红星镇（T01）"
    # The first row is selected: its comparison, the phone highlighted, the rest not.
    cm = win.compare_model
    rows = {cm.data(cm.index(r, 0)): r for r in range(cm.rowCount())}
    phone = rows["联系电话"]
    assert cm.data(cm.index(phone, 1)) == "13722222220" and cm.data(cm.index(phone, 2)) == "13711111110"
    assert cm.data(cm.index(phone, 1), Qt.ItemDataRole.BackgroundRole) is not None
    assert cm.data(cm.index(rows["性别"], 1), Qt.ItemDataRole.BackgroundRole) is None
    assert "有1项不同" in win.heading.text() and "红星镇（T01）" in win.heading.text()

    asked = []
    monkeypatch.setattr(ask, "confirm", lambda parent, title, text: asked.append(text) or False)
    qtbot.mouseClick(win.accept_button, Qt.MouseButton.LeftButton)
    assert "采用红星镇（T01）的版本" in asked[0] and "有1项将改为对方的内容" in asked[0]
    assert _phone(conflicts[0]) == "13722222220" and win.model.rowCount() == 2  # answered no: unchanged

    monkeypatch.setattr(ask, "confirm", lambda parent, title, text: True)
    with qtbot.waitSignal(win.resolved) as got:
        qtbot.mouseClick(win.accept_button, Qt.MouseButton.LeftButton)
    assert got.args == [1]
    assert _phone(conflicts[0]) == "13711111110"  # the township's value
    assert win.model.rowCount() == 1 and "已采用对方版本：1条记录；还有1条待核对" == win.status.text()
    assert menu.review_action.text() == "待核对记录 (1)(&V)…"
    qtmodeltester.check(win.model)
    win.close()


def test_keep_with_the_keyboard_then_the_empty_state(qtbot, qtmodeltester, main_window, conflicts, monkeypatch):
    win = main_window.sync_menu.open_review()
    qtbot.waitExposed(win)
    asked = []
    monkeypatch.setattr(ask, "confirm", lambda parent, title, text: asked.append(text) or True)
    win.table.selectAll()
    assert "已选2条" in win.status.text()
    with qtbot.waitSignal(win.resolved) as got:
        win.activateWindow()
        qtbot.waitUntil(win.isActiveWindow)
        qtbot.keyClick(win.table, Qt.Key.Key_K, Qt.KeyboardModifier.AltModifier)
    assert got.args == [2] and "对所选的2条记录保留本站的版本" in asked[0]
    assert [_phone(u) for u in conflicts] == ["13722222220", "13722222221"]  # ours stays
    assert win.model.rowCount() == 0 and win.pages.currentIndex() == 0
    assert "没有待核对的记录" in win.empty.text()
    qtmodeltester.check(win.model)
    qtmodeltester.check(win.compare_model)
    assert win.compare_model.rowCount() == 0
    assert not win.accept_button.isEnabled() and not win.keep_button.isEnabled()
    assert main_window.sync_menu.review_action.text() == "待核对记录(&V)…"
    win.close()


def test_a_refusal_is_shown_and_nothing_changes(qtbot, main_window, conflicts, monkeypatch):
    from db.models_sync import ReviewItem

    win = main_window.sync_menu.open_review()
    qtbot.waitExposed(win)
    ReviewItem.update(status="kept").execute()  # settled elsewhere (the command) meanwhile
    warned = []
    monkeypatch.setattr(ask, "confirm", lambda parent, title, text: True)
    monkeypatch.setattr(ask, "warn", lambda parent, title, text: warned.append(text))
    win.settle(accept=True)
    assert warned and "没有编号为" in warned[0]
    assert _phone(conflicts[0]) == "13722222220" and win.model.rowCount() == 0
    win.close()


def test_import_result_points_to_the_queue(qtbot, main_window, answer, tmp_path, monkeypatch):
    import app.backup as backup

    monkeypatch.setattr(backup, "backup_folder", lambda: tmp_path / "backups")  # not the user's folder
    menu = main_window.sync_menu
    with qtbot.waitSignal(menu.finished, timeout=30_000) as got:
        menu.import_files([answer[0]])
    assert got.args[0] is True and "有2条记录在两边都被修改过" in got.args[1] and "待核对记录" in got.args[1]
    assert menu.review_action.text() == "待核对记录 (2)(&V)…"
    [button] = [b for b in menu.last_box.buttons() if b.text() == "查看待核对记录(&V)"]
    button.click()
    assert menu.review_window is not None and menu.review_window.isVisible()
    assert menu.review_window.model.rowCount() == 2
    menu.review_window.close()
    menu._show(True, "导入数据包", "已导入")  # a result without conflicts: no such button
    assert len(menu.last_box.buttons()) == 1 and "查看待核对记录(&V)" not in menu.last_box.buttons()[0].text()
    menu.last_box.close()
