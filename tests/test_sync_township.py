"""The township's side of sync on both databases it may run on: SQLite (default) and
PostgreSQL (county-sized server), same code, same results."""

from __future__ import annotations

import pytest

from app.sync.review import open_items
from db import changes
from db.models import Person, WomanCard
from db.models_sync import Peer

from .pg_server import drop_database, fresh_database, pg_server  # noqa: F401 - fixture
from .sync_sites import PgPlace, Place, enrol
from .test_sync import assert_same, exchange


@pytest.fixture(params=["sqlite", "postgres"])
def township(request, tmp_path):
    if request.param == "sqlite":
        place = Place(tmp_path, "T01", "township", "红星镇")
        yield place
        place.db.close()
        return
    server = request.getfixturevalue("pg_server")
    db = fresh_database(server, "sync_" + request.node.name)
    yield PgPlace(tmp_path, "T01", "红星镇", db)
    drop_database(server, db)


@pytest.fixture
def villages(tmp_path, township):
    places = [Place(tmp_path, f"V00{i}", "village", f"{i}村") for i in (1, 2, 3)]
    enrol(township, *places)
    for n, v in enumerate(places):
        v.add_women(3, start=10 * n)
    yield places
    for v in places:
        v.db.close()


def test_township_imports_three_villages_and_answers(township, villages):
    results = exchange(township, villages)
    assert [r["status"] for r in results] == ["imported"] * 6
    assert_same(township, villages)
    with township:
        assert WomanCard.select().count() == 9
        assert sorted(p.site_code for p in Peer.select() if p.received_upto > 0) == ["V001", "V002", "V003"]
    v1 = villages[0]
    with v1:
        changes.update(Person.select().first(), v1.session.actor, phone="13900000001")
    results = exchange(township, villages)
    assert results[0]["summary"]["updated"] == 1
    assert_same(township, villages)
    # Re-importing a village's packet changes nothing.
    again = township.import_(sorted(v1.usb.glob("fpreg-V001-to-T01-*.fpk"))[-1])
    assert again.status == "already_imported"


def test_township_queues_a_row_changed_on_both_sides(township, villages):
    v1 = villages[0]
    exchange(township, [v1])
    with township:
        person = Person.get(Person.site_code == "V001")
        changes.update(person, township.session.actor, phone="13711111111")
    with v1:
        changes.update(Person.get(Person.uuid == person.uuid), v1.session.actor, phone="13722222222")
    result = township.import_(v1.export("T01"))
    assert result.summary["conflicts"] == 1
    with township:
        assert Person.get(Person.uuid == person.uuid).phone == "13711111111"
        assert [i.row_uuid for i in open_items()] == [person.uuid]
