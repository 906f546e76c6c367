"""Stock dispatch services on a real PostgreSQL township database (same code as on SQLite):
dispatch out of the township's own ledger, the village's confirmation as sync brings it, status."""

from __future__ import annotations

import datetime as dt

import pytest

from app import settings
from app.auth import system_session
from app.stock import dispatch as sd
from app.stock import ledger
from app.stock.catalogue import seed_catalogue
from app.stock.views import stock_card
from db import changes, schema
from db.connection import bind
from db.models import Site
from db.models_stock import StockLot

from .conftest import TODAY
from .pg_server import drop_database, fresh_database, pg_server  # noqa: F401 - fixture

TOWNSHIP = "T009"
EXP = dt.date(2027, 6, 30)
DAY = dt.date(2026, 11, 20)


@pytest.fixture
def township(pg_server, request):  # noqa: F811 - the imported fixture
    db = fresh_database(pg_server, request.node.name)
    bind(db)
    schema.upgrade(db)
    session = system_session(TOWNSHIP)
    with db.atomic():
        settings.put("site_code", TOWNSHIP)
        changes.insert(Site, session.actor, code=TOWNSHIP, name="城关镇", kind="township")
        changes.insert(Site, system_session("V001").actor, code="V001", name="红旗村", kind="village",
                       parent_code=TOWNSHIP)
        seed_catalogue(session)
    yield session
    drop_database(pg_server, db)


def test_dispatch_on_postgres(township):
    ledger.receive(township, day=DAY, document_number="XJ-1", lines=[ledger.ReceiptLine("coc", "A", EXP, 300)],
                   today=TODAY)
    head = sd.dispatch(township, "V001", DAY, [sd.DispatchLineIn("coc", "A", EXP, 120),
                                               sd.DispatchLineIn("condom", "K", EXP, 50)], today=TODAY)
    assert head.number == "T009-20261120-01"
    own = StockLot.get((StockLot.site_code == TOWNSHIP) & (StockLot.lot_number == "A"))
    assert ledger.balance(own.id) == 180
    opening, lines = stock_card("coc", TOWNSHIP)  # the township's own stock card, on PostgreSQL
    assert opening == 0 and [(line.kind, line.quantity, line.balance) for line in lines] == [
        ("receipt", 300, 300), ("issue", -120, 180)]
    assert [v.status for v in sd.dispatch_status(site_code=TOWNSHIP)] == ["sent"]
    # The village's confirmation as its packet writes it: rows owned by V001.
    sd.confirm_receipt(system_session("V001"), head.uuid, {2: 45}, "破损", day=TODAY, today=TODAY)
    (view,) = sd.dispatch_status("V001")
    assert (view.status, view.received_total, view.reason) == ("short", 165, "破损")
    assert sd.pending_receipts("V001") == []
