"""Timing helpers the benchmarks share (not a benchmark itself: run_all runs bench_*.py only)."""

from __future__ import annotations

import statistics
import time
from collections.abc import Callable
from typing import Any


def timed(fn: Callable[[], Any]) -> tuple[float, float, Any]:
    """(wall seconds, this process's CPU seconds, result): on a shared machine the CPU time is
    closer to what an idle PC would take for the CPU-bound part."""
    wall, cpu = time.perf_counter(), time.process_time()
    result = fn()
    return time.perf_counter() - wall, time.process_time() - cpu, result


def report(label: str, runs: list[tuple[float, float]], target: str = "") -> None:
    """Prints the median and worst wall time and the median CPU time of (wall, CPU) runs."""
    walls = [w for w, _ in runs]
    cpus = [c for _, c in runs]
    print(f"{label}: median {statistics.median(walls):.2f} s wall (worst {max(walls):.2f}), "
          f"CPU {statistics.median(cpus):.2f} s, over {len(runs)} runs{target}", flush=True)
