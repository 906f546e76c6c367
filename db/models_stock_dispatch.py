"""Stock dispatched by the township to a village, and the village's confirmation of receipt
(issue 7, item 4).

Owners are split so that no row is ever edited on two sites:
- the dispatch and its lines are OWNED by the township (site_code = the township's code,
  `sync_owner = "township"`); a village never writes them;
- the receipt confirmation and its lines are OWNED by the village (site_code = the village's
  code); the township never writes them. The dispatch's status (sent / received / received
  short) is read from whether a confirmation exists, not stored on the dispatch.
"""

from __future__ import annotations

import peewee as pw

from db.base import SyncedModel


class StockDispatch(SyncedModel):
    """One dispatch voucher: stock leaving the township for one village."""

    sync_owner = "township"
    sync_audience = ("to_site",)

    to_site = pw.CharField(max_length=32, index=True)  # the village's site code
    to_name = pw.CharField(max_length=100, default="")  # its name as the township knows it
    number = pw.CharField(max_length=40)  # the voucher number; the village's receipt document number
    day = pw.DateField()
    note = pw.TextField(default="")

    class Meta:
        indexes = ((("site_code", "number"), True),)


class StockDispatchLine(SyncedModel):
    """One lot on a dispatch voucher."""

    sync_owner = "township"
    sync_audience = ("dispatch",)

    dispatch = pw.ForeignKeyField(StockDispatch, backref="lines", on_delete="RESTRICT")
    line_no = pw.IntegerField()
    commodity_code = pw.CharField(max_length=24)
    lot_number = pw.CharField(max_length=40)
    expiry_date = pw.DateField()
    quantity = pw.IntegerField()

    class Meta:
        indexes = ((("dispatch", "line_no"), True),)


class StockReceiptConfirmation(SyncedModel):
    """The village's word that a dispatch arrived: when, by whom, and why less came (if so).
    At most one per dispatch (a mistaken receipt is corrected in the ledger, not re-confirmed)."""

    dispatch = pw.ForeignKeyField(StockDispatch, unique=True, backref="confirmations", on_delete="RESTRICT")
    received_date = pw.DateField()
    received_by = pw.CharField(max_length=64)  # the user's display name
    action_uuid = pw.CharField(max_length=36, null=True)  # the ledger receipt (None: nothing arrived)
    reason = pw.TextField(default="")  # why the quantities differ from the voucher


class StockReceiptLine(SyncedModel):
    """What arrived of one dispatch line."""

    confirmation = pw.ForeignKeyField(StockReceiptConfirmation, backref="lines", on_delete="RESTRICT")
    dispatch_line = pw.ForeignKeyField(StockDispatchLine, backref="receipts", on_delete="RESTRICT")
    received_quantity = pw.IntegerField()

    class Meta:
        indexes = ((("confirmation", "dispatch_line"), True),)


MODELS: list[type[pw.Model]] = [StockDispatch, StockDispatchLine, StockReceiptConfirmation, StockReceiptLine]
SYNCED: list[type[pw.Model]] = list(MODELS)
