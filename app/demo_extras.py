"""What each later capability adds to `fpreg demo`, after the register and services are written.

Each module in DEMO_EXTRA_MODULES has `add_to_demo(ctx: DemoContext) -> None`; it runs inside the
demo's one transaction, on the open database, in the order listed. Keep each well under a second
at 100,000 women (the whole demo must stay within 30 s).
"""

from __future__ import annotations

import datetime as dt
import importlib
import random
from dataclasses import dataclass

import peewee as pw

from db.changes import Actor

DEMO_EXTRA_MODULES = (
    "app.stock.demo_stock",  # issue 4: receipts, issues, counts over the last years
    "app.incentives.demo_incentives",  # issue 5: candidate, enrolled and paid families
)


@dataclass(frozen=True)
class DemoContext:
    db: pw.Database
    site_code: str
    today: dt.date
    seed: int
    actor: Actor
    women: int

    def rng(self, salt: str) -> random.Random:
        """A random generator of its own for each extra, so one never shifts another's data."""
        return random.Random(f"{self.seed}:{salt}")


def add_extras(ctx: DemoContext) -> None:
    for name in DEMO_EXTRA_MODULES:
        importlib.import_module(name).add_to_demo(ctx)
