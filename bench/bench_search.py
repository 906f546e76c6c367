"""Benchmark: searching and paging the register.

    python -m bench.bench_search [--db PATH | --women 100000] [--samples 40]

On a demo database (built once into a temp dir unless --db is given), times many searches of
each kind through app.register_query.search (limit 50) and first pages of fetch_page with
filters, and prints the median and worst in milliseconds. The target is <= 50 ms each.
"""

from __future__ import annotations

import argparse
import random
import statistics
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

from app.demo import create_demo
from app.register_query import RegisterFilter, fetch_page, search
from db.connection import database
from db.schema import open_sqlite

TARGET_MS = 50.0


def samples(rng: random.Random, n: int) -> dict[str, list[str]]:
    people = database.execute_sql(
        "SELECT p.name, p.pinyin, p.initials, p.id_number, p.phone FROM woman_card c "
        "JOIN person p ON p.id = c.person_id WHERE p.id_number IS NOT NULL AND p.phone IS NOT NULL "
        "ORDER BY c.id"
    ).fetchall()
    picked = rng.sample(people, min(n, len(people)))
    return {
        "initials, 2 letters": [p[2][:2] for p in picked],
        "initials, 3 letters": [p[2][:3] for p in picked if len(p[2]) >= 3] or [p[2] for p in picked],
        "full pinyin": [p[1] for p in picked],
        "pinyin prefix (surname+1)": [p[1][: len(p[1]) // 2 + 1] for p in picked],
        "name, 1 character": [rng.choice(p[0][1:] or p[0]) for p in picked],
        "name, 2 characters": [p[0][:2] for p in picked],
        "ID prefix, 6 digits": [p[3][:6] for p in picked],
        "ID prefix, 10 digits": [p[3][:10] for p in picked],
        "phone prefix, 7 digits": [p[4][:7] for p in picked],
        "phone prefix, 3 digits": [p[4][:3] for p in picked],
    }


def timed(fn: Callable[[], object]) -> tuple[float, object]:
    started = time.perf_counter()
    result = fn()
    return (time.perf_counter() - started) * 1000, result


def report(label: str, times: list[float], hits: list[int]) -> bool:
    med, worst = statistics.median(times), max(times)
    ok = worst <= TARGET_MS
    print(f"{label:<34} median {med:7.1f} ms  worst {worst:7.1f} ms  "
          f"(n={len(times)}, hits median {int(statistics.median(hits))})  {'ok' if ok else 'SLOW'}")
    return ok


def run(samples_n: int, seed: int) -> bool:
    rng = random.Random(seed)
    all_ok = True
    search("warm up", limit=50)
    for label, texts in samples(rng, samples_n).items():
        times, hits = [], []
        for text in texts:
            ms, rows = timed(lambda t=text: search(t, limit=50))
            times.append(ms)
            hits.append(len(rows))  # type: ignore[arg-type]
        all_ok &= report(f"search: {label}", times, hits)
    groups = [g for (g,) in database.execute_sql("SELECT number FROM village_group").fetchall()]
    pages = {
        "page: no filter": lambda: RegisterFilter(),
        "page: group": lambda: RegisterFilter(group_number=rng.choice(groups)),
        "page: group + status iud": lambda: RegisterFilter(group_number=rng.choice(groups), status="iud"),
        "page: status pregnant": lambda: RegisterFilter(status="pregnant"),
        "page: residence out_migrant": lambda: RegisterFilter(residence="out_migrant"),
        "page: age 45-49": lambda: RegisterFilter(age_min=45, age_max=49),
        "page: group + age 20-29 + text": lambda: RegisterFilter(
            group_number=rng.choice(groups), age_min=20, age_max=29, text="w"),
        "page: exited": lambda: RegisterFilter(scope="exited"),
    }
    for label, make in pages.items():
        times, hits = [], []
        for _ in range(max(5, samples_n // 4)):
            flt = make()
            ms, rows = timed(lambda f=flt: fetch_page(f, limit=200))
            times.append(ms)
            hits.append(len(rows))  # type: ignore[arg-type]
        all_ok &= report(label, times, hits)
    return all_ok


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m bench.bench_search")
    parser.add_argument("--db", type=Path, default=None, help="an existing register database")
    parser.add_argument("--women", type=int, default=100_000, help="size of the demo built when no --db")
    parser.add_argument("--samples", type=int, default=40, help="searches of each kind")
    parser.add_argument("--seed", type=int, default=1)
    args = parser.parse_args(argv)
    with tempfile.TemporaryDirectory(prefix="fpreg-bench-search-") as tmp:
        path = args.db
        if path is None:
            path = Path(tmp) / "demo.db"
            started = time.perf_counter()
            create_demo(path, args.women, seed=args.seed)
            print(f"built demo database with {args.women} women in {time.perf_counter() - started:.1f} s")
        db = open_sqlite(path)
        try:
            ok = run(args.samples, args.seed)
        finally:
            db.close()
    print(f"all within {TARGET_MS:.0f} ms" if ok else f"some searches above {TARGET_MS:.0f} ms")
    return 0


if __name__ == "__main__":
    sys.exit(main())
