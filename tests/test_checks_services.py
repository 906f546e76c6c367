"""The consistency checks of services: each finds a planted problem and is silent on clean data."""

from __future__ import annotations

import datetime as dt
import json

from app import register
from app.checks import run_checks
from app.events import record_event
from app.methods import MethodForm, start_method
from app.procedures import record_procedure
from db import changes
from db.models import Person
from db.models_services import LifeEvent, MethodEpisode, Procedure, Visit
from tests.conftest import TODAY, woman

KINDS = {"pregnant_while_sterilised", "iud_removal_without_insertion", "birth_order_gap",
         "visit_before_trigger", "overlapping_episodes"}


def _found(kind: str) -> list:
    return [f for f in run_checks(TODAY, storage=False) if f.kind == kind]


def _clean_history(worker):
    card = register.add_woman(worker, woman(current_status=None, registered_date=dt.date(2015, 1, 1)), today=TODAY)
    record_procedure(worker, card.uuid, "iud_insertion", dt.date(2018, 3, 1), today=TODAY)
    record_procedure(worker, card.uuid, "iud_removal", dt.date(2020, 3, 1), today=TODAY)
    record_event(worker, card.uuid, "pregnancy_registered", dt.date(2020, 6, 1), today=TODAY)
    record_event(worker, card.uuid, "pregnancy_outcome", dt.date(2021, 2, 1),
                 {"outcome": "live_birth", "child_name": "李一", "child_sex": "F"}, today=TODAY)
    record_event(worker, card.uuid, "pregnancy_registered", dt.date(2022, 6, 1), today=TODAY)
    record_event(worker, card.uuid, "pregnancy_outcome", dt.date(2023, 2, 1),
                 {"outcome": "live_birth", "child_name": "李二", "child_sex": "M"}, today=TODAY)
    record_procedure(worker, card.uuid, "female_sterilisation", dt.date(2023, 5, 1), today=TODAY)
    changes.insert(Visit, worker.actor, person=card.person_id, date=dt.date(2023, 5, 6), visitor="wang",
                   visit_type="sterilisation_followup")
    changes.insert(Visit, worker.actor, person=card.person_id, date=dt.date(2023, 2, 25), visitor="wang",
                   visit_type="postpartum")
    return card


def test_clean_history_is_silent(worker):
    _clean_history(worker)
    assert not [f for f in run_checks(TODAY, storage=False) if f.kind in KINDS]


def test_pregnant_while_sterilised(worker):
    card = _clean_history(worker)
    changes.insert(LifeEvent, worker.actor, person=card.person_id, kind="pregnancy_registered",
                   date=dt.date(2024, 1, 1))
    (finding,) = _found("pregnant_while_sterilised")
    assert finding.uuid == card.uuid and "2024-01-01" in finding.message


def test_pregnant_while_husband_sterilised(worker):
    card = register.add_woman(worker, woman(current_status=None, registered_date=dt.date(2015, 1, 1)), today=TODAY)
    husband = changes.insert(Person, worker.actor, name="李建国", pinyin="ljg", initials="ljg", sex="M")
    changes.update(register.current_marriage(card.person), worker.actor, husband=husband)
    changes.insert(MethodEpisode, worker.actor, person=husband, method="male_sterilisation",
                   start_date=dt.date(2019, 1, 1))
    assert not _found("pregnant_while_sterilised")
    changes.insert(LifeEvent, worker.actor, person=card.person_id, kind="pregnancy_registered",
                   date=dt.date(2024, 1, 1))
    assert len(_found("pregnant_while_sterilised")) == 1


def test_iud_removal_without_insertion(worker):
    card = _clean_history(worker)
    changes.insert(Procedure, worker.actor, person=card.person_id, kind="iud_removal", date=dt.date(2017, 1, 1))
    (finding,) = _found("iud_removal_without_insertion")
    assert "2017-01-01" in finding.message
    # An IUD stated at registration (no insertion on record) makes a removal fine.
    other = register.add_woman(worker, woman(id_number="", name="王丽", birth_date=dt.date(1992, 1, 1),
                                             household_number="0002", registered_date=dt.date(2020, 1, 1)),
                               today=TODAY)
    record_procedure(worker, other.uuid, "iud_removal", dt.date(2025, 1, 1), today=TODAY)
    assert len(_found("iud_removal_without_insertion")) == 1


def test_birth_order_gap(worker):
    card = _clean_history(worker)
    second = Person.get((Person.mother == card.person_id) & (Person.birth_order == 2))
    changes.update(second, worker.actor, birth_order=3)
    (finding,) = _found("birth_order_gap")
    assert finding.uuid == card.uuid


def test_visit_before_trigger(worker):
    card = _clean_history(worker)
    changes.insert(Visit, worker.actor, person=card.person_id, date=dt.date(2017, 6, 1), visitor="wang",
                   visit_type="iud_followup")
    changes.insert(Visit, worker.actor, person=card.person_id, date=dt.date(2019, 6, 1), visitor="wang",
                   visit_type="iud_followup")
    (finding,) = _found("visit_before_trigger")
    assert "2017-06-01" in finding.message and "2018-03-01" in finding.message


def test_overlapping_episodes(worker):
    card = register.add_woman(worker, woman(current_status=None), today=TODAY)
    start_method(worker, card.uuid, MethodForm("pill", start_date=dt.date(2025, 1, 1)), today=TODAY)
    assert not _found("overlapping_episodes")
    changes.insert(MethodEpisode, worker.actor, person=card.person_id, method="condom",
                   start_date=dt.date(2024, 6, 1), end_date=dt.date(2025, 2, 1), methods_explained=json.dumps([]))
    (finding,) = _found("overlapping_episodes")
    assert "2025-01-01" in finding.message and "2024-06-01" in finding.message
