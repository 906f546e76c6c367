"""Benchmark: backing up (and verifying, restoring) a 100,000-women register.

    python -m bench.bench_backup [--women 100000] [--db PATH] [--runs 3]

Builds the demo village once and caches it under /tmp (fpreg-bench-backup-<women>.db; pass
--db to use another file), then times backup_now (online copy + quick_check + fsync + rename,
what the daily backup and the copy before a packet import cost), the copy alone, the full
verify_backup a restore runs first, and restore itself. Target: backup ≤ 5 s for 100,000 women.
Prints figures; no asserts.
"""

from __future__ import annotations

import argparse
import shutil
import sys
import tempfile
from pathlib import Path

from bench.timing import report, timed


def _demo(women: int) -> Path:
    from app.demo import create_demo

    path = Path(tempfile.gettempdir()) / f"fpreg-bench-backup-{women}.db"
    if not path.exists():
        partial = path.with_suffix(".building")
        for leftover in path.parent.glob(partial.name + "*"):
            leftover.unlink()
        seconds, _, _ = timed(lambda: create_demo(partial, women=women))
        from db.connection import database

        database.close()
        partial.rename(path)
        print(f"built demo of {women} women in {seconds:.1f} s: {path}", flush=True)
    return path


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m bench.bench_backup")
    parser.add_argument("--women", type=int, default=100_000)
    parser.add_argument("--db", type=Path, default=None)
    parser.add_argument("--runs", type=int, default=3)
    args = parser.parse_args(argv)

    from app.backup import backup_now, restore, verify_backup

    source = args.db or _demo(args.women)
    size = source.stat().st_size
    print(f"database: {source} ({size / 2**20:.0f} MiB)", flush=True)
    with tempfile.TemporaryDirectory(prefix="fpreg-bench-backup-") as tmp:
        folder = Path(tmp) / "backups"
        daily, usb, bare = [], [], []
        made = None
        for _ in range(args.runs):
            wall, cpu, made = timed(lambda: backup_now(source, folder, "bench", rotate_after=False, check="light"))
            daily.append((wall, cpu))
            wall, cpu, _ = timed(lambda: backup_now(source, folder, "usb", rotate_after=False))
            usb.append((wall, cpu))
            wall, cpu, _ = timed(lambda: backup_now(source, folder, "bare", rotate_after=False, verify=False))
            bare.append((wall, cpu))
            for old in folder.glob("*-usb*.db"):
                old.unlink()
        report("daily / before-import backup (copy, light check, fsync, rename)", daily, "  [target ≤ 5 s]")
        report("USB backup (copy, quick_check, fsync, rename)", usb)
        report("  copy, fsync, rename without any check", bare)
        wall, cpu, info = timed(lambda: verify_backup(made))
        print(f"verify_backup before a restore (integrity_check, counts): {wall:.2f} s wall, CPU {cpu:.2f} s — "
              f"{info.women} women, {info.changes} change-log entries", flush=True)
        target = Path(tmp) / "data" / "fpreg.db"
        target.parent.mkdir()
        shutil.copyfile(source, target)
        wall, cpu, _ = timed(lambda: restore(made, target, expected_site=info.site_code, after_restore=False, info=info))
        print(f"restore after verify (copy, quick_check, keep old file, swap): {wall:.2f} s wall, CPU {cpu:.2f} s",
              flush=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
