"""Demo history: the services each married woman of the demo village has had, so that the
due list, the timeline and the status counts have something true to show (SPEC §1, §3–4).

Written in bulk (db.bulk) inside the demo's transaction. Deterministic for a seed, like the
village. Every date and window comes from the follow-up rules and implant table in the
database, and the visits that close past items are chosen by running the same planner the
recompute uses (app.due_plan.plan) over the history in memory; the stored due items are then
computed by app.due.recompute_all, so they are exactly what a per-woman recompute would give.
"""

from __future__ import annotations

import datetime as dt
import json
import random
from collections.abc import Iterable, Sequence

from app import due_plan
from app.codes import METHODS
from app.demo import _indexes_after, _uuid
from app.implants import implant_types
from app.rules import load_book
from app.status import initial_status_rows
from db import bulk
from db.changes import Actor
from db.models_services import HealthCheck, LifeEvent, MethodEpisode, Procedure, Visit

DAY = dt.timedelta(days=1)
HISTORY_TABLES = ("method_episode", "procedure", "life_event", "health_check", "visit", "due_visit")
# Shares of married women moved from IUD to the methods the SPEC §1 example leaves out, small
# enough that the IUD share stays on the example's ratio (one in two hundred each).
VARIED = (("implant", 0.005), ("injectable", 0.005), ("pill", 0.005))
INJECTABLES = ("dmpa",) * 7 + ("monthly",) * 2 + ("net_en",)
PROCEDURE_OF = {"iud": "iud_insertion", "female_sterilisation": "female_sterilisation",
                "male_sterilisation": "male_sterilisation", "implant": "implant_insertion"}
SUPPLY_OF = {"pill": "pill", "condom": "condom"}
RH_CHECK_SHARE = 0.8  # married women with an RH check in the last two years
# Visits closing items whose window closed over RECENT_DAYS ago / recently / is open now: the
# missed list of a well-kept village holds recent misses, not years-old ones.
CLOSE_OLD, CLOSE_PAST, CLOSE_OPEN, RECENT_DAYS = 1.0, 0.6, 0.35, 90


def vary_methods(married: Sequence, seed: int) -> None:
    """Before the cards are written: a few IUD users become implant, injectable and pill users."""
    rng = random.Random(seed * 7919 + 1)
    iud = [p for p in married if p.status == "iud"]
    rng.shuffle(iud)
    at = 0
    for method, share in VARIED:
        n = round(len(married) * share)
        for p in iud[at:at + n]:
            p.status = method
        at += n


def _between(rng: random.Random, a: dt.date, b: dt.date) -> dt.date:
    if b <= a:
        return b
    return a + dt.timedelta(days=int(rng.random() * ((b - a).days + 1)))


def _rule(book, trigger: str, today: dt.date):
    return book.for_trigger(trigger, today)[0]


class _History:
    def __init__(self, today: dt.date, seed: int, registered: dict[int, dt.date]):
        self.today = today
        self.registered = registered
        self.rng = random.Random(seed * 104729 + 3)
        self.book = load_book()
        self.facts: dict[int, due_plan.Facts] = {}
        self.status_items: list[tuple[int, str, dt.date]] = []
        self.details: list[str | None] = []
        self.procedures: list[dict] = []  # "episode" holds an index into status_items until written
        self.events: list[dict] = []
        self.checks: list[dict] = []
        self.visits: list[dict] = []
        self.implants = sorted(implant_types())

    def fact(self, p) -> due_plan.Facts:
        f = self.facts.get(p.row_id)
        if f is None:
            f = self.facts[p.row_id] = due_plan.Facts(p.row_id, self.registered[p.row_id], "", None, True,
                                                     p.marital == "married", bool(p.moved_in))
        return f

    def visit(self, p, date: dt.date, visit_type: str, supply: str | None = None, qty: int | None = None) -> None:
        uuid = _uuid()
        self.visits.append({"uuid": uuid, "person": p.row_id, "date": date, "visitor": "worker",
                            "visit_type": visit_type, "supply_kind": supply, "supply_quantity": qty})
        self.fact(p).visits.append((-len(self.visits), uuid, date, visit_type, supply, qty))

    def woman(self, p) -> None:
        rng, today = self.rng, self.today
        f = self.fact(p)
        last_child = max((c.birth for c in p.children), default=None)
        registered = self.registered[p.row_id]
        married_on = p.marriages[-1][3] if p.marriages else registered
        free_from = max(d for d in (last_child, married_on, today - dt.timedelta(days=12 * 365)) if d)
        status = p.status
        detail = None
        if status in ("iud", "female_sterilisation", "male_sterilisation"):
            start = _between(rng, free_from + 42 * DAY, today - DAY)
        elif status == "implant":
            detail = self.implants[int(rng.random() * len(self.implants))]
            start = _between(rng, max(free_from, today - dt.timedelta(days=3 * 365)), today - DAY)
        elif status == "pregnant":
            start = today - dt.timedelta(days=20 + int(rng.random() * 180))
        else:
            start = _between(rng, max(free_from, today - dt.timedelta(days=3 * 365)), today - 30 * DAY)
        if status == "injectable":
            detail = INJECTABLES[int(rng.random() * len(INJECTABLES))]
        index = len(self.status_items)
        self.status_items.append((p.row_id, status, start))
        self.details.append(detail)
        if status in PROCEDURE_OF:
            uuid = _uuid()
            kind = PROCEDURE_OF[status]
            self.procedures.append({"uuid": uuid, "person": p.row_id, "kind": kind, "date": start,
                                    "implant_type": detail, "episode": index, "place": "乡镇卫生院"})
            f.procedures.append((uuid, kind, start, detail, None))
        elif status == "pregnant":
            f.events.append(("", "pregnancy_registered", start, "{}"))
        elif status in SUPPLY_OF or status == "injectable":
            # The latest handing-over, spread so the next one falls early, due, overdue or missed.
            kind = detail if status == "injectable" else SUPPLY_OF[status]
            trigger = due_plan.SUPPLY_TRIGGER[kind]
            rule = _rule(self.book, trigger, today)
            qty = 1 + int(rng.random() * 3) if kind == "pill" else (20 if kind == "condom" else 1)
            span = (rule.days_per_unit or 0) * qty + rule.offset_days + rule.window_after + 10
            given = max(start, today - dt.timedelta(days=int(rng.random() * span)))
            visit_type = rule.visit_type
            self.visit(p, given, visit_type, kind, qty)
        if rng.random() < RH_CHECK_SHARE:
            day = _between(rng, max(registered, today - dt.timedelta(days=730)), today - DAY)
            uuid = _uuid()
            self.checks.append({"uuid": uuid, "person": p.row_id, "kind": "rh_check", "date": day,
                                "place": "乡镇卫生院"})
            f.rh_checks.append((uuid, day))

    def life_events(self, women: Sequence) -> None:
        today = self.today
        recent = today - dt.timedelta(days=365)
        for p in women:
            f = None
            for kid in p.children:
                if kid.birth > recent:
                    f = f or self.fact(p)
                    detail = json.dumps({"outcome": "live_birth", "child_name": kid.name, "child_sex": kid.sex},
                                        ensure_ascii=False)
                    self._event(p, "pregnancy_outcome", kid.birth, detail, kid.row_id)
            if p.marriages and p.marriages[-1][3] > recent and p.marriages[-1][4] is None:
                detail = json.dumps({"husband_name": p.marriages[-1][1], "kind": p.marriages[-1][2]},
                                    ensure_ascii=False)
                self._event(p, "marriage", p.marriages[-1][3], detail)
            if p.moved_in and p.residence and p.residence[0] == "in_migrant":
                self._event(p, "moved_in", p.moved_in, json.dumps({"origin": p.residence[1]}, ensure_ascii=False))

    def _event(self, p, kind: str, date: dt.date, detail: str, related: int | None = None) -> None:
        uuid = _uuid()
        self.events.append({"uuid": uuid, "person": p.row_id, "kind": kind, "date": date, "detail": detail,
                            "related": related})
        self.fact(p).events.append((uuid, kind, date, detail))

    def closing_visits(self) -> None:
        """Visits for most items whose window has passed and some whose window is open."""
        rng, today = self.rng, self.today
        supply_types = {r.visit_type for t in due_plan.SUPPLY_TRIGGER.values()
                        for r in self.book.for_trigger(t, today)}
        by_id = {}
        for f in self.facts.values():
            for item in due_plan.plan(f, self.book, today):
                if item.status != "open" or item.window_start > today or item.visit_type in supply_types:
                    continue
                if item.window_end < today - dt.timedelta(days=RECENT_DAYS):
                    share = CLOSE_OLD
                else:
                    share = CLOSE_PAST if item.window_end < today else CLOSE_OPEN
                if rng.random() < share:
                    day = _between(rng, max(item.window_start, f.registered or item.window_start),
                                   min(item.window_end, today))
                    if item.window_start <= day:
                        by_id[(f.person_id, item.rule_code, item.occurrence)] = (f.person_id, day, item.visit_type)
        for person_id, day, visit_type in by_id.values():
            self.visits.append({"uuid": _uuid(), "person": person_id, "date": day, "visitor": "worker",
                                "visit_type": visit_type})


def write_history(married: Sequence, people: Iterable, actor: Actor, today: dt.date, seed: int) -> dict[str, int]:
    """married: the married women 15–49 of the village (with row_id and status), people: everyone
    in it. Runs inside the demo's transaction, after the cards are written."""
    registered = {pid: dt.date.fromisoformat(day) for pid, day in MethodEpisode._meta.database.execute_sql(
        "SELECT person_id, registered_date FROM woman_card WHERE exit_reason IS NULL")}
    h = _History(today, seed, registered)
    for p in married:
        h.woman(p)
    h.life_events([p for p in people if p.row_id in registered])
    h.closing_visits()
    episodes, events = initial_status_rows(h.status_items)
    first = bulk.next_id(MethodEpisode)
    # initial_status_rows keeps method statuses in order, so the n-th method item is episode n.
    method_index = [i for i, (_, s, _) in enumerate(h.status_items) if s in METHODS]
    episode_id = {i: first + n for n, i in enumerate(method_index)}
    for n, row in enumerate(episodes):
        row["id"] = first + n
        row["uuid"] = _uuid()
        row["detail"] = h.details[method_index[n]]
    for row in events:
        row["uuid"] = _uuid()
    for row in h.procedures:
        row["episode"] = episode_id[row["episode"]]
    from app.due import recompute_all

    # Like the register's tables: indexes built once after the load rather than row by row.
    with _indexes_after(MethodEpisode._meta.database, HISTORY_TABLES):
        bulk.insert_rows(MethodEpisode, actor, episodes)
        bulk.insert_rows(Procedure, actor, h.procedures)
        bulk.insert_rows(LifeEvent, actor, events + h.events)
        bulk.insert_rows(HealthCheck, actor, h.checks)
        bulk.insert_rows(Visit, actor, h.visits)
        due = recompute_all(today)
    return {"episodes": len(episodes), "procedures": len(h.procedures), "events": len(events) + len(h.events),
            "checks": len(h.checks), "visits": len(h.visits), "due_items": due}

