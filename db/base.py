"""Base models: every synced row carries identity, ownership, version and who/when."""

from __future__ import annotations

import datetime as dt
import uuid

import peewee as pw

from db.connection import database


def now() -> dt.datetime:
    return dt.datetime.now().replace(microsecond=0)


def new_uuid() -> str:
    return str(uuid.uuid4())


class BaseModel(pw.Model):
    class Meta:
        database = database
        legacy_table_names = False


class SyncedModel(BaseModel):
    """A row that travels in sync packets. Never deleted: voided with a reason."""

    uuid = pw.CharField(max_length=36, unique=True, default=new_uuid)
    site_code = pw.CharField(max_length=32, index=True)
    row_version = pw.IntegerField(default=1)
    created_at = pw.DateTimeField(default=now)
    created_by = pw.CharField(max_length=64)
    updated_at = pw.DateTimeField(default=now)
    updated_by = pw.CharField(max_length=64)
    voided = pw.BooleanField(default=False, index=True)
    void_reason = pw.TextField(null=True)

    # Which sites a row owned by a township may reach (app/sync/audience.py): a tuple of fields,
    # the sites they name (a site-code field) or, through a foreign key, the sites of the row it
    # refers to; () for none (the township's own books); None: where its foreign keys lead, or
    # every village for reference data without any.
    sync_audience: tuple[str, ...] | None = None

    # Fields that describe the row's bookkeeping rather than its content; left out of diffs.
    BOOKKEEPING = frozenset(
        {"id", "row_version", "created_at", "created_by", "updated_at", "updated_by"}
    )
