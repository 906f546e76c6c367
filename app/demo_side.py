"""The demo's second half — the services history — written by a second process while the
first writes households, people, marriages and the women's cards.

Planning the history and writing its rows and change-log entries is as much work as writing
the register, and once every person has an id and a UUID the two halves no longer depend on
each other. So on Linux the demo forks: the child writes its half with the same code (db.bulk,
app.demo_history) into a side file whose tables are made from the main file's own DDL, builds
their indexes there, and exits. The parent meanwhile writes its half, then copies the side
tables in with `INSERT … SELECT *` (SQLite copies identical tables page by page, indexes
included). The child numbers its change-log entries from where the parent's half will end
(its size is known before the fork), so the side log is copied the same way, after the parent's
entries and in the child's order (the order db.changes would have logged them in). Where there
is no fork (Windows), or for a small village, the same half is written in-process.
"""

from __future__ import annotations

import os
import shutil
import signal
import sys
import tempfile
import traceback
from dataclasses import dataclass
from pathlib import Path

import peewee as pw

from app import demo, demo_history, demo_village
from app.demo_load import PhaseTimer
from app.rules import RuleBook
from db import bulk
from db.changes import Actor
from db.connection import bind
from db.models import ChangeLog, WomanCard
from db.models_services import DueVisit, HealthCheck, LifeEvent, MethodEpisode, Procedure, Visit

HISTORY_MODELS = (MethodEpisode, Procedure, LifeEvent, HealthCheck, Visit, DueVisit)
# The cards are written by the parent when it forks (it has the lighter half), the history here.
SIDE_MODELS = HISTORY_MODELS
# For a smaller village the fork and the copy cost more than they save.
FORK_FROM_MARRIED = 4000


def can_fork() -> bool:
    # Only where fork is the platform's own way of starting processes: macOS frameworks and
    # Windows have no safe fork.
    return hasattr(os, "fork") and sys.platform.startswith("linux")


@dataclass
class Half:
    """What the second half needs, read from the database before it is written."""

    village: object  # app.demo_village._Village, with row ids given
    married: list
    seed: int
    actor: Actor
    book: RuleBook
    cards: list[dict]  # the women's card rows, built before the fork so both halves share them
    first_card: int
    first_episode: int
    first_visit: int

    @classmethod
    def read(cls, village, married: list, seed: int, actor: Actor) -> Half:
        from app.rules import load_book

        return cls(village, married, seed, actor, load_book(), demo._card_rows(village), bulk.next_id(WomanCard),
                   bulk.next_id(MethodEpisode), bulk.next_id(Visit))

    def write_cards(self) -> int:
        bulk.insert_rows(WomanCard, self.actor, self.cards, first_id=self.first_card)
        return len(self.cards)

    def write(self, timer: PhaseTimer, *, with_cards: bool = True) -> None:
        """The history (and, unless the parent wrote them, the cards) into the database the
        models are bound to."""
        village = self.village
        cards = self.cards
        if with_cards:
            self.write_cards()
            timer("cards")
        begun = demo_history.start(cards, self.first_episode, self.first_visit, self.book)
        everyone = list(village.persons())
        history = demo_history.plan_history(self.married, everyone, village.today, self.seed, begun)
        timer("history plan")
        people = {p.row_id: p for p in everyone}
        display = {}
        for c in cards:
            p = people[c["person"]]
            display[p.row_id] = (c["uuid"], p.name, p.phone, p.household.group, p.household.number)
        demo_history.write_history(history, self.actor, display)
        timer("history write")


class SideProcess:
    """The second half being written by a child process; copy_into() waits for it."""

    def __init__(self, db: pw.Database, half: Half, person_uuids: list[tuple[int, str]], first_seq: int,
                 log_indexes: list[str]):
        """first_seq: the change-log seq after the parent's half; log_indexes: the change log's
        indexes (dropped here for the load, built in the side file as in the main one)."""
        tables = [m._meta.table_name for m in SIDE_MODELS]
        marks = ", ".join("?" for _ in tables)
        ddl = db.execute_sql(
            f"SELECT tbl_name, type, sql FROM sqlite_master WHERE tbl_name IN ({marks}, ?) AND sql IS NOT NULL "
            "AND type IN ('table', 'index') ORDER BY type = 'index'", (*tables, ChangeLog._meta.table_name),
        ).fetchall()
        ddl += [(ChangeLog._meta.table_name, "index", sql) for sql in log_indexes]
        self._folder = Path(tempfile.mkdtemp(prefix="fpreg-demo-"))
        self.path = self._folder / "side.db"
        self._attached: pw.Database | None = None
        self.first_seq = first_seq
        self._pid = os.fork()
        if self._pid == 0:  # the child: never returns
            code = 1
            try:
                _child(self.path, half, ddl, person_uuids, first_seq)
                code = 0
            except BaseException:  # noqa: BLE001 - the parent reports a failed load
                traceback.print_exc()
            finally:
                os._exit(code)

    def copy_into(self, db: pw.Database, timer: PhaseTimer) -> None:
        """Wait for the child, then copy its rows in (inside the caller's transaction, with
        foreign keys off)."""
        _, status = os.waitpid(self._pid, 0)
        self._pid = 0
        if os.waitstatus_to_exitcode(status) != 0:
            raise RuntimeError("demo history process failed")
        timer("side process")
        db.execute_sql("ATTACH DATABASE ? AS side", (str(self.path),))
        self._attached = db
        for model in SIDE_MODELS:
            table = model._meta.table_name
            db.execute_sql(f'INSERT INTO main."{table}" SELECT * FROM side."{table}"')
        timer("side tables copied")
        log = ChangeLog._meta.table_name
        (last,) = db.execute_sql(f'SELECT COALESCE(MAX(seq), 0) FROM main."{log}"').fetchone()
        if last != self.first_seq - 1:
            raise RuntimeError(f"demo change log ends at {last}, the side's begins at {self.first_seq}")
        # Numbered by the child to follow the first half's entries, with the same indexes as
        # here: copied page by page in its order (the order db.changes would have logged in).
        db.execute_sql(f'INSERT INTO main."{log}" SELECT * FROM side."{log}"')
        timer("side change log copied")

    def discard(self) -> None:
        """After the caller's transaction has ended (SQLite detaches only outside one)."""
        if self._pid:
            # Only when the parent failed first: its child is of no use any more.
            os.kill(self._pid, signal.SIGKILL)
            os.waitpid(self._pid, 0)
            self._pid = 0
        if self._attached is not None:
            self._attached.execute_sql("DETACH DATABASE side")
            self._attached = None
        shutil.rmtree(self._folder, ignore_errors=True)


def _child(path: Path, half: Half, ddl: list[tuple[str, str, str]], person_uuids: list[tuple[int, str]],
           first_seq: int) -> None:
    # The parent's connection is not ours to use (SQLite forbids carrying one across a fork):
    # the models are pointed at the side file. UUIDs must not repeat the parent's sequence.
    demo_village._uuid_rng.seed(os.urandom(16))
    timer = PhaseTimer("side: ")
    side = pw.SqliteDatabase(str(path), pragmas={
        "journal_mode": "off", "synchronous": 0, "cache_size": -300000, "temp_store": "memory",
    })
    bind(side)
    side.connect()
    log = ChangeLog._meta.table_name
    with side.atomic():
        for _, kind, sql in ddl:
            if kind == "table":
                side.execute_sql(sql)
        _stand_ins(side, person_uuids)
        # A placeholder just before the first entry, so that ours are numbered where the
        # parent's end; removed before the copy.
        placeholder = first_seq - 1
        if placeholder > 0:
            side.execute_sql(f'INSERT INTO "{log}" (seq, table_name, row_uuid, op, row_version, site_code, at, by, '
                             "data, diff) VALUES (?, '', '', '', 0, '', '', '', '', '')", (placeholder,))
        half.write(timer, with_cards=False)
        if placeholder > 0:
            side.execute_sql(f'DELETE FROM "{log}" WHERE seq = ?', (placeholder,))
        # Built once at the end, as in the main file; identical to the main file's, so that
        # the copy moves them as they are.
        for _table, kind, sql in ddl:
            if kind == "index":
                side.execute_sql(sql)
        timer("indexes")
    side.close()


def _stand_ins(side: pw.Database, person_uuids: list[tuple[int, str]]) -> None:
    """For each table the side tables refer to, an (id, uuid) stand-in: the change log names
    referenced rows by UUID."""
    made = {m._meta.table_name for m in (*SIDE_MODELS, ChangeLog)}
    for model in SIDE_MODELS:
        for field in model._meta.refs:
            target = field.rel_model._meta.table_name
            if target not in made:
                side.execute_sql(f'CREATE TABLE "{target}" (id INTEGER PRIMARY KEY, uuid TEXT)')
                made.add(target)
    side.cursor().executemany("INSERT INTO person (id, uuid) VALUES (?, ?)", person_uuids)
