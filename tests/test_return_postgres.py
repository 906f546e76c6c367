"""The return's SQL (planner hints are SQLite-only, the marriage subquery, the date indexes of
schema step 5) on a real PostgreSQL server: same figures as the register says."""

from __future__ import annotations

import datetime as dt

import pytest

from app import register, settings
from app.auth import system_session
from app.idnumber import make
from app.returns.compute import compute_return
from app.returns.periods import parse
from db import changes, schema
from db.connection import bind
from db.models import Site, VillageGroup

from .conftest import TODAY, woman
from .pg_server import drop_database, fresh_database, pg_server  # noqa: F401 - fixture


@pytest.fixture
def village(pg_server, request):  # noqa: F811 - the imported fixture
    db = fresh_database(pg_server, request.node.name)
    bind(db)
    schema.upgrade(db)
    session = system_session("V001")
    with db.atomic():
        settings.put("site_code", "V001")
        changes.insert(Site, session.actor, code="V001", name="红旗村", kind="village")
        changes.insert(VillageGroup, session.actor, number=1, name="1组")
    yield session
    drop_database(pg_server, db)


def test_return_on_postgres(village):
    for seq, (name, birth) in enumerate((("张秀英", dt.date(1990, 5, 17)), ("李娜", dt.date(1992, 1, 3))), start=1):
        form = woman(name=name, id_number=make("110101", birth, 100 + 2 * seq), birth_date=birth,
                     household_number=f"000{seq}")
        register.add_woman(village, form, today=TODAY)
    period = parse(f"{TODAY.year}-{TODAY.month:02d}")
    ret = compute_return(period, "V001", today=TODAY)
    values = ret.values()
    assert values["women_15_49"] == 2
    assert values["id.valid"] == 2
    assert values["status.total"] == values["married_15_49"]
