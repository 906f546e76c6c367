"""Life events: marriage, pregnancy and its outcome, moves, death, declared statuses.

Some events change the register too, in the same transaction: a live birth adds the child to
her household, death and moving away exit her card (the rules of app.register.exit_woman), a
marriage records the Marriage, a move-in dates her arrival.
"""

from __future__ import annotations

import datetime as dt
import json
from dataclasses import replace
from typing import Any

import peewee as pw

from app import register
from app.auth import Session
from app.codes import DECLARED_STATUS, EVENT_KIND, MARRIAGE_KIND, PREGNANCY_OUTCOME, SEX
from app.i18n import translate
from app.names import pinyin_keys
from app.register import Problem, current_marriage
from app.service_common import check_code, check_date, finish, open_card, raise_if
from app.status import derive
from db import changes
from db.connection import database
from db.models import Marriage, Person, WomanCard
from db.models_services import LifeEvent


def _t(text: str) -> str:
    return translate("events", text)


# Events that end her time on this register, with the exit reason they give.
EXITS = {"death": "died", "moved_out": "moved_out", "transfer": "transferred"}
# The child's relation to the head of household, from the mother's.
CHILD_RELATION = {"head": "child", "spouse": "child", "daughter_in_law": "grandchild",
                  "son_in_law": "grandchild", "daughter": "grandchild", "son": "grandchild"}


def _children(detail: dict) -> list[dict]:
    """One child per live birth, or detail['children'] for twins and more."""
    given = detail.get("children")
    if isinstance(given, list) and given:
        return [c if isinstance(c, dict) else {} for c in given]
    return [{"name": detail.get("child_name", ""), "sex": detail.get("child_sex")}]


def _validate(kind: str, date: dt.date, detail: dict, card: WomanCard, today: dt.date) -> list[Problem]:
    problems: list[Problem] = []
    check_code(problems, "kind", kind, EVENT_KIND)
    check_date(problems, "date", date, today, card)
    if problems:
        return problems
    person_id = card.person_id
    if card.exit_reason and kind in EXITS:
        problems.append(Problem("kind", _t("她的登记卡已注销")))
    if kind == "pregnancy_registered" and derive(person_id, date) == "pregnant":
        problems.append(Problem("kind", _t("{d}时已有登记的怀孕尚无妊娠结局").format(d=date.isoformat())))
    elif kind == "pregnancy_outcome":
        check_code(problems, "outcome", detail.get("outcome"), PREGNANCY_OUTCOME)
        if derive(person_id, date) != "pregnant":
            problems.append(Problem("kind", _t("{d}时没有登记的怀孕，不能登记妊娠结局").format(d=date.isoformat())))
        if detail.get("outcome") == "live_birth":
            for child in _children(detail):
                check_code(problems, "child_sex", child.get("sex"), SEX)
                if len(str(child.get("name") or "").strip()) > 20:
                    problems.append(Problem("child_name", _t("“{v}”不像一个姓名").format(v=child.get("name"))))
    elif kind == "status_declared":
        check_code(problems, "status", detail.get("status"), DECLARED_STATUS)
    elif kind == "marriage":
        if not (str(detail.get("husband_name") or "").strip() or str(detail.get("husband_id_number") or "").strip()):
            problems.append(Problem("husband_name", _t("不能为空")))
        problems += register.husband_id_problems(str(detail.get("husband_id_number") or ""), today)
        check_code(problems, "marriage_kind", detail.get("kind", "first"), MARRIAGE_KIND)
        if current_marriage(card.person) is not None:
            problems.append(Problem("marital_status", _t("她已有现存的婚姻登记")))
    elif kind == "moved_in" and not str(detail.get("origin") or "").strip():
        problems.append(Problem("origin", _t("迁入须填写来自何地")))
    return problems


def _next_birth_order(mother_id: int) -> int:
    taken, most = (
        Person.select(pw.fn.COUNT(Person.id), pw.fn.MAX(Person.birth_order))
        .where((Person.mother == mother_id) & (Person.voided == False))  # noqa: E712
        .tuples()
        .first()
    )
    return max(taken or 0, most or 0) + 1


def _add_children(session: Session, mother: Person, date: dt.date, detail: dict) -> Person:
    marriage = current_marriage(mother)
    order = _next_birth_order(mother.id)
    first = None
    for offset, child in enumerate(_children(detail)):
        name = str(child.get("name") or "").strip()
        full, initials = pinyin_keys(name)
        relation = CHILD_RELATION.get(mother.relation, "other")
        if relation == "child":
            relation = "son" if child["sex"] == "M" else "daughter"
        person = changes.insert(
            Person, session.actor, household=mother.household_id, relation=relation, name=name, pinyin=full,
            initials=initials, sex=child["sex"], birth_date=date, mother=mother,
            father=marriage.husband_id if marriage else None, birth_order=order + offset,
        )
        first = first or person
    assert first is not None
    return first


def _marry(session: Session, card: WomanCard, date: dt.date, detail: dict) -> None:
    form = replace(
        register.blank_form(), husband_name=str(detail.get("husband_name") or ""),
        husband_id_number=str(detail.get("husband_id_number") or ""),
        marriage_kind=detail.get("kind", "first"), marriage_date=date,
    )
    fields = register.marriage_fields(session, form)
    assert fields is not None
    changes.insert(Marriage, session.actor, wife=card.person_id, **fields)
    changes.update(card, session.actor, marital_status="married")


def _apply(session: Session, card: WomanCard, kind: str, date: dt.date, detail: dict) -> Person | None:
    """The register side of an event; returns the person it relates to (the newborn)."""
    person = card.person
    if kind == "pregnancy_outcome" and detail.get("outcome") == "live_birth":
        return _add_children(session, person, date, detail)
    if kind in EXITS:
        register.write_exit(session, card, EXITS[kind], date)
    elif kind == "marriage":
        _marry(session, card, date, detail)
    elif kind == "moved_in":
        changes.update(person, session.actor, moved_in_date=date)
        if not card.origin.strip():
            changes.update(card, session.actor, origin=str(detail["origin"]).strip())
    return None


def record_event(
    session: Session, card_uuid: str, kind: str, date: dt.date, detail: dict[str, Any] | None = None,
    today: dt.date | None = None,
) -> LifeEvent:
    session.require("edit_register")
    today = today or dt.date.today()
    detail = dict(detail or {})
    card = open_card(card_uuid, session)
    raise_if(_validate(kind, date, detail, card, today))
    with database.atomic():
        related = _apply(session, card, kind, date, detail)
        event = changes.insert(
            LifeEvent, session.actor, person=card.person_id, kind=kind, date=date,
            detail=json.dumps(detail, ensure_ascii=False), related=related,
        )
        finish(session, card.person_id, today)
    return event


def events(person_id: int) -> list[LifeEvent]:
    """Her events, oldest first (voided ones left out)."""
    return list(
        LifeEvent.select()
        .where((LifeEvent.person == person_id) & (LifeEvent.voided == False))  # noqa: E712
        .order_by(LifeEvent.date, LifeEvent.id)
    )
