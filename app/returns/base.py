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
    married: set[int] = field(default_factory=set)
    # Whose card says married but who have no marriage record at all.
    married_without_record: set[int] = field(default_factory=set)
    id_bad: set[int] = field(default_factory=set)  # women whose ID number is missing or invalid

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


def json_text(column: str, key: str) -> str:
    """SQL for the text of one key of a JSON text column (decoded by the database, off the GIL)."""
    # An empty text reads as no value, as json.loads(detail or "{}") read it.
    if isinstance(database.obj, pw.SqliteDatabase):
        return f"json_extract(NULLIF({column}, ''), '$.{key}')"
    return f"(CAST(NULLIF({column}, '') AS json) ->> '{key}')"


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


def _old_residence(day: dt.date) -> dict[int, str]:
    """residence_at by person id (the few changed cards looked up by UUID)."""
    by_card = residence_at(day)
    found: dict[int, str] = {}
    cards = list(by_card)
    for i in range(0, len(cards), 500):
        part = cards[i:i + 500]
        marks = ",".join("?" * len(part))
        for pid, uuid in execute(f"SELECT person_id, uuid FROM woman_card WHERE uuid IN ({marks}) AND voided = FALSE", part):
            found[pid] = by_card[uuid]
    return found


def _women_sql(period: Period, site_code: str | None) -> tuple[str, list]:
    """FROM … WHERE … of the women the return counts: on the register at the period's end and
    aged 15–49 then (aliases c: card, p: person). Cards first, see hints(). created_at < the next
    day is DATE(created_at) <= the day for ISO text, without a date function per card."""
    end = period.end
    oldest = birthday_at(end, -REGISTER_EXIT_AGE).isoformat()  # born on/before: 50 or older
    youngest = birthday_at(end, -REGISTER_MIN_AGE).isoformat()  # born after: under 15
    plus, cross = hints()
    sql = (
        f" FROM woman_card c {cross} person p ON p.id = c.person_id WHERE {plus}c.voided = FALSE "
        f"AND {plus}p.voided = FALSE AND COALESCE(c.registered_date, c.created_at) < ? "
        "AND (c.exit_date IS NULL OR c.exit_date > ?) AND p.birth_date > ? AND p.birth_date <= ?"
    )
    params = [(end + dt.timedelta(days=1)).isoformat(), end.isoformat(), oldest, youngest]
    if site_code is not None:
        sql += " AND c.site_code = ?"
        params.append(site_code)
    return sql, params


def invalid_ids(period: Period, site_code: str | None) -> set[int]:
    """The women counted whose ID number is missing or fails its check character. A query of its
    own: the check is the costliest part of reading the register, and the database runs it on the
    other core while Python builds the base."""
    id_ok_sql = ID_OK_SQL if database.param == "?" else ID_OK_SQL.replace("%", "%%")  # psycopg's % escape
    women, params = _women_sql(period, site_code)
    return {pid for (pid,) in execute(f"SELECT p.id{women} AND NOT COALESCE({id_ok_sql}, FALSE)", params)}


def load_base(period: Period, site_code: str | None) -> Base:
    """Who is counted, her residence and marriage at the end (without id_bad: invalid_ids)."""
    base = Base(period, site_code)
    d = period.end.isoformat()
    women, params = _women_sql(period, site_code)
    # Her marriages are looked up in the covering index marriage_wife_dates (db/models_returns.py)
    # rather than read whole; the column is NULL without any marriage record, else 1 when one of
    # them runs on the day.
    rows = execute(
        "SELECT p.id, p.uuid, c.residence, (SELECT MAX(CASE WHEN (m.start_date IS NULL OR m.start_date <= ?) "
        "AND (m.end_date IS NULL OR m.end_date > ?) THEN 1 ELSE 0 END) "
        f"FROM marriage m WHERE m.wife_id = p.id AND m.voided = FALSE), c.marital_status = 'married'{women}",
        [d, d, *params],
    ).fetchall()
    # Comprehensions, one per attribute: 300,000 rows cost a fraction of one loop doing it all.
    base.women = {r[0]: r[1] for r in rows}
    base.residence = {r[0]: r[2] for r in rows}
    old_residence = _old_residence(period.end)
    for pid, residence in old_residence.items():
        if pid in base.residence:
            base.residence[pid] = residence
    base.married = {r[0] for r in rows if r[3]}
    base.married_without_record = {r[0] for r in rows if r[4] and r[3] is None}
    return base
