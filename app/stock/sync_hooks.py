"""Told by app.sync.apply which rows a packet brought (inside the import's transaction).

Nothing needs writing: a dispatch from the township IS the pending receipt (the village lists
the dispatches addressed to it that it has not confirmed). This only counts the new ones, for
the import's summary.
"""

from __future__ import annotations

from app.i18n import translate
from db.models_stock_dispatch import StockDispatch, StockReceiptConfirmation

# The number of pending receipts the last applied packet brought to this site.
last_new_pending = 0


def _t(text: str) -> str:
    return translate("stock", text)


def after_packet_applied(changed: dict[str, list[str]], sender: str) -> str | None:
    """`changed`: table name → UUIDs of the rows the packet inserted or updated here. Counts
    the dispatches among them addressed to this site and not yet confirmed (township rows reach
    every village: the others are not ours); returns a note for the import's summary if any."""
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
    if not count:
        return None
    return _t("乡镇调拨了{n}笔药具，请在“库存 → 待收货”中核对并确认收货").format(n=count)
