"""`fpreg demo`: incentive families (see app/demo_extras.py).

Ten families written on top of the generated village so that every example scheme has
candidates, and some families further along: reviewed, on a notice that has ended, approved by
the township and paid for the current period (one in cash); one application awaiting review.
The generated village yields candidates of its own too (elderly couples with one child at home).

Written with db.bulk from rows planned in memory (the rules run on an in-memory register of just
these families), so it costs the same few milliseconds at 300 or 100,000 women; going through
the services would read the whole village several times.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from app.demo_extras import DemoContext
from app.idnumber import make
from app.incentives.engine import Person as RulePerson
from app.incentives.engine import Register, evaluate, ymd
from app.incentives.periods import bounds, period_of
from app.incentives.schemes import SchemeBook, ensure_seeded
from app.names import pinyin_keys
from db import bulk, changes
from db.base import new_uuid
from db.changes import Actor
from db.models import Household, Marriage, Person, Site, VillageGroup
from db.models_incentives import (
    Approval,
    Enrolment,
    NoticeEntry,
    Payment,
    PaymentBatch,
    PersonFact,
    PublicNotice,
)

TOWNSHIP = "T001"
# Who goes the whole way to payment, and who pays in cash.
PAID = ("钱有福", "孙秀兰", "冯长海", "陈桂芝", "秦淑珍", "吕晓燕", "张丽娟")
CASH = ("陈桂芝",)
APPLICANT = "韩守义"


@dataclass
class _Kid:
    name: str
    sex: str
    age: tuple[int, int]
    died_years_ago: int | None = None
    disability: int | None = None


def _ago(today: dt.date, years: int, days: int = 0) -> dt.date:
    try:
        day = today.replace(year=today.year - years)
    except ValueError:  # 29 February
        day = today.replace(year=today.year - years, day=28)
    return day - dt.timedelta(days=days)


# (father, father's age, mother, mother's age, children, honour certificate); an age is
# (years, days more), so (60, -30) is someone who turns 60 in 30 days.
FAMILIES = [
    # Rural FP family reward: one child, two daughters, no surviving child; one father 59.
    ("钱有福", (66, 0), "孙秀兰", (63, 0), [_Kid("钱丽", "F", (38, 0))], False),
    ("冯长海", (71, 0), "陈桂芝", (69, 0), [_Kid("冯燕", "F", (45, 0)), _Kid("冯霞", "F", (42, 0))], False),
    ("褚德胜", (64, 0), "卫玉兰", (62, 0), [_Kid("褚勇", "M", (40, 0), died_years_ago=6)], False),
    ("蒋福全", (60, -30), "沈凤英", (58, 0), [_Kid("蒋红", "F", (33, 0))], False),
    ("韩守义", (68, 0), "杨翠花", (66, 0), [_Kid("韩梅", "F", (40, 0))], False),
    # Special assistance: the only child died; the only child disabled (grade 2).
    ("朱建军", (56, 0), "秦淑珍", (52, 0), [_Kid("朱磊", "M", (27, 0), died_years_ago=3)], False),
    ("尤志刚", (55, 0), "许美华", (50, 0), [_Kid("尤佳", "F", (24, 0), disability=2)], False),
    # Only-child parents' reward: one child under 18 with the honour certificate.
    ("何志明", (38, 0), "吕晓燕", (36, 0), [_Kid("何欣怡", "F", (9, 0))], True),
    ("施建华", (40, 0), "张丽娟", (39, 0), [_Kid("施浩然", "M", (12, 0))], True),
    ("孔令军", (42, 0), "曹小红", (41, 0), [_Kid("孔雪", "F", (16, 0))], True),
]


def add_to_demo(ctx: DemoContext) -> None:
    rng = ctx.rng("incentives")
    actor, today = ctx.actor, ctx.today
    site = Site.get(Site.code == ctx.site_code)
    if site.kind == "village" and not site.parent_code:
        # Approvals and payments are the township's rows: the demo village belongs to T001.
        changes.update(site, actor, parent_code=TOWNSHIP)
    township = Actor(actor.username, site.parent_code or TOWNSHIP)
    ensure_seeded(ctx.site_code)
    groups = dict(VillageGroup.select(VillageGroup.number, VillageGroup.id)
                  .where(VillageGroup.site_code == ctx.site_code).tuples())
    numbers = sorted(groups)[:3] or [None]

    # -- the families ------------------------------------------------------------------------
    hh_id, p_id = bulk.next_id(Household), bulk.next_id(Person)
    households, persons, marriages, facts, heads = [], [], [], [], []
    mem: dict[int, RulePerson] = {}
    children: dict[int, list[int]] = {}
    spouse: dict[int, int] = {}
    disability: dict[int, int] = {}
    honour: set[int] = set()
    hukou: dict[int, tuple[str, int | None, str]] = {}
    births: dict[int, dt.date] = {}
    seq = 600

    def person(hh: int, name: str, sex: str, birth: dt.date, relation: str, *, mother=None, father=None,
               death=None, order=None) -> int:
        nonlocal p_id, seq
        seq += 2
        pid, p_id = p_id, p_id + 1
        pinyin, initials = pinyin_keys(name)
        row = {"id": pid, "uuid": new_uuid(), "household": hh, "relation": relation, "name": name,
               "pinyin": pinyin, "initials": initials, "sex": sex, "birth_date": birth,
               "id_number": make("110101", birth, seq + (1 if sex == "M" else 0)), "alive": death is None,
               "death_date": death, "mother": mother, "father": father, "birth_order": order}
        persons.append(row)
        mem[pid] = RulePerson(pid, row["uuid"], hh, name, sex, ymd(birth), death is None, ymd(death), None, mother,
                              father, row["id_number"], ctx.site_code)
        births[pid] = birth
        return pid

    for n, (dad, dad_age, mum, mum_age, kids, certificate) in enumerate(FAMILIES, 1):
        group = numbers[rng.randrange(len(numbers))]
        hid, hh_id = hh_id, hh_id + 1
        number = f"JF{n:02d}"
        households.append({"id": hid, "uuid": new_uuid(), "group": groups.get(group), "number": number,
                           "address": f"{group}组{number}", "hukou_type": "rural"})
        hukou[hid] = ("rural", group, number)
        f = person(hid, dad, "M", _ago(today, *dad_age), "head")
        m = person(hid, mum, "F", _ago(today, *mum_age), "spouse")
        heads.append((hid, f))
        spouse[f], spouse[m] = m, f
        married = _ago(today, mum_age[0] - 22)
        marriages.append({"uuid": new_uuid(), "wife": m, "husband": f, "husband_name": dad,
                          "husband_id_number": mem[f].id_number, "kind": "first", "start_date": married})
        for order, kid in enumerate(kids, 1):
            death = _ago(today, kid.died_years_ago) if kid.died_years_ago else None
            k = person(hid, kid.name, kid.sex, _ago(today, *kid.age), "son" if kid.sex == "M" else "daughter",
                       mother=m, father=f, death=death, order=order)
            children.setdefault(m, []).append(k)
            children.setdefault(f, []).append(k)
            if kid.disability:
                disability[k] = kid.disability
                facts.append({"uuid": new_uuid(), "person": k, "kind": "disability", "grade": kid.disability,
                              "certificate_no": f"D{k:07d}", "date": births[k]})
        if certificate:
            honour.add(m)
            facts.append({"uuid": new_uuid(), "person": m, "kind": "honour_certificate",
                          "certificate_no": f"H{m:07d}", "date": births[children[m][0]]})
    bulk.insert_rows(Household, actor, households)
    bulk.insert_rows(Person, actor, persons)
    bulk.fill_nulls(Household, actor, "head", heads)
    bulk.insert_rows(Marriage, actor, marriages)
    bulk.insert_rows(PersonFact, actor, facts)

    # -- their cases -----------------------------------------------------------------------------
    register = Register(mem, children, hukou, spouse, disability, honour)
    book = SchemeBook()
    found = evaluate(today, register=register, book=book).candidates
    notice_start = today - dt.timedelta(days=40)
    notice_end = notice_start + dt.timedelta(days=6)
    approved_on, paid_on = today - dt.timedelta(days=30), today - dt.timedelta(days=20)
    e_id = bulk.next_id(Enrolment)
    enrolments, entries, approvals, pays = [], [], [], []
    for f in found:
        if f.name not in PAID and f.name != APPLICANT:
            continue
        eid, e_id = e_id, e_id + 1
        paid = f.name in PAID
        cash = f.name in CASH
        enrolments.append({
            "id": eid, "uuid": new_uuid(), "person": f.person_id, "household": mem[f.person_id].household,
            "scheme_code": f.scheme_code, "source": "rules" if paid else "application",
            "stage": "on_notice" if paid else "applied",
            "applied_date": notice_start - dt.timedelta(days=5) if paid else today - dt.timedelta(days=3),
            "reviewed_date": notice_start - dt.timedelta(days=2) if paid else None,
            "reviewed_by": actor.username if paid else None, "method": "cash" if cash else "bank_card",
            "bank_account": "" if cash else f"6217{rng.randrange(10**12):012d}"})
        if not paid:
            continue
        scheme = book.in_force(f.scheme_code, today)
        period = period_of(scheme.rhythm, paid_on)
        entries.append({"uuid": new_uuid(), "enrolment": eid,
                        "amount_fen": scheme.period_amount(period_of(scheme.rhythm, notice_start),
                                                           register.facts(f.person_id, notice_start))})
        approvals.append({"uuid": new_uuid(), "enrolment": eid, "decision": "approved", "date": approved_on,
                          "officer": actor.username})
        pays.append((eid, f, scheme, period, cash))
    bulk.insert_rows(Enrolment, actor, enrolments)
    notice_id = bulk.insert_rows(PublicNotice, actor, [{
        "uuid": new_uuid(), "title": "奖励扶助对象公示", "start_date": notice_start, "end_date": notice_end,
        "place": "村委会公开栏及村计生服务室", "contact": "村计生专干"}])[0]
    for entry in entries:
        entry["notice"] = notice_id
    bulk.insert_rows(NoticeEntry, actor, entries)
    bulk.insert_rows(Approval, township, approvals)

    batches: dict[tuple[str, str, str], int] = {}
    b_id = bulk.next_id(PaymentBatch)
    batch_rows, payment_rows = [], []
    for eid, f, scheme, period, cash in pays:
        method = "cash" if cash else "bank_card"
        key = (scheme.code, period, method)
        if key not in batches:
            batches[key] = b_id
            batch_rows.append({"id": b_id, "uuid": new_uuid(), "scheme_code": scheme.code, "period": period,
                               "paid_date": paid_on, "method": method,
                               "reference": f"{'XJ' if cash else 'YH'}{paid_on:%Y%m}{len(batches):02d}"})
            b_id += 1
        payment_rows.append({
            "uuid": new_uuid(), "batch": batches[key], "enrolment": eid, "person": f.person_id,
            "scheme_code": scheme.code, "scheme_version": scheme.version, "period": period, "kind": "payment",
            "correction": 0,
            "amount_fen": scheme.period_amount(period, register.facts(f.person_id, bounds(period)[0])),
            "method": method, "reference": batch_rows[batches[key] - batch_rows[0]["id"]]["reference"],
            "paid_date": paid_on})
    bulk.insert_rows(PaymentBatch, township, batch_rows)
    bulk.insert_rows(Payment, township, payment_rows)
