"""Who the return counts: the women on the register at the period's end, as the records say.

Everything is read by its dates (registration, exit, birth, marriage start/end) rather than by the
current state, so a past period recomputes identically; the one register field without a date,
residence, is taken as it stood at the period's end from the change log.
"""

from __future__ import annotations

import datetime as dt
import json
from dataclasses import dataclass, field

import peewee as pw

from app.codes import REGISTER_EXIT_AGE, REGISTER_MIN_AGE
from app.due_plan import execute
from app.register import birthday_at
from app.returns.periods import Period
from db.connection import database


def iso(value: object) -> str | None:
    if value is None:
        return None
    return value if isinstance(value, str) else str(value)


# The ID check of GB 11643-1999 in SQL (weights 7 9 10 5 8 4 2 1 6 3 7 9 10 5 8 4 2, sum mod 11
# indexes "10X98765432"): run by the database, 300,000 numbers cost nothing in Python.
_WEIGHTS = (7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2)
ID_OK_SQL = (
    "(LENGTH(p.id_number) = 18 AND SUBSTR('10X98765432', ("
    + " + ".join(f"CAST(SUBSTR(p.id_number, {i + 1}, 1) AS INTEGER) * {w}" for i, w in enumerate(_WEIGHTS))
    + ") % 11 + 1, 1) = UPPER(SUBSTR(p.id_number, 18, 1)))"
)


@dataclass
class Base:
    period: Period
    site_code: str | None
    women: dict[int, str] = field(default_factory=dict)  # on the register at the end, 15–49: id → UUID
    residence: dict[int, str] = field(default_factory=dict)  # her residence at the end
    id_ok: set[int] = field(default_factory=set)  # women whose ID number is valid
    married: set[int] = field(default_factory=set)
    card_married: set[int] = field(default_factory=set)  # whose card says married
    recorded_marriage: set[int] = field(default_factory=set)  # with any marriage record at all

    def site_sql(self, alias: str) -> tuple[str, list]:
        if self.site_code is None:
            return "", []
        return f" AND {alias}.site_code = ?", [self.site_code]


def hints() -> tuple[str, str]:
    """(NOINDEX, CROSS) for the return's queries: SQLite, which has no statistics here, would read
    the low-selectivity voided indexes (row by row, in random order) and may start a join from the
    wrong table; a unary + keeps a column off its index and CROSS JOIN fixes the join order.
    PostgreSQL plans from its statistics and knows neither form."""
    if isinstance(database.obj, pw.SqliteDatabase):
        return "+", "CROSS JOIN"
    return "", "JOIN"


def residence_at(day: dt.date) -> dict[str, str]:
    """{card uuid: residence it had at the end of day}, for the cards whose residence was changed
    later (the change log keeps the old value; the earliest later change holds it)."""
    after = (day + dt.timedelta(days=1)).isoformat()
    found: dict[str, str] = {}
    # Sorted here, not by ORDER BY seq: that tempts SQLite into a whole-log scan in seq order
    # instead of the partial index of card updates (db/models_returns.py).
    rows = sorted(execute(
        "SELECT seq, row_uuid, diff FROM change_log WHERE at >= ? AND table_name = 'woman_card' "
        "AND op = 'update' AND diff LIKE ?", [after, '%"residence"%'],  # %: a parameter for psycopg
    ))
    for _seq, row_uuid, diff in rows:
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
    # One pass over the cards (cards first, see hints()); her marriages are looked up in the
    # covering index marriage_wife_dates (db/models_returns.py) rather than read whole; the last
    # column is NULL without any marriage record, else 1 when one of them runs on the day.
    # created_at < the next day is DATE(created_at) <= the day for ISO text, without a date
    # function per card.
    plus, cross = hints()
    id_ok_sql = ID_OK_SQL if database.param == "?" else ID_OK_SQL.replace("%", "%%")  # psycopg's % escape
    rows = execute(
        f"SELECT p.id, p.uuid, c.uuid, c.residence, {id_ok_sql}, c.marital_status, "
        "(SELECT MAX(CASE WHEN (m.start_date IS NULL OR m.start_date <= ?) "
        "AND (m.end_date IS NULL OR m.end_date > ?) THEN 1 ELSE 0 END) "
        "FROM marriage m WHERE m.wife_id = p.id AND m.voided = FALSE) "
        f"FROM woman_card c {cross} person p ON p.id = c.person_id WHERE {plus}c.voided = FALSE "
        f"AND {plus}p.voided = FALSE "
        "AND COALESCE(c.registered_date, c.created_at) < ? "
        "AND (c.exit_date IS NULL OR c.exit_date > ?) AND p.birth_date > ? AND p.birth_date <= ?" + where,
        [d, d, (end + dt.timedelta(days=1)).isoformat(), d, oldest, youngest, *params],
    ).fetchall()
    # Comprehensions, one per attribute: 300,000 rows cost a fraction of one loop doing it all.
    base.women = {r[0]: r[1] for r in rows}
    if old_residence:
        base.residence = {r[0]: old_residence.get(r[2], r[3]) for r in rows}
    else:
        base.residence = {r[0]: r[3] for r in rows}
    base.id_ok = {r[0] for r in rows if r[4]}
    base.card_married = {r[0] for r in rows if r[5] == "married"}
    base.recorded_marriage = {r[0] for r in rows if r[6] is not None}
    base.married = {r[0] for r in rows if r[6]}
    return base
