"""Loading a brand-new demo file fast: indexes dropped for the load and rebuilt after it,
foreign keys checked once, the cyclic garbage collector paused while a million linked objects
are alive."""

from __future__ import annotations

import contextlib
import gc
import os
import sqlite3
import sys
import time
from collections.abc import Iterator

import peewee as pw

REGISTER_TABLES = ("household", "person", "marriage", "woman_card")


def drop_indexes(db: pw.Database, tables: tuple[str, ...]) -> list[str]:
    """Drop the tables' indexes; returns the SQL that builds them again."""
    marks = ", ".join("?" for _ in tables)
    indexes = db.execute_sql(
        f"SELECT name, sql FROM sqlite_master WHERE type = 'index' AND sql IS NOT NULL "
        f"AND tbl_name IN ({marks})", tables,
    ).fetchall()
    for name, _ in indexes:
        db.execute_sql(f'DROP INDEX "{name}"')
    return [sql for _, sql in indexes]


@contextlib.contextmanager
def indexes_after(db: pw.Database, tables: tuple[str, ...]) -> Iterator[None]:
    """Drop the tables' indexes for the load and build them again after it, in the same
    transaction: sorting 300k keys once is several times faster than 300k random inserts.
    The unique ones are checked when rebuilt, so a clash still fails the whole load."""
    rebuild = drop_indexes(db, tables)
    yield
    for sql in rebuild:
        db.execute_sql(sql)


def finish_register(conn: sqlite3.Connection, rebuild: list[str], tables: tuple[str, ...] = REGISTER_TABLES) -> None:
    """Build the register tables' indexes again and check their foreign keys. Runs in a helper
    thread on the demo's connection while the main thread plans the history in pure Python:
    each statement is one long SQLite step that releases the GIL, so the two overlap."""
    for sql in rebuild:
        conn.execute(sql)
    for table in tables:
        if conn.execute(f'PRAGMA foreign_key_check("{table}")').fetchone():
            raise RuntimeError(f"demo data breaks a foreign key in {table}")


@contextlib.contextmanager
def no_cyclic_gc() -> Iterator[None]:
    """The village is a million linked objects (people, households, rows, facts) that all live
    until the end: the cyclic collector would rescan them again and again as they grow (a fifth
    of a 100k run) and find nothing to free. Reference counting still frees the rest."""
    enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if enabled:
            gc.enable()


class PhaseTimer:
    """With FPREG_DEMO_TIMING=1, prints each phase's wall and CPU seconds to stderr (CPU of this
    process and of finished child processes), so the load can be tuned on a busy machine."""

    def __init__(self, prefix: str = "") -> None:
        self.enabled = os.environ.get("FPREG_DEMO_TIMING") == "1"
        self.prefix = prefix
        self._wall = time.perf_counter()
        self._cpu = self._cpu_now()

    @staticmethod
    def _cpu_now() -> float:
        t = os.times()
        return t.user + t.system + t.children_user + t.children_system

    def __call__(self, phase: str) -> None:
        if not self.enabled:
            return
        wall, cpu = time.perf_counter(), self._cpu_now()
        print(f"demo {self.prefix}{phase:<24} wall {wall - self._wall:6.2f} s  cpu {cpu - self._cpu:6.2f} s", file=sys.stderr)
        self._wall, self._cpu = wall, cpu
