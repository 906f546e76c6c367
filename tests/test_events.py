"""Life events: pregnancy and birth, exits, marriage, moves, declared statuses."""

from __future__ import annotations

import datetime as dt

import pytest

from app import register
from app.events import record_event
from app.methods import MethodForm, start_method
from app.register import RegisterError
from app.status import status_on
from db.models import ChangeLog, Marriage, Person, WomanCard
from tests.conftest import TODAY, woman


def _card(worker, **overrides) -> WomanCard:
    return register.add_woman(worker, woman(current_status=None, **overrides), today=TODAY)


def _refused(call, field: str) -> None:
    before = ChangeLog.select().count()
    with pytest.raises(RegisterError) as info:
        call()
    assert field in [p.field for p in info.value.problems], info.value.problems
    assert ChangeLog.select().count() == before


def _husband(worker) -> Person:
    card = WomanCard.select().first()
    from db import changes

    return changes.insert(Person, worker.actor, household=card.person.household_id, relation="head", name="李建国",
                          pinyin="lijianguo", initials="ljg", sex="M", birth_date=dt.date(1988, 1, 1))


def test_pregnancy_and_live_birth_create_child(worker):
    card = _card(worker)
    husband = _husband(worker)
    marriage = register.current_marriage(card.person)
    from db import changes

    changes.update(marriage, worker.actor, husband=husband)
    record_event(worker, card.uuid, "pregnancy_registered", dt.date(2026, 2, 1), today=TODAY)
    assert WomanCard.get_by_id(card.id).current_status == "pregnant"
    _refused(lambda: record_event(worker, card.uuid, "pregnancy_registered", dt.date(2026, 3, 1), today=TODAY), "kind")
    event = record_event(worker, card.uuid, "pregnancy_outcome", dt.date(2026, 10, 20),
                         {"outcome": "live_birth", "child_name": "李小明", "child_sex": "M"}, today=TODAY)
    child = Person.get_by_id(event.related_id)
    assert (child.name, child.sex, child.birth_date, child.birth_order) == ("李小明", "M", dt.date(2026, 10, 20), 1)
    assert child.mother_id == card.person_id and child.father_id == husband.id
    assert child.household_id == card.person.household_id and child.relation == "son"
    assert WomanCard.get_by_id(card.id).current_status == "no_method"
    assert status_on(card.person_id, dt.date(2026, 5, 1)) == "pregnant"
    # A second birth takes the next order.
    record_event(worker, card.uuid, "pregnancy_registered", dt.date(2026, 11, 1), today=TODAY)
    twin = record_event(worker, card.uuid, "pregnancy_outcome", dt.date(2026, 11, 20),
                        {"outcome": "live_birth", "children": [{"name": "甲", "sex": "F"}, {"name": "乙", "sex": "F"}]},
                        today=TODAY)
    orders = sorted(p.birth_order for p in Person.select().where(Person.mother == card.person_id))
    assert orders == [1, 2, 3] and Person.get_by_id(twin.related_id).relation == "daughter"


def test_outcome_needs_a_registered_pregnancy(worker):
    card = _card(worker)
    _refused(lambda: record_event(worker, card.uuid, "pregnancy_outcome", dt.date(2026, 5, 1),
                                  {"outcome": "loss"}, today=TODAY), "kind")
    record_event(worker, card.uuid, "pregnancy_registered", dt.date(2026, 2, 1), today=TODAY)
    _refused(lambda: record_event(worker, card.uuid, "pregnancy_outcome", dt.date(2026, 5, 1),
                                  {"outcome": "twins?"}, today=TODAY), "outcome")
    _refused(lambda: record_event(worker, card.uuid, "pregnancy_outcome", dt.date(2026, 5, 1),
                                  {"outcome": "live_birth", "child_name": "小"}, today=TODAY), "child_sex")
    record_event(worker, card.uuid, "pregnancy_outcome", dt.date(2026, 5, 1), {"outcome": "loss"}, today=TODAY)
    assert Person.select().where(Person.mother == card.person_id).count() == 0


def test_death_and_moves_exit_the_card(worker):
    card = _card(worker)
    record_event(worker, card.uuid, "death", dt.date(2026, 9, 1), today=TODAY)
    card = WomanCard.get_by_id(card.id)
    assert (card.exit_reason, card.exit_date) == ("died", dt.date(2026, 9, 1))
    assert card.person.alive is False and card.person.death_date == dt.date(2026, 9, 1)
    _refused(lambda: record_event(worker, card.uuid, "status_declared", dt.date(2026, 10, 1),
                                  {"status": "waiting"}, today=TODAY), "date")
    _refused(lambda: record_event(worker, card.uuid, "moved_out", dt.date(2026, 8, 1), today=TODAY), "kind")
    other = _card(worker, id_number="", name="王丽", birth_date=dt.date(1992, 1, 1), household_number="0002")
    record_event(worker, other.uuid, "transfer", dt.date(2026, 9, 1), {"destination": "县城"}, today=TODAY)
    other = WomanCard.get_by_id(other.id)
    assert other.exit_reason == "transferred" and other.person.moved_out_date == dt.date(2026, 9, 1)


def test_marriage_and_move_in(worker):
    card = _card(worker, marital_status="single", husband_name="", marriage_date=None)
    _refused(lambda: record_event(worker, card.uuid, "marriage", dt.date(2026, 5, 1), {}, today=TODAY),
             "husband_name")
    _refused(lambda: record_event(worker, card.uuid, "marriage", dt.date(2026, 5, 1),
                                  {"husband_name": "刘强", "husband_id_number": "110101199005172345"}, today=TODAY),
             "husband_id_number")
    record_event(worker, card.uuid, "marriage", dt.date(2026, 5, 1), {"husband_name": "刘强", "kind": "first"},
                 today=TODAY)
    marriage = Marriage.get(Marriage.wife == card.person_id)
    assert (marriage.husband_name, marriage.start_date, marriage.kind) == ("刘强", dt.date(2026, 5, 1), "first")
    assert WomanCard.get_by_id(card.id).marital_status == "married"
    _refused(lambda: record_event(worker, card.uuid, "marriage", dt.date(2026, 6, 1), {"husband_name": "赵"},
                                  today=TODAY), "marital_status")
    _refused(lambda: record_event(worker, card.uuid, "moved_in", dt.date(2026, 6, 1), {}, today=TODAY), "origin")
    record_event(worker, card.uuid, "moved_in", dt.date(2026, 6, 1), {"origin": "河南省周口市"}, today=TODAY)
    card = WomanCard.get_by_id(card.id)
    assert card.person.moved_in_date == dt.date(2026, 6, 1) and card.origin == "河南省周口市"


def test_declared_status_and_bad_input(worker):
    card = _card(worker)
    record_event(worker, card.uuid, "status_declared", dt.date(2026, 1, 1), {"status": "waiting"}, today=TODAY)
    assert WomanCard.get_by_id(card.id).current_status == "waiting"
    _refused(lambda: record_event(worker, card.uuid, "status_declared", dt.date(2026, 1, 1), {"status": "iud"},
                                  today=TODAY), "status")
    _refused(lambda: record_event(worker, card.uuid, "fine_levied", dt.date(2026, 1, 1), today=TODAY), "kind")
    _refused(lambda: record_event(worker, card.uuid, "status_declared", TODAY + dt.timedelta(days=1),
                                  {"status": "waiting"}, today=TODAY), "date")
    # A method started later wins; when it ends the declaration no longer holds.
    episode = start_method(worker, card.uuid, MethodForm("condom", start_date=dt.date(2026, 3, 1)), today=TODAY)
    assert WomanCard.get_by_id(card.id).current_status == "condom"
    from app.methods import stop_method

    stop_method(worker, episode.uuid, dt.date(2026, 4, 1), "wants_child", today=TODAY)
    assert WomanCard.get_by_id(card.id).current_status == "no_method"
    assert status_on(card.person_id, dt.date(2026, 2, 1)) == "waiting"
