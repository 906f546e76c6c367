"""Tables of the services a woman receives: methods, procedures, checks, life events, visits,
and the versioned follow-up rules with the visits due that they generate (SPEC §3–4)."""

from __future__ import annotations

import peewee as pw

from db.base import BaseModel, SyncedModel, now
from db.models import Person


class MethodEpisode(SyncedModel):
    """A dated stretch of one contraceptive method, with the counselling given at its start."""

    person = pw.ForeignKeyField(Person, backref="episodes", on_delete="RESTRICT")
    method = pw.CharField(max_length=24)  # one of codes.METHODS
    detail = pw.CharField(max_length=32, null=True)  # injectable kind, implant type, …
    start_date = pw.DateField()
    end_date = pw.DateField(null=True)
    stop_reason = pw.CharField(max_length=24, null=True)  # codes.STOP_REASON
    provider = pw.CharField(max_length=50, default="")
    place = pw.CharField(max_length=100, default="")
    counselled = pw.BooleanField(default=False)
    methods_explained = pw.TextField(default="[]")  # JSON list of method codes explained
    own_choice = pw.BooleanField(null=True)  # the woman chose this method herself

    class Meta:
        indexes = ((("person", "start_date"), False),)


class Procedure(SyncedModel):
    """四术 and implant procedures."""

    person = pw.ForeignKeyField(Person, backref="procedures", on_delete="RESTRICT")
    kind = pw.CharField(max_length=24)  # codes.PROCEDURE_KIND
    date = pw.DateField()
    place = pw.CharField(max_length=100, default="")
    provider = pw.CharField(max_length=50, default="")
    result = pw.TextField(default="")
    implant_type = pw.CharField(max_length=24, null=True)  # resources/implant_types.json
    episode = pw.ForeignKeyField(MethodEpisode, null=True, backref="procedures", on_delete="RESTRICT")

    class Meta:
        indexes = ((("person", "date"), False),)


class HealthCheck(SyncedModel):
    """Reproductive-health check, pre-pregnancy check (for the couple), cervical screening."""

    person = pw.ForeignKeyField(Person, backref="checks", on_delete="RESTRICT")
    kind = pw.CharField(max_length=24)  # codes.CHECK_KIND
    date = pw.DateField()
    place = pw.CharField(max_length=100, default="")
    provider = pw.CharField(max_length=50, default="")
    result = pw.TextField(default="")
    partner = pw.ForeignKeyField(Person, null=True, backref="checks_as_partner", on_delete="RESTRICT")

    class Meta:
        indexes = ((("person", "date"), False),)


class LifeEvent(SyncedModel):
    """Marriage, pregnancy and its outcome, birth, death, moves, and declared statuses."""

    person = pw.ForeignKeyField(Person, backref="events", on_delete="RESTRICT")
    kind = pw.CharField(max_length=24)  # codes.EVENT_KIND
    date = pw.DateField()
    detail = pw.TextField(default="{}")  # JSON: outcome, place, origin/destination, …
    related = pw.ForeignKeyField(Person, null=True, backref="related_events", on_delete="RESTRICT")

    class Meta:
        indexes = ((("person", "date"), False),)


class RuleSet(SyncedModel):
    """One version of the follow-up schedule; a change is a new version, never an edit."""

    version = pw.IntegerField(unique=True)
    effective_from = pw.DateField()
    note = pw.TextField(default="")


class FollowUpRule(SyncedModel):
    """One visit of the schedule: what triggers it, when it is due and its window."""

    rule_set = pw.ForeignKeyField(RuleSet, backref="rules", on_delete="RESTRICT")
    code = pw.CharField(max_length=40)  # unique within a rule set, e.g. "iud_insertion.1m"
    trigger = pw.CharField(max_length=32)  # codes.TRIGGER
    visit_type = pw.CharField(max_length=24)  # codes.VISIT_TYPE
    sequence = pw.IntegerField(default=1)
    anchor = pw.CharField(max_length=24, default="event")  # event | implant_expiry | supply_end
    offset_days = pw.IntegerField()
    window_before = pw.IntegerField(default=0)
    window_after = pw.IntegerField(default=0)
    repeat_every_days = pw.IntegerField(null=True)  # then yearly, monthly until outcome, …
    days_per_unit = pw.IntegerField(null=True)  # anchor supply_end: 28 days per pill cycle
    label = pw.CharField(max_length=100, default="")

    class Meta:
        indexes = ((("rule_set", "code"), True),)


class Visit(SyncedModel):
    """A follow-up visit done: by whom, what was found, what was handed over, what next."""

    person = pw.ForeignKeyField(Person, backref="visits", on_delete="RESTRICT")
    date = pw.DateField()
    visitor = pw.CharField(max_length=64)  # username of the logged-in user
    visit_type = pw.CharField(max_length=24)  # codes.VISIT_TYPE
    findings = pw.TextField(default="")
    supplies = pw.TextField(default="")  # free text until issuance links land (issue 4)
    # What was handed over or given, when it starts a resupply schedule: pill | condom |
    # dmpa | net_en | monthly (codes.SUPPLY_KIND), and how many cycles/units/doses.
    supply_kind = pw.CharField(max_length=16, null=True)
    supply_quantity = pw.IntegerField(null=True)
    next_step = pw.TextField(default="")

    class Meta:
        indexes = ((("person", "date"), False),)


class DueVisit(BaseModel):
    """A visit the rules say is due. Derived data, recomputed per woman from her events and the
    rules in the same transaction as any change to them; not synced (each site derives its own)."""

    person = pw.ForeignKeyField(Person, backref="due_visits", on_delete="CASCADE")
    rule_code = pw.CharField(max_length=40)
    visit_type = pw.CharField(max_length=24)
    source_table = pw.CharField(max_length=40)
    source_uuid = pw.CharField(max_length=36)
    occurrence = pw.IntegerField(default=1)  # n-th repetition of a repeating rule
    due_date = pw.DateField()
    window_start = pw.DateField()
    window_end = pw.DateField()
    status = pw.CharField(max_length=12, default="open")  # open | done | cancelled
    visit = pw.ForeignKeyField(Visit, null=True, backref="closes", on_delete="SET NULL")
    computed_at = pw.DateTimeField(default=now)
    # What the due lists show of her, copied here when the item is written and kept current by
    # the triggers of due_display_triggers(): a 30,000-row week list then reads this table alone
    # instead of four joins per row (~450 → ~150 ms at 100,000 women).
    card_uuid = pw.CharField(max_length=36, null=True)
    name = pw.CharField(max_length=50, null=True)
    phone = pw.CharField(max_length=32, null=True)
    group_number = pw.IntegerField(null=True)
    household_number = pw.CharField(max_length=20, null=True)

    class Meta:
        indexes = (
            # Covers the due-list and count queries, display columns included, so they never
            # touch the table itself: at 100,000 women the whole week list (30,825 items) is one
            # index range (~180 ms CPU with the rows built, against ~250 ms reading the table
            # rows and ~450 ms joining person, card, household and group).
            (("status", "window_start", "window_end", "due_date", "person", "visit_type", "rule_code",
              "card_uuid", "name", "phone", "group_number", "household_number"), False),
            (("person", "status"), False),
        )


# The due items' copies of her name, phone, household and group follow any change to them,
# whichever service (or a sync packet) makes it. The card's UUID never changes.
_SQLITE_DISPLAY_TRIGGERS = (
    """CREATE TRIGGER IF NOT EXISTS due_visit_person_display AFTER UPDATE OF name, phone, household_id ON person
    WHEN OLD.name IS NOT NEW.name OR OLD.phone IS NOT NEW.phone OR OLD.household_id IS NOT NEW.household_id
    BEGIN
      UPDATE due_visit SET name = NEW.name, phone = NEW.phone,
        household_number = (SELECT number FROM household WHERE id = NEW.household_id),
        group_number = (SELECT g.number FROM household h JOIN village_group g ON g.id = h.group_id
                        WHERE h.id = NEW.household_id)
      WHERE person_id = NEW.id;
    END""",
    """CREATE TRIGGER IF NOT EXISTS due_visit_household_display AFTER UPDATE OF number, group_id ON household
    WHEN OLD.number IS NOT NEW.number OR OLD.group_id IS NOT NEW.group_id
    BEGIN
      UPDATE due_visit SET household_number = NEW.number,
        group_number = (SELECT number FROM village_group WHERE id = NEW.group_id)
      WHERE person_id IN (SELECT id FROM person WHERE household_id = NEW.id);
    END""",
    """CREATE TRIGGER IF NOT EXISTS due_visit_group_display AFTER UPDATE OF number ON village_group
    WHEN OLD.number IS NOT NEW.number
    BEGIN
      UPDATE due_visit SET group_number = NEW.number
      WHERE person_id IN (SELECT p.id FROM person p JOIN household h ON h.id = p.household_id
                          WHERE h.group_id = NEW.id);
    END""",
)
_POSTGRES_DISPLAY_FUNCTIONS = {
    "person": """
      IF OLD.name IS DISTINCT FROM NEW.name OR OLD.phone IS DISTINCT FROM NEW.phone
         OR OLD.household_id IS DISTINCT FROM NEW.household_id THEN
        UPDATE due_visit SET name = NEW.name, phone = NEW.phone,
          household_number = (SELECT number FROM household WHERE id = NEW.household_id),
          group_number = (SELECT g.number FROM household h JOIN village_group g ON g.id = h.group_id
                          WHERE h.id = NEW.household_id)
        WHERE person_id = NEW.id;
      END IF;""",
    "household": """
      IF OLD.number IS DISTINCT FROM NEW.number OR OLD.group_id IS DISTINCT FROM NEW.group_id THEN
        UPDATE due_visit SET household_number = NEW.number,
          group_number = (SELECT number FROM village_group WHERE id = NEW.group_id)
        WHERE person_id IN (SELECT id FROM person WHERE household_id = NEW.id);
      END IF;""",
    "village_group": """
      IF OLD.number IS DISTINCT FROM NEW.number THEN
        UPDATE due_visit SET group_number = NEW.number
        WHERE person_id IN (SELECT p.id FROM person p JOIN household h ON h.id = p.household_id
                            WHERE h.group_id = NEW.id);
      END IF;""",
}


def due_display_triggers(db: pw.Database) -> None:
    """Keep DueVisit's display columns current (schema step 2)."""
    if isinstance(db, pw.PostgresqlDatabase):
        for table, body in _POSTGRES_DISPLAY_FUNCTIONS.items():
            db.execute_sql(
                f"CREATE OR REPLACE FUNCTION due_visit_{table}_display() RETURNS trigger AS $$ "
                f"BEGIN {body} RETURN NEW; END; $$ LANGUAGE plpgsql"
            )
            db.execute_sql(f"DROP TRIGGER IF EXISTS due_visit_{table}_display ON {table}")
            db.execute_sql(
                f"CREATE TRIGGER due_visit_{table}_display AFTER UPDATE ON {table} "
                f"FOR EACH ROW EXECUTE FUNCTION due_visit_{table}_display()"
            )
        return
    for sql in _SQLITE_DISPLAY_TRIGGERS:
        db.execute_sql(sql)


SERVICE_SYNCED_MODELS: list[type[SyncedModel]] = [
    MethodEpisode, Procedure, HealthCheck, LifeEvent, RuleSet, FollowUpRule, Visit,
]
SERVICE_MODELS = [*SERVICE_SYNCED_MODELS, DueVisit]
