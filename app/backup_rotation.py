"""Which backups to keep: 7 daily, 4 weekly, 12 monthly (a pure function of the dates).

Buckets are counted over the days, weeks and months that HAVE backups, not over the calendar,
so a PC left off for a month still keeps seven daily copies from before the break. Every
backup of the most recent day is kept: the copy taken minutes ago before a packet import or a
schema upgrade must not be pruned by the daily copy that follows it.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Iterable
from typing import TypeVar

KEEP_DAILY = 7
KEEP_WEEKLY = 4
KEEP_MONTHLY = 12

T = TypeVar("T")


def _newest_per_bucket(
    items: list[tuple[dt.datetime, T]], bucket: Callable[[dt.datetime], object], count: int
) -> set[T]:
    """The newest item of each of the `count` most recent buckets (items sorted newest first)."""
    kept: set[T] = set()
    seen: set[object] = set()
    for stamp, item in items:
        key = bucket(stamp)
        if key in seen:
            continue
        if len(seen) == count:
            break
        seen.add(key)
        kept.add(item)
    return kept


def choose_kept(
    backups: Iterable[tuple[dt.datetime, T]],
    *,
    daily: int = KEEP_DAILY,
    weekly: int = KEEP_WEEKLY,
    monthly: int = KEEP_MONTHLY,
) -> set[T]:
    """The items to keep among (taken_at, item) pairs; everything else may be deleted."""
    items = sorted(backups, key=lambda pair: pair[0], reverse=True)
    if not items:
        return set()
    newest_day = items[0][0].date()
    kept = {item for stamp, item in items if stamp.date() == newest_day}
    kept |= _newest_per_bucket(items, lambda s: s.date(), daily)
    kept |= _newest_per_bucket(items, lambda s: s.isocalendar()[:2], weekly)
    kept |= _newest_per_bucket(items, lambda s: (s.year, s.month), monthly)
    return kept
