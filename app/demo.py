"""Demo data: a realistic village at the ratios of the source documents (SPEC §1), for trying the
program, training, and benchmarks.

The village is generated household by household (grandparents, a couple, their children) so
that every link — household, mother, father, marriage, birth order — is consistent. Births in the
last year and the status mix are then adjusted to hit the documented ratios exactly, and all rows
are written with db.bulk in one transaction, so the change log holds an insert per row.
The village itself is generated in memory by app/demo_village.py; this module writes it.
"""

from __future__ import annotations

import datetime as dt
import random
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass
from pathlib import Path

from app import demo_names as dn
from app import idnumber
from app.auth import create_user, system_session
from app.codes import REGISTER_EXIT_AGE, REGISTER_MIN_AGE
from app.demo_load import (
    PhaseTimer,
    drop_indexes,
    finish_register,
    no_cyclic_gc,
)
from app.demo_village import _uuid, _uuids, _Village
from app.i18n import translate
from app.names import pinyin_keys
from app.register import birthday_at
from app.sites import SiteError, group_name, init_database
from db import bulk
from db.connection import refresh_statistics
from db.models import Household, Marriage, Person, VillageGroup

SITE_CODE = "V001"
SITE_NAME = "红旗村"


def _t(text: str) -> str:
    return translate("demo", text)


@dataclass(frozen=True)
class DemoInfo:
    path: Path
    site_code: str
    groups: int
    households: int
    persons: int
    women: int  # active cards: women 15–49 on the register
    cards: int  # including exited cards (women who turned 50)
    married_women: int
    marriages: int
    births_last_year: int


def _groups_for(people: int) -> int:
    # A village group (村民小组) has a few hundred people.
    return max(3, round(people / 420))


def create_demo(path: Path, women: int, *, seed: int = 1, today: dt.date | None = None) -> DemoInfo:
    """Create a new database file holding a demo village with `women` women 15–49 on the register."""
    path = Path(path)
    if path.exists():
        raise SiteError(_t("数据库文件“{p}”已存在，不会覆盖").format(p=path))
    if women < 1:
        raise ValueError(_t("育龄妇女人数至少为1"))
    today = today or dt.date.today()
    try:
        with no_cyclic_gc():
            return _create(path, women, seed, today)
    except BaseException:
        # The file is new and half made: a second try must not find it in the way.
        for leftover in (path, Path(f"{path}-wal"), Path(f"{path}-shm"), Path(f"{path}-journal")):
            leftover.unlink(missing_ok=True)
        raise


def _new_file(path: Path):
    """The empty database with its users, made on a helper thread while the village is generated
    (creating the schema and hashing two passwords wait on the disk and on argon2, not on
    Python). Its connection is closed here: the caller's thread opens its own."""
    db = init_database(path, site_code=SITE_CODE, site_name=_t(SITE_NAME), kind="village",
                       admin_username="admin", admin_password="admin123")
    try:
        create_user(None, "worker", _t("村计生专干"), "worker", "worker123")
    finally:
        db.close()
    return db


def _create(path: Path, women: int, seed: int, today: dt.date) -> DemoInfo:
    timer = PhaseTimer()
    with ThreadPoolExecutor(max_workers=1) as pool:
        opening = pool.submit(_new_file, path)
        village = _Village(random.Random(seed), today)
        village.build(women)
        village.adjust_births()
        village.assign_residence()
        village.assign_phones_and_ids()
        married = village.assign_statuses()
        from app import demo_history  # they read this module's helpers
        from app.demo_extras import DemoContext, add_extras

        demo_history.vary_methods(married, seed)
        n_groups = _groups_for(village.people)
        n_married = len(married)
        timer("village")
        db = opening.result()
    timer("file ready")
    try:
        actor = system_session(SITE_CODE).actor
        # A new file that nobody uses yet: a crash just means running the demo again, so the
        # load skips fsyncs and keeps its journal and sorts in memory. Foreign keys are checked
        # once for the whole load rather than row by row.
        db.execute_sql("PRAGMA synchronous = OFF")
        db.execute_sql("PRAGMA cache_size = -400000")
        db.execute_sql("PRAGMA journal_mode = MEMORY")
        db.execute_sql("PRAGMA temp_store = MEMORY")
        db.execute_sql("PRAGMA foreign_keys = OFF")
        sides: list = []  # the process writing the second half, if any (app.demo_side)
        try:
            with db.atomic():
                bulk.insert_rows(VillageGroup, actor, [{"number": n, "name": group_name(n)}
                                                       for n in range(1, n_groups + 1)])
                counts = _load(db, village, married, n_groups, seed, actor, timer, sides)
                add_extras(DemoContext(db, SITE_CODE, today, seed, actor, women))
                timer("extras")
                if db.execute_sql('PRAGMA foreign_key_check("change_log")').fetchone():
                    raise RuntimeError("demo data breaks a foreign key in change_log")
        finally:
            for side in sides:
                side.discard()
        db.execute_sql("PRAGMA foreign_keys = ON")
        db.execute_sql("PRAGMA journal_mode = WAL")
        refresh_statistics(db)
        # The file's own figures: the extras (app.demo_extras) may add families of their own.
        year_ago = (today - dt.timedelta(days=365)).isoformat()
        households, persons, births = db.execute_sql(
            "SELECT (SELECT count(*) FROM household), (SELECT count(*) FROM person), "
            "(SELECT count(*) FROM person WHERE mother_id IS NOT NULL AND birth_date > ?)", (year_ago,),
        ).fetchone()
        timer("statistics")
    finally:
        db.close()
    return DemoInfo(
        path=path, site_code=SITE_CODE, groups=n_groups, households=households, persons=persons, women=women,
        cards=counts[1], married_women=n_married, marriages=counts[0], births_last_year=births,
    )


def _load(db, village: _Village, married: list, n_groups: int, seed: int, actor, timer: PhaseTimer,
          sides: list) -> tuple[int, int]:
    """Write the village and its history (inside the caller's transaction); returns the numbers
    of marriages and cards."""
    from app import demo_side

    conn = db.connection()
    log_indexes = drop_indexes(db, ("change_log",))
    _number(village, bulk.next_id(Household), bulk.next_id(Person), n_groups)
    person_uuids = _uuids(village.people)
    half = demo_side.Half.read(village, married, seed, actor)
    if demo_side.can_fork() and len(married) >= demo_side.FORK_FROM_MARRIED:
        ids = [p.row_id for p in village.persons()]
        sides.append(demo_side.SideProcess(db, half, list(zip(ids, person_uuids, strict=True)),
                                           _log_after_first_half(db, village, half.cards), log_indexes))
    first_indexes = drop_indexes(db, ("household", "person", "marriage", "woman_card"))
    timer("numbered")
    group_ids = dict(VillageGroup.select(VillageGroup.number, VillageGroup.id).tuples())
    # A household is written with its head, logged once the people it names exist: one log
    # entry each (an insert naming its head) instead of an insert and an update setting the head.
    first, last = bulk.insert_rows(Household, actor, _household_rows(village, group_ids), log=False)
    bulk.insert_rows(Person, actor, _person_rows(village, person_uuids))
    bulk.log_inserts(Household, first, last, actor)
    marriages = _marriage_rows(village)
    bulk.insert_rows(Marriage, actor, marriages)
    cards = half.write_cards()
    timer("households, people, marriages, cards")
    if sides:
        finish_register(conn, first_indexes)
        timer("their indexes")
        for sql in log_indexes:
            conn.execute(sql)
        timer("change-log indexes")
        village.dismantle(married)  # while the side process finishes (it has its own copy)
        timer("village freed")
        sides[0].copy_into(db, timer)
    else:
        half.write(timer, with_cards=False)  # with its own indexes dropped and rebuilt
        village.dismantle(married)
        finish_register(conn, first_indexes)
        for sql in log_indexes:
            conn.execute(sql)
        timer("indexes")
    return len(marriages), cards


def _log_after_first_half(db, village: _Village, cards: list[dict]) -> int:
    """The change-log seq the second half's first entry will get: after an insert for every
    household, person, marriage and card."""
    (last,) = db.execute_sql("SELECT COALESCE(MAX(seq), 0) FROM change_log").fetchone()
    entries = len(village.households) + len(cards)
    for p in village.persons():
        entries += 1 + len(p.marriages)
    return last + entries + 1


def _number(village: _Village, first_household: int, first_person: int, n_groups: int) -> None:
    """Row ids, village groups and household numbers, before any row is built: the history and
    the rows that refer to people are then built by two processes at once (app.demo_side)."""
    households = village.households
    width = max(2, len(str(n_groups)))
    per_group: dict[int, int] = {}
    next_person = first_person
    for i, h in enumerate(households):
        h.row_id = first_household + i
        h.group = 1 + i * n_groups // len(households)
        k = per_group[h.group] = per_group.get(h.group, 0) + 1
        h.number = f"{h.group:0{width}d}{k:04d}"
        for p in h.members:
            p.row_id = next_person
            next_person += 1


def _household_rows(village: _Village, group_ids: dict[int, int]) -> list[dict]:
    households = village.households
    rows = []
    per_group: dict[int, int] = {}
    address = _t("{g}组{k}号")
    uuids = _uuids(len(households))
    for i, h in enumerate(households):
        k = per_group[h.group] = per_group.get(h.group, 0) + 1
        head = next((p.row_id for p in h.members if p.relation == "head"), None)
        rows.append({
            "id": h.row_id, "uuid": uuids[i], "group": group_ids[h.group], "number": h.number,
            "address": address.format(g=h.group, k=k), "hukou_type": h.hukou, "head": head,
        })
    return rows


def _person_rows(village: _Village, uuids: list[str]) -> list[dict]:
    """The people's rows (uuids: one per person, in household order)."""
    pinyin: dict[str, tuple[str, str]] = {}
    rows = []
    n = 0
    for h in village.households:
        for p in h.members:
            keys = pinyin.get(p.name)
            if keys is None:
                keys = pinyin[p.name] = pinyin_keys(p.name)
            mother, father = p.mother, p.father
            rows.append({
                "id": p.row_id, "uuid": uuids[n], "household": h.row_id, "relation": p.relation, "name": p.name,
                "pinyin": keys[0], "initials": keys[1], "sex": p.sex, "birth_date": p.birth,
                "id_number": p.id_number, "phone": p.phone, "alive": True, "moved_in_date": p.moved_in,
                "mother": mother.row_id if mother else None,
                "father": father.row_id if father else None, "birth_order": p.order,
            })
            n += 1
    return rows


def _marriage_rows(village: _Village) -> list[dict]:
    """Runs after _person_rows in every load: it takes the village's last random numbers."""
    rows = []
    rng = village.rng
    for p in village.persons():
        for husband, husband_name, kind, start, end, end_reason in p.marriages:
            if husband is not None:
                husband_id = husband.id_number
            elif rng.random() < 0.7:
                husband_id = idnumber.make(rng.choice(dn.NEARBY_AREAS), p.birth - dt.timedelta(days=400),
                                           2 * rng.randrange(400) + 1)
            else:
                husband_id = None
            rows.append({
                "uuid": _uuid(), "wife": p.row_id, "husband": husband.row_id if husband else None,
                "husband_name": husband_name, "husband_id_number": husband_id, "kind": kind,
                "start_date": start, "end_date": end, "end_reason": end_reason,
            })
    return rows


def _card_rows(village: _Village) -> list[dict]:
    today = village.today
    cards = []
    for p in village.persons():
        if p.sex != "F":
            continue
        age = p.age
        if not REGISTER_MIN_AGE <= age <= REGISTER_EXIT_AGE + 1:
            continue
        residence = p.residence or ("resident", "", "", "", "")
        registered = max(birthday_at(p.birth, REGISTER_MIN_AGE), p.moved_in or dt.date(2010, 1, 1))
        exited = age >= REGISTER_EXIT_AGE
        cards.append({
            "uuid": _uuid(), "person": p.row_id, "residence": residence[0], "origin": residence[1],
            "destination": residence[2], "contact_person": residence[3], "contact_phone": residence[4],
            "marital_status": p.marital, "current_status": None if exited else p.status,
            "registered_date": min(registered, today),
            "exit_reason": "reached_50" if exited else None,
            "exit_date": birthday_at(p.birth, REGISTER_EXIT_AGE) if exited else None,
        })
    return cards
