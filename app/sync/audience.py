"""Which villages a township's own row may reach.

A township's packets carry the rows it owns. Rules, the catalogue and the incentive schemes are
for every village; but a transfer request names a woman (only her two villages may see it), an
approval or a payment concerns one village's family, a dispatch one village's stock, and the
township's own ledger and returns concern none of them. Each model says so in `sync_audience`
(db/base.py); this module follows it, through foreign keys, to site codes.
"""

from __future__ import annotations

import peewee as pw

from db.base import SyncedModel


class Audience:
    """Site codes per row, looked up once per export (a township's packets name the same
    enrolments and dispatches for every village).

    A row a village owns goes to that village. A township's row goes where its model's
    `sync_audience` says; without one, where its foreign keys lead (an enrolment the township
    recorded for a village woman goes to her village), and to every village only when they lead
    to nothing but reference data (rules, catalogue, schemes) or when it has none."""

    def __init__(self, township: str) -> None:
        self.township = township
        self._sites: dict[tuple[str, object], frozenset[str] | None] = {}

    def sites(self, model: type[SyncedModel], row_uuid: str) -> frozenset[str] | None:
        """The sites the row may reach; None when every site may."""
        return self._cached(model, model.uuid, row_uuid)

    def _cached(self, model: type[SyncedModel], column: pw.Field, value: object) -> frozenset[str] | None:
        key = (model._meta.table_name, value)
        if key not in self._sites:
            row = model.get_or_none(column == value)
            self._sites[key] = frozenset() if row is None else self._of_row(model, row)
            if row is not None:
                self._sites[(model._meta.table_name, row.uuid)] = self._sites[key]
        return self._sites[key]

    def _of_row(self, model: type[SyncedModel], row: SyncedModel) -> frozenset[str] | None:
        if row.site_code != self.township:
            return frozenset({row.site_code})
        declared = model.sync_audience
        names = list(declared) if declared is not None else [
            n for n, f in model._meta.fields.items() if isinstance(f, pw.ForeignKeyField)]
        found: set[str] = set()
        everyone = declared is None and not names
        for name in names:
            field = model._meta.fields[name]
            if isinstance(field, pw.ForeignKeyField):
                ref_id = getattr(row, field.column_name)
                if ref_id is None:
                    continue
                sub = self._cached(field.rel_model, field.rel_model.id, ref_id)
                if sub is None:
                    everyone = True
                else:
                    found |= sub
            else:
                value = getattr(row, name)
                if value:
                    found.add(value)
        if found or declared is not None:
            return frozenset(found)
        return None if everyone else frozenset()

    def allows(self, model: type[SyncedModel] | None, row_uuid: str, receiver: str) -> bool:
        if model is None:
            return True
        sites = self.sites(model, row_uuid)
        return sites is None or receiver in sites
