"""A small township database for screenshots and manual trials: a township and its villages'
rows as they look once their packets are in (each village's rows written under its own site
code), with a few women registered in two villages and some closed returns."""

from __future__ import annotations

import datetime as dt
import importlib
import random
from pathlib import Path

from app import register
from app.auth import Session, system_session
from app.demo_names import FEMALE_CHARS, HOME_AREA, SURNAMES
from app.i18n import translate
from app.idnumber import make
from app.sites import add_group, init_database
from db import changes
from db.models import Site

TOWNSHIP_CODE = "T001"
TOWNSHIP_NAME = "城关镇"
VILLAGE_NAMES = ("红旗村", "向阳村", "东风村", "光明村", "新华村", "胜利村")


def _t(text: str) -> str:
    return translate("township", text)


def _session(code: str) -> Session:
    return Session(f"worker_{code.lower()}", f"{code}专干", "worker", code)


def create_township_demo(path: Path, *, villages: int = 4, women: int = 30, seed: int = 7,
                         today: dt.date | None = None) -> dict[str, list[str]]:
    """Write the database; returns card UUIDs by village code."""
    today = today or dt.date.today()
    rng = random.Random(seed)
    db = init_database(path, site_code=TOWNSHIP_CODE, site_name=TOWNSHIP_NAME, kind="township",
                       admin_username="admin", admin_password="admin123")
    surnames = [s for s, w in SURNAMES for _ in range(w)]
    cards: dict[str, list[str]] = {}
    forms: list[register.WomanForm] = []
    with db.atomic():
        for v in range(villages):
            code = f"V{v + 1:03d}"
            session = system_session(code)
            changes.insert(Site, session.actor, code=code, name=VILLAGE_NAMES[v % len(VILLAGE_NAMES)],
                           kind="village", parent_code=TOWNSHIP_CODE)
            for number in (1, 2, 3):
                add_group(session, number, _t("{n}组").format(n=number))
            cards[code] = []
            for i in range(women):
                birth = dt.date(today.year - rng.randint(20, 45), rng.randint(1, 12), rng.randint(1, 28))
                name = rng.choice(surnames) + "".join(rng.sample(FEMALE_CHARS, rng.choice((1, 2))))
                form = register.WomanForm(
                    name=name, id_number=make(HOME_AREA, birth, 100 + 2 * (v * women + i)), birth_date=birth,
                    group_number=1 + i % 3, household_number=f"{v + 1}{i:03d}", marital_status="married",
                    husband_name=rng.choice(surnames) + rng.choice(("建国", "志明", "海峰", "伟")),
                    current_status=rng.choice(("iud", "pill", "condom", "female_sterilisation", "no_method")),
                    phone=f"139{rng.randint(10_000_000, 99_999_999)}",
                    registered_date=today - dt.timedelta(days=rng.randint(90, 900)),
                )
                forms.append(form)
                cards[code].append(register.add_woman(_session(code), form, today=today).uuid)
        # Women registered in a second village: twice with the same ID, once by name and birth.
        for n, (src, dst) in enumerate(((0, 1), (2, 0), (1, villages - 1))):
            form = forms[src * women + n]
            code = f"V{dst + 1:03d}"
            copy = register.WomanForm(**{**form.__dict__, "household_number": f"9{n:03d}"})
            if n == 2:
                copy.id_number = make("431122", form.birth_date, 900 + 2 * n)
            cards[code].append(register.add_woman(_session(code), copy, today=today).uuid)
        _close_returns(list(cards), today)
    db.close()
    return cards


def _close_returns(codes: list[str], today: dt.date) -> None:
    """Last month's return closed by some villages (on time, late), when returns are installed."""
    try:
        store = importlib.import_module("app.returns.store")
        periods = importlib.import_module("app.returns.periods")
    except ImportError:
        return
    month = periods.last_closed_month(today)
    for n, code in enumerate(codes[:-1]):
        ret = store.prepare(month, code, today=today).ret
        row = store.close_return(_session(code), ret, explanation=_t("演示数据"))
        # Sent a few days after the month; the second village late (after the deadline).
        days = 12 if n == 1 else 2 + n
        changes.update(row, _session(code).actor, prepared_at=dt.datetime.combine(
            month.end + dt.timedelta(days=days), dt.time(9, 30)))
