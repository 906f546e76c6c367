"""The daily refresh of the visits due.

Repeating rules (yearly IUD visits, yearly RH checks, monthly pregnancy care) are laid out only
up to 60 days ahead whenever a woman's records change, so a woman whose records do not change
would drop off the due lists after two months. Once a day, at the first login or `fpreg due`,
every woman's open items are recomputed.
"""

from __future__ import annotations

import datetime as dt

from app import settings
from app.due import recompute_all
from db.connection import database

SETTING = "due_computed_on"


def refresh_if_stale(today: dt.date | None = None) -> bool:
    """Recompute all open items unless that was done for `today`; True when it ran."""
    today = today or dt.date.today()
    if settings.get(SETTING) == today.isoformat():
        return False
    # IMMEDIATE: the facts are read and the items written under one write lock, so a visit
    # recorded meanwhile in another window cannot be overwritten by a stale plan.
    with database.atomic("IMMEDIATE"):
        recompute_all(today)
        settings.put(SETTING, today.isoformat())
    return True
