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
    every village: the others are not ours); returns a note for the import's summary if any,
    also when a cancellation and a confirmation crossed on the way (the stock is at the village
    while the township took it back into its own books)."""
    global last_new_pending
    uuids = changed.get(StockDispatch._meta.table_name) or []
    count = 0
    notes: list[str] = []
    if uuids:
        from app.sites import SiteError, local_site

        try:
            me = local_site().code
        except SiteError:
            me = None
        confirmed = StockReceiptConfirmation.select(StockReceiptConfirmation.dispatch).where(
            StockReceiptConfirmation.voided == False)  # noqa: E712
        for i in range(0, len(uuids), 500):
            part = uuids[i:i + 500]
            count += StockDispatch.select().where(
                StockDispatch.uuid.in_(part) & (StockDispatch.to_site == me)
                & (StockDispatch.voided == False) & StockDispatch.id.not_in(confirmed)  # noqa: E712
            ).count()
            for head in StockDispatch.select().where(
                    StockDispatch.uuid.in_(part) & (StockDispatch.to_site == me) & (StockDispatch.voided == True)  # noqa: E712
                    & StockDispatch.id.in_(confirmed)):
                notes.append(_t("乡镇已作废调拨单{n}，但本村已确认收货：请与乡镇核对，药具需退回时在库存中登记").format(
                    n=head.number))
    confirmations = changed.get(StockReceiptConfirmation._meta.table_name) or []
    for i in range(0, len(confirmations), 500):
        for conf in (StockReceiptConfirmation.select(StockReceiptConfirmation, StockDispatch)
                     .join(StockDispatch)
                     .where(StockReceiptConfirmation.uuid.in_(confirmations[i:i + 500])
                            & (StockDispatch.voided == True))):  # noqa: E712
            head = conf.dispatch
            notes.append(_t("调拨单{n}已作废，但{v}已确认收货：药具已在村里入库，请与村核对").format(
                n=head.number, v=head.to_name or head.to_site))
    last_new_pending = count
    if count:
        notes.insert(0, _t("乡镇调拨了{n}笔药具，请在“库存 → 待收货”中核对并确认收货").format(n=count))
    return "\n".join(notes) or None
