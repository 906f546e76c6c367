"""Benchmark: create the demo village.

    python -m bench.bench_demo [--women 100000] [--seed 1] [--keep PATH]

Times app.demo.create_demo and prints seconds, rows per table, database size and peak RSS.
The target is 100,000 women in at most 30 s on a 2-core PC.
"""

from __future__ import annotations

import argparse
import resource
import sqlite3
import sys
import tempfile
import time
from pathlib import Path

from app.demo import create_demo

TABLES = ("village_group", "household", "person", "marriage", "woman_card", "change_log")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m bench.bench_demo")
    parser.add_argument("--women", type=int, default=100_000)
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("--keep", type=Path, default=None, help="write the database here and keep it")
    args = parser.parse_args(argv)
    with tempfile.TemporaryDirectory(prefix="fpreg-bench-demo-") as tmp:
        path = args.keep or Path(tmp) / "demo.db"
        started = time.perf_counter()
        info = create_demo(path, args.women, seed=args.seed)
        seconds = time.perf_counter() - started
        conn = sqlite3.connect(path)
        counts = {t: conn.execute(f'SELECT count(*) FROM "{t}"').fetchone()[0] for t in TABLES}
        conn.close()
        size = sum(p.stat().st_size for p in path.parent.glob(path.name + "*"))
    rss_mb = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    print(f"create_demo women={args.women}: {seconds:.1f} s (target <= 30 s)")
    print(f"persons {info.persons}, households {info.households}, groups {info.groups}, "
          f"married women {info.married_women} ({100 * info.married_women / info.persons:.1f} %), "
          f"births last year {info.births_last_year} ({1000 * info.births_last_year / info.persons:.1f} per mille)")
    print("rows: " + ", ".join(f"{t} {n}" for t, n in counts.items()) + f"; total {sum(counts.values())}")
    print(f"database size {size / 2**20:.0f} MiB; peak RSS {rss_mb:.0f} MiB")
    return 0


if __name__ == "__main__":
    sys.exit(main())
