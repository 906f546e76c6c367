"""How the visits due are worked out: a woman's facts read in one go, and a pure planner.

load_facts(person_id) reads the facts of one woman, load_facts(None) those of every woman, with
the same SQL; plan(facts, book, today) turns one woman's facts into due items. Rules, offsets,
windows and implant lives all come from the data tables (app.rules).
"""

from __future__ import annotations

import datetime as dt
import json
from bisect import bisect_left
from dataclasses import dataclass, field

from app.implants import labelled_end
from app.rules import Rule, RuleBook
from db.base import now
from db.connection import database
from db.models_services import FollowUpRule

# Repeating rules are laid out this far ahead, so the week view and the main window's counts
# always see the coming occurrences between two recomputes (app start recomputes everyone).
HORIZON_DAYS = 60
# Definitions, not rules: which trigger a supply handed over at a visit starts, and which
# method's episode it belongs to (the episode's end stops the resupply schedule).
SUPPLY_TRIGGER = {
    "pill": "pills_issued", "condom": "condoms_issued", "dmpa": "injection_dmpa",
    "net_en": "injection_net_en", "monthly": "injection_monthly",
}
SUPPLY_METHOD = {"pill": "pill", "condom": "condom", "dmpa": "injectable", "net_en": "injectable",
                 "monthly": "injectable"}
REMOVAL_OF = {"iud_insertion": "iud_removal", "implant_insertion": "implant_removal"}
_MAX_OCCURRENCES = 600  # a safety stop for a repeating rule whose trigger never ends


@dataclass(frozen=True)
class Trigger:
    trigger: str
    date: dt.date
    source_table: str
    source_uuid: str
    end: dt.date | None = None  # once it has ended, none of its visits is left to do
    quantity: int | None = None  # units handed over (anchor supply_end)
    implant_type: str | None = None  # its labelled life anchors implant_expiry


@dataclass(frozen=True)
class Item:
    person_id: int
    rule_code: str
    visit_type: str
    source_table: str
    source_uuid: str
    occurrence: int
    due_date: dt.date
    window_start: dt.date
    window_end: dt.date
    status: str  # open | done
    visit_id: int | None = None


@dataclass
class Facts:
    person_id: int
    registered: dt.date | None = None
    card_uuid: str = ""
    exit_date: dt.date | None = None
    active: bool = True  # card neither exited nor voided
    married: bool = False
    in_migrant: bool = False
    episodes: list[tuple] = field(default_factory=list)  # (id, method, start, end)
    procedures: list[tuple] = field(default_factory=list)  # (uuid, kind, date, implant_type, episode_id)
    rh_checks: list[tuple] = field(default_factory=list)  # (uuid, date)
    events: list[tuple] = field(default_factory=list)  # (uuid, kind, date, detail)
    visits: list[tuple] = field(default_factory=list)  # (id, uuid, date, visit_type, supply_kind, qty)
    done: dict[tuple[str, str, int], int | None] = field(default_factory=dict)
    used_visits: set[int] = field(default_factory=set)


def portable(sql: str) -> str:
    """Our SQL is written with '?' placeholders; PostgreSQL's driver wants '%s'."""
    return sql if database.param == "?" else sql.replace("?", database.param)


def execute(sql: str, params: list | tuple = ()):
    return database.execute_sql(portable(sql), params)


def _d(value) -> dt.date | None:
    return dt.date.fromisoformat(value) if isinstance(value, str) else value


def load_facts(person_id: int | None) -> dict[int, Facts]:
    """Every fact the planner needs, for one woman or (None) every woman with a card."""
    where = "person_id = ?" if person_id is not None else "person_id IS NOT NULL"
    params = [person_id] if person_id is not None else []
    facts: dict[int, Facts] = {}
    q = execute
    for pid, uuid, registered, exit_date, exit_reason, marital, residence, voided, p_voided in q(
        "SELECT c.person_id, c.uuid, c.registered_date, c.exit_date, c.exit_reason, c.marital_status, "
        "c.residence, c.voided, p.voided FROM woman_card c JOIN person p ON p.id = c.person_id "
        f"WHERE c.{where}", params,
    ):
        facts[pid] = Facts(
            pid, _d(registered), uuid, _d(exit_date), not (exit_reason or voided or p_voided),
            marital == "married", residence == "in_migrant",
        )

    def rows(sql: str):
        for row in q(sql + f" AND {where}", params):
            f = facts.get(row[0])
            if f is not None:
                yield f, row[1:]

    for f, (i, method, start, end) in rows(
        "SELECT person_id, id, method, start_date, end_date FROM method_episode WHERE NOT voided"
    ):
        f.episodes.append((i, method, _d(start), _d(end)))
    for f, (uuid, kind, date, implant, episode) in rows(
        "SELECT person_id, uuid, kind, date, implant_type, episode_id FROM procedure WHERE NOT voided"
    ):
        f.procedures.append((uuid, kind, _d(date), implant, episode))
    for f, (uuid, date) in rows(
        "SELECT person_id, uuid, date FROM health_check WHERE NOT voided AND kind = 'rh_check'"
    ):
        f.rh_checks.append((uuid, _d(date)))
    for f, (uuid, kind, date, detail) in rows(
        "SELECT person_id, uuid, kind, date, detail FROM life_event WHERE NOT voided AND kind IN "
        "('marriage', 'pregnancy_registered', 'pregnancy_outcome', 'moved_in')"
    ):
        f.events.append((uuid, kind, _d(date), detail))
    for f, row in rows(
        "SELECT person_id, id, uuid, date, visit_type, supply_kind, supply_quantity FROM visit WHERE NOT voided"
    ):
        f.visits.append((row[0], row[1], _d(row[2]), *row[3:]))
    for f, (code, source, occurrence, visit) in rows(
        "SELECT person_id, rule_code, source_uuid, occurrence, visit_id FROM due_visit WHERE status = 'done'"
    ):
        f.done[(code, source, occurrence)] = visit
        if visit is not None:
            f.used_visits.add(visit)
    return facts


def triggers_of(f: Facts) -> list[Trigger]:
    """What starts a schedule for her, each with the day it stops justifying visits."""
    out: list[Trigger] = []
    ep_end = {i: end for i, _, _, end in f.episodes}
    procs = sorted(f.procedures, key=lambda p: p[2])
    for uuid, kind, date, implant, episode in procs:
        # A removal points at the episode it ended: only an insertion's episode end stops it.
        starts = kind not in REMOVAL_OF.values()
        end = ep_end.get(episode) if starts and episode is not None else None
        removal = REMOVAL_OF.get(kind)
        if removal:
            after = [p[2] for p in procs if p[1] == removal and p[2] >= date]
            if after and (end is None or after[0] < end):
                end = after[0]
        out.append(Trigger(kind, date, "procedure", uuid, end, implant_type=implant))
    supplies = sorted((v for v in f.visits if v[4] in SUPPLY_TRIGGER), key=lambda v: v[2])
    for n, (_, uuid, date, _, kind, qty) in enumerate(supplies):
        # A later supply of the same kind restarts the schedule; the episode of the method
        # running when it was handed over ending stops it.
        end = next((v[2] for v in supplies[n + 1:] if v[4] == kind and v[2] > date), None)
        method = SUPPLY_METHOD[kind]
        for _, m, start, stop in f.episodes:
            if m == method and start <= date and stop is not None and stop >= date:
                end = stop if end is None else min(end, stop)
        out.append(Trigger(SUPPLY_TRIGGER[kind], date, "visit", uuid, end, quantity=qty or 1))
    events = sorted(f.events, key=lambda e: e[2])
    for uuid, kind, date, detail in events:
        if kind == "pregnancy_registered":
            end = next((e[2] for e in events if e[1] == "pregnancy_outcome" and e[2] >= date), None)
            out.append(Trigger("pregnancy_registered", date, "life_event", uuid, end))
        elif kind == "pregnancy_outcome" and _outcome(detail) == "live_birth":
            out.append(Trigger("birth", date, "life_event", uuid))
        elif kind == "marriage":
            out.append(Trigger("marriage", date, "life_event", uuid))
        elif kind == "moved_in" and f.in_migrant:
            out.append(Trigger("in_migrant_registered", date, "life_event", uuid))
    if f.married:
        last = max(f.rh_checks, key=lambda c: c[1], default=None)
        if last is not None:
            out.append(Trigger("rh_check_yearly", last[1], "health_check", last[0]))
        elif f.registered is not None:
            out.append(Trigger("rh_check_yearly", f.registered, "woman_card", f.card_uuid))
    if f.exit_date is not None:
        out = [t if t.end is not None and t.end <= f.exit_date else
               Trigger(t.trigger, t.date, t.source_table, t.source_uuid, f.exit_date, t.quantity, t.implant_type)
               for t in out]
    return out


def _outcome(detail: str | None) -> str | None:
    try:
        return json.loads(detail or "{}").get("outcome")
    except ValueError:
        return None


def _base(rule: Rule, t: Trigger) -> dt.date | None:
    if rule.anchor == "implant_expiry":
        return labelled_end(t.implant_type, t.date)
    if rule.anchor == "supply_end":
        return t.date + dt.timedelta(days=(t.quantity or 1) * (rule.days_per_unit or 0))
    return t.date


def plan(f: Facts, book: RuleBook, today: dt.date, triggers: list[Trigger] | None = None) -> list[Item]:
    """Her new due items: 'done' where a visit of the type fell inside the window (each visit
    closes one item), 'open' otherwise. Items already done in the table are left to it.
    triggers: triggers_of(f) by date, when the caller has them (the demo plans each woman
    twice, the second time with follow-up visits added, which start no schedule)."""
    if not f.active:
        return []
    # Day arithmetic on ordinals (plain ints): the occurrence loops run for every woman of a
    # village, and date + timedelta objects were most of their cost.
    today_o = today.toordinal()
    horizon_o = today_o + HORIZON_DAYS
    by_type: dict[str, tuple[list[int], list[int]]] = {}
    used_before = f.used_visits
    for v in sorted(f.visits, key=_third):
        if v[0] not in used_before:
            dates, ids = by_type.setdefault(v[3], ([], []))
            dates.append(v[2].toordinal())
            ids.append(v[0])
    used = set(used_before)
    items: list[Item] = []
    for t in triggers if triggers is not None else sorted_triggers(f):
        found: list[Item] = []
        for rule in book.for_trigger(t.trigger, t.date):
            base = _base(rule, t)
            if base is None:
                continue
            found += _occurrences(f, rule, t, base.toordinal(), by_type.get(rule.visit_type), used, today_o,
                                  horizon_o)
        items += _superseded_dropped(found, today)
    if not f.done:
        return items
    return [it for it in items if (it.rule_code, it.source_uuid, it.occurrence) not in f.done]


def sorted_triggers(f: Facts) -> list[Trigger]:
    return sorted(triggers_of(f), key=_date_of)


def _third(v: tuple) -> dt.date:
    return v[2]


def _date_of(t: Trigger) -> dt.date:
    return t.date


def _superseded_dropped(found: list[Item], today: dt.date) -> list[Item]:
    """Within one trigger, a visit never done is superseded once a later visit's window has
    opened: the 3-month IUD visit covers a missed 1-month one, this year's check last year's."""
    opened = [it.window_start for it in found if it.window_start <= today]
    if not opened:
        return found
    latest = max(opened)
    return [it for it in found if it.status == "done" or it.window_start >= latest]


def _first_occurrence(rule: Rule, t_date: int, base: int, visits, today: int) -> int:
    """Occurrences of a repeating rule before both the latest one opened by today and the first
    one a visit could close can neither be done nor stay open (a later one supersedes them),
    so the count starts there: a woman registered in 2010 costs no more than one from last year.
    Days are ordinals."""
    step = rule.repeat_every_days
    first_start = base + rule.offset_days - rule.window_before
    first_end = base + rule.offset_days + rule.window_after
    k_today = (today - first_start) // step + 1 if today >= first_start else 1
    k_visit = k_today
    if visits is not None:
        at = bisect_left(visits[0], t_date)
        if at < len(visits[0]):
            k_visit = max(1, -(-(visits[0][at] - first_end) // step) + 1)
    return max(1, min(k_today, k_visit))


def _occurrences(f: Facts, rule: Rule, t: Trigger, base: int, visits, used: set[int],
                 today: int, horizon: int) -> list[Item]:
    """visits: (ordinal dates, ids) of her visits of the rule's type, by date, or None.
    base, today and horizon are ordinals."""
    if visits is None and t.end is not None:
        return []  # ended, and no visit could have closed any of its items
    out: list[Item] = []
    day = dt.date.fromordinal
    step = rule.repeat_every_days or 0
    t_date = t.date.toordinal()
    t_end = t.end.toordinal() if t.end is not None else None
    before, after = rule.window_before, rule.window_after
    code, visit_type, source_table, source_uuid, done = (rule.code, rule.visit_type, t.source_table,
                                                         t.source_uuid, f.done)
    k = _first_occurrence(rule, t_date, base, visits, today) - 1 if step else 0
    due = base + rule.offset_days + (k - 1) * step
    limit = _MAX_OCCURRENCES if step else 1
    while k < limit:
        k += 1
        due += step
        start = due - before
        end = due + after
        if t_end is not None and start >= t_end:
            break  # the trigger ended before this visit's window opened
        if step and start > horizon and out and out[-1].status == "open":
            break  # one open occurrence beyond the horizon is enough
        key = (code, source_uuid, k)
        if done and key in done:
            out.append(Item(f.person_id, code, visit_type, source_table, source_uuid, k,
                            day(due), day(start), day(end), "done", done[key]))
            continue
        visit = None
        if visits is not None:
            dates, ids = visits
            at = bisect_left(dates, start if start > t_date else t_date)
            while at < len(dates) and dates[at] <= end:
                if ids[at] not in used:
                    visit = ids[at]
                    break
                at += 1
        if visit is not None:
            used.add(visit)
            out.append(Item(f.person_id, code, visit_type, source_table, source_uuid, k,
                            day(due), day(start), day(end), "done", visit))
        elif t_end is None:  # once ended (removal, outcome, next supply, exit) nothing is left to do
            out.append(Item(f.person_id, code, visit_type, source_table, source_uuid, k,
                            day(due), day(start), day(end), "open"))
    return out


# What the due lists show of a woman, copied onto her items: (card_uuid, name, phone,
# group_number, household_number).
Display = tuple[str | None, str | None, str | None, int | None, str | None]
_NO_DISPLAY: Display = (None, None, None, None, None)

_DISPLAY_SQL = """
SELECT c.person_id, c.uuid, p.name, p.phone, g.number, h.number
FROM woman_card c JOIN person p ON p.id = c.person_id
LEFT JOIN household h ON h.id = p.household_id
LEFT JOIN village_group g ON g.id = h.group_id
"""


def display_of(person_id: int | None) -> dict[int, Display]:
    """Her (or, for None, every carded woman's) display columns, as the items carry them."""
    if person_id is None:
        rows = execute(_DISPLAY_SQL)
    else:
        rows = execute(_DISPLAY_SQL + " WHERE c.person_id = ?", [person_id])
    return {pid: (uuid, name, phone, group, household) for pid, uuid, name, phone, group, household in rows}


def write_items(items: list[Item], display: dict[int, Display]) -> int:
    """Insert new items (DueVisit is derived and unsynced: plain rows, no change log), each
    with her display columns from `display` (see display_of)."""
    if not items:
        return 0
    stamp = now().isoformat(sep=" ")
    shown = display.get
    database.cursor().executemany(portable(
        "INSERT INTO due_visit (person_id, rule_code, visit_type, source_table, source_uuid, occurrence, "
        "due_date, window_start, window_end, status, visit_id, computed_at, card_uuid, name, phone, "
        "group_number, household_number) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"),
        ((i.person_id, i.rule_code, i.visit_type, i.source_table, i.source_uuid, i.occurrence,
          i.due_date.isoformat(), i.window_start.isoformat(), i.window_end.isoformat(), i.status,
          i.visit_id, stamp, *shown(i.person_id, _NO_DISPLAY)) for i in items),
    )
    return len(items)


def rule_labels() -> dict[str, str]:
    """Each rule code's label (the latest version's wording wins)."""
    labels: dict[str, str] = {}
    for code, label in FollowUpRule.select(FollowUpRule.code, FollowUpRule.label).order_by(
        FollowUpRule.id
    ).tuples():
        labels[code] = label
    return labels

