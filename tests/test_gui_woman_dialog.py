"""The add/edit dialog: keyboard entry, inline messages as you type, duplicates, edits."""

import datetime as dt

from PySide6.QtCore import Qt
from PySide6.QtGui import QInputMethodEvent
from PySide6.QtWidgets import QApplication, QDialog

from app.idnumber import make
from app.register import card_by_uuid
from app.register_query import search
from tests.conftest import TODAY
from ui.woman_dialog import WomanDialog

pytest_plugins = ["tests.gui_fixtures"]


def _dialog(qtbot, session, **kwargs) -> WomanDialog:
    dialog = WomanDialog(session, today=TODAY, **kwargs)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    dialog.activateWindow()
    return dialog


def _type(qtbot, text: str) -> None:
    widget = QApplication.focusWidget()
    if text.isascii():
        qtbot.keyClicks(widget, text)
    else:
        # Chinese arrives from the input method as a committed string, not as key presses.
        event = QInputMethodEvent()
        event.setCommitString(text)
        QApplication.sendEvent(widget, event)


def _tab(qtbot) -> None:
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Tab)


def test_add_with_the_keyboard(qtbot, session):
    dialog = _dialog(qtbot, session)
    qtbot.waitUntil(lambda: dialog.editor("name").hasFocus())
    _type(qtbot, "周晓梅")
    _tab(qtbot)
    assert dialog.editor("id_number").hasFocus()
    _type(qtbot, make("110101", dt.date(1993, 6, 8), 222))
    assert dialog.editor("birth_date").text() == "1993-06-08"  # filled from the ID
    _tab(qtbot)  # birth date
    _tab(qtbot)  # phone
    _type(qtbot, "13912345678")
    _tab(qtbot)  # group (combo)
    assert dialog.editor("group_number").hasFocus()
    _tab(qtbot)
    assert dialog.editor("household_number").hasFocus()
    _type(qtbot, "0042")
    with qtbot.waitSignal(dialog.accepted, timeout=3000):
        qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Return)
    (row,) = search("zxm")
    assert row.name == "周晓梅" and row.household_number == "0042" and row.phone == "13912345678"
    assert row.card_uuid == dialog.card_uuid


def test_bad_id_shows_a_message_under_the_field(qtbot, session):
    dialog = _dialog(qtbot, session)
    qtbot.keyClicks(dialog.editor("id_number"), "110101199005172346")
    message = dialog.rows["id_number"].message
    qtbot.waitUntil(message.isVisible, timeout=2000)
    assert "校验码" in message.text() and "5" in message.text()
    # Untouched fields stay quiet until Save asks for everything.
    assert not dialog.rows["name"].message.isVisible()
    dialog.save_button.click()
    assert dialog.result() != QDialog.DialogCode.Accepted
    assert dialog.rows["name"].message.isVisible() and "不能为空" in dialog.rows["name"].message.text()
    assert dialog.editor("name").hasFocus()
    # Correcting the ID clears its message.
    dialog.editor("id_number").clear()
    qtbot.keyClicks(dialog.editor("id_number"), "110101199005172345")
    qtbot.waitUntil(lambda: not message.isVisible(), timeout=2000)


def test_duplicate_id_links_to_the_registered_woman(qtbot, session, people, monkeypatch):
    opened = []
    monkeypatch.setattr("ui.woman_card.WomanCardDialog.exec", lambda self: opened.append(self.card_uuid))
    dialog = _dialog(qtbot, session)
    qtbot.keyClicks(dialog.editor("id_number"), card_by_uuid(people[0]).person.id_number)
    message = dialog.rows["id_number"].message
    qtbot.waitUntil(message.isVisible, timeout=2000)
    assert "张秀英" in message.text() and "查看已登记的人" in message.text()
    message.linkActivated.emit(people[0])
    assert opened == [people[0]]


def test_residence_fields_follow_the_residence(qtbot, session):
    dialog = _dialog(qtbot, session)
    residence = dialog.editor("residence")
    assert not dialog.editor("origin").isEnabled() and not dialog.editor("destination").isEnabled()
    residence.setCurrentIndex(residence.findData("in_migrant"))
    assert dialog.editor("origin").isEnabled() and not dialog.editor("contact_person").isEnabled()
    residence.setCurrentIndex(residence.findData("out_migrant"))
    assert dialog.editor("destination").isEnabled() and dialog.editor("contact_phone").isEnabled()
    assert not dialog.editor("origin").isEnabled()


def test_edit_saves_changes(qtbot, session, people):
    dialog = _dialog(qtbot, session, card_uuid=people[1])
    assert dialog.windowTitle() == "编辑育龄妇女登记"
    assert dialog.editor("name").text() == "李娜"
    dialog.editor("phone").setText("13700000000")
    # The status is derived from her methods and events: shown, not edited, and kept on save.
    status = dialog.editor("current_status")
    assert not status.isEnabled() and status.currentData() == "iud"
    with qtbot.waitSignal(dialog.accepted):
        dialog.save_button.click()
    card = card_by_uuid(people[1])
    assert card.person.phone == "13700000000" and card.current_status == "iud"


def test_status_is_chosen_when_adding_and_becomes_her_initial_status(qtbot, session):
    dialog = _dialog(qtbot, session)
    status = dialog.editor("current_status")
    assert status.isEnabled()
    dialog.editor("name").setText("钱小梅")
    dialog.editor("id_number").setText(make("110101", dt.date(1993, 6, 1), 500))
    dialog._fill_birth_date()
    dialog.editor("household_number").setText("0099")
    status.setCurrentIndex(status.findData("condom"))
    dialog.save_button.click()
    assert dialog.result() == QDialog.DialogCode.Accepted, dialog.problems
    card = card_by_uuid(dialog.card_uuid)
    assert card.current_status == "condom"
    from app.methods import episodes

    assert [e.method for e in episodes(card.person_id)] == ["condom"]


def test_unreadable_date_is_reported(qtbot, session):
    dialog = _dialog(qtbot, session)
    qtbot.keyClicks(dialog.editor("birth_date"), "1990-13-45")
    message = dialog.rows["birth_date"].message
    qtbot.waitUntil(message.isVisible, timeout=2000)
    assert "不是有效的日期" in message.text()
