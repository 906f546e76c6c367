"""Township views (issue 7, item 6): transfer requests between villages.

A request is OWNED by the township (its site_code is the township's) and is never edited by a
village: each village carries out its own step on its own rows (the exit of the card in A, a
new card in B), and the township reads the request's progress from those rows. So no row is
ever changed on two sites, and sync can always tell the owner.
"""

from __future__ import annotations

import peewee as pw

from db.base import SyncedModel


class TransferRequest(SyncedModel):
    """Move a woman's registration from village A (from_site) to village B (to_site)."""

    sync_audience = ("from_site", "to_site")  # her data goes to the two villages concerned only

    from_site = pw.CharField(max_length=32, index=True)
    to_site = pw.CharField(max_length=32, index=True)
    # The villages' names as the township knows them (a village's database knows only its own).
    from_name = pw.CharField(max_length=100, default="")
    to_name = pw.CharField(max_length=100, default="")
    # Her card in A (exited with reason "transferred" when A carries out the request).
    from_card_uuid = pw.CharField(max_length=36, index=True)
    # Her card in B when she is already registered there (a cross-village duplicate).
    to_card_uuid = pw.CharField(max_length=36, null=True)
    name = pw.CharField(max_length=50)
    id_number = pw.CharField(max_length=18, null=True, index=True)
    birth_date = pw.DateField(null=True)
    # What B needs to register her (app.register.WomanForm fields as JSON), copied at request
    # time: B's database holds none of A's rows.
    form_json = pw.TextField(default="{}")
    requested_date = pw.DateField()
    status = pw.CharField(max_length=16, default="open")  # open | completed | cancelled
    closed_date = pw.DateField(null=True)
    note = pw.TextField(default="")


MODELS: list[type[pw.Model]] = [TransferRequest]
SYNCED: list[type[pw.Model]] = [TransferRequest]


def after_create(db: pw.Database) -> None:
    # The cross-village duplicate finder groups every person by ID number, and by name and
    # birth date, with the site: covering indexes make each an index-only walk at 300,000.
    db.execute_sql("CREATE INDEX IF NOT EXISTS person_id_site ON person (id_number, site_code)")
    db.execute_sql("CREATE INDEX IF NOT EXISTS person_name_birth_site ON person (name, birth_date, site_code)")
