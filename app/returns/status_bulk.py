"""app.status.status_on for many women at once (a township's return derives 200,000 statuses).

The same four rules as app/status.py, replayed from one scan of the status events and method
episodes dated up to the day; tests/test_return_status.py asserts it agrees with status_on for
every woman of a demo village on several dates.
"""

from __future__ import annotations

import datetime as dt
import json
from collections.abc import Iterable

from app.codes import DECLARED_STATUS
from app.due_plan import execute
from app.status import STATUS_EVENTS


def _iso(value: object) -> str:
    return value if isinstance(value, str) else str(value)


class _State:
    __slots__ = ("preg", "running", "running_key", "declared_on", "declared", "last_end", "last_outcome", "seen")

    def __init__(self) -> None:
        self.preg: str | None = None  # kind of the latest pregnancy event so far
        self.running: str | None = None
        self.running_key: tuple[str, int] = ("", -1)
        self.declared_on: str | None = None
        self.declared: str | None = None
        self.last_end: str = ""  # latest episode end on or before the day
        self.last_outcome: str = ""  # latest pregnancy outcome on or before the day
        self.seen = False


def statuses_on(person_ids: Iterable[int], day: dt.date) -> dict[int, str]:
    """{person_id: status code on day} for each person (no_method when nothing is recorded)."""
    wanted = set(person_ids)
    d = day.isoformat()
    states: dict[int, _State] = {}
    kinds = ",".join(f"'{k}'" for k in STATUS_EVENTS)
    # Events in (date, id) order, so the last one written for a person wins, as in derive().
    for pid, kind, date, detail in execute(
        f"SELECT person_id, kind, date, detail FROM life_event WHERE kind IN ({kinds}) "
        "AND date <= ? AND voided = FALSE ORDER BY date, id", [d],
    ):
        if pid not in wanted:
            continue
        st = states.get(pid)
        if st is None:
            st = states[pid] = _State()
        st.seen = True
        date = _iso(date)
        if kind == "status_declared":
            st.declared_on = date
            st.declared = json.loads(detail or "{}").get("status")
        else:
            st.preg = kind
            if kind == "pregnancy_outcome" and date > st.last_outcome:
                st.last_outcome = date
    for pid, eid, method, start, end in execute(
        "SELECT person_id, id, method, start_date, end_date FROM method_episode "
        "WHERE start_date <= ? AND voided = FALSE", [d],
    ):
        if pid not in wanted:
            continue
        st = states.get(pid)
        if st is None:
            st = states[pid] = _State()
        st.seen = True
        start = _iso(start)
        if end is None or _iso(end) > d:
            key = (start, eid)
            if key > st.running_key:
                st.running_key = key
                st.running = method
        else:
            end = _iso(end)
            if end > st.last_end:
                st.last_end = end
    out: dict[int, str] = {}
    for pid in wanted:
        st = states.get(pid)
        if st is None:
            out[pid] = "no_method"
        elif st.preg == "pregnancy_registered":
            out[pid] = "pregnant"
        elif st.running is not None:
            out[pid] = st.running
        elif (
            st.declared_on is not None and st.declared in DECLARED_STATUS
            and not st.last_end > st.declared_on and not st.last_outcome > st.declared_on
        ):
            out[pid] = st.declared
        else:
            out[pid] = "no_method"
    return out
