"""app.status.status_on for many women at once (a township's return derives 200,000 statuses).

The same four rules as app/status.py, replayed from one scan of the status events and method
episodes dated up to the day; tests/test_return_status.py asserts it agrees with status_on for
every woman of a demo village on several dates.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable
from dataclasses import dataclass

from app.codes import DECLARED_STATUS
from app.due_plan import execute
from app.returns.base import hints, json_text


def _iso(value: object) -> str:
    return value if isinstance(value, str) else str(value)


@dataclass
class StatusFacts:
    """What the four rules read, for every person, up to one day (independent of who is asked
    about, so it can be read while the register base loads)."""

    pregnancy: dict[int, str]  # last pregnancy event's kind
    running: dict[int, str]  # method of the latest episode running on the day
    declared: dict[int, tuple[str, str | None]]  # last declaration: (date, declared status)
    ended: dict[int, str]  # last end of an episode or a pregnancy


def statuses_on(person_ids: Iterable[int], day: dt.date) -> dict[int, str]:
    """{person_id: status code on day} for each person (no_method when nothing is recorded)."""
    return derive_statuses(status_facts(day), set(person_ids))


def status_facts(day: dt.date) -> StatusFacts:
    """Each rule is one query whose rows come in (date, id) order, so "the last one wins" is a
    plain dict assignment, as in derive()."""
    plus, _ = hints()  # whole-table reads, in table order rather than through the voided index
    d = day.isoformat()
    pregnancy: dict[int, str] = {}
    for pid, kind in execute(
        "SELECT person_id, kind FROM life_event WHERE kind IN ('pregnancy_registered', 'pregnancy_outcome') "
        f"AND date <= ? AND {plus}voided = FALSE ORDER BY date, id", [d],
    ):
        pregnancy[pid] = kind
    running: dict[int, str] = {}
    for pid, method in execute(
        f"SELECT person_id, method FROM method_episode WHERE {plus}start_date <= ? "
        "AND (end_date IS NULL OR end_date > ?) "
        f"AND {plus}voided = FALSE ORDER BY {plus}start_date, id", [d, d],
    ):
        running[pid] = method
    declared: dict[int, tuple[str, str | None]] = {}
    for pid, date, status in execute(
        f"SELECT person_id, date, {json_text('detail', 'status')} FROM life_event WHERE kind = 'status_declared' AND date <= ? "
        f"AND {plus}voided = FALSE ORDER BY date, id", [d],
    ):
        declared[pid] = (_iso(date), status)
    # A declaration stops holding once an episode or a pregnancy ends after it.
    ended: dict[int, str] = {}
    for pid, last in execute(
        f"SELECT person_id, MAX(end_date) FROM method_episode WHERE end_date <= ? AND {plus}voided = FALSE "
        "GROUP BY person_id", [d],
    ):
        ended[pid] = _iso(last)
    for pid, last in execute(
        "SELECT person_id, MAX(date) FROM life_event WHERE kind = 'pregnancy_outcome' AND date <= ? "
        f"AND {plus}voided = FALSE GROUP BY person_id", [d],
    ):
        if _iso(last) > ended.get(pid, ""):
            ended[pid] = _iso(last)
    return StatusFacts(pregnancy, running, declared, ended)


def derive_statuses(facts: StatusFacts, wanted: set[int]) -> dict[int, str]:
    pregnancy, running, declared, ended = facts.pregnancy, facts.running, facts.declared, facts.ended
    # Lowest precedence first, each rule overwriting the one before: no record, a declaration,
    # a running method, a pregnancy (only the women asked for, each rule's few rows in Python).
    out: dict[int, str] = dict.fromkeys(wanted, "no_method")
    for pid in wanted & declared.keys():
        when, status = declared[pid]
        if status in DECLARED_STATUS and ended.get(pid, "") <= when:
            out[pid] = status
    for pid in wanted & running.keys():
        out[pid] = running[pid]
    for pid in wanted & pregnancy.keys():
        if pregnancy[pid] == "pregnancy_registered":
            out[pid] = "pregnant"
    return out
