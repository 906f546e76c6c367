"""A woman's contraceptive/reproductive status, derived from her dated episodes and events (SPEC §3).

The status is never typed: it is replayed from the method episodes and the pregnancy and
declared-status events, so the status on any past date can be recomputed identically (old
monthly returns). WomanCard.current_status only caches today's value for filtering.

Rules (docs/services-api.md), events of one date taken in order of entry:
1. pregnant while the last pregnancy_registered/pregnancy_outcome event so far is a registration;
2. else the method of the episode running that day (latest start wins);
3. else the latest status_declared, unless an episode or a pregnancy ended after it;
4. else no_method.
"""

from __future__ import annotations

import datetime as dt
import json
from collections.abc import Iterable
from typing import Any

from app.auth import SYSTEM_USERNAME, Session
from app.codes import DECLARED_STATUS, METHODS, STATUS
from db import changes
from db.models import Person, WomanCard
from db.models_services import LifeEvent, MethodEpisode

# Event kinds that bear on the status; other kinds (moves, marriage, …) do not.
STATUS_EVENTS = ("pregnancy_registered", "pregnancy_outcome", "status_declared")


def _as_date(value: Any) -> dt.date:
    return value if isinstance(value, dt.date) else dt.date.fromisoformat(str(value))


def derive(person_id: int, day: dt.date) -> str | None:
    """The status on day, or None when nothing about her status is recorded up to that day."""
    events = list(
        LifeEvent.select(LifeEvent.kind, LifeEvent.date, LifeEvent.detail)
        .where(
            (LifeEvent.person == person_id) & (LifeEvent.date <= day)
            & LifeEvent.kind.in_(STATUS_EVENTS) & (LifeEvent.voided == False)  # noqa: E712
        )
        .order_by(LifeEvent.date, LifeEvent.id)
        .tuples()
    )
    episodes = list(
        MethodEpisode.select(MethodEpisode.method, MethodEpisode.start_date, MethodEpisode.end_date)
        .where(
            (MethodEpisode.person == person_id) & (MethodEpisode.start_date <= day)
            & (MethodEpisode.voided == False)  # noqa: E712
        )
        .order_by(MethodEpisode.start_date, MethodEpisode.id)
        .tuples()
    )
    if not events and not episodes:
        return None
    pregnancy = [(kind, _as_date(d)) for kind, d, _ in events if kind != "status_declared"]
    if pregnancy and pregnancy[-1][0] == "pregnancy_registered":
        return "pregnant"
    running = [m for m, start, end in episodes if end is None or _as_date(end) > day]
    if running:
        return running[-1]  # ordered by start: the latest start wins
    declared = [(_as_date(d), detail) for kind, d, detail in events if kind == "status_declared"]
    if declared:
        when, detail = declared[-1]
        ended_after = any(end is not None and when < _as_date(end) <= day for _, _, end in episodes) or any(
            kind == "pregnancy_outcome" and when < d for kind, d in pregnancy
        )
        status = json.loads(detail or "{}").get("status")
        if not ended_after and status in DECLARED_STATUS:
            return status
    return "no_method"


def status_on(person_id: int, day: dt.date) -> str:
    """Her status on day (a codes.STATUS code)."""
    return derive(person_id, day) or "no_method"


def refresh_card_status(
    person_id: int, today: dt.date | None = None, *, actor: changes.Actor | None = None
) -> str | None:
    """Store today's derived status in her card's cache; returns it.

    A woman with nothing recorded keeps an empty status (not stated), as a register entry
    without a status always had, rather than an asserted no_method. actor: who made the change
    that moved the status (the services pass theirs); the system operator otherwise."""
    today = today or dt.date.today()
    card = WomanCard.get_or_none(WomanCard.person == person_id)
    status = derive(person_id, today)
    if card is not None and card.current_status != status:
        changes.update(card, actor or changes.Actor(SYSTEM_USERNAME, card.site_code), current_status=status)
    return status


def _episode_row(person_id: int, status: str, day: dt.date) -> dict[str, Any]:
    return {"person": person_id, "method": status, "start_date": day}


def _event_row(person_id: int, status: str, day: dt.date) -> dict[str, Any]:
    if status == "pregnant":
        return {"person": person_id, "kind": "pregnancy_registered", "date": day, "detail": "{}"}
    return {
        "person": person_id, "kind": "status_declared", "date": day,
        "detail": json.dumps({"status": status}),
    }


def _check_status(status: str) -> None:
    if status not in STATUS:
        raise ValueError(f"unknown status {status!r}")


def initial_status(session: Session, person: Person, status: str | None, day: dt.date) -> MethodEpisode | LifeEvent | None:
    """Record a status stated at registration as the episode or event that yields it.

    Runs inside the caller's transaction; the caller refreshes the card afterwards."""
    if not status:
        return None
    _check_status(status)
    if status in METHODS:
        return changes.insert(MethodEpisode, session.actor, **_episode_row(person.id, status, day))
    return changes.insert(LifeEvent, session.actor, **_event_row(person.id, status, day))


def initial_status_rows(
    items: Iterable[tuple[int, str | None, dt.date]],
) -> tuple[list[dict[str, Any]], list[dict[str, Any]]]:
    """Bulk form of initial_status for db.bulk.insert_rows (import, demo).

    items: (person_id, status, day). Returns (episode rows, event rows). A woman registered
    with one of these rows has, from day on, exactly the stated status: callers may store it
    in the card's current_status directly instead of deriving it row by row."""
    episodes: list[dict[str, Any]] = []
    events: list[dict[str, Any]] = []
    for person_id, status, day in items:
        if not status:
            continue
        _check_status(status)
        if status in METHODS:
            episodes.append(_episode_row(person_id, status, day))
        else:
            events.append(_event_row(person_id, status, day))
    return episodes, events


def write_initial_status(actor: changes.Actor, items: Iterable[tuple[int, str | None, dt.date]]) -> None:
    """initial_status_rows written with db.bulk.insert_rows (inside the caller's transaction)."""
    from db import bulk

    episodes, events = initial_status_rows(items)
    bulk.insert_rows(MethodEpisode, actor, episodes)
    bulk.insert_rows(LifeEvent, actor, events)
