"""Incentive payments (SPEC §6): schemes as versioned data, the facts the rules need that the
register does not hold (disability grade, honour certificate), enrolments and their public
notice, the township's approvals, and payments.

Who owns what (so that sync can tell owners apart): schemes come from the township or county;
facts, enrolments, notices and objections belong to the village; approvals, payment batches and
payments belong to the township (rows carrying the township's site code, never edits of the
village's rows).
"""

from __future__ import annotations

import peewee as pw

from db.base import SyncedModel
from db.models import Household, Person


class IncentiveScheme(SyncedModel):
    """One version of a scheme. A new amount from a date is a new version (a new row with the
    same code), never an edit of the old one."""

    code = pw.CharField(max_length=40)
    version = pw.IntegerField()
    name = pw.CharField(max_length=100)
    short_name = pw.CharField(max_length=40)
    legal_basis = pw.TextField(default="")
    unit = pw.CharField(max_length=12)  # person | household: who one amount is for
    conditions = pw.TextField()  # JSON: list of conditions, all must hold (app/incentives/rules.py)
    amount_fen = pw.IntegerField()  # base amount in fen (1/100 yuan)
    amount_per = pw.CharField(max_length=8)  # month | year
    # JSON list of {"when": condition, "amount": yuan}: the first tier that holds sets the amount.
    amount_tiers = pw.TextField(default="[]")
    rhythm = pw.CharField(max_length=8)  # year | quarter | month: how often it is paid
    notice_days = pw.IntegerField()
    effective_from = pw.DateField()
    effective_to = pw.DateField(null=True)
    note = pw.TextField(default="")

    class Meta:
        indexes = ((("code", "version"), True),)


class PersonFact(SyncedModel):
    """A fact an incentive rule reads that the register has no column for: a disability
    certificate (grade 1 most severe … 4) or the only-child parents' honour certificate."""

    person = pw.ForeignKeyField(Person, backref="incentive_facts", on_delete="RESTRICT")
    kind = pw.CharField(max_length=24)  # disability | honour_certificate
    grade = pw.IntegerField(null=True)
    certificate_no = pw.CharField(max_length=40, default="")
    date = pw.DateField()

    class Meta:
        indexes = ((("person", "kind"), False),)


class Enrolment(SyncedModel):
    """A person's (or for a household scheme, the household's recipient's) case under a scheme,
    from candidate or application to exit. Owned by the village."""

    person = pw.ForeignKeyField(Person, backref="enrolments", on_delete="RESTRICT")
    household = pw.ForeignKeyField(Household, null=True, backref="enrolments", on_delete="RESTRICT")
    scheme_code = pw.CharField(max_length=40)
    source = pw.CharField(max_length=12, default="rules")  # rules | application
    stage = pw.CharField(max_length=12, default="candidate")  # app/incentives/codes.py STAGE
    applied_date = pw.DateField()
    reviewed_date = pw.DateField(null=True)
    reviewed_by = pw.CharField(max_length=64, null=True)
    review_note = pw.TextField(default="")
    confirmed_year = pw.IntegerField(null=True)  # last yearly re-confirmation
    method = pw.CharField(max_length=12, default="bank_card")  # bank_card | cash
    bank_account = pw.CharField(max_length=40, default="")
    exit_date = pw.DateField(null=True)
    exit_reason = pw.TextField(null=True)

    class Meta:
        indexes = ((("person", "scheme_code"), False), (("scheme_code", "stage"), False))


class PublicNotice(SyncedModel):
    """A list hung on the village notice board (张榜公示) for a period."""

    title = pw.CharField(max_length=100)
    start_date = pw.DateField()
    end_date = pw.DateField()
    place = pw.CharField(max_length=200)  # where to object
    contact = pw.CharField(max_length=100, default="")


class NoticeEntry(SyncedModel):
    notice = pw.ForeignKeyField(PublicNotice, backref="entries", on_delete="RESTRICT")
    enrolment = pw.ForeignKeyField(Enrolment, backref="notice_entries", on_delete="RESTRICT")
    amount_fen = pw.IntegerField()  # as listed: per payment period

    class Meta:
        indexes = ((("notice", "enrolment"), True),)


class Objection(SyncedModel):
    """An objection raised while a notice hung, and what came of it."""

    enrolment = pw.ForeignKeyField(Enrolment, backref="objections", on_delete="RESTRICT")
    notice = pw.ForeignKeyField(PublicNotice, backref="objections", on_delete="RESTRICT")
    date = pw.DateField()
    content = pw.TextField()
    outcome = pw.CharField(max_length=12, default="pending")  # pending | upheld | dismissed
    outcome_date = pw.DateField(null=True)
    outcome_note = pw.TextField(default="")


class Approval(SyncedModel):
    """The township's decision on an enrolment: a row owned by the township site."""

    sync_audience = ("enrolment",)  # to the enrolment's village only

    enrolment = pw.ForeignKeyField(Enrolment, backref="approvals", on_delete="RESTRICT")
    decision = pw.CharField(max_length=12)  # approved | rejected | revoked
    date = pw.DateField()
    officer = pw.CharField(max_length=64)
    note = pw.TextField(default="")


class PaymentBatch(SyncedModel):
    scheme_code = pw.CharField(max_length=40)
    period = pw.CharField(max_length=8)  # 2026 | 2026Q4 | 2026-11
    paid_date = pw.DateField()
    method = pw.CharField(max_length=12)
    reference = pw.CharField(max_length=64, default="")
    note = pw.TextField(default="")


class Payment(SyncedModel):
    """One payment (or its reversal) to one person for one scheme and period.

    The UNIQUE index over (person, scheme, period, kind, correction) is the rule "one payment
    per person, scheme and period": a correction is a reversal row (kind 'reversal', negative
    amount, same correction number) after which the next payment takes correction + 1.
    """

    sync_audience = ("enrolment",)  # to the enrolment's village only

    batch = pw.ForeignKeyField(PaymentBatch, null=True, backref="payments", on_delete="RESTRICT")
    enrolment = pw.ForeignKeyField(Enrolment, backref="payments", on_delete="RESTRICT")
    person = pw.ForeignKeyField(Person, backref="incentive_payments", on_delete="RESTRICT")
    scheme_code = pw.CharField(max_length=40)
    scheme_version = pw.IntegerField()
    period = pw.CharField(max_length=8)
    kind = pw.CharField(max_length=10, default="payment")  # payment | reversal
    correction = pw.IntegerField(default=0)
    amount_fen = pw.IntegerField()
    method = pw.CharField(max_length=12)  # bank_card | cash
    reference = pw.CharField(max_length=64, default="")
    paid_date = pw.DateField()
    reverses = pw.ForeignKeyField("self", null=True, backref="reversals", on_delete="RESTRICT")
    reason = pw.TextField(default="")

    class Meta:
        indexes = (
            (("person", "scheme_code", "period", "kind", "correction"), True),
            (("scheme_code", "period"), False),
        )


MODELS: list[type[pw.Model]] = [
    IncentiveScheme, PersonFact, Enrolment, PublicNotice, NoticeEntry, Objection, Approval,
    PaymentBatch, Payment,
]
SYNCED: list[type[pw.Model]] = list(MODELS)
