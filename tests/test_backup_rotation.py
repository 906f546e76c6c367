"""Rotation: 7 daily, 4 weekly, 12 monthly, decided from the dates alone."""

from __future__ import annotations

import datetime as dt

from hypothesis import given, settings
from hypothesis import strategies as st

from app.backup_rotation import choose_kept

D = dt.date(2026, 11, 22)  # a Sunday


def at(day: dt.date, hour: int = 8) -> dt.datetime:
    return dt.datetime.combine(day, dt.time(hour))


def test_a_year_of_daily_backups_keeps_7_days_4_weeks_12_months():
    stamps = [at(D - dt.timedelta(days=n)) for n in range(400)]
    kept = choose_kept((s, s.date()) for s in stamps)
    days = {D - dt.timedelta(days=n) for n in range(7)}
    weeks = {dt.date(2026, 11, 15), dt.date(2026, 11, 8), dt.date(2026, 11, 1)}
    months = {
        dt.date(2026, 10, 31), dt.date(2026, 9, 30), dt.date(2026, 8, 31), dt.date(2026, 7, 31),
        dt.date(2026, 6, 30), dt.date(2026, 5, 31), dt.date(2026, 4, 30), dt.date(2026, 3, 31),
        dt.date(2026, 2, 28), dt.date(2026, 1, 31), dt.date(2025, 12, 31),
    }
    assert kept == days | weeks | months
    assert len(kept) == 21


def test_every_backup_of_the_newest_day_is_kept_but_older_days_keep_only_their_newest():
    today = [at(D, h) for h in (7, 9, 12)]  # daily, before-import, before-upgrade
    yesterday = [at(D - dt.timedelta(days=1), h) for h in (8, 17)]
    kept = choose_kept((s, s) for s in today + yesterday)
    assert kept == set(today) | {yesterday[1]}


def test_days_without_backups_do_not_use_up_the_daily_slots():
    # The PC was off for a month: the seven last days WITH backups are kept.
    stamps = [at(D)] + [at(D - dt.timedelta(days=40 + n)) for n in range(10)]
    kept = choose_kept((s, s) for s in stamps)
    assert {at(D - dt.timedelta(days=40 + n)) for n in range(6)} <= kept
    assert at(D - dt.timedelta(days=47)) not in kept  # Tue 6 Oct: no daily slot left, not a week's newest


def test_no_backups_keeps_nothing():
    assert choose_kept([]) == set()


@settings(derandomize=True, max_examples=150)
@given(st.lists(st.datetimes(min_value=dt.datetime(2020, 1, 1), max_value=dt.datetime(2027, 1, 1)),
                min_size=1, max_size=80, unique=True))
def test_rotation_keeps_the_newest_is_bounded_and_stable(stamps):
    kept = choose_kept((s, s) for s in stamps)
    newest = max(stamps)
    assert newest in kept
    same_day = sum(1 for s in stamps if s.date() == newest.date())
    assert len(kept) <= same_day + 7 + 4 + 12
    # Pruning again changes nothing: tomorrow's rotation does not eat what today's kept.
    assert choose_kept((s, s) for s in kept) == kept
