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
    enrolments and dispatches for every village)."""

    def __init__(self) -> None:
        self._sites: dict[tuple[str, str], frozenset[str] | None] = {}

    def sites(self, model: type[SyncedModel], row_uuid: str) -> frozenset[str] | None:
        """The sites the row may reach; None when every site may."""
        if model.sync_audience is None:
            return None
        key = (model._meta.table_name, row_uuid)
        if key not in self._sites:
            row = model.get_or_none(model.uuid == row_uuid)
            self._sites[key] = frozenset() if row is None else self._of_row(model, row)
        return self._sites[key]

    def _of_row(self, model: type[SyncedModel], row: SyncedModel) -> frozenset[str]:
        if model.sync_audience is None:
            return frozenset({row.site_code})  # a row with no audience of its own: its owner's
        found: set[str] = set()
        for name in model.sync_audience:
            field = model._meta.fields[name]
            if isinstance(field, pw.ForeignKeyField):
                target = field.rel_model
                ref_id = getattr(row, field.column_name)
                ref = target.get_or_none(target.id == ref_id) if ref_id is not None else None
                if ref is not None:
                    found |= self._of_row(target, ref)
            else:
                value = getattr(row, name)
                if value:
                    found.add(value)
        return frozenset(found)

    def allows(self, model: type[SyncedModel] | None, row_uuid: str, receiver: str) -> bool:
        if model is None:
            return True
        sites = self.sites(model, row_uuid)
        return sites is None or receiver in sites
