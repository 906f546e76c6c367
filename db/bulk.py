"""Fast loading of many new synced rows (demo data, spreadsheet imports) on SQLite.

peewee's insert_many is several times slower than the raw cursor for 100k rows, so rows go
through executemany with ids we allocate (the caller holds the write transaction), and the
change log entries are then written by one INSERT … SELECT json_object(…) per table, so the
log says exactly what per-row inserts through db.changes would have said.
"""

from __future__ import annotations

import datetime as dt
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


def _row_builder(fields: list[pw.Field], converters: list, base: dict[str, Any], shape: tuple):
    """A function (row, id) → the row's column values, for rows whose keys are `shape`: what
    merging the row over `base`, setting the id and uuid and converting would give."""
    supplied = set(shape)
    env: dict[str, Any] = {"_new_uuid": new_uuid}
    parts = []
    for n, (f, conv) in enumerate(zip(fields, converters, strict=True)):
        name = f.name
        if name == "id":
            parts.append("r['id']" if name in supplied else "i")
            continue
        if name in supplied:
            value = f"r[{name!r}]"
            if conv is not None:
                env[f"_c{n}"] = conv
                value = f"_c{n}({value})"
        else:
            value = f"_d{n}"
            env[value] = conv(base[name]) if conv is not None else base[name]
        if name == "uuid":
            value = f"({value} or _new_uuid())"
        parts.append(value)
    source = "def build(r, i):\n    return (" + ", ".join(parts) + ",)\n"
    exec(source, env)  # noqa: S102 - generated from the model's own field names
    return env["build"]


def next_id(model: type[pw.Model]) -> int:
    table = model._meta.table_name
    return (model._meta.database.execute_sql(f'SELECT COALESCE(MAX(id), 0) FROM "{table}"').fetchone()[0]) + 1


def insert_rows(
    model: type[SyncedModel], actor: Actor, rows: Sequence[dict[str, Any]], *, first_id: int | None = None,
    log: bool = True,
) -> tuple[int, int]:
    """Insert rows (dicts keyed by field name, foreign keys as ids) and log them.

    Must run inside the caller's transaction. Rows without "id" get consecutive ids from
    first_id (default: after the current maximum). Returns the (first, last) id range.
    log=False leaves the logging to the caller (log_inserts), for rows that refer to rows not
    written yet: the log names them by UUID, so it is written once they exist.
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
    base = {}
    for f in fields:
        if f.name in defaults:
            base[f.name] = defaults[f.name]
        elif f.default is not None and not callable(f.default):
            base[f.name] = f.default
        else:
            base[f.name] = None
    builders: dict[tuple, Any] = {}

    def values() -> Iterable[tuple]:
        # One compiled builder per shape of row (its keys in order): the tuple comes from a
        # single expression with no dict merge, and converters run only on supplied values.
        for row_id, row in enumerate(rows, start):
            shape = tuple(row)
            build = builders.get(shape)
            if build is None:
                build = builders[shape] = _row_builder(fields, converters, base, shape)
            yield build(row, row_id)

    placeholders = ", ".join("?" for _ in columns)
    column_sql = ", ".join(f'"{c}"' for c in columns)
    cursor = db.cursor()
    cursor.executemany(
        f'INSERT INTO "{model._meta.table_name}" ({column_sql}) VALUES ({placeholders})', values()
    )
    last = start + len(rows) - 1
    if log:
        log_inserts(model, start, last, actor)
    return start, last


def _json_object_sql(model: type[SyncedModel], alias: str) -> tuple[str, str]:
    """The json_object(…) of a row as db.changes logs it, and the LEFT JOINs it needs: each
    foreign key's UUID comes from a join on the referenced id rather than a correlated
    subquery per row (a NULL key finds no row and gives NULL, as the subquery did)."""
    parts = []
    joins = []
    for name, field in model._meta.fields.items():
        if name == "id":
            continue
        if isinstance(field, pw.ForeignKeyField):
            target = field.rel_model._meta.table_name
            ref = f"_r{len(joins)}"
            joins.append(f'LEFT JOIN "{target}" {ref} ON {ref}.id = {alias}."{field.column_name}"')
            value = f"{ref}.uuid"
        elif isinstance(field, pw.BooleanField):
            column = f'{alias}."{field.column_name}"'
            value = f"CASE {column} WHEN 1 THEN json('true') WHEN 0 THEN json('false') END"
        else:
            value = f'{alias}."{field.column_name}"'
        parts.append(f"'{name}', {value}")
    return "json_object(" + ", ".join(parts) + ")", " ".join(joins)


def log_inserts(model: type[SyncedModel], first: int, last: int, actor: Actor) -> None:
    """Append 'insert' change-log entries for rows first..last of a table, in id order."""
    table = model._meta.table_name
    log = ChangeLog._meta.table_name
    data, joins = _json_object_sql(model, "t")
    # The rows are walked by their rowid (the outer loop of the LEFT JOINs), so they come out
    # in id order without a sort.
    sql = (
        f'INSERT INTO "{log}" (table_name, row_uuid, op, row_version, site_code, at, by, data, diff, reason) '
        f"SELECT ?, t.uuid, 'insert', t.row_version, t.site_code, t.created_at, t.created_by, "
        f"{data}, '{{}}', NULL "
        f'FROM "{table}" t {joins} WHERE t.id BETWEEN ? AND ? ORDER BY t.id'
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
    data, joins = _json_object_sql(model, "t")
    db.execute_sql(
        f'INSERT INTO "{log}" (table_name, row_uuid, op, row_version, site_code, at, by, data, diff, reason) '
        f"SELECT ?, t.uuid, 'update', t.row_version, t.site_code, t.updated_at, t.updated_by, "
        f"{data}, json_object(?, json_array(NULL, t.\"{column}\")), NULL "
        f'FROM "{table}" t JOIN _bulk_ids b ON b.id = t.id {joins} ORDER BY t.id',
        (table, field_name),
    )
    cursor.execute("DELETE FROM _bulk_ids")
