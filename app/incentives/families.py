"""A family written straight into the register (a household, the parents, their children, the
marriage and certificates), for the demo and for rule tests that need families built to sit
exactly on a boundary. Writes through db.changes like any entry."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field

from app.idnumber import make
from app.names import pinyin_keys
from db import changes
from db.changes import Actor
from db.models import Household, Marriage, Person, VillageGroup
from db.models_incentives import PersonFact


@dataclass
class Kid:
    name: str
    sex: str
    birth: dt.date
    death: dt.date | None = None
    disability: int | None = None


@dataclass
class Family:
    household: Household
    father: Person | None
    mother: Person | None
    children: list[Person] = field(default_factory=list)


_sequence = [500]


def _person(actor: Actor, household: Household, name: str, sex: str, birth: dt.date, relation: str, *,
            mother: Person | None = None, father: Person | None = None, death: dt.date | None = None,
            order: int | None = None, area: str = "110101") -> Person:
    _sequence[0] = _sequence[0] % 996 + 2
    seq = _sequence[0] + (1 if sex == "M" else 0)
    pinyin, initials = pinyin_keys(name)
    return changes.insert(
        Person, actor, household=household.id, relation=relation, name=name, pinyin=pinyin, initials=initials,
        sex=sex, birth_date=birth, id_number=make(area, birth, seq), alive=death is None, death_date=death,
        mother=mother.id if mother else None, father=father.id if father else None, birth_order=order)


def add_family(actor: Actor, *, number: str, group: int = 1, hukou: str = "rural",
               father: tuple[str, dt.date] | None = None, mother: tuple[str, dt.date] | None = None,
               children: list[Kid] = (), honour: bool = False, married: dt.date | None = None) -> Family:
    g = VillageGroup.get((VillageGroup.site_code == actor.site_code) & (VillageGroup.number == group))
    hh = changes.insert(Household, actor, group=g.id, number=number, address=f"{group}组{number}号",
                        hukou_type=hukou)
    dad = _person(actor, hh, father[0], "M", father[1], "head") if father else None
    mum = _person(actor, hh, mother[0], "F", mother[1], "spouse" if dad else "head") if mother else None
    changes.update(hh, actor, head=(dad or mum).id)
    if dad and mum:
        changes.insert(Marriage, actor, wife=mum.id, husband=dad.id, husband_name=dad.name,
                       husband_id_number=dad.id_number, start_date=married or mum.birth_date.replace(
                           year=mum.birth_date.year + 22))
    fam = Family(hh, dad, mum)
    for order, kid in enumerate(sorted(children, key=lambda k: k.birth), 1):
        child = _person(actor, hh, kid.name, kid.sex, kid.birth, "son" if kid.sex == "M" else "daughter",
                        mother=mum, father=dad, death=kid.death, order=order)
        fam.children.append(child)
        if kid.disability:
            changes.insert(PersonFact, actor, person=child.id, kind="disability", grade=kid.disability,
                           certificate_no=f"D{child.id:06d}", date=kid.birth)
    if honour:
        holder = mum or dad
        changes.insert(PersonFact, actor, person=holder.id, kind="honour_certificate",
                       certificate_no=f"H{holder.id:06d}", date=fam.children[0].birth_date if fam.children
                       else holder.birth_date)
    return fam
