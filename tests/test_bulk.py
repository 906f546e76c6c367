"""The bulk loader must leave the same rows and change log as per-row inserts."""

import datetime as dt
import json

from db import bulk, changes
from db.connection import database
from db.models import ChangeLog, Household, Person, VillageGroup


def _strip(data: dict) -> dict:
    return {k: v for k, v in data.items() if k not in {"uuid", "created_at", "updated_at"}}


def test_bulk_rows_and_log_match_per_row_inserts(worker):
    group = VillageGroup.get(VillageGroup.number == 1)
    one = changes.insert(Household, worker.actor, group=group, number="A1", hukou_type="rural")
    person_fields = dict(
        relation="head", name="赵一", pinyin="zhaoyi", initials="zy", sex="F",
        birth_date=dt.date(1990, 1, 2), alive=True,
    )
    changes.insert(Person, worker.actor, household=one, **person_fields)
    with database.atomic():
        first, last = bulk.insert_rows(
            Household, worker.actor, [{"group": group.id, "number": "A2", "hukou_type": "rural"}]
        )
        bulk.insert_rows(Person, worker.actor, [{"household": first, **person_fields}])
    logs = list(ChangeLog.select().where(ChangeLog.table_name == "person").order_by(ChangeLog.seq))
    assert len(logs) == 2
    per_row, bulk_row = (json.loads(log.data) for log in logs)
    assert per_row["household"] == one.uuid
    assert bulk_row["household"] == Household.get(Household.number == "A2").uuid
    per_row.pop("household"), bulk_row.pop("household")
    assert _strip(per_row) == _strip(bulk_row)
    loaded = Person.get(Person.id == Person.select().order_by(Person.id.desc()).first().id)
    assert loaded.birth_date == dt.date(1990, 1, 2) and loaded.alive is True


def test_bulk_rows_of_mixed_shapes_store_what_per_row_inserts_store(worker):
    """Rows with and without ids, uuids and optional fields, booleans given as ints, dates as
    dates or ISO strings: each is stored as db.changes stores it, and logged alike."""
    group = VillageGroup.get(VillageGroup.number == 1)
    home = changes.insert(Household, worker.actor, group=group, number="B1", hukou_type="rural")
    mother = changes.insert(Person, worker.actor, household=home, relation="head", name="钱一", sex="F", pinyin="q", initials="q",
                            birth_date=dt.date(1970, 3, 4), alive=True)
    rows = [
        {"household": home.id, "relation": "child", "name": "钱二", "pinyin": "q", "initials": "q", "sex": "F", "birth_date": dt.date(1995, 5, 6),
         "mother": mother.id, "alive": 1},
        {"name": "钱三", "household": home.id, "relation": "child", "pinyin": "q", "initials": "q", "sex": "M", "birth_date": "1997-07-08",
         "mother": None, "alive": 0, "uuid": None},
        {"household": home.id, "relation": "child", "name": "钱四", "sex": "M", "pinyin": "q", "initials": "q", "birth_date": dt.date(1999, 9, 9)},
    ]
    with database.atomic():
        first, last = bulk.insert_rows(Person, worker.actor, rows)
    assert last - first == 2
    for row, person in zip(rows, Person.select().where(Person.id.between(first, last)).order_by(Person.id),
                           strict=True):
        again = changes.insert(Person, worker.actor, **{k: v for k, v in row.items() if k != "uuid"})
        cursor = database.execute_sql
        cols = [f.column_name for f in Person._meta.sorted_fields if f.name not in {"id", "uuid", "name"}]
        sql = f"SELECT {', '.join(cols)} FROM person WHERE id = ?"
        assert cursor(sql, (person.id,)).fetchone() == cursor(sql, (again.id,)).fetchone()
        assert person.uuid
        logs = [json.loads(log.data) for log in ChangeLog.select().where(
            ChangeLog.row_uuid.in_([person.uuid, again.uuid])).order_by(ChangeLog.seq)]
        assert [_strip(d) | {"name": ""} for d in logs[:1]] == [_strip(d) | {"name": ""} for d in logs[1:]]
        assert logs[0]["mother"] == (mother.uuid if row.get("mother") else None)
