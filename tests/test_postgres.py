"""The core on a real PostgreSQL server (the township/county option): schema ladder and guards,
register services, search, change log, and the refusals.

The fixture starts its own throw-away server (initdb into a temp dir, a free loopback port, the
socket in the temp dir) and stops it at the end, even when a test fails. Tests are skipped only
when the PostgreSQL server binaries are not installed.
"""

from __future__ import annotations

import peewee as pw
import pytest

from app import settings
from app.auth import system_session
from app.checks import run_checks
from app.register import RegisterError, add_woman, update_woman, void_woman
from app.register_query import RegisterFilter, count, search
from db import changes, schema
from db.connection import DatabaseFileError, bind, database
from db.models import ChangeLog, Person, Site, VillageGroup, WomanCard

from .conftest import TODAY, woman
from .pg_server import drop_database, fresh_database, pg_server  # noqa: F401 - fixture

SITE = "V009"


@pytest.fixture
def pg(pg_server, request):  # noqa: F811 - the imported fixture
    """A fresh database on the server, upgraded to the current schema and bound."""
    db = fresh_database(pg_server, request.node.name)
    bind(db)
    assert schema.upgrade(db) == list(range(1, schema.CODE_SCHEMA_VERSION + 1))
    yield db
    drop_database(pg_server, db)


@pytest.fixture
def site(pg):
    """What init_database does for a SQLite file, done on PostgreSQL."""
    session = system_session(SITE)
    with pg.atomic():
        settings.put("site_code", SITE)
        changes.insert(Site, session.actor, code=SITE, name="东风村", kind="village")
        for number in (1, 2):
            changes.insert(VillageGroup, session.actor, number=number, name=f"{number}组")
    return session


def test_schema_version_kept_in_settings(pg):
    assert schema.get_version(pg) == schema.CODE_SCHEMA_VERSION
    assert schema.upgrade(pg) == []


def test_register_services_search_and_history(site):
    card = add_woman(site, woman(), today=TODAY)
    assert WomanCard.select().count() == 1
    diffs = update_woman(site, card.uuid, woman(phone="13900139000"), today=TODAY)
    assert diffs["person"]["phone"] == ["13800138000", "13900139000"]

    for text in ("zxy", "zhangxiu", "ZhangXiuYing", "110101199005", "1390013", "秀英", "张"):
        assert [r.card_uuid for r in search(text)] == [card.uuid], text
    assert search("lisi") == []
    assert count(RegisterFilter(group_number=1), today=TODAY) == 1
    assert count(RegisterFilter(group_number=2), today=TODAY) == 0

    with pytest.raises(RegisterError):
        add_woman(site, woman(name="王丽", household_number="0002"), today=TODAY)  # same ID

    person = Person.get(Person.id == card.person_id)
    log = changes.history(Person, person.uuid)
    assert [entry.op for entry in log] == ["insert", "update"]
    assert '"phone": ["13800138000", "13900139000"]' in log[1].diff
    assert run_checks(TODAY) == []

    void_woman(site, card.uuid, "重复录入")
    assert WomanCard.get(WomanCard.uuid == card.uuid).voided is True
    assert search("zxy") == []
    voided = changes.history(WomanCard, card.uuid)[-1]
    assert voided.reason == "重复录入" and '"voided": [false, true]' in voided.diff
    assert ChangeLog.select().where(ChangeLog.reason == "重复录入").count() == 2


def test_delete_and_log_rewrite_are_refused(site, pg):
    add_woman(site, woman(), today=TODAY)
    with pytest.raises(pw.DatabaseError), pg.atomic():
        pg.execute_sql("DELETE FROM person")
    with pytest.raises(pw.DatabaseError), pg.atomic():
        pg.execute_sql("UPDATE change_log SET by = 'someone'")
    with pytest.raises(pw.DatabaseError), pg.atomic():
        pg.execute_sql("DELETE FROM change_log")
    assert Person.select().count() == 1
    assert ChangeLog.select().where(ChangeLog.by == "someone").count() == 0


def test_newer_schema_is_refused(pg):
    newer = str(schema.CODE_SCHEMA_VERSION + 1)
    pg.execute_sql("UPDATE setting SET value = %s WHERE key = 'schema_version'", (newer,))
    with pytest.raises(DatabaseFileError, match="较新版本"):
        schema.upgrade(pg)
    assert database.obj is pg and schema.get_version(pg) == int(newer)
