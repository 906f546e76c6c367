"""GUI test fixtures (pytest-qt, offscreen): a register with a few women, a logged-in admin,
and the main window. Import the fixtures you use into the test module."""

from __future__ import annotations

import datetime as dt
import os

import pytest

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from app import register  # noqa: E402
from app.auth import Session, login  # noqa: E402
from app.idnumber import make  # noqa: E402
from tests.conftest import SITE, TODAY, woman  # noqa: E402

ADMIN_PASSWORD = "admin-pass"

# (name, pinyin initials) of the women the `people` fixture registers.
PEOPLE = [
    ("张秀英", dt.date(1990, 5, 17)),
    ("李娜", dt.date(1992, 1, 3)),
    ("王芳", dt.date(1988, 7, 21)),
    ("赵丽", dt.date(1995, 11, 30)),
    ("刘洋", dt.date(1985, 2, 14)),
    ("陈静", dt.date(1999, 9, 9)),
    ("杨敏", dt.date(1983, 4, 1)),
]


@pytest.fixture
def admin_password() -> str:
    return ADMIN_PASSWORD


@pytest.fixture
def session(db_path) -> Session:
    """The database's real admin account (needed where a password is checked again)."""
    return login("admin", ADMIN_PASSWORD, SITE)


@pytest.fixture
def people(session) -> list[str]:
    """Seven women on the register; returns their card UUIDs in registration order."""
    uuids = []
    for i, (name, birth) in enumerate(PEOPLE):
        form = woman(name=name, id_number=make("110101", birth, 100 + 2 * i), household_number=f"{i + 1:04d}",
                     group_number=1 + i % 3, phone=f"1380013{i:04d}")
        uuids.append(register.add_woman(session, form, today=TODAY).uuid)
    return uuids


@pytest.fixture
def make_window(qtbot, session):
    """Factory for the main window; waits for background counts before the database closes."""
    from ui.main_window import MainWindow
    from ui.workers import wait_for_background

    windows = []

    def factory(**kwargs):
        kwargs.setdefault("today", TODAY)
        kwargs.setdefault("idle_ms", 60_000)
        window = MainWindow(session, site_name="红旗村", **kwargs)
        qtbot.addWidget(window)
        window.show()
        qtbot.waitExposed(window)
        windows.append(window)
        return window

    yield factory
    for window in windows:
        window.idle.uninstall()
    wait_for_background()


@pytest.fixture
def main_window(make_window, people):
    return make_window()
