"""Told by app.sync.apply which rows a packet brought (inside the import's transaction).

Nothing needs writing: a dispatch from the township IS the pending receipt (the village lists
the dispatches addressed to it that it has not confirmed). This only counts the new ones, for
whoever wants to say so after the import.
"""

from __future__ import annotations

from db.models_stock_dispatch import StockDispatch, StockReceiptConfirmation

# The number of pending receipts the last applied packet brought to this site.
last_new_pending = 0


def after_packet_applied(changed: dict[str, list[str]], sender: str) -> int:
    """`changed`: table name → UUIDs of the rows the packet inserted or updated here. Returns
    how many of the dispatches among them are addressed to this site and not yet confirmed
    (township rows reach every village: the others are not ours)."""
    global last_new_pending
    uuids = changed.get(StockDispatch._meta.table_name) or []
    count = 0
    if uuids:
        from app.sites import SiteError, local_site

        try:
            me = local_site().code
        except SiteError:
            me = None
        confirmed = StockReceiptConfirmation.select(StockReceiptConfirmation.dispatch).where(
            StockReceiptConfirmation.voided == False)  # noqa: E712
        for i in range(0, len(uuids), 500):
            count += StockDispatch.select().where(
                StockDispatch.uuid.in_(uuids[i:i + 500]) & (StockDispatch.to_site == me)
                & (StockDispatch.voided == False) & StockDispatch.id.not_in(confirmed)  # noqa: E712
            ).count()
    last_new_pending = count
    return count
