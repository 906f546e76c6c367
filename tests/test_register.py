"""Core register services on a temp-file database: add, edit, void, exit, audit, roles."""

import datetime as dt
import json

import peewee as pw
import pytest

from app import register, register_query
from app.auth import PermissionDenied, Session
from app.register import RegisterError
from db import changes
from db.models import ChangeLog, Marriage, Person, WomanCard
from tests.conftest import SITE, TODAY, woman


def test_add_woman_creates_household_person_card_and_marriage(worker):
    card = register.add_woman(worker, woman(), today=TODAY)
    person = card.person
    assert person.pinyin == "zhangxiuying" and person.initials == "zxy"
    assert person.birth_date == dt.date(1990, 5, 17)
    assert person.household.number == "0001"
    assert Marriage.get(Marriage.wife == person).husband_name == "李建国"
    assert card.created_by == "wang" and card.site_code == SITE
    ops = [c.op for c in ChangeLog.select()]
    assert ops.count("insert") >= 4  # household, person, card, marriage (+ site and groups)


def test_invalid_form_writes_nothing(worker):
    before = ChangeLog.select().count()
    with pytest.raises(RegisterError) as err:
        register.add_woman(worker, woman(id_number="110101199005172346", group_number=9), today=TODAY)
    fields = {p.field for p in err.value.problems}
    assert fields == {"id_number", "group_number"}
    assert ChangeLog.select().count() == before
    assert Person.select().count() == 0


def test_duplicate_id_refused_with_link_to_existing(worker):
    first = register.add_woman(worker, woman(), today=TODAY)
    with pytest.raises(RegisterError) as err:
        register.add_woman(worker, woman(name="张秀"), today=TODAY)
    (problem,) = err.value.problems
    assert problem.existing_uuid == first.uuid
    assert "张秀英" in problem.message


def test_out_migrant_needs_destination_and_contact(worker):
    _, problems = register.validate_woman(woman(residence="out_migrant"), SITE, today=TODAY)
    assert {p.field for p in problems} == {"destination", "contact_person", "contact_phone"}


def test_age_outside_register_refused(worker):
    _, problems = register.validate_woman(
        woman(id_number="", birth_date=dt.date(1970, 1, 1)), SITE, today=TODAY
    )
    assert problems and "56岁" in problems[0].message


def test_edit_records_old_and_new_values(worker):
    card = register.add_woman(worker, woman(), today=TODAY)
    form = register.form_of(card)
    form.phone = "13900139000"
    form.contact_person = "李大"
    # The status is derived from her method history (app.status): the form cannot set it.
    form.current_status = "condom"
    written = register.update_woman(worker, card.uuid, form, today=TODAY)
    assert written["person"]["phone"] == ["13800138000", "13900139000"]
    assert written["card"] == {"contact_person": ["", "李大"]}
    assert WomanCard.get_by_id(card.id).current_status == "iud"
    trail = changes.history(WomanCard, card.uuid)
    assert [t.op for t in trail] == ["insert", "update"]
    assert json.loads(trail[-1].diff) == {"contact_person": ["", "李大"]}
    assert WomanCard.get_by_id(card.id).row_version == 2
    # Saving the same form again changes nothing and writes nothing.
    assert register.update_woman(worker, card.uuid, register.form_of(WomanCard.get_by_id(card.id)), today=TODAY) == {}


def test_stale_edit_is_refused(worker):
    card = register.add_woman(worker, woman(), today=TODAY)
    stale = WomanCard.get_by_id(card.id)
    changes.update(card, worker.actor, contact_person="甲")
    with pytest.raises(changes.ConcurrentEditError):
        changes.update(stale, worker.actor, contact_person="乙")


def test_void_needs_reason_and_keeps_row(worker):
    card = register.add_woman(worker, woman(), today=TODAY)
    with pytest.raises(ValueError, match="原因"):
        register.void_woman(worker, card.uuid, "  ")
    register.void_woman(worker, card.uuid, "重复录入")
    card = WomanCard.get_by_id(card.id)
    assert card.voided and card.void_reason == "重复录入"
    assert register_query.search("zxy") == []
    # The same ID may now be registered again.
    register.add_woman(worker, woman(), today=TODAY)


def test_rows_cannot_be_deleted_and_log_cannot_be_changed(worker):
    card = register.add_woman(worker, woman(), today=TODAY)
    with pytest.raises(pw.IntegrityError):
        WomanCard.delete().where(WomanCard.id == card.id).execute()
    with pytest.raises(pw.IntegrityError):
        ChangeLog.update(by="x").execute()


def test_exit_and_turning_fifty(worker):
    card = register.add_woman(worker, woman(), today=TODAY)
    older = register.add_woman(
        worker, woman(name="刘桂兰", id_number="", birth_date=dt.date(1977, 1, 10),
                      household_number="0002"), today=TODAY,
    )
    active = register_query.RegisterFilter()
    assert register_query.count(active, today=dt.date(2027, 2, 1)) == 1  # she turned 50
    assert register.apply_age_exits(worker, dt.date(2027, 2, 1)) == 1
    older = WomanCard.get_by_id(older.id)
    assert older.exit_reason == "reached_50" and older.exit_date == dt.date(2027, 1, 10)
    register.exit_woman(worker, card.uuid, "moved_out", dt.date(2026, 11, 1))
    assert register_query.count(active) == 0
    assert register_query.count(register_query.RegisterFilter(scope="all")) == 2


def test_search_by_initials_pinyin_name_id_phone(worker):
    register.add_woman(worker, woman(), today=TODAY)
    register.add_woman(
        worker, woman(name="王小红", id_number="", birth_date=dt.date(1995, 2, 3),
                      household_number="0003", phone="13512345678"), today=TODAY,
    )
    for text, expected in [
        ("zxy", "张秀英"), ("zhangxiu", "张秀英"), ("ZHANGXIUYING", "张秀英"),
        ("秀", "张秀英"), ("1101011990", "张秀英"), ("13512", "王小红"), ("wxh", "王小红"),
    ]:
        assert [r.name for r in register_query.search(text)] == [expected], text


def test_role_checks_live_in_services(db_path):
    visitor = Session("guest", "访客", "nobody", SITE)
    with pytest.raises((PermissionDenied, KeyError)):
        register.add_woman(visitor, woman(), today=TODAY)
