"""Figures for the monthly return and the notice board (contract with issue 6):

    incentive_figures(start, end, site_code=None) -> list[SchemePeriod]
    paid_without_approval(start, end, site_code=None) -> list[str]  (payment UUIDs)

For each scheme, the payment periods overlapping [start, end] are counted: "approved" are the
people whose case was approved on or before `end` and had not exited before a period began, with
the amount the scheme version in force says for each (person, period); "paid" are the net
payments (reversals subtracted) for those same periods. So the payout rate paid ÷ approved is
about the same people and periods. Amounts are in yuan. site_code filters on the village that
owns the case (approvals and payments belong to the township).
"""

from __future__ import annotations

import datetime as dt
from collections import defaultdict
from dataclasses import dataclass

from app.incentives.engine import Register
from app.incentives.periods import bounds, periods_between
from app.incentives.schemes import SchemeBook
from db.connection import database

_FEW_CASES = 2000


@dataclass(frozen=True)
class SchemePeriod:
    scheme_code: str
    name: str
    approved_people: int
    approved_amount: float
    paid_people: int
    paid_amount: float


def _approved_cases(end: dt.date, site_code: str | None) -> list[tuple[int, int, str, dt.date | None]]:
    """(enrolment id, person id, scheme code, exit date) of cases whose latest decision on or
    before `end` is an approval."""
    where = " AND e.site_code = ?" if site_code else ""
    params: tuple = (end.isoformat(), *((site_code,) if site_code else ()))
    rows = database.execute_sql(
        "SELECT e.id, e.person_id, e.scheme_code, e.exit_date, "
        " (SELECT a.decision FROM approval a WHERE a.enrolment_id = e.id AND a.voided = 0 AND a.date <= ? "
        "  ORDER BY a.date DESC, a.id DESC LIMIT 1) "
        f"FROM enrolment e WHERE e.voided = 0{where}", params).fetchall()
    return [(r[0], r[1], r[2], dt.date.fromisoformat(str(r[3])[:10]) if r[3] else None)
            for r in rows if r[4] == "approved"]


def incentive_figures(start: dt.date, end: dt.date, site_code: str | None = None) -> list[SchemePeriod]:
    book = SchemeBook()
    cases = _approved_cases(end, site_code)
    # The facts of the approved people only: a county has few cases but a million persons.
    # Past a few thousand cases one read of the whole register is cheaper than the IN lists.
    people = sorted({case[1] for case in cases})
    register = (Register.load_for(people) if len(people) <= _FEW_CASES else Register.load(site_code)) \
        if cases else None
    net: dict[tuple[int, str], int] = defaultdict(int)
    for enrolment_id, period, amount in database.execute_sql(
            "SELECT enrolment_id, period, SUM(amount_fen) FROM payment WHERE voided = 0 "
            "GROUP BY enrolment_id, period").fetchall():
        net[(enrolment_id, period)] = amount
    out = []
    for code in book.codes:
        scheme_now = book.in_force(code, end) or book.latest(code)
        periods = periods_between(scheme_now.rhythm, start, end)
        approved_people: set[int] = set()
        paid_people: set[int] = set()
        approved_fen = paid_fen = 0
        for enrolment_id, person_id, scheme_code, exit_date in cases:
            if scheme_code != code:
                continue
            for period in periods:
                first = bounds(period)[0]
                if exit_date is not None and exit_date < first:
                    continue
                version = book.for_period(code, period)
                if version is None:
                    continue
                facts = register.facts(person_id, first) if person_id in register.persons else None
                approved_fen += version.period_amount(period, facts)
                approved_people.add(person_id)
                paid = net.get((enrolment_id, period), 0)
                if paid > 0:
                    paid_fen += paid
                    paid_people.add(person_id)
        out.append(SchemePeriod(code, scheme_now.name, len(approved_people), approved_fen / 100,
                                len(paid_people), paid_fen / 100))
    return out


def paid_without_approval(start: dt.date, end: dt.date, site_code: str | None = None) -> list[str]:
    """Payments (not reversed) dated in [start, end] whose case had no approval in force on the day
    paid. The services refuse these; they can only come from outside (a packet, a hand edit)."""
    where = " AND e.site_code = ?" if site_code else ""
    params: tuple = (start.isoformat(), end.isoformat(), *((site_code,) if site_code else ()))
    rows = database.execute_sql(
        "SELECT p.uuid, "
        " (SELECT a.decision FROM approval a WHERE a.enrolment_id = p.enrolment_id AND a.voided = 0 "
        "  AND a.date <= p.paid_date ORDER BY a.date DESC, a.id DESC LIMIT 1) "
        "FROM payment p JOIN enrolment e ON e.id = p.enrolment_id "
        "WHERE p.voided = 0 AND p.kind = 'payment' AND p.paid_date BETWEEN ? AND ?"
        " AND NOT EXISTS (SELECT 1 FROM payment r WHERE r.reverses_id = p.id)"
        f"{where} ORDER BY p.id", params).fetchall()
    return [uuid for uuid, decision in rows if decision != "approved"]
