"""Benchmark: the due list on a big register.

    python -m bench.bench_due [--women 100000] [--db PATH] [--events 1000000]

Builds the demo village (or opens --db), tops its history up with old synthetic visits until
episodes + procedures + checks + events + visits reach --events (benchmark only, so plain rows
without change log), then times due_list for each view (whole list and a 200-row page),
due_counts, recompute_for_person and, when app/timeline.py exists, timeline(card) over 200 women.
Target: due_list ≤ 300 ms for 100,000 women with 1,000,000 events. Prints figures; no asserts.
"""

from __future__ import annotations

import argparse
import contextlib
import datetime as dt
import os
import random
import statistics
import sys
import tempfile
import time
from pathlib import Path

from app.demo import create_demo
from app.due import VIEWS, DueFilter, due_counts, due_list, recompute_for_person
from db.connection import database
from db.schema import open_sqlite

EVENT_TABLES = ("method_episode", "procedure", "health_check", "life_event", "visit")
RUNS = 15


def _events() -> int:
    return sum(database.execute_sql(f'SELECT count(*) FROM "{t}"').fetchone()[0] for t in EVENT_TABLES)


def _top_up(target: int, today: dt.date) -> int:
    """Old visits of type 'other' (they close nothing and start nothing) up to `target` events."""
    missing = target - _events()
    if missing <= 0:
        return 0
    rng = random.Random(5)
    people = [r[0] for r in database.execute_sql("SELECT person_id FROM woman_card")]
    first = database.execute_sql("SELECT COALESCE(MAX(id), 0) + 1 FROM visit").fetchone()[0]
    stamp = dt.datetime.now().isoformat(sep=" ", timespec="seconds")
    rows = (
        (first + n, f"bench-{first + n:012d}", "V001", 1, stamp, "bench", stamp, "bench", 0, None,
         people[int(rng.random() * len(people))], (today - dt.timedelta(days=400 + int(rng.random() * 3000))).isoformat(),
         "worker", "other", "", "", None, None, "")
        for n in range(missing)
    )
    with database.atomic():
        database.cursor().executemany(
            "INSERT INTO visit (id, uuid, site_code, row_version, created_at, created_by, updated_at, updated_by, "
            "voided, void_reason, person_id, date, visitor, visit_type, findings, supplies, supply_kind, "
            "supply_quantity, next_step) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)", rows)
    database.execute_sql("ANALYZE")
    return missing


def _time(fn, runs: int = RUNS) -> tuple[float, float, object]:
    """Median and worst wall-clock ms, and the result. The CPU ms of the last _time call are in
    _cpu_ms: on a machine shared with other jobs they are the steadier figure."""
    global _cpu_ms
    times, cpu, result = [], [], None
    for _ in range(runs):
        started, started_cpu = time.perf_counter(), time.process_time()
        result = fn()
        times.append((time.perf_counter() - started) * 1000)
        cpu.append((time.process_time() - started_cpu) * 1000)
    _cpu_ms = statistics.median(cpu)
    return statistics.median(times), max(times), result


_cpu_ms = 0.0


def _cli_week(path: Path, today: dt.date) -> int:
    """`fpreg due --view week --json` in this process (its own open, daily-refresh check and
    JSON), output discarded."""
    from app.cli import main as cli

    with open(os.devnull, "w") as sink, contextlib.redirect_stdout(sink):
        return cli(["due", "--db", str(path), "--view", "week", "--date", today.isoformat(), "--json"])


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m bench.bench_due")
    parser.add_argument("--women", type=int, default=100_000)
    parser.add_argument("--db", type=Path, default=None, help="an existing register (else a new demo)")
    parser.add_argument("--events", type=int, default=1_000_000)
    parser.add_argument("--keep", type=Path, default=None, help="build the demo here and keep it")
    args = parser.parse_args(argv)
    today = dt.date.today()
    with tempfile.TemporaryDirectory(prefix="fpreg-bench-due-") as tmp:
        path = args.db
        if path is None:
            path = args.keep or Path(tmp) / "demo.db"
            started = time.perf_counter()
            create_demo(path, args.women, today=today)
            print(f"demo women={args.women}: {time.perf_counter() - started:.1f} s")
        db = open_sqlite(path)
        try:
            before = _events()
            added = _top_up(args.events, today)
            women = database.execute_sql("SELECT count(*) FROM woman_card WHERE exit_reason IS NULL").fetchone()[0]
            items = dict(database.execute_sql("SELECT status, count(*) FROM due_visit GROUP BY status").fetchall())
            print(f"women {women}; events {before + added} ({before} history + {added} synthetic old visits); "
                  f"due items {items}")
            print("target: the whole list <= 300 ms (wall median / worst; CPU median)")
            for view in VIEWS:
                med, worst, rows = _time(lambda v=view: due_list(DueFilter(view=v), today))
                cpu = _cpu_ms
                pmed, pworst, _ = _time(lambda v=view: due_list(DueFilter(view=v), today, 200))
                gmed, gworst, _ = _time(lambda v=view: due_list(DueFilter(view=v, group_number=7), today))
                print(f"due_list {view:8s}: whole list {len(rows):6d} rows {med:6.1f} / {worst:6.1f} ms, CPU {cpu:6.1f} ms; "
                      f"page of 200 {pmed:5.1f} / {pworst:5.1f} ms; group 7 {gmed:5.1f} / {gworst:5.1f} ms")
            db.close()
            med, worst, _ = _time(lambda: _cli_week(path, today), runs=5)
            print(f"fpreg due --view week --json (in-process, with open and refresh check): {med:.1f} / "
                  f"{worst:.1f} ms, CPU {_cpu_ms:.1f} ms")
            db = open_sqlite(path)
            med, worst, counts = _time(lambda: due_counts(today))
            print(f"due_counts: {counts} median {med:.1f} ms worst {worst:.1f} ms")
            sample = [r[0] for r in database.execute_sql(
                "SELECT person_id FROM woman_card WHERE exit_reason IS NULL ORDER BY random() LIMIT 200")]
            times = []
            for pid in sample:
                started = time.perf_counter()
                with database.atomic():
                    recompute_for_person(pid, today)
                times.append((time.perf_counter() - started) * 1000)
            print(f"recompute_for_person x{len(times)}: median {statistics.median(times):.1f} ms "
                  f"worst {max(times):.1f} ms")
            try:
                from app.timeline import timeline
            except ImportError:
                print("timeline: app/timeline.py not there")
            else:
                cards = [r[0] for r in database.execute_sql(
                    "SELECT uuid FROM woman_card WHERE exit_reason IS NULL ORDER BY random() LIMIT 200")]
                times = []
                for uuid in cards:
                    started = time.perf_counter()
                    timeline(uuid)
                    times.append((time.perf_counter() - started) * 1000)
                print(f"timeline x{len(times)}: median {statistics.median(times):.1f} ms worst {max(times):.1f} ms")
        finally:
            db.close()
    return 0


if __name__ == "__main__":
    sys.exit(main())
