"""Monthly returns: each closed (exported, sent) return is a synced row (issue 6).

Written through db.changes, so a village's closed returns travel to the township in sync
packets; the township's aggregate is the sum of the rows present (app/returns/township.py).
"""

from __future__ import annotations

import peewee as pw

from db.base import SyncedModel


class ClosedReturn(SyncedModel):
    """A return as it was sent: closing a period freezes these figures; later changes to that
    past are reported as corrections in a later return, never written back here."""

    sync_audience = ()  # a township's own returns go upward, not to its villages

    period = pw.CharField(max_length=16)  # 2026-11 | 2026Q4 | 2026 | FY2026 | FY2026H1
    period_type = pw.CharField(max_length=8)  # app.returns.periods.PERIOD_TYPES
    start_date = pw.DateField()
    end_date = pw.DateField()
    figures = pw.TextField()  # JSON: the whole return (sections, figures, people, corrections)
    checks = pw.TextField(default="[]")  # JSON: the logic checks that failed when it was closed
    explanation = pw.TextField(default="")  # why it was sent despite failed checks
    formats = pw.CharField(max_length=100, default="")  # comma-separated formats written
    prepared_by = pw.CharField(max_length=64)
    prepared_at = pw.DateTimeField()


MODELS: list[type[pw.Model]] = [ClosedReturn]
SYNCED: list[type[pw.Model]] = [ClosedReturn]


def after_create(db: pw.Database) -> None:
    # One live return per site and period (a voided one may be replaced).
    db.execute_sql(
        "CREATE UNIQUE INDEX IF NOT EXISTS closed_return_site_period "
        "ON closed_return (site_code, period) WHERE NOT voided"
    )
    # A past period's residence is read from the card updates logged after it. Partial: only card
    # updates are indexed, so the change log's upkeep (every insert, every sync import) stays cheap.
    db.execute_sql("CREATE INDEX IF NOT EXISTS change_log_card_updates ON change_log (at) "
                   "WHERE table_name = 'woman_card' AND op = 'update'")
    # The return reads the period's events by date: the follow-up items due in it (covering, so
    # the range is read from the index alone) and the births, deaths and moves (partial indexes:
    # only the rows that have the date, so they cost little to keep).
    db.execute_sql("CREATE INDEX IF NOT EXISTS due_visit_due_date "
                   "ON due_visit (due_date, status, window_start, window_end, person_id, visit_id)")
    db.execute_sql("CREATE INDEX IF NOT EXISTS person_birth_mother ON person (birth_date) "
                   "WHERE mother_id IS NOT NULL")
    for column in ("death_date", "moved_in_date", "moved_out_date"):
        db.execute_sql(f"CREATE INDEX IF NOT EXISTS person_{column} ON person ({column}) "
                       f"WHERE {column} IS NOT NULL")
    # Whether each woman counted is married at the period's end, read from the index alone.
    db.execute_sql("CREATE INDEX IF NOT EXISTS marriage_wife_dates ON marriage (wife_id, voided, start_date, end_date)")
    # The period's procedures and checks (and a year of RH checks), read from the index alone.
    db.execute_sql("CREATE INDEX IF NOT EXISTS procedure_date ON procedure (date, kind, person_id, voided)")
    db.execute_sql("CREATE INDEX IF NOT EXISTS health_check_date ON health_check (date, kind, person_id, voided)")
    # The women who started or stopped a method in the period (new acceptors, discontinuations).
    db.execute_sql("CREATE INDEX IF NOT EXISTS method_episode_start ON method_episode (start_date, person_id)")
    db.execute_sql("CREATE INDEX IF NOT EXISTS method_episode_end ON method_episode (end_date, person_id) "
                   "WHERE end_date IS NOT NULL")
    db.execute_sql("CREATE INDEX IF NOT EXISTS marriage_start ON marriage (start_date)")
