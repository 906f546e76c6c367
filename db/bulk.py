"""Fast loading of many new synced rows (demo data, spreadsheet imports) on SQLite.

peewee's insert_many is several times slower than the raw cursor for 100k rows, so rows go
through executemany with ids we allocate (the caller holds the write transaction), and the
change log entries are then written by one INSERT … SELECT json_object(…) per table, so the
log says exactly what per-row inserts through db.changes would have said.
"""

from __future__ import annotations

import datetime as dt
import operator
from collections.abc import Iterable, Sequence
from typing import Any

import peewee as pw

from db.base import SyncedModel, new_uuid, now
from db.changes import Actor
from db.models import ChangeLog


def _converter(field: pw.Field):
    if isinstance(field, pw.BooleanField):
        return lambda v: None if v is None else int(bool(v))
    if isinstance(field, pw.DateTimeField):
        return lambda v: v.isoformat(sep=" ") if isinstance(v, dt.datetime) else v
    if isinstance(field, pw.DateField):
        return lambda v: v.isoformat() if isinstance(v, dt.date) else v
    return None


def next_id(model: type[pw.Model]) -> int:
    table = model._meta.table_name
    return (model._meta.database.execute_sql(f'SELECT COALESCE(MAX(id), 0) FROM "{table}"').fetchone()[0]) + 1


def insert_rows(
    model: type[SyncedModel], actor: Actor, rows: Sequence[dict[str, Any]], *, first_id: int | None = None
) -> tuple[int, int]:
    """Insert rows (dicts keyed by field name, foreign keys as ids) and log them.

    Must run inside the caller's transaction. Rows without "id" get consecutive ids from
    first_id (default: after the current maximum). Returns the (first, last) id range.
    """
    if not rows:
        return (0, -1)
    db = model._meta.database
    if not isinstance(db.obj if isinstance(db, pw.DatabaseProxy) else db, pw.SqliteDatabase):
        raise RuntimeError("bulk loading is for SQLite; use db.changes elsewhere")
    stamp = now().isoformat(sep=" ")
    start = first_id if first_id is not None else next_id(model)
    fields = list(model._meta.fields.values())
    columns = [f.column_name for f in fields]
    converters = [_converter(f) for f in fields]
    defaults = {
        "site_code": actor.site_code, "row_version": 1, "created_at": stamp, "created_by": actor.username,
        "updated_at": stamp, "updated_by": actor.username, "voided": 0, "void_reason": None,
    }
    names = [f.name for f in fields]
    field_defaults = []
    for f in fields:
        if f.name in defaults:
            field_defaults.append(defaults[f.name])
        elif f.default is not None and not callable(f.default):
            field_defaults.append(f.default)
        else:
            field_defaults.append(None)

    # Merging each row over the defaults and picking the columns in C keeps 100k-row loads
    # from spending most of their time in a per-field Python loop.
    base = dict(zip(names, field_defaults, strict=True))
    pick = operator.itemgetter(*names)
    convert_at = [(i, conv) for i, conv in enumerate(converters) if conv is not None]
    id_at, uuid_at = names.index("id"), names.index("uuid")

    def values() -> Iterable[list]:
        for offset, row in enumerate(rows):
            out = list(pick({**base, **row}))
            if "id" not in row:
                out[id_at] = start + offset
            if not out[uuid_at]:
                out[uuid_at] = new_uuid()
            for i, conv in convert_at:
                out[i] = conv(out[i])
            yield out

    placeholders = ", ".join("?" for _ in columns)
    column_sql = ", ".join(f'"{c}"' for c in columns)
    cursor = db.cursor()
    cursor.executemany(
        f'INSERT INTO "{model._meta.table_name}" ({column_sql}) VALUES ({placeholders})', values()
    )
    last = start + len(rows) - 1
    log_inserts(model, start, last, actor)
    return start, last


def _json_object_sql(model: type[SyncedModel], alias: str) -> str:
    parts = []
    for name, field in model._meta.fields.items():
        if name == "id":
            continue
        if isinstance(field, pw.ForeignKeyField):
            target = field.rel_model._meta.table_name
            value = f'(SELECT r.uuid FROM "{target}" r WHERE r.id = {alias}."{field.column_name}")'
        elif isinstance(field, pw.BooleanField):
            column = f'{alias}."{field.column_name}"'
            value = f"CASE {column} WHEN 1 THEN json('true') WHEN 0 THEN json('false') END"
        else:
            value = f'{alias}."{field.column_name}"'
        parts.append(f"'{name}', {value}")
    return "json_object(" + ", ".join(parts) + ")"


def log_inserts(model: type[SyncedModel], first: int, last: int, actor: Actor) -> None:
    """Append 'insert' change-log entries for rows first..last of a table, in id order."""
    table = model._meta.table_name
    log = ChangeLog._meta.table_name
    sql = (
        f'INSERT INTO "{log}" (table_name, row_uuid, op, row_version, site_code, at, by, data, diff, reason) '
        f"SELECT ?, t.uuid, 'insert', t.row_version, t.site_code, t.created_at, t.created_by, "
        f"{_json_object_sql(model, 't')}, '{{}}', NULL "
        f'FROM "{table}" t WHERE t.id BETWEEN ? AND ? ORDER BY t.id'
    )
    model._meta.database.execute_sql(sql, (table, first, last))


def fill_nulls(
    model: type[SyncedModel], actor: Actor, field_name: str, pairs: Sequence[tuple[int, Any]]
) -> None:
    """Set a field that is still NULL on rows just inserted (a deferred reference such as a
    household's head, known only once the head's row exists), logging each as an 'update'.

    Must run inside the caller's transaction. The log entries match db.changes.update: the row
    after the change, row_version bumped, diff {field: [null, new]} with foreign keys as ids.
    """
    if not pairs:
        return
    db = model._meta.database
    table = model._meta.table_name
    field = model._meta.fields[field_name]
    column = field.column_name
    stamp = now().isoformat(sep=" ")
    conv = _converter(field)
    cursor = db.cursor()
    cursor.execute("CREATE TEMP TABLE IF NOT EXISTS _bulk_ids (id INTEGER PRIMARY KEY)")
    cursor.execute("DELETE FROM _bulk_ids")
    cursor.executemany(
        f'UPDATE "{table}" SET "{column}" = ?, row_version = row_version + 1, updated_at = ?, '
        f'updated_by = ? WHERE id = ? AND "{column}" IS NULL',
        ((conv(v) if conv else v, stamp, actor.username, i) for i, v in pairs),
    )
    cursor.executemany("INSERT OR IGNORE INTO _bulk_ids (id) VALUES (?)", ((i,) for i, _ in pairs))
    log = ChangeLog._meta.table_name
    db.execute_sql(
        f'INSERT INTO "{log}" (table_name, row_uuid, op, row_version, site_code, at, by, data, diff, reason) '
        f"SELECT ?, t.uuid, 'update', t.row_version, t.site_code, t.updated_at, t.updated_by, "
        f"{_json_object_sql(model, 't')}, json_object(?, json_array(NULL, t.\"{column}\")), NULL "
        f'FROM "{table}" t JOIN _bulk_ids b ON b.id = t.id ORDER BY t.id',
        (table, field_name),
    )
    cursor.execute("DELETE FROM _bulk_ids")
