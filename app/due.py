"""Visits due: derived from the follow-up rules and each woman's events (SPEC §4).

- recompute_for_person(person_id, today) is called by every service that changes a woman's
  episodes, procedures, checks, events or visits, inside the same transaction.
- recompute_all(today) is the same computation for a whole village at once (demo, daily refresh).
- due_list(flt, today) and due_counts(today) serve the due-list screen, `fpreg due` and the
  counts on the main window.

Both recomputes read a woman's facts with the same SQL (app.due_plan.load_facts, filtered to one
person or not) and plan with the same pure function (app.due_plan.plan), so they cannot drift.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from typing import NamedTuple

from db.connection import database
from db.models_services import DueVisit


@dataclass
class DueFilter:
    # today | week | overdue | missed | all (open items whose window is open today, those whose
    # window touches the next 7 days, those past their due date, those whose window has closed,
    # or every open item)
    view: str = "week"
    group_number: int | None = None
    visit_type: str | None = None
    site_code: str | None = None


class DueRow(NamedTuple):
    """One visit due as the lists show it (a named tuple: tens of thousands are built at once,
    several times faster than a frozen dataclass)."""

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


VIEWS = ("today", "week", "overdue", "missed", "all")
# The week view looks this many days ahead (the name of the view, not a follow-up rule).
WEEK_DAYS = 7


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
    from app import due_plan  # app.register imports this module: the planner comes in late
    from app.rules import load_book

    today = today or dt.date.today()
    book = load_book()
    facts = due_plan.load_facts(person_id).get(person_id)
    with database.atomic():
        DueVisit.delete().where((DueVisit.person == person_id) & (DueVisit.status != "done")).execute()
        if facts is not None:
            due_plan.write_items(due_plan.plan(facts, book, today), due_plan.display_of(person_id))


def recompute_all(today: dt.date | None = None) -> int:
    """Every woman's open items at once (same code as recompute_for_person); returns the count
    of items written. Run inside or outside a transaction."""
    from app import due_plan
    from app.rules import load_book

    today = today or dt.date.today()
    book = load_book()
    facts = due_plan.load_facts(None)
    display = due_plan.display_of(None)
    written = 0
    with database.atomic():
        DueVisit.delete().where(DueVisit.status != "done").execute()
        batch: list[due_plan.Item] = []
        for f in facts.values():
            batch += due_plan.plan(f, book, today)
            if len(batch) > 50_000:
                written += due_plan.write_items(batch, display)
                batch = []
        written += due_plan.write_items(batch, display)
    return written


def _view_condition(view: str, today: dt.date) -> tuple[str, list]:
    """SQL over d.window_start first, so that the (status, window_start) index does the work."""
    t = today.isoformat()
    ahead = (today + dt.timedelta(days=WEEK_DAYS)).isoformat()
    if view == "today":
        return "d.window_start <= ? AND d.window_end >= ?", [t, t]
    if view == "week":
        return "d.window_start <= ? AND d.window_end >= ?", [ahead, t]
    if view == "overdue":
        return "d.window_start <= ? AND d.due_date < ? AND d.window_end >= ?", [t, t, t]
    if view == "missed":
        return "d.window_start < ? AND d.window_end < ?", [t, t]
    if view == "all":
        return "1", []
    raise ValueError(f"unknown due view {view!r}; one of {', '.join(VIEWS)}")


# The items carry what the list shows of the woman (DueVisit's display columns), so the list
# is one range of the (status, window_start) index and the rows it points to, with no join.
_LIST_SQL = """
SELECT d.id, d.card_uuid, d.person_id, d.name, d.group_number, d.household_number, d.phone, d.visit_type,
       d.rule_code, d.due_date, d.window_start, d.window_end
FROM due_visit d
WHERE d.status = 'open' AND {where}
  AND d.person_id NOT IN (SELECT person_id FROM woman_card WHERE exit_reason > ''
                          UNION ALL SELECT person_id FROM woman_card WHERE voided = TRUE)
ORDER BY d.due_date, d.id{limit}
"""


def due_list(flt: DueFilter, today: dt.date | None = None, limit: int | None = None) -> list[DueRow]:
    from app.due_plan import execute, rule_labels

    today = today or dt.date.today()
    where, params = _view_condition(flt.view, today)
    if flt.group_number is not None:
        where += " AND d.group_number = ?"
        params.append(flt.group_number)
    if flt.visit_type:
        where += " AND d.visit_type = ?"
        params.append(flt.visit_type)
    if flt.site_code:
        where += " AND d.person_id IN (SELECT person_id FROM woman_card WHERE site_code = ?)"
        params.append(flt.site_code)
    page = ""
    if limit is not None:
        page = " LIMIT ?"
        params.append(int(limit))
    labels = rule_labels()
    # A list holds a few hundred distinct days: each is parsed once, and the state of an item
    # depends only on its three days, so it is worked out once per distinct triple too.
    days: dict = {}
    states: dict = {}

    def parsed(value) -> dt.date:
        d = days.get(value)
        if d is None:
            d = days[value] = dt.date.fromisoformat(value) if isinstance(value, str) else value
        return d

    rows = []
    append = rows.append
    make = DueRow
    for (due_id, card_uuid, person_id, name, group, household, phone, visit_type, rule_code,
         due, start, end) in execute(_LIST_SQL.format(where=where, limit=page), params):
        key = (start, due, end)
        known = states.get(key)
        if known is None:
            s_, d_, e_ = parsed(start), parsed(due), parsed(end)
            known = states[key] = (d_, s_, e_, state_on(s_, d_, e_, today))
        append(make(due_id, card_uuid, person_id, name or "", group, household, phone, visit_type, rule_code,
                    labels.get(rule_code, rule_code), *known))
    return rows


def _by_due_date(row: DueRow) -> tuple[dt.date, int]:
    return row.due_date, row.due_id


def due_counts(today: dt.date | None = None, site_code: str | None = None) -> dict[str, int]:
    """{'today': n, 'week': n, 'overdue': n, 'missed': n} for the main window."""
    today = today or dt.date.today()
    t = today.isoformat()
    ahead = (today + dt.timedelta(days=WEEK_DAYS)).isoformat()
    from app.due_plan import execute

    sums = """
          COALESCE(SUM(CASE WHEN d.window_start <= ? AND d.window_end >= ? THEN 1 ELSE 0 END), 0),
          COALESCE(SUM(CASE WHEN d.window_end >= ? THEN 1 ELSE 0 END), 0),
          COALESCE(SUM(CASE WHEN d.window_start <= ? AND d.due_date < ? AND d.window_end >= ? THEN 1 ELSE 0 END), 0),
          COALESCE(SUM(CASE WHEN d.window_end < ? THEN 1 ELSE 0 END), 0)"""
    params = [t, t, t, t, t, t, t, ahead]
    # Every counted item has its window opening by the end of the week: one index range over
    # (status, window_start) gives the totals, from which the items of the few exited or voided
    # cards (found through their own index) are taken away.
    if site_code:
        totals = execute(
            f"SELECT {sums} FROM due_visit d JOIN woman_card c ON c.person_id = d.person_id "
            "WHERE d.status = 'open' AND d.window_start <= ? AND c.site_code = ?", [*params, site_code],
        ).fetchone()
    else:
        totals = execute(f"SELECT {sums} FROM due_visit d WHERE d.status = 'open' AND d.window_start <= ?",
                         params).fetchone()
    site = " AND c.site_code = ?" if site_code else ""
    gone = execute(
        f"SELECT {sums} FROM woman_card c JOIN due_visit d ON d.person_id = c.person_id AND d.status = 'open' "
        f"WHERE (c.exit_reason IS NOT NULL OR c.voided) AND d.window_start <= ?{site}",
        [*params] + ([site_code] if site_code else []),
    ).fetchone()
    n = [int(a) - int(b) for a, b in zip(totals, gone, strict=True)]
    return {"today": n[0], "week": n[1], "overdue": n[2], "missed": n[3]}
