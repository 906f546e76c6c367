"""The eligibility engine: every parent on the register against every scheme version in force.

The register is read in a handful of set-based queries into plain tuples (persons, households,
marriages, facts, enrolments) and evaluated in Python: a query per household would take minutes
on a township's 30,000 households, this takes about a second (bench/bench_incentives.py).
Explanations (one line per condition) are only built for the people shown.
"""

from __future__ import annotations

import datetime as dt
from collections import defaultdict
from dataclasses import dataclass, field

from app.i18n import translate
from app.incentives.codes import ACTIVE_STAGES
from app.incentives.rules import Check, Facts, explain
from app.incentives.schemes import Scheme, SchemeBook
from db.connection import database


def _t(text: str) -> str:
    return translate("incentives", text)


@dataclass(slots=True)
class Person:
    """Dates as YYYYMMDD integers: (day - birth) // 10000 is the age in whole years, with the
    birthday rule built in, and no date objects to build for a township's 100,000 people."""

    id: int
    uuid: str
    household: int | None
    name: str
    sex: str
    birth: int | None
    alive: bool
    death: int | None
    moved_out: int | None
    mother: int | None
    father: int | None
    id_number: str | None
    site_code: str


def ymd(day: dt.date | None) -> int | None:
    return None if day is None else day.year * 10000 + day.month * 100 + day.day


# A stored date (text YYYY-MM-DD…) as the integer YYYYMMDD, computed by SQLite.
_YMD = "CAST(REPLACE(substr({c}, 1, 10), '-', '') AS INTEGER)"


@dataclass
class Register:
    """The parts of the register the rules read, in memory."""

    persons: dict[int, Person]
    children: dict[int, list[int]]
    households: dict[int, tuple[str, int | None, str]]  # id → (hukou, group number, number)
    spouse: dict[int, int]
    disability: dict[int, int]
    honour: set[int]
    # (person id, scheme code) → (enrolment uuid, stage) of the open (not exited) enrolment
    enrolled: dict[tuple[int, str], tuple[str, str]] = field(default_factory=dict)

    @classmethod
    def load(cls, site_code: str | None = None) -> Register:
        """The whole register (of one site, or every site in the database)."""
        where = " AND p.site_code = ?" if site_code else ""
        return cls._load(where, (site_code,) if site_code else (), None)

    @classmethod
    def load_for(cls, person_ids: list[int]) -> Register:
        """Just enough for the facts of some people: them, their spouses, their children and the
        children's other parent (a payment or a notice needs a few people, not the village)."""
        ids = set(person_ids)
        if not ids:
            return cls._load(" AND 0", (), set())
        marks = ",".join("?" * len(ids))
        for wife, husband in database.execute_sql(
                f"SELECT wife_id, husband_id FROM marriage WHERE voided = 0 AND husband_id IS NOT NULL "
                f"AND (wife_id IN ({marks}) OR husband_id IN ({marks}))", (*ids, *ids)).fetchall():
            ids.update((wife, husband))
        marks = ",".join("?" * len(ids))
        parents = set()
        for mother, father in database.execute_sql(
                f"SELECT mother_id, father_id FROM person WHERE mother_id IN ({marks}) OR father_id IN ({marks})",
                (*ids, *ids)).fetchall():
            parents.update(x for x in (mother, father) if x is not None)
        ids |= parents
        marks = ",".join("?" * len(ids))
        return cls._load(f" AND (p.id IN ({marks}) OR p.mother_id IN ({marks}) OR p.father_id IN ({marks}))",
                         (*ids, *ids, *ids), ids)

    @classmethod
    def _load(cls, where: str, params: tuple, only: set[int] | None) -> Register:
        cur = database.execute_sql(
            f"SELECT p.id, p.uuid, p.household_id, p.name, p.sex, {_YMD.format(c='p.birth_date')}, p.alive, "
            f"{_YMD.format(c='p.death_date')}, {_YMD.format(c='p.moved_out_date')}, p.mother_id, p.father_id, "
            f"p.id_number, p.site_code FROM person p WHERE p.voided = 0{where}", params)
        persons: dict[int, Person] = {}
        children: dict[int, list[int]] = defaultdict(list)
        for r in cur.fetchall():
            p = Person(*r)
            persons[p.id] = p
            if p.mother is not None:
                children[p.mother].append(p.id)
            if p.father is not None:
                children[p.father].append(p.id)
        if only is not None:
            # Children of people outside the set are loaded only as someone's child, not as parents.
            children = defaultdict(list, {k: v for k, v in children.items() if k in only})
        households = {
            r[0]: (r[1], r[2], r[3]) for r in database.execute_sql(
                "SELECT h.id, h.hukou_type, g.number, h.number FROM household h "
                "LEFT JOIN village_group g ON g.id = h.group_id WHERE h.voided = 0").fetchall()
        } if only is None else {
            r[0]: (r[1], r[2], r[3]) for r in database.execute_sql(
                "SELECT h.id, h.hukou_type, g.number, h.number FROM household h "
                "LEFT JOIN village_group g ON g.id = h.group_id WHERE h.id IN "
                f"({','.join('?' * len({p.household for p in persons.values()}))})",
                tuple({p.household for p in persons.values()})).fetchall()
        } if persons else {}
        spouse: dict[int, int] = {}
        known = "" if only is None else f" AND wife_id IN ({','.join('?' * len(persons))})"
        for wife, husband in database.execute_sql(
                "SELECT wife_id, husband_id FROM marriage WHERE voided = 0 AND husband_id IS NOT NULL"
                f"{known} ORDER BY start_date", () if only is None else tuple(persons)).fetchall():
            if only is None or wife in persons or husband in persons:
                spouse[wife] = husband
                spouse[husband] = wife
        disability: dict[int, int] = {}
        honour: set[int] = set()
        for person, kind, grade in database.execute_sql(
                "SELECT person_id, kind, grade FROM person_fact WHERE voided = 0").fetchall():
            if only is not None and person not in persons:
                continue
            if kind == "disability" and grade is not None:
                disability[person] = min(grade, disability.get(person, grade))
            elif kind == "honour_certificate":
                honour.add(person)
        enrolled = {
            (person, code): (uuid, stage) for person, code, uuid, stage in database.execute_sql(
                "SELECT person_id, scheme_code, uuid, stage FROM enrolment "
                "WHERE voided = 0 AND stage <> 'exited' ORDER BY id").fetchall()
        }
        return cls(persons, dict(children), households, spouse, disability, honour, enrolled)

    def facts(self, pid: int, day: dt.date) -> Facts:
        d = ymd(day)
        persons = self.persons
        p = persons[pid]
        surviving = died = daughters = sons = born = 0
        best: int | None = None
        oldest: int | None = None
        mother: Person | None = p if p.sex == "F" else None
        for kid_id in self.children.get(pid, ()):
            k = persons.get(kid_id)
            if k is None or (k.birth is not None and k.birth > d):
                continue
            born += 1
            if k.alive and (k.death is None or k.death > d):
                surviving += 1
            else:
                died += 1
            if k.sex == "F":
                daughters += 1
            elif k.sex == "M":
                sons += 1
            if self.disability:
                grade = self.disability.get(k.id)
                if grade is not None and (best is None or grade < best):
                    best = grade
            if k.birth is not None and (oldest is None or k.birth < oldest):
                oldest = k.birth
            if mother is None and k.mother is not None:
                mother = persons.get(k.mother)
        other = self.spouse.get(pid)
        if mother is None and other is not None:
            mother = persons.get(other)
        honour = pid in self.honour or (other is not None and other in self.honour)
        hh = self.households.get(p.household) if p.household is not None else None
        return Facts(
            pid,
            bool(p.alive) and (p.death is None or p.death > d),
            p.moved_out is not None and p.moved_out <= d,
            None if p.birth is None else (d - p.birth) // 10000,
            hh[0] if hh else None,
            born, surviving, daughters, sons, died, best, honour,
            None if mother is None or mother.birth is None else (d - mother.birth) // 10000,
            None if oldest is None else (d - oldest) // 10000,
        )

    def subjects(self, scheme: Scheme) -> list[int]:
        """Who a scheme is evaluated for: every parent for a per-person scheme; one recipient
        per family (the mother, or the father when the mother is not on the register) for a
        per-household scheme."""
        parents = [pid for pid in self.children if pid in self.persons]
        if scheme.unit == "person":
            return parents
        out = []
        for pid in parents:
            p = self.persons[pid]
            if p.sex == "M" and any(self.persons[k].mother in self.persons
                                    for k in self.children[pid] if k in self.persons):
                continue
            out.append(pid)
        return out


@dataclass(frozen=True)
class Finding:
    """One person under one scheme: a candidate, or an enrolled person who no longer qualifies."""

    kind: str  # candidate | lapsed
    scheme_code: str
    scheme_version: int
    scheme_name: str
    person_id: int
    person_uuid: str
    name: str
    sex: str
    group_number: int | None
    household_number: str
    amount_fen: int  # per payment period of the version in force
    enrolment_uuid: str | None
    stage: str | None


@dataclass
class Evaluation:
    day: dt.date
    register: Register
    book: SchemeBook
    candidates: list[Finding]
    lapsed: list[Finding]
    eligible: dict[str, set[int]]  # scheme code → person ids that qualify

    def explain(self, person_id: int, scheme_code: str) -> list[Check]:
        scheme = self.book.in_force(scheme_code, self.day) or self.book.latest(scheme_code)
        return explain(list(scheme.conditions), self.register.facts(person_id, self.day))


def evaluate(day: dt.date, *, site_code: str | None = None, register: Register | None = None,
             book: SchemeBook | None = None) -> Evaluation:
    from app.incentives.periods import period_of

    register = register or Register.load(site_code)
    book = book or SchemeBook()
    facts_cache: dict[int, Facts] = {}
    candidates: list[Finding] = []
    lapsed: list[Finding] = []
    eligible: dict[str, set[int]] = {}
    for scheme in book.all_in_force(day):
        period = period_of(scheme.rhythm, day)
        ok: set[int] = set()
        for pid in register.subjects(scheme):
            f = facts_cache.get(pid)
            if f is None:
                f = facts_cache[pid] = register.facts(pid, day)
            if scheme.test(f):
                ok.add(pid)
                if (pid, scheme.code) not in register.enrolled:
                    candidates.append(_finding("candidate", scheme, register, pid, f, period, None))
        eligible[scheme.code] = ok
        for (pid, code), (uuid, stage) in register.enrolled.items():
            if code == scheme.code and pid not in ok and pid in register.persons and stage in ACTIVE_STAGES:
                f = facts_cache.get(pid) or register.facts(pid, day)
                lapsed.append(_finding("lapsed", scheme, register, pid, f, period, (uuid, stage)))
    key = _sort_key
    return Evaluation(day, register, book, sorted(candidates, key=key), sorted(lapsed, key=key), eligible)


def _sort_key(f: Finding):
    return (f.scheme_code, f.group_number or 0, f.household_number, f.name)


def _finding(kind: str, scheme: Scheme, register: Register, pid: int, facts: Facts, period: str,
             enrolment: tuple[str, str] | None) -> Finding:
    p = register.persons[pid]
    hh = register.households.get(p.household) if p.household is not None else None
    return Finding(
        kind, scheme.code, scheme.version, scheme.name, pid, p.uuid, p.name, p.sex,
        hh[1] if hh else None, hh[2] if hh else "", scheme.period_amount(period, facts),
        enrolment[0] if enrolment else None, enrolment[1] if enrolment else None,
    )
