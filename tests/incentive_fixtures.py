"""Incentive test fixtures: the register database of tests/conftest.py with its township set, and
families built to sit exactly on a rule's boundary. Import the fixtures you use."""

from __future__ import annotations

import datetime as dt

import pytest

from app.incentives.families import Kid, add_family
from db import changes
from db.models import Site
from tests.conftest import SITE, TODAY

TOWNSHIP = "T01"


def years_ago(years: int, days: int = 0, today: dt.date = TODAY) -> dt.date:
    """The date `years` years before today, moved `days` further back."""
    return today.replace(year=today.year - years) - dt.timedelta(days=days)


@pytest.fixture
def village(db_path, admin):
    """The village of conftest, belonging to township T01; returns the admin session."""
    site = Site.get(Site.code == SITE)
    changes.update(site, admin.actor, parent_code=TOWNSHIP)
    return admin


@pytest.fixture
def family(village):
    """Factory: family(number, father=(name, birth), mother=(name, birth), children=[Kid…], …)."""
    counter = [0]

    def make(**kwargs):
        counter[0] += 1
        kwargs.setdefault("number", f"F{counter[0]:03d}")
        return add_family(village.actor, **kwargs)

    return make


__all__ = ["Kid", "years_ago", "village", "family", "TODAY", "TOWNSHIP"]
