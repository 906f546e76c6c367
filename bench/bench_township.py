"""Benchmark: the township's cross-village duplicate finder, submission board and register
pages over 300,000 women in 30 villages.

    python -m bench.bench_township [--women 300000] [--villages 30] [--runs 3] [--db PATH]

Builds a township database once (cached under /tmp as fpreg-bench-township-<women>.db) with db.bulk (people and cards under each village's
site code, with 0.5 % of the women also registered in a second village by ID number and
0.2 % by name and birth date only), then times find_duplicates (two set-based queries),
the submission board for six months, and the first register page and count for one village.
Prints figures; no asserts.
"""

from __future__ import annotations

import argparse
import datetime as dt
import random
import statistics
import sys
import tempfile
import time
from pathlib import Path

_cpu: list[float] = []


def _timed(fn) -> tuple[float, object]:
    """Wall seconds and the result; the process CPU seconds go to _cpu[-1] (the machine is shared)."""
    started, cpu = time.perf_counter(), time.process_time()
    result = fn()
    _cpu.append(time.process_time() - cpu)
    return time.perf_counter() - started, result


def _ms(wall: float) -> str:
    return f"{wall * 1000:.0f} ms wall, {_cpu[-1] * 1000:.0f} ms CPU"


def build(path: Path, women: int, villages: int, seed: int = 3) -> dict[str, int]:
    from app.auth import system_session
    from app.demo_names import FEMALE_CHARS, SURNAMES
    from app.idnumber import make
    from app.names import pinyin_keys
    from app.sites import init_database
    from db import bulk, changes
    from db.models import Person, Site, WomanCard

    rng = random.Random(seed)
    keys: dict[str, tuple[str, str]] = {}
    db = init_database(path, site_code="T001", site_name="城关镇", kind="township")
    db.execute_sql("PRAGMA synchronous = OFF")
    surnames = [s for s, w in SURNAMES for _ in range(w)]
    per_village = women // villages
    today = dt.date(2026, 11, 22)
    counts = {"id_dups": 0, "name_dups": 0}
    made: list[tuple[str, dt.date, str]] = []
    seq = 0
    with db.atomic():
        for v in range(villages):
            code = f"V{v + 1:03d}"
            actor = system_session(code).actor
            changes.insert(Site, actor, code=code, name=f"{v + 1}村", kind="village", parent_code="T001")
            people, cards = [], []
            first = bulk.next_id(Person)
            for i in range(per_village):
                if made and rng.random() < 0.007:
                    name, birth, id_number = rng.choice(made)
                    if rng.random() < 0.7:
                        counts["id_dups"] += 1
                    else:
                        seq += 1
                        id_number = make("431199", birth, (seq % 500) * 2)
                        counts["name_dups"] += 1
                else:
                    birth = today - dt.timedelta(days=rng.randint(15 * 365 + 10, 49 * 365))
                    name = rng.choice(surnames) + "".join(rng.sample(FEMALE_CHARS, 2))
                    seq += 1
                    # Sequence numbers by village and order: IDs never collide by accident.
                    id_number = make(f"{430000 + v * 20 + i // 500:06d}", birth, (i % 500) * 2)
                    if rng.random() < 0.05:
                        made.append((name, birth, id_number))
                if name not in keys:
                    keys[name] = pinyin_keys(name)
                full, initials = keys[name]
                people.append({"name": name, "pinyin": full, "initials": initials, "sex": "F",
                               "birth_date": birth, "id_number": id_number})
                cards.append({"person": first + i, "registered_date": today, "marital_status": "married"})
            bulk.insert_rows(Person, actor, people, first_id=first)
            bulk.insert_rows(WomanCard, actor, cards)
    db.close()
    return counts


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m bench.bench_township")
    parser.add_argument("--women", type=int, default=300_000)
    parser.add_argument("--villages", type=int, default=30)
    parser.add_argument("--runs", type=int, default=3)
    parser.add_argument("--db", type=Path, default=None)
    args = parser.parse_args(argv)
    path = args.db or Path(tempfile.gettempdir()) / f"fpreg-bench-township-{args.women}.db"
    if not path.exists():
        partial = path.with_suffix(".building")
        for leftover in path.parent.glob(partial.name + "*"):
            leftover.unlink()
        seconds, counts = _timed(lambda: build(partial, args.women, args.villages))
        partial.rename(path)
        print(f"built {args.women:,} women in {args.villages} villages in {seconds:.1f} s "
              f"(planted: {counts['id_dups']} same-ID, {counts['name_dups']} name+birth)")
    from app.register_query import RegisterFilter, count, fetch_page
    from app.township import duplicates, submissions
    from db.schema import open_sqlite

    db = open_sqlite(path)
    times, cpus = [], []
    for _ in range(args.runs):
        t, groups = _timed(duplicates.find_duplicates)
        times.append(t)
        cpus.append(_cpu[-1])
    kinds = {k: sum(1 for g in groups if g.kind == k) for k in duplicates.KINDS}
    print(f"find_duplicates: median {statistics.median(times) * 1000:.0f} ms wall, "
          f"{statistics.median(cpus) * 1000:.0f} ms CPU over {args.runs} runs "
          f"({kinds['id_number']} same-ID groups, {kinds['name_birth']} name+birth groups)")
    for kind in duplicates.KINDS:
        t, _ = _timed(lambda k=kind: duplicates.find_duplicates([k]))
        print(f"  {kind} alone: {_ms(t)}")
    today = dt.date(2026, 11, 22)
    months = submissions.recent_months(today, 6)
    t, rows = _timed(lambda: submissions.submission_board(months, today))
    print(f"submission_board (6 months, {len(rows)} villages): {_ms(t)}")
    t, page = _timed(lambda: fetch_page(RegisterFilter(site_code="V007"), limit=200, today=today))
    print(f"register first page, one village: {_ms(t)} ({len(page)} rows)")
    t, n = _timed(lambda: count(RegisterFilter(site_code="V007"), today=today))
    print(f"register count, one village: {_ms(t)} ({n:,} women)")
    t, page = _timed(lambda: fetch_page(RegisterFilter(), limit=200, today=today))
    print(f"register first page, all villages: {_ms(t)}")
    db.close()
    return 0


if __name__ == "__main__":
    sys.exit(main())
