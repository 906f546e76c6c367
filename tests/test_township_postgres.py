"""The township services on a real PostgreSQL server (the county-sized option): the duplicate
finder's SQL, transfers and the submission board, same code as on SQLite."""

from __future__ import annotations

import datetime as dt

import pytest

from app import register, settings
from app.auth import system_session
from app.idnumber import make
from app.township import duplicates, submissions, transfers
from db import changes, schema
from db.connection import bind
from db.models import Site, VillageGroup

from .conftest import TODAY, woman
from .pg_server import drop_database, fresh_database, pg_server  # noqa: F401 - fixture

TOWNSHIP = "T009"


@pytest.fixture
def township(pg_server, request):  # noqa: F811 - the imported fixture
    db = fresh_database(pg_server, request.node.name)
    bind(db)
    schema.upgrade(db)
    session = system_session(TOWNSHIP)
    with db.atomic():
        settings.put("site_code", TOWNSHIP)
        changes.insert(Site, session.actor, code=TOWNSHIP, name="城关镇", kind="township")
        for code, name in (("V001", "红旗村"), ("V002", "向阳村")):
            actor = system_session(code).actor
            changes.insert(Site, actor, code=code, name=name, kind="village", parent_code=TOWNSHIP)
            changes.insert(VillageGroup, actor, number=1, name="1组")
    yield session
    drop_database(pg_server, db)


def _add(code: str, name: str, birth: dt.date, seq: int, household: str) -> str:
    form = woman(name=name, id_number=make("110101", birth, seq), birth_date=birth, household_number=household)
    return register.add_woman(system_session(code), form, today=TODAY).uuid


def test_township_services_on_postgres(township):
    a = _add("V001", "张秀英", dt.date(1990, 5, 17), 102, "0001")
    b = _add("V002", "张秀英", dt.date(1990, 5, 17), 102, "0101")
    _add("V001", "李娜", dt.date(1992, 1, 3), 104, "0002")
    _add("V002", "李娜", dt.date(1992, 1, 3), 206, "0102")
    groups = duplicates.find_duplicates()
    assert sorted(g.kind for g in groups) == ["id_number", "name_birth"]
    same_id = next(g for g in groups if g.kind == "id_number")
    assert {m.card_uuid for m in same_id.members} == {a, b}

    req = transfers.request_transfer(township, a, "V002", today=TODAY)
    assert transfers.transfer_progress(req.uuid).progress == "waiting_out"
    transfers.carry_out_transfer(system_session("V001"), req.uuid, TODAY)
    assert transfers.close_finished(township, today=TODAY) == 1
    assert [g.kind for g in duplicates.find_duplicates()] == ["name_birth"]

    board = submissions.submission_board(["2026-10"], TODAY, submissions=[
        submissions.Submission("V001", "2026-10", dt.datetime(2026, 11, 3, 9))])
    assert [(r.site_code, r.cells[0].state) for r in board] == [("V001", "on_time"), ("V002", "overdue")]
    from db.models_sync import Peer

    Peer.create(site_code="V002", kind="village", sign_public="x", box_public="y",
                last_sync_at=dt.datetime(2026, 11, 21, 8, 0))
    assert submissions.last_sync_times() == {"V002": dt.datetime(2026, 11, 21, 8, 0)}
