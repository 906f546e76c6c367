"""Applying a packet's entries: row by row decisions, table by table writes, in the caller's
transaction.

Each row (UUID) of the packet is judged once, on its first and last entry: the version it was
based on and the state it ends in. A row the receiver has at that base version is brought up to
date; one it already has in that state is ignored; one that moved on here as well goes to the
review queue instead of being overwritten. Writes go through the driver's executemany (a
village's first packet is ~20,000 rows), foreign keys translated from UUIDs to local ids.
"""

from __future__ import annotations

import importlib
import json
from dataclasses import dataclass, field
from typing import Any

import peewee as pw

from app.i18n import translate
from app.sync.packet_format import PacketError
from app.sync.tables import synced_models, township_owned, unique_keys
from db.base import SyncedModel, now
from db.connection import database
from db.models import ChangeLog
from db.models_sync import ReviewItem

CHUNK = 500
BOOKKEEPING = SyncedModel.BOOKKEEPING
# Modules of other capabilities told which rows a packet brought (e.g. stock dispatched by the
# township becoming a pending receipt): `after_packet_applied(changed, sender)` if present; a
# text it returns is a note for the import's summary ("2 dispatches wait for receipt").
HOOK_MODULES = ("app.stock.sync_hooks", "app.incentives.sync_hooks", "app.returns.sync_hooks")
_MISSING = object()


def _t(text: str) -> str:
    return translate("sync", text)


@dataclass
class Summary:
    imported: int = 0
    updated: int = 0
    ignored: int = 0
    conflicts: int = 0
    tables: dict[str, dict[str, int]] = field(default_factory=dict)
    notes: list[str] = field(default_factory=list)

    def count(self, table: str, what: str, n: int = 1) -> None:
        if n:
            setattr(self, what, getattr(self, what) + n)
            per = self.tables.setdefault(table, {"imported": 0, "updated": 0, "ignored": 0, "conflicts": 0})
            per[what] += n

    def as_dict(self) -> dict[str, Any]:
        return {"imported": self.imported, "updated": self.updated, "ignored": self.ignored,
                "conflicts": self.conflicts, "tables": self.tables, "notes": self.notes}


class _Skip(Exception):
    pass


@dataclass(slots=True)
class _Row:
    base: int  # the version the sender's first entry changed
    entries: list[list[Any]]


def _chunks(items: list, size: int = CHUNK):
    for i in range(0, len(items), size):
        yield items[i : i + size]


def _settles(row: _Row, local_version: int) -> bool:
    """Whether one of the row's entries is a conflict decision (app.sync.review) made against
    the version we hold: its diff names the version it is based on (`row_version`: [base, new])."""
    for entry in row.entries:
        if entry[3] == "update" and '"row_version"' in (entry[9] or ""):
            based_on = json.loads(entry[9]).get("row_version")
            if isinstance(based_on, list) and based_on and based_on[0] == local_version:
                return True
    return False


class Applier:
    def __init__(self, *, sender: str, sender_is_township: bool, me: str, packet_id: str):
        self.sender, self.sender_is_township, self.me = sender, sender_is_township, me
        self.packet_id = packet_id
        self.models = synced_models()
        self.ids: dict[str, dict[str, int]] = {}  # table → uuid → local id
        self.deferred: list[tuple[type[SyncedModel], pw.ForeignKeyField, str, str]] = []
        self.logged: list[list[Any]] = []
        self.changed: dict[str, list[str]] = {}
        self.settled: list[str] = []  # rows whose conflict the sender decided
        self.summary = Summary()
        self.p = database.param
        self._builders: dict[type[SyncedModel], Any] = {}
        self.sqlite = isinstance(database.obj, pw.SqliteDatabase)

    # -- who may send what -------------------------------------------------------------
    def _allowed(self, model: type[SyncedModel], site_code: str) -> bool:
        if site_code == self.sender:
            return self.sender_is_township or not township_owned(model)
        # The township may correct or transfer a row of ours; a village never writes another's.
        return site_code == self.me and self.sender_is_township

    # -- uuid → id ---------------------------------------------------------------------
    def _lookup(self, model: type[SyncedModel], uuids: set[str]) -> None:
        table = model._meta.table_name
        known = self.ids.setdefault(table, {})
        missing = [u for u in uuids if u not in known]
        for part in _chunks(missing):
            marks = ", ".join(self.p for _ in part)
            for u, i in database.execute_sql(f'SELECT uuid, id FROM "{table}" WHERE uuid IN ({marks})', part):
                known[u] = i

    def _local(self, model: type[SyncedModel], uuids: list[str]) -> dict[str, tuple[int, int]]:
        table = model._meta.table_name
        out: dict[str, tuple[int, int]] = {}
        for part in _chunks(uuids):
            marks = ", ".join(self.p for _ in part)
            for u, i, v in database.execute_sql(
                f'SELECT uuid, id, row_version FROM "{table}" WHERE uuid IN ({marks})', part
            ):
                out[u] = (i, v)
        return out

    def _same_content(self, row_uuid: str, version: int, data: dict) -> bool:
        entry = (ChangeLog.select(ChangeLog.data)
                 .where((ChangeLog.row_uuid == row_uuid) & (ChangeLog.row_version == version))
                 .order_by(ChangeLog.seq.desc()).first())
        if entry is None:
            return False
        mine = json.loads(entry.data)
        return ({k: v for k, v in mine.items() if k not in BOOKKEEPING}
                == {k: v for k, v in data.items() if k not in BOOKKEEPING})

    # -- values ------------------------------------------------------------------------
    def _fields(self, model: type[SyncedModel]) -> list[pw.Field]:
        return [f for name, f in model._meta.fields.items() if name != "id"]

    def _plan(self, model: type[SyncedModel], fields: list[pw.Field]) -> list[tuple]:
        """Per field: (name, default, foreign key or None, its target's uuid → id map)."""
        plan = []
        for f in fields:
            default = f.default if (f.default is not None and not callable(f.default)) else None
            fk = f if isinstance(f, pw.ForeignKeyField) else None
            target = self.ids.setdefault(fk.rel_model._meta.table_name, {}) if fk is not None else None
            plan.append((f.name, default, fk, target))
        return plan

    def _values(self, model: type[SyncedModel], plan: list[tuple], row_uuid: str, data: dict) -> list:
        """The row's column values in field order: foreign keys as local ids."""
        build = self._builders.get(model)
        if build is None:
            build = self._builders[model] = self._builder(model, plan)
        return build(data, row_uuid)

    def _builder(self, model: type[SyncedModel], plan: list[tuple]):
        """A function (data, row_uuid) → values, compiled once per table: one list expression,
        a call only for foreign keys (a village's packet is ~20,000 rows of ~20 fields)."""
        env: dict[str, Any] = {"_M": _MISSING}
        parts = []
        for n, (name, default, fk, target) in enumerate(plan):
            env[f"d{n}"] = default
            if fk is None:
                parts.append(f"get({name!r}, d{n})")
            else:
                env[f"k{n}"] = self._resolver(model, fk, target, default)
                parts.append(f"k{n}(get({name!r}, _M), row_uuid)")
        source = "def build(data, row_uuid):\n    get = data.get\n    return [" + ", ".join(parts) + "]\n"
        exec(source, env)  # noqa: S102 - generated from the model's own field names
        return env["build"]

    def _resolver(self, model: type[SyncedModel], fk: pw.ForeignKeyField, target: dict, default: Any):
        def resolve(value: Any, row_uuid: str) -> Any:
            if value is _MISSING:
                return default
            if value is None:
                return None
            local_id = target.get(value)
            if local_id is not None:
                return local_id
            if not fk.null and self.sender_is_township:
                # The township's row about another village's record (an approval of its
                # case): nothing this village holds.
                raise _Skip
            if not fk.null:
                raise PacketError(
                    "unresolved",
                    _t("数据包中{t}表的记录{u}引用了本库没有的{r}记录{v}，无法导入").format(
                        t=model._meta.table_name, u=row_uuid, r=fk.rel_model._meta.table_name, v=value),
                )
            self.deferred.append((model, fk, row_uuid, value))
            return None

        return resolve

    def _prefetch_targets(self, model: type[SyncedModel], datas: list[dict]) -> None:
        for f in model._meta.fields.values():
            if isinstance(f, pw.ForeignKeyField):
                wanted = {d[f.name] for d in datas if d.get(f.name) is not None}
                if wanted:
                    self._lookup(f.rel_model, wanted)

    def _adoptable(self, model: type[SyncedModel], fields: list[pw.Field], values: list) -> int | None:
        """The local row a township row replaces: our seeded copy of the same rule or
        catalogue version (same unique key), which keeps its id so our references hold."""
        by_name = {f.name: v for f, v in zip(fields, values, strict=True)}
        table = model._meta.table_name
        for key in unique_keys(model):
            cols = [model._meta.fields[n].column_name for n in key]
            where = " AND ".join(f'"{c}" = {self.p}' for c in cols)
            row = database.execute_sql(f'SELECT id FROM "{table}" WHERE {where}',
                                       [by_name[n] for n in key]).fetchone()
            if row is not None:
                return row[0]
        return None

    # -- the work ----------------------------------------------------------------------
    def apply(self, entries: list[list[Any]]) -> Summary:
        grouped: dict[str, dict[str, _Row]] = {}
        for entry in entries:
            rows = grouped.get(entry[1])
            if rows is None:
                if entry[1] not in self.models:
                    raise PacketError(
                        "unknown_table",
                        _t("数据包中有本程序不认识的数据表“{t}”：请先升级本程序再导入").format(t=entry[1]),
                    )
                rows = grouped[entry[1]] = {}
            row = rows.get(entry[2])
            if row is None:
                rows[entry[2]] = _Row(entry[4] - 1, [entry])
            else:
                row.entries.append(entry)
        reviews = {u for (u,) in ReviewItem.select(ReviewItem.row_uuid)
                   .where(ReviewItem.status == "open").tuples()}
        if self.sqlite:
            # Rows get their ids before any is written, so a reference to a row later in the
            # packet (a household's head, a mother registered after her child) is written at
            # once; SQLite checks the foreign keys at commit.
            database.execute_sql("PRAGMA defer_foreign_keys = ON")
        plans = [(model, *self._classify(model, grouped[table], reviews))
                 for table, model in self.models.items() if table in grouped]
        for model, inserts, updates in plans:
            self._write(model, inserts, updates)
        self._fix_deferred()
        self._log()
        self._close_settled()
        self._hooks()
        return self.summary

    def _classify(self, model: type[SyncedModel], rows: dict[str, _Row], reviews: set[str]) -> tuple[list, list]:
        """Which rows are new (inserts), brought up to date (updates), ignored or queued."""
        table = model._meta.table_name
        local = self._local(model, list(rows))
        known = self.ids.setdefault(table, {})
        known.update({u: iv[0] for u, iv in local.items()})
        adopt = township_owned(model)
        allowed = [(u, r) for u, r in rows.items() if self._allowed(model, r.entries[-1][5])]
        self.summary.count(table, "ignored", len(rows) - len(allowed))
        # One parse of all the rows' JSON is several times faster than one call per row.
        datas = json.loads("[" + ",".join(r.entries[-1][8] for _u, r in allowed) + "]") if allowed else []
        inserts: list[tuple[str, _Row, dict]] = []
        updates: list[tuple[int, str, _Row, dict]] = []
        for (row_uuid, row), data in zip(allowed, datas, strict=True):
            final = row.entries[-1]
            if row_uuid not in local:
                inserts.append((row_uuid, row, data))
                continue
            local_id, local_version = local[row_uuid]
            if adopt and self.sender_is_township:
                updates.append((local_id, row_uuid, row, data))  # the township's reference data wins
            elif _settles(row, local_version):
                # The other side decided this row's conflict against the version we hold: its
                # decision stands, and ours, still waiting here, is closed with it.
                updates.append((local_id, row_uuid, row, data))
                self.settled.append(row_uuid)
            elif row_uuid in reviews:
                self._conflict(model, row_uuid, row, local_version)
            elif local_version == row.base:
                updates.append((local_id, row_uuid, row, data))
            elif local_version >= final[4] and self._same_content(row_uuid, final[4], data):
                self.summary.count(table, "ignored")
            else:
                self._conflict(model, row_uuid, row, local_version)
        if self.sqlite and not adopt and inserts:
            first = database.execute_sql(f'SELECT COALESCE(MAX(id), 0) + 1 FROM "{table}"').fetchone()[0]
            for n, (row_uuid, _row, _data) in enumerate(inserts):
                known[row_uuid] = first + n
        return inserts, updates

    def _write(self, model: type[SyncedModel], inserts: list, updates: list) -> None:
        table = model._meta.table_name
        known = self.ids[table]
        fields = self._fields(model)
        adopt = township_owned(model)
        self._prefetch_targets(model, [d for *_, d in inserts] + [d for *_, d in updates])
        plan = self._plan(model, fields)
        preassigned = self.sqlite and not adopt
        columns = ", ".join(f'"{f.column_name}"' for f in fields) + (', "id"' if preassigned else "")
        new_rows = []
        accepted: list[tuple[str, _Row]] = []
        for row_uuid, row, data in inserts:
            try:
                values = self._values(model, plan, row_uuid, data)
            except _Skip:
                known.pop(row_uuid, None)
                self.summary.count(table, "ignored")
                continue
            local_id = self._adoptable(model, fields, values) if adopt else None
            if local_id is not None:
                updates.append((local_id, row_uuid, row, data))
                continue
            if preassigned:
                values.append(known[row_uuid])
            new_rows.append(values)
            accepted.append((row_uuid, row))
        self._accept(table, accepted, "imported")
        if new_rows:
            before = database.execute_sql(f'SELECT COALESCE(MAX(id), 0) FROM "{table}"').fetchone()[0]
            marks = ", ".join(self.p for _ in new_rows[0])
            try:
                database.cursor().executemany(f'INSERT INTO "{table}" ({columns}) VALUES ({marks})', new_rows)
            except Exception as exc:
                if "IntegrityError" not in {k.__name__ for k in type(exc).__mro__}:
                    raise
                raise PacketError(
                    "integrity", _t("数据包中{t}表的记录与本库已有记录冲突（{e}），无法导入").format(t=table, e=exc)
                ) from exc
            if not preassigned:
                new = {r[0] for r in inserts}
                for u, i in database.execute_sql(f'SELECT uuid, id FROM "{table}" WHERE id > {self.p}', (before,)):
                    if u in new:
                        known[u] = i
        if updates:
            sets = ", ".join(f'"{f.column_name}" = {self.p}' for f in fields)
            params = []
            accepted = []
            for local_id, row_uuid, row, data in updates:
                try:
                    params.append([*self._values(model, plan, row_uuid, data), local_id])
                except _Skip:
                    self.summary.count(table, "ignored")
                    continue
                known[row_uuid] = local_id
                accepted.append((row_uuid, row))
            self._accept(table, accepted, "updated")
            database.cursor().executemany(f'UPDATE "{table}" SET {sets} WHERE id = {self.p}', params)

    def _accept(self, table: str, accepted: list[tuple[str, _Row]], what: str) -> None:
        self.summary.count(table, what, len(accepted))
        changed = self.changed.setdefault(table, [])
        logged = self.logged
        for row_uuid, row in accepted:
            logged.extend(row.entries)
            changed.append(row_uuid)

    def _close_settled(self) -> None:
        for part in _chunks(self.settled):
            ReviewItem.update(status="settled", resolved_by=self.sender, resolved_at=now()).where(
                ReviewItem.row_uuid.in_(part) & (ReviewItem.status == "open")).execute()

    def _conflict(self, model: type[SyncedModel], row_uuid: str, row: _Row, local_version: int) -> None:
        final = row.entries[-1]
        ReviewItem.create(
            table_name=model._meta.table_name, row_uuid=row_uuid, sender=self.sender,
            packet_id=self.packet_id, incoming_version=final[4], local_version=local_version,
            incoming_data=final[8],
        )
        self.summary.count(model._meta.table_name, "conflicts")

    def _fix_deferred(self) -> None:
        """References to rows that came later in the packet (a household's head, a mother
        registered after her child), one executemany per column."""
        by_column: dict[tuple[type[SyncedModel], pw.ForeignKeyField], list[tuple[int, int]]] = {}
        for model, f, row_uuid, target_uuid in self.deferred:
            target = self.ids.setdefault(f.rel_model._meta.table_name, {})
            if target_uuid not in target:
                self._lookup(f.rel_model, {target_uuid})
            target_id = target.get(target_uuid)
            row_id = self.ids[model._meta.table_name].get(row_uuid)
            if target_id is not None and row_id is not None:
                by_column.setdefault((model, f), []).append((target_id, row_id))
        for (model, f), pairs in by_column.items():
            database.cursor().executemany(
                f'UPDATE "{model._meta.table_name}" SET "{f.column_name}" = {self.p} WHERE id = {self.p}', pairs
            )

    def _log(self) -> None:
        """The sender's entries join our change log as they were: the audit trail of a row is
        the same on both sides."""
        if not self.logged:
            return
        self.logged.sort(key=lambda e: e[0])
        columns = "table_name, row_uuid, op, row_version, site_code, at, by, data, diff, reason"
        if self.sqlite:
            # Numbered parameters skip the entry's first item (the sender's seq), so the
            # entries are bound as they are instead of ~20,000 sliced copies.
            marks = ", ".join(f"?{n}" for n in range(2, 12))
            rows: list[list[Any]] = self.logged
        else:
            marks = ", ".join(self.p for _ in range(10))
            rows = [e[1:] for e in self.logged]
        database.cursor().executemany(
            f'INSERT INTO "{ChangeLog._meta.table_name}" ({columns}) VALUES ({marks})', rows
        )

    def _hooks(self) -> None:
        for name in HOOK_MODULES:
            try:
                module = importlib.import_module(name)
            except ImportError:
                continue
            hook = getattr(module, "after_packet_applied", None)
            if hook is not None:
                note = hook(self.changed, self.sender)
                if isinstance(note, str) and note:
                    self.summary.notes.append(note)
