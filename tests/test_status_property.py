"""Property tests: the derived status equals a plain replay of her history, and the past is stable."""

from __future__ import annotations

import datetime as dt
import json

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from app.codes import DECLARED_STATUS, METHODS
from app.status import status_on
from db.models import Person
from db.models_services import LifeEvent, MethodEpisode

BASE = dt.date(2020, 1, 1)
SPAN = 40  # days: small, so that many things fall on the same day

_day = st.integers(min_value=0, max_value=SPAN)
_episode = st.tuples(st.just("episode"), _day, st.one_of(st.none(), st.integers(0, SPAN)),
                     st.sampled_from(sorted(METHODS)))
_event = st.one_of(
    st.tuples(st.just("pregnancy_registered"), _day),
    st.tuples(st.just("pregnancy_outcome"), _day),
    st.tuples(st.just("status_declared"), _day, st.sampled_from(sorted(DECLARED_STATUS))),
)
_history = st.lists(st.one_of(_episode, _event), max_size=8)

_STAMP = {"site_code": "V001", "created_by": "t", "updated_by": "t"}


def _person() -> int:
    return Person.create(name="测", pinyin="ce", initials="c", sex="F", **_STAMP).id


def _write(person_id: int, history: list[tuple], shift: int = 0) -> list[dict]:
    """Store the history; returns it as plain records with their entry order (the row id)."""
    records = []
    for item in history:
        start = BASE + dt.timedelta(days=item[1] + shift)
        if item[0] == "episode":
            length = item[2]
            end = None if length is None else start + dt.timedelta(days=length)
            row = MethodEpisode.create(person=person_id, method=item[3], start_date=start, end_date=end, **_STAMP)
            records.append({"kind": "episode", "id": row.id, "start": start, "end": end, "method": item[3]})
        else:
            detail = {"status": item[2]} if item[0] == "status_declared" else {}
            row = LifeEvent.create(person=person_id, kind=item[0], date=start, detail=json.dumps(detail), **_STAMP)
            records.append({"kind": item[0], "id": row.id, "date": start, "status": detail.get("status")})
    return records


def replay(records: list[dict], day: dt.date) -> str:
    """Walk her history in time order as a worker would read the card, independently of app.status.

    On one date: episode starts, then episode ends, then pregnancy events, then declarations;
    within each, the order of entry."""
    happenings = []
    for r in records:
        if r["kind"] == "episode":
            happenings.append((r["start"], 0, r["id"], "start", r))
            if r["end"] is not None:
                happenings.append((r["end"], 1, r["id"], "end", r))
        else:
            phase = 3 if r["kind"] == "status_declared" else 2
            happenings.append((r["date"], phase, r["id"], r["kind"], r))
    pregnant = False
    running: dict[int, dict] = {}
    declared: str | None = None
    for when, _phase, _id, what, r in sorted(happenings, key=lambda h: h[:3]):
        if when > day:
            break
        if what == "start":
            running[r["id"]] = r
        elif what == "end":
            running.pop(r["id"], None)
            declared = None
        elif what == "pregnancy_registered":
            pregnant = True
        elif what == "pregnancy_outcome":
            pregnant = False
            declared = None
        else:
            declared = r["status"]
    if pregnant:
        return "pregnant"
    if running:
        return max(running.values(), key=lambda e: (e["start"], e["id"]))["method"]
    return declared or "no_method"


_settings = settings(max_examples=60, deadline=None, derandomize=True, suppress_health_check=[HealthCheck.function_scoped_fixture])


@_settings
@given(history=_history, days=st.lists(_day, min_size=1, max_size=6))
def test_status_on_equals_replay(db_path, history, days):
    person_id = _person()
    records = _write(person_id, history)
    for offset in days:
        day = BASE + dt.timedelta(days=offset)
        assert status_on(person_id, day) == replay(records, day), (history, day)


@_settings
@given(history=_history, later=_history, cut=_day)
def test_past_status_unchanged_by_later_entries(db_path, history, later, cut):
    person_id = _person()
    _write(person_id, history)
    days = [BASE + dt.timedelta(days=d) for d in range(0, SPAN + 1, 3) if d <= cut]
    before = [status_on(person_id, d) for d in days]
    # Everything added now happens after the cut.
    _write(person_id, later, shift=cut + 1)
    assert [status_on(person_id, d) for d in days] == before
