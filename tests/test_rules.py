"""Every row of the follow-up schedule (resources/followup_rules.json), with its window edges:
early the day before the window opens, due on the opening day and on the due date, overdue the
day after, still open on the last day, missed the day after; a visit on the first or last day
closes the item, one a day outside does not."""

from __future__ import annotations

import datetime as dt
import json

import pytest

from app import due_plan
from app.due import state_on
from app.implants import labelled_end
from app.rules import RESOURCE, Rule, RuleBook, validate

D = dt.date(2024, 3, 10)  # the trigger's day
DAY = dt.timedelta(days=1)
PILL_CYCLES = 3
IMPLANT = "implanon"


def _book() -> tuple[RuleBook, list[Rule]]:
    effective, rows, problems = validate(json.loads(RESOURCE.read_text(encoding="utf-8")))
    assert not problems
    rules = [Rule(**{k: r[k] for k in Rule.__dataclass_fields__}) for r in rows]
    by_trigger: dict[str, list[Rule]] = {}
    for r in rules:
        by_trigger.setdefault(r.trigger, []).append(r)
    return RuleBook([(effective, by_trigger)]), rules


BOOK, RULES = _book()
SUPPLY = {v: k for k, v in due_plan.SUPPLY_TRIGGER.items()}


def _facts(rule: Rule, visits: list[tuple] = ()) -> due_plan.Facts:
    f = due_plan.Facts(1, dt.date(2010, 1, 1), "card", married=rule.trigger == "rh_check_yearly",
                       in_migrant=rule.trigger == "in_migrant_registered")
    t = rule.trigger
    if t in ("iud_insertion", "iud_removal", "female_sterilisation", "male_sterilisation",
             "implant_insertion", "implant_removal"):
        f.procedures.append(("proc", t, D, IMPLANT if t == "implant_insertion" else None, None))
    elif t in SUPPLY:
        qty = PILL_CYCLES if SUPPLY[t] == "pill" else 1
        f.visits.append((100, "supply", D, "other", SUPPLY[t], qty))
    elif t == "pregnancy_registered":
        f.events.append(("ev", "pregnancy_registered", D, "{}"))
    elif t == "birth":
        f.events.append(("ev", "pregnancy_outcome", D, json.dumps({"outcome": "live_birth"})))
    elif t == "marriage":
        f.events.append(("ev", "marriage", D, "{}"))
    elif t == "in_migrant_registered":
        f.events.append(("ev", "moved_in", D, "{}"))
    elif t == "rh_check_yearly":
        f.rh_checks.append(("chk", D))
    else:  # pragma: no cover - a trigger added to the table needs a case here
        raise AssertionError(t)
    f.visits.extend(visits)
    return f


def _expected_due(rule: Rule) -> dt.date:
    base = D
    if rule.anchor == "implant_expiry":
        base = labelled_end(IMPLANT, D)
    elif rule.anchor == "supply_end":
        base = D + dt.timedelta(days=PILL_CYCLES * rule.days_per_unit)
    return base + dt.timedelta(days=rule.offset_days)


def _item(rule: Rule, today: dt.date, visits: list[tuple] = ()) -> due_plan.Item | None:
    items = due_plan.plan(_facts(rule, visits), BOOK, today)
    return next((i for i in items if i.rule_code == rule.code and i.occurrence == 1), None)


@pytest.mark.parametrize("rule", RULES, ids=[r.code for r in RULES])
def test_schedule_row_dates_and_states(rule: Rule):
    due = _expected_due(rule)
    start, end = due - dt.timedelta(days=rule.window_before), due + dt.timedelta(days=rule.window_after)
    item = _item(rule, D)
    assert item is not None and item.status == "open"
    assert (item.window_start, item.due_date, item.window_end) == (start, due, end)
    assert item.visit_type == rule.visit_type
    states = {day: state_on(start, due, end, day) for day in (start - DAY, start, due, due + DAY, end, end + DAY)}
    assert states[start - DAY] == "early"
    assert states[start] == "due" and states[due] == "due"
    if rule.window_after:
        assert states[due + DAY] == "overdue"
    assert states[end] in ("due", "overdue")
    assert states[end + DAY] == "missed"
    # Still generated (open) on its last day and the day after, when it is missed.
    for day in (end, end + DAY):
        later = _item(rule, day)
        assert later is not None and later.status == "open"


@pytest.mark.parametrize("rule", RULES, ids=[r.code for r in RULES])
def test_schedule_row_visit_inside_window_closes_it(rule: Rule):
    due = _expected_due(rule)
    start, end = due - dt.timedelta(days=rule.window_before), due + dt.timedelta(days=rule.window_after)
    for day in (start, end):
        item = _item(rule, day, [(7, "v", day, rule.visit_type, None, None)])
        assert item is not None and item.status == "done" and item.visit_id == 7, day
    for day in (start - DAY, end + DAY):
        item = _item(rule, max(day, end + DAY), [(7, "v", day, rule.visit_type, None, None)])
        assert item is None or item.status == "open", day


def test_book_uses_the_version_in_force_on_the_trigger_day():
    old = Rule("x.1", "marriage", "newlywed", 1, "event", 10, 0, 0, None, None, "")
    new = Rule("x.1", "marriage", "newlywed", 1, "event", 20, 0, 0, None, None, "")
    book = RuleBook([(dt.date(2020, 1, 1), {"marriage": [old]}), (dt.date(2025, 1, 1), {"marriage": [new]})])
    assert book.for_trigger("marriage", dt.date(2024, 12, 31)) == [old]
    assert book.for_trigger("marriage", dt.date(2025, 1, 1)) == [new]
    assert book.for_trigger("marriage", dt.date(2019, 1, 1)) == [old]  # before the first: the first
