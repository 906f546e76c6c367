"""The demo village: the documented ratios, valid IDs, consistent links, a logged insert per
row, and the same village for the same seed."""

from __future__ import annotations

import datetime as dt
import json

import pytest

from app import idnumber
from app.auth import login
from app.codes import REGISTER_EXIT_AGE
from app.demo import create_demo
from app.register import birthday_at
from app.sites import SiteError
from db.connection import database
from db.models import ChangeLog, Household, Marriage, Person, WomanCard

TODAY = dt.date(2026, 11, 22)


@pytest.fixture(scope="module")
def demo(tmp_path_factory):
    path = tmp_path_factory.mktemp("demo") / "demo.db"
    info = create_demo(path, 600, seed=7, today=TODAY)
    from db.schema import open_sqlite

    db = open_sqlite(path)
    yield info, db
    db.close()


def scalar(sql: str, *params) -> object:
    return database.execute_sql(sql, params).fetchone()[0]


def test_counts_and_ratios(demo):
    info, _ = demo
    assert info.women == 600
    active = WomanCard.select().where(WomanCard.exit_reason.is_null()).count()
    assert active == 600
    assert Person.select().count() == info.persons
    assert 0.21 <= info.married_women / info.persons <= 0.29
    year_ago = (TODAY - dt.timedelta(days=365)).isoformat()
    births = scalar("SELECT count(*) FROM person WHERE mother_id IS NOT NULL AND birth_date > ?", year_ago)
    assert births == info.births_last_year
    assert 13 <= 1000 * births / info.persons <= 14
    boys, girls = database.execute_sql(
        "SELECT sum(sex = 'M'), sum(sex = 'F') FROM person WHERE mother_id IS NOT NULL AND birth_date > ?",
        ((TODAY - dt.timedelta(days=18 * 365)).isoformat(),),
    ).fetchone()
    assert 103 <= 100 * boys / girls <= 110


def test_register_is_women_15_to_49(demo):
    cutoff_50 = birthday_at(TODAY, -REGISTER_EXIT_AGE)
    cutoff_15 = birthday_at(TODAY, -15)
    for card in WomanCard.select(WomanCard, Person).join(Person).where(WomanCard.exit_reason.is_null()):
        assert card.person.sex == "F"
        assert cutoff_50 < card.person.birth_date <= cutoff_15
    exited = WomanCard.select().where(WomanCard.exit_reason == "reached_50")
    assert exited.count() > 0


def test_status_mix_follows_the_182_women_example(demo):
    info, _ = demo
    rows = dict(database.execute_sql(
        "SELECT current_status, count(*) FROM woman_card WHERE exit_reason IS NULL AND marital_status = 'married' "
        "GROUP BY current_status"
    ).fetchall())
    assert sum(rows.values()) == info.married_women
    assert abs(rows["iud"] / info.married_women - 105 / 182) < 0.02
    assert abs(rows["condom"] / info.married_women - 27 / 182) < 0.01
    for status in ("menopausal", "pregnant", "waiting", "infertile", "female_sterilisation"):
        assert rows.get(status, 0) > 0
    singles = scalar("SELECT count(*) FROM woman_card WHERE marital_status <> 'married' AND current_status IS NOT NULL")
    assert singles == 0


def test_ids_valid_unique_and_agree_with_person(demo):
    people = list(Person.select(Person.id_number, Person.birth_date, Person.sex))
    with_id = [p for p in people if p.id_number]
    assert 0 < len(people) - len(with_id) < 0.05 * len(people)  # a few without an ID
    assert len({p.id_number for p in with_id}) == len(with_id)
    for p in with_id:
        parsed = idnumber.parse(p.id_number, today=TODAY)
        assert idnumber.cross_check(parsed, p.birth_date, p.sex) == []


def test_residence_mix_and_migrant_details(demo):
    rows = dict(database.execute_sql("SELECT residence, count(*) FROM woman_card GROUP BY residence").fetchall())
    total = sum(rows.values())
    assert rows["resident"] / total > 0.75
    for kind in ("in_migrant", "out_migrant", "family_away", "registered_only"):
        assert rows.get(kind, 0) > 0, kind
    assert scalar("SELECT count(*) FROM woman_card WHERE residence = 'out_migrant' AND "
                  "(destination = '' OR contact_person = '' OR contact_phone = '')") == 0
    assert scalar("SELECT count(*) FROM woman_card WHERE residence = 'in_migrant' AND origin = ''") == 0


def test_links_are_consistent(demo):
    # Mothers are women, fathers men, both in the child's household and old enough.
    bad = scalar(
        "SELECT count(*) FROM person k JOIN person m ON m.id = k.mother_id "
        "WHERE m.sex <> 'F' OR m.household_id <> k.household_id OR k.birth_date < date(m.birth_date, '+18 years')"
    )
    assert bad == 0
    bad = scalar(
        "SELECT count(*) FROM person k JOIN person f ON f.id = k.father_id "
        "WHERE f.sex <> 'M' OR f.household_id <> k.household_id OR k.birth_date <= f.birth_date"
    )
    assert bad == 0
    # Birth orders of a mother's children in the register follow their birth dates.
    rows = database.execute_sql(
        "SELECT mother_id, birth_order FROM person WHERE mother_id IS NOT NULL AND birth_order IS NOT NULL "
        "ORDER BY mother_id, birth_date"
    ).fetchall()
    last: dict[int, int] = {}
    for mother, order in rows:
        assert order > last.get(mother, 0)
        last[mother] = order
    # Every household has exactly one head, and household.head points at them.
    assert scalar("SELECT count(*) FROM household WHERE head_id IS NULL") == 0
    assert scalar(
        "SELECT count(*) FROM household h JOIN person p ON p.id = h.head_id "
        "WHERE p.household_id <> h.id OR p.relation <> 'head'"
    ) == 0
    # Married women have a current marriage; husbands in the register are men.
    assert scalar(
        "SELECT count(*) FROM woman_card c WHERE c.marital_status = 'married' AND NOT EXISTS "
        "(SELECT 1 FROM marriage m WHERE m.wife_id = c.person_id AND m.end_date IS NULL)"
    ) == 0
    assert Marriage.select().join(Person, on=(Marriage.husband == Person.id)).where(Person.sex != "M").count() == 0
    kinds = {k for (k,) in database.execute_sql("SELECT DISTINCT kind FROM marriage").fetchall()}
    ends = {k for (k,) in database.execute_sql("SELECT DISTINCT end_reason FROM marriage").fetchall()}
    assert kinds == {"first", "remarriage"} and {"divorce", "death"} <= ends
    # Grandparents over 60 live with younger generations.
    assert scalar(
        "SELECT count(*) FROM person p JOIN person c ON c.mother_id = p.id JOIN person g ON g.father_id = c.id "
        "WHERE p.birth_date < ?", (TODAY - dt.timedelta(days=60 * 366)).isoformat()
    ) > 0


def test_change_log_has_an_insert_per_row(demo):
    for model in (Household, Person, Marriage, WomanCard):
        table = model._meta.table_name
        logged = ChangeLog.select().where((ChangeLog.table_name == table) & (ChangeLog.op == "insert")).count()
        assert logged == model.select().count(), table
    # The log ends with each household naming its head: the village's households are written
    # with their head (one insert each); the extras' families get theirs by an update.
    logged_heads: dict[str, str | None] = {}
    for e in ChangeLog.select().where(ChangeLog.table_name == "household").order_by(ChangeLog.seq):
        logged_heads[e.row_uuid] = json.loads(e.data)["head"]
    heads = {h.uuid: h.head.uuid for h in Household.select()}
    assert logged_heads == heads and None not in heads.values()
    updates = ChangeLog.select().where((ChangeLog.table_name == "household") & (ChangeLog.op == "update")).count()
    assert updates < len(heads) / 10


def test_demo_users_can_log_in(demo):
    assert login("admin", "admin123", "V001").role == "admin"
    assert login("worker", "worker123", "V001").role == "worker"


def _content(path):
    from db.schema import open_sqlite

    db = open_sqlite(path)
    try:
        return db.execute_sql(
            "SELECT p.name, p.birth_date, p.id_number, p.phone, h.number, c.current_status FROM person p "
            "JOIN household h ON h.id = p.household_id LEFT JOIN woman_card c ON c.person_id = p.id ORDER BY p.id"
        ).fetchall()
    finally:
        db.close()


def test_deterministic_for_a_seed_and_refuses_to_overwrite(tmp_path):
    a, b, c = tmp_path / "a.db", tmp_path / "b.db", tmp_path / "c.db"
    create_demo(a, 80, seed=3, today=TODAY)
    create_demo(b, 80, seed=3, today=TODAY)
    create_demo(c, 80, seed=4, today=TODAY)
    assert _content(a) == _content(b)
    assert _content(a) != _content(c)
    with pytest.raises(SiteError):
        create_demo(a, 80, seed=3, today=TODAY)


HISTORY = ("woman_card", "method_episode", "procedure", "life_event", "health_check", "visit", "due_visit")
# Random per file, or stamped when written: everything else must be the same.
NOT_CONTENT = {"uuid", "source_uuid", "card_uuid", "created_at", "updated_at", "computed_at"}


def _tables(path):
    from db.schema import open_sqlite

    db = open_sqlite(path)
    try:
        out = {}
        for table in ("household", "person", "marriage", *HISTORY):
            cols = [r[1] for r in db.execute_sql(f'PRAGMA table_info("{table}")') if r[1] not in NOT_CONTENT]
            names = ", ".join(f'"{c}"' for c in cols)
            out[table] = db.execute_sql(f'SELECT {names} FROM "{table}" ORDER BY id').fetchall()
        out["display_wrong"] = db.execute_sql(
            "SELECT count(*) FROM due_visit d JOIN woman_card c ON c.person_id = d.person_id "
            "JOIN person p ON p.id = d.person_id JOIN household h ON h.id = p.household_id "
            "JOIN village_group g ON g.id = h.group_id WHERE d.card_uuid IS NOT c.uuid OR d.name IS NOT p.name "
            "OR d.phone IS NOT p.phone OR d.group_number IS NOT g.number OR d.household_number IS NOT h.number"
        ).fetchone()[0]
        out["log"] = db.execute_sql("SELECT table_name, op, row_version FROM change_log ORDER BY seq").fetchall()
        out["unlogged"] = [
            db.execute_sql(
                f"SELECT count(*) FROM \"{t}\" WHERE uuid NOT IN (SELECT row_uuid FROM change_log WHERE table_name = ?)",
                (t,),
            ).fetchone()[0]
            for t in ("person", *HISTORY[:-1])
        ]
        return out
    finally:
        db.close()


def test_second_process_writes_the_same_file(tmp_path, monkeypatch):
    """The fork (cards and history written by a child into a side file, then copied in) gives
    what the in-process load gives, row for row and change-log entry for entry."""
    from app import demo_side

    if not demo_side.can_fork():
        pytest.skip("no fork on this platform")
    forks = []
    real = demo_side.SideProcess

    def counted(*args):
        forks.append(1)
        return real(*args)

    here, forked = tmp_path / "here.db", tmp_path / "forked.db"
    create_demo(here, 150, seed=5, today=TODAY)
    monkeypatch.setattr(demo_side, "FORK_FROM_MARRIED", 0)
    monkeypatch.setattr(demo_side, "SideProcess", counted)
    create_demo(forked, 150, seed=5, today=TODAY)
    assert forks == [1]
    a, b = _tables(here), _tables(forked)
    assert a["due_visit"] and a["visit"]
    for table in a:
        assert a[table] == b[table], table
    assert b["unlogged"] == [0] * len(b["unlogged"])
    assert a["display_wrong"] == b["display_wrong"] == 0


def test_a_failed_demo_leaves_no_file(tmp_path, monkeypatch):
    from app import demo_extras

    def broken(ctx):
        raise RuntimeError("extras failed")

    monkeypatch.setattr(demo_extras, "add_extras", broken)
    target = tmp_path / "half.db"
    with pytest.raises(RuntimeError, match="extras failed"):
        create_demo(target, 60, today=TODAY)
    assert not target.exists() and not list(tmp_path.glob("half.db*"))
    monkeypatch.undo()
    create_demo(target, 60, today=TODAY)  # a second try is not refused
    assert target.exists()
