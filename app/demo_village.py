"""The demo village as it is generated in memory: households of grandparents, a couple and their
children, every link consistent, births and the status mix adjusted to the ratios of SPEC §1.

app/demo.py writes it into a new database file; this module holds no database code. Content is
deterministic for a seed; UUIDs are random (seeded from the OS) so two demo files never collide
in sync.
"""

from __future__ import annotations

import datetime as dt
import os
import random
from collections.abc import Sequence
from typing import TypeVar

from app import demo_names as dn
from app import idnumber
from app.codes import REGISTER_EXIT_AGE, REGISTER_MIN_AGE
from app.register import age_on

T = TypeVar("T")
YEAR = 365.2425
# Target ratios (SPEC §1): married women 15–49 per person, births per person per year,
# boys per girl at birth.
BIRTH_RATE = 0.0135
P_BOY = 106.5 / 206.5
# Status mix of 182 married women in one community (SPEC §1), in order of assignment.
STATUS_MIX = (
    ("menopausal", 16), ("infertile", 5), ("pregnant", 5), ("waiting", 10),
    ("female_sterilisation", 12), ("male_sterilisation", 2), ("condom", 27),
)
STATUS_TOTAL = 182



# UUIDs are not part of the seeded content: seeded from the OS so two demo files never share one.
_uuid_rng = random.Random(os.urandom(16))


def _uuid() -> str:
    h = f"{(_uuid_rng.getrandbits(128) & ~(0xF000 << 64) & ~(0xC << 60)) | (0x4000 << 64) | (0x8 << 60):032x}"
    return f"{h[:8]}-{h[8:12]}-{h[12:16]}-{h[16:20]}-{h[20:]}"


_VARIANT = {c: "89ab"[int(c, 16) & 3] for c in "0123456789abcdef"}


def _uuids(n: int) -> list[str]:
    """n version-4 UUIDs at once: one hex string sliced, a third of the cost of one call each."""
    h = _uuid_rng.randbytes(16 * n).hex()
    v = _VARIANT
    return [f"{h[i:i + 8]}-{h[i + 8:i + 12]}-4{h[i + 13:i + 16]}-{v[h[i + 16]]}{h[i + 17:i + 20]}-{h[i + 20:i + 32]}"
            for i in range(0, 32 * n, 32)]


class _IdMaker:
    """idnumber.make for 300k people: the weighted sums of each area code, each birth date and
    each sequence number are computed once, and a person's number is three lookups and a sum."""

    def __init__(self) -> None:
        w = idnumber.WEIGHTS
        self._w = w
        self._areas: dict[str, tuple[str, int]] = {}
        self._dates: dict[dt.date, tuple[str, int]] = {}
        self._sequences = [
            (f"{n:03d}", sum(int(d) * x for d, x in zip(f"{n:03d}", w[14:], strict=True))) for n in range(1000)
        ]

    def __call__(self, area: str, birth: dt.date, sequence: int) -> str:
        a = self._areas.get(area)
        if a is None:
            a = self._areas[area] = (area, sum(int(d) * x for d, x in zip(area, self._w[:6], strict=True)))
        b = self._dates.get(birth)
        if b is None:
            digits = f"{birth.year:04d}{birth.month:02d}{birth.day:02d}"
            b = self._dates[birth] = (digits, sum(int(d) * x for d, x in zip(digits, self._w[6:14], strict=True)))
        seq, seq_total = self._sequences[sequence]
        return f"{a[0]}{b[0]}{seq}{idnumber.CHECK_CHARS[(a[1] + b[1] + seq_total) % 11]}"


class _P:
    """A person while the village is being generated."""

    __slots__ = (
        "sex", "birth", "name", "relation", "mother", "father", "order", "phone", "id_number",
        "marital", "spouse", "marriages", "children", "household", "residence", "row_id", "area",
        "moved_in", "status", "age",
    )

    def __init__(self, sex: str, birth: dt.date, name: str, area: str = dn.HOME_AREA):
        self.sex = sex
        self.birth = birth
        self.name = name
        self.relation = "other"
        self.mother: _P | None = None
        self.father: _P | None = None
        self.order: int | None = None
        self.phone: str | None = None
        self.id_number: str | None = None
        self.marital = "single"
        self.spouse: _P | None = None
        # (husband or None, husband_name, kind, start, end, end_reason)
        self.marriages: list[tuple] = []
        self.children: list[_P] = []
        self.household: _H | None = None
        self.residence: tuple[str, str, str, str, str] | None = None
        self.row_id = 0
        self.area = area
        self.moved_in: dt.date | None = None
        self.status: str | None = None
        self.age = 0  # on the demo's today, once births are final


class _H:
    __slots__ = ("members", "hukou", "residence", "row_id", "group", "number")

    def __init__(self) -> None:
        self.members: list[_P] = []
        self.hukou = "rural"
        self.residence = "resident"
        self.row_id = 0
        self.group = 0
        self.number = ""


class _Village:
    """Generates households until the register of women 15–49 has the wanted size."""

    def __init__(self, rng: random.Random, today: dt.date):
        self.rng = rng
        self.today = today
        self.households: list[_H] = []
        self.people = 0
        self._boys = 0
        self._young = 0
        self._random = rng.random
        # Weighted choices as flat pools: random.choices is the slowest call in a 100k build.
        self._surnames = [s for s, w in dn.SURNAMES for _ in range(w)]
        self._wife_ages = [a for a, w in zip(range(20, 50), [3] * 5 + [5] * 20 + [4] * 5, strict=True)
                           for _ in range(w)]
        self._kids = [k for k, w in zip((0, 1, 2, 3), (6, 38, 48, 8), strict=True) for _ in range(w)]

    # -- people ---------------------------------------------------------------------------
    def surname(self) -> str:
        return self.pick(self._surnames)

    def pick(self, seq: Sequence[T]) -> T:
        return seq[int(self._random() * len(seq))]

    def given(self, sex: str, birth: dt.date) -> str:
        rng = self.rng
        if birth.year < 1970 and rng.random() < 0.6:
            return self.pick(dn.OLD_FEMALE if sex == "F" else dn.OLD_MALE)
        chars = dn.FEMALE_CHARS if sex == "F" else dn.MALE_CHARS
        if rng.random() < 0.2:
            return self.pick(chars)
        return self.pick(chars) + self.pick(chars)

    def born_ago(self, years: float) -> dt.date:
        return self.today - dt.timedelta(days=int(years * YEAR))

    def adult(self, sex: str, age: int, surname: str | None = None, area: str = dn.HOME_AREA) -> _P:
        birth = self.born_ago(age + self.rng.random())
        return _P(sex, birth, (surname or self.surname()) + self.given(sex, birth), area)

    def child_sex(self, birth: dt.date) -> str:
        """Children under 18 take turns from a low-discrepancy sequence, so the sex ratio at
        birth is on target even for a small village; older ones are random."""
        if (self.today - birth).days >= 18 * YEAR:
            return "M" if self.rng.random() < P_BOY else "F"
        self._young += 1
        boy = int(self._young * P_BOY) > self._boys
        self._boys += boy
        return "M" if boy else "F"

    def child(self, mother: _P, father: _P | None, birth: dt.date, surname: str) -> _P:
        sex = self.child_sex(birth)
        kid = _P(sex, birth, surname + self.given(sex, birth))
        kid.mother, kid.father = mother, father
        mother.children.append(kid)
        kid.order = len(mother.children)
        return kid

    def marry(self, wife: _P, husband: _P | None, husband_name: str, start: dt.date, kind: str = "first",
              end: dt.date | None = None, end_reason: str | None = None) -> None:
        wife.marriages.append((husband, husband_name, kind, start, end, end_reason))
        if end is None:
            wife.marital = "married"
            wife.spouse = husband
            if husband is not None:
                husband.marital = "married"
        else:
            wife.marital = "divorced" if end_reason == "divorce" else "widowed"

    def bear(self, mother: _P, father: _P | None, surname: str, married: dt.date, wanted: int) -> None:
        """Children of a woman since her marriage, spaced 2–5 years, none after 42."""
        age = (married - mother.birth).days / YEAR + 1 + self.rng.random()
        for _ in range(wanted):
            if age > 42:
                break
            birth = mother.birth + dt.timedelta(days=int(age * YEAR))
            if birth > self.today:
                break
            self.child(mother, father, birth, surname)
            age += 2 + self.rng.random() * 3

    # -- households -----------------------------------------------------------------------
    def young_family(self) -> _H:
        rng = self.rng
        h = _H()
        surname = self.surname()
        wife_age = self.pick(self._wife_ages)
        wife = self.adult("F", wife_age, area=self.pick((dn.HOME_AREA, *dn.NEARBY_AREAS)))
        husband = self.adult("M", wife_age + self.pick((-1, 0, 1, 1, 2, 2, 3, 4)), surname)
        married_at = rng.uniform(20, min(wife_age, 28))
        married = wife.birth + dt.timedelta(days=int(married_at * YEAR))
        if rng.random() < 0.06:
            # Remarried: an earlier marriage ended in divorce before this one began.
            first = wife.birth + dt.timedelta(days=int(20 * YEAR))
            if first < married - dt.timedelta(days=400):
                self.marry(wife, None, self.surname() + self.given("M", husband.birth), first,
                           end=married - dt.timedelta(days=200), end_reason="divorce")
                self.marry(wife, husband, husband.name, married, kind="remarriage")
            else:
                self.marry(wife, husband, husband.name, married)
        else:
            self.marry(wife, husband, husband.name, married)
        self.bear(wife, husband, surname, married, self.pick(self._kids))
        elders: list[_P] = []
        if rng.random() < 0.24:
            gf = self.adult("M", age_on(husband.birth, self.today) + rng.randint(24, 32), surname)
            gm = self.adult("F", age_on(gf.birth, self.today) - rng.randint(0, 4))
            gf_alive = age_on(gf.birth, self.today) < 75 or rng.random() < 0.5
            start = gm.birth + dt.timedelta(days=int(rng.uniform(19, 23) * YEAR))
            husband.mother, husband.father = gm, gf
            husband.order = self.pick((1, 1, 2, 3))
            if gf_alive:
                self.marry(gm, gf, gf.name, start)
                elders = [gf, gm]
            else:
                death = self.today - dt.timedelta(days=rng.randint(100, 3000))
                self.marry(gm, None, gf.name, start, end=death, end_reason="death")
                husband.father = None
                elders = [gm]
        if elders and elders[0].sex == "M" and rng.random() < 0.3:
            elders[0].relation, elders[1].relation = "head", "spouse"
            husband.relation, wife.relation = "son", "daughter_in_law"
            kid_relation = {"M": "grandchild", "F": "grandchild"}
        else:
            husband.relation, wife.relation = "head", "spouse"
            for e in elders:
                e.relation = "parent"
            kid_relation = {"M": "son", "F": "daughter"}
        h.members = [*elders, husband, wife]
        for kid in wife.children:
            age = age_on(kid.birth, self.today)
            # Grown children mostly marry out or set up their own household elsewhere.
            if age >= 22 and rng.random() < 0.8:
                continue
            kid.relation = kid_relation[kid.sex]
            h.members.append(kid)
        return h

    def elder_family(self) -> _H:
        rng = self.rng
        h = _H()
        surname = self.surname()
        wife_age = rng.randint(50, 84)
        wife = self.adult("F", wife_age)
        husband = self.adult("M", wife_age + rng.randint(0, 4), surname)
        start = wife.birth + dt.timedelta(days=int(rng.uniform(19, 24) * YEAR))
        widowed = rng.random() < (0.35 if wife_age > 65 else 0.08)
        if widowed:
            death = self.today - dt.timedelta(days=rng.randint(100, 5000))
            self.marry(wife, None, husband.name, start, end=death, end_reason="death")
            wife.relation = "head"
            h.members = [wife]
        else:
            self.marry(wife, husband, husband.name, start)
            husband.relation, wife.relation = "head", "spouse"
            h.members = [husband, wife]
        if wife_age <= 62 and rng.random() < 0.45:
            # An unmarried grown child still at home.
            at = rng.uniform(max(22.0, wife_age - 34), min(36.0, wife_age - 16))
            birth = wife.birth + dt.timedelta(days=int(at * YEAR))
            kid = self.child(wife, None if widowed else husband, birth, surname)
            kid.order = rng.randint(1, 3)
            kid.relation = "son" if kid.sex == "M" else "daughter"
            h.members.append(kid)
        return h

    def single_mother(self) -> _H:
        rng = self.rng
        h = _H()
        wife = self.adult("F", rng.randint(25, 49))
        husband_name = self.surname() + self.given("M", wife.birth)
        surname = husband_name[0]
        married = wife.birth + dt.timedelta(days=int(rng.uniform(20, 24) * YEAR))
        self.bear(wife, None, surname, married, self.pick((1, 1, 2)))
        end = max(married + dt.timedelta(days=800), self.today - dt.timedelta(days=rng.randint(100, 4000)))
        reason = "divorce" if rng.random() < 0.6 else "death"
        self.marry(wife, None, husband_name, married, end=min(end, self.today), end_reason=reason)
        wife.relation = "head"
        h.members = [wife]
        for kid in wife.children:
            kid.relation = "son" if kid.sex == "M" else "daughter"
            h.members.append(kid)
        return h

    def migrant_woman(self) -> _H:
        """An unmarried woman who came to work here, living on her own."""
        rng = self.rng
        h = _H()
        woman = self.adult("F", rng.randint(18, 34), area=self.pick(dn.FAR_AREAS))
        woman.relation = "head"
        h.members = [woman]
        h.residence = "in_migrant"
        return h

    def bachelor(self) -> _H:
        h = _H()
        man = self.adult("M", self.rng.randint(25, 70))
        man.relation = "head"
        h.members = [man]
        return h

    def household(self) -> _H:
        kind = self.rng.random()
        if kind < 0.76:
            h = self.young_family()
        elif kind < 0.90:
            h = self.elder_family()
        elif kind < 0.95:
            h = self.single_mother()
        elif kind < 0.98:
            h = self.migrant_woman()
        else:
            h = self.bachelor()
        return h

    def women_in(self, h: _H) -> int:
        return sum(1 for p in h.members if p.sex == "F" and REGISTER_MIN_AGE <= age_on(p.birth, self.today)
                   < REGISTER_EXIT_AGE)

    def build(self, women: int) -> None:
        count = 0
        while count < women:
            h = self.household()
            n = self.women_in(h)
            if count + n > women:
                # Too big to fit: the last few places go to women living on their own.
                h = self.migrant_woman()
                n = 1
            count += n
            self.add(h)

    def add(self, h: _H) -> None:
        for p in h.members:
            p.household = h
        self.households.append(h)
        self.people += len(h.members)

    def dismantle(self, *lists: list) -> None:
        """Unlink the people and households (and empty the given lists of people), so that
        reference counting frees them now: as a web of a million linked objects they would wait
        for a full garbage collection, half a second at 100,000 women."""
        for h in self.households:
            for p in h.members:
                p.mother = p.father = p.spouse = p.household = None
                p.children = p.marriages = []
            h.members = []
        for people in lists:
            people.clear()
        self.households = []

    # -- adjustments to the documented ratios ---------------------------------------------
    def persons(self):
        for h in self.households:
            yield from h.members

    def adjust_births(self) -> None:
        """Make births in the last 365 days equal BIRTH_RATE × population."""
        rng = self.rng
        year_ago = self.today - dt.timedelta(days=365)
        recent = [p for p in self.persons() if p.mother is not None and p.birth > year_ago]
        target = round(BIRTH_RATE * self.people)
        if len(recent) > target:
            # Children are spaced two years or more, so a year earlier never crowds a sibling.
            for kid in rng.sample(recent, len(recent) - target):
                kid.birth -= dt.timedelta(days=365)
            return
        want = target - len(recent)
        mothers = [
            p for p in self.persons()
            if p.sex == "F" and p.marital == "married" and p.spouse is not None
            and 22 <= age_on(p.birth, self.today) <= 38 and len(p.children) < 3
            and all(c.birth < self.today - dt.timedelta(days=2 * 365) for c in p.children)
        ]
        rng.shuffle(mothers)
        for mother in mothers[: max(0, round(want * (1 + BIRTH_RATE)))]:
            birth = self.today - dt.timedelta(days=rng.randint(0, 364))
            surname = mother.spouse.name[0] if mother.spouse else mother.name[0]
            kid = self.child(mother, mother.spouse, birth, surname)
            grand = mother.relation == "daughter_in_law"
            kid.relation = "grandchild" if grand else ("son" if kid.sex == "M" else "daughter")
            h = mother.household
            assert h is not None
            h.members.append(kid)
            kid.household = h
            self.people += 1

    def assign_residence(self) -> None:
        rng = self.rng
        for p in self.persons():
            p.age = age_on(p.birth, self.today)
        for h in self.households:
            r = rng.random()
            if h.residence == "resident":
                if r < 0.015:
                    h.residence = "family_away"
                elif r < 0.02:
                    h.residence = "registered_only"
                elif r < 0.05:
                    h.residence = "in_migrant"
            h.hukou = "urban" if rng.random() < 0.05 else "rural"
            origin = self.pick(dn.ORIGINS)
            moved_in = self.today - dt.timedelta(days=rng.randint(60, 4000))
            for p in h.members:
                if h.residence == "in_migrant":
                    p.moved_in = moved_in
                    if p.sex == "F" and p.mother is None:
                        p.area = self.pick(dn.FAR_AREAS)
                if p.sex != "F" or p.age < REGISTER_MIN_AGE:
                    continue
                if h.residence == "in_migrant":
                    p.residence = ("in_migrant", origin, "", "", "")
                elif h.residence == "family_away":
                    where = self.pick(dn.DESTINATIONS) if rng.random() < 0.5 else ""
                    p.residence = ("family_away", "", where, "", "")
                elif h.residence == "registered_only":
                    p.residence = ("registered_only", "", "", "", "")
                elif p.age >= 18 and rng.random() < 0.09:
                    contact = next((m for m in h.members if m is not p and m.age >= 18),
                                   None)
                    name = contact.name if contact else self.surname() + self.given("M", p.birth)
                    phone = (contact.phone if contact and contact.phone else None) or self.phone()
                    p.residence = ("out_migrant", "", self.pick(dn.DESTINATIONS), name, phone)

    def phone(self) -> str:
        return f"1{self.pick('3578')}{int(self._random() * 1e9):09d}"

    def assign_phones_and_ids(self) -> None:
        rng = self.rng
        serial: dict[tuple[str, dt.date, str], int] = {}
        make = _IdMaker()
        random_ = rng.random
        for p in self.persons():
            age = p.age
            if p.sex == "F" and REGISTER_MIN_AGE <= age < REGISTER_EXIT_AGE:
                has_phone = age >= 16 and random_() < 0.92
            elif age >= 18:
                has_phone = random_() < (0.8 if age < 70 else 0.4)
            else:
                has_phone = False
            p.phone = self.phone() if has_phone else p.phone
            if (age < 1 and random_() < 0.5) or random_() < 0.004:
                continue  # newborns waiting for their ID, and a few never recorded
            key = (p.area, p.birth, p.sex)
            k = serial.get(key)
            if k is None:
                k = int(random_() * 60)
            serial[key] = k + 1
            sequence = 2 * k + (1 if p.sex == "M" else 2)
            p.id_number = make(p.area, p.birth, sequence % 1000)

    def assign_statuses(self) -> list[_P]:
        """Give married women 15–49 the SPEC §1 status mix, each status to women it fits."""
        rng = self.rng
        today = self.today
        married = [
            p for p in self.persons()
            if p.sex == "F" and p.marital == "married"
            and REGISTER_MIN_AGE <= p.age < REGISTER_EXIT_AGE
        ]
        pool = list(married)
        rng.shuffle(pool)
        n = len(married)
        year_ago = today - dt.timedelta(days=365)

        def fits(status: str, p: _P) -> bool:
            age = p.age
            if status == "menopausal":
                return age >= 45
            if status == "infertile":
                return not p.children and age >= 24
            if status in ("pregnant", "waiting"):
                return age <= 38 and all(c.birth < year_ago for c in p.children) and len(p.children) < 3
            if status in ("female_sterilisation", "male_sterilisation"):
                return age >= 30 and len(p.children) >= 2
            return True

        for status, share in STATUS_MIX:
            quota = round(n * share / STATUS_TOTAL)
            chosen = [p for p in pool if fits(status, p)][:quota]
            if len(chosen) < quota:
                taken = set(map(id, chosen))
                chosen += [p for p in pool if id(p) not in taken][: quota - len(chosen)]
            for p in chosen:
                p.status = status
            pool = [p for p in pool if p.status is None]
        for p in pool:
            p.status = "iud"
        return married
