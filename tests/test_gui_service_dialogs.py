"""The card's service dialogs: method start (informed choice) and stop, procedure, check, life
event; problems from the services shown in Chinese under the field they name."""

from __future__ import annotations

import datetime as dt
import json

import pytest
from PySide6.QtWidgets import QDialog

from app import register
from app.idnumber import make
from app.methods import episodes
from app.register import card_by_uuid
from tests.conftest import TODAY, woman
from ui.woman_card import WomanCardDialog

pytest_plugins = ["tests.gui_fixtures"]


@pytest.fixture
def card_uuid(session) -> str:
    form = woman(name="孙丽", id_number=make("110101", dt.date(1991, 2, 1), 300), household_number="0100",
                 current_status="no_method", registered_date=dt.date(2026, 1, 5))
    return register.add_woman(session, form, today=TODAY).uuid


@pytest.fixture
def card(qtbot, session, card_uuid) -> WomanCardDialog:
    dialog = WomanCardDialog(session, card_uuid, today=TODAY)
    qtbot.addWidget(dialog)
    return dialog


def _dialog(qtbot, card, key):
    dialog = card.service_dialog(key)
    qtbot.addWidget(dialog)
    dialog.show()
    return dialog


def _save(dialog) -> bool:
    dialog.save_button.click()
    return dialog.result() == QDialog.DialogCode.Accepted


def _timeline(card) -> str:
    return "\n".join(" ".join(card.history.topLevelItem(i).text(c) for c in range(4))
                     for i in range(card.history.topLevelItemCount()))


def test_start_method_records_the_informed_choice(qtbot, card):
    assert not card.service_buttons["method_stop"].isEnabled()  # nothing running
    dialog = _dialog(qtbot, card, "method_start")
    method = dialog.editor("method")
    method.setCurrentIndex(method.findData("injectable"))
    assert dialog.form_layout.isRowVisible(dialog.rows["detail"])
    dialog.editor("detail").setCurrentIndex(dialog.editor("detail").findData("dmpa"))
    explained = dialog.editor("methods_explained")
    for code in ("iud", "injectable", "condom", "pill"):
        explained.boxes[code].setChecked(True)
    assert dialog.editor("counselled").isChecked()  # explaining methods is counselling
    own = dialog.editor("own_choice")
    own.setCurrentIndex(own.findData(True))
    dialog.editor("start_date").setText("2026-11-20")
    assert _save(dialog), dialog.problems
    (episode,) = [e for e in episodes(card._card.person_id) if e.method == "injectable"]
    assert episode.detail == "dmpa" and episode.own_choice is True and episode.counselled
    assert set(json.loads(episode.methods_explained)) == {"iud", "injectable", "condom", "pill"}

    card.reload()
    assert card_by_uuid(card.card_uuid).current_status == "injectable"
    assert card.service_buttons["method_stop"].isEnabled()
    stop = _dialog(qtbot, card, "method_stop")
    assert "针剂" in stop.findChild(type(stop.general_message), "intro").text()
    stop.editor("reason").setCurrentIndex(stop.editor("reason").findData("side_effects"))
    assert _save(stop), stop.problems
    assert card_by_uuid(card.card_uuid).current_status == "no_method"


def test_service_problems_show_under_the_field(qtbot, card):
    dialog = _dialog(qtbot, card, "method_start")
    dialog.editor("start_date").setText("2027-01-01")  # in the future: the service refuses it
    assert not _save(dialog)
    message = dialog.rows["start_date"].message
    assert message.isVisible() and message.text()
    dialog.editor("start_date").setText("2026-13-40")  # unreadable: the dialog says so itself
    assert not _save(dialog)
    assert "不是有效的日期" in message.text()


def test_procedure_starts_the_method_and_shows_on_the_timeline(qtbot, card):
    dialog = _dialog(qtbot, card, "procedure")
    kind = dialog.editor("kind")
    kind.setCurrentIndex(kind.findData("implant_insertion"))
    assert dialog.form_layout.isRowVisible(dialog.rows["implant_type"])
    kind.setCurrentIndex(kind.findData("iud_insertion"))
    assert not dialog.form_layout.isRowVisible(dialog.rows["implant_type"])
    dialog.editor("date").setText("2026-11-01")
    dialog.editor("place").setText("乡镇卫生院")
    assert _save(dialog), dialog.problems
    assert card_by_uuid(card.card_uuid).current_status == "iud"
    card.reload()
    assert "放置宫内节育器" in _timeline(card)


def test_check(qtbot, card):
    dialog = _dialog(qtbot, card, "check")
    dialog.editor("result").setText("未见异常")
    assert _save(dialog), dialog.problems
    card.reload()
    assert "妇检" in _timeline(card)


def test_pregnancy_then_live_birth_with_the_child(qtbot, card):
    dialog = _dialog(qtbot, card, "event")
    kind = dialog.editor("kind")
    kind.setCurrentIndex(kind.findData("pregnancy_outcome"))
    assert not _save(dialog)  # no pregnancy registered yet: said under the event kind
    assert "没有登记的怀孕" in dialog.rows["kind"].message.text()

    kind.setCurrentIndex(kind.findData("pregnancy_registered"))
    dialog.editor("date").setText("2026-03-01")
    assert _save(dialog), dialog.problems
    assert card_by_uuid(card.card_uuid).current_status == "pregnant"

    dialog = _dialog(qtbot, card, "event")
    kind = dialog.editor("kind")
    kind.setCurrentIndex(kind.findData("pregnancy_outcome"))
    outcome = dialog.editor("outcome")
    outcome.setCurrentIndex(outcome.findData("loss"))
    assert not dialog.form_layout.isRowVisible(dialog.rows["child_name"])
    outcome.setCurrentIndex(outcome.findData("live_birth"))
    assert dialog.form_layout.isRowVisible(dialog.rows["child_name"])
    dialog.editor("child_name").setText("孙小宝")
    sex = dialog.editor("child_sex")
    sex.setCurrentIndex(sex.findData("F"))
    dialog.editor("date").setText("2026-11-10")
    assert dialog.detail() == {"outcome": "live_birth", "child_name": "孙小宝", "child_sex": "F"}
    assert _save(dialog), dialog.problems
    from db.models import Person

    child = Person.get(Person.name == "孙小宝")
    assert child.sex == "F" and child.mother_id == card._card.person_id


def test_moving_out_says_the_card_closes_and_closes_it(qtbot, card):
    dialog = _dialog(qtbot, card, "event")
    kind = dialog.editor("kind")
    kind.setCurrentIndex(kind.findData("marriage"))
    assert not dialog.exit_note.isVisible()
    kind.setCurrentIndex(kind.findData("moved_out"))
    assert dialog.exit_note.isVisible() and dialog.form_layout.isRowVisible(dialog.rows["destination"])
    dialog.editor("destination").setText("广东省东莞市")
    assert _save(dialog), dialog.problems
    card.reload()
    assert card_by_uuid(card.card_uuid).exit_reason == "moved_out"
    assert not any(b.isEnabled() for b in card.service_buttons.values())


def test_worker_can_record_from_the_card_button(qtbot, card, monkeypatch):
    seen = []
    monkeypatch.setattr(QDialog, "exec", lambda self: seen.append(type(self).__name__) or 0)
    card.service_buttons["visit"].click()
    card.service_buttons["check"].click()
    assert seen == ["VisitDialog", "CheckDialog"]
