"""Contraceptive stock: commodity catalogue, lots, the append-only stock ledger (issue 4).

The catalogue is versioned data owned by the township (a change is a new version, never an
edit). Lots and ledger lines belong to the site that holds the stock. The ledger is
append-only: a mistake is corrected by a reversing line, so balances are always the sum of the
ledger and every figure of a past month can be recomputed.
"""

from __future__ import annotations

import peewee as pw

from db.base import BaseModel, SyncedModel  # noqa: F401
from db.models import Person
from db.models_services import Visit


class CatalogueVersion(SyncedModel):
    """One version of the commodity catalogue and the stock-keeping parameters that go with it."""

    version = pw.IntegerField(unique=True)
    effective_from = pw.DateField()
    note = pw.TextField(default="")
    cyp_source = pw.CharField(max_length=100, default="")
    # Months-of-stock bands: below min_months is low, above max_months is over (SPEC §5).
    min_months = pw.FloatField(default=1.0)
    max_months = pw.FloatField(default=3.0)
    amc_months = pw.IntegerField(default=3)
    near_expiry_days = pw.IntegerField(default=90)


class Commodity(SyncedModel):
    """One commodity of a catalogue version, with its USAID couple-years-of-protection factor."""

    catalogue = pw.ForeignKeyField(CatalogueVersion, backref="commodities", on_delete="RESTRICT")
    code = pw.CharField(max_length=24)
    name_zh = pw.CharField(max_length=60)
    name_en = pw.CharField(max_length=60)
    unit_zh = pw.CharField(max_length=12)
    unit_en = pw.CharField(max_length=24)
    method = pw.CharField(max_length=24)  # codes.STATUS method it serves
    units_per_cyp = pw.FloatField()  # units for one couple-year (IUD: 1/4.6 insertions)
    # Handing it to a woman starts a resupply schedule: codes.SUPPLY_KIND, and the visit type.
    supply_kind = pw.CharField(max_length=16, null=True)
    visit_type = pw.CharField(max_length=24, null=True)
    sort_order = pw.IntegerField(default=0)

    class Meta:
        indexes = ((("catalogue", "code"), True),)


class StockLot(SyncedModel):
    """A lot as printed on the box: number and expiry, and the receipt document it came with."""

    sync_audience = ()  # a township's own ledger stays at the township

    commodity_code = pw.CharField(max_length=24)
    lot_number = pw.CharField(max_length=40)
    expiry_date = pw.DateField()
    received_date = pw.DateField()
    document_number = pw.CharField(max_length=40, default="")

    class Meta:
        indexes = ((("site_code", "commodity_code", "lot_number"), True),)


class StockTxn(SyncedModel):
    """One ledger line: a signed quantity of one lot on one day.

    kind: receipt (+), issue (−), adjustment (± by reason), count (0: records the shelf).
    Every line of one user action shares action_uuid; a reversal repeats the kind with the
    opposite quantity and points at the line it reverses.
    """

    sync_audience = ()  # a township's own ledger stays at the township

    action_uuid = pw.CharField(max_length=36, index=True)
    date = pw.DateField()
    kind = pw.CharField(max_length=12)
    commodity_code = pw.CharField(max_length=24)
    lot = pw.ForeignKeyField(StockLot, backref="lines", on_delete="RESTRICT")
    quantity = pw.IntegerField()
    document_number = pw.CharField(max_length=40, null=True)  # receipts: the township's voucher
    person = pw.ForeignKeyField(Person, null=True, backref="stock_issues", on_delete="RESTRICT")
    visit = pw.ForeignKeyField(Visit, null=True, backref="stock_issues", on_delete="RESTRICT")
    visit_created = pw.BooleanField(default=False)  # the visit was recorded by this issue
    destination = pw.CharField(max_length=100, null=True)  # distribution point
    reason = pw.CharField(max_length=24, null=True)  # adjustments: stock codes ADJUST_REASON
    counted = pw.IntegerField(null=True)  # count: units on the shelf
    book_balance = pw.IntegerField(null=True)  # count: the ledger's balance at the count
    reverses = pw.ForeignKeyField("self", null=True, backref="reversed_by", on_delete="RESTRICT")
    note = pw.TextField(default="")

    class Meta:
        indexes = (
            (("site_code", "commodity_code", "date", "kind", "quantity"), False),
            (("lot", "date"), False),
        )


class StockMonthClose(SyncedModel):
    """A month closed by the site: nothing more may be dated in it."""

    sync_audience = ()  # a township's own ledger stays at the township

    month = pw.CharField(max_length=7)  # YYYY-MM
    note = pw.TextField(default="")

    class Meta:
        indexes = ((("site_code", "month"), True),)


MODELS: list[type[pw.Model]] = [CatalogueVersion, Commodity, StockLot, StockTxn, StockMonthClose]
SYNCED: list[type[pw.Model]] = list(MODELS)


def after_create(db: pw.Database) -> None:
    # A line is reversed at most once.
    db.execute_sql(
        'CREATE UNIQUE INDEX IF NOT EXISTS stock_txn_reverses_once ON "stock_txn" (reverses_id) '
        "WHERE reverses_id IS NOT NULL"
    )
