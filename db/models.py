"""The register's tables. Codes stored here are defined in app/codes.py."""

from __future__ import annotations

import peewee as pw

from db.base import BaseModel, SyncedModel, now


class Setting(BaseModel):
    """Site-wide settings an admin may change (idle lock minutes, lockout threshold, …)."""

    key = pw.CharField(primary_key=True, max_length=64)
    value = pw.TextField()


class Site(SyncedModel):
    code = pw.CharField(max_length=32, unique=True)
    name = pw.CharField(max_length=100)
    kind = pw.CharField(max_length=16)  # village | township
    parent_code = pw.CharField(max_length=32, null=True)


class VillageGroup(SyncedModel):
    """村民小组 within a village."""

    number = pw.IntegerField()
    name = pw.CharField(max_length=50)

    class Meta:
        indexes = ((("site_code", "number"), True),)


class Household(SyncedModel):
    group = pw.ForeignKeyField(VillageGroup, backref="households", on_delete="RESTRICT")
    number = pw.CharField(max_length=32)  # 户编号, unique within the site
    address = pw.CharField(max_length=200, default="")
    hukou_type = pw.CharField(max_length=8)  # rural | urban
    # Set after the head's Person row exists; deferred to break the cycle.
    head = pw.DeferredForeignKey("Person", null=True, on_delete="RESTRICT")

    class Meta:
        indexes = ((("site_code", "number"), True),)


class Person(SyncedModel):
    household = pw.ForeignKeyField(
        Household, backref="members", null=True, on_delete="RESTRICT"
    )
    relation = pw.CharField(max_length=16, default="other")  # relation to head
    name = pw.CharField(max_length=50, index=True)
    pinyin = pw.CharField(max_length=200, index=True)  # "zhangsan"
    initials = pw.CharField(max_length=50, index=True)  # "zs"
    sex = pw.CharField(max_length=1)  # M | F
    birth_date = pw.DateField(null=True)
    id_number = pw.CharField(max_length=18, null=True, index=True)
    phone = pw.CharField(max_length=32, null=True, index=True)
    alive = pw.BooleanField(default=True)
    death_date = pw.DateField(null=True)
    moved_in_date = pw.DateField(null=True)
    moved_out_date = pw.DateField(null=True)
    mother = pw.ForeignKeyField("self", null=True, backref="children_as_mother", on_delete="RESTRICT")
    father = pw.ForeignKeyField("self", null=True, backref="children_as_father", on_delete="RESTRICT")
    birth_order = pw.IntegerField(null=True)


class Marriage(SyncedModel):
    wife = pw.ForeignKeyField(Person, backref="marriages_as_wife", on_delete="RESTRICT")
    # The husband may live outside the register; then only his name and ID are kept.
    husband = pw.ForeignKeyField(
        Person, null=True, backref="marriages_as_husband", on_delete="RESTRICT"
    )
    husband_name = pw.CharField(max_length=50, default="")
    husband_id_number = pw.CharField(max_length=18, null=True)
    kind = pw.CharField(max_length=16, default="first")  # first | remarriage
    start_date = pw.DateField(null=True)
    end_date = pw.DateField(null=True)
    end_reason = pw.CharField(max_length=16, null=True)  # divorce | death


class WomanCard(SyncedModel):
    """A woman's entry in the register of women of reproductive age (育龄妇女登记册)."""

    person = pw.ForeignKeyField(Person, backref="cards", unique=True, on_delete="RESTRICT")
    residence = pw.CharField(max_length=24, default="resident")
    origin = pw.CharField(max_length=200, default="")  # in-migrants
    destination = pw.CharField(max_length=200, default="")  # out-migrants
    contact_person = pw.CharField(max_length=50, default="")
    contact_phone = pw.CharField(max_length=32, default="")
    marital_status = pw.CharField(max_length=16, default="single")
    current_status = pw.CharField(max_length=24, null=True)
    registered_date = pw.DateField(null=True)
    exit_reason = pw.CharField(max_length=16, null=True, index=True)
    exit_date = pw.DateField(null=True)


class User(BaseModel):
    """An account on this PC. Local to the site; not synced."""

    username = pw.CharField(max_length=32, unique=True)
    display_name = pw.CharField(max_length=50)
    role = pw.CharField(max_length=16)  # worker | officer | admin
    password_hash = pw.CharField(max_length=200)
    active = pw.BooleanField(default=True)
    failed_attempts = pw.IntegerField(default=0)
    locked_until = pw.DateTimeField(null=True)
    created_at = pw.DateTimeField(default=now)


class ChangeLog(BaseModel):
    """Append-only record of every insert, update and void of a synced row.

    It is both the source of sync packets (full row data) and the audit trail (the diff of
    old and new values, with who and when). Triggers forbid UPDATE and DELETE on it.
    """

    seq = pw.AutoField()
    table_name = pw.CharField(max_length=40)
    row_uuid = pw.CharField(max_length=36, index=True)
    op = pw.CharField(max_length=8)  # insert | update | void
    row_version = pw.IntegerField()
    site_code = pw.CharField(max_length=32)
    at = pw.DateTimeField(default=now)
    by = pw.CharField(max_length=64)
    data = pw.TextField()  # JSON: the row after the change
    diff = pw.TextField(default="{}")  # JSON: {field: [old, new]}
    reason = pw.TextField(null=True)


class SecurityEvent(BaseModel):
    """Logins, failures, lockouts, role changes: events that are not row changes."""

    at = pw.DateTimeField(default=now, index=True)
    username = pw.CharField(max_length=32)
    event = pw.CharField(max_length=32)
    detail = pw.TextField(default="")


SYNCED_MODELS: list[type[SyncedModel]] = [
    Site,
    VillageGroup,
    Household,
    Person,
    Marriage,
    WomanCard,
]
ALL_MODELS = [Setting, *SYNCED_MODELS, User, ChangeLog, SecurityEvent]
MODEL_BY_TABLE = {m._meta.table_name: m for m in SYNCED_MODELS}
