"""Benchmark: the bundled program's cold start to the login window (target ≤ 2 s).

    python -m bench.bench_startup [--bundle DIR] [--db PATH] [--women 100000] [--runs 5]

Runs the installed bundle (/opt/fpreg, from the Debian package) or else the dist folder
build/dist/fpreg (built first with PyInstaller if missing; not timed), as `fpreg gui --db X`
with FPREG_BENCH_STARTUP=1 and QT_QPA_PLATFORM=offscreen: the program prints the seconds since
its process started when the login window is shown ("login-shown") and when the database has
been opened in the background and the login is enabled ("login-ready"), then exits.

"cold": before each run every file of the bundle and the database is dropped from the page
cache (posix_fadvise DONTNEED, no root needed; the shared libraries of the system stay cached,
as they are on a PC that has been used since boot). "warm": the same runs straight after.
Medians of --runs runs. Without --db a demo database of --women women is made (not timed).
"""

from __future__ import annotations

import argparse
import os
import resource
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
INSTALLED = Path("/opt/fpreg")
DIST = ROOT / "build" / "dist" / "fpreg"


def find_bundle(given: Path | None) -> Path:
    if given:
        return given
    for candidate in (INSTALLED, DIST):
        if (candidate / "fpreg").is_file():
            return candidate
    print("no bundle: building build/dist/fpreg with PyInstaller (not timed) …", flush=True)
    subprocess.run([sys.executable, "-m", "PyInstaller", "--noconfirm", "--log-level", "WARN",
                    "--distpath", str(ROOT / "build" / "dist"), "--workpath", str(ROOT / "build" / "pyinstaller"),
                    str(ROOT / "installers" / "fpreg.spec")], cwd=ROOT, check=True)
    return DIST


def evict(paths: list[Path]) -> int:
    """Drop these files' pages from the page cache; returns how many files were advised."""
    done = 0
    for path in paths:
        try:
            fd = os.open(path, os.O_RDONLY)
        except OSError:
            continue
        try:
            os.posix_fadvise(fd, 0, 0, os.POSIX_FADV_DONTNEED)
            done += 1
        finally:
            os.close(fd)
    return done


def one_run(exe: Path, db: Path, home: Path) -> tuple[float, float, float, float]:
    """(login shown, login ready: seconds since the child started; spawn to exit; child's CPU s)."""
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "FPREG_BENCH_STARTUP": "1", "HOME": str(home)}
    env.pop("PYTHONPATH", None)
    start = time.perf_counter()
    proc = subprocess.run([str(exe), "gui", "--db", str(db)], env=env, capture_output=True, text=True,
                          timeout=120, cwd=home)
    wall = time.perf_counter() - start
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    cpu = (after.ru_utime - before.ru_utime) + (after.ru_stime - before.ru_stime)
    found = dict(x.split() for x in proc.stdout.splitlines() if x.startswith("login-"))
    if set(found) != {"login-shown", "login-ready"}:
        raise SystemExit(f"no login-shown/login-ready lines (exit {proc.returncode}); stderr:\n{proc.stderr}")
    return float(found["login-shown"]), float(found["login-ready"]), wall, cpu


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m bench.bench_startup")
    parser.add_argument("--bundle", type=Path, help="bundle folder (default /opt/fpreg, else build/dist/fpreg)")
    parser.add_argument("--db", type=Path)
    parser.add_argument("--women", type=int, default=100_000)
    parser.add_argument("--runs", type=int, default=5)
    args = parser.parse_args(argv)
    bundle = find_bundle(args.bundle)
    exe = bundle / "fpreg"
    files = [p for p in bundle.rglob("*") if p.is_file()]
    size_mb = sum(p.stat().st_size for p in files) / 1e6
    print(f"bundle: {bundle} ({len(files)} files, {size_mb:.0f} MB)")
    with tempfile.TemporaryDirectory() as tmp:
        db = args.db
        if db is None:
            db = Path(tmp) / "demo.db"
            start = time.perf_counter()
            subprocess.run([str(exe), "demo", "--db", str(db), "--women", str(args.women)], check=True,
                           capture_output=True, timeout=600)
            print(f"demo database: {args.women} women, made in {time.perf_counter() - start:.1f} s (not timed)")
        home = Path(tmp) / "home"
        home.mkdir()
        results: dict[str, list[tuple[float, float, float, float]]] = {"cold": [], "warm": []}
        for _ in range(args.runs):
            evict(files + [db])
            results["cold"].append(one_run(exe, db, home))
        for _ in range(args.runs):
            results["warm"].append(one_run(exe, db, home))
    print(f"{'start':<6} {'login shown s':>14} {'login ready s':>14} {'spawn→exit s':>13} {'CPU s':>6}"
          f"   (median of {args.runs}; CPU = the child's user+system time, spawn to exit)")
    for kind, runs in results.items():
        shown, ready, wall, cpu = (statistics.median(col) for col in zip(*runs, strict=True))
        print(f"{kind:<6} {shown:>14.2f} {ready:>14.2f} {wall:>13.2f} {cpu:>6.2f}   "
              f"all shown: {', '.join(f'{r[0]:.2f}' for r in runs)}")
    cold_shown = statistics.median(r[0] for r in results["cold"])
    print(f"target: cold start to the login window ≤ 2 s: {'met' if cold_shown <= 2 else 'NOT met'} "
          f"({cold_shown:.2f} s)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
