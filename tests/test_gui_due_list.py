"""The due list: views, filters, counts on the main window, the quick visit entry (select a
row, Enter, type findings, Enter), and the round sheet from the screen."""

from __future__ import annotations

import datetime as dt

import pytest
from PySide6.QtCore import Qt

from app import register
from app.due import DueRow
from app.idnumber import make
from app.procedures import record_procedure
from tests.conftest import TODAY, woman
from ui.due_model import COLUMNS, DueModel

pytest_plugins = ["tests.gui_fixtures"]

# Name, group, date of the IUD insertion: its 1-month visit (due day 30, window −9…+15) is due
# today, overdue (window still open) and missed (window closed) on TODAY = 2026-11-22.
DUE_WOMEN = [("孙丽", 1, dt.date(2026, 10, 23)), ("周燕", 2, dt.date(2026, 10, 15)),
             ("吴梅", 3, dt.date(2026, 10, 1))]


@pytest.fixture
def due_women(session) -> dict[str, str]:
    """Three women with an IUD follow-up due today, overdue and missed; name → card uuid."""
    uuids = {}
    for i, (name, group, inserted) in enumerate(DUE_WOMEN):
        form = woman(name=name, id_number=make("110101", dt.date(1991, 2, 1 + i), 300 + 2 * i),
                     household_number=f"01{i:02d}", group_number=group, phone=f"1390000{i:04d}",
                     current_status="no_method", registered_date=dt.date(2026, 1, 5))
        uuid = register.add_woman(session, form, today=TODAY).uuid
        record_procedure(session, uuid, "iud_insertion", inserted, today=TODAY)
        uuids[name] = uuid
    return uuids


@pytest.fixture
def due_window(qtbot, make_window, due_women):
    window = make_window()
    with qtbot.waitSignal(window.status.due_counts.countsReady, timeout=5000):
        window.recount_due()
    return window


def _open(qtbot, window, view: str):
    if window.due_window is None:
        with qtbot.waitSignal(window.actions_.due_list.triggered):
            window.actions_.due_list.trigger()
    due = window.due_window
    qtbot.waitExposed(due)
    if due.current_view() != view:
        with qtbot.waitSignal(due.loaded, timeout=5000):
            due.set_view(view)
    else:
        with qtbot.waitSignal(due.loaded, timeout=5000):
            due.reload()
    return due


def _names(due) -> list[str]:
    return sorted(row.name for row in due.model.rows())


def test_record_a_visit_from_the_due_list(qtbot, due_window, due_women):
    """The issue's test: select a row, Enter, type findings, Enter — the item leaves the due
    list and the visit is on her timeline."""
    due = _open(qtbot, due_window, "today")
    assert _names(due) == ["周燕", "孙丽"]
    row = next(i for i in range(due.model.rowCount()) if due.model.row_at(i).name == "孙丽")
    due.table.setFocus()
    due.table.selectRow(row)
    qtbot.keyClick(due.table, Qt.Key.Key_Return)
    dialog = due.current_dialog
    assert dialog is not None and dialog.isVisible()
    assert dialog.editor("visit_type").currentData() == "iud_followup"
    assert dialog.editor("date").text() == TODAY.isoformat()
    assert dialog.focusWidget() is dialog.editor("findings")  # type at once
    # Chinese arrives through the input method: insert it as committed text (QTest types Latin-1 only).
    dialog.editor("findings").insert("无不适，环位正常")
    with qtbot.waitSignal(due.loaded, timeout=5000):
        qtbot.keyClick(dialog.editor("findings"), Qt.Key.Key_Return)
    assert _names(due) == ["周燕"]

    from ui.woman_card import WomanCardDialog

    card = WomanCardDialog(due_window.session, due_women["孙丽"], due_window, today=TODAY)
    qtbot.addWidget(card)
    texts = [" ".join(card.history.topLevelItem(i).text(c) for c in range(4))
             for i in range(card.history.topLevelItemCount())]
    assert any("随访" in t and "无不适，环位正常" in t for t in texts), texts


def test_views_and_state_in_text_and_colour(qtbot, due_window):
    due = _open(qtbot, due_window, "overdue")
    assert _names(due) == ["周燕"]
    state = due.model.index(0, COLUMNS.index("state"))
    assert state.data() == "逾期"
    assert state.data(Qt.ItemDataRole.BackgroundRole) is not None
    due = _open(qtbot, due_window, "missed")
    assert _names(due) == ["吴梅"] and due.model.index(0, COLUMNS.index("state")).data() == "错过"
    due = _open(qtbot, due_window, "week")
    assert _names(due) == ["周燕", "孙丽"]


def test_filters_by_group_and_visit_type(qtbot, due_window):
    due = _open(qtbot, due_window, "week")
    with qtbot.waitSignal(due.loaded, timeout=5000):
        due.group.setCurrentIndex(due.group.findData(2))
    assert _names(due) == ["周燕"]
    with qtbot.waitSignal(due.loaded, timeout=5000):
        due.group.setCurrentIndex(0)
    with qtbot.waitSignal(due.loaded, timeout=5000):
        due.visit_type.setCurrentIndex(due.visit_type.findData("postpartum"))
    assert _names(due) == []
    assert "没有需要随访的对象" in due.status.text()


def test_counts_on_the_main_window_open_the_view(qtbot, due_window):
    counts = due_window.status.due_counts
    assert counts.counts == {"today": 2, "week": 2, "overdue": 1, "missed": 1}
    assert "逾期 1" in counts.text() and "错过 1" in counts.text()
    counts.linkActivated.emit("missed")
    due = due_window.due_window
    qtbot.waitUntil(lambda: due.model.rowCount() == 1, timeout=5000)
    assert due.current_view() == "missed" and _names(due) == ["吴梅"]


def test_sorting_and_model(qtbot, qtmodeltester):
    model = DueModel()
    rows = [DueRow(i, f"u{i}", i, name, group, f"{i:04d}", "", "iud_followup", "r", "",
                   TODAY + dt.timedelta(days=d), TODAY, TODAY + dt.timedelta(days=20), state)
            for i, (name, group, d, state) in enumerate([("甲", 2, 3, "due"), ("乙", 1, 1, "overdue"),
                                                          ("丙", None, 2, "missed")])]
    model.set_rows(rows)
    qtmodeltester.check(model)
    model.sort(COLUMNS.index("due_date"))
    assert [r.name for r in model.rows()] == ["乙", "丙", "甲"]
    model.sort(COLUMNS.index("group"), Qt.SortOrder.DescendingOrder)
    assert model.rows()[0].name == "丙"
    model.sort(COLUMNS.index("state"))
    assert [model.index(i, COLUMNS.index("state")).data() for i in range(3)] == ["错过", "逾期", "到期"]
    qtmodeltester.check(model)


def test_print_round_sheet_from_the_screen(qtbot, due_window, tmp_path, monkeypatch):
    from ui import ask

    target = tmp_path / "sheet"
    monkeypatch.setattr(ask, "save_file", lambda *a: str(target))
    due = _open(qtbot, due_window, "today")
    with qtbot.waitSignal(due.sheetWritten, timeout=10_000) as blocker:
        due.print_button.click()
    written = blocker.args[0]
    assert written.endswith("sheet.pdf")
    with open(written, "rb") as f:
        assert f.read(4) == b"%PDF"
    assert "随访单已保存" in due.status.text()


def test_long_list_shows_a_first_page_then_the_whole_list(qtbot, due_window, monkeypatch):
    import ui.due_list

    monkeypatch.setattr(ui.due_list, "FIRST_PAGE", 1)
    due = _open(qtbot, due_window, "today")
    # loaded fires once the whole list is in, not after the first page.
    assert _names(due) == ["周燕", "孙丽"]
    assert "2" in due.status.text()
