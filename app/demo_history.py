"""Demo history: the services each married woman of the demo village has had, so that the
due list, the timeline and the status counts have something true to show (SPEC §1, §3–4).

Written in bulk (db.bulk) inside the demo's transaction. Deterministic for a seed, like the
village. Every date and window comes from the follow-up rules and implant table in the
database, and the visits that close past items are chosen by running the same planner the
recompute uses (app.due_plan.plan) over the history in memory. The facts in memory carry the
ids and UUIDs the rows are written with, so the due items are planned from them directly (no
read-back) and are exactly what a per-woman recompute of the written rows gives; only the women
a closing visit was added for are planned a second time.
"""

from __future__ import annotations

import datetime as dt
import json
import random
from collections.abc import Iterable, Sequence
from typing import NamedTuple

from app import due_plan
from app.codes import METHODS
from app.demo_load import indexes_after
from app.demo_village import _uuid
from app.implants import implant_types
from app.rules import RuleBook
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


class Begun(NamedTuple):
    """What the history needs from the database, read before it is planned."""

    cards: dict[int, tuple[dt.date, str, bool, bool]]  # active card's person_id -> registered, uuid,
    #                                                     married, in-migrant
    first_episode: int  # ids the rows will get, so that facts, procedures and items can name them
    first_visit: int
    book: RuleBook


class _History:
    def __init__(self, today: dt.date, seed: int, begun: Begun):
        self.today = today
        cards, first_episode, first_visit, self.book = begun
        # person_id -> (registered, card uuid, married, in-migrant), as the card rows say.
        self.cards = cards
        self.registered = {pid: c[0] for pid, c in cards.items()}
        # Ids the rows will get, so that facts, procedures and due items can name them now.
        self.first_episode = first_episode
        self.first_visit = first_visit
        self.episodes = 0
        self.status_uuids: list[str] = []
        self.items: dict[int, list[due_plan.Item]] = {}
        self.rng = random.Random(seed * 104729 + 3)
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
            registered, uuid, married, in_migrant = self.cards[p.row_id]
            f = self.facts[p.row_id] = due_plan.Facts(p.row_id, registered, uuid, None, True, married, in_migrant)
        return f

    def visit(self, p, date: dt.date, visit_type: str, supply: str | None = None, qty: int | None = None) -> None:
        self._visit(self.fact(p), date, visit_type, supply, qty)

    def _visit(self, f: due_plan.Facts, date: dt.date, visit_type: str, supply: str | None = None,
               qty: int | None = None) -> None:
        uuid = _uuid()
        visit_id = self.first_visit + len(self.visits)
        self.visits.append({"id": visit_id, "uuid": uuid, "person": f.person_id, "date": date,
                            "visitor": "worker", "visit_type": visit_type, "supply_kind": supply,
                            "supply_quantity": qty})
        f.visits.append((visit_id, uuid, date, visit_type, supply, qty))

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
        status_uuid = _uuid()
        self.status_items.append((p.row_id, status, start))
        self.status_uuids.append(status_uuid)
        self.details.append(detail)
        episode = None
        if status in METHODS:
            # initial_status_rows keeps method statuses in order: the n-th one is episode n.
            episode = self.first_episode + self.episodes
            self.episodes += 1
            f.episodes.append((episode, status, start, None))
        if status in PROCEDURE_OF:
            uuid = _uuid()
            kind = PROCEDURE_OF[status]
            self.procedures.append({"uuid": uuid, "person": p.row_id, "kind": kind, "date": start,
                                    "implant_type": detail, "episode": episode, "place": "乡镇卫生院"})
            f.procedures.append((uuid, kind, start, detail, episode))
        elif status == "pregnant":
            f.events.append((status_uuid, "pregnancy_registered", start, "{}"))
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
        by_id: dict[tuple[int, str, int], tuple[due_plan.Facts, dt.date, str]] = {}
        # Closing visits are follow-ups, which start no schedule: her triggers stay as they are.
        triggers: dict[int, list] = {}
        for f in self.facts.values():
            triggers[f.person_id] = trig = due_plan.sorted_triggers(f)
            self.items[f.person_id] = items = due_plan.plan(f, self.book, today, trig)
            for item in items:
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
                        by_id[(f.person_id, item.rule_code, item.occurrence)] = (f, day, item.visit_type)
        for f, day, visit_type in by_id.values():
            self._visit(f, day, visit_type)
        # Her plan changes only if she got a visit; everyone else's first plan stands.
        for f in {id(f): f for f, _, _ in by_id.values()}.values():
            self.items[f.person_id] = due_plan.plan(f, self.book, today, triggers[f.person_id])

    def due_items(self) -> list[due_plan.Item]:
        """Everyone's items in person order, as app.due.recompute_all writes them."""
        return [item for pid in sorted(self.items) for item in self.items[pid]]


def start(cards: Iterable[dict], first_episode: int, first_visit: int, book: RuleBook) -> Begun:
    """What the history needs, from the card rows about to be written (in memory, so that the
    history can be planned before they are)."""
    # Exited cards plan nothing (app.due_plan.plan), so only the active ones need facts.
    active = {c["person"]: (c["registered_date"], c["uuid"], c["marital_status"] == "married",
                            c["residence"] == "in_migrant")
              for c in cards if c["exit_reason"] is None}
    return Begun(active, first_episode, first_visit, book)


def plan_history(married: Sequence, people: Iterable, today: dt.date, seed: int, begun: Begun) -> _History:
    """married: the married women 15–49 of the village (with row_id and status), people: everyone
    in it, begun: what start() read. Pure Python: it does not touch the database, so the demo
    runs it while SQLite builds the register's indexes."""
    h = _History(today, seed, begun)
    for p in married:
        h.woman(p)
    h.life_events([p for p in people if p.row_id in begun.cards])
    h.closing_visits()
    return h


def write_history(h: _History, actor: Actor, display: dict[int, due_plan.Display]) -> dict[str, int]:
    """Write a planned history, inside the demo's transaction, after the cards are written;
    display: what the due items show of each woman (app.due_plan.display_of)."""
    episodes, events = initial_status_rows(h.status_items)
    method_index = [i for i, (_, s, _) in enumerate(h.status_items) if s in METHODS]
    event_index = [i for i, (_, s, _) in enumerate(h.status_items) if s and s not in METHODS]
    for n, row in enumerate(episodes):
        row["id"] = h.first_episode + n
        row["uuid"] = h.status_uuids[method_index[n]]
        row["detail"] = h.details[method_index[n]]
    for n, row in enumerate(events):
        row["uuid"] = h.status_uuids[event_index[n]]
    items = h.due_items()
    # Like the register's tables: indexes built once after the load rather than row by row.
    with indexes_after(MethodEpisode._meta.database, HISTORY_TABLES):
        bulk.insert_rows(MethodEpisode, actor, episodes)
        bulk.insert_rows(Procedure, actor, h.procedures)
        bulk.insert_rows(LifeEvent, actor, events + h.events)
        bulk.insert_rows(HealthCheck, actor, h.checks)
        bulk.insert_rows(Visit, actor, h.visits)
        # The due table is empty in a new file: nothing to delete, only the items to write.
        due = due_plan.write_items(items, display)
    return {"episodes": len(episodes), "procedures": len(h.procedures), "events": len(events) + len(h.events),
            "checks": len(h.checks), "visits": len(h.visits), "due_items": due}

