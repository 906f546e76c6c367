"""Benchmark: the monthly return of a township-sized register.

    python -m bench.bench_return [--women 30000 300000] [--cache /tmp/fpreg_bench_return] [--period 2026-10]

Builds (once, cached under --cache) demo registers with app.demo.create_demo, then times
compute_return for the month over every site — the whole return with every drill-down list — and
the same figures computed by one hand-written SQL query per section (counts only, no lists),
checks both give the same numbers, and prints the ratio. Targets: ≤ 1 s at 30,000 women,
≤ 5 s at 300,000 women. Prints figures; no asserts.
"""

from __future__ import annotations

import argparse
import datetime as dt
import statistics
import time
from pathlib import Path

from app.due_plan import execute
from app.register import birthday_at
from app.returns.base import ID_OK_SQL
from app.returns.compute import compute_return
from app.returns.periods import parse

TODAY = dt.date(2026, 11, 22)


def _women_cte(d: str, oldest: str, youngest: str) -> str:
    return (
        "WITH w AS (SELECT p.id, c.residence, c.uuid AS cuuid FROM woman_card c JOIN person p ON p.id = c.person_id "
        "WHERE c.voided = FALSE AND p.voided = FALSE AND COALESCE(c.registered_date, DATE(c.created_at)) <= "
        f"'{d}' AND (c.exit_date IS NULL OR c.exit_date > '{d}') AND p.birth_date > '{oldest}' "
        f"AND p.birth_date <= '{youngest}'), "
        "m AS (SELECT DISTINCT wife_id AS id FROM marriage WHERE voided = FALSE AND (start_date IS NULL OR "
        f"start_date <= '{d}') AND (end_date IS NULL OR end_date > '{d}') AND wife_id IN (SELECT id FROM w)) "
    )


def sql_sections(period) -> dict[str, float]:
    """The return's main figures, one SQL statement per section (the benchmark's yardstick)."""
    d, s, e = period.end.isoformat(), period.start.isoformat(), period.end.isoformat()
    oldest = birthday_at(period.end, -50).isoformat()
    youngest = birthday_at(period.end, -15).isoformat()
    cte = _women_cte(d, oldest, youngest)
    out: dict[str, float] = {}
    # register
    row = execute(cte + "SELECT (SELECT COUNT(*) FROM w), (SELECT COUNT(*) FROM m), "
                  "(SELECT COUNT(*) FROM w WHERE residence = 'resident')").fetchone()
    out["women_15_49"], out["married_15_49"], out["residence.resident"] = row
    # vital events
    row = execute(
        "SELECT SUM(mother_id IS NOT NULL AND birth_date BETWEEN ? AND ?), "
        "SUM(mother_id IS NOT NULL AND birth_date BETWEEN ? AND ? AND sex = 'M'), "
        "SUM(mother_id IS NOT NULL AND birth_date BETWEEN ? AND ? AND birth_order = 1), "
        "SUM(death_date BETWEEN ? AND ?), SUM(moved_in_date BETWEEN ? AND ?) FROM person WHERE voided = FALSE",
        [s, e] * 5).fetchone()
    out["births"], out["births.sex.M"], out["births.order.1"], out["deaths"], out["moved_in"] = (v or 0 for v in row)
    # status of married women at the end (app/status.py's four rules as correlated subqueries)
    rows = execute(cte + (
        "SELECT st, COUNT(*) FROM (SELECT m.id, CASE "
        "WHEN (SELECT kind FROM life_event l WHERE l.person_id = m.id AND l.voided = FALSE AND l.date <= ? AND "
        "l.kind IN ('pregnancy_registered', 'pregnancy_outcome') ORDER BY l.date DESC, l.id DESC LIMIT 1) "
        "= 'pregnancy_registered' THEN 'pregnant' "
        "ELSE COALESCE((SELECT method FROM method_episode x WHERE x.person_id = m.id AND x.voided = FALSE AND "
        "x.start_date <= ? AND (x.end_date IS NULL OR x.end_date > ?) ORDER BY x.start_date DESC, x.id DESC LIMIT 1), "
        "(SELECT json_extract(l.detail, '$.status') FROM life_event l WHERE l.person_id = m.id AND l.voided = FALSE "
        "AND l.kind = 'status_declared' AND l.date <= ? AND NOT EXISTS (SELECT 1 FROM method_episode x WHERE "
        "x.person_id = m.id AND x.voided = FALSE AND x.end_date > l.date AND x.end_date <= ?) AND NOT EXISTS ("
        "SELECT 1 FROM life_event o WHERE o.person_id = m.id AND o.voided = FALSE AND o.kind = 'pregnancy_outcome' "
        "AND o.date > l.date AND o.date <= ?) ORDER BY l.date DESC, l.id DESC LIMIT 1), 'no_method') END AS st "
        "FROM m) GROUP BY st"), [d, d, d, d, d, d]).fetchall()
    for status, n in rows:
        out[f"status.{status}"] = n
    # new acceptors (a start in the period after registration)
    (n,) = execute(
        "SELECT COUNT(DISTINCT x.person_id) FROM method_episode x JOIN woman_card c ON c.person_id = x.person_id "
        "WHERE x.voided = FALSE AND c.voided = FALSE AND x.start_date BETWEEN ? AND ? "
        "AND x.start_date > COALESCE(c.registered_date, DATE(c.created_at))", [s, e]).fetchone()
    out["new_acceptors"] = n
    # procedures
    for kind, n in execute("SELECT kind, COUNT(*) FROM procedure WHERE voided = FALSE AND date BETWEEN ? AND ? "
                           "GROUP BY kind", [s, e]):
        out[f"procedure.{kind}"] = n
    # follow-up
    row = execute(
        "SELECT COUNT(*), SUM(d.status = 'done' AND v.date BETWEEN d.window_start AND d.window_end) FROM due_visit d "
        "JOIN woman_card c ON c.person_id = d.person_id LEFT JOIN visit v ON v.id = d.visit_id "
        "WHERE d.status IN ('open', 'done') AND c.voided = FALSE AND d.due_date BETWEEN ? AND ?", [s, e]).fetchone()
    out["followup.due"], out["followup.done"] = row[0], row[1] or 0
    # checks
    for kind, n in execute("SELECT kind, COUNT(*) FROM health_check WHERE voided = FALSE AND date BETWEEN ? AND ? "
                           "GROUP BY kind", [s, e]):
        out[f"check.{kind}"] = n
    # ID completeness
    (n,) = execute(cte + f"SELECT COUNT(*) FROM w JOIN person p ON p.id = w.id WHERE {ID_OK_SQL}").fetchone()
    out["id.valid"] = n
    return out


def section_cpu(period) -> str:
    """Each of the return's own sections alone, one after another (CPU seconds): where the time goes."""
    from app.returns import compute, sections
    from app.returns.base import Base, invalid_ids, load_base

    parts: list[str] = []

    def cpu(name, fn):
        started = time.process_time()
        result = fn()
        parts.append(f"{name} {time.process_time() - started:.2f}")
        return result

    base = cpu("register base", lambda: load_base(period, None))
    base.id_bad = cpu("invalid ids (SQL)", lambda: invalid_ids(period, None))
    cpu("vital", lambda: sections.vital_section(Base(period, None)))
    cpu("two sites", lambda: compute.counted_in_two_sites(Base(period, None)))
    for name in ("status", "register", "acceptors", "procedures", "followup", "checks", "ids"):
        fn = getattr(sections, "status_sections" if name == "status" else f"{name}_section")
        cpu(name, lambda fn=fn: fn(base))
    return ", ".join(parts)


def _timed(fn, runs: int):
    walls, cpus, result = [], [], None
    for _ in range(runs):
        w, c = time.perf_counter(), time.process_time()
        result = fn()
        walls.append(time.perf_counter() - w)
        cpus.append(time.process_time() - c)
    return min(walls), statistics.median(walls), min(cpus), result


def ensure(path: Path, women: int) -> None:
    from app.demo import create_demo

    if not path.exists():
        path.parent.mkdir(parents=True, exist_ok=True)
        started = time.perf_counter()
        create_demo(path, women, seed=1, today=TODAY)
        print(f"built {path} ({women} women) in {time.perf_counter() - started:.0f} s", flush=True)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m bench.bench_return")
    parser.add_argument("--women", type=int, nargs="*", default=[30000, 300000])
    parser.add_argument("--cache", type=Path, default=Path("/tmp/fpreg_bench_return"))
    parser.add_argument("--period", default="2026-10")
    parser.add_argument("--runs", type=int, default=3)
    args = parser.parse_args(argv)
    from db import models_returns
    from db.schema import open_sqlite

    period = parse(args.period)
    for n in args.women:
        path = args.cache / f"demo_{n}.db"
        ensure(path, n)
        db = open_sqlite(path)
        db.create_tables(models_returns.MODELS, safe=True)  # a cache file from before this schema step
        models_returns.after_create(db)
        ours_min, ours_med, ours_cpu, ret = _timed(lambda: compute_return(period, None, today=TODAY), args.runs)
        sql_min, sql_med, sql_cpu, figures = _timed(lambda: sql_sections(period), args.runs)
        values = ret.values()
        wrong = {k: (values.get(k, 0), v) for k, v in figures.items() if (values.get(k) or 0) != v}
        people = sum(len(f.people) for f in ret.figures().values())
        print(f"return {period.code}, {n} women ({values['women_15_49']} on the register, "
              f"{values['married_15_49']} married): compute_return min {ours_min:.2f} s, median {ours_med:.2f} s, "
              f"CPU {ours_cpu:.2f} s; {people} drill-down entries", flush=True)
        print(f"  hand-written SQL, one query per section (counts only): min {sql_min:.2f} s, median {sql_med:.2f} s, "
              f"CPU {sql_cpu:.2f} s; ratio ours/SQL {ours_min / sql_min:.2f}", flush=True)
        print(f"  same figures: {'yes' if not wrong else 'NO ' + str(wrong)} ({len(figures)} compared)", flush=True)
        from app.returns import external

        inc_min, _, inc_cpu, _ = _timed(lambda: external.incentive_section(period, None), 1)
        stock_min, _, stock_cpu, _ = _timed(lambda: external.stock_section(period, None), 1)
        print(f"  of which the ledgers' contract calls, alone: incentives {inc_min:.2f} s (CPU {inc_cpu:.2f} s), "
              f"stock {stock_min:.2f} s (CPU {stock_cpu:.2f} s)", flush=True)
        real = external._module
        external._module = lambda name: None  # the return's own part: register and services only
        try:
            own_min, _, own_cpu, _ = _timed(lambda: compute_return(period, None, today=TODAY), args.runs)
        finally:
            external._module = real
        print(f"  compute_return without the ledgers' sections: min {own_min:.2f} s, CPU {own_cpu:.2f} s", flush=True)
        print(f"  own sections alone, in turn (CPU s): {section_cpu(period)}", flush=True)
        db.close()
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
