"""Visits due: derived from the follow-up rules and each woman's events (SPEC §4).

CONTRACT (stub until the follow-up work lands; signatures are fixed, bodies are not):
- recompute_for_person(person_id, today) is called by every service that changes a woman's
  episodes, procedures, checks, events or visits, inside the same transaction.
- due_list(flt, today) and due_counts(today) serve the due-list screen, `fpreg due` and the
  counts on the main window.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass


@dataclass
class DueFilter:
    # today | week | overdue | missed | all (open items whose window touches the next 7 days,
    # those past their due date, those whose window has closed, or every open item)
    view: str = "week"
    group_number: int | None = None
    visit_type: str | None = None
    site_code: str | None = None


@dataclass(frozen=True)
class DueRow:
    due_id: int
    card_uuid: str | None
    person_id: int
    name: str
    group_number: int | None
    household_number: str | None
    phone: str | None
    visit_type: str
    rule_code: str
    label: str
    due_date: dt.date
    window_start: dt.date
    window_end: dt.date
    state: str  # codes.DUE_STATE: early | due | overdue | missed


def state_on(window_start: dt.date, due_date: dt.date, window_end: dt.date, today: dt.date) -> str:
    """early before the window opens, due up to the due date, overdue while the window is
    still open, missed once it has closed."""
    if today < window_start:
        return "early"
    if today <= due_date:
        return "due"
    if today <= window_end:
        return "overdue"
    return "missed"


def recompute_for_person(person_id: int, today: dt.date | None = None) -> None:
    """Regenerate the open due items of one woman from her events and the rules in force."""


def due_list(flt: DueFilter, today: dt.date | None = None, limit: int | None = None) -> list[DueRow]:
    raise NotImplementedError


def due_counts(today: dt.date | None = None, site_code: str | None = None) -> dict[str, int]:
    """{'today': n, 'week': n, 'overdue': n, 'missed': n} for the main window."""
    raise NotImplementedError
