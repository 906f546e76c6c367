"""Shared fixtures: a fresh register database in a temp file, and sessions for each role."""

from __future__ import annotations

import datetime as dt

import pytest

from app.auth import Session, system_session
from app.register import WomanForm
from app.sites import init_database

# Fixture modules that tests also import directly: rewrite their asserts before either happens.
pytest.register_assert_rewrite("tests.incentive_fixtures", "tests.township_data", "tests.backup_fixtures",
                               "tests.gui_fixtures")

TODAY = dt.date(2026, 11, 22)
SITE = "V001"


@pytest.fixture
def db_path(tmp_path):
    path = tmp_path / "register.db"
    db = init_database(
        path, site_code=SITE, site_name="红旗村", kind="village", groups=5,
        admin_username="admin", admin_password="admin-pass",
    )
    yield path
    db.close()


@pytest.fixture
def admin(db_path) -> Session:
    return system_session(SITE)


@pytest.fixture
def worker(db_path) -> Session:
    return Session("wang", "王芳", "worker", SITE)


def woman(**overrides) -> WomanForm:
    """A valid form: 张秀英, born 1990-05-17, with a valid ID."""
    base = dict(
        name="张秀英", id_number="110101199005172345", group_number=1,
        household_number="0001", address="一组12号", relation="spouse",
        marital_status="married", current_status="iud", husband_name="李建国",
        marriage_date=dt.date(2012, 3, 1), phone="13800138000",
    )
    base.update(overrides)
    return WomanForm(**base)
