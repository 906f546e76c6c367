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
