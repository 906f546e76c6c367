"""Each register check finds a planted problem, names the record, and is silent on clean data."""

from __future__ import annotations

import datetime as dt

import pytest

from app.checks import CHECKS, run_checks
from app.register import add_woman
from db import changes
from db.connection import database
from db.models import Person, WomanCard

from .conftest import TODAY, woman


@pytest.fixture
def clean(admin):
    """Two well-formed women: 张秀英 (married, with a marriage) and 李梅 (single)."""
    first = add_woman(admin, woman(), today=TODAY)
    second = add_woman(admin, woman(
        name="李梅", id_number="110101199803040021", household_number="0002", relation="daughter",
        marital_status="single", current_status=None, husband_name="", marriage_date=None,
    ), today=TODAY)
    return first, second


def kinds(findings) -> set[str]:
    return {f.kind for f in findings}


def sql(text: str, *params) -> None:
    database.execute_sql(text, params)


def test_silent_on_clean_data(clean):
    assert run_checks(TODAY) == []
    assert len(CHECKS) >= 7


def test_missing_migrant_details(clean):
    card, _ = clean
    sql("UPDATE woman_card SET residence = 'out_migrant', destination = '', contact_person = '张三', "
        "contact_phone = '' WHERE uuid = ?", card.uuid)
    findings = run_checks(TODAY)
    assert kinds(findings) == {"missing_fields"}
    (f,) = findings
    assert f.uuid == card.uuid and "张秀英" in f.message and "1组" in f.message and "0001" in f.message
    assert "流出地" in f.message and "联系人电话" in f.message and "缺少" in f.message


def test_missing_birth_date_and_household(clean):
    _, card = clean
    sql("UPDATE person SET birth_date = NULL, id_number = NULL, household_id = NULL WHERE id = ?", card.person_id)
    (f,) = run_checks(TODAY)
    assert f.kind == "missing_fields" and "出生日期" in f.message and "户编号" in f.message


def test_duplicate_id(clean):
    first, second = clean
    sql("UPDATE person SET id_number = '110101199005172345', birth_date = '1990-05-17' WHERE id = ?",
        second.person_id)
    findings = run_checks(TODAY)
    assert kinds(findings) == {"duplicate_id"}
    assert {f.uuid for f in findings} == {first.uuid, second.uuid}
    assert any("李梅" in f.message and "张秀英" in f.message for f in findings)
    # A voided holder no longer counts as a duplicate.
    sql("UPDATE person SET voided = 1 WHERE id = ?", second.person_id)
    assert "duplicate_id" not in kinds(run_checks(TODAY))


def test_id_mismatch_birth_sex_and_check_digit(clean):
    first, second = clean
    sql("UPDATE person SET birth_date = '1990-06-17' WHERE id = ?", first.person_id)
    findings = run_checks(TODAY)
    assert kinds(findings) == {"id_mismatch"}
    assert "出生日期" in findings[0].message and findings[0].uuid == first.uuid
    sql("UPDATE person SET birth_date = '1990-05-17', sex = 'M' WHERE id = ?", first.person_id)
    assert any("性别" in f.message for f in run_checks(TODAY) if f.kind == "id_mismatch")
    sql("UPDATE person SET sex = 'F' WHERE id = ?", first.person_id)
    sql("UPDATE person SET id_number = '110101199803040029' WHERE id = ?", second.person_id)
    (f,) = run_checks(TODAY)
    assert f.kind == "id_mismatch" and "校验码" in f.message and "李梅" in f.message


def test_mother_too_young(clean, admin):
    card, _ = clean
    mother = Person.get_by_id(card.person_id)
    changes.insert(
        Person, admin.actor, household=mother.household, name="李小", pinyin="lixiao", initials="lx",
        sex="M", birth_date=dt.date(2004, 1, 1), mother=mother, relation="son",
    )
    (f,) = run_checks(TODAY)
    assert f.kind == "mother_too_young" and "李小" in f.message and "13岁" in f.message
    assert f.uuid == card.uuid


def test_woman_over_50_still_active(clean):
    card, _ = clean
    sql("UPDATE person SET birth_date = '1975-01-01', id_number = NULL WHERE id = ?", card.person_id)
    (f,) = run_checks(TODAY)
    assert f.kind == "over_50_active" and "51岁" in f.message
    sql("UPDATE woman_card SET exit_reason = 'reached_50', exit_date = '2025-01-01' WHERE uuid = ?", card.uuid)
    assert run_checks(TODAY) == []


def test_married_without_marriage(admin):
    card = add_woman(admin, woman(husband_name="", marriage_date=None), today=TODAY)
    (f,) = run_checks(TODAY)
    assert f.kind == "married_without_marriage" and f.uuid == card.uuid
    sql("UPDATE marriage SET end_date = '2020-01-01'")  # nothing to end, still none current
    assert kinds(run_checks(TODAY)) == {"married_without_marriage"}


def test_card_of_a_man(clean):
    _, card = clean
    sql("UPDATE person SET sex = 'M', id_number = NULL WHERE id = ?", card.person_id)
    (f,) = run_checks(TODAY)
    assert f.kind == "man_with_card" and "李梅" in f.message


def test_exited_and_voided_cards_are_not_checked(clean):
    card, _ = clean
    sql("UPDATE woman_card SET residence = 'in_migrant', origin = '' WHERE uuid = ?", card.uuid)
    assert kinds(run_checks(TODAY)) == {"missing_fields"}
    sql("UPDATE woman_card SET voided = 1 WHERE uuid = ?", card.uuid)
    assert run_checks(TODAY) == []
    assert WomanCard.get(WomanCard.uuid == card.uuid).voided


def test_foreign_key_check(clean):
    _, card = clean
    database.execute_sql("PRAGMA foreign_keys = OFF")
    try:
        sql("UPDATE person SET household_id = 9999 WHERE id = ?", card.person_id)
    finally:
        database.execute_sql("PRAGMA foreign_keys = ON")
    findings = run_checks(TODAY)
    assert "foreign_key" in kinds(findings)
    assert any("person" in f.message and "household" in f.message for f in findings if f.kind == "foreign_key")
