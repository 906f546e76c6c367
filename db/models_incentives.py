"""Incentive payments: schemes, enrolments, notices, approvals, payments (issue 5).

Schema step in db/schema.py creates MODELS; SYNCED are the synced ones (guarded against delete).
Define `after_create(db)` here for extra indexes.
"""

from __future__ import annotations

import peewee as pw

from db.base import BaseModel, SyncedModel  # noqa: F401

MODELS: list[type[pw.Model]] = []
SYNCED: list[type[pw.Model]] = []
