"""A township database holding three villages' rows, as it looks once their packets are in:
built directly with the register services under each village's own session (no packets)."""

from __future__ import annotations

import datetime as dt

import pytest

from app import register
from app.auth import Session, system_session
from app.idnumber import make
from app.sites import add_group, init_database
from db import changes
from db.models import Site
from tests.conftest import TODAY, woman

TOWNSHIP = "T001"
VILLAGES = {"V001": "红旗村", "V002": "向阳村", "V003": "东风村"}
SHARED_BIRTH = dt.date(1990, 5, 17)
SHARED_ID = make("110101", SHARED_BIRTH, 102)


def village_session(code: str) -> Session:
    return Session(f"worker_{code}", f"{code}专干", "worker", code)


def add_village(code: str, name: str, groups: int = 2) -> None:
    session = system_session(code)
    changes.insert(Site, session.actor, code=code, name=name, kind="village", parent_code=TOWNSHIP)
    for number in range(1, groups + 1):
        add_group(session, number, f"{number}组")


def add(code: str, name: str, birth: dt.date, seq: int, *, household: str = "0001", id_number: str | None = None,
        **overrides) -> str:
    form = woman(name=name, id_number=make("110101", birth, seq) if id_number is None else id_number,
                 birth_date=birth, household_number=household, group_number=1, **overrides)
    return register.add_woman(village_session(code), form, today=TODAY).uuid


def build_township(path) -> dict[str, str]:
    """Three villages; returns card UUIDs by label:
    a_dup/b_dup: the same ID in V001 and V002; a_nb/c_nb: same name and birth date with
    different IDs in V001 and V003; a_solo, b_solo, c_solo: one woman each."""
    db = init_database(path, site_code=TOWNSHIP, site_name="城关镇", kind="township",
                       admin_username="admin", admin_password="admin-pass")
    for code, name in VILLAGES.items():
        add_village(code, name)
    cards = {
        "a_dup": add("V001", "张秀英", SHARED_BIRTH, 102, household="0001", id_number=SHARED_ID),
        "b_dup": add("V002", "张秀英", SHARED_BIRTH, 102, household="0101", id_number=SHARED_ID),
        "a_nb": add("V001", "李娜", dt.date(1992, 1, 3), 104, household="0002"),
        "c_nb": add("V003", "李娜", dt.date(1992, 1, 3), 206, household="0201"),
        "a_solo": add("V001", "王芳", dt.date(1988, 7, 21), 108, household="0003"),
        "b_solo": add("V002", "赵丽", dt.date(1995, 11, 30), 110, household="0102"),
        "c_solo": add("V003", "刘洋", dt.date(1985, 2, 14), 112, household="0202"),
    }
    db.close()
    return cards


@pytest.fixture
def township_path(tmp_path):
    path = tmp_path / "township.db"
    cards = build_township(path)
    from db.schema import open_sqlite

    db = open_sqlite(path)
    path_cards = (path, cards)
    yield path_cards
    db.close()


@pytest.fixture
def township(township_path) -> Session:
    return system_session(TOWNSHIP)


@pytest.fixture
def cards(township_path) -> dict[str, str]:
    return township_path[1]
