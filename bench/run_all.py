"""Run every benchmark: `python -m bench.run_all [NAME ...]` (the `make bench` target).

Each bench/bench_*.py runs in its own process (`python -m bench.bench_x`) so that one's memory
and imports never colour another's figures; their output is streamed as it comes and the
figures are repeated in a summary at the end.
"""

from __future__ import annotations

import argparse
import subprocess
import sys
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent


def discover(names: list[str]) -> list[str]:
    found = sorted(p.stem for p in HERE.glob("bench_*.py"))
    if names:
        wanted = {n if n.startswith("bench_") else f"bench_{n}" for n in names}
        found = [f for f in found if f in wanted]
    return found


def run_one(module: str, extra: list[str]) -> tuple[int, float, list[str]]:
    started = time.perf_counter()
    proc = subprocess.Popen(
        [sys.executable, "-u", "-m", f"bench.{module}", *extra], cwd=HERE.parent,
        stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True, bufsize=1,
    )
    lines = []
    assert proc.stdout is not None
    for line in proc.stdout:
        line = line.rstrip("\n")
        lines.append(line)
        print(f"  {module}: {line}", flush=True)
    code = proc.wait()
    return code, time.perf_counter() - started, lines


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m bench.run_all")
    parser.add_argument("names", nargs="*", help="only these benchmarks (e.g. demo search)")
    parser.add_argument("--summary-lines", type=int, default=12, help="lines of each output to repeat")
    args, extra = parser.parse_known_args(argv)
    modules = discover(args.names)
    if not modules:
        print("no benchmarks found")
        return 1
    results = []
    for module in modules:
        print(f"== {module}", flush=True)
        results.append((module, *run_one(module, extra)))
    print("\n==== summary ====")
    failed = 0
    for module, code, seconds, lines in results:
        state = "ok" if code == 0 else f"FAILED (exit {code})"
        failed += code != 0
        print(f"{module}: {state}, {seconds:.1f} s wall")
        for line in lines[-args.summary_lines:]:
            print(f"    {line}")
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
