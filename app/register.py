"""The women's register (育龄妇女登记册): validate, add, edit, exit and void entries.

One service call is one user action and one transaction. The GUI dialogs, the import and the
command line all go through validate_woman/add_woman/update_woman, so a rule is written once.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Collection
from dataclasses import dataclass, field, fields, replace

from app import idnumber, status
from app.auth import Session
from app.codes import (
    EXIT_REASON,
    HUKOU,
    MARITAL,
    MARRIAGE_KIND,
    REGISTER_EXIT_AGE,
    REGISTER_MIN_AGE,
    RELATION,
    RESIDENCE,
    STATUS,
)
from app.i18n import translate
from app.names import pinyin_keys
from db import changes
from db.connection import database
from db.models import Household, Marriage, Person, VillageGroup, WomanCard

_PHONE = re.compile(r"^\+?[0-9][0-9 -]{5,18}[0-9]$")


def _t(text: str) -> str:
    return translate("register", text)


@dataclass
class WomanForm:
    """What a user (or a spreadsheet row) says about a woman; strings as typed."""

    name: str = ""
    id_number: str = ""
    birth_date: dt.date | None = None
    phone: str = ""
    group_number: int | None = None
    household_number: str = ""
    address: str = ""
    hukou_type: str = "rural"
    relation: str = "spouse"
    residence: str = "resident"
    origin: str = ""
    destination: str = ""
    contact_person: str = ""
    contact_phone: str = ""
    marital_status: str = "married"
    current_status: str | None = None
    husband_name: str = ""
    husband_id_number: str = ""
    marriage_kind: str = "first"
    marriage_date: dt.date | None = None
    registered_date: dt.date | None = None


FORM_FIELDS = tuple(f.name for f in fields(WomanForm))

FIELD_LABELS = {
    "name": "姓名",
    "id_number": "身份证号",
    "birth_date": "出生日期",
    "phone": "联系电话",
    "group_number": "村民小组",
    "household_number": "户编号",
    "address": "住址",
    "hukou_type": "户口性质",
    "relation": "与户主关系",
    "residence": "居住状况",
    "origin": "流入地（来自）",
    "destination": "流出地（去向）",
    "contact_person": "联系人",
    "contact_phone": "联系人电话",
    "marital_status": "婚姻状况",
    "current_status": "当前避孕/生育状况",
    "husband_name": "丈夫姓名",
    "husband_id_number": "丈夫身份证号",
    "marriage_kind": "婚姻类型",
    "marriage_date": "结婚日期",
    "registered_date": "登记日期",
}


def field_label(name: str) -> str:
    return _t(FIELD_LABELS.get(name, name))


@dataclass(frozen=True)
class Problem:
    field: str
    message: str
    # For a duplicate ID: the UUID of the card (or person) already holding it.
    existing_uuid: str | None = None

    def __str__(self) -> str:
        return f"{field_label(self.field)}：{self.message}"


@dataclass
class Checked:
    """A form that passed validation, with the values derived from it."""

    form: WomanForm
    id_number: str | None
    birth_date: dt.date
    sex: str = "F"
    id_was_15_digit: bool = False
    warnings: list[Problem] = field(default_factory=list)


class RegisterError(ValueError):
    def __init__(self, problems: list[Problem]):
        self.problems = problems
        super().__init__("；".join(str(p) for p in problems))


def age_on(birth: dt.date, day: dt.date) -> int:
    return day.year - birth.year - ((day.month, day.day) < (birth.month, birth.day))


def birthday_at(birth: dt.date, years: int) -> dt.date:
    try:
        return birth.replace(year=birth.year + years)
    except ValueError:  # 29 February
        return dt.date(birth.year + years, 3, 1)


def duplicate_id_problem(id_number: str, site_code: str, exclude_person_id: int | None) -> Problem | None:
    query = Person.select(Person.id, Person.uuid, Person.name).where(
        (Person.id_number == id_number) & (Person.site_code == site_code) & (Person.voided == False)  # noqa: E712
    )
    if exclude_person_id is not None:
        query = query.where(Person.id != exclude_person_id)
    other = query.first()
    if other is None:
        return None
    card = WomanCard.get_or_none(WomanCard.person == other.id)
    return Problem(
        "id_number",
        _t("此身份证号已登记给“{n}”，同一人不能重复登记").format(n=other.name),
        existing_uuid=card.uuid if card else other.uuid,
    )


def _check_code(problems: list[Problem], name: str, value: str | None, codes: dict, *, optional: bool = False) -> None:
    if value is None or value == "":
        if not optional:
            problems.append(Problem(name, _t("不能为空")))
        return
    if value not in codes:
        problems.append(Problem(name, _t("“{v}”不是可选的值").format(v=value)))


def validate_woman(
    form: WomanForm,
    site_code: str,
    *,
    today: dt.date | None = None,
    exclude_person_id: int | None = None,
    check_duplicates: bool = True,
    known_groups: Collection[int] | None = None,
) -> tuple[Checked | None, list[Problem]]:
    """Check a form; returns (checked, problems). checked is None when any problem is an error.

    known_groups: the site's group numbers when the caller already has them (the import checks
    100,000 rows, and a query per row would be a third of its time budget).
    """
    today = today or dt.date.today()
    problems: list[Problem] = []
    name = form.name.strip()
    if not name:
        problems.append(Problem("name", _t("不能为空")))
    elif len(name) > 20 or any(ch.isdigit() for ch in name):
        problems.append(Problem("name", _t("“{v}”不像一个姓名").format(v=name)))

    birth = form.birth_date
    id_number = None
    was_15 = False
    if form.id_number.strip():
        try:
            parsed = idnumber.parse(form.id_number, today=today)
        except idnumber.IdNumberError as exc:
            problems.append(Problem("id_number", str(exc)))
        else:
            id_number = parsed.number
            was_15 = parsed.was_15_digit
            for message in idnumber.cross_check(parsed, birth, None):
                problems.append(Problem("birth_date", message))
            for message in idnumber.cross_check(parsed, None, "F"):
                problems.append(Problem("id_number", message))
            birth = birth or parsed.birth_date
            if check_duplicates:
                dup = duplicate_id_problem(id_number, site_code, exclude_person_id)
                if dup:
                    problems.append(dup)
    if birth is None:
        if not form.id_number.strip():
            problems.append(Problem("birth_date", _t("没有身份证号时必须填写出生日期")))
    elif birth > today:
        problems.append(Problem("birth_date", _t("{d}是将来的日期").format(d=birth.isoformat())))
    else:
        age = age_on(birth, today)
        if age < REGISTER_MIN_AGE or age >= REGISTER_EXIT_AGE:
            problems.append(
                Problem(
                    "birth_date",
                    _t("现年{a}岁，不在育龄妇女登记范围（{lo}–{hi}岁）内").format(
                        a=age, lo=REGISTER_MIN_AGE, hi=REGISTER_EXIT_AGE - 1
                    ),
                )
            )

    if form.group_number is None:
        problems.append(Problem("group_number", _t("不能为空")))
    elif not (
        form.group_number in known_groups if known_groups is not None
        else VillageGroup.select().where(
            (VillageGroup.site_code == site_code) & (VillageGroup.number == form.group_number)
            & (VillageGroup.voided == False)  # noqa: E712
        ).exists()
    ):
        problems.append(Problem("group_number", _t("没有第{n}村民小组").format(n=form.group_number)))
    if not form.household_number.strip():
        problems.append(Problem("household_number", _t("不能为空")))

    _check_code(problems, "hukou_type", form.hukou_type, HUKOU)
    _check_code(problems, "relation", form.relation, RELATION)
    _check_code(problems, "residence", form.residence, RESIDENCE)
    _check_code(problems, "marital_status", form.marital_status, MARITAL)
    _check_code(problems, "current_status", form.current_status, STATUS, optional=True)
    _check_code(problems, "marriage_kind", form.marriage_kind, MARRIAGE_KIND)

    if form.residence == "in_migrant" and not form.origin.strip():
        problems.append(Problem("origin", _t("流入人口须填写来自何地")))
    if form.residence == "out_migrant":
        for name_, what in (
            ("destination", _t("流出人口须填写去向")),
            ("contact_person", _t("流出人口须填写联系人")),
            ("contact_phone", _t("流出人口须填写联系人电话")),
        ):
            if not getattr(form, name_).strip():
                problems.append(Problem(name_, what))
    for name_ in ("phone", "contact_phone"):
        value = getattr(form, name_).strip()
        if value and not _PHONE.match(value):
            problems.append(Problem(name_, _t("“{v}”不是有效的电话号码").format(v=value)))

    problems += husband_id_problems(form.husband_id_number, today)
    if form.marriage_date:
        if form.marriage_date > today:
            problems.append(Problem("marriage_date", _t("{d}是将来的日期").format(d=form.marriage_date)))
        elif birth and form.marriage_date < birth:
            problems.append(Problem("marriage_date", _t("结婚日期早于出生日期")))
    if form.marital_status == "single" and (form.husband_name.strip() or form.marriage_date):
        problems.append(Problem("marital_status", _t("填写了丈夫或结婚日期，婚姻状况却是未婚")))

    if problems:
        return None, problems
    assert birth is not None
    return Checked(form=form, id_number=id_number, birth_date=birth, id_was_15_digit=was_15), []


def husband_id_problems(raw: str, today: dt.date) -> list[Problem]:
    """A husband's ID number, when given, must be valid and a man's (form and marriage event)."""
    if not raw.strip():
        return []
    try:
        husband = idnumber.parse(raw, today=today)
    except idnumber.IdNumberError as exc:
        return [Problem("husband_id_number", str(exc))]
    if husband.sex != "M":
        return [Problem("husband_id_number", _t("第17位为偶数，是女性的身份证号"))]
    return []


def _household(session: Session, form: WomanForm) -> Household:
    group = VillageGroup.get(
        (VillageGroup.site_code == session.site_code) & (VillageGroup.number == form.group_number)
    )
    number = form.household_number.strip()
    household = Household.get_or_none(
        (Household.site_code == session.site_code) & (Household.number == number)
    )
    if household is None:
        return changes.insert(
            Household, session.actor, group=group, number=number,
            address=form.address.strip(), hukou_type=form.hukou_type,
        )
    if household.group_id != group.id:
        raise RegisterError([Problem(
            "household_number",
            _t("户编号{h}属于另一个村民小组").format(h=number),
        )])
    updates = {"hukou_type": form.hukou_type}
    if form.address.strip():
        updates["address"] = form.address.strip()
    changes.update(household, session.actor, **updates)
    return household


def person_fields(checked: Checked, household: Household) -> dict:
    form = checked.form
    full, initials = pinyin_keys(form.name.strip())
    return {
        "household": household,
        "relation": form.relation,
        "name": form.name.strip(),
        "pinyin": full,
        "initials": initials,
        "sex": "F",
        "birth_date": checked.birth_date,
        "id_number": checked.id_number,
        "phone": form.phone.strip() or None,
    }


def card_fields(form: WomanForm) -> dict:
    return {
        "residence": form.residence,
        "origin": form.origin.strip(),
        "destination": form.destination.strip(),
        "contact_person": form.contact_person.strip(),
        "contact_phone": form.contact_phone.strip(),
        "marital_status": form.marital_status,
        # current_status is not here: it is derived from her episodes and events (app.status).
    }


def marriage_fields(session: Session, form: WomanForm) -> dict | None:
    if not (form.husband_name.strip() or form.husband_id_number.strip() or form.marriage_date):
        return None
    husband_id = None
    if form.husband_id_number.strip():
        husband_id = idnumber.parse(form.husband_id_number).number
    husband = None
    if husband_id:
        husband = Person.get_or_none(
            (Person.id_number == husband_id) & (Person.site_code == session.site_code)
            & (Person.voided == False)  # noqa: E712
        )
    return {
        "husband": husband,
        "husband_name": form.husband_name.strip() or (husband.name if husband else ""),
        "husband_id_number": husband_id,
        "kind": form.marriage_kind,
        "start_date": form.marriage_date,
    }


def _raise_if(problems: list[Problem]) -> None:
    if problems:
        raise RegisterError(problems)


def add_woman(session: Session, form: WomanForm, *, today: dt.date | None = None) -> WomanCard:
    session.require("edit_register")
    today = today or dt.date.today()
    checked, problems = validate_woman(form, session.site_code, today=today)
    _raise_if(problems)
    assert checked is not None
    with database.atomic():
        household = _household(session, form)
        person = changes.insert(Person, session.actor, **person_fields(checked, household))
        if form.relation == "head" and household.head_id is None:
            changes.update(household, session.actor, head=person)
        registered = form.registered_date or today
        # The status she states is recorded as the episode or event that yields it, before the
        # card, so the card is written once with the derived status.
        status.initial_status(session, person, form.current_status, registered)
        card = changes.insert(
            WomanCard, session.actor, person=person, registered_date=registered,
            current_status=status.derive(person.id, today), **card_fields(form),
        )
        marriage = marriage_fields(session, form)
        if marriage:
            changes.insert(Marriage, session.actor, wife=person, **marriage)
        # Imported here: app.due builds on this module (ages, birthdays).
        from app import due

        due.recompute_for_person(person.id, today)
    return card


def card_by_uuid(card_uuid: str) -> WomanCard:
    card = WomanCard.get_or_none(WomanCard.uuid == card_uuid)
    if card is None:
        raise RegisterError([Problem("name", _t("找不到这条登记记录"))])
    return card


def require_owner(session: Session, row: WomanCard) -> None:
    """Only the site that owns a row changes it: at the township the villages' cards arrive by
    sync and are read-only there (their village edits them and the change comes back)."""
    if row.site_code != session.site_code:
        raise RegisterError([Problem("name", _t(
            "这条登记属于站点{s}，只能由该站点修改（本站点：{own}）").format(s=row.site_code, own=session.site_code))])


def owned_card(session: Session, card_uuid: str) -> WomanCard:
    """The card to change, refusing one owned by another site."""
    card = card_by_uuid(card_uuid)
    require_owner(session, card)
    return card


def current_marriage(person: Person) -> Marriage | None:
    return (
        Marriage.select()
        .where((Marriage.wife == person) & (Marriage.voided == False) & Marriage.end_date.is_null())  # noqa: E712
        .order_by(Marriage.id.desc())
        .first()
    )


def form_of(card: WomanCard) -> WomanForm:
    """The form that describes a card as it stands (for the edit dialog)."""
    person = card.person
    household = person.household
    marriage = current_marriage(person)
    return WomanForm(
        name=person.name,
        id_number=person.id_number or "",
        birth_date=person.birth_date,
        phone=person.phone or "",
        group_number=household.group.number if household else None,
        household_number=household.number if household else "",
        address=household.address if household else "",
        hukou_type=household.hukou_type if household else "rural",
        relation=person.relation,
        residence=card.residence,
        origin=card.origin,
        destination=card.destination,
        contact_person=card.contact_person,
        contact_phone=card.contact_phone,
        marital_status=card.marital_status,
        current_status=card.current_status,
        husband_name=marriage.husband_name if marriage else "",
        husband_id_number=(marriage.husband_id_number or "") if marriage else "",
        marriage_kind=marriage.kind if marriage else "first",
        marriage_date=marriage.start_date if marriage else None,
        registered_date=card.registered_date,
    )


def update_woman(
    session: Session, card_uuid: str, form: WomanForm, *, today: dt.date | None = None
) -> dict[str, dict]:
    """Save an edited form; returns the diffs written per table ({} when nothing changed)."""
    session.require("edit_register")
    card = owned_card(session, card_uuid)
    if card.voided:
        raise RegisterError([Problem("name", _t("已作废的记录不能修改"))])
    person = card.person
    checked, problems = validate_woman(
        form, session.site_code, today=today, exclude_person_id=person.id
    )
    _raise_if(problems)
    assert checked is not None
    written: dict[str, dict] = {}
    with database.atomic():
        household = _household(session, form)
        written["person"] = changes.update(person, session.actor, **person_fields(checked, household))
        written["card"] = changes.update(card, session.actor, **card_fields(form))
        wanted = marriage_fields(session, form)
        marriage = current_marriage(person)
        if wanted and marriage:
            written["marriage"] = changes.update(marriage, session.actor, **wanted)
        elif wanted:
            changes.insert(Marriage, session.actor, wife=person, **wanted)
            written["marriage"] = {"new": [None, True]}
    return {k: v for k, v in written.items() if v}


def void_woman(session: Session, card_uuid: str, reason: str) -> None:
    """Void an entry made in error (the person and her card). Exits use exit_woman instead."""
    session.require("edit_register")
    card = owned_card(session, card_uuid)
    with database.atomic():
        changes.void(card, session.actor, reason)
        person = card.person
        if not person.voided:
            changes.void(person, session.actor, reason)


def exit_woman(session: Session, card_uuid: str, reason: str, date: dt.date) -> None:
    """Card exit (注销): reached 50, moved out, died, transferred. The woman stays on file."""
    session.require("edit_register")
    if reason not in EXIT_REASON:
        raise RegisterError([Problem("exit_reason", _t("“{v}”不是可选的注销原因").format(v=reason))])
    card = owned_card(session, card_uuid)
    _raise_if(exit_problems(card))
    with database.atomic():
        write_exit(session, card, reason, date)


def exit_problems(card: WomanCard) -> list[Problem]:
    if card.exit_reason:
        return [Problem("exit_reason", _t("此卡已注销"))]
    return []


def write_exit(session: Session, card: WomanCard, reason: str, date: dt.date) -> None:
    """The writes of a card exit, inside the caller's transaction (exit_woman, life events)."""
    changes.update(card, session.actor, exit_reason=reason, exit_date=date)
    person = card.person
    if reason == "died":
        changes.update(person, session.actor, alive=False, death_date=date)
    elif reason in ("moved_out", "transferred"):
        changes.update(person, session.actor, moved_out_date=date)


def apply_age_exits(session: Session, today: dt.date | None = None) -> int:
    """Women who have turned 50 leave the active register on their birthday, staying on file."""
    today = today or dt.date.today()
    cutoff = birthday_at(today, -REGISTER_EXIT_AGE)
    due = (
        WomanCard.select(WomanCard, Person)
        .join(Person)
        .where(
            WomanCard.exit_reason.is_null() & (WomanCard.voided == False)  # noqa: E712
            & (Person.birth_date <= cutoff) & (WomanCard.site_code == session.site_code)
        )
    )
    count = 0
    with database.atomic():
        for card in due:
            changes.update(
                card, session.actor, exit_reason="reached_50",
                exit_date=birthday_at(card.person.birth_date, REGISTER_EXIT_AGE),
            )
            count += 1
    return count


def blank_form(**overrides: object) -> WomanForm:
    return replace(WomanForm(), **overrides)
