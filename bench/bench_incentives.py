"""Benchmark: the incentive eligibility engine over a township-sized register.

    python -m bench.bench_incentives [--households 30000] [--db PATH] [--runs 3]

Builds a demo village with about the wanted number of households once (cached under /tmp as
fpreg-bench-incentives-<women>.db; pass --db to use another file), then times: reading the
register into memory (Register.load, a handful of set-based queries), evaluating every parent
against every scheme version in force (evaluate, which includes the load), and the whole
reconciliation. Target: eligibility over 30,000 households ≤ 2 s. Prints figures; no asserts.
"""

from __future__ import annotations

import argparse
import datetime as dt
import tempfile
from pathlib import Path

from bench.timing import report, timed


def _demo(women: int) -> Path:
    from app.demo import create_demo

    path = Path(tempfile.gettempdir()) / f"fpreg-bench-incentives-{women}.db"
    if not path.exists():
        partial = path.with_suffix(".building")
        if partial.exists():
            partial.unlink()
        seconds, _, _ = timed(lambda: create_demo(partial, women=women, today=dt.date(2026, 11, 22)))
        partial.rename(path)
        print(f"demo with {women} women built in {seconds:.1f} s", flush=True)
    return path


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m bench.bench_incentives")
    parser.add_argument("--households", type=int, default=30000)
    parser.add_argument("--db", type=Path, default=None)
    parser.add_argument("--runs", type=int, default=3)
    args = parser.parse_args(argv)
    # The demo village has about one household per registered woman.
    path = args.db or _demo(args.households)
    from app.incentives.engine import Register, evaluate
    from app.incentives.reconcile import reconcile
    from db.connection import database
    from db.schema import open_sqlite

    open_sqlite(path)
    day = dt.date(2026, 11, 22)
    households = database.execute_sql("SELECT COUNT(*) FROM household WHERE voided = 0").fetchone()[0]
    persons = database.execute_sql("SELECT COUNT(*) FROM person WHERE voided = 0").fetchone()[0]
    print(f"register: {households} households, {persons} persons", flush=True)
    loads, evals, recs = [], [], []
    result = None
    for _ in range(args.runs):
        w, c, _reg = timed(Register.load)
        loads.append((w, c))
        w, c, result = timed(lambda: evaluate(day))
        evals.append((w, c))
        w, c, _rec = timed(lambda: reconcile(day))
        recs.append((w, c))
    parents = len(result.register.children)
    print(f"parents evaluated: {parents}; candidates {len(result.candidates)}, "
          f"no longer eligible {len(result.lapsed)}", flush=True)
    report("register into memory", loads)
    report("eligibility, every scheme (load included)", evals, f" (target ≤ 2 s for {households} households)")
    report("reconciliation (eligibility + payable + figures)", recs)
    database.close()
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
