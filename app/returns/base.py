"""Who the return counts: the women on the register at the period's end, as the records say.

Everything is read by its dates (registration, exit, birth, marriage start/end) rather than by the
current state, so a past period recomputes identically; the one register field without a date,
residence, is taken as it stood at the period's end from the change log.
"""

from __future__ import annotations

import datetime as dt
import json
from dataclasses import dataclass, field

from app.codes import REGISTER_EXIT_AGE, REGISTER_MIN_AGE
from app.due_plan import execute
from app.register import birthday_at
from app.returns.periods import Period


def iso(value: object) -> str | None:
    if value is None:
        return None
    return value if isinstance(value, str) else str(value)


@dataclass
class Woman:
    person_id: int
    person_uuid: str
    card_uuid: str
    residence: str
    id_number: str | None
    site_code: str


@dataclass
class Base:
    period: Period
    site_code: str | None
    women: dict[int, Woman] = field(default_factory=dict)  # on the register at the end, 15–49
    married: set[int] = field(default_factory=set)
    cards: dict[int, str] = field(default_factory=dict)  # every live card of the site: person → registered

    def site_sql(self, alias: str) -> tuple[str, list]:
        if self.site_code is None:
            return "", []
        return f" AND {alias}.site_code = ?", [self.site_code]

    def uuid(self, person_id: int) -> str:
        w = self.women.get(person_id)
        return w.person_uuid if w else ""


def residence_at(day: dt.date) -> dict[str, str]:
    """{card uuid: residence it had at the end of day}, for the cards whose residence was changed
    later (the change log keeps the old value; the earliest later change holds it)."""
    after = (day + dt.timedelta(days=1)).isoformat()
    found: dict[str, str] = {}
    for row_uuid, diff in execute(
        "SELECT row_uuid, diff FROM change_log WHERE at >= ? AND table_name = 'woman_card' "
        "AND op = 'update' AND diff LIKE '%\"residence\"%' ORDER BY seq", [after],
    ):
        if row_uuid in found:
            continue
        old = json.loads(diff).get("residence", [None])[0]
        if old is not None:
            found[row_uuid] = old
    return found


def load_base(period: Period, site_code: str | None) -> Base:
    base = Base(period, site_code)
    end = period.end
    d = end.isoformat()
    oldest = birthday_at(end, -REGISTER_EXIT_AGE).isoformat()  # born on/before: 50 or older
    youngest = birthday_at(end, -REGISTER_MIN_AGE).isoformat()  # born after: under 15
    where, params = base.site_sql("c")
    old_residence = residence_at(end)
    for pid, puuid, cuuid, residence, id_number, site, registered, created, exit_date, birth in execute(
        "SELECT p.id, p.uuid, c.uuid, c.residence, p.id_number, c.site_code, c.registered_date, c.created_at, "
        "c.exit_date, p.birth_date FROM woman_card c JOIN person p ON p.id = c.person_id "
        "WHERE c.voided = FALSE AND p.voided = FALSE" + where, params,
    ):
        reg = iso(registered) or (iso(created) or "")[:10]
        if reg > d:
            continue
        base.cards[pid] = reg
        if exit_date is not None and iso(exit_date) <= d:
            continue
        b = iso(birth)
        if b is None or b <= oldest or b > youngest:
            continue
        base.women[pid] = Woman(pid, puuid, cuuid, old_residence.get(cuuid, residence), id_number, site)
    for (wife,) in execute(
        "SELECT wife_id FROM marriage WHERE voided = FALSE AND (start_date IS NULL OR start_date <= ?) "
        "AND (end_date IS NULL OR end_date > ?)", [d, d],
    ):
        if wife in base.women:
            base.married.add(wife)
    return base
